/**
 * Nothing stops an incident in silence (issue 23), on the dev server with the codec on, a real SMTP sink and
 * the console's service: a raw signal the worker cannot read is recorded as rejected (no task fails); an
 * incident whose tasks fail is found, shown as STUCK with its cause, and alerted by the watchdog's sweep,
 * and recovers once a good worker takes it again; 20,000 messages to one incident leave it running.
 */
import { LOCAL_ADMIN } from '../../domain/incident/actor';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createWatchdogActivities } from '../../activities/watchdog';
import { IncidentService } from '../../application/incidents';
import { openIncident } from '../../application/temporal-client';
import type { Incident } from '../../domain/incident/incident';
import { dataConverterFor, ENCRYPTED_ENCODING, KEY_ID_METADATA } from '../../platform/codec';
import { RecordStore } from '../../platform/record-store';
import { signals, statusQuery } from '../../workflows/messages';
import { BUNDLE_OPTIONS } from '../../worker/worker';
import { exampleIncident, testCodec, testRecordsDir, testWorker, uniqueId, waitFor } from '../helpers/fixtures';
import { startStack, type Stack } from '../helpers/stack';
import { sendFlood } from '../../scripts/tools/drill/input-faults';

let stack: Stack;
let service: IncidentService;
beforeAll(async () => {
  stack = await startStack('no-silent-stop');
  service = new IncidentService({ client: async () => stack.client, taskQueue: stack.taskQueue, records: new RecordStore(testRecordsDir(), testCodec()) });
}, 120_000);
afterAll(() => stack?.stop());

/** An incident determined an hour ago (its deadlines ahead of now, whatever today is). */
function freshIncident(prefix: string, queue = stack.taskQueue): { incident: Incident; open: () => Promise<string> } {
  const incident = { ...exampleIncident(), incidentId: uniqueId(prefix), determinedAt: new Date(Date.now() - 3_600_000).toISOString() };
  delete incident.awareAt;
  return { incident, open: () => openIncident(stack.client, queue, incident) };
}


const taskFailures = async (id: string) => ((await stack.client.workflow.getHandle(id).fetchHistory()).events ?? []).filter((e) => e.workflowTaskFailedEventAttributes).length;
const bytes = (s: string) => new TextEncoder().encode(s);

test.each([
  ['encrypted under a key the worker does not hold', { encoding: bytes(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: bytes('nope') }, 'key id nope'],
  ['an encoding the worker does not read (json/protobuf)', { encoding: bytes('json/protobuf') }, 'encoding json/protobuf'],
])('a raw signal %s is recorded as rejected; no workflow task fails', async (_what, metadata, why) => {
  const { incident, open } = freshIncident('POISON');
  await open();
  await stack.client.workflowService.signalWorkflowExecution({
    namespace: 'default',
    workflowExecution: { workflowId: incident.incidentId },
    signalName: 'residentsUpdate',
    input: { payloads: [{ metadata, data: bytes('0123456789abcdef0123456789abcdef') }] },
    identity: 'attacker',
  });
  const status = await waitFor(async () => {
    const s = await stack.client.workflow.getHandle(incident.incidentId).query(statusQuery);
    return s.events.some((e) => e.type === 'rejected') ? s : undefined;
  }, 'the refusal recorded', 60_000);
  expect(status.events.find((e) => e.type === 'rejected')!.detail).toContain(why);
  expect(await taskFailures(incident.incidentId)).toBe(0);
  // Still keeping its clocks and taking news.
  expect((await service.send(LOCAL_ADMIN, incident.incidentId, 'residentsUpdate', { state: 'MO', count: 1900, asOf: new Date().toISOString() })).ok).toBe(true);
});

test('an incident whose tasks fail is STUCK in the list and status, alerted once by the watchdog, and recovers', async () => {
  const queue = 'no-silent-stop-stuck';
  const { incident, open } = freshIncident('STUCK', queue);
  const good = await testWorker(stack.env.nativeConnection, stack.sink, queue, 'default', testCodec());
  await good.runUntil(async () => {
    await open();
    await waitFor(async () => ((await stack.client.workflow.getHandle(incident.incidentId).query(statusQuery)).phase === 'open' ? true : undefined), 'planned', 60_000);
  });
  // A bad deploy: the same queue served by an incompatible workflow version; the next task fails for good.
  const bad = await Worker.create({
    connection: stack.env.nativeConnection,
    taskQueue: queue,
    workflowsPath: require.resolve('../fixtures/incompatible/workflows'),
    bundlerOptions: { preloadModules: BUNDLE_OPTIONS.preloadModules },
    activities: {},
    dataConverter: dataConverterFor(testCodec()),
    maxCachedWorkflows: 0,
  });
  await bad.runUntil(async () => {
    await stack.client.workflow.getHandle(incident.incidentId).signal(signals.residentsUpdate, { state: 'MO', count: 2100, asOf: new Date().toISOString() });
    const row = await waitFor(async () => {
      const page = await service.list({ limit: 1000 });
      return page.ok ? page.value.incidents.find((r) => r.incidentId === incident.incidentId && r.stuck) : undefined;
    }, 'the stuck mark', 90_000);
    expect(row.stuck!.cause).toMatch(/nondetermin/i);
    const status = await service.status(incident.incidentId);
    expect(status).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(!status.ok && status.problems[0].message).toMatch(/is STUCK: its workflow task has failed \d+ times/);
    const watchdog = createWatchdogActivities({ client: stack.client, transport: nodemailer.createTransport(stack.sink.url), from: 'breachclock@test.example' });
    const first = await watchdog.sweepStuckIncidents({});
    expect(first.stuck).toContain(incident.incidentId);
    const alert = await stack.sink.waitFor((m) => m.subject.startsWith(`STUCK: incident ${incident.incidentId}`));
    expect(alert.to).toEqual(expect.arrayContaining([incident.contacts.owner, ...incident.contacts.escalation]));
    // Once per stuck spell: the next sweep does not email again.
    const again = await watchdog.sweepStuckIncidents(first.alerted);
    expect(again.alerted[incident.incidentId]).toBe(first.alerted[incident.incidentId]);
  });
  // The fix deployed: a good worker takes the task again and the incident runs on.
  const fixed = await testWorker(stack.env.nativeConnection, stack.sink, queue, 'default', testCodec());
  await fixed.runUntil(async () => {
    const s = await waitFor(async () => {
      const r = await service.status(incident.incidentId);
      return r.ok && r.value.events.some((e) => e.type === 'residentsUpdate') ? r.value : undefined;
    }, 'recovered', 90_000);
    expect(s.phase).toBe('open');
  });
}, 240_000);

test('20,000 messages to one incident: it still runs, answers status and takes news, its state bounded', async () => {
  const { incident, open } = freshIncident('FLOOD');
  await open();
  const handle = stack.client.workflow.getHandle(incident.incidentId);
  const lastCount = await sendFlood(handle);
  const status = await waitFor(async () => {
    const s = await handle.query(statusQuery);
    return s.events.some((e) => e.type === 'residentsUpdate' && e.detail.startsWith(`NH best estimate ${lastCount} `)) ? s : undefined;
  }, 'every message handled', 300_000);
  expect(status.eventsPagedOut).toBeGreaterThan(0);
  expect(Buffer.byteLength(JSON.stringify(status))).toBeLessThan(1_000_000);
  expect(status.runIds.length).toBeGreaterThan(1);
  // No task failed on the workflow's account. Under a flood the server itself fails a few tasks (a continue-as-new
  // completion racing new signals: UnhandledCommand; a task closed by the server: ForceCloseCommand); those retry.
  const serverSide = ['WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND', 'WORKFLOW_TASK_FAILED_CAUSE_FORCE_CLOSE_COMMAND'];
  for (const runId of status.runIds) {
    const events = (await stack.client.workflow.getHandle(incident.incidentId, runId).fetchHistory()).events ?? [];
    const failed = events.map((e) => e.workflowTaskFailedEventAttributes).filter((f) => f && !serverSide.includes(typeof f.cause === 'number' ? temporal.api.enums.v1.WorkflowTaskFailedCause[f.cause] : String(f.cause)));
    expect({ runId, failed }).toEqual({ runId, failed: [] });
  }
  const news = await service.send(LOCAL_ADMIN, incident.incidentId, 'obligationCompleted', { obligationId: 'NH/regulator-notice', completedAt: new Date().toISOString(), completedBy: 'after the flood' });
  expect(news.ok).toBe(true);
}, 600_000);
