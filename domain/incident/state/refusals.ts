/**
 * Why the incident would refuse a message, without changing anything: the one check the workflow's update
 * validator runs (once, on the parsed message) and each applier runs before it changes the state. Pure.
 */
import { directiveRefusal } from '../directive';
import type { FollowUpStatus } from '../follow-ups';
import type { FieldProblem } from '../incident';
import type { MessageMap, MessageName } from '../messages';
import { mayAct } from '../roles';
import { isRecordRetention, type ObligationStatus, type PendingChange } from '../status';
import type { IncidentState, Sender } from './state';

const problem = (path: string, message: string): FieldProblem => ({ path, message });
const whoWords = (who: Sender) => (who.by ? `${who.by.displayName} (${who.by.subject}, ${who.by.role})` : who.channel);

export function obligationOf(state: IncidentState, id: unknown): ObligationStatus | FieldProblem {
  return state.status.obligations.find((x) => x.id === id) ?? problem('obligationId', `${String(id)} is not an obligation of this incident`);
}

export function trackedFollowUp(state: IncidentState, id: string): FollowUpStatus | FieldProblem {
  const f = state.status.followUps?.find((x) => x.id === id);
  if (!f) return problem('followUpId', `${id} is not tracked for this incident`);
  if (f.state === 'not-applicable') return problem('followUpId', `${id} does not apply here: ${f.reason ?? ''}`.trim());
  return f;
}

export function pendingOf(state: IncidentState, id: string): PendingChange | FieldProblem {
  return state.status.pendingChanges?.find((x) => x.id === id) ?? problem('pendingId', `${id} is not a change of this incident`);
}

const isProblem = (x: object): x is FieldProblem => 'path' in x && 'message' in x && !('state' in x);
const refusalIn = (x: object): FieldProblem | null => (isProblem(x) ? x : null);

/**
 * What still stands in the way of closing: dated obligations; and, for incidents under the close-out
 * rules (those with follow-ups), open follow-ups and supplements owed.
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

/** A directive already recorded exactly so: a second delivery changes nothing. */
export const sameDirective = (state: IncidentState, m: MessageMap['regulatorDirective']): boolean => {
  const prev = state.facts.regulatorDirectives?.[m.obligationId];
  return !!prev && prev.dueAt === m.dueAt && prev.note === m.note;
};

/** Whether the change would close while something is owed, or move a date: it then takes a second sign-off. */
export function needsSecondSignOff(state: IncidentState, name: MessageName, m: Record<string, unknown>): boolean {
  if (name === 'closeIncident') return m.override === true && state.status.phase !== 'closed' && closeBlockers(state).length > 0;
  if (name !== 'regulatorDirective') return false;
  const directive = m as MessageMap['regulatorDirective'];
  return stateRefusal(state, 'regulatorDirective', directive) === null && !sameDirective(state, directive);
}

/** A second sign-off or a rejection as it stands: refused, a duplicate delivery, or the pending change to decide. */
export function decision(state: IncidentState, name: 'approveChange' | 'rejectChange', pendingId: string, who: Sender): FieldProblem | 'duplicate' | PendingChange {
  const p = pendingOf(state, pendingId);
  if (isProblem(p)) return p;
  const done = name === 'approveChange' ? 'approved' : 'rejected';
  if (p.state === done && p.decidedBy?.subject === who.by?.subject) return 'duplicate';
  if (p.state !== 'pending') return problem('pendingId', `${p.id} was already ${p.state}${p.decidedBy ? ` by ${p.decidedBy.displayName}` : ''}`);
  if (!who.by) return problem('actor', `a ${name === 'approveChange' ? 'second sign-off' : 'rejection'} must say who gives it: send it with breachclock (CLI or console)`);
  const own = who.by.subject === p.requestedBy.subject;
  if (name === 'approveChange' && own) return problem('actor', `${who.by.displayName} asked for ${p.id}; the second sign-off must come from someone else (an approver or admin)`);
  if (!own && !mayAct(who.by, 'approver')) {
    return problem('actor', `${whoWords(who)} may not ${name === 'approveChange' ? 'approve changes: an approver or admin must' : 'reject changes: an approver or admin must (or whoever asked may withdraw it)'}`);
  }
  return p;
}

/** A viewer reads only: news needs a responder, a second sign-off an approver (or admin). */
export function senderRefusal(name: MessageName, who: Sender): FieldProblem | null {
  if (!who.by) return null;
  const needed = name === 'approveChange' ? 'approver' : 'responder';
  // Anyone may withdraw their own request; rejecting someone else's takes an approver (checked when decided).
  if (name === 'rejectChange' || mayAct(who.by, needed)) return null;
  return { path: 'actor', message: `${whoWords(who)} may not ${name === 'approveChange' ? 'approve changes: an approver or admin must' : 'record news: a responder, approver or admin must'}` };
}

/** Signals have no validator: a change that needs a second sign-off but names nobody is refused there too. */
export function unsignedRefusal(state: IncidentState, name: MessageName, m: Record<string, unknown>): FieldProblem | null {
  const { actor, ...fields } = m;
  if (actor !== undefined || !needsSecondSignOff(state, name, fields)) return null;
  return { path: 'actor', message: `${name} needs a second sign-off, so it must say who asks: send it with breachclock (CLI or console)` };
}

type Check<K extends MessageName> = (state: IncidentState, m: MessageMap[K], who: Sender) => FieldProblem | null;

/** What each message's applier would refuse in the incident's present state (none: it always takes it). */
const CHECKS: { readonly [K in MessageName]: Check<K> } = {
  thirdPartyNotice: (state, m) => (m.provider ?? state.incident.thirdParty?.provider ? null : problem('provider', 'name the third-party service provider')),
  residentsUpdate: () => null,
  consumerNoticeScheduled: () => null,
  obligationCompleted: (state, m) => refusalIn(obligationOf(state, m.obligationId)),
  regulatorDirective: (state, m) => {
    const o = obligationOf(state, m.obligationId);
    return isProblem(o) ? o : directiveRefusal(o, m.dueAt);
  },
  eventDetailsUpdate: (state, m) => {
    const merged = { ...state.incident.eventDetails, ...m };
    return merged.compromisedFrom && merged.compromisedUntil && Date.parse(merged.compromisedUntil) < Date.parse(merged.compromisedFrom)
      ? problem('compromisedUntil', `must not be before compromisedFrom (${merged.compromisedFrom})`)
      : null;
  },
  followUpPlanned: (state, m) => refusalIn(trackedFollowUp(state, m.followUpId)),
  followUpCompleted: (state, m) => refusalIn(trackedFollowUp(state, m.followUpId)),
  closeIncident: (state, m) => {
    if (state.status.phase === 'closed' || m.override) return null;
    const owed = closeBlockers(state);
    return owed.length ? problem('closeIncident', `still owed: ${owed.join(', ')} (set override to close anyway)`) : null;
  },
  approveChange: (state, m, who) => {
    const d = decision(state, 'approveChange', m.pendingId, who);
    if (d === 'duplicate' || isProblem(d)) return d === 'duplicate' ? null : d;
    return stateRefusal(state, d.message, d.payload as never, { channel: who.channel, by: d.requestedBy });
  },
  rejectChange: (state, m, who) => {
    const d = decision(state, 'rejectChange', m.pendingId, who);
    return d === 'duplicate' || !isProblem(d) ? null : d;
  },
};

/** What the message's applier would refuse now, by the message's own fields (its sender taken out). */
export function stateRefusal<K extends MessageName>(state: IncidentState, name: K, m: MessageMap[K], who: Sender = { channel: 'check' }): FieldProblem | null {
  return (CHECKS[name] as Check<K>)(state, m, who);
}
