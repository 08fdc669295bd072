/** Taking a (re)computed plan into the state, keeping what is done, sent and escalated; or recording that planning failed. */
import { planningFailureNotice, type EmailMessage } from '../email';
import { FOLLOW_UP_RULES, type FollowUpStatus, type FollowUpTarget } from '../follow-ups';
import { investigationStatus } from '../investigation';
import { isRecordRetention, type ObligationStatus } from '../status';
import { ms, nowIso, record, type IncidentState, type PlanResult } from './state';
import { refresh, skipPastFollowUpReminders, reminderKey } from './schedule';

/** Planning failed after its bounded retries: recorded, and the owner alerted; the last good plan stays. */
export function recordPlanningFailure(state: IncidentState, reason: string, now: number): EmailMessage {
  const failures = (state.status.planningError?.failures ?? 0) + 1;
  state.status.planningError = { at: nowIso(now), reason, failures };
  record(state, now, 'breachclock', 'planningFailed', reason);
  // The first plan failed: leave 'planning' so news (a correction) is taken and planned again.
  if (state.status.phase === 'planning') state.status.phase = 'open';
  refresh(state, now);
  return planningFailureNotice(state.status, failures, reason, state.incident.contacts.owner);
}

/** A deadline the new plan brought earlier, with the date it had. */
export interface MovedEarlier {
  o: ObligationStatus;
  from: string;
}

/**
 * Takes a (re)computed plan, keeping what is done, reminders sent and escalation reached. Reminders
 * whose time had already passed when the plan was made are skipped: the opening summary covers them.
 * Returns the open deadlines it brought earlier (news such as a provider's notice or a direction).
 */
export function applyPlan(state: IncidentState, result: PlanResult, now: number): MovedEarlier[] {
  const before = new Map(state.status.obligations.map((o) => [o.id, o]));
  state.status.obligations = result.plan.obligations.map((o): ObligationStatus => {
    const prev = before.get(o.id);
    const sameDeadline = prev?.dueAt === o.dueAt;
    const stillOverdue = prev?.state === 'overdue' && sameDeadline;
    return {
      ...o,
      state: prev?.state === 'done' ? 'done' : stillOverdue ? 'overdue' : 'pending',
      completedAt: prev?.completedAt ?? null,
      ...(prev?.completedBy ? { completedBy: prev.completedBy } : {}),
      ...(prev?.reference ? { reference: prev.reference } : {}),
      ...(prev?.note ? { note: prev.note } : {}),
      remindersSent: prev?.remindersSent ?? 0,
      // A moved deadline starts its ladder again; an unchanged one keeps its rung.
      escalationRung: sameDeadline ? (prev?.escalationRung ?? null) : null,
    };
  });
  for (const prev of before.values()) {
    if (prev.state === 'done' && !state.status.obligations.some((o) => o.id === prev.id)) state.status.obligations.push(prev);
  }
  for (const o of state.status.obligations) if (o.escalationRung === null) delete state.nextRungAt[o.id];
  state.status.notApplicable = result.plan.notApplicable;
  state.status.uncovered = result.plan.uncovered;
  if (result.plan.investigation) state.status.investigation = investigationStatus(result.plan.investigation, state.incident);
  if (result.plan.notEvaluated) state.status.notEvaluated = result.plan.notEvaluated;
  state.reminders = result.reminders;
  const handled = new Set(state.handledReminders);
  for (const r of result.reminders) {
    // A past reminder of a new or moved deadline is skipped (the opening summary or the change covers it);
    // one of an unchanged deadline that fell due just before this re-plan is still sent.
    const unchanged = before.get(r.obligationId)?.dueAt === r.dueAt;
    if (ms(r.at) < now && !unchanged) handled.add(reminderKey(r));
  }
  state.handledReminders = [...handled];
  if (result.followUps) mergeFollowUps(state, result.followUps, now);
  if (state.status.phase === 'planning') state.status.phase = 'open';
  delete state.status.planningError;
  refresh(state, now);
  return state.status.obligations.flatMap((o) => {
    const from = before.get(o.id)?.dueAt;
    return o.state !== 'done' && !isRecordRetention(o) && from && o.dueAt && ms(o.dueAt) < ms(from) ? [{ o, from }] : [];
  });
}

/**
 * The obligations a re-plan owes that the plan before it did not (a residentsUpdate or a provider's notice that makes a
 * notice owed, and the notices that one triggers in other states): for `becameOwedNotice`. Record retention is left
 * out (a period to keep records, not a notice). Pure: the workflow takes the ids before `applyPlan` and asks after it.
 */
export function newlyOwed(beforeIds: readonly string[], after: readonly ObligationStatus[]): ObligationStatus[] {
  const before = new Set(beforeIds);
  return after.filter((o) => !before.has(o.id) && o.state !== 'done' && !isRecordRetention(o));
}

/** Takes planned follow-up targets, keeping owners, targets set by hand, and outcomes. */
function mergeFollowUps(state: IncidentState, targets: FollowUpTarget[], now: number): void {
  const before = new Map((state.status.followUps ?? []).map((f) => [f.id, f]));
  state.status.followUps = targets.map((t): FollowUpStatus => {
    const rule = FOLLOW_UP_RULES.find((r) => r.id === t.id)!;
    const prev = before.get(t.id);
    const setByHand = prev?.target.source.startsWith('set by');
    return {
      id: t.id,
      title: rule.title,
      citation: t.practiceOnly ? `${t.practiceOnly} (after ${rule.citation})` : rule.citation,
      wording: rule.wording,
      feeds: rule.feeds,
      state: prev?.state === 'done' ? 'done' : t.applies ? 'open' : 'not-applicable',
      ...(t.applies || prev?.state === 'done' ? {} : { reason: t.reason }),
      owner: prev?.owner ?? state.incident.contacts.owner,
      target: setByHand && prev ? prev.target : { at: t.targetAt, source: t.targetRule },
      pastTarget: false,
      remindersSent: prev?.remindersSent ?? 0,
      completedAt: prev?.completedAt ?? null,
      ...(prev?.completedBy ? { completedBy: prev.completedBy } : {}),
      ...(prev?.outcome ? { outcome: prev.outcome } : {}),
    };
  });
  for (const f of state.status.followUps) {
    const prev = before.get(f.id);
    if (!prev || prev.target.at !== f.target.at) skipPastFollowUpReminders(state, f, now);
  }
}
