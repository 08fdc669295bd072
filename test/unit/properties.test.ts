/**
 * Properties of every business-day deadline (issue 3 item 5): never on a weekend or holiday, never before
 * its start, never earlier when the start moves later. fast-check over 2026-2028 starts.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { BusinessCalendar } from '../../domain/rules/calendar';
import type { Incident } from '../../domain/incident/incident';
import { planIncident } from '../../domain/rules/planner';
import { coverage } from '../../domain/rules/coverage';
import { NOTICE_JURISDICTIONS } from '../../domain/rules/jurisdictions';

/** Every state breachclock computes, in full or its regulator notice only. */
const COVERED = [...coverage().full, ...coverage().regulatorNoticeOnly];
const everyCovered = (n: number) => Object.fromEntries(COVERED.map((s) => [s, n]));

const calendar = new BusinessCalendar();
const from = Date.parse('2026-01-01T00:00:00Z');
const to = Date.parse('2028-12-31T00:00:00Z');
const instant = fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString());
const state = fc.constantFrom('MO', 'NH');
const days = fc.integer({ min: 1, max: 10 });

describe('business-day deadline properties', () => {
  test('never falls on a weekend, holiday or (when held) disputed day; never before its start', () => {
    fc.assert(
      fc.property(state, instant, days, (s, start, n) => {
        const r = calendar.addBusinessDays(s, start, n);
        const date = r.dueAt.toISODate()!;
        expect(calendar.isBusinessDay(s, date)).toBe(true);
        expect(r.dueAt.toMillis()).toBeGreaterThan(Date.parse(start));
        expect(r.dueAt.zoneName).toBe(calendar.timeZone(s));
        if (r.dueAtIfDisputedHeld) {
          expect(calendar.isBusinessDay(s, r.dueAtIfDisputedHeld.toISODate()!, true)).toBe(true);
          expect(r.dueAtIfDisputedHeld.toMillis()).toBeGreaterThan(r.dueAt.toMillis());
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('never moves earlier when the start moves later', () => {
    fc.assert(
      fc.property(state, instant, fc.integer({ min: 0, max: 20 * 86_400_000 }), days, (s, start, delta, n) => {
        const later = new Date(Date.parse(start) + delta).toISOString();
        const a = calendar.addBusinessDays(s, start, n).dueAt.toMillis();
        const b = calendar.addBusinessDays(s, later, n).dueAt.toMillis();
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 3000 },
    );
  });

  test('exactly n business days lie between the start date (excluded) and the deadline (included)', () => {
    fc.assert(
      fc.property(state, instant, days, (s, start, n) => {
        const r = calendar.addBusinessDays(s, start, n);
        let d = DateTime.fromISO(r.startDate, { zone: 'UTC' });
        let count = 0;
        while (d.toISODate()! < r.dueAt.toISODate()!) {
          d = d.plus({ days: 1 });
          if (calendar.isBusinessDay(s, d.toISODate()!)) count += 1;
        }
        expect(count).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('planner properties', () => {
  const incident = fc.record({
    determinedAt: instant,
    mo: fc.integer({ min: 0, max: 3000 }),
    nh: fc.integer({ min: 0, max: 3000 }),
    harm: fc.boolean(),
    gov: fc.boolean(),
    role: fc.constantFrom('insurer', 'producer', 'assuming-insurer', 'other-licensee' as const),
    dom: fc.constantFrom(...COVERED, 'TX'),
  });
  test('every covered state: every dated obligation is due after its clock start, and every id is listed once', () => {
    fc.assert(
      fc.property(incident, (x) => {
        const plan = planIncident({
          incidentId: 'P', title: 't',
          licensee: { name: 'L', role: x.role, domicileState: x.dom },
          determinedAt: x.determinedAt, residents: { ...everyCovered(x.mo), NH: x.nh },
          nonpublicInformation: true, materialHarmLikely: x.harm, otherGovernmentNoticeRequired: x.gov,
          producersOfRecord: true, contacts: { owner: 'o@example.com', escalation: [] },
        } as Incident, calendar);
        const ids = [...plan.obligations.map((o) => o.id), ...plan.notApplicable.map((n) => n.id)];
        expect(new Set(ids).size).toBe(ids.length);
        for (const o of plan.obligations) {
          if (o.dueAt && o.clockStartsAt) expect(Date.parse(o.dueAt)).toBeGreaterThan(Date.parse(o.clockStartsAt));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('never later than the law (docs/design.md §3): news only ever brings a statutory date earlier', () => {
  const news = fc.record({
    determinedAt: instant,
    notified: fc.option(instant, { nil: undefined }),
    knowledge: fc.option(instant, { nil: undefined }),
    reinsurer: fc.option(instant, { nil: undefined }),
    directive: fc.option(instant, { nil: undefined }),
    role: fc.constantFrom('insurer', 'producer', 'assuming-insurer', 'other-licensee' as const),
    dom: fc.constantFrom(...COVERED, 'TX'),
  });
  test('every covered state: RSMo 375.1410.4(2), RSA 420-P:6 IV(b), 375.1410.5, 420-P:6 V: a provider, reinsurer or directive date never makes a deadline later than the determination alone gives', () => {
    fc.assert(
      fc.property(news, (x) => {
        const base = {
          incidentId: 'N', title: 't', licensee: { name: 'L', role: x.role, domicileState: x.dom },
          determinedAt: x.determinedAt, residents: everyCovered(300), nonpublicInformation: true,
          materialHarmLikely: true, otherGovernmentNoticeRequired: false, producersOfRecord: true,
          contacts: { owner: 'o@example.com', escalation: [] },
        } as Incident;
        const alone = planIncident(base, calendar);
        const withNews = planIncident({
          ...base,
          ...(x.notified || x.knowledge ? { thirdParty: { provider: 'V', ...(x.notified ? { notifiedLicenseeAt: x.notified } : {}), ...(x.knowledge ? { actualKnowledgeAt: x.knowledge } : {}) } } : {}),
          ...(x.reinsurer && x.role === 'insurer' ? { reinsurerNotice: { reinsurer: 'Re', notifiedAt: x.reinsurer } } : {}),
        }, calendar, x.directive ? { regulatorDirectives: Object.fromEntries(alone.obligations.map((o) => [o.id, { dueAt: x.directive! }])) } : {});
        for (const o of alone.obligations) {
          if (!o.dueAt || o.kind === 'record-retention') continue;
          const after = withNews.obligations.find((w) => w.id === o.id);
          if (after?.dueAt) expect(Date.parse(after.dueAt)).toBeLessThanOrEqual(Date.parse(o.dueAt));
        }
      }),
      { numRuns: 400 },
    );
  });

  test('every covered state: the regulator notice is never later than its span from the determination (hours: real hours, or an hour sooner on the wall clock across the spring change; business days within n + 3 weekdays)', () => {
    fc.assert(
      // From 2026-01-02: every covered law is in force (RSMo 375.1410 from 2026-01-01).
      fc.property(fc.integer({ min: Date.parse('2026-01-02T12:00:00Z'), max: to }).map((ms) => new Date(ms).toISOString()), fc.constantFrom(...COVERED, 'TX'), (determinedAt, dom) => {
        const plan = planIncident({
          incidentId: 'B', title: 't', licensee: { name: 'L', role: 'insurer', domicileState: dom }, determinedAt, residents: everyCovered(300),
          nonpublicInformation: true, materialHarmLikely: true, otherGovernmentNoticeRequired: false, contacts: { owner: 'o@example.com', escalation: [] },
        } as Incident, calendar);
        for (const s of COVERED) {
          const o = plan.obligations.find((x) => x.id === `${s}/regulator-notice`)!;
          expect([s, o ? 'owed' : plan.notApplicable.find((n) => n.id === `${s}/regulator-notice`)?.reason]).toEqual([s, 'owed']);
          const span = NOTICE_JURISDICTIONS[s].dataSecurity.regulatorNotice;
          const zone = NOTICE_JURISDICTIONS[s].holidays.timeZone;
          const start = DateTime.fromISO(determinedAt, { zone });
          if (span.hours !== undefined) {
            // Real hours, or the wall clock where it ends first (an hour sooner across the spring change): never later.
            const real = start.toMillis() + span.hours * 3_600_000;
            expect([s, real - Date.parse(o.dueAt!)]).toEqual([s, real - Date.parse(o.dueAt!) === 3_600_000 ? 3_600_000 : 0]);
            continue;
          }
          let bound = start.startOf('day');
          for (let weekdays = 0; weekdays < span.businessDays + 3; ) {
            bound = bound.plus({ days: 1 });
            if (bound.weekday <= 5) weekdays += 1;
          }
          expect([s, Date.parse(o.dueAt!) <= bound.endOf('day').toMillis()]).toEqual([s, true]);
          expect([s, Date.parse(o.dueAt!) > start.toMillis()]).toEqual([s, true]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('fast zone helpers agree with luxon', () => {
  const { isoInZone, localDateInZone, startOfNextLocalDay, zoneOf } = require('../../domain/rules/zoned');
  const ZONES = [...new Set(Object.values(require('../../domain/rules/jurisdictions').NOTICE_JURISDICTIONS).map((j: any) => j.holidays.timeZone as string))];
  test('every regulator zone, any instant 2000-2100: the offset table and its luxon zone agree with luxon\'s own', () => {
    expect(ZONES).toEqual(expect.arrayContaining(['America/Chicago', 'America/New_York', 'America/Anchorage']));
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-12-31T23:59:59Z') }), fc.constantFrom(...ZONES), (ms, zone) => {
        const dt = DateTime.fromMillis(ms, { zone });
        expect(isoInZone(ms, zone)).toBe(dt.toISO());
        expect(localDateInZone(ms, zone)).toBe(dt.toISODate());
        const fast = DateTime.fromMillis(ms, { zone: zoneOf(zone) });
        expect([fast.toISO(), fast.plus({ days: 1 }).startOf('day').toISO()]).toEqual([dt.toISO(), dt.plus({ days: 1 }).startOf('day').toISO()]);
        expect(startOfNextLocalDay(ms, zone)).toBe(dt.plus({ days: 1 }).startOf('day').toMillis());
      }),
      { numRuns: 5000 },
    );
  });
  test('startOfNextLocalDay (S.C. Code 38-99-40: a provider clock "shall begin on the day after") equals luxon on every day of the DST seasons 2000-2100 in every regulator zone, just before and just after local midnight', () => {
    let checked = 0;
    for (const zone of ZONES) {
      for (let year = 2000; year <= 2100; year++) {
        // March to mid-April and mid-October to mid-November hold every US change of offset since 1987.
        for (const [from, days] of [[`${year}-03-01`, 46], [`${year}-10-15`, 32]] as const) {
          let next = DateTime.fromISO(from, { zone }).plus({ days: 1 });
          for (let i = 0; i < days; i++) {
            const after = next.plus({ days: 1 });
            // The last millisecond of a day and the first of the next: the answer moves by exactly one day between them.
            expect([startOfNextLocalDay(next.toMillis() - 1, zone), startOfNextLocalDay(next.toMillis(), zone)]).toEqual([next.toMillis(), after.toMillis()]);
            next = after;
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(78 * 101 * ZONES.length);
  });
  test('wallClockAfter (72 hours on the regulator\'s wall clock): an hour from 72 real hours only across a change of offset, and the same wall-clock time where it exists', () => {
    const { wallClockAfter, offsetMinutes } = require('../../domain/rules/zoned');
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-12-01T00:00:00Z') }), fc.constantFrom(...ZONES), (ms, zone) => {
        const end = wallClockAfter(ms, 72, zone);
        const diff = (end - ms) / 3_600_000;
        expect([71, 72, 73]).toContain(diff);
        if (diff !== 72) expect(offsetMinutes(zone, end)).not.toBe(offsetMinutes(zone, ms));
        const wall = DateTime.fromMillis(ms, { zone }).plus({ days: 3 });
        if (wall.hour === DateTime.fromMillis(ms, { zone }).hour) expect(DateTime.fromMillis(end, { zone }).toFormat('HH:mm:ss.SSS')).toBe(wall.toFormat('HH:mm:ss.SSS'));
      }),
      { numRuns: 3000 },
    );
  });
  test('parseInstant equals Date.parse for any instant 2000-2100 written in any regulator zone, Z, or with seconds only; and defers to it for any other shape', () => {
    const { parseInstant } = require('../../domain/rules/days');
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-12-31T23:59:59Z') }), fc.constantFrom(...ZONES, 'UTC'), fc.boolean(), (ms, zone, short) => {
        const iso = DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: short })!;
        const z = new Date(ms).toISOString();
        expect([parseInstant(iso), parseInstant(z)]).toEqual([Date.parse(iso), Date.parse(z)]);
      }),
      { numRuns: 3000 },
    );
    // Where the fast path declines, Date.parse decides, as before it: the doors' schemas refuse impossible dates first.
    for (const odd of ['2026-02-31T10:00:00Z', '2026-11-23T10:00Z', '2026-11-23T10:00:00.5+05:30']) expect(parseInstant(odd)).toBe(Date.parse(odd));
    expect(() => parseInstant('not a date')).toThrow(RangeError);
  });

  test('isoInZone and localDateInZone equal luxon for any instant 2026-2028, across DST changes', () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom('America/Chicago', 'America/New_York'), (ms, zone) => {
        const dt = DateTime.fromMillis(ms, { zone });
        expect(isoInZone(ms, zone)).toBe(dt.toISO());
        expect(localDateInZone(ms, zone)).toBe(dt.toISODate());
      }),
      { numRuns: 5000 },
    );
    // The hours around the 2026 changes, minute by minute.
    for (const start of [Date.parse('2026-03-08T06:00:00Z'), Date.parse('2026-11-01T04:00:00Z')]) {
      for (let ms = start; ms < start + 4 * 3_600_000; ms += 60_000) {
        for (const zone of ['America/Chicago', 'America/New_York']) expect(isoInZone(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).toISO());
      }
    }
  });
});

describe('planning always ends: every instant the doors accept (2000 to 2100) plans, with every loop bounded', () => {
  const { EARLIEST_INSTANT, LATEST_INSTANT, parseIncident } = require('../../domain/incident/incident');
  const anyAccepted = fc.integer({ min: Date.parse(EARLIEST_INSTANT), max: Date.parse(LATEST_INSTANT) }).map((ms) => new Date(ms).toISOString());
  test('determination, provider, reinsurer and event dates anywhere in range plan without throwing', () => {
    fc.assert(
      fc.property(anyAccepted, anyAccepted, anyAccepted, fc.constantFrom('insurer', 'assuming-insurer', 'other-licensee' as const), (d, n, e, role) => {
        const parsed = parseIncident({
          incidentId: 'R', title: 't', licensee: { name: 'L', role, domicileState: 'MO' }, determinedAt: d,
          thirdParty: { provider: 'V', notifiedLicenseeAt: n }, reinsurerNotice: { reinsurer: 'Re', notifiedAt: e },
          eventDetails: { occurredAt: e }, residents: { MO: 300, NH: 300 }, nonpublicInformation: true,
          materialHarmLikely: true, otherGovernmentNoticeRequired: true, producersOfRecord: true,
          contacts: { owner: 'o@example.com', escalation: [] },
        });
        expect(parsed.ok).toBe(true);
        const plan = planIncident(parsed.value, calendar);
        const { reminderSchedule } = require('../../domain/rules/reminders');
        const { followUpTargets } = require('../../domain/rules/follow-up-schedule');
        reminderSchedule(plan, calendar);
        followUpTargets(parsed.value, plan, calendar);
      }),
      { numRuns: 300 },
    );
  });
});
