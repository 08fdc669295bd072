/** What is due now (reminders, overdue marks, escalation rungs, retention notices) and when to wake next. */
import { followUpNotice, overdueNotice, reminderNotice, deliveryFailureNotice, retentionNotice, type EmailMessage } from '../email';
import { FOLLOW_UP_REMINDERS, type FollowUpStatus } from '../follow-ups';
import type { ObligationKind } from '../../rules/planner';
import type { Reminder } from '../../rules/reminders';
import { isRecordRetention, type ObligationStatus } from '../status';
import { HOUR, ms, nowIso, record, intervalMs, type IncidentState } from './state';

/** Kinds whose overdue deadline climbs the escalation ladder (issue 4, item 3). */
export const ESCALATING_KINDS: readonly ObligationKind[] = [
  'regulator-notice',
  'regulator-notice-bulletin',
  'producer-notice',
  'ceding-insurer-notice',
];

export const reminderKey = (r: Reminder) => `${r.obligationId}|${r.slot}|${r.dueAt}`;
export const followUpKey = (f: FollowUpStatus, slot: string) => `followUp|${f.id}|${slot}|${f.target.at}`;

export const RETENTION_NOTICE_MS = 30 * 24 * HOUR;
export const retentionKey = (o: ObligationStatus, slot: string) => `retention|${o.id}|${slot}|${o.dueAt}`;

/** Reminders whose time passed before their target was set are skipped, as for obligations. */
export function skipPastFollowUpReminders(state: IncidentState, f: FollowUpStatus, now: number): void {
  const handled = new Set(state.handledReminders);
  for (const r of FOLLOW_UP_REMINDERS) if (ms(f.target.at) + r.offsetMs < now) handled.add(followUpKey(f, r.slot));
  state.handledReminders = [...handled];
}

/** Overdue marks, the overdue list and the next wake-up, from the state as it stands. */
export function refresh(state: IncidentState, now: number): void {
  for (const o of state.status.obligations) {
    if (o.state === 'overdue' && o.dueAt && ms(o.dueAt) >= now) {
      o.state = 'pending'; // a regulator's direction moved the date later
      o.escalationRung = null;
      delete state.nextRungAt[o.id];
    }
  }
  state.status.overdue = state.status.obligations.filter((o) => o.state === 'overdue').map((o) => o.id);
  for (const f of state.status.followUps ?? []) f.pastTarget = f.state === 'open' && ms(f.target.at) < now;
  state.status.nextWakeAt = nextWakeAt(state);
}

/** The earliest instant something is due: a reminder, a deadline passing, an escalation rung. */
export function nextWakeAt(state: IncidentState): string | null {
  let best: number | null = null;
  const consider = (t: number) => {
    if (best === null || t < best) best = t;
  };
  const handledKeys = new Set(state.handledReminders);
  for (const o of state.status.obligations) {
    if (!isRecordRetention(o) || o.state !== 'pending' || !o.dueAt) continue;
    if (!handledKeys.has(retentionKey(o, 'retention-30-days-before'))) consider(ms(o.dueAt) - RETENTION_NOTICE_MS);
    consider(ms(o.dueAt) + 1);
  }
  if (state.status.phase === 'closed') return best === null ? null : new Date(best).toISOString();
  const open = new Map(state.status.obligations.filter((o) => o.state === 'pending' || o.state === 'overdue').map((o) => [o.id, o]));
  const handled = new Set(state.handledReminders);
  for (const r of state.reminders) {
    const o = open.get(r.obligationId);
    if (o?.state === 'pending' && o.dueAt === r.dueAt && !handled.has(reminderKey(r))) consider(ms(r.at));
  }
  for (const o of open.values()) {
    // A deadline ends at its last millisecond; it is overdue one millisecond later.
    if (o.state === 'pending' && o.dueAt && !isRecordRetention(o)) consider(ms(o.dueAt) + 1);
  }
  for (const [id, at] of Object.entries(state.nextRungAt)) if (open.get(id)?.state === 'overdue') consider(ms(at));
  for (const f of state.status.followUps ?? []) {
    if (f.state !== 'open') continue;
    for (const r of FOLLOW_UP_REMINDERS) if (!handled.has(followUpKey(f, r.slot))) consider(ms(f.target.at) + r.offsetMs);
  }
  return best === null ? null : new Date(best).toISOString();
}

export type Action =
  | { kind: 'reminder'; obligationId: string; key: string; email: EmailMessage }
  | { kind: 'retention'; obligationId: string; key: string; email: EmailMessage }
  | { kind: 'followUp'; followUpId: string; key: string; email: EmailMessage }
  | { kind: 'escalation'; obligationId: string; rung: number; email: EmailMessage };

/**
 * What is due at `now`: reminders, deadlines passed (marked overdue here, and their first escalation),
 * further rungs. Marks each as handled, so an action is never issued twice even if its email fails.
 */
export function takeDueActions(state: IncidentState, now: number): Action[] {
  const actions: Action[] = retentionActions(state, now);
  if (state.status.phase === 'closed') {
    refresh(state, now);
    return actions;
  }
  const { owner, escalation } = state.incident.contacts;
  const handled = new Set(state.handledReminders);
  for (const r of state.reminders) {
    const o = state.status.obligations.find((x) => x.id === r.obligationId);
    const key = reminderKey(r);
    if (!o || o.state !== 'pending' || o.dueAt !== r.dueAt || handled.has(key) || ms(r.at) > now) continue;
    handled.add(key);
    o.remindersSent += 1;
    actions.push({ kind: 'reminder', obligationId: o.id, key, email: reminderNotice(state.status, o, r, owner) });
  }
  for (const f of state.status.followUps ?? []) {
    if (f.state !== 'open') continue;
    for (const r of FOLLOW_UP_REMINDERS) {
      const key = followUpKey(f, r.slot);
      if (handled.has(key) || ms(f.target.at) + r.offsetMs > now) continue;
      handled.add(key);
      f.remindersSent += 1;
      // A passed target tells the incident owner too; it is a company target, so no escalation ladder.
      const to = r.slot === 'target-passed' ? [...new Set([f.owner, owner])] : [f.owner];
      actions.push({ kind: 'followUp', followUpId: f.id, key, email: followUpNotice(state.status, f, r.slot, to) });
    }
  }
  state.handledReminders = [...handled];
  for (const o of state.status.obligations) {
    if (isRecordRetention(o)) continue;
    if (o.state === 'pending' && o.dueAt && ms(o.dueAt) < now) {
      o.state = 'overdue';
      o.escalationRung = 0;
      const ladder = ESCALATING_KINDS.includes(o.kind);
      const to = ladder ? [owner, ...escalation.slice(0, 1)] : [owner];
      if (ladder && escalation.length > 1) state.nextRungAt[o.id] = nowIso(now + intervalMs(state));
      actions.push({ kind: 'escalation', obligationId: o.id, rung: 0, email: overdueNotice(state.status, o, 0, to, now) });
    } else if (o.state === 'overdue' && state.nextRungAt[o.id] && ms(state.nextRungAt[o.id]) <= now) {
      const rung = (o.escalationRung ?? 0) + 1;
      o.escalationRung = rung;
      if (rung + 1 < escalation.length) state.nextRungAt[o.id] = nowIso(ms(state.nextRungAt[o.id]) + intervalMs(state));
      else delete state.nextRungAt[o.id]; // top of the ladder
      actions.push({ kind: 'escalation', obligationId: o.id, rung, email: overdueNotice(state.status, o, rung, [owner, ...escalation.slice(0, rung + 1)], now) });
    }
  }
  refresh(state, now);
  return actions;
}

/** The retention notice 30 days before the period ends, and the end itself (marked done; closing never ends it). */
function retentionActions(state: IncidentState, now: number): Action[] {
  const actions: Action[] = [];
  const handled = new Set(state.handledReminders);
  const owner = state.incident.contacts.owner;
  for (const o of state.status.obligations) {
    if (!isRecordRetention(o) || o.state !== 'pending' || !o.dueAt) continue;
    const before = retentionKey(o, 'retention-30-days-before');
    if (!handled.has(before) && ms(o.dueAt) - RETENTION_NOTICE_MS <= now && ms(o.dueAt) >= now) {
      handled.add(before);
      o.remindersSent += 1;
      actions.push({ kind: 'retention', obligationId: o.id, key: before, email: retentionNotice(state.status, o, 'retention-30-days-before', owner) });
    }
    if (ms(o.dueAt) < now) {
      handled.add(before);
      o.state = 'done';
      o.completedAt = o.dueAt;
      o.completedBy = 'breachclock: minimum retention period ended';
      record(state, now, 'breachclock', 'retentionEnded', `${o.id}: minimum retention period ended ${o.dueAt} (${o.citation})`);
      actions.push({ kind: 'retention', obligationId: o.id, key: retentionKey(o, 'retention-ended'), email: retentionNotice(state.status, o, 'retention-ended', owner) });
    }
  }
  state.handledReminders = [...handled];
  return actions;
}

/** What the audit trail says once an action's email is sent (the outbox adds its Message-ID and recipients). */
export function sentAudit(action: Action): { type: string; detail: string } {
  const detail =
    action.kind === 'reminder'
      ? `reminder ${action.key.split('|')[1]} for ${action.obligationId}`
      : action.kind === 'retention'
        ? `${action.key.split('|')[2]} notice for ${action.obligationId}`
        : action.kind === 'followUp'
          ? `follow-up ${action.key.split('|')[2]} for ${action.followUpId}`
          : `escalation rung ${action.rung} for ${action.obligationId}`;
  const type = action.kind === 'escalation' ? 'escalated' : action.kind === 'followUp' ? 'followUpReminderSent' : action.kind === 'retention' ? 'retentionNoticeSent' : 'reminderSent';
  return { type, detail };
}

/**
 * A permanent delivery failure: recorded, and escalated once per address to the escalation contacts
 * (returns that notice, or null when already escalated or nobody else to tell). Never retried forever.
 */
export function recordDeliveryFailure(state: IncidentState, email: EmailMessage, reason: string, now: number): EmailMessage | null {
  record(state, now, 'breachclock', 'emailFailed', `${email.messageId}: ${reason}`);
  const failed = email.to.filter((a) => !state.failureEscalated.includes(a));
  if (!failed.length) return null;
  state.failureEscalated.push(...failed);
  const others = [state.incident.contacts.owner, ...state.incident.contacts.escalation].filter((a) => !email.to.includes(a));
  if (!others.length) return null;
  return deliveryFailureNotice(state.status, email, reason, others.slice(0, 2));
}
