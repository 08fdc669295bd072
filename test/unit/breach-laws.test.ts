/**
 * Issue #26: the consumer side under each state's general breach law, table-driven by section. An insurer domiciled
 * in Texas (no insurance act of its own in breachclock) determined Mon 23 Nov 2026 10:15 CST.
 */
import type { Incident } from '../../domain/incident/incident';
import { parseIncident } from '../../domain/incident/incident';
import { planIncident, type Plan } from '../../domain/rules/planner';
import { GENERAL_BREACH_LAWS } from '../../domain/rules/jurisdictions';

type State = keyof Incident['residents'];
const base = (changes: Partial<Incident> = {}): Incident => ({
  incidentId: 'BR-1', title: 'test', licensee: { name: 'L', role: 'insurer', domicileState: 'TX' },
  determinedAt: '2026-11-23T10:15:00-06:00', residents: {}, nonpublicInformation: true, materialHarmLikely: true,
  otherGovernmentNoticeRequired: false, contacts: { owner: 'o@l.example', escalation: [] }, ...changes,
});
const plan = (state: State, n: number, changes: Partial<Incident> = {}) => planIncident(base({ residents: { [state]: n }, ...changes }));
const ob = (p: Plan, id: string) => p.obligations.find((o) => o.id === id);
const na = (p: Plan, id: string) => p.notApplicable.find((x) => x.id === id)?.reason;

describe('consumer notice: the day counts, from the event each law names', () => {
  test.each([
    ['Ala. Code § 8-38-5(b): 45 days from the determination', 'AL', '2027-01-07T23:59:59.999-06:00'],
    ['Conn. Gen. Stat. § 36a-701b(b)(1): 60 days after discovery (no discoveredAt: the determination)', 'CT', '2027-01-22T23:59:59.999-05:00'],
    ['R.I. Gen. Laws § 11-49.3-4(a)(2): 45 calendar days after confirmation (read as the determination)', 'RI', '2027-01-07T23:59:59.999-05:00'],
    ['6 Del. C. § 12B-102(c): 60 days after determination (a licensee outside 18 Del. C. ch. 86)', 'DE', '2027-01-22T23:59:59.999-05:00'],
  ] as Array<[string, State, string]>)('%s', (_s, state, dueAt) => {
    const p = plan(state, 40, state === 'DE' ? { licensee: { name: 'L', role: 'assuming-insurer', domicileState: 'TX' } } : {});
    expect(ob(p, `${state}/consumer-notice`)?.dueAt).toBe(dueAt);
  });
  test('Conn. Gen. Stat. § 36a-701b(b)(1): discoveredAt, when given, starts the 60 days', () => {
    expect(ob(plan('CT', 40, { discoveredAt: '2026-11-01T09:00:00-05:00' }), 'CT/consumer-notice')?.dueAt).toBe('2026-12-31T23:59:59.999-05:00');
  });
  test('Conn. Gen. Stat. § 36a-701b(b)(1): an earlier awareAt is the discovery when discoveredAt is absent, and the basis says so', () => {
    const o = ob(plan('CT', 40, { awareAt: '2026-11-20T09:00:00-05:00' }), 'CT/consumer-notice')!;
    expect(o.dueAt).toBe('2027-01-19T23:59:59.999-05:00');
    expect(o.basis.join(' ')).toContain('No discoveredAt recorded');
  });
  test.each(['IA', 'SC', 'AK', 'HI', 'ND', 'MI', 'NE'] as State[])('%s: "without unreasonable delay", no date shown as law', (state) => {
    const o = ob(plan(state, 40), `${state}/consumer-notice`)!;
    expect([o.dueAt, o.basis.join(' ')]).toEqual([null, expect.stringContaining('no number of days')]);
  });
});

describe('Attorney General / consumer-protection office and consumer reporting agencies: thresholds at the boundary', () => {
  test.each([
    ['Ala. Code § 8-38-6(a): more than 1,000', 'AL', 'attorney-general-notice', 1000],
    ['Ala. Code § 8-38-7: more than 1,000', 'AL', 'consumer-reporting-agency-notice', 1000],
    ['Iowa Code § 715C.2(8): more than 500', 'IA', 'attorney-general-notice', 500],
    ['6 Del. C. § 12B-102(d): more than 500', 'DE', 'attorney-general-notice', 500],
    ['R.I. Gen. Laws § 11-49.3-4(a)(2): more than 500', 'RI', 'attorney-general-notice', 500],
    ['S.C. Code § 39-1-90(K): more than 1,000', 'SC', 'consumer-reporting-agency-notice', 1000],
    ['HRS § 487N-2(f): more than 1,000', 'HI', 'attorney-general-notice', 1000],
    ['N.D.C.C. § 51-30-02: more than 250', 'ND', 'attorney-general-notice', 250],
    ['MCL 445.72(8): more than 1,000', 'MI', 'consumer-reporting-agency-notice', 1000],
    ['AS 45.48.040(a): more than 1,000', 'AK', 'consumer-reporting-agency-notice', 1000],
    ['Va. Code § 18.2-186.6 E: more than 1,000', 'VA', 'consumer-reporting-agency-notice', 1000],
  ] as Array<[string, State, string, number]>)('%s', (_s, state, kind, at) => {
    const outside = state === 'DE' || state === 'VA' ? { licensee: { name: 'L', role: 'assuming-insurer' as const, domicileState: 'TX' as const } } : {};
    expect(ob(plan(state, at, outside), `${state}/${kind}`)).toBeUndefined();
    expect(na(plan(state, at, outside), `${state}/${kind}`)).toContain(`more than ${at}`);
    expect(ob(plan(state, at + 1, outside), `${state}/${kind}`)).toBeDefined();
  });
  test.each([['Conn. Gen. Stat. § 36a-701b(b)(2)(A)', 'CT'], ['Neb. Rev. Stat. § 87-803(2)', 'NE']] as Array<[string, State]>)('%s: with every consumer notice, not later than it', (_s, state) => {
    const p = plan(state, 1);
    expect(ob(p, `${state}/attorney-general-notice`)?.dueAt).toBe(ob(p, `${state}/consumer-notice`)?.dueAt);
  });
  test('Iowa Code § 715C.2(8): five business days after the consumer notice, once it is given', () => {
    expect(ob(plan('IA', 501), 'IA/attorney-general-notice')?.dueAt).toBeNull();
    const p = plan('IA', 501, { consumerNoticeGivenAt: { IA: '2026-12-01T10:00:00-06:00' } });
    expect(ob(p, 'IA/attorney-general-notice')?.dueAt).toBe('2026-12-08T23:59:59.999-06:00');
  });
  test('N.D.C.C. § 51-30-02 "exceeds two hundred fifty individuals": every individual counted (the earliest reading)', () => {
    const p = planIncident(base({ residents: { ND: 10, TX: 300 } }));
    expect(ob(p, 'ND/attorney-general-notice')?.basis.join(' ')).toContain('310 individuals in all');
  });
});

describe('exemptions: harm, data kinds, services', () => {
  test('AS 45.48.010(c): a written no-harm determination without first telling the Attorney General does not remove the notice', () => {
    const p = plan('AK', 40, { noHarmDetermination: { AK: { madeAt: '2026-11-30T10:00:00-09:00', inWriting: true } } });
    expect(ob(p, 'AK/consumer-notice')?.basis.join(' ')).toContain('the Attorney General was not first told in writing');
    const q = plan('AK', 40, { noHarmDetermination: { AK: { madeAt: '2026-11-30T10:00:00-09:00', inWriting: true, attorneyGeneralNotifiedAt: '2026-11-29T10:00:00-09:00' } } });
    expect(na(q, 'AK/consumer-notice')).toContain('AS 45.48.010(c)');
  });
  test('Iowa Code § 715C.2(6): the determination must be in writing', () => {
    expect(ob(plan('IA', 40, { noHarmDetermination: { IA: { madeAt: '2026-11-30T10:00:00-06:00', inWriting: false } } }), 'IA/consumer-notice')).toBeDefined();
    expect(na(plan('IA', 40, { noHarmDetermination: { IA: { madeAt: '2026-11-30T10:00:00-06:00', inWriting: true } } }), 'IA/consumer-notice')).toContain('§ 715C.2(6)');
  });
  test('N.D.C.C. § 51-30-02 has no harm test: a determination does not remove the notice', () => {
    const o = ob(plan('ND', 40, { noHarmDetermination: { ND: { madeAt: '2026-11-30T10:00:00-06:00', inWriting: true } } }), 'ND/consumer-notice')!;
    expect(o.basis.join(' ')).toContain('no harm or risk-of-harm test');
  });
  test('MCL 445.63(r): medical information alone is not personal information in Michigan; it is in Connecticut (§ 36a-701b(a)(2)(A)(vii))', () => {
    const p = planIncident(base({ residents: { MI: 40, CT: 40 }, dataKinds: ['medical-information'] }));
    expect(na(p, 'MI/consumer-notice')).toContain('MCL 445.63(r)');
    expect(ob(p, 'CT/consumer-notice')).toBeDefined();
  });
  test('Conn. Gen. Stat. § 36a-701b(b)(2)(B): 24 months of identity theft services where Social Security numbers are involved', () => {
    expect(ob(plan('CT', 40, { dataKinds: ['social-security-number'] }), 'CT/consumer-notice')?.basis.join(' ')).toContain('not less than 24 months');
    expect(ob(plan('CT', 40, { dataKinds: ['account-number-with-code'] }), 'CT/consumer-notice')?.basis.join(' ')).toContain('are not owed');
  });
});

describe('the insurance acts beside the breach laws', () => {
  const insurer = (state: State) => ({ licensee: { name: 'L', role: 'insurer' as const, domicileState: state } });
  test('Ala. Code § 27-62-6(d) sends the licensee to ch. 8-38: one AL/consumer-notice, dated, § 8-38-12 named', () => {
    const o = ob(plan('AL', 40, insurer('AL')), 'AL/consumer-notice')!;
    expect(o.citation).toBe('Ala. Code § 8-38-5(a)-(b)');
    expect(o.basis.join(' ')).toContain('Ala. Code § 8-38-12');
    expect(ob(plan('AL', 40, insurer('AL')), 'AL/consumer-notice-copy')).toBeDefined();
  });
  test('Va. Code § 18.2-186.6 K: a Virginia licensee notifies under § 38.2-626; K is named, never a second answer', () => {
    const p = plan('VA', 40, insurer('VA'));
    expect(p.obligations.filter((o) => o.id === 'VA/consumer-notice').map((o) => o.citation)).toEqual(['Va. Code § 38.2-626 A']);
    expect(ob(p, 'VA/consumer-notice')?.basis.join(' ')).toContain('Va. Code § 18.2-186.6 K');
  });
  test('Va. Code § 18.2-186.6: a licensee outside the Virginia act owes its notices, K named as the other reading', () => {
    const p = plan('VA', 40, { licensee: { name: 'L', role: 'assuming-insurer', domicileState: 'TX' } });
    expect(ob(p, 'VA/consumer-notice')?.citation).toBe('Va. Code § 18.2-186.6 B');
    expect(ob(p, 'VA/attorney-general-notice')).toBeDefined();
  });
  test('18 Del. C. § 8602(a): a Delaware licensee gets § 8606(c), the ch. 12B question shown, no ch. 12B date', () => {
    const p = plan('DE', 600, insurer('DE'));
    expect(ob(p, 'DE/consumer-notice')?.citation).toBe('18 Del. C. § 8606(c)(1)');
    expect(ob(p, 'DE/consumer-notice')?.basis.join(' ')).toContain('Open question, no date shown');
    expect(ob(p, 'DE/attorney-general-notice')).toBeUndefined();
  });
  test('every other state is named, never silence (Tex. Bus. & Com. Code § 521.053)', () => {
    expect(na(plan('TX', 40), 'TX/consumer-notice')).toMatch(/^Not evaluated: Tex\. Bus\. & Com\. Code § 521\.053 .*statute text not in hand/);
  });
});

test('property: no consumer date is later than its earliest reading (the earliest instant the incident knows plus the law\'s days)', () => {
  const starts = ['2026-01-05T08:00:00-06:00', '2026-03-08T01:30:00-06:00', '2026-11-01T23:30:00-05:00', '2027-12-31T23:00:00-06:00'];
  for (const determinedAt of starts) for (const awareAt of [undefined, '2025-12-20T10:00:00-06:00']) {
    const p = planIncident(base({ determinedAt, awareAt: awareAt && awareAt < determinedAt ? awareAt : undefined, residents: { AL: 5, CT: 5, RI: 5 } }));
    for (const law of Object.values(GENERAL_BREACH_LAWS).filter((l) => l.consumerNotice.days)) {
      const o = ob(p, `${law.state}/consumer-notice`);
      if (!o) continue;
      // Discovery: the earliest instant the incident knows; a determination or confirmation: the determination.
      const aware = law.consumerNotice.days!.from === 'discovery' && awareAt && awareAt < determinedAt ? Date.parse(awareAt) : Infinity;
      const earliestStart = Math.min(Date.parse(determinedAt), aware);
      // The end of the last day, wherever it is read, is at most the days plus two days after the earliest start.
      expect(Date.parse(o.dueAt!)).toBeLessThanOrEqual(earliestStart + (law.consumerNotice.days!.count + 2) * 86400000);
      expect(Date.parse(o.clockStartsAt!)).toBeLessThanOrEqual(Date.parse(determinedAt));
    }
  }
});

test('the new inputs are validated: counts and kinds only', () => {
  const bad = parseIncident({ ...base(), dataKinds: ['ssn-123-45-6789'], lawEnforcementDelay: { requestedAt: '2026-11-25T10:00:00Z', inWriting: true, liftedAt: '2026-11-24T10:00:00Z' } });
  expect(bad.ok ? [] : bad.problems.map((x) => x.path)).toEqual(['dataKinds.0', 'lawEnforcementDelay.liftedAt']);
});
