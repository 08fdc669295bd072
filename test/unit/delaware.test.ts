/**
 * Delaware, 18 Del. C. ch. 86 (text: docs/law/DE/del-code-18-ch86.txt): three business days to the Commissioner on the
 * holidays of 1 Del. C. § 501 as far as the copy in hand goes; the provider clock "begins on the first business day
 * after"; its own consumer notice within 60 days, with credit monitoring; and the general breach law (6 Del. C. ch. 12B)
 * left as an open question, never dated.
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';
import { defaultCalendar } from '../../domain/rules/calendar';

const base: Incident = stateIncident('DE', 'First State Mutual', '-05:00', { residents: { DE: 300 } });
const { plan, find, na } = statePlans(base);

describe('§ 8606(a): no later than 3 business days from the determination, on the holidays of 1 Del. C. § 501', () => {
  test.each([
    ['§ 501(a)(3): Good Friday, 3 April 2026, a legal holiday', '2026-04-01T10:00:00-04:00', '2026-04-07T23:59:59.999-04:00', 'Skipped legal holiday Fri 2026-04-03, Good Friday (1 Del. C. § 501)'],
    ['§ 501(a)(4): Juneteenth, Friday 19 June 2026, a legal holiday', '2026-06-17T10:00:00-04:00', '2026-06-23T23:59:59.999-04:00', 'Skipped legal holiday Fri 2026-06-19, Juneteenth (1 Del. C. § 501)'],
    ['Thanksgiving and the day after, reported after the cut-off in § 501: counted, named, with the later date', '2026-11-23T10:15:00-05:00', '2026-11-26T23:59:59.999-05:00', 'If the disputed day(s) were holidays the deadline would be Mon 2026-11-30'],
    ['a Saturday holiday (4 July 2026): the weekend rule is cut off, so Friday 3 July is counted and named', '2026-07-01T10:00:00-04:00', '2026-07-06T23:59:59.999-04:00', 'Friday before a Saturday holiday: any rule for a holiday on a weekend comes after the cut-off in § 501'],
  ])('%s', (_what, determinedAt, dueAt, named) => {
    const o = find(plan({ determinedAt }), 'DE/regulator-notice')!;
    expect([o.citation, o.dueAt]).toEqual(['18 Del. C. § 8606(a)', dueAt]);
    expect(o.basis.join(' ')).toContain(named);
  });

  test('1 Del. C. § 501(a)(1)-(6): the weekday legal holidays of 2026 in the copy in hand', () => {
    expect(defaultCalendar().holidaysOf('DE', 2026).map((h) => h.date)).toEqual(['2026-01-01', '2026-01-19', '2026-04-03', '2026-06-19', '2026-09-07']);
  });

  test.each([
    ['(a)(1)a.-b.: domicile and harm', {}, true],
    ['(a)(1): domicile, no harm, no notice owed elsewhere', { materialHarmLikely: false }, false],
    ['(a)(1)c.: domicile and a notice owed to a government body, no harm', { materialHarmLikely: false, otherGovernmentNoticeRequired: true }, true],
    ['(a)(2)b.: 250 residents and harm, domiciled elsewhere', { licensee: { name: 'X', role: 'insurer', domicileState: 'TX' }, residents: { DE: 250 } }, true],
    ['(a)(2): 249 residents', { licensee: { name: 'X', role: 'insurer', domicileState: 'TX' }, residents: { DE: 249 } }, false],
    ['(a)(2)a.: 250 residents and South Carolina\'s notice (its domicile alone, S.C. Code § 38-99-40(A)(1)), no harm', { licensee: { name: 'X', role: 'insurer', domicileState: 'SC' }, residents: { DE: 250 }, materialHarmLikely: false }, true],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    expect(!!find(plan(changes), 'DE/regulator-notice')).toBe(owed);
  });

  test('§ 8609(a)(1): fewer than 15 employees exempts from the security program (§ 8604) only, said so with the notice', () => {
    expect(find(plan(), 'DE/regulator-notice')!.basis).toContain('Not an exemption from this notice: a licensee with fewer than 15 employees is exempt from § 8604 (the information security program) only (18 Del. C. § 8609(a)(1)).');
  });
});

test('§ 8606(d)(2): a provider\'s event counts from "the first business day after" its notice, the earlier reading, the later named', () => {
  // Notified Friday 20 November: counted Monday 23, Tuesday 24, Wednesday 25.
  const o = find(plan({ determinedAt: '2026-11-24T09:00:00-05:00', thirdParty: { provider: 'Vendor', notifiedLicenseeAt: '2026-11-20T15:00:00-05:00' } }), 'DE/regulator-notice')!;
  expect(o.dueAt).toBe('2026-11-25T23:59:59.999-05:00');
  expect(o.basis.join(' ')).toContain('read as the start day itself, the deadline would be one business day later');
});

describe('§ 8606(c): the act\'s own consumer notice, 60 days after the determination, where the Commissioner notice is owed and harm to a consumer is likely', () => {
  test('§ 8606(c)(1): due 60 calendar days after the determination, end of day in Dover; (c)(2) credit monitoring named', () => {
    const o = find(plan(), 'DE/consumer-notice')!;
    expect([o.citation, o.dueAt]).toEqual(['18 Del. C. § 8606(c)(1)', '2027-01-22T23:59:59.999-05:00']);
    expect(o.basis.join(' ')).toContain('credit monitoring services at no cost for 1 year');
    expect(o.basis.join(' ')).toContain('(18 Del. C. § 8606(c)(2))');
  });
  test('§ 8606(c)(1): a provider\'s notice brings the 60 days earlier', () => {
    expect(find(plan({ thirdParty: { provider: 'Vendor', notifiedLicenseeAt: '2026-11-20T15:00:00-05:00' } }), 'DE/consumer-notice')!.dueAt).toBe('2027-01-19T23:59:59.999-05:00');
  });
  test('§ 8606(c): no likely harm to a consumer: not owed, said in its words, though the Commissioner notice is', () => {
    const p = plan({ materialHarmLikely: false, otherGovernmentNoticeRequired: true });
    expect(find(p, 'DE/regulator-notice')).toBeDefined();
    expect(na(p, 'DE/consumer-notice')).toContain('and material harm to a consumer is not reasonably likely (18 Del. C. § 8606(c))');
  });
  test('§ 8606(c): the copy to the Commissioner is owed with it', () => {
    expect(find(plan(), 'DE/consumer-notice-copy')!.citation).toBe('18 Del. C. § 8606(c)');
  });
  test('§ 8606(f): producers "at a time reasonably concurrent with" the consumer notice, so no later than its 60 days', () => {
    const o = find(plan({ producersOfRecord: true }), 'DE/producer-notice')!;
    expect([o.dueAt, o.dueRule]).toEqual(['2027-01-22T23:59:59.999-05:00', 'in a reasonable manner and at a time reasonably concurrent with the time at which notice is provided to the affected consumer']);
  });
  test('RSMo 375.1410.6 ("required by law"): Delaware\'s consumer notice makes a Missouri insurer\'s producer notice owed, no later than its 60 days', () => {
    const p = plan({ licensee: { name: 'M', role: 'insurer', domicileState: 'MO' }, producersOfRecord: true, breachOfSecurity: false });
    const o = find(p, 'MO/producer-notice')!;
    expect(o.basis[0]).toBe('Consumer notice is required by law: DE/consumer-notice (18 Del. C. § 8606(c)(1)) (RSMo 375.1410.6).');
    expect(o.dueAt).toBe('2027-01-22T22:59:59.999-06:00'); // the same instant as Delaware's end of day, in Missouri's zone
  });
});

describe('6 Del. C. ch. 12B beside 18 Del. C. § 8602(a) ("the exclusive state standards"): an open question, never a date', () => {
  test('§ 12B-102(d): the Attorney General notice is "not evaluated", and the plan says so above 500 residents', () => {
    const p = plan({ residents: { DE: 600 } });
    expect(na(p, 'DE/attorney-general-notice')).toMatch(/^Not evaluated: 6 Del\. C\. § 12B-102\(d\) .* open question/);
    expect(p.notEvaluated!.join(' ')).toContain('6 Del. C. § 12B-102(d)');
    expect(p.obligations.filter((o) => o.kind === 'attorney-general-notice')).toEqual([]);
  });
});

test('§ 8606(e), § 8603(10): a Delaware assuming insurer notifies in 3 business days; one domiciled elsewhere is not a Delaware licensee', () => {
  const domestic = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'DE' }, cedingInsurers: ['C'] });
  expect([find(domestic, 'DE/ceding-insurer-notice')!.citation, find(domestic, 'DE/ceding-insurer-notice')!.dueAt]).toEqual(['18 Del. C. § 8606(e)(1)', '2026-11-26T23:59:59.999-05:00']);
  expect(na(plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'PA' } }), 'DE/*')).toContain('(18 Del. C. § 8603(10))');
});

test('§ 8605(d): records kept five years; § 8605(b): the investigation', () => {
  const p = plan();
  expect(find(p, 'DE/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-05:00');
  expect(p.investigation![0].citations).toContain('18 Del. C. § 8605(b)(1)');
});
