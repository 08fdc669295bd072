/**
 * South Carolina, S.C. Code § 38-99-40 (text: docs/law/SC/sc-code-38-99.txt): a regulator clock in hours,
 * a domicile criterion without a harm test, the provider clock "on the day after", an assuming insurer's 72
 * hours, and a consumer statute (§ 39-1-90) whose text is not in hand, so never evaluated.
 */
import fc from 'fast-check';
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';
import { reminderSchedule } from '../../domain/rules/reminders';
import { defaultCalendar } from '../../domain/rules/calendar';

const base: Incident = stateIncident('SC', 'Palmetto Mutual', '-05:00', { materialHarmLikely: false });
const { plan, find: obligation } = statePlans(base);

describe('§ 38-99-40(A): 72 hours after determining, in real hours or on the wall clock, whichever ends first', () => {
  test.each([
    ['an ordinary week (Thanksgiving does not move an hour clock)', '2026-11-23T10:15:00-05:00', '2026-11-26T10:15:00.000-05:00', null],
    ['across the spring change to daylight time: 72 hours on the wall clock (71 real hours) end first; 72 real hours named', '2026-03-06T12:00:00-05:00', '2026-03-09T12:00:00.000-04:00', "72 hours on the regulator's wall clock end at 2026-03-09T12:00:00.000-04:00, an hour before 72 real hours (2026-03-09T13:00:00.000-04:00, later and not used)"],
    ['across the autumn change to standard time: 72 real hours end first; the wall-clock reading named', '2026-10-30T12:00:00-04:00', '2026-11-02T11:00:00.000-05:00', "72 real hours end at 2026-11-02T11:00:00.000-05:00, an hour before the same time on the regulator's wall clock (2026-11-02T12:00:00.000-05:00, later and not used)"],
    ['over a weekend: hours, not business days', '2026-11-27T16:00:00-05:00', '2026-11-30T16:00:00.000-05:00', null],
  ])('%s', (_what, determinedAt, dueAt, named) => {
    const o = obligation(plan({ determinedAt }), 'SC/regulator-notice')!;
    expect(o.dueAt).toBe(dueAt);
    expect(o.citation).toBe('S.C. Code § 38-99-40(A)');
    expect(o.dueRule).toBe('no later than 72 hours after determination');
    expect(o.basis.join(' ')).toContain('real hours');
    if (named) expect(o.basis.join(' ')).toContain(named);
  });

  test('the deadline is the instant itself, shown as such: its reminders fall before it', () => {
    const p = plan({});
    const reminders = reminderSchedule(p, defaultCalendar()).filter((r) => r.obligationId === 'SC/regulator-notice');
    expect(reminders.map((r) => [r.slot, r.at])).toEqual([
      ['2-business-days-before', '2026-11-24T09:00:00.000-05:00'],
      ['1-business-day-before', '2026-11-25T09:00:00.000-05:00'],
      ['2-hours-before', '2026-11-26T08:15:00.000-05:00'],
      ['due-day-09:00', '2026-11-26T09:00:00.000-05:00'],
    ]);
  });
});

describe('§ 38-99-40(A)(1)-(2): who must notify the director', () => {
  test.each([
    ['(A)(1) domicile alone, no harm, no nonpublic information', { nonpublicInformation: false, materialHarmLikely: false }, true],
    ['(A)(2) 250 residents with harm, domiciled elsewhere', { licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { SC: 250 }, materialHarmLikely: true }, true],
    ['(A)(2) 249 residents are fewer than 250', { licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { SC: 249 }, materialHarmLikely: true }, false],
    ['(A)(2) needs nonpublic information of the residents', { licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { SC: 900 }, materialHarmLikely: true, nonpublicInformation: false }, false],
    ['(A)(2)(a) notice owed to another government body, without harm', { licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { SC: 300 }, otherGovernmentNoticeRequired: true }, true],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    const p = plan(changes);
    expect(!!obligation(p, 'SC/regulator-notice')).toBe(owed);
    if (!owed) expect(p.notApplicable.find((n) => n.id === 'SC/regulator-notice')!.reason).toMatch(/S\.C\. Code § 38-99-40\(A\)/);
  });
});

describe('§ 38-99-40(D): a provider\'s event counts from the day after its notice or the licensee\'s knowledge, whichever is sooner', () => {
  test('the day after the provider\'s notice starts the 72 hours, earlier than the determination', () => {
    const o = obligation(plan({ thirdParty: { provider: 'Vendor', notifiedLicenseeAt: '2026-11-20T15:30:00-05:00' } }), 'SC/regulator-notice')!;
    expect(o.dueAt).toBe('2026-11-24T00:00:00.000-05:00');
    expect(o.clockStartsAt).toBe('2026-11-21T00:00:00.000-05:00');
    expect(o.basis.join(' ')).toContain('Other reading, later and not used: 72 hours from determination');
  });

  test('§ 38-99-40(D)(2): the day after on the licensee\'s own calendar: a California licensee told Monday 22:00 PST (Tuesday 01:00 in Columbia) counts from Tuesday 00:00 PST, 21 hours before Wednesday 00:00 EST', () => {
    const o = obligation(plan({ determinedAt: '2026-11-26T10:00:00-08:00', thirdParty: { provider: 'Vendor', notifiedLicenseeAt: '2026-11-23T22:00:00-08:00' } }), 'SC/regulator-notice')!;
    expect(o.clockStartsAt).toBe('2026-11-24T03:00:00.000-05:00');
    expect(o.dueAt).toBe('2026-11-27T03:00:00.000-05:00');
    expect(o.basis.join(' ')).toContain("The day after begins sooner on the licensee's clock (offset -08:00), 2026-11-24T03:00:00.000-05:00 than on the regulator's clock (America/New_York), 2026-11-25T00:00:00.000-05:00, later and not used.");
  });

  test('a provider\'s notice after the determination never makes the deadline later than the determination alone (property)', () => {
    const alone = Date.parse(obligation(plan({}), 'SC/regulator-notice')!.dueAt!);
    fc.assert(
      fc.property(fc.integer({ min: -30 * 24, max: 30 * 24 }), (h) => {
        const at = new Date(Date.parse(base.determinedAt) + h * 3_600_000).toISOString();
        const o = obligation(plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: at } }), 'SC/regulator-notice')!;
        expect(Date.parse(o.dueAt!)).toBeLessThanOrEqual(alone);
      }),
      { numRuns: 200 },
    );
  });
});

test('§ 38-99-40(E): an assuming insurer notifies its ceding insurers and its domicile\'s director within 72 hours', () => {
  const p = plan({ licensee: { name: 'Palmetto Re', role: 'assuming-insurer', domicileState: 'SC' }, cedingInsurers: ['Carolina Mutual'] });
  expect(obligation(p, 'SC/ceding-insurer-notice')!.dueAt).toBe('2026-11-26T10:15:00.000-05:00');
  expect(obligation(p, 'SC/ceding-insurer-notice')!.basis[0]).toBe('An assuming insurer notifies its affected ceding insurers within 72 hours (S.C. Code § 38-99-40(E)(1)(a)).');
  // (E)(2)(a): "within seventy-two hours after receiving notice from its third-party service provider".
  const viaProvider = plan({ licensee: { name: 'Palmetto Re', role: 'assuming-insurer', domicileState: 'SC' }, thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-22T08:00:00-05:00' } });
  expect(obligation(viaProvider, 'SC/regulator-notice')!.dueAt).toBe('2026-11-25T08:00:00.000-05:00');
});

describe('§§ 53-5-10, 53-5-30: South Carolina\'s legal holidays, with the Saturday-to-Friday and Sunday-to-Monday rule', () => {
  test.each([
    [2026, ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-11', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-11', '2026-11-26', '2026-11-27', '2026-12-24', '2026-12-25']],
    [2027, ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-10', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-11', '2027-11-25', '2027-11-26', '2027-12-24', '2027-12-27', '2027-12-31']],
  ])('§ 53-5-10: the weekday legal holidays of %i, worked out by hand (Thanksgiving and the day after; 24-26 December; no Juneteenth, no Columbus Day)', (year, dates) => {
    expect(defaultCalendar().holidaysOf('SC', year).map((h) => h.date)).toEqual(dates);
  });
  test.each([
    ['§ 53-5-30 Sunday rule: Confederate Memorial Day on Sunday 10 May 2026 is kept Monday 11 May', '2026-05-11', 'S.C. Code § 53-5-30 (Sunday rule)'],
    ['§ 53-5-30 Saturday rule: Independence Day on Saturday 4 July 2026 is kept Friday 3 July', '2026-07-03', 'S.C. Code § 53-5-30 (Saturday rule)'],
    ['§ 53-5-10: the day after Thanksgiving', '2026-11-27', 'S.C. Code § 53-5-10'],
    ['§ 53-5-10: the twenty-fourth day of December', '2026-12-24', 'S.C. Code § 53-5-10'],
  ])('%s', (_what, date, citation) => {
    expect(defaultCalendar().holiday('SC', date)?.citation).toBe(citation);
    expect(defaultCalendar().isBusinessDay('SC', date)).toBe(false);
  });
  test('§ 53-5-10 lists neither Juneteenth nor Columbus Day: business days, not disputed', () => {
    for (const d of ['2026-06-19', '2026-10-12']) expect([d, defaultCalendar().isBusinessDay('SC', d, true)]).toEqual([d, true]);
  });
  test('reminders counted in business days skip South Carolina\'s holidays: a deadline on Monday 30 November 2026 is reminded Wednesday 25th and Tuesday 24th', () => {
    const p = plan({ determinedAt: '2026-11-27T16:00:00-05:00' });
    const reminders = reminderSchedule(p, defaultCalendar()).filter((r) => r.obligationId === 'SC/regulator-notice');
    expect(reminders.filter((r) => r.slot.includes('business')).map((r) => [r.slot, r.at])).toEqual([
      ['2-business-days-before', '2026-11-24T09:00:00.000-05:00'],
      ['1-business-day-before', '2026-11-25T09:00:00.000-05:00'],
    ]);
  });
});

test('§ 38-99-40(C): consumers under § 39-1-90 (issue #26); the copy to the director stays owed with it', () => {
  const p = plan({ residents: { SC: 300 } });
  expect(obligation(p, 'SC/consumer-notice')!.citation).toBe('S.C. Code § 39-1-90(A)');
  const copy = obligation(p, 'SC/consumer-notice-copy')!;
  expect(copy.citation).toBe('S.C. Code § 38-99-40(C)');
  expect(copy.dueAt).toBeNull();
});

test('§ 38-99-40(B), (F), § 38-99-30(B), (D): update, producers as directed, the investigation and five years of records', () => {
  const p = plan({ producersOfRecord: true });
  expect(obligation(p, 'SC/regulator-update')!.citation).toBe('S.C. Code § 38-99-40(B)');
  expect(obligation(p, 'SC/producer-notice')!.citation).toBe('S.C. Code § 38-99-40(F)');
  expect(obligation(p, 'SC/producer-notice')!.dueAt).toBeNull();
  expect(obligation(p, 'SC/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-05:00');
  expect(p.investigation!.map((i) => i.citations.some((c) => c.startsWith('S.C. Code § 38-99-30(B)')))).toEqual([true, true, true, true]);
});
