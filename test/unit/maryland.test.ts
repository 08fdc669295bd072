/**
 * Maryland, Md. Code Ann., Ins. §§ 33-101, 33-104 to 33-106 (text: docs/law/MD/md-ins-title-33.txt): carriers only;
 * three business days from "a determination"; (a)(1) "harming", not material harm; no third-party clock, no
 * assuming-insurer section, no producer notice. Holidays (Gen. Prov. § 1-111) and consumers (Com. Law § 14-3504) not in hand.
 */
import type { Incident } from '../../domain/incident/incident';
import { stateIncident, statePlans } from '../helpers/state-plans';

const base: Incident = stateIncident('MD', 'Chesapeake Mutual', '-05:00');
const { plan, find, na } = statePlans(base);
const X = { name: 'X', role: 'insurer', domicileState: 'DE' } as const;

test('§ 33-105(a): three business days; Thanksgiving counted (the holiday statute is not in hand) and named with the later date', () => {
  const o = find(plan({}), 'MD/regulator-notice')!;
  expect(o.dueAt).toBe('2026-11-26T23:59:59.999-05:00'); // Tue 24, Wed 25, Thu 26 (counted)
  expect(o.basis.join(' ')).toContain('Disputed day Thu 2026-11-26 (Thanksgiving Day: may be a legal holiday in Maryland');
});

describe('§ 33-105(a)(1)-(2): which carriers must notify the Commissioner', () => {
  test.each([
    ['(a)(1) domicile and harm', {}, true],
    ['(a)(1) domicile, material harm not likely: "harming" is enough, taken as met', { materialHarmLikely: false }, true],
    ['(a)(1) has no words on nonpublic information', { nonpublicInformation: false }, true],
    ['(a)(2) 250 residents and a notice owed elsewhere', { licensee: X, residents: { MD: 250 }, materialHarmLikely: false, otherGovernmentNoticeRequired: true }, true],
    ['(a)(2) 250 residents, no harm, no other notice', { licensee: X, residents: { MD: 250 }, materialHarmLikely: false }, false],
    ['(a)(2) 249 residents', { licensee: X, residents: { MD: 249 } }, false],
    ['a managed general agent or administrator (other licensee) domiciled here is a carrier', { licensee: { name: 'TPA', role: 'other-licensee', domicileState: 'MD' } }, true],
  ] as Array<[string, Partial<Incident>, boolean]>)('%s', (_what, changes, owed) => {
    expect(!!find(plan(changes), 'MD/regulator-notice')).toBe(owed);
  });

  test('(a)(1) met without material harm says why', () => {
    expect(find(plan({ materialHarmLikely: false }), 'MD/regulator-notice')!.basis[0]).toContain('asks only for "a reasonable likelihood of harming');
  });

  test('§ 33-101(c): a producer is not a carrier: nothing owed under title 33', () => {
    const p = plan({ licensee: { name: 'P', role: 'producer', domicileState: 'MD' } });
    expect(p.obligations.filter((o) => o.jurisdiction === 'MD')).toEqual([]);
    expect(na(p, 'MD/*')).toContain('title 33 reaches carriers only');
  });

  test('§ 33-101(c)(2)(ii): an assuming insurer domiciled elsewhere is not a carrier; one domiciled in Maryland is, and owes the Commissioner notice', () => {
    const away = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' }, residents: { MD: 400 } });
    expect(na(away, 'MD/*')).toContain('an assuming insurer domiciled in another state');
    const home = plan({ licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MD' } });
    expect(find(home, 'MD/regulator-notice')!.dueAt).toBe('2026-11-26T23:59:59.999-05:00');
    expect(find(home, 'MD/ceding-insurer-notice')).toBeUndefined();
  });
});

test('no third-party clause: a provider\'s earlier notice is read as the determination, the carrier\'s own determination named', () => {
  const o = find(plan({ thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-16T12:00:00-05:00' } }), 'MD/regulator-notice')!;
  expect(o.dueAt).toBe('2026-11-19T23:59:59.999-05:00');
  expect(o.basis.join(' ')).toContain('has no third-party clause');
  expect(o.basis.join(' ')).toContain('Other reading, later and not used: determination');
});

test('§ 33-106(a): a HIPAA carrier still owes § 33-105(a)-(d); § 33-105(f) is named, not evaluated', () => {
  const o = find(plan({ hipaaCovered: true }), 'MD/regulator-notice')!;
  expect(o.basis.join(' ')).toContain('"must comply with § 33-105(a) through (d)"');
  expect(o.basis.join(' ')).toContain('(Md. Code Ann., Ins. § 33-105(f))');
});

test('§ 33-105(d), (e); § 33-104(d): update, the copy (consumers not evaluated), five years of records; no producer notice', () => {
  const p = plan({ residents: { MD: 400 }, producersOfRecord: true });
  expect(na(p, 'MD/consumer-notice')).toMatch(/^Not evaluated: Md\. Code Ann\., Com\. Law § 14-3504/);
  expect(find(p, 'MD/consumer-notice-copy')!.citation).toBe('Md. Code Ann., Ins. § 33-105(e)');
  expect(find(p, 'MD/regulator-update')!.citation).toBe('Md. Code Ann., Ins. § 33-105(d)');
  expect(find(p, 'MD/record-retention')!.dueAt).toBe('2031-11-23T23:59:59.999-05:00');
  expect(na(p, 'MD/producer-notice')).toBe('Md. Code Ann., Ins. § 33-105 has no notice to producers of record.');
});
