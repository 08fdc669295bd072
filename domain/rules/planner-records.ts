/**
 * Records of the event (RSMo 375.1407.4: "at least three years from the date of the cybersecurity event";
 * RSA 420-P:5 IV: "at least 5 years"), produced on demand of the regulator. A "keep until" date, not a
 * deadline to act: it never goes overdue; the workflow reminds before it and then marks it ended.
 */
import type { BusinessCalendar } from './calendar';
import type { Incident } from '../incident/incident';
import type { NoticeJurisdiction } from './jurisdiction';
import { hipaaDeemsMet, hipaaSatisfiedBy, obligationId, stateReaches, type DutyContext, type PlanBuilder } from './plan-model';

export function planRecordRetention(c: DutyContext): void {
  const deemed = hipaaDeemsMet(c, 'record-retention');
  if (deemed && stateReaches(c.incident, c.j.state)) return c.b.na(obligationId(c.j.state, 'record-retention'), deemed);
  planRecords(c.b, c.incident, c.calendar, c.j, c.j.dataSecurity.recordRetention, hipaaSatisfiedBy(c, 'record-retention'));
}

/** One state's record duty, from its investigation section (a law in full, or the section in hand of a partial text). */
export function planRecords(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar, j: NoticeJurisdiction, rule: { citation: string; years: number; wording: string }, more: string[] = []): void {
  const id = obligationId(j.state, 'record-retention');
  if (!stateReaches(incident, j.state)) {
    b.na(id, `Neither domiciled in ${j.name} nor any ${j.name} residents affected: ${j.name}'s record duty is not shown (${rule.citation}).`);
    return;
  }
  const occurred = incident.eventDetails?.occurredAt;
  // The event happened no later than its determination: counting from the determination keeps records at
  // least as long as the law asks when the event date is not yet known.
  const from = occurred ?? incident.determinedAt;
  const fromDate = calendar.localStartDate(j.state, from);
  const until = calendar.addYearsIso(j.state, fromDate, rule.years);
  b.add({
    id, jurisdiction: j.state, kind: 'record-retention', recipient: `records of the event, produced on demand of the ${j.dataSecurity.regulator.recipient}`,
    citation: rule.citation, clockStartsAt: calendar.caches.inZone(from, j.holidays.timeZone), dueAt: until,
    dueRule: `keep records until at least ${rule.years} years from the date of the cybersecurity event`,
    basis: [
      `${rule.wording} (${rule.citation}).`,
      occurred
        ? `Counted from the date of the event as recorded (eventDetails.occurredAt, ${fromDate}).`
        : `The date of the event is not recorded yet: counted from the determination (${fromDate}), which keeps the records at least as long as required; record eventDetails.occurredAt to refine it.`,
      'A minimum retention period, not a deadline to act: it does not go overdue, and closing the incident does not end it.',
      ...more,
    ],
  });
}
