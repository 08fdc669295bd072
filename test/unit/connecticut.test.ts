/**
 * Connecticut, Conn. Gen. Stat. § 38a-38(d)-(e) (text: docs/law/CT/cgs-38a-38.txt): three business days after
 * the licensee "first determines", on the legal holidays of § 1-4 (docs/law/CT/holidays-1-4.txt) with its Saturday
 * and Sunday rules; days known only by proclamation (Thanksgiving, Good Friday) are counted and named; an assuming
 * insurer has seventy-two hours; consumers under § 36a-701b are not evaluated.
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';
import { defaultCalendar } from '../../domain/rules/calendar';

const base: Incident = stateIncident('CT', 'Nutmeg Mutual', '-05:00');
const { plan, find } = statePlans(base);

describe('§ 38a-38(e)(1): three business days after the licensee first determines', () => {
  test.each([
    ['§ 1-4: Thanksgiving (by proclamation) counted (Tue, Wed, Thu), named', '2026-11-23T10:15:00-05:00', '2026-11-26T23:59:59.999-05:00', 'Thanksgiving Day: a holiday when the President or the Governor appoints'],
    ['§ 1-4: Good Friday (the Governor\'s proclamation) counted, named', '2026-04-01T10:00:00-04:00', '2026-04-06T23:59:59.999-04:00', 'Good Friday: a holiday when the Governor appoints'],
    ['§ 1-4 (P.A. 22-128): Juneteenth 2022 (Monday 20 June), before the amendment is surely in force, counted, named', '2022-06-16T10:00:00-04:00', '2022-06-21T23:59:59.999-04:00', 'Juneteenth: added to § 1-4 by P.A. 22-128'],
  ])('%s', (_what, determinedAt, dueAt, named) => {
    const o = find(plan({ determinedAt }), 'CT/regulator-notice')!;
    expect(o.dueAt).toBe(dueAt);
    expect(o.basis.join(' ')).toContain(`(${named}`);
  });

  test.each([
    ['§ 1-4 Saturday rule: Independence Day on Saturday 4 July 2026 is kept Friday 3 July', '2026-07-02T10:00:00-04:00', '2026-07-08T23:59:59.999-04:00', 'Independence Day (observed) (Conn. Gen. Stat. § 1-4 (Saturday rule))'],
    ['§ 1-4 Sunday rule: Independence Day on Sunday 4 July 2027 is kept Monday 5 July', '2027-07-02T10:00:00-04:00', '2027-07-08T23:59:59.999-04:00', 'Independence Day (observed) (Conn. Gen. Stat. § 1-4 (Sunday rule))'],
    ['§ 1-4: Juneteenth Independence Day, Friday 19 June 2026', '2026-06-17T10:00:00-04:00', '2026-06-23T23:59:59.999-04:00', 'Juneteenth (Conn. Gen. Stat. § 1-4)'],
    ['§ 1-4: Lincoln Day, Thursday 12 February 2026', '2026-02-10T10:00:00-05:00', '2026-02-17T23:59:59.999-05:00', "Lincoln's Birthday (Conn. Gen. Stat. § 1-4)"],
  ])('%s: a legal holiday, not a business day', (_what, determinedAt, dueAt, skipped) => {
    const o = find(plan({ determinedAt }), 'CT/regulator-notice')!;
    expect(o.dueAt).toBe(dueAt);
    expect(o.basis.join(' ')).toContain(`Skipped legal holiday`);
    expect(o.basis.join(' ')).toContain(skipped);
  });

  test.each([
    [2026, ['2026-01-01', '2026-01-19', '2026-02-12', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-12-25']],
    [2027, ['2027-01-01', '2027-01-18', '2027-02-12', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-12-24', '2027-12-31']],
  ])('§ 1-4: the weekday legal holidays of %i, worked out by hand from the statute', (year, dates) => {
    expect(defaultCalendar().holidaysOf('CT', year).map((h) => h.date)).toEqual(dates);
  });

  test.each([
    ['(1)(A) domicile and harm, even without words on nonpublic information', { nonpublicInformation: false }, true],
    ['(1)(A) domicile without harm', { materialHarmLikely: false }, false],
    ['(1)(B) 250 residents\' nonpublic information and a notice owed elsewhere', { licensee: { name: 'X', role: 'insurer', domicileState: 'NY' }, residents: { CT: 250 }, materialHarmLikely: false, otherGovernmentNoticeRequired: true }, true],
    ['(1)(B) 249 residents', { licensee: { name: 'X', role: 'insurer', domicileState: 'NY' }, residents: { CT: 249 } }, false],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    expect(!!find(plan(changes), 'CT/regulator-notice')).toBe(owed);
  });

  test('the text in hand is in force from 2021-07-12 (P.A. 21-157); an earlier determination is not evaluated under it', () => {
    expect(plan({ determinedAt: '2021-03-01T10:00:00-05:00' }).notApplicable.find((n) => n.id === 'CT/regulator-notice')!.reason).toContain('in force from 2021-07-12');
  });
});

test('§ 38a-38(e)(5): an assuming insurer notifies within seventy-two hours of discovering the event, or of its provider\'s notice', () => {
  const p = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'CT' } });
  expect(find(p, 'CT/ceding-insurer-notice')!.dueAt).toBe('2026-11-26T10:15:00.000-05:00');
  const viaProvider = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'CT' }, thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-22T09:00:00-05:00' } });
  expect(find(viaProvider, 'CT/regulator-notice')!.dueAt).toBe('2026-11-25T09:00:00.000-05:00');
});

test('§ 38a-38(e)(3), (6), (2)(B); (d)(4): consumers under § 36a-701b; the copy and the producer notice owed with them; update; five years of records', () => {
  const p = plan({ producersOfRecord: true });
  expect(p.obligations.find((o) => o.id === 'CT/consumer-notice')!.citation).toBe('Conn. Gen. Stat. § 36a-701b(b)(1)');
  expect(find(p, 'CT/consumer-notice-copy')!.citation).toBe('Conn. Gen. Stat. § 38a-38(e)(3)');
  expect(find(p, 'CT/producer-notice')!.citation).toBe('Conn. Gen. Stat. § 38a-38(e)(6)');
  expect(find(p, 'CT/regulator-update')!.citation).toBe('Conn. Gen. Stat. § 38a-38(e)(2)(B)');
  expect(find(p, 'CT/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-05:00');
});
