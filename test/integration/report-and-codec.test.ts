/**
 * Issue 6 against a live dev server: `breachclock incident report` and the console's report pages, filled
 * from the incident and its messages, numbered supplements after a filing; and encryption at rest: the
 * history as the server stores it holds no plaintext of the incident, the console's codec endpoint
 * decodes it for token holders (CORS for the Temporal UI), and a payload under a retired key still decodes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmCodec, codecKeysFromEnv } from '../../platform/codec';
import { sendMessage } from '../../application/temporal-client';
import { exampleIncident, uniqueId, openingOf } from '../helpers/fixtures';
import { runCli, startStack, type Stack } from '../helpers/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('reports');
});
afterAll(async () => {
  await stack?.stop();
});

const cli = (args: string[]) => runCli(stack.cliEnv, args);
const auth = () => ({ authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' });

const TITLE = 'Zebra-7731 ransomware on the claims file server';
const SOURCE = 'Quokka-5512 criminal group';
const incident = exampleIncident();
incident.incidentId = uniqueId('RPT');
incident.title = TITLE;
incident.contacts.owner = 'marmot-owner@show-me-mutual.example';
incident.eventDetails = { occurredAt: '2026-11-20T03:00:00-06:00', source: SOURCE };

describe('regulator notice drafts', () => {
  beforeAll(async () => {
    await stack.client.workflow.start('incidentWorkflow', { workflowId: incident.incidentId, taskQueue: stack.taskQueue, args: [{ incident }] });
    await openingOf(stack.sink, stack.client, incident.incidentId);
  });

  test('CLI: the initial drafts, each item cited, unknown items marked MISSING', async () => {
    const r = await cli(['incident', 'report', incident.incidentId]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('## MO: Missouri Director of Commerce and Insurance — Initial notice (draft)');
    expect(r.stdout).toContain('## NH: ');
    expect(r.stdout).toContain('RSMo 375.1410.2(13)');
    expect(r.stdout).toContain('RSA 420-P:6, II(m)');
    expect(r.stdout).toContain('MO DCI Bulletin 23-04, item 10');
    expect(r.stdout).toContain(SOURCE);
    expect(r.stdout).toMatch(/\*\*MISSING\*\*: eventDetails\.discovery/);
  });

  test('after the MO filing, new facts make Supplement No. 1 with the changes; the console shows it', async () => {
    await sendMessage(stack.client, incident.incidentId, 'obligationCompleted', {
      obligationId: 'MO/regulator-notice', completedAt: '2026-11-23T10:30:00-06:00', completedBy: 'privacy officer', reference: 'DCI-2026-77',
    });
    const upd = await cli(['incident', 'send', incident.incidentId, 'eventDetailsUpdate', JSON.stringify({ discovery: 'Endpoint alert triaged by the SOC.' })]);
    expect(upd.status).toBe(0);
    const j = JSON.parse((await cli(['incident', 'report', incident.incidentId, '--format', 'json'])).stdout);
    const mo = j.drafts.find((d: { obligationId: string }) => d.obligationId === 'MO/regulator-notice');
    expect(mo.heading).toBe('Supplement No. 1 (draft)');
    expect(mo.supplementOwed).toMatch(/event details changed \(discovery\)/);
    expect(mo.changes.map((c: { item: string }) => c.item)).toEqual(['(3)']);
    expect(mo.previousFilings[0]).toMatchObject({ label: 'Initial notice', reference: 'DCI-2026-77' });

    const page = await fetch(`${stack.consoleUrl}/incidents/${incident.incidentId}/report`, { headers: auth() });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('Supplement No. 1 (draft)');
    expect(body).toContain('Endpoint alert triaged by the SOC.');
    const pdf = await fetch(`${stack.consoleUrl}/incidents/${incident.incidentId}/report.pdf`, { headers: auth() });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const md = await fetch(`${stack.consoleUrl}/incidents/${incident.incidentId}/report.md`, { headers: auth() });
    expect(await md.text()).toContain('### Changes since Initial notice');
  });

  test('CLI: --format pdf --out writes a PDF; bad options exit 2; an unknown incident exits 3', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bc-report-')), 'notice.pdf');
    const r = await cli(['incident', 'report', incident.incidentId, '--format', 'pdf', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wrote .*notice\.pdf: 3 draft\(s\)/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const noOut = await cli(['incident', 'report', incident.incidentId, '--format', 'pdf']);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out:');
    const badFormat = await cli(['incident', 'report', incident.incidentId, '--format', 'docx']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format: must be one of markdown, html, pdf, json');
    expect((await cli(['incident', 'report', 'NO-SUCH-INCIDENT'])).status).toBe(3);
  });

  test('nonpublic information is refused at the API with the field named; nothing recorded is lost', async () => {
    const r = await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}/messages/eventDetailsUpdate`, {
      method: 'POST', headers: auth(), body: JSON.stringify({ recovery: 'file held SSN 123-45-6789' }),
    });
    expect(r.status).toBe(400);
    const { errors } = (await r.json()) as { errors: Array<{ path: string; message: string }> };
    expect(errors[0].path).toBe('recovery');
    expect(errors[0].message).toMatch(/Social Security number/);
    const doc = (await (await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}/report`, { headers: auth() })).json()) as { drafts: Array<{ items: Array<{ value: string | null }> }> };
    expect(JSON.stringify(doc)).toContain('Endpoint alert triaged by the SOC.');
  });

  test('close-out follow-ups are tracked with company targets and block a plain close', async () => {
    const status = (await (await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}`, { headers: auth() })).json()) as { followUps: Array<{ id: string; state: string; target: { source: string } }> };
    expect(status.followUps.map((f) => [f.id, f.state])).toEqual([['risk-reassessment', 'open'], ['service-provider-oversight', 'not-applicable'], ['program-adjustment', 'open']]);
    expect(status.followUps[0].target.source).toMatch(/company target/);
    const done = await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}/messages/followUpCompleted`, {
      method: 'POST', headers: auth(), body: JSON.stringify({ followUpId: 'risk-reassessment', completedAt: '2026-11-23T10:40:00-06:00', completedBy: 'CISO', outcome: 'Lapse found: MFA not enforced on the VPN.' }),
    });
    expect(done.status).toBe(200);
    const close = await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}/messages/closeIncident`, {
      method: 'POST', headers: auth(), body: JSON.stringify({ closedAt: '2026-11-23T10:45:00-06:00', reason: 'done' }),
    });
    expect(close.status).toBe(400);
    expect(JSON.stringify(await close.json())).toContain('follow-up program-adjustment');
  });
});

describe('encryption at rest (payload codec)', () => {
  const rawHistory = async () => stack.env.client.workflow.getHandle(incident.incidentId).fetchHistory();

  test('the history as the server stores it holds no plaintext of the title, contacts or event details', async () => {
    const history = await rawHistory();
    const bytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
    expect(bytes.length).toBeGreaterThan(1000);
    for (const secret of ['Zebra-7731', 'marmot-owner', 'Quokka-5512', 'Endpoint alert triaged', 'MFA not enforced']) {
      expect(bytes.includes(secret)).toBe(false);
    }
    const input = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    expect(Buffer.from(input.metadata!.encoding!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(input.metadata!['encryption-key-id']!).toString()).toBe('test-2');
  });

  const asJson = (p: temporal.api.common.v1.IPayload) => ({
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    data: Buffer.from(p.data ?? []).toString('base64'),
  });
  const decodeVia = (payloads: unknown[], headers: Record<string, string>) =>
    fetch(`${stack.consoleUrl}/codec/decode`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ payloads }) });

  test('the codec endpoint decodes the same history for a token holder, and only for one', async () => {
    const input = (await rawHistory()).events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    const r = await decodeVia([asJson(input)], { authorization: `Bearer ${stack.token}`, origin: 'http://localhost:8233' });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:8233');
    const { payloads } = (await r.json()) as { payloads: Array<{ data: string }> };
    expect(Buffer.from(payloads[0].data, 'base64').toString()).toContain(TITLE);
    expect((await decodeVia([asJson(input)], {})).status).toBe(401);
    expect((await decodeVia([asJson(input)], { authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(401);
  });

  test('CORS: the UI origin gets its preflight answered; another origin gets no grant', async () => {
    const pre = await fetch(`${stack.consoleUrl}/codec/decode`, { method: 'OPTIONS', headers: { origin: 'http://localhost:8233', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/);
    const other = await fetch(`${stack.consoleUrl}/codec/decode`, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a payload written under a retired key still decodes through the endpoint', async () => {
    const retired = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: `test-1:${Buffer.alloc(32, 1).toString('base64')}` }));
    const [old] = await retired.encode([defaultPayloadConverter.toPayload({ title: 'written under test-1' })]);
    const r = await decodeVia([asJson(old)], { authorization: `Bearer ${stack.token}` });
    expect(r.status).toBe(200);
    const { payloads } = (await r.json()) as { payloads: Array<{ data: string }> };
    expect(Buffer.from(payloads[0].data, 'base64').toString()).toContain('written under test-1');
    const enc = await fetch(`${stack.consoleUrl}/codec/encode`, { method: 'POST', headers: auth(), body: JSON.stringify({ payloads: [asJson(defaultPayloadConverter.toPayload('x'))] }) });
    const { payloads: encoded } = (await enc.json()) as { payloads: Array<{ metadata: Record<string, string> }> };
    expect(Buffer.from(encoded[0].metadata['encryption-key-id'], 'base64').toString()).toBe('test-2');
  });
});

describe('the standard temporal CLI through the codec endpoint (remote codec protocol)', () => {
  const { execFile } = require('node:child_process') as typeof import('node:child_process');
  const { resolveTemporalBinaries } = require('../../scripts/dev/temporal-binaries') as typeof import('../../scripts/dev/temporal-binaries');
  const temporalCli = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const exe = resolveTemporalBinaries().devServer.executable as { path?: string };
      execFile(exe.path ?? 'temporal', [...args, '--address', stack.address, '--codec-endpoint', `${stack.consoleUrl}/codec`, '--codec-auth', `Bearer ${stack.token}`], (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  test('an encode of {} (no payloads) is an empty list, not a 400', async () => {
    const r = await fetch(`${stack.consoleUrl}/codec/encode`, { method: 'POST', headers: auth(), body: '{}' });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ payloads: [] });
  });

  test('temporal workflow query, signal and update work with --codec-endpoint and --codec-auth', async () => {
    const q = await temporalCli(['workflow', 'query', '-w', incident.incidentId, '--type', 'status', '-o', 'json']);
    expect(q.stderr).toBe('');
    expect(q.code).toBe(0);
    expect(q.stdout).toContain(TITLE); // decoded through the endpoint
    const sig = await temporalCli(['workflow', 'signal', '-w', incident.incidentId, '--name', 'eventDetailsUpdate', '--input', JSON.stringify({ recovery: 'Restored from backups (via temporal CLI signal).' })]);
    expect(sig.code).toBe(0);
    const up = await temporalCli(['workflow', 'update', 'execute', '-w', incident.incidentId, '--name', 'eventDetailsUpdate', '--input', JSON.stringify({ discovery: 'Found by EDR (via temporal CLI update).' }), '-o', 'json']);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    const s = await stack.client.workflow.getHandle(incident.incidentId).query('status');
    expect((s as { events: Array<{ detail: string }> }).events.map((e) => e.detail).join(' ')).toMatch(/updated recovery[\s\S]*updated discovery/);
  });
});
