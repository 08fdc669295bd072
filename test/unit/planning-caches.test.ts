/**
 * The planner's caches (domain/rules/planning-caches.ts) belong to the calendar that plans: two calendars share
 * none, and a plan is the same whether the calendar's caches are fresh or warm from other plans.
 */
import type { Incident } from '../../domain/incident/incident';
import { BusinessCalendar, defaultCalendar } from '../../domain/rules/calendar';
import { parseInstant } from '../../domain/rules/days';
import { planIncident } from '../../domain/rules/planner';
import { isoInZone, localDateInZone } from '../../domain/rules/zoned';
import { exampleIncident } from '../helpers/fixtures';

const EXAMPLES = ['incident-national.json', 'incident-mo-nh.json', 'incident-reinsurer.json', 'incident-third-party-nh.json'];
const incidents: Incident[] = EXAMPLES.map((f) => exampleIncident(f));
/** A directive and a scheduled consumer notice, so the plan's facts take their own paths too. */
const facts = (i: Incident) => ({
  regulatorDirectives: { [`${i.licensee.domicileState}/regulator-notice`]: { dueAt: i.determinedAt, note: 'by letter' } },
  consumerNoticeScheduled: { [i.licensee.domicileState]: i.determinedAt },
});

describe('each calendar owns its planning caches', () => {
  test.each<[string, () => [BusinessCalendar, BusinessCalendar]]>([
    ['two new calendars', () => [new BusinessCalendar(), new BusinessCalendar()]],
    ["the process's shared calendar and a new one", () => [defaultCalendar(), new BusinessCalendar()]],
    ['a new calendar and the shared one', () => [new BusinessCalendar(), defaultCalendar()]],
  ])('%s: planning on the first leaves the second untouched', (_, make) => {
    const [first, second] = make();
    expect(first.caches).not.toBe(second.caches);
    const before = [...second.caches.idRanks];
    for (const i of incidents) planIncident(i, first, facts(i));
    expect(first.caches.idRanks.size).toBeGreaterThan(0);
    expect([...second.caches.idRanks]).toEqual(before);
  });
});

describe('a plan is the same on fresh and on warm caches', () => {
  // Each plan on a calendar of its own first (fresh caches), then on one calendar that has planned every example
  // before, in the opposite order (warm caches, ranks made for other ids).
  const fresh = incidents.map((i) => planIncident(i, new BusinessCalendar(), facts(i)));
  const warm = new BusinessCalendar();
  for (const i of [...incidents].reverse()) planIncident(i, warm, facts(i));

  test.each(EXAMPLES.map((file, k) => [file, k] as const))('%s', (_, k) => {
    const plan = planIncident(incidents[k], warm, facts(incidents[k]));
    expect(plan).toEqual(fresh[k]);
    expect(plan.notApplicable.map((n) => n.id)).toEqual(fresh[k].notApplicable.map((n) => n.id).sort());
  });
});

describe("a calendar's remembered readings of instants are the readings themselves", () => {
  // The same instant in another zone, another instant in the same zone, and back: each answer as if worked out anew.
  const caches = new BusinessCalendar().caches;
  const asks: Array<[string, string]> = [
    ['2026-11-23T10:15:00.000-06:00', 'America/Chicago'],
    ['2026-11-23T10:15:00.000-06:00', 'America/Chicago'],
    ['2026-11-23T10:15:00.000-06:00', 'America/Anchorage'],
    ['2026-11-24T05:30:00Z', 'America/Chicago'],
    ['2026-11-23T10:15:00.000-06:00', 'America/Chicago'],
    ['2027-03-14T08:00:00Z', 'America/New_York'],
    ['2027-03-14T06:59:59.999Z', 'America/New_York'],
    ['2026-11-24T05:30:00Z', 'America/Anchorage'],
  ];
  test.each(asks)('%s in %s', (s, zone) => {
    expect([caches.inZone(s, zone), caches.localDate(s, zone)]).toEqual([isoInZone(parseInstant(s), zone), localDateInZone(parseInstant(s), zone)]);
  });
});
