/**
 * Who acted, end to end on the dev server with the codec, a worker and the real SMTP sink: the actor sent
 * through the application service shows in the status audit trail and travels only inside encrypted payloads;
 * four eyes: an override close waits, the escalation list is emailed, the requester's own approval is refused
 * (service and CLI), an approver's applies it; the audit export names both.
 */
import { temporal } from '@temporalio/proto';
import type { Actor } from '../../domain/incident/actor';
import { IncidentService } from '../../application/incidents';
import { RecordStore } from '../../platform/record-store';
import { auditCsv } from '../../reports/audit-export';
import { exampleIncident, testCodec, testRecordsDir, uniqueId, waitFor, openingOf } from '../helpers/fixtures';
import { runCli, startStack, type Stack } from '../helpers/stack';
import { updates } from '../../workflows/messages';

let stack: Stack;
let service: IncidentService;
beforeAll(async () => {
  stack = await startStack('audit');
  service = new IncidentService({ client: async () => stack.client, taskQueue: stack.taskQueue, records: new RecordStore(testRecordsDir(), testCodec()) });
});
afterAll(async () => {
  await stack?.stop();
});

const dana: Actor = { subject: 'oidc|dana-7f3a', displayName: 'Dana Quillfeather', authenticatedBy: 'oidc', role: 'responder' };
const ravi: Actor = { subject: 'oidc|ravi-19c2', displayName: 'Ravi Okonkwo-Brandt', authenticatedBy: 'oidc', role: 'approver' };

async function opened(): Promise<string> {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('AUD');
  const r = await service.open(dana, incident);
  expect(r.ok).toBe(true);
  await openingOf(stack.sink, stack.client, incident.incidentId);
  return incident.incidentId;
}

test('the actor is in the status audit trail, and in the history only inside encrypted payloads', async () => {
  const id = await opened();
  const sent = await service.send(dana, id, 'residentsUpdate', { state: 'MO', count: 1900, asOf: new Date().toISOString() });
  expect(sent.ok).toBe(true);
  const status = (await service.status(id)) as { ok: true; value: import('../../domain/incident/status').IncidentStatus };
  expect(status.value.events.find((e) => e.type === 'opened')).toMatchObject({ actor: 'start', by: dana });
  expect(status.value.events.find((e) => e.type === 'residentsUpdate')).toMatchObject({ actor: 'update', by: dana });
  // A message naming its own actor is refused: who acts is the authenticated person.
  const spoof = await service.send(dana, id, 'residentsUpdate', { state: 'MO', count: 1, asOf: new Date().toISOString(), actor: ravi });
  expect(spoof).toMatchObject({ ok: false, kind: 'invalid', problems: [{ path: 'actor' }] });

  const history = await stack.env.client.workflow.getHandle(id).fetchHistory();
  // The history's bytes as the server keeps them: plaintext anywhere in them would show here.
  const raw = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('latin1');
  expect(raw).toContain(id);
  expect(raw).not.toContain(dana.displayName);
  expect(raw).not.toContain(dana.subject);
  // ... but the decoded payloads carry it: the open's input and the update's arguments.
  const payloads = history.events!.flatMap((e) => [...(e.workflowExecutionStartedEventAttributes?.input?.payloads ?? []), ...(e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads ?? [])]);
  const decoded = (await testCodec().decode(payloads as never)).map((p) => Buffer.from(p.data!).toString('utf8'));
  expect(decoded.filter((d) => d.includes(dana.displayName))).toHaveLength(2);
});

test('four eyes: an override close waits, the escalation list is emailed, only someone else may approve', async () => {
  const id = await opened();
  const close = { closedAt: new Date().toISOString(), reason: 'contained; counsel advises closing', override: true };
  const asked = await service.send(dana, id, 'closeIncident', close);
  expect(asked.ok && asked.value.status?.phase).toBe('open');
  expect(asked.ok && asked.value.status?.pendingChanges).toEqual([expect.objectContaining({ id: 'P1', state: 'pending', requestedBy: dana })]);

  const mail = await stack.sink.waitFor((m) => m.messageId === `<${id}.change-P1.requested@breachclock>`);
  expect(mail.to).toEqual(['general.counsel@show-me-mutual.example', 'ciso@show-me-mutual.example']);
  expect(mail.text).toContain(`Dana Quillfeather (${dana.subject}) asked`);
  expect(mail.text).not.toContain('counsel advises');

  // The requester approving: refused by the service with a field error ...
  const own = await service.send({ ...dana, role: 'admin' }, id, 'approveChange', { pendingId: 'P1' });
  expect(own).toMatchObject({ ok: false, kind: 'invalid', problems: [{ path: 'actor', message: expect.stringContaining('must come from someone else') }] });
  // ... through the CLI (--as wins over BREACHCLOCK_ACTOR) ...
  const viaCli = await runCli({ ...stack.cliEnv, BREACHCLOCK_ACTOR: 'Someone Else <else@example.com>' }, ['incident', 'approve', id, 'P1', '--as', 'Dana <oidc|dana-7f3a>']);
  expect(viaCli.status).toBe(2);
  expect(viaCli.stderr).toContain('actor: Dana asked for P1');
  // ... and by the workflow's own validator, for an update sent around the service.
  await expect(stack.client.workflow.getHandle(id).executeUpdate(updates.approveChange, { args: [{ pendingId: 'P1', actor: { ...dana, role: 'admin' } }] }))
    .rejects.toMatchObject({ cause: { message: expect.stringContaining('the second sign-off must come from someone else') } });
  // A close with the override that names nobody cannot skip the sign-off.
  await expect(stack.client.workflow.getHandle(id).executeUpdate(updates.closeIncident, { args: [close] }))
    .rejects.toMatchObject({ cause: { message: expect.stringContaining('needs a second sign-off') } });

  const approved = await runCli({ ...stack.cliEnv, BREACHCLOCK_ACTOR: 'Ravi Okonkwo-Brandt <ravi@example.com>' }, ['incident', 'approve', id, 'P1', '--note', 'agreed']);
  expect([approved.status, approved.stderr]).toEqual([0, '']);
  expect(approved.stdout).toContain(`P1 approved for ${id} (incident closed)`);

  const s = await waitFor(async () => {
    const r = await service.status(id);
    return r.ok && r.value.events.some((e) => e.type === 'changeApproved') ? r.value : undefined;
  }, 'approval recorded');
  expect(s.phase).toBe('closed');
  expect(s.events.find((e) => e.type === 'closeIncident')).toMatchObject({ by: dana, detail: expect.stringContaining('closed with override') });
  expect(s.events.find((e) => e.type === 'changeApproved')!.by).toEqual({ subject: 'ravi@example.com', displayName: 'Ravi Okonkwo-Brandt', authenticatedBy: 'cli-configured', role: 'admin' });

  const trail = await service.auditTrail(id);
  expect(trail.ok).toBe(true);
  const csv = trail.ok ? auditCsv(trail.value) : '';
  expect(csv).toMatch(/,Dana Quillfeather <oidc\|dana-7f3a>,oidc,responder,update,changeRequested,/);
  expect(csv).toMatch(/,Ravi Okonkwo-Brandt <ravi@example\.com>,cli-configured,admin,update,changeApproved,/);
  expect(csv).toContain(`<${id}.change-P1.requested@breachclock>`);
});

test('console: the pending change is listed with its buttons; Approve applies it as the signed-in person; the audit export downloads', async () => {
  const id = await opened();
  // A directive may bring the statutory date (Fri 27 Nov, RSA 420-P:6 I) earlier, never later.
  const dueAt = '2026-11-25T17:00:00-05:00';
  expect((await service.send(dana, id, 'regulatorDirective', { obligationId: 'NH/regulator-notice', dueAt })).ok).toBe(true);
  const headers = { authorization: `Bearer ${stack.token}` };
  const page = await (await fetch(`${stack.consoleUrl}/incidents/${id}`, { headers })).text();
  expect(page).toContain('<tr data-pending="P1">');
  expect(page).toContain('<button data-approve="P1">Approve</button>');
  expect(page).toContain('<td>Dana Quillfeather &lt;oidc|dana-7f3a&gt;</td><td>changeRequested</td>');

  const approve = await fetch(`${stack.consoleUrl}/incidents/${id}/messages/approveChange`, {
    method: 'POST', redirect: 'manual', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: 'pendingId=P1',
  });
  expect(approve.status).toBe(303);
  const s = await service.status(id);
  expect(s.ok && s.value.obligations.find((o) => o.id === 'NH/regulator-notice')!.dueAt).toBe('2026-11-25T17:00:00.000-05:00');
  expect(s.ok && s.value.pendingChanges![0]).toMatchObject({ state: 'approved', decidedBy: { subject: 'local-admin' } });
  expect(s.ok && s.value.events.find((e) => e.type === 'regulatorDirective')!.by).toEqual(dana);

  const csv = await fetch(`${stack.consoleUrl}/incidents/${id}/audit.csv`, { headers });
  expect(csv.headers.get('content-type')).toContain('text/csv');
  expect(await csv.text()).toMatch(/,Local administrator <local-admin>,local-token,admin,update,changeApproved,/);
  const pdf = await fetch(`${stack.consoleUrl}/incidents/${id}/audit.pdf`, { headers });
  expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('four eyes through the JSON API with real roles: a responder asks, cannot approve; an approver token applies it', async () => {
  const admin = { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' };
  const tokenFor = async (role: string) => {
    const r = await fetch(`${stack.consoleUrl}/api/tokens`, { method: 'POST', headers: admin, body: JSON.stringify({ name: `audit-${role}`, role, days: 1 }) });
    expect(r.status).toBe(201);
    return { authorization: `Bearer ${((await r.json()) as { token: string }).token}`, 'content-type': 'application/json' };
  };
  const [responder, approver] = [await tokenFor('responder'), await tokenFor('approver')];
  const id = await opened();
  const post = (headers: Record<string, string>, name: string, body: unknown) => fetch(`${stack.consoleUrl}/api/incidents/${id}/messages/${name}`, { method: 'POST', headers, body: JSON.stringify(body) });

  const asked = await post(responder, 'closeIncident', { closedAt: new Date().toISOString(), reason: 'contained', override: true });
  expect(asked.status).toBe(200);
  expect(((await asked.json()) as { pendingChanges: Array<{ id: string; requestedBy: { authenticatedBy: string } }> }).pendingChanges[0]).toMatchObject({ id: 'P1', requestedBy: { authenticatedBy: 'api-token' } });
  const ownRole = await post(responder, 'approveChange', { pendingId: 'P1' });
  expect(ownRole.status).toBe(400);
  expect(((await ownRole.json()) as { errors: Array<{ path: string; message: string }> }).errors[0]).toEqual({ path: 'actor', message: expect.stringContaining('needs the approver role') });
  const ok = await post(approver, 'approveChange', { pendingId: 'P1' });
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { phase: string }).phase).toBe('closed');
});
