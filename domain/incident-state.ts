/**
 * The incident's running state and every decision about it, as pure functions the workflow calls:
 * applying a message, merging a new plan, what is due now (reminders, overdue marks, escalation rungs),
 * when to wake next. No Temporal, no clock reads (`now` is handed in), no luxon: this module is bundled
 * into the workflow.
 */
import { directiveRefusal } from './directive';
import { followUpNotice, overdueNotice, planningFailureNotice, reminderNotice, deliveryFailureNotice, retentionNotice, type EmailMessage } from './email';
import { FOLLOW_UP_REMINDERS, FOLLOW_UP_RULES, type FollowUpStatus, type FollowUpTarget } from './follow-ups';
import type { EventDetails, Incident } from './incident';
import { investigationStatus } from './investigation';
import type {
  CloseIncident,
  ConsumerNoticeScheduled,
  EventDetailsUpdate,
  FollowUpCompleted,
  FollowUpPlanned,
  ObligationCompleted,
  RegulatorDirective,
  ResidentsUpdate,
  ThirdPartyNotice,
} from './messages';
import type { ObligationKind, Plan, PlanFacts } from './planner';
import type { Reminder } from './reminders';
import { isRecordRetention, type AuditEvent, type Filing, type IncidentStatus, type ObligationStatus, type ReportSnapshot, type ReportSource } from './status';

/** What the planning activity returns: the plan and its reminder instants. */
export interface PlanResult {
  plan: Plan;
  reminders: Reminder[];
  /** Close-out follow-up targets (absent in histories recorded before they existed). */
  followUps?: FollowUpTarget[];
}

export interface IncidentState {
  incident: Incident;
  facts: PlanFacts;
  status: IncidentStatus;
  reminders: Reminder[];
  /** Reminder keys already sent or skipped: `<obligationId>|<slot>|<dueAt>`. */
  handledReminders: string[];
  /** Next escalation rung instant per obligation id. */
  nextRungAt: Record<string, string>;
  /** Addresses whose permanent delivery failure was already escalated (once each). */
  failureEscalated: string[];
  /** Regulator notices filed, initial and supplements, each with what it reported (absent on older states). */
  filings?: Filing[];
  /**
   * A directive may not move a statutory date later (docs/design.md §3). False only for incidents whose
   * history began before the rule (the workflow decides it behind a patch marker, so they replay unchanged).
   */
  directivesNeverLater?: boolean;
  /**
   * A re-plan keeps an overdue obligation overdue (same deadline) with its rung, so nothing already sent is
   * sent again. False only for incidents whose history began before the rule (decided behind a patch marker).
   */
  replanKeepsOverdue?: boolean;
  /** Record versions written to the record store so far (domain/record.ts). */
  recordsExported?: number;
  /** News is checked for sense in time and refused after close (decided behind a patch marker). */
  messagesChecked?: boolean;
}

const HOUR = 3_600_000;

/** Kinds whose overdue deadline climbs the escalation ladder (issue 4, item 3). */
export const ESCALATING_KINDS: readonly ObligationKind[] = [
  'regulator-notice',
  'regulator-notice-bulletin',
  'producer-notice',
  'ceding-insurer-notice',
];
const DEFAULT_INTERVAL_HOURS = 4;

const ms = (iso: string): number => Date.parse(iso);
const nowIso = (now: number): string => new Date(now).toISOString();
const reminderKey = (r: Reminder) => `${r.obligationId}|${r.slot}|${r.dueAt}`;
const followUpKey = (f: FollowUpStatus, slot: string) => `followUp|${f.id}|${slot}|${f.target.at}`;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function newState(incident: Incident): IncidentState {
  return {
    incident,
    facts: {},
    status: {
      incidentId: incident.incidentId,
      title: incident.title,
      phase: 'planning',
      obligations: [],
      notApplicable: [],
      uncovered: [],
      nextWakeAt: null,
      overdue: [],
      events: [],
      runIds: [],
    },
    reminders: [],
    handledReminders: [],
    nextRungAt: {},
    failureEscalated: [],
    directivesNeverLater: true,
    replanKeepsOverdue: true,
    messagesChecked: true,
  };
}


/** The earliest moment the incident knows of: nothing that happened because of it can be earlier. */
function earliestKnown(state: IncidentState): number {
  const i = state.incident;
  const d = i.eventDetails ?? {};
  const xs = [i.determinedAt, i.awareAt, i.thirdParty?.notifiedLicenseeAt, i.thirdParty?.actualKnowledgeAt, i.reinsurerNotice?.notifiedAt, d.occurredAt, d.compromisedFrom];
  return Math.min(...xs.filter((x): x is string => !!x).map(ms));
}

/**
 * Why news cannot be recorded, or null: nothing is recorded after close, and a completion or close cannot
 * come before what it completes (a filing dated before its clock started would put a false date into the
 * record and the regulator's supplement). Names the field, as every door does.
 */
export function messageRefusal(state: IncidentState, name: string, m: Record<string, unknown>): string | null {
  if (!state.messagesChecked) return null;
  if (state.status.phase === 'closed' && name !== 'closeIncident') {
    return `incidentId: ${state.status.incidentId} is closed; news is no longer recorded (its records are kept)`;
  }
  const when = (v: unknown) => (typeof v === 'string' ? ms(v) : NaN);
  const beforeStart = (field: string, v: unknown, start: number, what: string) =>
    when(v) < start ? `${field}: ${String(v)} is before ${what} (${new Date(start).toISOString()})` : null;
  const first = earliestKnown(state);
  const checks: Array<string | null> = [];
  switch (name) {
    case 'obligationCompleted': {
      const o = state.status.obligations.find((x) => x.id === m.obligationId);
      const start = o?.clockStartsAt ? ms(o.clockStartsAt) : first;
      checks.push(beforeStart('completedAt', m.completedAt, start, o?.clockStartsAt ? 'its clock started' : 'the incident began'));
      break;
    }
    case 'followUpCompleted':
      checks.push(beforeStart('completedAt', m.completedAt, first, 'the incident began'));
      break;
    case 'closeIncident':
      checks.push(beforeStart('closedAt', m.closedAt, first, 'the incident began'));
      break;
  }
  return checks.find((c) => c !== null) ?? null;
}

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

const RETENTION_NOTICE_MS = 30 * 24 * HOUR;
const retentionKey = (o: ObligationStatus, slot: string) => `retention|${o.id}|${slot}|${o.dueAt}`;

/** Whether the workflow still has a clock to keep: open, or closed with records still under a retention period. */
export function isActive(state: IncidentState): boolean {
  return state.status.phase !== 'closed' || state.status.obligations.some((o) => isRecordRetention(o) && o.state === 'pending' && o.dueAt);
}

/** The next legal deadline to act (for the search attribute and the summary line): retention periods are not deadlines. */
export function nextDeadlineMs(state: IncidentState): number | null {
  const due = state.status.obligations.filter((o) => o.state === 'pending' && o.dueAt && !isRecordRetention(o)).map((o) => ms(o.dueAt!));
  return due.length ? Math.min(...due) : null;
}

export function record(state: IncidentState, now: number, actor: string, type: string, detail: string): AuditEvent {
  const e = { at: nowIso(now), actor, type, detail };
  state.status.events.push(e);
  return e;
}

function intervalMs(state: IncidentState): number {
  return (state.incident.notifications?.escalationIntervalHours ?? DEFAULT_INTERVAL_HOURS) * HOUR;
}

/**
 * Takes a (re)computed plan, keeping what is done, reminders sent and escalation reached. Reminders
 * whose time had already passed when the plan was made are skipped: the opening summary covers them.
 */
export function applyPlan(state: IncidentState, result: PlanResult, now: number): void {
  const before = new Map(state.status.obligations.map((o) => [o.id, o]));
  state.status.obligations = result.plan.obligations.map((o): ObligationStatus => {
    const prev = before.get(o.id);
    const sameDeadline = prev?.dueAt === o.dueAt;
    const stillOverdue = !!state.replanKeepsOverdue && prev?.state === 'overdue' && sameDeadline;
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
    const unchanged = state.replanKeepsOverdue && before.get(r.obligationId)?.dueAt === r.dueAt;
    if (ms(r.at) < now && !unchanged) handled.add(reminderKey(r));
  }
  state.handledReminders = [...handled];
  if (result.followUps) mergeFollowUps(state, result.followUps, now);
  if (state.status.phase === 'planning') state.status.phase = 'open';
  delete state.status.planningError;
  refresh(state, now);
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
    if (!state.replanKeepsOverdue || !prev || prev.target.at !== f.target.at) skipPastFollowUpReminders(state, f, now);
  }
}

/** Reminders whose time passed before their target was set are skipped, as for obligations. */
function skipPastFollowUpReminders(state: IncidentState, f: FollowUpStatus, now: number): void {
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
      actions.push({ kind: 'escalation', obligationId: o.id, rung: 0, email: overdueNotice(state.status, o, 0, to) });
    } else if (o.state === 'overdue' && state.nextRungAt[o.id] && ms(state.nextRungAt[o.id]) <= now) {
      const rung = (o.escalationRung ?? 0) + 1;
      o.escalationRung = rung;
      if (rung + 1 < escalation.length) state.nextRungAt[o.id] = nowIso(ms(state.nextRungAt[o.id]) + intervalMs(state));
      else delete state.nextRungAt[o.id]; // top of the ladder
      actions.push({ kind: 'escalation', obligationId: o.id, rung, email: overdueNotice(state.status, o, rung, [owner, ...escalation.slice(0, rung + 1)]) });
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

/** Records an action's email as sent. */
export function recordSent(state: IncidentState, action: Action, now: number): void {
  const what =
    action.kind === 'reminder'
      ? `reminder ${action.key.split('|')[1]} for ${action.obligationId}`
      : action.kind === 'retention'
        ? `${action.key.split('|')[2]} notice for ${action.obligationId}`
        : action.kind === 'followUp'
        ? `follow-up ${action.key.split('|')[2]} for ${action.followUpId}`
        : `escalation rung ${action.rung} for ${action.obligationId}`;
  const type = action.kind === 'escalation' ? 'escalated' : action.kind === 'followUp' ? 'followUpReminderSent' : action.kind === 'retention' ? 'retentionNoticeSent' : 'reminderSent';
  record(state, now, 'breachclock', type, `${what}: ${action.email.messageId} to ${action.email.to.length} recipient(s)`);
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

export type Applied = { ok: true; replan: boolean } | { ok: false; error: string };

export function applyObligationCompleted(state: IncidentState, m: ObligationCompleted, now: number, actor: string): Applied {
  const o = state.status.obligations.find((x) => x.id === m.obligationId);
  if (!o) return { ok: false, error: `obligationId: ${m.obligationId} is not an obligation of this incident` };
  if (o.state === 'done' && o.completedAt === m.completedAt) return { ok: true, replan: false }; // duplicate delivery
  o.state = 'done';
  o.completedAt = m.completedAt;
  o.completedBy = m.completedBy;
  if (m.reference) o.reference = m.reference;
  delete o.note;
  delete state.nextRungAt[o.id];
  record(state, now, actor, 'obligationCompleted', `${m.obligationId} done at ${m.completedAt} by ${m.completedBy}${m.reference ? ` (ref ${m.reference})` : ''}`);
  if (FILED_KINDS.includes(o.kind)) recordFiling(state, o, m);
  refresh(state, now);
  return { ok: true, replan: false };
}

/** Completions that are filings with a regulator, kept with what they reported (for supplements). */
const FILED_KINDS: readonly ObligationKind[] = ['regulator-notice', 'regulator-notice-bulletin', 'regulator-update'];

function recordFiling(state: IncidentState, o: ObligationStatus, m: ObligationCompleted): void {
  const track = o.kind === 'regulator-update' ? `${o.jurisdiction}/regulator-notice` : o.id;
  const filings = (state.filings ??= []);
  filings.push({
    obligationId: o.id,
    track,
    number: filings.filter((f) => f.track === track).length,
    filedAt: m.completedAt,
    ...(m.reference ? { reference: m.reference } : {}),
    snapshot: reportSnapshot(state),
  });
}

/** The incident and its news as they stand: what a notice drafted now reports. */
export function reportSnapshot(state: IncidentState): ReportSnapshot {
  return clone({
    incident: state.incident,
    obligations: state.status.obligations.map((o) => ({
      id: o.id,
      kind: o.kind,
      jurisdiction: o.jurisdiction,
      recipient: o.recipient,
      state: o.state,
      completedAt: o.completedAt,
      ...(o.reference ? { reference: o.reference } : {}),
    })),
    followUps: (state.status.followUps ?? []).map((f) => ({
      id: f.id,
      title: f.title,
      citation: f.citation,
      feeds: f.feeds,
      state: f.state,
      completedAt: f.completedAt,
      ...(f.outcome ? { outcome: f.outcome } : {}),
    })),
    consumerNoticeScheduled: state.facts.consumerNoticeScheduled ?? {},
  });
}

/** What the `reportSource` query returns. */
export function reportSource(state: IncidentState): ReportSource {
  return { incidentId: state.status.incidentId, title: state.status.title, status: state.status, current: reportSnapshot(state), filings: state.filings ?? [] };
}

/**
 * The continuing duty to update (RSMo 375.1410.2; RSA 420-P:6 II): where a regulator notice was filed,
 * a material change re-opens that state's `regulator-update` with the reason.
 */
function supplementOwed(state: IncidentState, now: number, why: string, onlyState?: string): void {
  for (const filed of state.status.obligations) {
    if (filed.kind !== 'regulator-notice' || filed.state !== 'done' || (onlyState && filed.jurisdiction !== onlyState)) continue;
    const update = state.status.obligations.find((o) => o.id === `${filed.jurisdiction}/regulator-update`);
    if (!update) continue;
    // Reasons gather until the supplement is filed, so the draft says everything it must cover.
    const prior = update.state === 'pending' && update.note ? update.note.replace(/^supplement owed: /, '').replace(` (${update.citation})`, '') : '';
    update.state = 'pending';
    update.note = `supplement owed: ${prior ? `${prior}; ` : ''}${why} (${update.citation})`;
    record(state, now, 'breachclock', 'supplementOwed', `${update.id}: ${why}`);
  }
}

export function applyThirdPartyNotice(state: IncidentState, m: ThirdPartyNotice, now: number, actor: string): Applied {
  const prev = state.incident.thirdParty;
  const provider = m.provider ?? prev?.provider;
  if (!provider) return { ok: false, error: 'provider: name the third-party service provider' };
  const same = (a?: string, b?: string) => a === undefined || a === b;
  if (prev && provider === prev.provider && same(m.notifiedLicenseeAt, prev.notifiedLicenseeAt) && same(m.actualKnowledgeAt, prev.actualKnowledgeAt)) {
    return { ok: true, replan: false }; // nothing new (a duplicate delivery)
  }
  state.incident = {
    ...state.incident,
    thirdParty: {
      ...prev,
      provider,
      ...(m.notifiedLicenseeAt ? { notifiedLicenseeAt: m.notifiedLicenseeAt } : {}),
      ...(m.actualKnowledgeAt ? { actualKnowledgeAt: m.actualKnowledgeAt } : {}),
    },
  };
  const dates = [m.notifiedLicenseeAt && `notified ${m.notifiedLicenseeAt}`, m.actualKnowledgeAt && `actual knowledge ${m.actualKnowledgeAt}`];
  record(state, now, actor, 'thirdPartyNotice', `provider notice recorded (${dates.filter(Boolean).join(', ')})`);
  return { ok: true, replan: true };
}

export function applyResidentsUpdate(state: IncidentState, m: ResidentsUpdate, now: number, actor: string): Applied {
  const previous = state.incident.residents[m.state] ?? 0;
  if (previous === m.count) return { ok: true, replan: false }; // no change, nothing to re-plan
  state.incident = { ...state.incident, residents: { ...state.incident.residents, [m.state]: m.count } };
  record(state, now, actor, 'residentsUpdate', `${m.state} best estimate ${m.count} as of ${m.asOf}`);
  // RSMo 375.1410.2(9) / RSA 420-P:6 II(i): once a notice is filed, a new count is a material change to report.
  supplementOwed(state, now, `${m.state} consumer count changed from ${previous} to ${m.count}`, m.state);
  return { ok: true, replan: true };
}

export function applyConsumerNoticeScheduled(state: IncidentState, m: ConsumerNoticeScheduled, now: number, actor: string): Applied {
  if (state.facts.consumerNoticeScheduled?.[m.state] === m.scheduledFor) return { ok: true, replan: false }; // duplicate
  state.facts = { ...state.facts, consumerNoticeScheduled: { ...state.facts.consumerNoticeScheduled, [m.state]: m.scheduledFor } };
  record(state, now, actor, 'consumerNoticeScheduled', `${m.state} consumer notice scheduled for ${m.scheduledFor}`);
  return { ok: true, replan: true };
}

export function applyRegulatorDirective(state: IncidentState, m: RegulatorDirective, now: number, actor: string): Applied {
  const o = state.status.obligations.find((x) => x.id === m.obligationId);
  if (!o) return { ok: false, error: `obligationId: ${m.obligationId} is not an obligation of this incident` };
  if (state.directivesNeverLater) {
    const refusal = directiveRefusal(o, m.dueAt);
    if (refusal) return { ok: false, error: refusal };
  }
  const prev = state.facts.regulatorDirectives?.[m.obligationId];
  if (prev && prev.dueAt === m.dueAt && prev.note === m.note) return { ok: true, replan: false }; // duplicate
  state.facts = {
    ...state.facts,
    regulatorDirectives: { ...state.facts.regulatorDirectives, [m.obligationId]: { dueAt: m.dueAt, ...(m.note ? { note: m.note } : {}) } },
  };
  record(state, now, actor, 'regulatorDirective', `${m.obligationId} due ${m.dueAt} as directed`);
  return { ok: true, replan: true };
}

export function applyEventDetailsUpdate(state: IncidentState, m: EventDetailsUpdate, now: number, actor: string): Applied {
  const prev: EventDetails = state.incident.eventDetails ?? {};
  const changed = (Object.keys(m) as Array<keyof EventDetails>).filter((k) => JSON.stringify(prev[k]) !== JSON.stringify(m[k]));
  if (!changed.length) return { ok: true, replan: false }; // nothing new (a duplicate delivery)
  const merged: EventDetails = { ...prev, ...m };
  if (merged.compromisedFrom && merged.compromisedUntil && ms(merged.compromisedUntil) < ms(merged.compromisedFrom)) {
    return { ok: false, error: `compromisedUntil: must not be before compromisedFrom (${merged.compromisedFrom})` };
  }
  state.incident = { ...state.incident, eventDetails: merged };
  if (state.status.investigation) state.status.investigation = investigationStatus(state.status.investigation, state.incident);
  // Field names only in the audit trail: the text itself lives in the incident record and the report.
  record(state, now, actor, 'eventDetailsUpdate', `updated ${changed.join(', ')}`);
  supplementOwed(state, now, `event details changed (${changed.join(', ')})`);
  return { ok: true, replan: false };
}

function trackedFollowUp(state: IncidentState, id: string): FollowUpStatus | string {
  const f = state.status.followUps?.find((x) => x.id === id);
  if (!f) return `followUpId: ${id} is not tracked for this incident`;
  if (f.state === 'not-applicable') return `followUpId: ${id} does not apply here: ${f.reason ?? ''}`.trim();
  return f;
}

export function applyFollowUpPlanned(state: IncidentState, m: FollowUpPlanned, now: number, actor: string): Applied {
  const f = trackedFollowUp(state, m.followUpId);
  if (typeof f === 'string') return { ok: false, error: f };
  if ((m.owner ?? f.owner) === f.owner && (m.targetAt === undefined || m.targetAt === f.target.at)) return { ok: true, replan: false };
  if (m.owner) f.owner = m.owner;
  if (m.targetAt && m.targetAt !== f.target.at) {
    f.target = { at: m.targetAt, source: `set by ${actor} at ${nowIso(now)}: a company target, not a legal deadline` };
    skipPastFollowUpReminders(state, f, now);
  }
  record(state, now, actor, 'followUpPlanned', `${f.id}: ${[m.owner && 'owner changed', m.targetAt && `target ${m.targetAt}`].filter(Boolean).join(', ')}`);
  refresh(state, now);
  return { ok: true, replan: false };
}

export function applyFollowUpCompleted(state: IncidentState, m: FollowUpCompleted, now: number, actor: string): Applied {
  const f = trackedFollowUp(state, m.followUpId);
  if (typeof f === 'string') return { ok: false, error: f };
  if (f.state === 'done' && f.completedAt === m.completedAt) return { ok: true, replan: false }; // duplicate delivery
  f.state = 'done';
  f.completedAt = m.completedAt;
  f.completedBy = m.completedBy;
  f.outcome = m.outcome;
  record(state, now, actor, 'followUpCompleted', `${f.id} done at ${m.completedAt} by ${m.completedBy}`);
  if (!state.status.followUps!.some((x) => x.state === 'open')) {
    // Their outcomes answer items (10)-(11) / II(j)-(k): the supplement that closes the duty to update.
    supplementOwed(state, now, 'close-out follow-ups done: report the internal review and remediation outcomes');
  }
  refresh(state, now);
  return { ok: true, replan: false };
}

/**
 * What still stands in the way of closing: dated obligations; and, for incidents under the close-out
 * rules (those that adopted follow-ups, see the workflow's patch), open follow-ups and supplements owed.
 * An incident that began before them closes as it always did, so its history replays unchanged.
 */
export function closeBlockers(state: IncidentState): string[] {
  const s = state.status;
  const dated = s.obligations.filter((o) => (o.state === 'pending' || o.state === 'overdue') && o.dueAt && !isRecordRetention(o)).map((o) => o.id);
  if (!s.followUps) return dated;
  return [
    ...dated,
    ...s.followUps.filter((f) => f.state === 'open').map((f) => `follow-up ${f.id}`),
    ...s.obligations.filter((o) => o.kind === 'regulator-update' && o.state === 'pending' && o.note).map((o) => `${o.id} (supplement owed)`),
  ];
}

/** Closes once nothing is owed (dated obligations, follow-ups, supplements), or with a recorded override. */
export function applyClose(state: IncidentState, m: CloseIncident, now: number, actor: string): Applied {
  if (state.status.phase === 'closed') return { ok: true, replan: false };
  const owed = closeBlockers(state);
  if (owed.length && !m.override) {
    return { ok: false, error: `closeIncident: still owed: ${owed.join(', ')} (set override to close anyway)` };
  }
  state.status.phase = 'closed';
  state.status.nextWakeAt = null;
  state.nextRungAt = {};
  record(state, now, actor, 'closeIncident', `${m.override && owed.length ? `closed with override (still owed: ${owed.join(', ')})` : 'closed'}: ${m.reason}`);
  return { ok: true, replan: false };
}

const KIND_WORDS: Record<string, string> = {
  'regulator-notice': 'regulator notice',
  'regulator-notice-bulletin': 'Department notice (Bulletin)',
  'consumer-notice': 'consumer notice',
  'consumer-notice-copy': 'copy of consumer notice',
  'attorney-general-notice': 'Attorney General notice',
  'consumer-reporting-agency-notice': 'credit bureau notice',
  'producer-notice': 'producer notice',
  'ceding-insurer-notice': 'ceding insurer notice',
  'regulator-update': 'supplement',
  'data-owner-notice': 'data owner notice',
  'record-retention': 'record retention',
};
const REGULATOR_WORD: Record<string, string> = { MO: 'director notice', NH: 'commissioner notice' };
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 30 Nov" from the local date an ISO string with offset carries. */
function localDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]}`;
}

/** The Temporal UI's summary line, e.g. "MO director notice due Mon 30 Nov; 1 overdue". */
export function summaryLine(state: IncidentState): string {
  const s = state.status;
  if (s.phase === 'closed') {
    const kept = s.obligations.filter((o) => isRecordRetention(o) && o.state === 'pending' && o.dueAt).map((o) => o.dueAt!).sort();
    return `${s.incidentId} closed${kept.length ? `; records kept until at least ${kept[kept.length - 1].slice(0, 10)}` : ''}`;
  }
  const next = s.obligations
    .filter((o) => o.state === 'pending' && o.dueAt && !isRecordRetention(o))
    .sort((a, b) => ms(a.dueAt!) - ms(b.dueAt!))[0];
  const what = next && (next.kind === 'regulator-notice' ? REGULATOR_WORD[next.jurisdiction] : undefined);
  const parts = [next ? `${next.jurisdiction} ${what ?? KIND_WORDS[next.kind] ?? next.kind} due ${localDay(next.dueAt!)}` : 'no dated deadline ahead'];
  if (s.overdue.length) parts.push(`${s.overdue.length} overdue`);
  return parts.join('; ');
}

