/**
 * The parts of an email a program reads, not a person: its calendar entries (reports/calendar.ts renders them
 * as .ics) and its deadline rows (reports/email-html.ts renders them as a table), with the obligation's name in
 * a person's words. Pure (bundled into the workflow).
 */
import { isRecordRetention, type IncidentStatus, type ObligationStatus } from './status';
import { stateName } from './states';
import { humanTime } from './time-words';

/** A dated obligation as a calendar entry (the activity renders it as .ics). */
export interface CalendarEntry {
  /** One per obligation for the incident's whole life, so a calendar replaces the entry when the date moves. */
  uid: string;
  /** Grows as the incident's news does (RFC 5545 SEQUENCE): a later entry for the same UID wins. */
  sequence?: number;
  /** Filed, closed or no longer owed: the calendar drops the entry (STATUS:CANCELLED). */
  cancelled?: boolean;
  summary: string;
  dueAt: string;
  jurisdiction: string;
  description: string;
}

/** One row of an email's deadline table, in words. */
export interface EmailDeadline {
  due: string;
  what: string;
  to: string;
  rule: string;
  /** Past due and not recorded as done. */
  overdue?: boolean;
}

const KIND_WORDS: Record<string, string> = {
  'regulator-notice-bulletin': 'Department notice (Bulletin 23-04)',
  'consumer-notice': 'consumer notice',
  'consumer-notice-copy': 'copy of the consumer notice',
  'attorney-general-notice': 'Attorney General notice',
  'consumer-reporting-agency-notice': 'credit bureau notice',
  'producer-notice': 'producer notice',
  'ceding-insurer-notice': 'ceding insurer notice',
  'regulator-update': 'supplement to the regulator notice',
  'data-owner-notice': 'data owner notice',
  'record-retention': 'record retention',
};

/** "NH Insurance Commissioner notice", "MO producer notice": an obligation in a person's words. */
export function obligationTitle(o: Pick<ObligationStatus, 'kind' | 'jurisdiction' | 'recipient'>): string {
  const name = `${stateName(o.jurisdiction)} `;
  if (o.kind === 'regulator-notice') return `${o.jurisdiction} ${o.recipient.startsWith(name) ? o.recipient.slice(name.length) : 'regulator'} notice`;
  return `${o.jurisdiction} ${KIND_WORDS[o.kind] ?? o.kind}`;
}

const due = (o: ObligationStatus) => humanTime(o.dueAt, o.jurisdiction);

/** The obligations an email is about as table rows, soonest first (no date last), each on its regulator's clock. */
export function deadlineRows(obligations: ObligationStatus[], now?: number): EmailDeadline[] {
  const at = (o: ObligationStatus) => (o.dueAt ? Date.parse(o.dueAt) : Infinity);
  return [...obligations].sort((a, b) => at(a) - at(b)).map((o) => ({
    due: o.dueAt ? due(o) : 'no date in law yet',
    what: `${obligationTitle(o)} (${o.id})`,
    to: o.recipient,
    rule: `${o.dueRule}; ${o.citation}`,
    ...(o.state === 'overdue' || (now !== undefined && o.dueAt && o.state === 'pending' && Date.parse(o.dueAt) < now) ? { overdue: true } : {}),
  }));
}

/** The calendar entry of a dated obligation, cancelled once filed or closed (none for one without a date or a retention period). */
export function calendarEntry(status: IncidentStatus, o: ObligationStatus): CalendarEntry[] {
  if (!o.dueAt || isRecordRetention(o)) return [];
  const cancelled = o.state !== 'pending' && o.state !== 'overdue';
  const what = o.state === 'done' ? 'Filed' : cancelled ? 'No longer tracked' : 'Due';
  return [{
    uid: `${status.incidentId}.${o.id}@breachclock`.replace(/[^A-Za-z0-9.@_-]/g, '_'),
    // The audit trail only grows (paged-out events still count), and every move of a date is news in it.
    sequence: (status.eventsPagedOut ?? 0) + status.events.length,
    ...(cancelled ? { cancelled } : {}),
    summary: `${what}: ${obligationTitle(o)} — ${status.incidentId}`,
    dueAt: o.dueAt,
    jurisdiction: o.jurisdiction,
    description: `${o.id} to ${o.recipient}: ${o.dueRule} (${o.citation}).`,
  }];
}
