/**
 * The drill's incidents: the shipped example with an escalation interval of 0.02 h and three rungs, and
 * directions that bring two deadlines and a follow-up target within minutes, so reminders, escalations
 * and a follow-up reminder fall due while the faults happen. Every message is sent twice (an update, then
 * the same as a signal), and a year-1026 typo once each way.
 */
import type { WorkflowHandle } from '@temporalio/client';
import { messageId } from '../../../domain/incident/email';
import type { IncidentStatus } from '../../../domain/incident/status';
import { INCIDENT_WORKFLOW, signals, statusQuery, updates } from '../../../workflows/messages';
import { Progress, runPool } from '../load-kit';
import { exampleIncident, type LoadStack } from '../load-stack';

export interface Expected {
  opening: string[];
  reminders: string[];
  escalations: string[];
  /** When each incident's first escalation falls due (NH's directed deadline passing), by Message-ID. */
  firstEscalationDue: Record<string, number>;
}

const iso = (ms: number) => new Date(ms).toISOString();

export async function setUpIncidents(stack: LoadStack, n: number, T0: number, unexpected: (what: string) => void): Promise<{ ids: string[]; expected: Expected }> {
  const ids: string[] = [];
  const expected: Expected = { opening: [], reminders: [], escalations: [], firstEscalationDue: {} };
  const bar = new Progress('set up incidents (each message twice)', n);
  await runPool(n, 8, async (i) => {
    const id = `drill-${process.pid}-${i}`;
    ids.push(id);
    await setUpOne(stack, id, i, T0, expected, unexpected);
    bar.update(ids.length);
  });
  return { ids, expected };
}

const REQUESTER = { subject: 'drill-requester', displayName: 'Drill requester', authenticatedBy: 'local-token', role: 'responder' } as const;
const APPROVER = { subject: 'drill-approver', displayName: 'Drill approver', authenticatedBy: 'local-token', role: 'approver' } as const;

/** A directive takes a second sign-off (four eyes): asked by one drill actor, approved by another. */
async function sendSignedOff(h: WorkflowHandle, name: 'regulatorDirective' | 'followUpPlanned', m: Record<string, unknown>): Promise<void> {
  const s = await h.executeUpdate(updates[name], { args: [{ ...m, actor: REQUESTER }] });
  const p = s.pendingChanges?.find((x) => x.state === 'pending');
  if (p) await h.executeUpdate(updates.approveChange, { args: [{ pendingId: p.id, actor: APPROVER }] });
}

async function setUpOne(stack: LoadStack, id: string, i: number, T0: number, expected: Expected, unexpected: (what: string) => void): Promise<void> {
  const o = (i % 10) * 10_000;
  const incident = exampleIncident(id, {
    title: 'drill incident',
    producersOfRecord: false,
    contacts: { owner: `owner${i}@drill.example`, escalation: ['rung0@drill.example', 'rung1@drill.example', 'rung2@drill.example'] },
    notifications: { escalationIntervalHours: 0.02 },
  });
  const h = await stack.client.workflow.start(INCIDENT_WORKFLOW, { workflowId: id, taskQueue: stack.taskQueue, args: [{ incident }] });
  expected.opening.push(messageId(id, 'incident', 'opening'));
  const mo = { obligationId: 'MO/regulator-notice', dueAt: iso(T0 + 2 * 3_600_000 + 60_000 + o), note: 'drill' };
  const nh = { obligationId: 'NH/regulator-notice', dueAt: iso(T0 + 150_000 + o), note: 'drill' };
  const fu = { followUpId: 'risk-reassessment', targetAt: iso(T0 + 86_400_000 + 200_000 + o) };
  // Every message twice: an update, then the same as a signal (at-least-once delivery).
  for (const [name, m] of [['regulatorDirective', mo], ['regulatorDirective', nh], ['followUpPlanned', fu]] as const) {
    await sendSignedOff(h, name, m);
    await h.signal(signals[name], m);
  }
  // A stuck-looking input (a one-digit year typo): the update is refused, the signal recorded as rejected.
  const typo = { actualKnowledgeAt: '1026-12-24T08:00:00-05:00', provider: 'Drill vendor' };
  await h.executeUpdate(updates.thirdPartyNotice, { args: [typo] }).then(
    () => unexpected(`${id} accepted a year-1026 date`),
    () => undefined,
  );
  await h.signal(signals.thirdPartyNotice, typo);
  const s: IncidentStatus = await h.query(statusQuery);
  const due = (oid: string) => s.obligations.find((x) => x.id === oid)!.dueAt!;
  expected.reminders.push(messageId(id, 'MO/regulator-notice', `2-hours-before-${due('MO/regulator-notice').slice(0, 10)}`));
  expected.reminders.push(messageId(id, 'followup-risk-reassessment', `1-day-before-${fu.targetAt.slice(0, 10)}`));
  for (const rung of [0, 1, 2]) expected.escalations.push(messageId(id, 'NH/regulator-notice', `overdue-${rung}-${due('NH/regulator-notice').slice(0, 10)}`));
  expected.firstEscalationDue[messageId(id, 'NH/regulator-notice', `overdue-0-${due('NH/regulator-notice').slice(0, 10)}`)] = Date.parse(due('NH/regulator-notice'));
}

/** New consumer counts for every incident, twice each way: re-plans after escalations must send nothing twice. */
export async function replanAll(stack: LoadStack, ids: string[]): Promise<void> {
  await runPool(ids.length, 8, async (i) => {
    const h = stack.client.workflow.getHandle(ids[i]);
    for (const count of [1841, 1842]) {
      const m = { state: 'MO', count, asOf: iso(Date.now()) };
      await h.executeUpdate(updates.residentsUpdate, { args: [m] }).catch(() => undefined);
      await h.signal(signals.residentsUpdate, m).catch(() => undefined);
    }
  });
}
