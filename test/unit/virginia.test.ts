/**
 * Virginia, Va. Code §§ 38.2-624 to -626, -629 (text: docs/law/VA/va-code-38.2-621-629.txt) with its holidays
 * (§ 2.2-3300): three business days from a determination that the event "has actually occurred"; A 2 joins the
 * residents and a government notice with "or"; a provider's own notice excuses the licensee; the consumer notice
 * of § 38.2-626 (credit bureaus above 1,000), and no Attorney General notice in it.
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';
import { planIncident } from '../../domain/rules/planner';

const base: Incident = stateIncident('VA', 'Old Dominion Mutual', '-05:00', { materialHarmLikely: false });
const { plan, find } = statePlans(base);

describe('§ 38.2-625 A: three business days, counted on Virginia\'s holidays (§ 2.2-3300)', () => {
  test.each([
    // Thanksgiving and "the Friday next following" are both holidays: Mon 23 Nov -> Tue, Wed, Mon 30.
    ['Thanksgiving week: Thursday and Friday are both legal holidays', '2026-11-23T10:15:00-05:00', '2026-11-30T23:59:59.999-05:00'],
    // Election Day (Tue 3 Nov 2026) is a holiday every year.
    ['Election Day is skipped', '2026-11-02T09:00:00-05:00', '2026-11-06T23:59:59.999-05:00'],
    // July 4, 2026 is a Saturday: kept on Friday 3 July ("the Friday next preceding").
    ['a Saturday holiday is kept the Friday before', '2026-07-01T09:00:00-04:00', '2026-07-07T23:59:59.999-04:00'],
  ])('%s', (_what, determinedAt, dueAt) => {
    const o = find(plan({ determinedAt }), 'VA/regulator-notice')!;
    expect(o.dueAt).toBe(dueAt);
    expect(o.citation).toBe('Va. Code § 38.2-625 A');
  });
});

describe('§ 38.2-625 A 1-2: who must notify the Commissioner', () => {
  test.each([
    ['A 1: a domestic insurer, no harm test', {}, true],
    ['A 2: 250 Virginians\' nonpublic information, no harm needed', { licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { VA: 250 } }, true],
    ['A 2: 249 Virginians and no notice owed elsewhere', { licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { VA: 249 } }, false],
    ['A 2: "or" a notice owed to a government body under other law, whatever the count', { licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { VA: 3 }, otherGovernmentNoticeRequired: true }, true],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    expect(!!find(plan(changes), 'VA/regulator-notice')).toBe(owed);
  });

  test('a producer whose home state is Virginia: the Commission\'s threshold is not in hand, taken as met and said so', () => {
    const o = find(plan({ licensee: { name: 'P', role: 'producer', domicileState: 'VA' } }), 'VA/regulator-notice')!;
    expect(o.basis.join(' ')).toContain('"threshold and other requirements prescribed by the Commission", not in hand: taken as met');
  });

  test('§ 38.2-629 A 2: the exemption for a licensee covered by another\'s notices is named, not evaluated', () => {
    expect(find(plan({}), 'VA/regulator-notice')!.basis.join(' ')).toContain('Exemption, not evaluated (the incident does not say)');
  });
});

test('§ 38.2-625 E: the day after a provider\'s notice starts the count; the provider\'s own notice to the Commissioner excuses the licensee', () => {
  const o = find(plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-19T15:00:00-05:00' } }), 'VA/regulator-notice')!;
  expect(o.dueAt).toBe('2026-11-24T23:59:59.999-05:00'); // Fri 20, Mon 23, Tue 24
  const excused = plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-19T15:00:00-05:00', providerNotifiedRegulators: ['VA'] } });
  expect(find(excused, 'VA/regulator-notice')).toBeUndefined();
  expect(excused.notApplicable.find((n) => n.id === 'VA/regulator-notice')!.reason).toContain('Va. Code § 38.2-625 E');
});

describe('§ 38.2-626: the consumer notice, credit bureaus above 1,000, no Attorney General notice', () => {
  test('consumers are notified without unreasonable delay (no date); its conditions are shown', () => {
    const c = find(plan({}), 'VA/consumer-notice')!;
    expect([c.citation, c.dueAt]).toEqual(['Va. Code § 38.2-626 A', null]);
    expect(c.basis.join(' ')).toContain('identity theft or other fraud');
    expect(c.basis.join(' ')).toContain('§ 38.2-626 E');
  });
  test.each([
    [1000, false],
    [1001, true],
  ])('%i Virginians notified: credit bureaus owed=%s (§ 38.2-626 C)', (count, owed) => {
    expect(!!find(plan({ residents: { VA: count } }), 'VA/consumer-reporting-agency-notice')).toBe(owed);
  });
  test('§ 38.2-625 D: the copy to the Commissioner; no Attorney General notice; a data owner\'s notice is not evaluated', () => {
    const p = plan({ dataOwner: 'Owner Co' });
    expect(find(p, 'VA/consumer-notice-copy')!.citation).toBe('Va. Code § 38.2-625 D');
    expect(find(p, 'VA/attorney-general-notice')).toBeUndefined();
    expect(p.notApplicable.find((n) => n.id === 'VA/data-owner-notice')!.reason).toMatch(/^Not evaluated/);
  });
});

test('§ 38.2-625 C, G, F; § 38.2-624 D: update, producers as directed, an assuming insurer\'s 3 business days, 5 years of records', () => {
  const p = plan({ producersOfRecord: true });
  expect(find(p, 'VA/regulator-update')!.citation).toBe('Va. Code § 38.2-625 C');
  expect(find(p, 'VA/producer-notice')!.citation).toBe('Va. Code § 38.2-625 G');
  expect(find(p, 'VA/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-05:00');
  const re = planIncident({ ...base, licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'VA' } });
  expect(find(re, 'VA/ceding-insurer-notice')!.dueAt).toBe('2026-11-30T23:59:59.999-05:00');
});

describe('§ 38.2-629 A 1: HIPAA investigation and consumer notice satisfy §§ 38.2-624 and 38.2-626; the Commissioner notice still applies', () => {
  const p = () => plan({ hipaaCovered: true, materialHarmLikely: true, residents: { VA: 300 } });
  test('§ 38.2-625: the notice to the Commissioner is still owed, and its basis says so', () => {
    expect(find(p(), 'VA/regulator-notice')!.basis.join(' ')).toContain('nothing in it reaches the notice to the Commissioner of § 38.2-625, which is still owed (Va. Code § 38.2-629 A 1)');
  });
  test('§ 38.2-626: the consumer notice stays owed, and a HIPAA notice to consumers satisfies it', () => {
    expect(find(p(), 'VA/consumer-notice')!.basis).toContain('HIPAA-covered licensee: a notice to consumers in accordance with HIPAA and its rules satisfies § 38.2-626 (Va. Code § 38.2-629 A 1).');
  });
  test('§ 38.2-624 D: the records stay, and a HIPAA investigation satisfies § 38.2-624', () => {
    expect(find(p(), 'VA/record-retention')!.basis.join(' ')).toContain('an investigation in accordance with HIPAA and its rules satisfies § 38.2-624');
  });
});

describe('reasons name only the tests a section has (issue 24, item 7)', () => {
  test('Va. Code § 38.2-625 A 1 has no harm test: a licensee domiciled elsewhere is told only that', () => {
    const reason = planIncident({ ...base, licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { VA: 10 } }).notApplicable.find((n) => n.id === 'VA/regulator-notice')!.reason;
    expect(reason).toContain('Va. Code § 38.2-625 A 1 not met: Virginia is not the state of domicile.');
    expect(reason).not.toMatch(/harm/);
  });
  test('23 NYCRR § 500.17(a) has neither a domicile nor a harm test', () => {
    const p = planIncident({ ...base, licensee: { name: 'X', role: 'insurer', domicileState: 'NC' }, residents: { NY: 0 } });
    const reason = p.notApplicable.find((n) => n.id === 'NY/regulator-notice')!.reason;
    expect(reason).toContain('23 NYCRR § 500.17(a)(1) has no domicile or harm test');
    expect(reason).not.toMatch(/material harm|is not the state of domicile/);
    const owed = planIncident({ ...base, licensee: { name: 'X', role: 'insurer', domicileState: 'NY' }, residents: {} }).obligations.find((o) => o.id === 'NY/regulator-notice')!;
    expect(owed.basis.join(' ')).not.toMatch(/material harm|state of domicile, which/);
  });
});

