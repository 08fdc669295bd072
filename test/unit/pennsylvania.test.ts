/**
 * Pennsylvania, 40 Pa.C.S. §§ 4517-4518 (text: docs/law/PA/pa-40-ch45.txt): five business days to the
 * commissioner, three for an assuming insurer; its holiday statute is not in hand, so every weekday counts and
 * the days that may be holidays are named; the consumer statute (73 P.S. § 2303) is not in hand, never evaluated.
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';

const base: Incident = stateIncident('PA', 'Keystone Mutual', '-05:00');
const { plan, find } = statePlans(base);

test('§ 4518(a): five business days; Thanksgiving counted (the holiday statute is not in hand) and named with the later date', () => {
  const o = find(plan({}), 'PA/regulator-notice')!;
  // Tue 24, Wed 25, Thu 26 (Thanksgiving, counted), Fri 27, Mon 30.
  expect(o.dueAt).toBe('2026-11-30T23:59:59.999-05:00');
  expect(o.basis.join(' ')).toContain('Disputed day Thu 2026-11-26 (Thanksgiving Day: may be a legal holiday in Pennsylvania; 44 P.S. § 11 is not in hand');
  expect(o.basis.join(' ')).toContain('If the disputed day(s) were holidays the deadline would be Tue 2026-12-01');
});

describe('§ 4518(a)(1)-(2): who must notify the commissioner', () => {
  test.each([
    ['(a)(1) domicile and material harm', {}, true],
    ['(a)(1) domicile without harm', { materialHarmLikely: false }, false],
    ['(a) no nonpublic information', { nonpublicInformation: false }, false],
    ['(a)(2) 250 residents and a notice owed elsewhere', { licensee: { name: 'X', role: 'insurer', domicileState: 'OH' }, residents: { PA: 250 }, materialHarmLikely: false, otherGovernmentNoticeRequired: true }, true],
    ['(a)(2) 249 residents', { licensee: { name: 'X', role: 'insurer', domicileState: 'OH' }, residents: { PA: 249 } }, false],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    expect(!!find(plan(changes), 'PA/regulator-notice')).toBe(owed);
  });

  test('a determination before the Act\'s notice duties were in force owes nothing under it', () => {
    const p = plan({ determinedAt: '2023-06-01T10:00:00-04:00' });
    expect(find(p, 'PA/regulator-notice')).toBeUndefined();
    expect(p.notApplicable.find((n) => n.id === 'PA/regulator-notice')!.reason).toContain('in force from 2023-12-11');
  });
});

test('§ 4518(e): the provider\'s own notice to the commissioner excuses the licensee; otherwise the day after its notice starts the count', () => {
  const o = find(plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-16T12:00:00-05:00' } }), 'PA/regulator-notice')!;
  expect(o.dueAt).toBe('2026-11-23T23:59:59.999-05:00'); // Tue 17 ... Mon 23
  const excused = plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-16T12:00:00-05:00', providerNotifiedRegulators: ['PA'] } });
  expect(find(excused, 'PA/regulator-notice')).toBeUndefined();
});

test('§ 4518(f): an assuming insurer has three business days and no other notice duties', () => {
  const p = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'PA' } });
  expect(find(p, 'PA/ceding-insurer-notice')!.dueAt).toBe('2026-11-26T23:59:59.999-05:00');
  expect(p.notApplicable.find((n) => n.id === 'PA/consumer-notice')!.reason).toContain('40 Pa.C.S. § 4518(f)(3)');
});

test('§ 4518(d), (g), (c); § 4517(d): consumers not evaluated; the copy and the producer notice owed with it; update; five years of records', () => {
  const p = plan({ residents: { PA: 400 }, producersOfRecord: true });
  expect(p.notApplicable.find((n) => n.id === 'PA/consumer-notice')!.reason).toMatch(/^Not evaluated: 73 P\.S\. § 2303/);
  expect(find(p, 'PA/consumer-notice-copy')!.citation).toBe('40 Pa.C.S. § 4518(d)');
  const producer = find(p, 'PA/producer-notice')!;
  expect(producer.dueRule).toBe('no later than the time at which notice is provided to the affected consumers');
  expect(producer.basis.join(' ')).toContain('not evaluated (its text is not in hand): owed here');
  expect(find(p, 'PA/regulator-update')!.citation).toBe('40 Pa.C.S. § 4518(c)');
  expect(find(p, 'PA/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-05:00');
});

describe('§ 4532(b): a HIPAA licensee is "deemed to comply ... except for the notification requirements of section 4518(a), (b) and (c)"', () => {
  const p = () => plan({ hipaaCovered: true, producersOfRecord: true });
  test.each([
    ['§ 4518(a): the commissioner notice stays', 'PA/regulator-notice'],
    ['§ 4518(c): the duty to update stays', 'PA/regulator-update'],
  ])('%s', (_what, id) => {
    expect(find(p(), id)).toBeDefined();
  });
  test.each([
    ['§ 4518(d): the copy of the consumer notice is deemed met', 'PA/consumer-notice-copy'],
    ['§ 4518(g): the producer notice is deemed met', 'PA/producer-notice'],
    ['§ 4517(d): the records are deemed met', 'PA/record-retention'],
  ])('%s', (_what, id) => {
    expect(find(p(), id)).toBeUndefined();
    expect(p().notApplicable.find((n) => n.id === id)!.reason).toMatch(/^Deemed met for a HIPAA-covered licensee: .*"shall be deemed to comply with the requirements of this chapter except for the notification requirements of section 4518\(a\), \(b\) and \(c\)".*\(40 Pa\.C\.S\. § 4532\(b\)\)\.$/);
  });
  test('a licensee not governed by HIPAA owes them all', () => {
    for (const id of ['PA/consumer-notice-copy', 'PA/producer-notice', 'PA/record-retention']) expect([id, !!find(plan({ producersOfRecord: true }), id)]).toEqual([id, true]);
  });
});
