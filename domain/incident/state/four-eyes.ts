/**
 * Four eyes: closing while notices are still owed, and a regulator's directive that moves a date, take a
 * second person's sign-off. The first request is held as a pending change (the status shows it, the
 * escalation list is emailed); it applies only when someone else, with the approver or admin role, approves.
 * Pure: the workflow's update validator runs these on a copy, its handler on the state.
 */
import { mayAct } from '../roles';
import { pendingApprovalNotice, type EmailMessage } from '../email';
import type { FieldProblem } from '../incident';
import { FOUR_EYES_MESSAGES, type MessageName } from '../message-names';
import type { ApproveChange, RejectChange } from '../messages';
import type { PendingChange } from '../status';
import { clone, nowIso, record, type IncidentState, type Sender, type Who } from './state';

export type FourEyesMessage = (typeof FOUR_EYES_MESSAGES)[number];
export const isFourEyes = (name: MessageName): name is FourEyesMessage => (FOUR_EYES_MESSAGES as readonly string[]).includes(name);

/** An email the workflow sends once a message is taken, and how the audit trail records it once sent. */
export interface QueuedEmail {
  email: EmailMessage;
  type: string;
  detail: string;
}

type Result = { ok: true; replan: boolean; emails?: QueuedEmail[] } | { ok: false; problem: FieldProblem };
type Apply = (state: IncidentState, m: Record<string, unknown>, now: number, who: Who) => Result;
const refused = (path: string, message: string): Result => ({ ok: false, problem: { path, message } });
const whoWords = (who: Sender) => (who.by ? `${who.by.displayName} (${who.by.subject}, ${who.by.role})` : who.channel);

/** A viewer reads only: news needs a responder, a second sign-off an approver (or admin). */
export function senderRefusal(name: MessageName, who: Sender): FieldProblem | null {
  if (!who.by) return null;
  const needed = name === 'approveChange' ? 'approver' : 'responder';
  // Anyone may withdraw their own request; rejecting someone else's takes an approver (checked when decided).
  if (name === 'rejectChange' || mayAct(who.by, needed)) return null;
  return { path: 'actor', message: `${whoWords(who)} may not ${name === 'approveChange' ? 'approve changes: an approver or admin must' : 'record news: a responder, approver or admin must'}` };
}

/**
 * Whether the message, as it would apply now, needs a second sign-off: a close with the override while
 * something is still owed, or a directive that would change a date (one the applier refuses, or a duplicate,
 * is left to the applier, which answers it as it always did).
 */
export function needsSecondSignOff(state: IncidentState, name: MessageName, m: Record<string, unknown>, now: number, who: Sender, apply: Apply): boolean {
  if (!isFourEyes(name)) return false;
  if (name === 'closeIncident') return m.override === true && state.status.phase !== 'closed' && !apply(clone(state), { ...m, override: false }, now, who).ok;
  const dry = clone(state);
  const before = dry.status.events.length;
  return apply(dry, m, now, who).ok && dry.status.events.length > before;
}

function summaryOf(name: FourEyesMessage, m: Record<string, unknown>): string {
  return name === 'closeIncident' ? 'close the incident although notices are still owed (override)' : `set ${String(m.obligationId)} due ${String(m.dueAt)} as a regulator directed`;
}

/** Signals have no validator: a change that needs a second sign-off but names nobody is refused there too. */
export function unsignedChangeRefusal(state: IncidentState, name: MessageName, m: Record<string, unknown>, now: number, apply: Apply): FieldProblem | null {
  if (m.actor !== undefined || !needsSecondSignOff(state, name, m, now, { channel: 'check' }, apply)) return null;
  return { path: 'actor', message: `${name} needs a second sign-off, so it must say who asks: send it with breachclock (CLI or console)` };
}

/** Holds the change as pending (the same request again is a duplicate) and emails the escalation list. */
export function requestChange(state: IncidentState, name: FourEyesMessage, m: Record<string, unknown>, now: number, who: Sender & { by: NonNullable<Sender['by']> }): Result {
  const pending = (state.status.pendingChanges ??= []);
  const same = pending.find((p) => p.state === 'pending' && p.message === name && p.requestedBy.subject === who.by.subject && JSON.stringify(p.payload) === JSON.stringify(m));
  if (same) return { ok: true, replan: false };
  const p: PendingChange = { id: `P${pending.length + 1}`, message: name, payload: m, summary: summaryOf(name, m), requestedAt: nowIso(now), requestedBy: who.by, state: 'pending' };
  pending.push(p);
  record(state, now, who, 'changeRequested', `${p.id}: ${p.summary}; waits for a second sign-off`);
  const c = state.incident.contacts;
  const to = c.escalation.length ? c.escalation : [c.owner];
  return { ok: true, replan: false, emails: [{ email: pendingApprovalNotice(state.status, p, to), type: 'emailSent', detail: `second sign-off requested for ${p.id}` }] };
}

function pendingOf(state: IncidentState, id: string): PendingChange | FieldProblem {
  const p = state.status.pendingChanges?.find((x) => x.id === id);
  if (!p) return { path: 'pendingId', message: `${id} is not a change of this incident` };
  return p;
}

/** The second sign-off: by someone other than who asked, with the approver or admin role; the change applies as asked. */
export function approveChange(state: IncidentState, m: ApproveChange, now: number, who: Sender, apply: (name: FourEyesMessage) => Apply): Result {
  const p = pendingOf(state, m.pendingId);
  if (!('state' in p)) return { ok: false, problem: p };
  if (p.state === 'approved' && p.decidedBy?.subject === who.by?.subject) return { ok: true, replan: false }; // duplicate delivery
  if (p.state !== 'pending') return refused('pendingId', `${p.id} was already ${p.state}${p.decidedBy ? ` by ${p.decidedBy.displayName}` : ''}`);
  if (!who.by) return refused('actor', 'a second sign-off must say who gives it: send it with breachclock (CLI or console)');
  if (who.by.subject === p.requestedBy.subject) {
    return refused('actor', `${who.by.displayName} asked for ${p.id}; the second sign-off must come from someone else (an approver or admin)`);
  }
  if (!mayAct(who.by, 'approver')) return refused('actor', `${whoWords(who)} may not approve changes: an approver or admin must`);
  const r = apply(p.message)(state, p.payload, now, { channel: who.channel, by: p.requestedBy });
  if (!r.ok) return r;
  Object.assign(p, { state: 'approved', decidedAt: nowIso(now), decidedBy: who.by, ...(m.note ? { note: m.note } : {}) });
  record(state, now, who, 'changeApproved', `${p.id} approved (asked by ${p.requestedBy.displayName}): ${p.summary}`);
  return r;
}

/** Rejected by an approver, or withdrawn by who asked: nothing of it applies. */
export function rejectChange(state: IncidentState, m: RejectChange, now: number, who: Sender): Result {
  const p = pendingOf(state, m.pendingId);
  if (!('state' in p)) return { ok: false, problem: p };
  if (p.state === 'rejected' && p.decidedBy?.subject === who.by?.subject) return { ok: true, replan: false }; // duplicate delivery
  if (p.state !== 'pending') return refused('pendingId', `${p.id} was already ${p.state}`);
  if (!who.by) return refused('actor', 'a rejection must say who gives it: send it with breachclock (CLI or console)');
  const own = who.by.subject === p.requestedBy.subject;
  if (!own && !mayAct(who.by, 'approver')) return refused('actor', `${whoWords(who)} may not reject changes: an approver or admin must (or whoever asked may withdraw it)`);
  Object.assign(p, { state: 'rejected', decidedAt: nowIso(now), decidedBy: who.by, note: m.reason });
  record(state, now, who, 'changeRejected', `${p.id} ${own ? 'withdrawn' : 'rejected'}: ${m.reason}`);
  return { ok: true, replan: false };
}
