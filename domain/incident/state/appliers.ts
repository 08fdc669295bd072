/**
 * How each message changes the incident: one applier per message, and the checks every message meets first
 * (sense in time, closed incidents). Each names the field it refuses.
 */
import type { EventDetails } from '../incident';
import { investigationStatus } from '../investigation';
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
  MessageMap,
  MessageName,
} from '../messages';
import type { FieldProblem } from '../incident';
import { isRecordRetention } from '../status';
import { FILED_KINDS, recordFiling } from './filings';
import { messageFutureProblems } from '../time-sense';
import { ms, nowIso, record, senderOf, type IncidentState, type Sender, type Who } from './state';
import { refresh, skipPastFollowUpReminders } from './schedule';
import type { Actor } from '../actor';
import { approveChange, rejectChange, requestChange, type FourEyesMessage, type QueuedEmail } from './four-eyes';
import { closeBlockers, needsSecondSignOff, obligationOf, sameDirective, senderRefusal, stateRefusal, trackedFollowUp, unsignedRefusal } from './refusals';

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
export function messageRefusal(state: IncidentState, name: MessageName, m: Record<string, unknown>, now?: number): FieldProblem | null {
  if (now !== undefined) {
    const future = messageFutureProblems(name, m, now);
    if (future.length) return future[0];
  }
  if (state.status.phase === 'closed' && name !== 'closeIncident') {
    return { path: 'incidentId', message: `${state.status.incidentId} is closed; news is no longer recorded (its records are kept)` };
  }
  const when = (v: unknown) => (typeof v === 'string' ? ms(v) : NaN);
  const beforeStart = (field: string, v: unknown, start: number, what: string) =>
    when(v) < start ? { path: field, message: `${String(v)} is before ${what} (${new Date(start).toISOString()})` } : null;
  const first = earliestKnown(state);
  const checks: Array<FieldProblem | null> = [];
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

/** What applying a message did: taken (and whether the plan must be made again), or refused naming the field. */
export type Applied = { ok: true; replan: boolean; emails?: QueuedEmail[] } | { ok: false; problem: FieldProblem };

export function applyObligationCompleted(state: IncidentState, m: ObligationCompleted, now: number, actor: Who): Applied {
  const o = obligationOf(state, m.obligationId);
  if (!('state' in o)) return { ok: false, problem: o };
  if (o.state === 'done' && o.completedAt === m.completedAt) return { ok: true, replan: false }; // duplicate delivery
  o.state = 'done';
  o.completedAt = m.completedAt;
  o.completedBy = m.completedBy;
  if (m.reference) o.reference = m.reference;
  delete o.note;
  delete state.nextRungAt[o.id];
  record(state, now, actor, 'obligationCompleted', `${m.obligationId} done at ${m.completedAt} by ${m.completedBy}${m.reference ? ` (ref ${m.reference})` : ''}`);
  if (FILED_KINDS.includes(o.kind)) recordFiling(state, o, m, senderOf(actor).by);
  refresh(state, now);
  // Consumers told: clocks that run from the consumer notice start now (e.g. Iowa Code § 715C.2(8), five business days).
  if (o.kind === 'consumer-notice' && state.facts.consumerNoticeGivenAt?.[o.jurisdiction] !== m.completedAt) {
    state.facts = { ...state.facts, consumerNoticeGivenAt: { ...state.facts.consumerNoticeGivenAt, [o.jurisdiction]: m.completedAt } };
    return { ok: true, replan: true };
  }
  return { ok: true, replan: false };
}

/**
 * The continuing duty to update (RSMo 375.1410.2; RSA 420-P:6 II): where a regulator notice was filed,
 * a material change re-opens that state's `regulator-update` with the reason.
 */
export function supplementOwed(state: IncidentState, now: number, why: string, onlyState?: string): void {
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

export function applyThirdPartyNotice(state: IncidentState, m: ThirdPartyNotice, now: number, actor: Who): Applied {
  const prev = state.incident.thirdParty;
  const refusal = stateRefusal(state, 'thirdPartyNotice', m);
  if (refusal) return { ok: false, problem: refusal };
  const provider = (m.provider ?? prev?.provider)!;
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

export function applyResidentsUpdate(state: IncidentState, m: ResidentsUpdate, now: number, actor: Who): Applied {
  const previous = state.incident.residents[m.state] ?? 0;
  if (previous === m.count) return { ok: true, replan: false }; // no change, nothing to re-plan
  state.incident = { ...state.incident, residents: { ...state.incident.residents, [m.state]: m.count } };
  record(state, now, actor, 'residentsUpdate', `${m.state} best estimate ${m.count} as of ${m.asOf}`);
  // RSMo 375.1410.2(9) / RSA 420-P:6 II(i): once a notice is filed, a new count is a material change to report.
  supplementOwed(state, now, `${m.state} consumer count changed from ${previous} to ${m.count}`, m.state);
  return { ok: true, replan: true };
}

export function applyConsumerNoticeScheduled(state: IncidentState, m: ConsumerNoticeScheduled, now: number, actor: Who): Applied {
  if (state.facts.consumerNoticeScheduled?.[m.state] === m.scheduledFor) return { ok: true, replan: false }; // duplicate
  state.facts = { ...state.facts, consumerNoticeScheduled: { ...state.facts.consumerNoticeScheduled, [m.state]: m.scheduledFor } };
  record(state, now, actor, 'consumerNoticeScheduled', `${m.state} consumer notice scheduled for ${m.scheduledFor}`);
  return { ok: true, replan: true };
}

export function applyRegulatorDirective(state: IncidentState, m: RegulatorDirective, now: number, actor: Who): Applied {
  const refusal = stateRefusal(state, 'regulatorDirective', m);
  if (refusal) return { ok: false, problem: refusal };
  if (sameDirective(state, m)) return { ok: true, replan: false }; // duplicate
  state.facts = {
    ...state.facts,
    regulatorDirectives: { ...state.facts.regulatorDirectives, [m.obligationId]: { dueAt: m.dueAt, ...(m.note ? { note: m.note } : {}) } },
  };
  record(state, now, actor, 'regulatorDirective', `${m.obligationId} due ${m.dueAt} as directed`);
  return { ok: true, replan: true };
}

export function applyEventDetailsUpdate(state: IncidentState, m: EventDetailsUpdate, now: number, actor: Who): Applied {
  const prev: EventDetails = state.incident.eventDetails ?? {};
  const changed = (Object.keys(m) as Array<keyof EventDetails>).filter((k) => JSON.stringify(prev[k]) !== JSON.stringify(m[k]));
  if (!changed.length) return { ok: true, replan: false }; // nothing new (a duplicate delivery)
  const refusal = stateRefusal(state, 'eventDetailsUpdate', m);
  if (refusal) return { ok: false, problem: refusal };
  const merged: EventDetails = { ...prev, ...m };
  state.incident = { ...state.incident, eventDetails: merged };
  if (state.status.investigation) state.status.investigation = investigationStatus(state.status.investigation, state.incident);
  // Field names only in the audit trail: the text itself lives in the incident record and the report.
  record(state, now, actor, 'eventDetailsUpdate', `updated ${changed.join(', ')}`);
  supplementOwed(state, now, `event details changed (${changed.join(', ')})`);
  return { ok: true, replan: false };
}

export function applyFollowUpPlanned(state: IncidentState, m: FollowUpPlanned, now: number, actor: Who): Applied {
  const f = trackedFollowUp(state, m.followUpId);
  if (!('state' in f)) return { ok: false, problem: f };
  if ((m.owner ?? f.owner) === f.owner && (m.targetAt === undefined || m.targetAt === f.target.at)) return { ok: true, replan: false };
  if (m.owner) f.owner = m.owner;
  if (m.targetAt && m.targetAt !== f.target.at) {
    f.target = { at: m.targetAt, source: `set by ${senderOf(actor).by?.displayName ?? senderOf(actor).channel} at ${nowIso(now)}: a company target, not a legal deadline` };
    skipPastFollowUpReminders(state, f, now);
  }
  record(state, now, actor, 'followUpPlanned', `${f.id}: ${[m.owner && 'owner changed', m.targetAt && `target ${m.targetAt}`].filter(Boolean).join(', ')}`);
  refresh(state, now);
  return { ok: true, replan: false };
}

export function applyFollowUpCompleted(state: IncidentState, m: FollowUpCompleted, now: number, actor: Who): Applied {
  const f = trackedFollowUp(state, m.followUpId);
  if (!('state' in f)) return { ok: false, problem: f };
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

/** Closes once nothing is owed (dated obligations, follow-ups, supplements), or with a recorded override. */
export function applyClose(state: IncidentState, m: CloseIncident, now: number, actor: Who): Applied {
  if (state.status.phase === 'closed') return { ok: true, replan: false };
  const refusal = stateRefusal(state, 'closeIncident', m);
  if (refusal) return { ok: false, problem: refusal };
  const owed = closeBlockers(state);
  state.status.phase = 'closed';
  state.status.nextWakeAt = null;
  state.nextRungAt = {};
  for (const o of state.status.obligations) if ((o.state === 'pending' || o.state === 'overdue') && !isRecordRetention(o)) o.state = 'unfiled-at-close';
  // A closed incident takes no news, so a change still waiting for its sign-off can never apply.
  for (const p of state.status.pendingChanges ?? []) if (p.state === 'pending') Object.assign(p, { state: 'rejected', decidedAt: nowIso(now), note: 'the incident closed first' });
  state.status.overdue = [];
  record(state, now, actor, 'closeIncident', `${m.override && owed.length ? `closed with override (still owed: ${owed.join(', ')})` : 'closed'}: ${m.reason}`);
  return { ok: true, replan: false };
}

export type Applier<M> = (state: IncidentState, m: M, now: number, actor: Who) => Applied;

/** One applier per message name: the registry the workflow's handlers dispatch through. */
export const APPLIERS: { readonly [K in MessageName]: Applier<MessageMap[K]> } = {
  thirdPartyNotice: applyThirdPartyNotice,
  residentsUpdate: applyResidentsUpdate,
  obligationCompleted: applyObligationCompleted,
  consumerNoticeScheduled: applyConsumerNoticeScheduled,
  regulatorDirective: applyRegulatorDirective,
  closeIncident: applyClose,
  eventDetailsUpdate: applyEventDetailsUpdate,
  followUpPlanned: applyFollowUpPlanned,
  followUpCompleted: applyFollowUpCompleted,
  approveChange: (state, m, now, who) => approveChange(state, m, now, senderOf(who), (name) => APPLIERS[name] as Applier<Record<string, unknown>>),
  rejectChange: (state, m, now, who) => rejectChange(state, m, now, senderOf(who)),
};

/**
 * The one check of a message against the incident, without changing it: what `applyMessage` would refuse
 * now (sense in time, a closed incident, the sender's role, a change that names nobody, the applier's own
 * refusals). The update validator runs this alone; a change held for a second sign-off is not refused.
 */
export function refusalOf<K extends MessageName>(state: IncidentState, name: K, m: MessageMap[K], now: number, channel: string): FieldProblem | null {
  const first = messageRefusal(state, name, m, now);
  if (first) return first;
  const { actor: by, ...fields } = m as MessageMap[K] & { actor?: Actor };
  const who: Sender = by ? { channel, by } : { channel };
  const sender = senderRefusal(name, who) ?? unsignedRefusal(state, name, m as Record<string, unknown>);
  if (sender) return sender;
  if (who.by && needsSecondSignOff(state, name, fields)) return null;
  return stateRefusal(state, name, fields as MessageMap[K], who);
}

/**
 * Applies a parsed message after the checks every message meets (sense in time, a closed incident, the
 * sender's role), or holds a change that needs a second sign-off as pending. The sender travels inside the
 * message (`actor`) and is taken out here: appliers get the message's own fields and who sent it.
 */
export function applyMessage<K extends MessageName>(state: IncidentState, name: K, m: MessageMap[K], now: number, channel: string): Applied {
  const refusal = messageRefusal(state, name, m, now);
  if (refusal) return { ok: false, problem: refusal };
  const { actor: by, ...fields } = m as MessageMap[K] & { actor?: Actor };
  const who: Sender = by ? { channel, by } : { channel };
  const roleRefusal = senderRefusal(name, who);
  if (roleRefusal) return { ok: false, problem: roleRefusal };
  const apply = APPLIERS[name] as Applier<Record<string, unknown>>;
  // Histories recorded before actors carry none: their changes applied at once, and replay must do the same.
  if (who.by && needsSecondSignOff(state, name, fields)) return requestChange(state, name as FourEyesMessage, fields, now, { ...who, by: who.by });
  return apply(state, fields, now, who);
}
