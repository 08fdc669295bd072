/**
 * Connecticut, Conn. Gen. Stat. § 38a-38(d)-(e) (text: docs/law/CT/cgs-38a-38.txt): three business days after
 * the licensee "first determines"; an assuming insurer has seventy-two hours; Good Friday, a holiday by the
 * Governor's proclamation, and the other days that may be holidays are counted and named; consumers under
 * § 36a-701b are not evaluated (its text is not in hand).
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';

const base: Incident = stateIncident('CT', 'Nutmeg Mutual', '-05:00');
const { plan, find } = statePlans(base);

describe('§ 38a-38(e)(1): three business days after the licensee first determines', () => {
  test.each([
    ['Thanksgiving week: Thanksgiving counted (Tue, Wed, Thu), named', '2026-11-23T10:15:00-05:00', '2026-11-26T23:59:59.999-05:00', 'Thanksgiving Day'],
    ['Good Friday (the Governor\'s proclamation) counted, named', '2026-04-01T10:00:00-04:00', '2026-04-06T23:59:59.999-04:00', 'Good Friday'],
  ])('%s', (_what, determinedAt, dueAt, named) => {
    const o = find(plan({ determinedAt }), 'CT/regulator-notice')!;
    expect(o.dueAt).toBe(dueAt);
    expect(o.basis.join(' ')).toContain(`(${named}: may be a legal holiday in Connecticut; Conn. Gen. Stat. § 1-4 is not in hand`);
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

test('§ 38a-38(e)(3), (6), (2)(B); (d)(4): consumers not evaluated; the copy and the producer notice owed with them; update; five years of records', () => {
  const p = plan({ producersOfRecord: true });
  expect(p.notApplicable.find((n) => n.id === 'CT/consumer-notice')!.reason).toMatch(/^Not evaluated: Conn\. Gen\. Stat\. § 36a-701b/);
  expect(find(p, 'CT/consumer-notice-copy')!.citation).toBe('Conn. Gen. Stat. § 38a-38(e)(3)');
  expect(find(p, 'CT/producer-notice')!.citation).toBe('Conn. Gen. Stat. § 38a-38(e)(6)');
  expect(find(p, 'CT/regulator-update')!.citation).toBe('Conn. Gen. Stat. § 38a-38(e)(2)(B)');
  expect(find(p, 'CT/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-05:00');
});
