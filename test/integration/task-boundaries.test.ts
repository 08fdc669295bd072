/**
 * A history must replay whatever the timing it was made under (issue 23, item 1): a quick plan, and a slow
 * one with news arriving in its own workflow task while the plan is being made, are both forced here on the
 * dev server, and both histories must replay against the current workflow code. (Planning was a local
 * activity, whose result could land in a later task than it was made in; it is an ordinary activity now.)
 */
import { Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import nodemailer from 'nodemailer';
import { createActivities } from '../../activities';
import { startMailSink, type MailSink } from '../../scripts/dev/mail-sink';
import { startDevServer } from '../../scripts/dev/servers';
import { workerDataConverter } from '../../platform/codec';
import { RecordStore } from '../../platform/record-store';
import { INCIDENT_WORKFLOW, signals, statusQuery, updates } from '../../workflows/messages';
import { exampleIncident, testRecordsDir, uniqueId, workflowBundle } from '../helpers/fixtures';

const taskQueue = 'task-boundaries';
let env: TestWorkflowEnvironment;
let sink: MailSink;
let worker: Worker;
let running: Promise<void>;
/** How long each plan takes; the workflow task times out after 2 s, so 3.5 s forces a task boundary. */
let planDelayMs = 0;

beforeAll(async () => {
  env = await startDevServer();
  sink = await startMailSink();
  const real = createActivities({ transport: nodemailer.createTransport(sink.url), from: 'breachclock@test.example', records: new RecordStore(testRecordsDir()) });
  const activities = {
    ...real,
    planObligations: async (...args: Parameters<typeof real.planObligations>) => {
      await new Promise((r) => setTimeout(r, planDelayMs));
      return real.planObligations(...args);
    },
  };
  worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities, dataConverter: workerDataConverter(undefined, { refusePlaintext: false }) });
  running = worker.run();
}, 120_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  await sink?.close();
  await env?.teardown();
});

/** Opens an incident, sends news that re-plans it, records a filing; returns its history. */
async function lifeWithPlansTaking(ms: number): Promise<temporal.api.history.v1.IHistory> {
  planDelayMs = ms;
  const incident = { ...exampleIncident(), incidentId: uniqueId('BOUNDARY') };
  const handle = await env.client.workflow.start(INCIDENT_WORKFLOW, { workflowId: incident.incidentId, taskQueue, args: [{ incident }], workflowTaskTimeout: '2s' });
  // News arriving while the first plan is still being made: its task interleaves with the plan's.
  await new Promise((r) => setTimeout(r, ms / 3));
  await handle.signal(signals.residentsUpdate, { state: 'NH', count: 400, asOf: new Date(Date.now() - 60_000).toISOString() });
  await handle.executeUpdate(updates.residentsUpdate, { args: [{ state: 'MO', count: 1900, asOf: new Date(Date.now() - 60_000).toISOString() }] });
  await handle.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'NH/regulator-notice', completedAt: '2026-11-23T11:30:00-05:00', completedBy: 'test' }] });
  expect((await handle.query(statusQuery)).phase).toBe('open');
  return handle.fetchHistory();
}

/** Workflow tasks that ended (completed, failed or timed out) before the first plan's result was recorded. */
function tasksBeforeFirstPlan(history: temporal.api.history.v1.IHistory): number {
  const events = history.events ?? [];
  const plan = events.findIndex((e) => e.activityTaskCompletedEventAttributes);
  return events.slice(0, plan).filter((e) => e.workflowTaskCompletedEventAttributes).length;
}

test('a quick plan and a slow plan (its result in a later workflow task) both replay', async () => {
  const quick = await lifeWithPlansTaking(0);
  const slow = await lifeWithPlansTaking(3_500);
  // The two shapes really differ: news came in its own task while the slow plan was still being made.
  expect(tasksBeforeFirstPlan(quick)).toBeLessThanOrEqual(tasksBeforeFirstPlan(slow));
  expect(tasksBeforeFirstPlan(slow)).toBeGreaterThanOrEqual(2);
  for (const history of [quick, slow]) {
    await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history)).resolves.toBeUndefined();
  }
}, 120_000);
