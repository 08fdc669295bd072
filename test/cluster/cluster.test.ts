/**
 * The production path (issue 16): a real Temporal server v1.29.1 on PostgreSQL, two worker processes, the
 * CLI and the console API, as a user who outgrew one machine runs breachclock. Skipped, saying why, only
 * where PostgreSQL or the server build (Go) cannot be had.
 */
import { Client } from '@temporalio/client';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildConsole, type ConsoleApp } from '../../client/console/server';
import { startMailSink, type MailSink } from '../../scripts/dev/mail-sink';
import { clusterUnavailable, startCluster, type Cluster } from '../../scripts/dev/cluster';
import { superviseWorker, type SupervisedWorker } from '../../scripts/dev/supervisor';
import { AesGcmCodec, codecKeysFromEnv, dataConverterFor, ensureKeyFile } from '../../platform/codec';
import { statusQuery, updates } from '../../workflows/messages';
import { shiftIncident } from '../../domain/incident/shift';
import { exampleIncident, uniqueId, openingOf } from '../helpers/fixtures';
import { runCli } from '../helpers/stack';
import { signedOff } from '../helpers/sign-off';

const recordsDirOf = (env: NodeJS.ProcessEnv) => path.join(env.BREACHCLOCK_DATA_DIR!, 'records');
const missing = clusterUnavailable();
if (missing) console.warn(`cluster tests skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;

maybe('on a Temporal server with PostgreSQL, two workers', () => {
  let cluster: Cluster;
  let sink: MailSink;
  let workers: SupervisedWorker[];
  let client: Client;
  let app: ConsoleApp;
  let consoleUrl: string;
  let cliEnv: NodeJS.ProcessEnv;
  const taskQueue = 'cluster';
  const token = 'cluster-console-token-0123456789';

  beforeAll(async () => {
    cluster = await startCluster({ log: (l) => console.log(`[cluster] ${l}`) });
    sink = await startMailSink();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bc-cluster-keys-'));
    const keyFile = path.join(dir, 'codec-keys.json');
    ensureKeyFile(keyFile);
    const env = { ...process.env, TEMPORAL_ADDRESS: cluster.address, TEMPORAL_NAMESPACE: cluster.namespace, TEMPORAL_TASK_QUEUE: taskQueue, SMTP_URL: sink.url, BREACHCLOCK_CODEC_KEY_FILE: keyFile, BREACHCLOCK_DATA_DIR: dir };
    cliEnv = env;
    workers = [superviseWorker(env, () => undefined), superviseWorker(env, () => undefined)];
    const codec = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEY_FILE: keyFile }));
    const { Connection } = await import('@temporalio/client');
    client = new Client({ connection: await Connection.connect({ address: cluster.address }), namespace: cluster.namespace, dataConverter: dataConverterFor(codec) });
    const { RecordStore } = await import('../../platform/record-store');
    app = await buildConsole({ client, taskQueue, token, codec, records: new RecordStore(path.join(dir, 'records'), codec) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    consoleUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    for (const w of workers ?? []) await w.stop();
    await client?.connection.close();
    await sink?.close();
    await cluster?.stop();
  }, 120_000);

  test('the README quick start through the CLI and the console API', async () => {
    const incident = exampleIncident();
    incident.incidentId = uniqueId('PG');
    const open = await runCli(cliEnv, ['incident', 'open', '-'], JSON.stringify(incident));
    expect(open.stderr).toBe('');
    expect(open.status).toBe(0);
    await openingOf(sink, client, incident.incidentId, 120_000);
    const status = await runCli(cliEnv, ['incident', 'status', incident.incidentId]);
    expect(status.stdout).toContain('MO/regulator-notice (RSMo 375.1410.1)');
    const api = await fetch(`${consoleUrl}/api/incidents/${incident.incidentId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    expect(((await api.json()) as { phase: string }).phase).toBe('open');
  }, 180_000);

  test('100 incidents open while one of two workers is killed: every one planned and emailed', async () => {
    const ids = Array.from({ length: 100 }, () => uniqueId('PG-LOAD'));
    const opening = Promise.all(
      ids.map(async (id, n) => {
        const incident = exampleIncident();
        incident.incidentId = id;
        await new Promise((r) => setTimeout(r, n * 20));
        await client.workflow.start('incidentWorkflow', { workflowId: id, taskQueue, args: [{ incident }] });
      }),
    );
    await new Promise((r) => setTimeout(r, 800));
    process.kill(workers[0].pid()!, 'SIGKILL');
    await opening;
    for (const id of ids) await openingOf(sink, client, id, 150_000);
    const copies = ids.map((id) => sink.messages.filter((m) => m.messageId === `<${id}.incident.opening@breachclock>`).length);
    // At-least-once: only a send in flight at the kill may repeat, and then with the same Message-ID.
    expect(copies.filter((c) => c > 1).length).toBeLessThanOrEqual(5);
    for (const id of ids.slice(0, 10)) expect((await client.workflow.getHandle(id).query(statusQuery)).phase).toBe('open');
    expect(workers[0].starts()).toBe(2);
  }, 300_000);

  test('the record of a closed incident is readable after its workflow history is gone (RSMo 375.1407.4, RSA 420-P:5 IV)', async () => {
    const incident = exampleIncident();
    incident.incidentId = uniqueId('PG-RECORD');
    incident.title = 'Record-Heron-5521 ransomware';
    await client.workflow.start('incidentWorkflow', { workflowId: incident.incidentId, taskQueue, args: [{ incident }] });
    await openingOf(sink, client, incident.incidentId, 60_000);
    const h = client.workflow.getHandle(incident.incidentId);
    await h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'MO/regulator-notice', completedAt: '2026-11-23T10:30:00-06:00', completedBy: 'privacy officer', reference: 'DCI-7' }] });
    await signedOff(h, 'closeIncident', { closedAt: '2026-11-23T10:45:00-06:00', reason: 'test', override: true });
    let s = await h.query(statusQuery);
    for (let i = 0; i < 100 && s.events.filter((e) => e.type === 'recordExported').length < 2; i++) {
      await new Promise((r) => setTimeout(r, 200));
      s = await h.query(statusQuery);
    }
    expect(s.events.filter((e) => e.type === 'recordExported').map((e) => e.detail)).toEqual(['record version 1', 'record version 2']);
    // Retention passes (here: the history is deleted): Temporal no longer has the incident.
    await client.workflowService.deleteWorkflowExecution({ namespace: cluster.namespace, workflowExecution: { workflowId: incident.incidentId } });
    for (let i = 0; i < 60; i++) {
      const gone = await h.describe().then(() => false, () => true);
      if (gone) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await expect(h.describe()).rejects.toThrow();
    const r = await runCli(cliEnv, ['incident', 'record', incident.incidentId]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.version).toBe(2);
    expect(record.reason).toBe('incident closed');
    expect(record.source.current.incident.title).toBe('Record-Heron-5521 ransomware');
    expect(record.source.filings.map((f: { obligationId: string }) => f.obligationId)).toEqual(['MO/regulator-notice']);
    expect(record.source.status.obligations.find((o: { id: string }) => o.id === 'MO/regulator-notice').basis.length).toBeGreaterThan(2);
    expect(record.source.status.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['planned', 'emailSent', 'obligationCompleted', 'closeIncident']));
    const pdf = await runCli(cliEnv, ['incident', 'record', incident.incidentId, '--format', 'pdf', '--out', path.join(os.tmpdir(), `${incident.incidentId}.pdf`)]);
    expect(pdf.status).toBe(0);
    // The console reads it back too; the files on disk hold no plaintext of the title.
    const api = await fetch(`${consoleUrl}/api/incidents/${incident.incidentId}/record`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await api.json()) as { version: number }).version).toBe(2);
    const names = readdirSync(path.join(recordsDirOf(cliEnv), incident.incidentId));
    // Two versions, each a record and its PDF with a hash-chain link, and the chain's head.
    expect(names.filter((f) => !f.endsWith('chain.json') && f !== 'chain-head.json')).toHaveLength(4);
    expect(names.filter((f) => f.endsWith('.chain.json'))).toHaveLength(2);
    expect(names).toContain('chain-head.json');
    const verify = await runCli(cliEnv, ['incident', 'verify', incident.incidentId]);
    expect(verify.status).toBe(0);
    const onDisk = names.map((f) => readFileSync(path.join(recordsDirOf(cliEnv), incident.incidentId, f)).toString('latin1'));
    for (const text of onDisk) expect(text).not.toContain('Record-Heron');
  }, 180_000);

  test('the server stops with an escalation due; it fires after the restart; list --overdue shows the incident', async () => {
    // Determined now: RSA 420-P:6 I's date is days ahead, and the directive below brings it earlier.
    const incident = shiftIncident(exampleIncident(), Date.now());
    incident.incidentId = uniqueId('PG-OUTAGE');
    await client.workflow.start('incidentWorkflow', { workflowId: incident.incidentId, taskQueue, args: [{ incident }] });
    await openingOf(sink, client, incident.incidentId, 60_000);
    // The commissioner directs an earlier date (allowed: earlier than RSA 420-P:6 I's): 25 seconds from now.
    const due = new Date(Date.now() + 25_000).toISOString();
    await signedOff(client.workflow.getHandle(incident.incidentId), 'regulatorDirective', { obligationId: 'NH/regulator-notice', dueAt: due });
    await cluster.stopServer();
    await new Promise((r) => setTimeout(r, 35_000)); // the deadline passes while the server is down
    await cluster.startServer();
    const overdue = await sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.NH_regulator-notice.overdue-0-`), 120_000);
    expect(overdue.receivedAt.getTime()).toBeGreaterThan(Date.parse(due));
    let listed = '';
    for (let i = 0; i < 30 && !listed.includes(incident.incidentId); i++) {
      listed = (await runCli(cliEnv, ['incident', 'list', '--overdue'])).stdout;
      if (!listed.includes(incident.incidentId)) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(listed).toContain(incident.incidentId);
  }, 300_000);
});
