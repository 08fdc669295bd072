/**
 * Iowa, Iowa Code §§ 507F.6-507F.13 (text: docs/law/IA/iowa-code-507F.txt) with its holidays (§§ 1C.1, 1C.2):
 * three business days from the licensee's "confirmation"; (a) the domicile plus a notice owed elsewhere or harm to
 * operations; (b) 250 or more consumers (Iowa residents); the provider clock begins "on the business day after".
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';
import { defaultCalendar } from '../../domain/rules/calendar';

const base: Incident = stateIncident('IA', 'Hawkeye Mutual', '-06:00');
const { plan, find } = statePlans(base);
const X = { name: 'X', role: 'insurer', domicileState: 'NE' } as const;

describe('§ 507F.7(1): three business days on the days both 1C.1 and 1C.2 make holidays', () => {
  test.each([
    // Thanksgiving (both lists) skipped; the Friday after (1C.2 only) counted and named: Tue 24, Wed 25, Fri 27.
    ['Thanksgiving skipped, the Friday after counted and named', '2026-11-23T10:15:00-06:00', '2026-11-27T23:59:59.999-06:00', 'Disputed day Fri 2026-11-27 (Friday after Thanksgiving'],
    // Lincoln's Birthday (Thu 12 Feb 2026, 1C.1 only) counted and named.
    ["Lincoln's Birthday counted and named", '2026-02-10T09:00:00-06:00', '2026-02-13T23:59:59.999-06:00', "Disputed day Thu 2026-02-12 (Lincoln's Birthday"],
    // July 4, 2026 is a Saturday: 1C.2(3) grants Friday 3 July to state employees; 1C.1 has no weekend rule.
    ['a Saturday holiday\'s Friday is counted and named', '2026-07-01T09:00:00-05:00', '2026-07-06T23:59:59.999-05:00', 'Disputed day Fri 2026-07-03 (Friday before a Saturday holiday'],
  ])('%s', (_what, determinedAt, dueAt, said) => {
    const o = find(plan({ determinedAt }), 'IA/regulator-notice')!;
    expect(o.dueAt).toBe(dueAt);
    expect(o.basis.join(' ')).toContain(said);
  });

  test('"confirmation" is read as the determination, and the later reading is named', () => {
    const o = find(plan({}), 'IA/regulator-notice')!;
    expect(o.dueRule).toBe('no later than 3 business days after determination');
    expect(o.basis.join(' ')).toContain('Other reading, later and not used: a confirmation at the end of the investigation');
  });

  test('Memorial Day (both lists) is a holiday', () => {
    expect(defaultCalendar().holiday('IA', '2026-05-25')?.citation).toBe('Iowa Code §§ 1C.1, 1C.2');
  });
});

describe('§ 507F.7(1)(a)-(b): who must notify the commissioner', () => {
  test.each([
    ['(a) domicile and harm (taken as harm to operations)', {}, true],
    ['(a) domicile, no harm, but a notice owed to a government body', { materialHarmLikely: false, otherGovernmentNoticeRequired: true }, true],
    ['(a) domicile, no harm and no other notice', { materialHarmLikely: false }, false],
    ['(a) has no words on nonpublic information', { nonpublicInformation: false }, true],
    ['(b) 250 Iowa consumers and harm', { licensee: X, residents: { IA: 250 } }, true],
    ['(b) 250 Iowa consumers and a notice owed elsewhere', { licensee: X, residents: { IA: 250 }, materialHarmLikely: false, otherGovernmentNoticeRequired: true }, true],
    ['(b) 249 Iowa consumers', { licensee: X, residents: { IA: 249 } }, false],
    ['(b) 250 but no nonpublic information compromised', { licensee: X, residents: { IA: 250 }, nonpublicInformation: false }, false],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    expect(!!find(plan(changes), 'IA/regulator-notice')).toBe(owed);
  });

  test('(a) met by a notice owed elsewhere says so; met by harm says which harm the statute asks for', () => {
    const gov = find(plan({ materialHarmLikely: false, otherGovernmentNoticeRequired: true }), 'IA/regulator-notice')!;
    expect(gov.basis[0]).toContain('notice is owed to a government body under other law; (a)(1) asks for a notice "the laws of this state or federal law" require');
    expect(gov.basis[0]).toMatch(/\(Iowa Code § 507F\.7\(1\)\(a\)\(1\)\)\.$/);
    const harm = find(plan({}), 'IA/regulator-notice')!;
    expect(harm.basis[0]).toContain('"material harm to a material part of the normal business, operations, or security of the licensee"');
  });

  test('§ 507F.13: the HIPAA and depository exceptions are named; the notice is kept', () => {
    const o = find(plan({ hipaaCovered: true }), 'IA/regulator-notice')!;
    expect(o.basis.join(' ')).toContain('(Iowa Code § 507F.13(1))');
    expect(o.basis.join(' ')).toContain('(Iowa Code § 507F.13(2))');
  });
});

describe('§ 507F.9: a provider\'s event', () => {
  test('counting begins "on the business day after" the provider\'s notice: a Friday notice counts Mon, Tue, Wed', () => {
    const o = find(plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-13T12:00:00-06:00' } }), 'IA/regulator-notice')!;
    expect(o.dueAt).toBe('2026-11-18T23:59:59.999-06:00');
    expect(o.basis.join(' ')).toContain('counting begins the business day after the provider\'s notice');
  });
  test('the provider\'s own notice to the commissioner does not excuse the licensee without its certification', () => {
    const o = find(plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-13T12:00:00-06:00', providerNotifiedRegulators: ['IA'] } }), 'IA/regulator-notice')!;
    expect(o.basis.join(' ')).toContain('written certification from the third-party service provider');
  });
});

test('§ 507F.10: an assuming insurer has three business days and no other notice duties', () => {
  const p = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'IA' } });
  expect(find(p, 'IA/ceding-insurer-notice')!.dueAt).toBe('2026-11-27T23:59:59.999-06:00');
  // § 507F.10(3) is named beside ch. 715C, which reaches anyone holding Iowa residents' data (issue #26).
  expect(find(p, 'IA/consumer-notice')?.basis.join(' ') ?? p.notApplicable.find((n) => n.id === 'IA/consumer-notice')!.reason).toContain('Iowa Code § 507F.10(3)');
});

test('§§ 507F.8, 507F.11, 507F.7(3), 507F.6(4): consumers under § 715C.2; the copy and producers with them; update; five years of records', () => {
  const p = plan({ residents: { IA: 400 }, producersOfRecord: true });
  expect(find(p, 'IA/consumer-notice')!.citation).toBe('Iowa Code § 715C.2(1)');
  expect(find(p, 'IA/consumer-notice-copy')!.citation).toBe('Iowa Code § 507F.8(2)');
  expect(find(p, 'IA/producer-notice')!.citation).toBe('Iowa Code § 507F.11');
  expect(find(p, 'IA/regulator-update')!.citation).toBe('Iowa Code § 507F.7(3)');
  expect(find(p, 'IA/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-06:00');
});
