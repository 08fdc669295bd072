/**
 * The opening summary goes out with the plan (docs/design.md §9): one activity where there were two, so an
 * incident asleep holds the bare workflow's history plus one workflow task. When the mail server refuses or
 * hangs at that moment the plan still comes back at once and the email lane delivers the summary with its
 * own retries. On the real dev server with a real SMTP server on loopback.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { temporal } from '@temporalio/proto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { openIncident } from '../../application/temporal-client';
import { createActivities } from '../../activities';
import { LOCAL_ADMIN } from '../../domain/incident/actor';
import { openingSummary } from '../../domain/incident/email';
import * as S from '../../domain/incident/state';
import { statusQuery } from '../../workflows/messages';
import { exampleIncident, openingOf, uniqueId, waitFor } from '../helpers/fixtures';
import { devServerWorker } from '../helpers/stack';

const taskQueue = 'opening-with-plan-test';
const stack = devServerWorker(taskQueue);

const eventTypes = (events: Array<{ eventType?: temporal.api.enums.v1.EventType | null }>): string[] =>
  events.map((e) => String(temporal.api.enums.v1.EventType[e.eventType ?? 0]).replace(/^EVENT_TYPE_/, ''));
const activityTypes = (events: Array<{ activityTaskScheduledEventAttributes?: { activityType?: { name?: string | null } | null } | null }>) =>
  events.flatMap((e) => (e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes.activityType?.name] : []));

test('an incident asleep after its opening holds 12 history events: the summary went out with the plan, no email activity of its own', async () => {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('OPEN');
  await openIncident(stack.env.client, taskQueue, incident);
  await openingOf(stack.sink, stack.env.client, incident.incidentId);
  const handle = stack.env.client.workflow.getHandle(incident.incidentId);
  const history = await waitFor(async () => {
    const h = await handle.fetchHistory();
    return eventTypes(h.events!).at(-1) === 'TIMER_STARTED' ? h : undefined;
  }, 'the incident asleep');
  // Issue 25's goal: no more than the bare workflow's 11 events + 4.
  expect(eventTypes(history.events!)).toEqual([
    'WORKFLOW_EXECUTION_STARTED',
    'WORKFLOW_TASK_SCHEDULED',
    'WORKFLOW_TASK_STARTED',
    'WORKFLOW_TASK_COMPLETED',
    'ACTIVITY_TASK_SCHEDULED',
    'ACTIVITY_TASK_STARTED',
    'ACTIVITY_TASK_COMPLETED',
    'WORKFLOW_TASK_SCHEDULED',
    'WORKFLOW_TASK_STARTED',
    'WORKFLOW_TASK_COMPLETED',
    'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES',
    'TIMER_STARTED',
  ]);
  expect(activityTypes(history.events!)).toEqual(['planObligations']);
  const status = await handle.query(statusQuery);
  expect(status.events.filter((e) => e.type === 'emailSent').map((e) => e.detail)).toEqual([
    `opening summary: <${incident.incidentId}.incident.opening@breachclock> to 1 recipient(s)`,
  ]);
  expect(stack.sink.messages.filter((m) => m.messageId === `<${incident.incidentId}.incident.opening@breachclock>`)).toHaveLength(1);
});

test('a mail server refusing at the opening: the plan comes back, the lane retries, and the summary arrives once', async () => {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('OPEN-421');
  stack.sink.refuseWith(421);
  try {
    await openIncident(stack.env.client, taskQueue, incident);
    const handle = stack.env.client.workflow.getHandle(incident.incidentId);
    // Planned while the mail server refuses: the deadlines run without waiting on the email.
    const planned = await waitFor(async () => {
      const s = await handle.query(statusQuery);
      return s.phase !== 'planning' ? s : undefined;
    }, 'the plan taken in');
    expect(planned.obligations.map((o) => o.id)).toContain('MO/regulator-notice');
    expect(planned.events.some((e) => e.type === 'emailSent')).toBe(false);
    expect(activityTypes((await handle.fetchHistory()).events!)).toEqual(['planObligations', 'sendEmail']);
  } finally {
    stack.sink.refuseWith(null);
  }
  await openingOf(stack.sink, stack.env.client, incident.incidentId, 60_000);
  expect(stack.sink.messages.filter((m) => m.messageId === `<${incident.incidentId}.incident.opening@breachclock>`)).toHaveLength(1);
});

describe('the planning activity with a mail server that never answers', () => {
  let silent: Server;
  beforeAll(async () => {
    // Accepts the connection and never greets: nodemailer would wait its 30-second greeting timeout.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    silent.close();
  });

  test('returns the plan after the bound, without the opening, so the lane sends it', async () => {
    const port = (silent.address() as AddressInfo).port;
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const activities = createActivities({ transport, from: 'breachclock@test.example', openingSendBoundMs: 300 });
    const incident = exampleIncident();
    const started = Date.now();
    const result: S.PlanResult = await new MockActivityEnvironment().run(activities.planObligations, incident, {}, { opening: true } as const);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.opening).toBeUndefined();
    expect(result.plan.obligations.length).toBeGreaterThan(3);
    transport.close();
  });

  test('the email it sends is the one the workflow would write from the same plan', async () => {
    const port = (silent.address() as AddressInfo).port;
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const activities = createActivities({ transport, from: 'breachclock@test.example' });
    const incident = exampleIncident();
    const result: S.PlanResult = await new MockActivityEnvironment().run(activities.planObligations, incident, {});
    expect(result.opening).toBeUndefined(); // not asked: no send tried
    const now = Date.parse('2026-11-23T12:00:00Z');
    // As workflows/incident.ts does on a first run: opened, planned, then the summary from its status.
    const state = S.newState(incident);
    S.record(state, now, { channel: 'start', by: LOCAL_ADMIN }, 'opened', `incident opened by ${LOCAL_ADMIN.displayName}`);
    S.applyPlan(state, result, now);
    S.record(state, now, 'breachclock', 'planned', `${state.status.obligations.length} obligations`);
    const written = openingSummary(state.status, incident.contacts.owner, now);
    expect(S.openingEmailOf(incident, result, now, LOCAL_ADMIN)).toEqual(written);
    // Its calendar entries' SEQUENCE counts the audit trail: opened and planned.
    expect(written.calendar?.[0]?.sequence).toBe(2);
    transport.close();
  });
});
