/**
 * Four eyes: closing while notices are still owed, and a regulator's directive that moves a date, take a
 * second person's sign-off. The first request is held as a pending change (the status shows it, the
 * escalation list is emailed); it applies only when someone else, with the approver or admin role, approves.
 * Pure: who may send what, and what would be refused, is decided in refusals.ts (the update validator runs it alone).
 */
import { pendingApprovalNotice, type EmailMessage } from '../email';
import type { FieldProblem } from '../incident';
import { FOUR_EYES_MESSAGES, type MessageName } from '../message-names';
import type { ApproveChange, RejectChange } from '../messages';
import type { PendingChange } from '../status';
import { nowIso, record, type IncidentState, type Sender, type Who } from './state';
import { decision } from './refusals';

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

function summaryOf(name: FourEyesMessage, m: Record<string, unknown>): string {
  return name === 'closeIncident' ? 'close the incident although notices are still owed (override)' : `set ${String(m.obligationId)} due ${String(m.dueAt)} as a regulator directed`;
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

/** The second sign-off: by someone other than who asked, with the approver or admin role; the change applies as asked. */
export function approveChange(state: IncidentState, m: ApproveChange, now: number, who: Sender, apply: (name: FourEyesMessage) => Apply): Result {
  const p = decision(state, 'approveChange', m.pendingId, who);
  if (p === 'duplicate') return { ok: true, replan: false };
  if (!('state' in p)) return { ok: false, problem: p };
  const r = apply(p.message)(state, p.payload, now, { channel: who.channel, by: p.requestedBy });
  if (!r.ok) return r;
  Object.assign(p, { state: 'approved', decidedAt: nowIso(now), decidedBy: who.by, ...(m.note ? { note: m.note } : {}) });
  record(state, now, who, 'changeApproved', `${p.id} approved (asked by ${p.requestedBy.displayName}): ${p.summary}`);
  return r;
}

/** Rejected by an approver, or withdrawn by who asked: nothing of it applies. */
export function rejectChange(state: IncidentState, m: RejectChange, now: number, who: Sender): Result {
  const p = decision(state, 'rejectChange', m.pendingId, who);
  if (p === 'duplicate') return { ok: true, replan: false };
  if (!('state' in p)) return { ok: false, problem: p };
  const own = who.by!.subject === p.requestedBy.subject;
  Object.assign(p, { state: 'rejected', decidedAt: nowIso(now), decidedBy: who.by!, note: m.reason });
  record(state, now, who, 'changeRejected', `${p.id} ${own ? 'withdrawn' : 'rejected'}: ${m.reason}`);
  return { ok: true, replan: false };
}
