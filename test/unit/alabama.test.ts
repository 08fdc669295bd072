/**
 * Alabama, Ala. Code §§ 27-62-5, -6, -9 (text: docs/law/AL/ala-code-27-62.txt) with its holidays (§ 1-3-8):
 * three business days from a determination; harm to a resident or to the licensee's normal operation; a
 * provider's own notice to the commissioner excuses the licensee; the consumer side (ch. 8-38) is not in hand.
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';
import { defaultCalendar } from '../../domain/rules/calendar';

const base: Incident = stateIncident('AL', 'Heart of Dixie Mutual', '-06:00');
const { plan, find } = statePlans(base);
const X = { name: 'X', role: 'insurer', domicileState: 'GA' } as const;

describe('§ 27-62-6(a): three business days, counted on Alabama\'s holidays (§ 1-3-8), central time', () => {
  test.each([
    // Thanksgiving is a holiday only when the Governor designates it: counted, named, with the later date.
    ['Thanksgiving week: the Governor\'s day of thanksgiving is counted and named', '2026-11-23T10:15:00-06:00', '2026-11-26T23:59:59.999-06:00', 'Disputed day Thu 2026-11-26 (Thanksgiving Day'],
    // Jefferson Davis' birthday, the first Monday in June (2026-06-01), is a legal holiday.
    ['§ 1-3-8(b)(4): the first Monday in June is skipped', '2026-05-29T09:00:00-05:00', '2026-06-04T23:59:59.999-05:00', 'Skipped legal holiday Mon 2026-06-01'],
    // Confederate Memorial Day, the fourth Monday in April (2026-04-27).
    ['§ 1-3-8(b)(3): the fourth Monday in April is skipped', '2026-04-24T09:00:00-05:00', '2026-04-30T23:59:59.999-05:00', 'Skipped legal holiday Mon 2026-04-27'],
    // July 4, 2026 is a Saturday: "the preceding day is the holiday".
    ['§ 1-3-8(a) Saturday rule: Friday 3 July 2026 is the holiday', '2026-07-01T09:00:00-05:00', '2026-07-07T23:59:59.999-05:00', '(Ala. Code § 1-3-8(a) (Saturday rule))'],
    // Juneteenth is not in § 1-3-8: counted as a business day and named.
    ['Juneteenth is not listed: counted and named', '2026-06-18T09:00:00-05:00', '2026-06-23T23:59:59.999-05:00', 'Disputed day Fri 2026-06-19 (Juneteenth'],
  ])('%s', (_what, determinedAt, dueAt, said) => {
    const o = find(plan({ determinedAt }), 'AL/regulator-notice')!;
    expect(o.dueAt).toBe(dueAt);
    expect(o.citation).toBe('Ala. Code § 27-62-6(a)');
    expect(o.basis.join(' ')).toContain(said);
  });

  test('§ 1-3-8(a) Sunday rule: Christmas 2033 (a Sunday) is kept on Monday 26 December', () => {
    expect(defaultCalendar().holiday('AL', '2033-12-26')?.citation).toBe('Ala. Code § 1-3-8(a) (Sunday rule)');
  });
});

describe('§ 27-62-6(a)(1)-(2): who must notify the commissioner', () => {
  test.each([
    ['(a)(1) domicile and harm to a resident or to the licensee\'s operation', {}, true],
    ['(a)(1) domicile, no harm likely', { materialHarmLikely: false }, false],
    ['(a) no nonpublic information', { nonpublicInformation: false }, false],
    ['(a)(2) 250 residents and a notice owed elsewhere', { licensee: X, residents: { AL: 250 }, materialHarmLikely: false, otherGovernmentNoticeRequired: true }, true],
    ['(a)(2) 250 residents and harm', { licensee: X, residents: { AL: 250 } }, true],
    ['(a)(2) 249 residents', { licensee: X, residents: { AL: 249 } }, false],
    ['(a)(2) 250 residents, no harm, no other notice', { licensee: X, residents: { AL: 250 }, materialHarmLikely: false }, false],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    expect(!!find(plan(changes), 'AL/regulator-notice')).toBe(owed);
  });

  test('§ 27-62-9(a)(2): a HIPAA licensee keeps the notice, and the exception is named', () => {
    const o = find(plan({ hipaaCovered: true }), 'AL/regulator-notice')!;
    expect(o.basis.join(' ')).toContain('HIPAA-covered licensee: a HIPAA licensee with a HIPAA information security program');
    expect(o.basis.join(' ')).toContain('(Ala. Code § 27-62-9(a)(3))');
  });
});

test('§ 27-62-6(e): the day after a provider\'s notice starts the count; its own notice to the commissioner excuses the licensee', () => {
  const o = find(plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-16T12:00:00-06:00' } }), 'AL/regulator-notice')!;
  expect(o.dueAt).toBe('2026-11-19T23:59:59.999-06:00'); // Tue 17, Wed 18, Thu 19
  const excused = plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-16T12:00:00-06:00', providerNotifiedRegulators: ['AL'] } });
  expect(find(excused, 'AL/regulator-notice')).toBeUndefined();
  expect(excused.notApplicable.find((n) => n.id === 'AL/regulator-notice')!.reason).toContain('Ala. Code § 27-62-6(e)(1)');
});

test('§ 27-62-6(f): an assuming insurer has three business days and no other notice duties', () => {
  const p = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'AL' } });
  expect(find(p, 'AL/ceding-insurer-notice')!.dueAt).toBe('2026-11-26T23:59:59.999-06:00');
  // Ala. Code § 27-62-6(f)(3) is named beside ch. 8-38, which reaches anyone holding Alabama residents' data (issue #26).
  expect(find(p, 'AL/consumer-notice')?.basis.join(' ') ?? p.notApplicable.find((n) => n.id === 'AL/consumer-notice')!.reason).toContain('Ala. Code § 27-62-6(f)(3)');
});

test('§ 27-62-6(d), (g), (c); § 27-62-5(e): consumers under ch. 8-38 (45 days); the copy and the producer notice owed with it; update; five years of records', () => {
  const p = plan({ residents: { AL: 400 }, producersOfRecord: true });
  expect(find(p, 'AL/consumer-notice')!.citation).toBe('Ala. Code § 8-38-5(a)-(b)');
  expect(find(p, 'AL/consumer-notice-copy')!.citation).toBe('Ala. Code § 27-62-6(d)');
  expect(find(p, 'AL/producer-notice')!.basis.join(' ')).toContain('not authorized by law or contract');
  expect(find(p, 'AL/regulator-update')!.citation).toBe('Ala. Code § 27-62-6(c)');
  expect(find(p, 'AL/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-06:00');
});
