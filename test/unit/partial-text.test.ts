/**
 * States whose notice section is in hand only in part (AK, IL, OK, RI, NY 23 NYCRR 500.17): the regulator notice is
 * computed from the words in hand; every other duty is listed "Not evaluated: statute text not in hand".
 */
import type { Incident } from '../../domain/incident/incident';
import { planIncident } from '../../domain/rules/planner';
import { findObligation, notOwedReason, stateIncident } from '../helpers/state-plans';

type State = Incident['licensee']['domicileState'];
const base = (state: State, zoneOffset: string): Incident => stateIncident(state, 'L', zoneOffset);
const find = (i: Incident, id: string) => findObligation(planIncident(i), id);
const na = (i: Incident, id: string) => notOwedReason(planIncident(i), id);

describe('the regulator notice from the words in hand', () => {
  test.each([
    // Business-day clocks: Thanksgiving counted (holiday statutes not applied) and named.
    ['AS 21.23.280(a): 3 business days', 'AK', '-09:00', 'AS 21.23.280(a)', '2026-11-26T23:59:59.999-09:00'],
    ['215 ILCS 215/20(a): 3 business days', 'IL', '-06:00', '215 ILCS 215/20(a)', '2026-11-26T23:59:59.999-06:00'],
    ['36 O.S. § 675(A): 3 business days', 'OK', '-06:00', '36 O.S. § 675(A)', '2026-11-26T23:59:59.999-06:00'],
    ['R.I. Gen. Laws § 27-1-47(a): 3 business days', 'RI', '-05:00', 'R.I. Gen. Laws § 27-1-47(a)', '2026-11-26T23:59:59.999-05:00'],
    // An hour clock: 72 real hours from the determination instant.
    ['23 NYCRR § 500.17(a)(1): 72 hours', 'NY', '-05:00', '23 NYCRR § 500.17(a)(1)', '2026-11-26T10:15:00.000-05:00'],
  ] as Array<[string, State, string, string, string]>)('%s', (_what, state, offset, citation, dueAt) => {
    const o = find(base(state, offset), `${state}/regulator-notice`)!;
    expect(o.citation).toBe(citation);
    expect(o.dueAt).toBe(dueAt);
    expect(o.basis[0]).toMatch(/^Only .* is in hand: this notice is computed from those words/);
  });

  test.each(['AK', 'IL', 'OK', 'RI', 'NY'] as State[])('%s: every other duty is named "not evaluated: statute text not in hand"', (state) => {
    const p = planIncident(base(state, '-05:00'));
    // AS 21.23.270(c) and 215 ILCS 215/15(d) are in hand: their records are planned (below).
    const recordsInHand = state === 'AK' || state === 'IL';
    for (const kind of ['consumer-notice-copy', 'producer-notice', 'ceding-insurer-notice', ...(recordsInHand ? [] : ['record-retention'])]) {
      expect([kind, p.notApplicable.find((n) => n.id === `${state}/${kind}`)?.reason]).toEqual([kind, expect.stringMatching(/^Not evaluated: statute text not in hand/)]);
    }
    // The consumer side is the state's general breach law (issue #26): computed where its text is in hand (AS 45.48,
    // R.I. Gen. Laws ch. 11-49.3), named "not evaluated" where it is not.
    const consumer = p.obligations.find((o) => o.id === `${state}/consumer-notice`) ?? p.notApplicable.find((n) => n.id === `${state}/consumer-notice`);
    if (state === 'AK' || state === 'RI') expect(p.obligations.find((o) => o.id === `${state}/consumer-notice`)).toBeDefined();
    else expect((consumer as { reason: string }).reason).toMatch(/^Not evaluated: .*statute text not in hand/);
    expect(p.uncovered.find((u) => u.state === state)).toBeUndefined();
  });
});

describe('criteria as far as the text goes', () => {
  const other = (state: State, residents: number, changes: Partial<Incident> = {}): Incident => ({ ...base(state, '-06:00'), licensee: { name: 'X', role: 'insurer', domicileState: 'TX' }, residents: { [state]: residents }, ...changes });
  test.each([
    ['AS 21.23.280(a)(1): an Alaska insurer, no harm test', { ...base('AK', '-09:00'), materialHarmLikely: false }, 'AK', true],
    ['AS 21.23.280(a)(3): 250 Alaskans, no harm and no other notice', other('AK', 250, { materialHarmLikely: false }), 'AK', false],
    ['AS 21.23.280(a)(3): 250 Alaskans and harm', other('AK', 250), 'AK', true],
    ['215 ILCS 215/20(a)(1): domicile without harm', { ...base('IL', '-06:00'), materialHarmLikely: false }, 'IL', false],
    ['215 ILCS 215/20(a)(2): 249 residents', other('IL', 249), 'IL', false],
    ['36 O.S. § 675(A): no nonpublic information', { ...base('OK', '-06:00'), nonpublicInformation: false }, 'OK', false],
    ['36 O.S. § 675(A)(2): 250 residents and a notice owed elsewhere', other('OK', 250, { materialHarmLikely: false, otherGovernmentNoticeRequired: true }), 'OK', true],
    ['R.I. § 27-1-47(a)(1): a domestic insurer, a notice owed elsewhere, no harm', { ...base('RI', '-05:00'), materialHarmLikely: false, otherGovernmentNoticeRequired: true }, 'RI', true],
    ['R.I. § 27-1-47(a): a domestic insurer, neither', { ...base('RI', '-05:00'), materialHarmLikely: false }, 'RI', false],
    ['R.I. § 27-2-30 not in hand: a foreign insurer with 3 residents owes it', other('RI', 3), 'RI', true],
    ['23 NYCRR § 500.17: any New York licensee, one resident', other('NY', 1, { materialHarmLikely: false }), 'NY', true],
  ] as Array<[string, Incident, string, boolean]>)('%s', (_what, incident, state, owed) => {
    expect(!!find(incident, `${state}/regulator-notice`)).toBe(owed);
  });

  test('AS 21.23.280(a): the law-enforcement instruction is named, not evaluated', () => {
    expect(find(base('AK', '-09:00'), 'AK/regulator-notice')!.basis.join(' ')).toContain('"a federal law enforcement official instructs the licensee not to distribute information');
  });
  test('36 O.S. §§ 672(9), 678: the reported exemption is named, and the notice kept', () => {
    expect(find(base('OK', '-06:00'), 'OK/regulator-notice')!.basis.join(' ')).toContain('Exemption, not evaluated');
  });
  test('a producer is outside R.I. § 27-1-47 ("Each domestic insurer")', () => {
    expect(na({ ...base('RI', '-05:00'), licensee: { name: 'P', role: 'producer', domicileState: 'RI' } }, 'RI/*')).toContain('the section reaches insurers');
  });
  test('an assuming insurer: its paragraph is not in hand, not evaluated (36 O.S. § 675)', () => {
    expect(na({ ...base('OK', '-06:00'), licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'OK' } }, 'OK/regulator-notice')).toMatch(/^Not evaluated: an assuming insurer's paragraph/);
  });
  test('215 ILCS 215/20: only the provider paragraph of an assuming insurer is in hand; its own event is not evaluated', () => {
    expect(na({ ...base('IL', '-06:00'), licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'IL' } }, 'IL/regulator-notice')).toMatch(/^Not evaluated: of 215 ILCS 215\/20, only the paragraph for an event held by an assuming insurer's third-party service provider is in hand/);
  });

  test('the duty to update is kept where its words are in hand (IL closing sentences), not evaluated where not (AK)', () => {
    expect(find(base('IL', '-06:00'), 'IL/regulator-update')!.citation).toMatch(/^215 ILCS 215\/20/);
    expect(na(base('AK', '-09:00'), 'AK/regulator-update')).toMatch(/^Not evaluated: statute text not in hand/);
  });
  test('a provider\'s notice before the determination starts the clock (no third-party paragraph in hand), said so', () => {
    const o = find({ ...base('IL', '-06:00'), thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-16T12:00:00-06:00' } }, 'IL/regulator-notice')!;
    expect(o.dueAt).toBe('2026-11-19T23:59:59.999-06:00');
    expect(o.basis.join(' ')).toContain('no third-party paragraph of 215 ILCS 215/20 is in hand');
  });
});

describe('Sections in hand beyond the notice (issue 24, item 6)', () => {
  test.each([
    ['AS 21.23.270(c): records kept five years', 'AK', '-09:00', 'AS 21.23.270(c)', '2031-11-23T23:59:59.999-09:00'],
    ['215 ILCS 215/15(d): records kept five years', 'IL', '-06:00', '215 ILCS 215/15(d)', '2031-11-23T23:59:59.999-06:00'],
  ] as Array<[string, State, string, string, string]>)('%s', (_what, state, offset, citation, until) => {
    const o = find(base(state, offset), `${state}/record-retention`)!;
    expect([o.citation, o.dueAt, o.kind]).toEqual([citation, until, 'record-retention']);
  });

  test('215 ILCS 215/20 (closing fragment): an assuming insurer whose provider held the data notifies its ceding insurers and its domicile\'s Director within 3 business days of the provider\'s notice', () => {
    const p = planIncident({
      ...base('IL', '-06:00'), licensee: { name: 'Prairie Re', role: 'assuming-insurer', domicileState: 'IL' }, cedingInsurers: ['Lincoln Mutual'],
      thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-20T15:00:00-06:00' },
    });
    const o = p.obligations.find((x) => x.id === 'IL/ceding-insurer-notice')!;
    // Friday 20 November: Monday 23, Tuesday 24, Wednesday 25.
    expect([o.recipient, o.dueAt]).toEqual(['Lincoln Mutual', '2026-11-25T23:59:59.999-06:00']);
    expect(p.obligations.find((x) => x.id === 'IL/regulator-notice')!.citation).toMatch(/^215 ILCS 215\/20 \(closing fragment: assuming insurer/);
  });

  test('AS 21.23.399(6)(B): an assuming insurer domiciled in another state is not an Alaska licensee; one domiciled in Alaska is an insurer domiciled there (AS 21.23.280(a)(1))', () => {
    const foreign = planIncident({ ...base('AK', '-09:00'), licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'WA' }, residents: { AK: 900 } });
    expect(foreign.notApplicable.find((n) => n.id === 'AK/*')!.reason).toContain('(AS 21.23.399(6)(B)); this licensee is an assuming insurer domiciled in another state');
    const domestic = find({ ...base('AK', '-09:00'), licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'AK' } }, 'AK/regulator-notice')!;
    expect(domestic.basis.join(' ')).toContain('An assuming insurer domiciled in Alaska is an insurer domiciled in this state (AS 21.23.280(a)(1)-(2))');
  });
});
