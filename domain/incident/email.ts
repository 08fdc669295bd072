/**
 * Wording of breachclock's emails. Short, cites the section, says what to file where; no consumer data:
 * no names, no counts, no free text from the incident beyond its id and title.
 * Pure (bundled into the workflow): dates are shown as the ISO strings the plan carries.
 */
import type { FollowUpStatus } from './follow-ups';
import type { Reminder } from '../rules/reminders';
import { isRecordRetention, type IncidentStatus, type ObligationStatus } from './status';

export interface EmailMessage {
  to: string[];
  subject: string;
  text: string;
  /** Deterministic per (incident, obligation, slot), so a retried send is recognisable. */
  messageId: string;
}

export function messageId(incidentId: string, obligationId: string, slot: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
  return `<${safe(incidentId)}.${safe(obligationId)}.${safe(slot)}@breachclock>`;
}

const line = (o: ObligationStatus, now?: number) =>
  `- ${o.id}: ${o.recipient}\n  ${o.dueAt ? `due ${o.dueAt}` : 'no date in law yet'} (${o.dueRule}; ${o.citation})${
    now !== undefined && o.dueAt && Date.parse(o.dueAt) < now ? '\n  ALREADY PAST DUE when breachclock opened the incident: file it now' : ''
  }`;

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
    `Incident ${status.incidentId}: ${status.title}`,
    '',
    `breachclock is tracking ${status.obligations.length} obligation(s).`,
    '',
    'With a legal deadline:',
    ...(dated.length ? dated.map((o) => line(o, now)) : ['- none']),
    ...(requested.length ? ['', 'Requested by the Department (not law):', ...requested.map((o) => line(o, now))] : []),
    '',
    'Owed, with no date in law yet:',
    ...(undated.length ? undated.map((o) => line(o)) : ['- none']),
    ...(retention.length
      ? ['', 'Records to keep (a minimum period, not a deadline to act):', ...retention.map((o) => `- ${o.id}: keep until at least ${o.dueAt} (${o.citation})`)]
      : []),
    ...(status.followUps?.some((f) => f.state === 'open')
      ? [
          '',
          'Close-out follow-ups before the incident may close (company targets, not law):',
          ...status.followUps.filter((f) => f.state === 'open').map((f) => `- ${f.title} (${f.citation}): target ${f.target.at}`),
        ]
      : []),
    ...(status.uncovered.length
      ? ['', 'Not covered by breachclock (check these states\' law):', ...status.uncovered.map((u) => `- ${u.state}`)]
      : []),
    '',
    'Deadlines end at 23:59:59 local time of the regulator (a project convention; no source sets an hour).',
    'Record each filing in breachclock when it is made.',
  ].join('\n');
  const late = now === undefined ? 0 : [...dated, ...requested].filter((o) => Date.parse(o.dueAt!) < now).length;
  return {
    to: [owner],
    subject: `[breachclock] ${status.incidentId}: ${dated.length + requested.length} deadline(s) running${late ? `, ${late} ALREADY PAST DUE` : ''}`,
    text,
    messageId: messageId(status.incidentId, 'incident', 'opening'),
  };
}

const SLOT_WORDS: Record<string, string> = {
  '2-business-days-before': 'due in 2 business days',
  '1-business-day-before': 'due on the next business day',
  'due-day-09:00': 'due today',
  '2-hours-before': 'due in 2 hours',
};

export function reminderNotice(status: IncidentStatus, o: ObligationStatus, r: Reminder, owner: string): EmailMessage {
  return {
    to: [owner],
    subject: `[breachclock] ${status.incidentId}: ${o.id} ${SLOT_WORDS[r.slot] ?? 'due soon'}`,
    text: [
      `Incident ${status.incidentId}: ${status.title}`,
      '',
      `${o.id}: file with ${o.recipient}.`,
      `Due ${o.dueAt} (${o.dueRule}; ${o.citation}).`,
      ...(isRequest(o) ? [REQUEST_NOTE] : []),
      'When it is filed, record the filing in breachclock; reminders then stop.',
    ].join('\n'),
    messageId: messageId(status.incidentId, o.id, `${r.slot}-${r.dueAt.slice(0, 10)}`),
  };
}

/** The overdue notice at a rung of the escalation ladder (rung 0: the owner and first contact). */
export function overdueNotice(status: IncidentStatus, o: ObligationStatus, rung: number, to: string[]): EmailMessage {
  return {
    to,
    subject: `[breachclock] OVERDUE ${status.incidentId}: ${o.id}${rung > 0 ? ` (escalation ${rung})` : ''}`,
    text: [
      `Incident ${status.incidentId}: ${status.title}`,
      '',
      `${o.id} to ${o.recipient} was due ${o.dueAt} (${o.dueRule}; ${o.citation}) and is not recorded as done.`,
      ...(isRequest(o) ? [REQUEST_NOTE] : []),
      'File it now, then record the filing in breachclock.',
      ...(rung > 0 ? ['', `This is escalation rung ${rung}: it stays open until the filing is recorded.`] : []),
    ].join('\n'),
    messageId: messageId(status.incidentId, o.id, `overdue-${rung}-${(o.dueAt ?? '').slice(0, 10)}`),
  };
}

/** Sent once per address when mail to it is refused for good (a bad address). */
export function deliveryFailureNotice(status: IncidentStatus, failed: EmailMessage, reason: string, to: string[]): EmailMessage {
  return {
    to,
    subject: `[breachclock] ${status.incidentId}: an email could not be delivered`,
    text: [
      `Incident ${status.incidentId}: ${status.title}`,
      '',
      `breachclock could not deliver "${failed.subject}" to ${failed.to.join(', ')}: ${reason}.`,
      'Check the incident contacts; breachclock will not retry that message.',
    ].join('\n'),
    messageId: messageId(status.incidentId, 'delivery', failed.messageId.replace(/[<>@]/g, '_')),
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
    subject: `[breachclock] ${status.incidentId}: ${f.title} ${FOLLOW_UP_SLOT_WORDS[slot] ?? 'due soon'}`,
    text: [
      `Incident ${status.incidentId}: ${status.title}`,
      '',
      `${f.title} (${f.citation}): the licensee ${f.wording}.`,
      `Company target ${f.target.at}. This is a target the company set, not a legal deadline.`,
      'Its outcome goes into the supplement to the regulator notice (internal review and remediation items).',
      'When it is done, record it in breachclock with its outcome; reminders then stop.',
    ].join('\n'),
    messageId: messageId(status.incidentId, `followup-${f.id}`, `${slot}-${f.target.at.slice(0, 10)}`),
  };
}

/** Before and at the end of a record-retention period (RSMo 375.1407.4, RSA 420-P:5 IV). */
export function retentionNotice(status: IncidentStatus, o: ObligationStatus, slot: 'retention-30-days-before' | 'retention-ended', owner: string): EmailMessage {
  const ended = slot === 'retention-ended';
  return {
    to: [owner],
    subject: `[breachclock] ${status.incidentId}: ${o.id} ${ended ? 'minimum retention period ended' : 'minimum retention period ends in 30 days'}`,
    text: [
      `Incident ${status.incidentId}: ${status.title}`,
      '',
      `${o.id}: ${o.dueRule} (${o.citation}), that is until at least ${o.dueAt}.`,
      ended
        ? 'The minimum period the law sets has passed. Disposal follows the company\'s own retention policy; other laws or holds may require keeping the records longer.'
        : 'Until then the records must still be produced on the regulator\'s demand. Check for legal holds before any disposal.',
    ].join('\n'),
    messageId: messageId(status.incidentId, o.id, `${slot}-${(o.dueAt ?? '').slice(0, 10)}`),
  };
}

/** Planning failed: the owner is told at once, since no clock of this incident can be trusted until it is fixed. */
export function planningFailureNotice(status: IncidentStatus, failures: number, reason: string, owner: string): EmailMessage {
  return {
    to: [owner],
    subject: `[breachclock] ACTION NEEDED ${status.incidentId}: planning failed`,
    text: [
      `Incident ${status.incidentId}: ${status.title}`,
      '',
      `breachclock could not work out this incident's obligations: ${reason}.`,
      status.obligations.length
        ? 'The clocks of the last good plan keep running; news recorded since then is not yet reflected in them.'
        : 'No deadline is being tracked for this incident yet: work out the regulator deadlines by hand now.',
      'Correct the incident with a message (for example a corrected date) and breachclock plans again; every other incident is unaffected.',
    ].join('\n'),
    messageId: messageId(status.incidentId, 'planning', `failed-${failures}`),
  };
}
