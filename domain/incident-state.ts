/**
 * The incident's running state and every decision about it, as pure functions the workflow calls:
 * applying a message, merging a new plan, what is due now (reminders, overdue marks, escalation rungs),
 * when to wake next. No Temporal, no clock reads (`now` is handed in), no luxon: this module is bundled
 * into the workflow.
 */
import { messageId, overdueNotice, reminderNotice, deliveryFailureNotice, type EmailMessage } from './email';
import type { Incident } from './incident';
import type {
  CloseIncident,
  ConsumerNoticeScheduled,
  ObligationCompleted,
  RegulatorDirective,
  ResidentsUpdate,
  ThirdPartyNotice,
} from './messages';
import type { ObligationKind, Plan, PlanFacts } from './planner';
import type { Reminder } from './reminders';
import type { AuditEvent, IncidentStatus, ObligationStatus } from './status';

/** What the planning activity returns: the plan and its reminder instants. */
export interface PlanResult {
  plan: Plan;
  reminders: Reminder[];
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
}

/** Kinds whose overdue deadline climbs the escalation ladder (issue 4, item 3). */
export const ESCALATING_KINDS: readonly ObligationKind[] = [
  'regulator-notice',
  'regulator-notice-bulletin',
  'producer-notice',
  'ceding-insurer-notice',
];
const DEFAULT_INTERVAL_HOURS = 4;
const HOUR = 3_600_000;

const ms = (iso: string): number => Date.parse(iso);
const nowIso = (now: number): string => new Date(now).toISOString();
const reminderKey = (r: Reminder) => `${r.obligationId}|${r.slot}|${r.dueAt}`;

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
  };
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
    return {
      ...o,
      state: prev?.state === 'done' ? 'done' : 'pending',
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
  state.reminders = result.reminders;
  const handled = new Set(state.handledReminders);
  for (const r of result.reminders) if (ms(r.at) < now) handled.add(reminderKey(r));
  state.handledReminders = [...handled];
  if (state.status.phase === 'planning') state.status.phase = 'open';
  refresh(state, now);
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
  state.status.nextWakeAt = nextWakeAt(state);
}

/** The earliest instant something is due: a reminder, a deadline passing, an escalation rung. */
export function nextWakeAt(state: IncidentState): string | null {
  if (state.status.phase === 'closed') return null;
  let best: number | null = null;
  const consider = (t: number) => {
    if (best === null || t < best) best = t;
  };
  const open = new Map(state.status.obligations.filter((o) => o.state === 'pending' || o.state === 'overdue').map((o) => [o.id, o]));
  const handled = new Set(state.handledReminders);
  for (const r of state.reminders) {
    const o = open.get(r.obligationId);
    if (o?.state === 'pending' && o.dueAt === r.dueAt && !handled.has(reminderKey(r))) consider(ms(r.at));
  }
  for (const o of open.values()) {
    // A deadline ends at its last millisecond; it is overdue one millisecond later.
    if (o.state === 'pending' && o.dueAt) consider(ms(o.dueAt) + 1);
  }
  for (const [id, at] of Object.entries(state.nextRungAt)) if (open.get(id)?.state === 'overdue') consider(ms(at));
  return best === null ? null : new Date(best).toISOString();
}

export type Action =
  | { kind: 'reminder'; obligationId: string; key: string; email: EmailMessage }
  | { kind: 'escalation'; obligationId: string; rung: number; email: EmailMessage };

/**
 * What is due at `now`: reminders, deadlines passed (marked overdue here, and their first escalation),
 * further rungs. Marks each as handled, so an action is never issued twice even if its email fails.
 */
export function takeDueActions(state: IncidentState, now: number): Action[] {
  if (state.status.phase === 'closed') return [];
  const actions: Action[] = [];
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
  state.handledReminders = [...handled];
  for (const o of state.status.obligations) {
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

/** Records an action's email as sent. */
export function recordSent(state: IncidentState, action: Action, now: number): void {
  const what = action.kind === 'reminder' ? `reminder ${action.key.split('|')[1]} for ${action.obligationId}` : `escalation rung ${action.rung} for ${action.obligationId}`;
  record(state, now, 'breachclock', action.kind === 'reminder' ? 'reminderSent' : 'escalated', `${what}: ${action.email.messageId} to ${action.email.to.length} recipient(s)`);
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
  refresh(state, now);
  return { ok: true, replan: false };
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
  const filed = state.status.obligations.find((o) => o.id === `${m.state}/regulator-notice` && o.state === 'done');
  const update = state.status.obligations.find((o) => o.id === `${m.state}/regulator-update`);
  if (filed && update) {
    update.state = 'pending';
    update.note = `supplement owed: ${m.state} consumer count changed from ${previous} to ${m.count} (${update.citation})`;
    record(state, now, 'breachclock', 'supplementOwed', `${update.id}: consumer count changed`);
  }
  return { ok: true, replan: true };
}

export function applyConsumerNoticeScheduled(state: IncidentState, m: ConsumerNoticeScheduled, now: number, actor: string): Applied {
  if (state.facts.consumerNoticeScheduled?.[m.state] === m.scheduledFor) return { ok: true, replan: false }; // duplicate
  state.facts = { ...state.facts, consumerNoticeScheduled: { ...state.facts.consumerNoticeScheduled, [m.state]: m.scheduledFor } };
  record(state, now, actor, 'consumerNoticeScheduled', `${m.state} consumer notice scheduled for ${m.scheduledFor}`);
  return { ok: true, replan: true };
}

export function applyRegulatorDirective(state: IncidentState, m: RegulatorDirective, now: number, actor: string): Applied {
  if (!state.status.obligations.some((o) => o.id === m.obligationId)) {
    return { ok: false, error: `obligationId: ${m.obligationId} is not an obligation of this incident` };
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

/** Closes once nothing dated is owed, or with a recorded override. */
export function applyClose(state: IncidentState, m: CloseIncident, now: number, actor: string): Applied {
  if (state.status.phase === 'closed') return { ok: true, replan: false };
  const owed = state.status.obligations.filter((o) => (o.state === 'pending' || o.state === 'overdue') && o.dueAt);
  if (owed.length && !m.override) {
    return { ok: false, error: `closeIncident: still owed: ${owed.map((o) => o.id).join(', ')} (set override to close anyway)` };
  }
  state.status.phase = 'closed';
  state.status.nextWakeAt = null;
  state.nextRungAt = {};
  record(state, now, actor, 'closeIncident', `${m.override && owed.length ? `closed with override (still owed: ${owed.map((o) => o.id).join(', ')})` : 'closed'}: ${m.reason}`);
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
  if (s.phase === 'closed') return `${s.incidentId} closed`;
  const next = s.obligations
    .filter((o) => o.state === 'pending' && o.dueAt)
    .sort((a, b) => ms(a.dueAt!) - ms(b.dueAt!))[0];
  const what = next && (next.kind === 'regulator-notice' ? REGULATOR_WORD[next.jurisdiction] : undefined);
  const parts = [next ? `${next.jurisdiction} ${what ?? KIND_WORDS[next.kind] ?? next.kind} due ${localDay(next.dueAt!)}` : 'no dated deadline ahead'];
  if (s.overdue.length) parts.push(`${s.overdue.length} overdue`);
  return parts.join('; ');
}

export { messageId };
