/**
 * Wording of breachclock's emails. Short, cites the section, says what to file where and when, in the
 * regulator's local time; no consumer data: no names, no counts, no free text from the incident beyond its
 * id and title. Pure (bundled into the workflow). The activity adds the console link, an HTML part and a
 * calendar (.ics) entry for each dated obligation the email carries.
 */
import type { FollowUpStatus } from './follow-ups';
import type { Reminder } from '../rules/reminders';
import { isRecordRetention, type IncidentStatus, type ObligationStatus } from './status';
import { stateName } from './states';
import { countdown, humanDay, humanTime, spanWords, writtenInStateOf } from './time-words';
import { consumerSide } from './email-consumers';
import { calendarEntry, deadlineRows, obligationTitle, type CalendarEntry, type EmailDeadline } from './email-parts';

export { pendingApprovalNotice } from './email-approval';
export { calendarEntry, deadlineRows, obligationTitle, type CalendarEntry, type EmailDeadline };

export interface EmailMessage {
  to: string[];
  subject: string;
  text: string;
  /** Deterministic per (incident, obligation, slot), so a retried send is recognisable. */
  messageId: string;
  /** The incident the email is about (the activity links to it in the console). */
  incidentId?: string;
  /** Dated obligations to attach as calendar entries. */
  calendar?: CalendarEntry[];
  /** What the email is about, deadline first: the HTML part opens with them as a table (reports/email-html.ts). */
  deadlines?: EmailDeadline[];
}

export function messageId(incidentId: string, obligationId: string, slot: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
  return `<${safe(incidentId)}.${safe(obligationId)}.${safe(slot)}@breachclock>`;
}

const about = (status: IncidentStatus) => `${status.incidentId} ${status.title}`;
/** The state a company target is read in: the licensee's home, where the plan sets it (by its offset where the status does not name it). */
const targetStateOf = (status: IncidentStatus, iso: string) =>
  writtenInStateOf(iso, [status.licenseeState, ...status.obligations.filter((o) => o.kind === 'regulator-notice').map((o) => o.jurisdiction), ...status.obligations.map((o) => o.jurisdiction)]);
const due = (o: ObligationStatus) => humanTime(o.dueAt, o.jurisdiction);

/**
 * Why a notice is owed only because another is (issue 24: a notice owed to one government body meets the
 * government-notice criterion of every other state's law), in a person's words.
 */
export function owedBecause(o: Pick<ObligationStatus, 'triggeredBy' | 'citation'>): string | null {
  const t = o.triggeredBy ?? [];
  if (!t.length) return null;
  const named = t.length > 3 ? `${t.slice(0, 3).join(', ')} and ${t.length - 3} more` : t.join(t.length === 2 ? ' and ' : ', ');
  return `owed because ${named} ${t.length > 1 ? 'are' : 'is'} owed: a notice to another government body meets ${o.citation}`;
}

const line = (o: ObligationStatus, now?: number) =>
  `- ${obligationTitle(o)} (${o.id}), to ${o.recipient}\n  ${o.dueAt ? `due ${due(o)}` : 'no date in law yet'} (${o.dueRule}; ${o.citation})${
    owedBecause(o) ? `\n  ${owedBecause(o)}` : ''
  }${now !== undefined && o.dueAt && Date.parse(o.dueAt) < now ? `\n  ALREADY PAST DUE when breachclock opened the incident (${countdown(o.dueAt, now)}): file it now` : ''}`;

/** Items grouped under a heading each, in the order their keys first appear (the list is sorted already). */
function grouped<T>(items: T[], key: (x: T) => string, show: (x: T) => string): string[] {
  const groups = new Map<string, T[]>();
  for (const x of items) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return [...groups].flatMap(([k, xs]) => [`${k} (${xs.length}):`, ...xs.map(show)]);
}

/** Dated deadlines by the day they fall due, in due order: with many states, a day's filings read together. */
const byDueDay = (os: ObligationStatus[], now?: number): string[] =>
  grouped(
    [...os].sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!)),
    (o) => humanDay(o.dueAt!, o.jurisdiction),
    (o) => line(o, now),
  );

/** Undated duties by the regulator's state. */
const byState = (os: ObligationStatus[]): string[] => grouped(os, (o) => stateName(o.jurisdiction), (o) => line(o));

/** A Department bulletin is a request, not law (MO Bulletin 23-04: it "does not have the force and effect of law"). */
const isRequest = (o: ObligationStatus) => o.kind === 'regulator-notice-bulletin';
const REQUEST_NOTE = 'A Department request, not law: the Bulletin "does not have the force and effect of law" (RSMo 374.015).';

/** The first email of an incident; with `now`, a deadline already past when it opens says so. */
export function openingSummary(status: IncidentStatus, owner: string, now?: number): EmailMessage {
  const dated = status.obligations.filter((o) => o.dueAt && !isRequest(o) && !isRecordRetention(o));
  const requested = status.obligations.filter(isRequest);
  const retention = status.obligations.filter(isRecordRetention);
  const undated = status.obligations.filter((o) => !o.dueAt && !isRequest(o));
  const text = [
    `Incident ${about(status)}`,
    '',
    `breachclock is tracking ${status.obligations.length} obligation(s).`,
    '',
    'With a legal deadline:',
    ...(dated.length ? byDueDay(dated, now) : ['- none']),
    ...(requested.length ? ['', 'Requested by the Department (not law):', ...requested.map((o) => line(o, now))] : []),
    '',
    'Owed, with no date in law yet:',
    ...(undated.length ? byState(undated) : ['- none']),
    ...consumerSide(status.obligations),
    ...(retention.length
      ? ['', 'Records to keep (a minimum period, not a deadline to act):', ...retention.map((o) => `- ${o.id}: keep until at least ${humanDay(o.dueAt!, o.jurisdiction)} (${o.citation})`)]
      : []),
    ...(status.followUps?.some((f) => f.state === 'open')
      ? [
          '',
          'Close-out follow-ups before the incident may close (company targets, not law):',
          ...status.followUps.filter((f) => f.state === 'open').map((f) => `- ${f.title} (${f.citation}): target ${humanTime(f.target.at, targetStateOf(status, f.target.at))}`),
        ]
      : []),
    ...(status.uncovered.length
      ? ['', 'Not covered by breachclock (check these states\' law):', ...status.uncovered.map((u) => `- ${u.state}`)]
      : []),
    '',
    'A deadline in business or calendar days ends at 11:59 pm local time of the regulator (a project convention; no source sets an hour); one in hours ends at the time shown.',
    'The attached calendar file holds each dated deadline. Record each filing in breachclock when it is made.',
  ].join('\n');
  const late = now === undefined ? 0 : [...dated, ...requested].filter((o) => Date.parse(o.dueAt!) < now).length;
  const first = [...dated, ...requested].sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!))[0];
  const next = first ? `, first due ${humanTime(first.dueAt, first.jurisdiction, { short: true })}` : '';
  return {
    to: [owner],
    subject: `${dated.length + requested.length} deadline(s) running${next}${late ? `, ${late} ALREADY PAST DUE` : ''} — ${about(status)}`,
    text,
    messageId: messageId(status.incidentId, 'incident', 'opening'),
    incidentId: status.incidentId,
    calendar: [...dated, ...requested].flatMap((o) => calendarEntry(status, o)),
    deadlines: deadlineRows([...dated, ...requested], now),
  };
}

const SLOT_WORDS: Record<string, string> = {
  '2-business-days-before': 'in 2 business days',
  '1-business-day-before': 'on the next business day',
  'due-day-09:00': 'today',
  '2-hours-before': 'in 2 hours',
};

export function reminderNotice(status: IncidentStatus, o: ObligationStatus, r: Reminder, owner: string): EmailMessage {
  return {
    to: [owner],
    subject: `Due ${humanTime(o.dueAt, o.jurisdiction, { short: true })} (${SLOT_WORDS[r.slot] ?? 'soon'}): ${obligationTitle(o)} — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      `${obligationTitle(o)} (${o.id}): file with ${o.recipient}.`,
      `Due ${due(o)}, ${SLOT_WORDS[r.slot] ?? 'soon'} (${o.dueRule}; ${o.citation}).`,
      ...(isRequest(o) ? [REQUEST_NOTE] : []),
      'When it is filed, record the filing in breachclock; reminders then stop.',
    ].join('\n'),
    messageId: messageId(status.incidentId, o.id, `${r.slot}-${r.dueAt.slice(0, 10)}`),
    incidentId: status.incidentId,
    calendar: calendarEntry(status, o),
    deadlines: deadlineRows([o]),
  };
}

/** The overdue notice at a rung of the escalation ladder (rung 0: the owner and first contact); `now` says by how much. */
export function overdueNotice(status: IncidentStatus, o: ObligationStatus, rung: number, to: string[], now?: number): EmailMessage {
  const late = now !== undefined && o.dueAt ? ` by ${spanWords(now - Date.parse(o.dueAt))}` : '';
  return {
    to,
    subject: `OVERDUE${late}: ${obligationTitle(o)}${rung > 0 ? ` (escalation ${rung})` : ''} — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      `${obligationTitle(o)} (${o.id}) to ${o.recipient} was due ${due(o)} (${o.dueRule}; ${o.citation}) and is not recorded as done${late ? `: overdue${late}` : ''}.`,
      ...(isRequest(o) ? [REQUEST_NOTE] : []),
      'File it now, then record the filing in breachclock.',
      ...(rung > 0 ? ['', `This is escalation rung ${rung}: it stays open until the filing is recorded.`] : []),
    ].join('\n'),
    messageId: messageId(status.incidentId, o.id, `overdue-${rung}-${(o.dueAt ?? '').slice(0, 10)}`),
    incidentId: status.incidentId,
    deadlines: deadlineRows([{ ...o, state: 'overdue' }]),
  };
}

/** A deadline news brought earlier (a provider's notice, a regulator's direction): said at once, with the new date. */
export function deadlineMovedNotice(status: IncidentStatus, moved: Array<{ o: ObligationStatus; from: string }>, owner: string): EmailMessage {
  const first = moved[0].o;
  return {
    to: [owner],
    subject: `Deadline moved earlier: ${obligationTitle(first)} now due ${humanTime(first.dueAt, first.jurisdiction, { short: true })}${moved.length > 1 ? ` (+${moved.length - 1} more)` : ''} — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      'News recorded in breachclock brought these deadlines earlier:',
      ...moved.map(({ o, from }) => `- ${obligationTitle(o)} (${o.id}): now due ${due(o)}, was ${humanTime(from, o.jurisdiction)} (${o.dueRule}; ${o.citation})`),
      '',
      'Reminders follow the new dates; the attached calendar file replaces the old entries.',
    ].join('\n'),
    messageId: messageId(status.incidentId, first.id, `moved-${moved.map((m) => m.o.dueAt ?? '').join('_').replace(/[^0-9]/g, '').slice(0, 60)}`),
    incidentId: status.incidentId,
    calendar: moved.flatMap(({ o }) => calendarEntry(status, o)),
    deadlines: deadlineRows(moved.map(({ o }) => o)),
  };
}

/**
 * Notices news made owed (a residentsUpdate, a provider's notice) that the plan before did not owe, each with why: its
 * own criteria, or the notice to another government body that now triggers it (issue 24). The workflow sends it after
 * a re-plan whose `newlyOwed` (domain/incident/state/plan-merge.ts) is not empty.
 */
export function becameOwedNotice(status: IncidentStatus, newly: ObligationStatus[], owner: string): EmailMessage {
  const first = newly[0];
  return {
    to: [owner],
    subject: `Now owed: ${obligationTitle(first)}${first.dueAt ? `, due ${humanTime(first.dueAt, first.jurisdiction, { short: true })}` : ''}${newly.length > 1 ? ` (+${newly.length - 1} more)` : ''} — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      'News recorded in breachclock makes these notices owed:',
      ...newly.map((o) => `- ${obligationTitle(o)} (${o.id}), to ${o.recipient}: ${o.dueAt ? `due ${due(o)}` : 'no date in law yet'} (${o.dueRule}; ${o.citation})\n  ${owedBecause(o) ?? `why: ${o.basis[0] ?? o.citation}`}`),
      '',
      'Reminders follow; the attached calendar file holds the new dates.',
    ].join('\n'),
    messageId: messageId(status.incidentId, first.id, `now-owed-${newly.map((o) => o.id).join('_').replace(/[^A-Za-z0-9]/g, '').slice(0, 60)}`),
    incidentId: status.incidentId,
    calendar: newly.flatMap((o) => calendarEntry(status, o)),
    deadlines: deadlineRows(newly),
  };
}

/** Sent once per address when mail to it is refused for good (a bad address). */
export function deliveryFailureNotice(status: IncidentStatus, failed: EmailMessage, reason: string, to: string[]): EmailMessage {
  return {
    to,
    subject: `Email not delivered — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      `breachclock could not deliver "${failed.subject}" to ${failed.to.join(', ')}: ${reason}.`,
      'Check the incident contacts; breachclock will not retry that message.',
    ].join('\n'),
    messageId: messageId(status.incidentId, 'delivery', failed.messageId.replace(/[<>@]/g, '_')),
    incidentId: status.incidentId,
  };
}

const FOLLOW_UP_SLOT_WORDS: Record<string, string> = {
  '3-days-before': 'target in 3 days',
  '1-day-before': 'target tomorrow',
  'target-passed': 'company target passed',
};

/** A close-out follow-up's reminder, or the notice that its company target passed. */
export function followUpNotice(status: IncidentStatus, f: FollowUpStatus, slot: string, to: string[]): EmailMessage {
  return {
    to,
    subject: `${f.title}: ${FOLLOW_UP_SLOT_WORDS[slot] ?? 'due soon'} (${humanTime(f.target.at, targetStateOf(status, f.target.at), { short: true })}) — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      `${f.title} (${f.citation}): the licensee ${f.wording}.`,
      `Company target ${humanTime(f.target.at, targetStateOf(status, f.target.at))}. This is a target the company set, not a legal deadline.`,
      'Its outcome goes into the supplement to the regulator notice (internal review and remediation items).',
      'When it is done, record it in breachclock with its outcome; reminders then stop.',
    ].join('\n'),
    messageId: messageId(status.incidentId, `followup-${f.id}`, `${slot}-${f.target.at.slice(0, 10)}`),
    incidentId: status.incidentId,
    deadlines: [{ due: humanTime(f.target.at, targetStateOf(status, f.target.at)), what: `${f.title} (company target, not law)`, to: 'the licensee', rule: f.citation, ...(slot === 'target-passed' ? { overdue: true } : {}) }],
  };
}

/** Before and at the end of a record-retention period (RSMo 375.1407.4, RSA 420-P:5 IV). */
export function retentionNotice(status: IncidentStatus, o: ObligationStatus, slot: 'retention-30-days-before' | 'retention-ended', owner: string): EmailMessage {
  const ended = slot === 'retention-ended';
  return {
    to: [owner],
    subject: `${o.id}: ${ended ? 'minimum retention period ended' : 'minimum retention period ends in 30 days'} (${humanDay(o.dueAt!, o.jurisdiction)}) — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      `${o.id}: ${o.dueRule} (${o.citation}), that is until at least ${humanDay(o.dueAt!, o.jurisdiction)}.`,
      ended
        ? 'The minimum period the law sets has passed. Disposal follows the company\'s own retention policy; other laws or holds may require keeping the records longer.'
        : 'Until then the records must still be produced on the regulator\'s demand. Check for legal holds before any disposal.',
    ].join('\n'),
    messageId: messageId(status.incidentId, o.id, `${slot}-${(o.dueAt ?? '').slice(0, 10)}`),
    incidentId: status.incidentId,
  };
}

/** Planning failed: the owner is told at once, since no clock of this incident can be trusted until it is fixed. */
export function planningFailureNotice(status: IncidentStatus, failures: number, reason: string, owner: string): EmailMessage {
  return {
    to: [owner],
    subject: `ACTION NEEDED: planning failed — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      `breachclock could not work out this incident's obligations: ${reason}.`,
      status.obligations.length
        ? 'The clocks of the last good plan keep running; news recorded since then is not yet reflected in them.'
        : 'No deadline is being tracked for this incident yet: work out the regulator deadlines by hand now.',
      'Correct the incident with a message (for example a corrected date) and breachclock plans again; every other incident is unaffected.',
    ].join('\n'),
    messageId: messageId(status.incidentId, 'planning', `failed-${failures}`),
    incidentId: status.incidentId,
  };
}

/**
 * Side work that keeps failing (the record store or the mail server): the owner is told once per streak,
 * since the records the law says to keep (RSMo 375.1407.4, RSA 420-P:5 IV) or the reminders may be missing.
 * Deadlines and escalations run on regardless.
 */
export function effectProblemNotice(status: IncidentStatus, effect: 'records' | 'email', detail: string, streak: number, to: string[]): EmailMessage {
  const what = effect === 'records' ? 'write the incident record to the record store' : 'deliver email';
  return {
    to,
    subject: `ACTION NEEDED: breachclock cannot ${what} — ${about(status)}`,
    text: [
      `Incident ${about(status)}`,
      '',
      `breachclock could not ${what}: ${detail}.`,
      'It keeps retrying with growing pauses and records each streak in the audit trail; deadlines, reminders and escalations run on meanwhile.',
      effect === 'records'
        ? 'Free the record store (disk space, permissions) so the kept record is complete; `incident status` shows the problem until it clears.'
        : 'Check the mail server (BREACHCLOCK_SMTP_URL); `incident status` shows the problem until it clears.',
    ].join('\n'),
    messageId: messageId(status.incidentId, `${effect}-problem`, `streak-${streak}`),
    incidentId: status.incidentId,
  };
}

