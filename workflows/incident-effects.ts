/**
 * What the incident workflow does to the world: make the plan (as a local activity), send an email (a
 * permanent refusal recorded and escalated once), export the kept record, publish search attributes and the
 * UI's summary line. Each records what happened in the incident's audit trail.
 */
import { ActivityFailure, ApplicationFailure, patched, proxyActivities, proxyLocalActivities, setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { deadlineMovedNotice, type EmailMessage } from '../domain/incident/email';
import { incidentRecord, recordVersionsDue } from '../domain/incident/record';
import * as S from '../domain/incident/state';
import { EMAIL, PLANNING, RECORDS } from './activity-options';
import { JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT, PHASE } from './search-attributes';

const { planObligations } = proxyActivities<Activities>(PLANNING);
// Planning is a pure computation over the calendar: as a local activity it runs inside the workflow task
// (one task and four history events fewer per plan) and its result is still recorded (docs/design.md §1).
const local = proxyLocalActivities<Activities>(PLANNING);
const { sendEmail } = proxyActivities<Activities>(EMAIL);
const { exportRecord } = proxyActivities<Activities>(RECORDS);

/**
 * Close-out follow-ups (20 CSR 100-6.110) came after incidents were already running: an incident adopts
 * them at its first re-plan under this code, behind a patch marker, so older histories replay unchanged.
 */
const FOLLOW_UPS_PATCH = 'closeout-follow-ups';
/** Plans made as a local activity (issue 7); incidents whose history holds an activity-task plan keep it. */
const LOCAL_PLAN_PATCH = 'plan-as-local-activity';
/** Incident records exported to a durable store (issue 16); older histories replay without the exports. */
const RECORDS_PATCH = 'export-records';
/** A deadline news brings earlier is emailed at once (issue 15); older histories replay without it. */
const MOVED_NOTICE_PATCH = 'deadline-moved-notice';

const causeOf = (err: ActivityFailure): string => (err.cause instanceof ApplicationFailure ? err.cause.message : (err.cause?.message ?? err.message));

/** Sends one email; a permanent refusal is recorded and escalated once, never retried forever. */
export async function sendOrEscalate(state: S.IncidentState, email: EmailMessage): Promise<boolean> {
  try {
    await sendEmail(email);
    return true;
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    const notice = S.recordDeliveryFailure(state, email, causeOf(err), Date.now());
    if (notice) {
      try {
        await sendEmail(notice);
        S.record(state, Date.now(), 'breachclock', 'emailFailureEscalated', `${notice.messageId} to ${notice.to.length} recipient(s)`);
      } catch (e2) {
        if (!(e2 instanceof ActivityFailure)) throw e2;
        S.record(state, Date.now(), 'breachclock', 'emailFailed', `${notice.messageId}: ${e2.cause?.message ?? e2.message}`);
      }
    }
    return false;
  }
}

/**
 * Makes the plan again from the incident as it stands. With `survivesFailure` (incidents under the
 * workflow-defends-itself rule), a plan that cannot be made is recorded and the owner alerted; the last good
 * plan's clocks keep running, and so does every other incident.
 */
export async function replan(state: S.IncidentState, survivesFailure: boolean): Promise<void> {
  const plan = patched(LOCAL_PLAN_PATCH) ? local.planObligations : planObligations;
  try {
    const result = await plan(state.incident, state.facts);
    if (result.followUps && !patched(FOLLOW_UPS_PATCH)) delete result.followUps;
    const moved = S.applyPlan(state, result, Date.now());
    if (moved.length && patched(MOVED_NOTICE_PATCH)) {
      const notice = deadlineMovedNotice(state.status, moved, state.incident.contacts.owner);
      if (await sendOrEscalate(state, notice)) S.record(state, Date.now(), 'breachclock', 'emailSent', `deadline moved earlier ${notice.messageId}`);
    }
  } catch (err) {
    // A local activity's failure reaches the workflow as the activity's own ApplicationFailure.
    if (!survivesFailure || !(err instanceof ActivityFailure || err instanceof ApplicationFailure)) throw err;
    const cause = err instanceof ActivityFailure && err.cause ? err.cause.message : err.message;
    const alert = S.recordPlanningFailure(state, cause, Date.now());
    if (await sendOrEscalate(state, alert)) S.record(state, Date.now(), 'breachclock', 'emailSent', `planning failure alert ${alert.messageId}`);
  }
}

/** Writes every record version the history calls for; a store that refuses is recorded, never fatal. */
export async function exportRecords(state: S.IncidentState): Promise<void> {
  if (recordVersionsDue(state) <= (state.recordsExported ?? 0) || !patched(RECORDS_PATCH)) return;
  for (let v = (state.recordsExported ?? 0) + 1; v <= recordVersionsDue(state); v++) {
    try {
      await exportRecord(incidentRecord(state, v));
      S.record(state, Date.now(), 'breachclock', 'recordExported', `record version ${v}`);
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
      S.record(state, Date.now(), 'breachclock', 'recordExportFailed', `record version ${v}: ${err.cause?.message ?? err.message}`);
    }
    state.recordsExported = v;
  }
}

/** Search attributes for the lists (overdue first, then by next deadline) and the Temporal UI's summary line. */
export function publish(state: S.IncidentState): void {
  const due = S.nextDeadlineMs(state);
  upsertSearchAttributes([
    { key: PHASE, value: state.status.phase },
    { key: JURISDICTIONS_SA, value: [...new Set(state.status.obligations.map((o) => o.jurisdiction))].sort() },
    { key: NEXT_DEADLINE, value: due === null ? null : new Date(due) },
    { key: OVERDUE_COUNT, value: state.status.overdue.length },
  ]);
  setCurrentDetails(S.summaryLine(state));
}
