/**
 * Issue 24, item 4: an assuming insurer domiciled in another state is not a "licensee" of most acts, so their duties
 * (and their clocks) do not reach it; Connecticut's (e)(5)(B)(i) alone reaches it when its provider held the data.
 */
import type { Incident } from '../../domain/incident/incident';
import { planIncident } from '../../domain/rules/planner';
import { GENERAL_BREACH_LAWS } from '../../domain/rules/jurisdictions';
import { findObligation as find, notOwedReason as na } from '../helpers/state-plans';

type State = Incident['licensee']['domicileState'];

const reinsurer = (domicileState: State, residents: Incident['residents'], changes: Partial<Incident> = {}): Incident => ({
  incidentId: 'RE-1', title: 'test', licensee: { name: 'Keystone Re', role: 'assuming-insurer', domicileState },
  determinedAt: '2026-11-23T10:15:00-05:00', residents, nonpublicInformation: true, materialHarmLikely: true,
  otherGovernmentNoticeRequired: false, cedingInsurers: ['Ceding Mutual'], contacts: { owner: 'o@example.com', escalation: [] }, ...changes,
});

describe('"licensee" leaves out an assuming insurer domiciled in another state: nothing owed under that law', () => {
  test.each([
    ['Ala. Code § 27-62-3(9)', 'AL'],
    ['Iowa Code § 507F.3(13)', 'IA'],
    ['Md. Code Ann., Ins. § 33-101(c)', 'MD'],
    ['40 Pa.C.S. § 4502 ("licensee" (2)(ii))', 'PA'],
    ['S.C. Code § 38-99-10(9)', 'SC'],
    ['Va. Code § 38.2-621 ("licensee")', 'VA'],
    ['RSMo 375.1402(10)', 'MO'],
    ['AS 21.23.399(6)(B)', 'AK'],
    ['Conn. Gen. Stat. § 38a-38(b)(7)', 'CT'],
  ] as Array<[string, State]>)('%s', (citation, state) => {
    const p = planIncident(reinsurer(state === 'PA' ? 'NJ' : 'PA', { [state]: 900 }));
    expect(na(p, `${state}/*`)).toContain(`(${citation}); this licensee is an assuming insurer domiciled in another state`);
    // Nothing under the insurance act; its general breach law, where in hand, reaches anyone holding residents' data (issue #26).
    const breachKinds = ['consumer-notice', 'attorney-general-notice', 'consumer-reporting-agency-notice'];
    expect(p.obligations.filter((o) => o.jurisdiction === state && !(GENERAL_BREACH_LAWS[state] && breachKinds.includes(o.kind)))).toEqual([]);
  });

  test('a Pennsylvania reinsurer with South Carolina and Alabama residents: Pennsylvania\'s three business days (40 Pa.C.S. § 4518(f)(1)), not South Carolina\'s 72 hours, and no SC or AL records', () => {
    const p = planIncident(reinsurer('PA', { SC: 900, AL: 900 }));
    const o = find(p, 'PA/regulator-notice')!;
    expect([o.citation, o.dueAt]).toEqual(['40 Pa.C.S. § 4518(f)(1)', '2026-11-26T23:59:59.999-05:00']);
    expect(o.basis.join(' ')).not.toContain('S.C. Code');
    for (const id of ['SC/record-retention', 'AL/record-retention', 'SC/regulator-notice']) expect(find(p, id)).toBeUndefined();
    expect(find(p, 'PA/record-retention')!.citation).toBe('40 Pa.C.S. § 4517(d)');
  });

  test('RSA 420-P:3 (the definition of "licensee" not in hand): New Hampshire\'s paragraph V still reaches a reinsurer domiciled elsewhere, the reading that owes the notice', () => {
    const p = planIncident(reinsurer('TX', { NH: 10 }));
    expect(find(p, 'NH/regulator-notice')!.citation).toBe('RSA 420-P:6, V(a)(1)');
  });
});

describe('Conn. Gen. Stat. § 38a-38(e)(5)(B)(i): "including an assuming insurer that is domiciled in another state", when its provider held the data', () => {
  test('72 hours from receipt of the provider\'s notice, to its ceding insurers and its domicile\'s regulator; no Connecticut records', () => {
    const p = planIncident(reinsurer('TX', { CT: 900 }, { thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-22T09:00:00-05:00' } }));
    const o = find(p, 'CT/ceding-insurer-notice')!;
    expect([o.citation, o.dueAt, o.recipient]).toEqual(['Conn. Gen. Stat. § 38a-38(e)(5)(B)(i)', '2026-11-25T09:00:00.000-05:00', 'Ceding Mutual']);
    expect(find(p, 'CT/regulator-notice')!.recipient).toBe('insurance regulator of Texas (the state of domicile)');
    expect(na(p, 'CT/record-retention')).toContain('only Conn. Gen. Stat. § 38a-38(e)(5)(B)(i) reaches this assuming insurer');
  });
  test('its own event (no provider): Connecticut law does not reach it', () => {
    expect(na(planIncident(reinsurer('TX', { CT: 900 })), 'CT/*')).toContain('would reach it only for an event its third-party service provider held');
  });
  test('a provider event whose notice has not come yet: owed, with no date until it comes', () => {
    const o = find(planIncident(reinsurer('TX', { CT: 900 }, { thirdParty: { provider: 'V', actualKnowledgeAt: '2026-11-22T09:00:00-05:00' } })), 'CT/regulator-notice')!;
    expect([o.dueAt, o.dueRule]).toEqual([null, "within 72 hours of receipt of the provider's notice"]);
  });
});
