/**
 * Side work that runs beside the incident's clocks: emails waiting to go (the outbox) and record exports,
 * each with bounded retries, and what the incident shows while one fails. Deadlines, overdue marks and
 * escalations never wait on it. Pure: the workflow calls these and does the I/O.
 */
import { effectProblemNotice, type EmailMessage } from '../email';
import type { AuditEvent, EffectProblem, IncidentStatus } from '../status';
import { HOUR, ms, nowIso, record, type IncidentState, type OpeningSent } from './state';

/** An email to send, and what to write in the audit trail once it is sent. */
export interface OutboxItem {
  email: EmailMessage;
  audit: { type: string; detail: string };
  attempts: number;
  firstFailedAt?: string;
}

const MINUTE = 60_000;
/** After this long failing, a transient failure is treated as permanent: recorded and escalated. */
export const EMAIL_GIVE_UP_MS = 72 * HOUR;
/** Pause before the next try: 10 minutes doubling, at most 6 hours (bounded history while a server is down). */
export const retryPauseMs = (attempts: number): number => Math.min(10 * MINUTE * 2 ** Math.max(0, attempts - 1), 6 * HOUR);

export function enqueueEmail(state: IncidentState, email: EmailMessage, type: string, detail: string): OutboxItem {
  const item: OutboxItem = { email, audit: { type, detail }, attempts: 0 };
  (state.outbox ??= []).push(item);
  return item;
}

function dequeue(state: IncidentState, item: OutboxItem): void {
  state.outbox = (state.outbox ?? []).filter((x) => x !== item);
}

function setProblem(state: IncidentState, effect: EffectProblem['effect'], detail: string, now: number): EffectProblem {
  const problems = (state.status.effectProblems ??= []);
  let p = problems.find((x) => x.effect === effect);
  if (!p) problems.push((p = { effect, since: nowIso(now), lastAt: nowIso(now), attempts: 0, detail }));
  p.attempts += 1;
  p.lastAt = nowIso(now);
  p.detail = detail.slice(0, 300);
  return p;
}

function clearProblem(state: IncidentState, effect: EffectProblem['effect'], now: number, what: string): void {
  const p = state.status.effectProblems?.find((x) => x.effect === effect);
  if (!p) return;
  state.status.effectProblems = state.status.effectProblems!.filter((x) => x !== p);
  if (!state.status.effectProblems.length) delete state.status.effectProblems;
  record(state, now, 'breachclock', `${effect === 'records' ? 'recordExport' : 'email'}Recovered`, `${what} after ${p.attempts} failed attempt(s) since ${p.since}`);
}

export function emailSent(state: IncidentState, item: OutboxItem, now: number): void {
  dequeue(state, item);
  recordSent(state, item.audit, item.email.messageId, item.email.to.length, now);
}

/** An email delivered outside the outbox (the opening summary, sent by the planning activity with the plan). */
export function emailSentWithPlan(state: IncidentState, audit: OutboxItem['audit'], sent: OpeningSent, now: number): void {
  recordSent(state, audit, sent.messageId, sent.recipients, now);
}

function recordSent(state: IncidentState, audit: OutboxItem['audit'], messageId: string, recipients: number, now: number): void {
  record(state, now, 'breachclock', audit.type, `${audit.detail}: ${messageId} to ${recipients} recipient(s)`);
  if (!(state.outbox ?? []).some((x) => x.attempts > 0)) clearProblem(state, 'email', now, 'mail delivered again');
}


/** A send that failed for now: the pause before the next try, or null once it has failed too long. */
export function emailDelayed(state: IncidentState, item: OutboxItem, reason: string, now: number): number | null {
  item.attempts += 1;
  item.firstFailedAt ??= nowIso(now);
  setProblem(state, 'email', `${item.email.messageId}: ${reason}`, now);
  if (item.attempts === 1) record(state, now, 'breachclock', 'emailDelayed', `${item.email.messageId}: ${reason}; retrying`);
  if (now - ms(item.firstFailedAt) >= EMAIL_GIVE_UP_MS) return null;
  return retryPauseMs(item.attempts);
}

/** Gives up on an email (refused for good, or failing too long); the failure is recorded by the caller. */
export function emailDropped(state: IncidentState, item: OutboxItem): void {
  dequeue(state, item); // the email problem stays until mail is delivered again
}

/**
 * A record export that failed: recorded once per streak, the owner emailed once per streak (returns that
 * email), and the pause before the next try.
 */
export function exportFailed(state: IncidentState, what: string, reason: string, now: number): { pauseMs: number; alert?: EmailMessage } {
  const fresh = !state.status.effectProblems?.some((p) => p.effect === 'records');
  const p = setProblem(state, 'records', `${what}: ${reason}`, now);
  if (!fresh) return { pauseMs: retryPauseMs(p.attempts) };
  state.exportStreak = (state.exportStreak ?? 0) + 1;
  record(state, now, 'breachclock', 'recordExportFailed', `${what}: ${reason}; retrying`);
  const c = state.incident.contacts;
  return { pauseMs: retryPauseMs(p.attempts), alert: effectProblemNotice(state.status, 'records', p.detail, state.exportStreak, [c.owner]) };
}

export function exportSucceeded(state: IncidentState, version: number, now: number): void {
  state.recordsExported = version;
  record(state, now, 'breachclock', 'recordExported', `record version ${version}`);
  clearProblem(state, 'records', now, `record version ${version} written`);
}

/** Audit events kept in the workflow; older ones go to the record store in pages (status.eventsPagedOut counts them). */
export const AUDIT_EVENTS_KEPT = 400;
export const AUDIT_PAGE = 200;

/** The oldest page of the audit trail, once it is longer than the workflow keeps; null when none is due. */
export function auditPageDue(state: IncidentState): { page: number; events: AuditEvent[] } | null {
  if (state.status.events.length <= AUDIT_EVENTS_KEPT) return null;
  return { page: (state.auditPagesExported ?? 0) + 1, events: state.status.events.slice(0, AUDIT_PAGE) };
}

/** The page is in the record store: drop it from the workflow's state. */
export function auditPageExported(state: IncidentState, page: number, count: number): void {
  state.auditPagesExported = page;
  state.status.events = state.status.events.slice(count);
  state.status.eventsPagedOut = (state.status.eventsPagedOut ?? 0) + count;
}

/**
 * The status as the `status` query answers it: the newest audit entries only, so the answer stays well under
 * Temporal's blob limits even while the record store refuses pages and the trail in the state grows.
 */
export function statusView(state: IncidentState): IncidentStatus {
  const events = state.status.events;
  // The licensee's own zone reads the incident's own dates (audit trail, company targets) and defaults the forms.
  const licenseeState = state.incident.licensee.domicileState;
  if (events.length <= AUDIT_EVENTS_KEPT) return { ...state.status, licenseeState };
  return { ...state.status, licenseeState, events: events.slice(-AUDIT_EVENTS_KEPT), eventsNotShown: events.length - AUDIT_EVENTS_KEPT };
}
