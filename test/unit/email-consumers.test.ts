/**
 * Issue #26: the opening email groups the consumer side by state (consumer notice, Attorney General, credit
 * bureaus), each with its date or the law's words and its section; no consumer data (no counts, no names).
 */
import type { Incident } from '../../domain/incident/incident';
import * as S from '../../domain/incident/state';
import { openingSummary } from '../../domain/incident/email';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { followUpTargets } from '../../domain/rules/follow-up-schedule';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';

type State = keyof Incident['residents'];
const calendar = new BusinessCalendar();
const NOW = Date.parse('2026-11-23T16:15:00Z');
const HEADING = 'Consumers and attorneys general (general breach laws), by state:';

function mail(residents: Partial<Record<State, number>>, changes: Partial<Incident> = {}): string {
  const incident: Incident = {
    incidentId: 'BR-1', title: 'test', licensee: { name: 'L', role: 'insurer', domicileState: 'TX' },
    determinedAt: '2026-11-23T10:15:00-06:00', residents, nonpublicInformation: true, materialHarmLikely: true,
    otherGovernmentNoticeRequired: false, contacts: { owner: 'o@l.example', escalation: [] }, ...changes,
  };
  const state = S.newState(incident);
  const plan = planIncident(incident, calendar, {});
  S.applyPlan(state, { plan, reminders: reminderSchedule(plan, calendar), followUps: followUpTargets(incident, plan, calendar) }, NOW);
  return openingSummary(state.status, 'o@l.example', NOW).text;
}
/** The consumer part: from its heading to the next blank line. */
const part = (text: string) => {
  const at = text.indexOf(HEADING);
  if (at < 0) return null;
  const rest = text.slice(at);
  const end = rest.indexOf('\n\n');
  return end < 0 ? rest : rest.slice(0, end);
};

const residents = { CT: 1234, IA: 777, AL: 1500 };

test.each([
  ['Alabama: consumers and the Attorney General in 45 days (Ala. Code § 8-38-5(b)), the credit bureaus with no date', 'Alabama:', [
    /^ {2}- Consumers: by Thu 7 Jan 2027, 11:59 pm CST \(Alabama\) \(Ala\. Code § 8-38-5\(a\)-\(b\)\)$/m,
    /^ {2}- Attorney General: by Thu 7 Jan 2027, .*\(Ala\. Code § 8-38-6\(a\)\)$/m,
    /^ {2}- Credit bureaus: without unreasonable delay.*\(Ala\. Code § 8-38-7\)$/m,
  ]],
  ['Connecticut: 60 days after discovery, the Attorney General with it', 'Connecticut:', [
    /^ {2}- Consumers: by Fri 22 Jan 2027, 11:59 pm EST \(Connecticut\) \(Conn\. Gen\. Stat\. § 36a-701b\(b\)\(1\)\)$/m,
    /^ {2}- Attorney General: by Fri 22 Jan 2027.*\(Conn\. Gen\. Stat\. § 36a-701b\(b\)\(2\)\(A\)\)$/m,
  ]],
  ['Iowa: "without unreasonable delay", the Attorney General five business days after', 'Iowa:', [
    /^ {2}- Consumers: in the most expeditious manner possible and without unreasonable delay.*\(Iowa Code § 715C\.2\(1\)\)$/m,
    /^ {2}- Attorney General: written notice within five business days .*\(Iowa Code § 715C\.2\(8\)\)$/m,
  ]],
] as Array<[string, string, RegExp[]]>)('%s', (_s, heading, lines) => {
  const p = part(mail(residents))!;
  expect(p).toMatch(new RegExp(`^${heading}$`, 'm'));
  for (const l of lines) expect(p).toMatch(l);
});

test('states in name order, each once; no counts and no consumer data', () => {
  const p = part(mail(residents))!;
  expect(p.split('\n').filter((l) => /^[A-Z][a-z]+:$/.test(l))).toEqual(['Alabama:', 'Connecticut:', 'Iowa:']);
  for (const n of Object.values(residents)) expect(p).not.toContain(String(n));
  expect(p).not.toMatch(/residents affected|\d+ (individuals|residents|consumers)/);
});

test('no consumer duty (no personal information under the law, or a state not in hand): no part', () => {
  expect(part(mail({ CT: 40 }, { dataKinds: ['date-of-birth'] }))).toBeNull();
  expect(part(mail({ TX: 40 }))).toBeNull();
});
