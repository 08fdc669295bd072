/**
 * Wording of breachclock's emails. Short, cites the section, says what to file where; no consumer data:
 * no names, no counts, no free text from the incident beyond its id and title.
 * Pure (bundled into the workflow): dates are shown as the ISO strings the plan carries.
 */
import type { IncidentStatus, ObligationStatus } from './status';

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

const line = (o: ObligationStatus) =>
  `- ${o.id}: ${o.recipient}\n  ${o.dueAt ? `due ${o.dueAt}` : 'no date in law yet'} (${o.dueRule}; ${o.citation})`;

export function openingSummary(status: IncidentStatus, owner: string): EmailMessage {
  const dated = status.obligations.filter((o) => o.dueAt);
  const undated = status.obligations.filter((o) => !o.dueAt);
  const text = [
    `Incident ${status.incidentId}: ${status.title}`,
    '',
    `breachclock is tracking ${status.obligations.length} obligation(s).`,
    '',
    'With a legal deadline:',
    ...(dated.length ? dated.map(line) : ['- none']),
    '',
    'Owed, with no date in law yet:',
    ...(undated.length ? undated.map(line) : ['- none']),
    ...(status.uncovered.length
      ? ['', 'Not covered by breachclock (check these states\' law):', ...status.uncovered.map((u) => `- ${u.state}`)]
      : []),
    '',
    'Deadlines end at 23:59:59 local time of the regulator (a project convention; no source sets an hour).',
    'Record each filing in breachclock when it is made.',
  ].join('\n');
  return {
    to: [owner],
    subject: `[breachclock] ${status.incidentId}: ${dated.length} deadline(s) running`,
    text,
    messageId: messageId(status.incidentId, 'incident', 'opening'),
  };
}

export function overdueNotice(status: IncidentStatus, o: ObligationStatus, to: string[]): EmailMessage {
  return {
    to,
    subject: `[breachclock] OVERDUE ${status.incidentId}: ${o.id}`,
    text: [
      `Incident ${status.incidentId}: ${status.title}`,
      '',
      `${o.id} to ${o.recipient} was due ${o.dueAt} (${o.dueRule}; ${o.citation}) and is not recorded as done.`,
      'File it now, then record the filing in breachclock.',
    ].join('\n'),
    messageId: messageId(status.incidentId, o.id, 'overdue-0'),
  };
}
