/**
 * The incident's running state and every decision about it, as pure functions the workflow calls:
 * applying a message, merging a new plan, what went overdue, when to wake next. No Temporal, no clock
 * reads (`now` is handed in), no luxon: this module is bundled into the workflow.
 */
import type { Incident } from './incident';
import type {
  CloseIncident,
  ConsumerNoticeScheduled,
  ObligationCompleted,
  RegulatorDirective,
  ResidentsUpdate,
  ThirdPartyNotice,
} from './messages';
import type { Plan, PlanFacts } from './planner';
import type { AuditEvent, IncidentStatus, ObligationStatus } from './status';

export interface IncidentState {
  incident: Incident;
  facts: PlanFacts;
  status: IncidentStatus;
}

const ms = (iso: string): number => Date.parse(iso);
const nowIso = (now: number): string => new Date(now).toISOString();

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
    },
  };
}

export function record(state: IncidentState, now: number, actor: string, type: string, detail: string): AuditEvent {
  const e = { at: nowIso(now), actor, type, detail };
  state.status.events.push(e);
  return e;
}

/** Takes a (re)computed plan, keeping what is already done and what reminders were sent. */
export function applyPlan(state: IncidentState, plan: Plan, now: number): void {
  const before = new Map(state.status.obligations.map((o) => [o.id, o]));
  state.status.obligations = plan.obligations.map((o): ObligationStatus => {
    const prev = before.get(o.id);
    const done = prev?.state === 'done';
    return {
      ...o,
      state: done ? 'done' : 'pending',
      completedAt: prev?.completedAt ?? null,
      ...(prev?.completedBy ? { completedBy: prev.completedBy } : {}),
      ...(prev?.reference ? { reference: prev.reference } : {}),
      remindersSent: prev?.remindersSent ?? 0,
    };
  });
  // An obligation that is no longer owed (for example after a directive) keeps its record if done.
  for (const prev of before.values()) {
    if (prev.state === 'done' && !state.status.obligations.some((o) => o.id === prev.id)) {
      state.status.obligations.push(prev);
    }
  }
  state.status.notApplicable = plan.notApplicable;
  state.status.uncovered = plan.uncovered;
  if (state.status.phase === 'planning') state.status.phase = 'open';
  refreshOverdue(state, now);
}

/** Marks pending obligations whose deadline has passed as overdue; returns those newly overdue. */
export function refreshOverdue(state: IncidentState, now: number): ObligationStatus[] {
  const newly: ObligationStatus[] = [];
  for (const o of state.status.obligations) {
    if (o.state === 'pending' && o.dueAt && ms(o.dueAt) < now) {
      o.state = 'overdue';
      newly.push(o);
    } else if (o.state === 'overdue' && o.dueAt && ms(o.dueAt) >= now) {
      o.state = 'pending'; // a regulator's direction moved the date later
    }
  }
  state.status.overdue = state.status.obligations.filter((o) => o.state === 'overdue').map((o) => o.id);
  state.status.nextWakeAt = nextDeadline(state);
  return newly;
}

/** The earliest deadline still ahead (the next thing to wake for). */
export function nextDeadline(state: IncidentState): string | null {
  let best: string | null = null;
  for (const o of state.status.obligations) {
    if (o.state !== 'pending' || !o.dueAt) continue;
    if (best === null || ms(o.dueAt) < ms(best)) best = o.dueAt;
  }
  return best;
}

export type Applied = { ok: true; replan: boolean } | { ok: false; error: string };

export function applyObligationCompleted(state: IncidentState, m: ObligationCompleted, now: number, actor: string): Applied {
  const o = state.status.obligations.find((x) => x.id === m.obligationId);
  if (!o) return { ok: false, error: `obligationId: ${m.obligationId} is not an obligation of this incident` };
  if (o.state === 'done') return { ok: true, replan: false }; // duplicate delivery: already recorded
  o.state = 'done';
  o.completedAt = m.completedAt;
  o.completedBy = m.completedBy;
  if (m.reference) o.reference = m.reference;
  record(state, now, actor, 'obligationCompleted', `${m.obligationId} done at ${m.completedAt} by ${m.completedBy}${m.reference ? ` (ref ${m.reference})` : ''}`);
  refreshOverdue(state, now);
  return { ok: true, replan: false };
}

export function applyThirdPartyNotice(state: IncidentState, m: ThirdPartyNotice, now: number, actor: string): Applied {
  const prev = state.incident.thirdParty;
  const provider = m.provider ?? prev?.provider;
  if (!provider) return { ok: false, error: 'provider: name the third-party service provider' };
  state.incident = {
    ...state.incident,
    thirdParty: {
      ...prev,
      provider,
      ...(m.notifiedLicenseeAt ? { notifiedLicenseeAt: m.notifiedLicenseeAt } : {}),
      ...(m.actualKnowledgeAt ? { actualKnowledgeAt: m.actualKnowledgeAt } : {}),
    },
  };
  record(state, now, actor, 'thirdPartyNotice', `provider notice recorded (${[m.notifiedLicenseeAt && `notified ${m.notifiedLicenseeAt}`, m.actualKnowledgeAt && `actual knowledge ${m.actualKnowledgeAt}`].filter(Boolean).join(', ')})`);
  return { ok: true, replan: true };
}

export function applyResidentsUpdate(state: IncidentState, m: ResidentsUpdate, now: number, actor: string): Applied {
  state.incident = { ...state.incident, residents: { ...state.incident.residents, [m.state]: m.count } };
  record(state, now, actor, 'residentsUpdate', `${m.state} best estimate ${m.count} as of ${m.asOf}`);
  return { ok: true, replan: true };
}

export function applyConsumerNoticeScheduled(state: IncidentState, m: ConsumerNoticeScheduled, now: number, actor: string): Applied {
  state.facts = { ...state.facts, consumerNoticeScheduled: { ...state.facts.consumerNoticeScheduled, [m.state]: m.scheduledFor } };
  record(state, now, actor, 'consumerNoticeScheduled', `${m.state} consumer notice scheduled for ${m.scheduledFor}`);
  return { ok: true, replan: true };
}

export function applyRegulatorDirective(state: IncidentState, m: RegulatorDirective, now: number, actor: string): Applied {
  state.facts = {
    ...state.facts,
    regulatorDirectives: { ...state.facts.regulatorDirectives, [m.obligationId]: { dueAt: m.dueAt, ...(m.note ? { note: m.note } : {}) } },
  };
  record(state, now, actor, 'regulatorDirective', `${m.obligationId} due ${m.dueAt} as directed`);
  return { ok: true, replan: true };
}

/** Closes once nothing is owed with a date, or with a recorded override. */
export function applyClose(state: IncidentState, m: CloseIncident, now: number, actor: string): Applied {
  const owed = state.status.obligations.filter((o) => (o.state === 'pending' || o.state === 'overdue') && o.dueAt);
  if (owed.length && !m.override) {
    return { ok: false, error: `closeIncident: still owed: ${owed.map((o) => o.id).join(', ')} (set override to close anyway)` };
  }
  state.status.phase = 'closed';
  state.status.nextWakeAt = null;
  record(state, now, actor, 'closeIncident', `${m.override && owed.length ? 'closed with override' : 'closed'}: ${m.reason}`);
  return { ok: true, replan: false };
}

/** Text for the Temporal UI's summary line, e.g. "MO/regulator-notice due 2026-11-30; 1 overdue". */
export function summaryLine(state: IncidentState): string {
  const s = state.status;
  if (s.phase === 'closed') return `${s.incidentId} closed`;
  const next = s.obligations
    .filter((o) => o.state === 'pending' && o.dueAt)
    .sort((a, b) => ms(a.dueAt!) - ms(b.dueAt!))[0];
  const parts = [next ? `${next.id} due ${next.dueAt!.slice(0, 10)}` : 'no dated deadline ahead'];
  if (s.overdue.length) parts.push(`${s.overdue.length} overdue`);
  return parts.join('; ');
}
