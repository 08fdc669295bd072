/** What the drill found: incidents lost, emails missed or duplicated (each checked against the faults), and more. */
import { temporal } from '@temporalio/proto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IncidentStatus } from '../../../domain/incident/status';
import { statusQuery } from '../../../workflows/messages';
import { table } from '../load-kit';
import type { LoadStack } from '../load-stack';
import type { Fault } from './faults';
import type { Expected } from './incidents';
import { stuckAmong } from '../../../platform/stuck';
import { FLOOD_ID } from './input-faults';

interface PerIncident {
  lost: number;
  /** Incidents showing a record-store problem in status (the disk was full). */
  recordsProblemShown: number;
  taskFailures: number;
  taskTimeouts: number;
  recordedTwice: string[];
  stuckInPlanning: number;
  typoNotRejected: number;
}

async function perIncident(stack: LoadStack, ids: string[]): Promise<PerIncident> {
  const f: PerIncident = { lost: 0, recordsProblemShown: 0, taskFailures: 0, taskTimeouts: 0, recordedTwice: [], stuckInPlanning: 0, typoNotRejected: 0 };
  const E = temporal.api.enums.v1.EventType;
  for (const id of ids) {
    try {
      const h = stack.client.workflow.getHandle(id);
      const s: IncidentStatus = await h.query(statusQuery);
      if (s.phase === 'planning' || s.planningError) f.stuckInPlanning += 1;
      if (s.effectProblems?.some((p) => p.effect === 'records') || s.events.some((e) => e.type === 'recordExportFailed')) f.recordsProblemShown += 1;
      if (!s.events.some((e) => e.type === 'rejected' && e.detail.includes('between the years 2000 and 2100'))) f.typoNotRejected += 1;
      const sent = s.events.filter((e) => ['reminderSent', 'escalated', 'followUpReminderSent'].includes(e.type)).map((e) => e.detail.split(': ')[1]?.split(' ')[0]);
      for (const m of new Set(sent)) if (sent.filter((x) => x === m).length > 1) f.recordedTwice.push(m!);
      const history = await h.fetchHistory();
      // Failures on the workflow's account; the server's own (a continue-as-new racing new signals) retry by themselves.
      const C = temporal.api.enums.v1.WorkflowTaskFailedCause;
      const serverSide = [C.WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND, C.WORKFLOW_TASK_FAILED_CAUSE_FORCE_CLOSE_COMMAND];
      f.taskFailures += history.events!.filter((e) => e.eventType === E.EVENT_TYPE_WORKFLOW_TASK_FAILED && !serverSide.includes(e.workflowTaskFailedEventAttributes!.cause!)).length;
      f.taskTimeouts += history.events!.filter((e) => e.eventType === E.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT).length;
    } catch {
      f.lost += 1;
    }
  }
  return f;
}

/** Duplicates by Message-ID, each explained by a fault (a kill, a server stop) between its first copy and the last, or not. */
function duplicatesOf(stack: LoadStack, faults: Fault[]) {
  return [...stack.arrivals.count.entries()].filter(([, n]) => n > 1).map(([m, n]) => {
    const times = stack.sink.messages.filter((x) => x.messageId === m).map((x) => x.receivedAt.getTime());
    const explainedBy = faults.find((f) => f.at >= times[0] - 1000 && f.at <= times[times.length - 1] + 1000 && /killed|dev server/.test(f.what));
    return { messageId: m, copies: n, explainedBy: explainedBy?.what ?? null };
  });
}

/** First escalations that arrived more than a minute after their deadline passed. */
function lateEscalations(stack: LoadStack, expected: Expected): string[] {
  return Object.entries(expected.firstEscalationDue).filter(([m, due]) => (stack.arrivals.first.get(m) ?? Infinity) - due > 60_000).map(([m]) => m);
}

export async function findings(stack: LoadStack, run: { ids: string[]; expected: Expected; faults: Fault[]; T0: number; options: object }) {
  stack.arrivals.update();
  const { ids, expected, faults, T0 } = run;
  const f = await perIncident(stack, ids);
  const stuck = [...(await stuckAmong(stack.client, [...ids, FLOOD_ID])).keys()];
  const flooded = await stack.client.workflow.getHandle(FLOOD_ID).query(statusQuery).then((s) => s.events.length > 0, () => false);
  const missing = (xs: string[]) => xs.filter((m) => !stack.arrivals.first.has(m));
  const duplicates = duplicatesOf(stack, faults);
  return {
    when: new Date().toISOString(),
    options: run.options,
    incidents: ids.length,
    faults: faults.map((x) => ({ atSecond: Math.round((x.at - T0) / 1000), what: x.what })),
    expectedEmails: { opening: expected.opening.length, reminders: expected.reminders.length, escalations: expected.escalations.length },
    incidentsLost: f.lost,
    stuck,
    escalationsLate: lateEscalations(stack, expected),
    recordsProblemShown: f.recordsProblemShown,
    floodedIncidentAnswers: flooded,
    openingMissed: missing(expected.opening).length,
    remindersMissed: missing(expected.reminders).length,
    escalationsMissed: missing(expected.escalations).length,
    duplicateEmails: duplicates.reduce((n, d) => n + d.copies - 1, 0),
    duplicatesUnexplained: duplicates.filter((d) => !d.explainedBy).length,
    duplicates,
    sendsRecordedTwiceInAuditTrail: f.recordedTwice.length,
    stuckInPlanning: f.stuckInPlanning,
    yearTypoNotRejected: f.typoNotRejected,
    typoAccepted: faults.filter((x) => x.what.startsWith('UNEXPECTED')).length,
    workflowTaskFailures: f.taskFailures,
    workflowTaskTimeouts: f.taskTimeouts,
    missing: { reminders: missing(expected.reminders), escalations: missing(expected.escalations) },
  };
}

export type Findings = Awaited<ReturnType<typeof findings>>;

export function report(r: Findings, out?: string): void {
  const file = out ?? path.join('drill-results', `drill-${r.when.replace(/[:.]/g, '-')}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  const bad = r.stuck.length + r.escalationsLate.length + (r.floodedIncidentAnswers ? 0 : 1) + r.incidentsLost + r.openingMissed + r.remindersMissed + r.escalationsMissed + r.duplicatesUnexplained + r.workflowTaskFailures + r.sendsRecordedTwiceInAuditTrail + r.stuckInPlanning + r.typoAccepted + r.yearTypoNotRejected;
  console.log(`
breachclock fault drill: ${r.incidents} incidents; ${r.faults.map((f) => `${f.what} at +${f.atSecond}s`).join('; ')}
${table([
  ['incidents lost', r.incidentsLost],
  ['stuck incidents (workflow tasks failing)', r.stuck.length],
  ['first escalations later than a minute after the deadline', `${r.escalationsLate.length} of ${r.expectedEmails.escalations / 3}`],
  ['incidents showing the full records disk (status / audit trail)', `${r.recordsProblemShown} of ${r.incidents}`],
  ['incident sent 20,000 messages still answers', r.floodedIncidentAnswers ? 'yes' : 'NO'],
  ['opening emails missed', `${r.openingMissed} of ${r.expectedEmails.opening}`],
  ['reminders missed', `${r.remindersMissed} of ${r.expectedEmails.reminders}`],
  ['escalations missed', `${r.escalationsMissed} of ${r.expectedEmails.escalations}`],
  ['duplicate emails (by Message-ID)', `${r.duplicateEmails} (${r.duplicatesUnexplained} not explained by a crash or restart)`],
  ['sends recorded twice in an audit trail', r.sendsRecordedTwiceInAuditTrail],
  ['incidents stuck in planning or with a failed plan', r.stuckInPlanning],
  ['year-1026 typos accepted (update) / not recorded as rejected (signal)', `${r.typoAccepted} / ${r.yearTypoNotRejected}`],
  ['workflow task failures', r.workflowTaskFailures],
  ['workflow task timeouts (killed worker)', r.workflowTaskTimeouts],
])}
Goal: nothing lost or missed; duplicates only where a crash fell between a send and its completion.
${bad === 0 ? 'MET' : 'NOT MET'}
JSON: ${file}`);
}
