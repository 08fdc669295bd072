/** Who owes which notice, exactly as the statutes read (issue 3 item 2). Each case names its section. */
import type { Incident } from '../../domain/incident/incident';
import { planIncident } from '../../domain/rules/planner';

const base: Incident = {
  incidentId: 'A-1',
  title: 'test',
  licensee: { name: 'L', role: 'insurer', domicileState: 'MO' },
  determinedAt: '2026-12-01T09:00:00-06:00',
  residents: {},
  nonpublicInformation: true,
  materialHarmLikely: false,
  otherGovernmentNoticeRequired: false,
  contacts: { owner: 'o@example.com', escalation: [] },
};

type Row = [section: string, change: Partial<Incident>, id: string, owed: boolean];

const rows: Row[] = [
  // Criterion (1): domicile or home state plus material harm.
  ['RSMo 375.1410.1(1)', { materialHarmLikely: true }, 'MO/regulator-notice', true],
  ['RSMo 375.1410.1(1)', { materialHarmLikely: false }, 'MO/regulator-notice', false],
  ['RSMo 375.1410.1(1)', { licensee: { name: 'P', role: 'producer', domicileState: 'MO' }, materialHarmLikely: true }, 'MO/regulator-notice', true],
  ['RSA 420-P:6, I(a)', { licensee: { name: 'L', role: 'insurer', domicileState: 'NH' }, materialHarmLikely: true }, 'NH/regulator-notice', true],
  ['RSA 420-P:6, I(a)', { licensee: { name: 'L', role: 'insurer', domicileState: 'NH' }, materialHarmLikely: false }, 'NH/regulator-notice', false],
  // MO needs nonpublic information; NH I(a) does not say so.
  ['RSMo 375.1410.1', { materialHarmLikely: true, nonpublicInformation: false }, 'MO/regulator-notice', false],
  ['RSA 420-P:6, I(a)', { licensee: { name: 'L', role: 'insurer', domicileState: 'NH' }, materialHarmLikely: true, nonpublicInformation: false }, 'NH/regulator-notice', true],
  // Criterion (2): 250 or more residents plus other-government notice or material harm.
  ['RSMo 375.1410.1(2)(a)', { licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 250 }, otherGovernmentNoticeRequired: true }, 'MO/regulator-notice', true],
  ['RSMo 375.1410.1(2)', { licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 249 }, otherGovernmentNoticeRequired: true }, 'MO/regulator-notice', false],
  ['RSMo 375.1410.1(2)(b)', { licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 250 }, materialHarmLikely: true }, 'MO/regulator-notice', true],
  // An Attorney General notice owed under RSMo 407.1500.2(8) is a notice "required to be provided to any government body".
  ['RSMo 375.1410.1(2)(a) with 407.1500.2(8)', { licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 5000 } }, 'MO/regulator-notice', true],
  ['RSA 420-P:6, I(b)(1) with RSMo 407.1500.2(8)', { licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 1001, NH: 300 } }, 'NH/regulator-notice', true],
  ['RSMo 375.1410.1(2) (1,000 is not more than 1,000)', { licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 1000 } }, 'MO/regulator-notice', false],
  ['RSA 420-P:6, I(b)(1)', { residents: { NH: 250 }, otherGovernmentNoticeRequired: true }, 'NH/regulator-notice', true],
  ['RSA 420-P:6, I(b)(2)', { residents: { NH: 312 }, materialHarmLikely: true }, 'NH/regulator-notice', true],
  ['RSA 420-P:6, I(b)', { residents: { NH: 249 }, materialHarmLikely: true }, 'NH/regulator-notice', false],
  // I(b) requires that "the nonpublic information involves 250 or more consumers"; only I(a) omits it.
  ['RSA 420-P:6, I(b) (requires nonpublic information)', { residents: { NH: 5000 }, materialHarmLikely: true, nonpublicInformation: false }, 'NH/regulator-notice', false],
  // Harm is per state: harm to NH consumers does not meet Missouri's criterion, and the reverse.
  ['RSMo 375.1410.1(1) (harm per state)', { materialHarmLikely: { NH: true, MO: false } }, 'MO/regulator-notice', false],
  ['RSA 420-P:6, I(b)(2) (harm per state)', { residents: { NH: 300 }, materialHarmLikely: { NH: true, MO: false } }, 'NH/regulator-notice', true],
  ['RSMo 375.1410.1(1) (state not stated: taken as harmed)', { materialHarmLikely: { NH: false } }, 'MO/regulator-notice', true],
  // Other licensees (adjusters, TPAs, MGAs): only the residents criterion reaches them.
  ['RSMo 375.1410.1(1) (other licensee)', { licensee: { name: 'TPA', role: 'other-licensee', domicileState: 'MO' }, materialHarmLikely: true }, 'MO/regulator-notice', false],
  ['RSMo 375.1410.1(2)(b) (other licensee)', { licensee: { name: 'TPA', role: 'other-licensee', domicileState: 'MO' }, residents: { MO: 300 }, materialHarmLikely: true }, 'MO/regulator-notice', true],
  ['MO DCI Bulletin 23-04 (other licensee)', { licensee: { name: 'TPA', role: 'other-licensee', domicileState: 'MO' }, residents: { MO: 300 } }, 'MO/regulator-notice-bulletin', false],
  // Data held for another: notify the owner immediately.
  ['RSMo 407.1500.2(2)', { residents: { MO: 10 }, dataOwner: 'Client Mutual' }, 'MO/data-owner-notice', true],
  ['RSA 359-C:20, I(c)', { residents: { NH: 10 }, dataOwner: 'Client Mutual' }, 'NH/data-owner-notice', true],
  ['RSMo 407.1500.2(2) (own data)', { residents: { MO: 10 } }, 'MO/data-owner-notice', false],
  // HIPAA-covered licensees still owe the director notice.
  ['RSMo 375.1417.1(2)', { materialHarmLikely: true, hipaaCovered: true }, 'MO/regulator-notice', true],
  // Records: 3 years (MO), 5 years (NH).
  ['RSMo 375.1407.4', {}, 'MO/record-retention', true],
  ['RSA 420-P:5, IV', { residents: { NH: 1 } }, 'NH/record-retention', true],
  ['RSA 420-P:5, IV (not reached)', {}, 'NH/record-retention', false],
  // In force only from 2026-01-01.
  ['RSMo 375.1410 (in force 2026-01-01)', { materialHarmLikely: true, determinedAt: '2025-12-31T09:00:00-06:00' }, 'MO/regulator-notice', false],
  // Third-party provider exception: NH has it, MO does not.
  ['RSA 420-P:6, IV(a)', { residents: { NH: 400 }, materialHarmLikely: true, thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-30T09:00:00-05:00', providerNotifiedRegulators: ['NH', 'MO'] } }, 'NH/regulator-notice', false],
  ['RSMo 375.1410.4(1)', { residents: { NH: 400 }, materialHarmLikely: true, thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-30T09:00:00-05:00', providerNotifiedRegulators: ['NH', 'MO'] } }, 'MO/regulator-notice', true],
  // Consumer notice, copy and update.
  ['RSMo 407.1500.2(1)', { residents: { MO: 10 } }, 'MO/consumer-notice', true],
  ['RSMo 407.1500.2(1)', { residents: { MO: 10 }, breachOfSecurity: false }, 'MO/consumer-notice', false],
  ['RSMo 375.1410.3', { residents: { MO: 10 }, materialHarmLikely: true }, 'MO/consumer-notice-copy', true],
  ['RSMo 375.1410.3', { residents: { MO: 10 } }, 'MO/consumer-notice-copy', false],
  ['RSMo 375.1410.2', { materialHarmLikely: true }, 'MO/regulator-update', true],
  ['RSA 420-P:6, II', { residents: { NH: 300 }, materialHarmLikely: true }, 'NH/regulator-update', true],
  ['RSA 420-P:6, III', { residents: { NH: 300 }, materialHarmLikely: true }, 'NH/consumer-notice-copy', true],
  // Attorney general and consumer reporting agencies: more than 1,000.
  ['RSMo 407.1500 (AG, more than 1,000)', { residents: { MO: 1001 } }, 'MO/attorney-general-notice', true],
  ['RSMo 407.1500 (AG, more than 1,000)', { residents: { MO: 1000 } }, 'MO/attorney-general-notice', false],
  ['RSA 359-C:20, VI', { residents: { NH: 1001 } }, 'NH/consumer-reporting-agency-notice', true],
  ['RSA 420-P:6, III (no I(b))', { residents: { NH: 5000 } }, 'NH/attorney-general-notice', false],
  // Producers of record.
  ['RSMo 375.1410.6', { residents: { MO: 10 }, producersOfRecord: true }, 'MO/producer-notice', true],
  ['RSMo 375.1410.6', { residents: { MO: 10 }, producersOfRecord: false }, 'MO/producer-notice', false],
  ['RSMo 375.1410.6', { licensee: { name: 'P', role: 'producer', domicileState: 'MO' }, residents: { MO: 10 }, producersOfRecord: true }, 'MO/producer-notice', false],
  ['RSA 420-P:6, VI', { residents: { NH: 10 }, producersOfRecord: true }, 'NH/producer-notice', true],
  // VI has no consumer-notice condition (unlike RSMo 375.1410.6): no breach of security still owes it.
  ['RSA 420-P:6, VI (no consumer-notice condition)', { licensee: { name: 'L', role: 'insurer', domicileState: 'NH' }, producersOfRecord: true, breachOfSecurity: false }, 'NH/producer-notice', true],
  ['RSMo 375.1410.6 (consumer notice required)', { residents: { MO: 10 }, producersOfRecord: true, breachOfSecurity: false }, 'MO/producer-notice', false],
  ['RSA 420-P:6, VI (nonpublic information)', { residents: { NH: 10 }, producersOfRecord: true, nonpublicInformation: false, breachOfSecurity: true }, 'NH/producer-notice', false],
  // Bulletin 23-04: insurers only.
  ['MO DCI Bulletin 23-04', { residents: { MO: 1 } }, 'MO/regulator-notice-bulletin', true],
  ['MO DCI Bulletin 23-04', { licensee: { name: 'P', role: 'producer', domicileState: 'MO' } }, 'MO/regulator-notice-bulletin', false],
  ['MO DCI Bulletin 23-04', { licensee: { name: 'L', role: 'insurer', domicileState: 'NH' }, residents: { NH: 5 } }, 'MO/regulator-notice-bulletin', false],
  // Assuming insurer.
  ['RSMo 375.1410.5(1)(a)', { licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' }, residents: { MO: 420 } }, 'MO/ceding-insurer-notice', true],
  ['RSMo 375.1410.5(1)(a)', { licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' }, residents: { MO: 420 } }, 'MO/regulator-notice', true],
  ['RSMo 375.1410.5(1)(b)', { licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' }, residents: { MO: 420 } }, 'MO/consumer-notice', false],
  ['RSMo 375.1410.5(1)(c)', { licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' }, residents: { MO: 420 } }, 'MO/regulator-notice-bulletin', false],
  ['RSA 420-P:6, V(a)(1)', { licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' }, residents: { NH: 420 } }, 'NH/regulator-notice', false],
  ['RSA 420-P:6, V(a)(1)', { licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'TX' }, residents: { NH: 420 } }, 'NH/ceding-insurer-notice', true],
];

describe('applicability', () => {
  test.each(rows)('%s: %j -> %s owed=%s', (_section, change, id, owed) => {
    const plan = planIncident({ ...base, ...change } as Incident);
    const isOwed = plan.obligations.some((o) => o.id === id);
    // A state the incident does not touch at all is one line (`MO/*`), not a line per duty.
    const na = plan.notApplicable.find((n) => n.id === id || n.id === `${id.split('/')[0]}/*`);
    expect(isOwed).toBe(owed);
    // Every obligation either applies with a basis or says why it does not.
    if (owed) expect(plan.obligations.find((o) => o.id === id)!.basis.length).toBeGreaterThan(0);
    else expect(na?.reason).toMatch(/\S/);
  });
});

describe('every obligation cites its source and never presents a target as law', () => {
  const plan = planIncident({ ...base, residents: { MO: 2000, NH: 2000 }, materialHarmLikely: true, producersOfRecord: true },
    undefined, { consumerNoticeScheduled: { MO: '2026-12-10T12:00:00-06:00' } });
  test.each(plan.obligations.map((o) => [o.id, o] as const))('%s', (_id, o) => {
    expect(o.citation).toMatch(/RSMo|RSA|Bulletin/);
    if (o.dueAt === null) expect(o.dueRule).toMatch(/no date|no fixed|as directed|no later than|continuing|as soon as/);
  });
  test('a scheduled consumer notice is a target, not a due date; it fixes the MO producer notice (RSMo 375.1410.6)', () => {
    const consumer = plan.obligations.find((o) => o.id === 'MO/consumer-notice')!;
    expect(consumer.dueAt).toBeNull();
    expect(consumer.target?.at).toBe('2026-12-10T12:00:00.000-06:00');
    expect(plan.obligations.find((o) => o.id === 'MO/producer-notice')!.dueAt).toBe('2026-12-10T12:00:00.000-06:00');
    expect(plan.obligations.find((o) => o.id === 'NH/producer-notice')!.dueAt).toBeNull();
  });
  test('a regulator directive fixes the NH producer notice (RSA 420-P:6 VI)', () => {
    const p = planIncident({ ...base, residents: { NH: 10 }, producersOfRecord: true }, undefined, {
      regulatorDirectives: { 'NH/producer-notice': { dueAt: '2026-12-15T17:00:00-05:00', note: 'letter of 12/3' } },
    });
    const o = p.obligations.find((x) => x.id === 'NH/producer-notice')!;
    expect(o.dueAt).toBe('2026-12-15T17:00:00.000-05:00');
    expect(o.basis.join(' ')).toMatch(/letter of 12\/3/);
  });
});

describe('uncovered states', () => {
  test('a state without a jurisdiction file is listed with a plain warning', () => {
    const plan = planIncident({ ...base, residents: { MO: 5, TX: 40 } });
    expect(plan.uncovered).toEqual([{ state: 'TX', residents: 40, warning: 'no Texas rules in breachclock: check Texas law' }]);
  });
  test('an uncovered domicile is listed too', () => {
    const plan = planIncident({ ...base, licensee: { name: 'L', role: 'insurer', domicileState: 'KS' } });
    expect(plan.uncovered.map((u) => u.state)).toEqual(['KS']);
  });
});

describe('the shared examples', () => {
  test('INC-2026-0042 gives the docs/design.md §4 MO deadline and the NH disputed day', () => {
    const ex = require('../../examples/incident-mo-nh.json');
    const plan = planIncident(ex);
    const mo = plan.obligations.find((o) => o.id === 'MO/regulator-notice')!;
    expect(mo.clockStartsAt).toBe('2026-11-23T10:15:00.000-06:00');
    expect(mo.dueAt).toBe('2026-11-30T23:59:59.999-06:00');
    expect(mo.dueRule).toBe('as promptly as practicable, but in no event later than 4 business days after determination');
    const nh = plan.obligations.find((o) => o.id === 'NH/regulator-notice')!;
    expect(nh.dueAt).toBe('2026-11-27T23:59:59.999-05:00');
    expect(nh.basis.join(' ')).toMatch(/Fri 2026-11-27.*day after Thanksgiving/);
    expect(nh.basis.join(' ')).toMatch(/Mon 2026-11-30/);
  });
});

describe('RSA 420-P:6, VI: the NH producer notice gives true reasons', () => {
  test('an NH insurer without a breach of security under RSA 359-C:20 still owes it; no false "not the state of domicile"', () => {
    const plan = planIncident({ ...base, licensee: { name: 'L', role: 'insurer', domicileState: 'NH' }, producersOfRecord: true, breachOfSecurity: false });
    expect(plan.notApplicable.map((n) => n.reason).join(' ')).not.toMatch(/New Hampshire is not the state of domicile/);
    expect(plan.obligations.find((o) => o.id === 'NH/producer-notice')!.basis.join(' ')).toMatch(/no consumer-notice condition/);
  });
});

describe('RSMo 375.1410.1(2)(a): the plan never owes an AG notice and denies the government-notice criterion', () => {
  test('an AG notice owed under 407.1500.2(8) is named as the government notice that meets 1(2)(a)', () => {
    const plan = planIncident({ ...base, licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 1500 } });
    expect(plan.obligations.some((o) => o.id === 'MO/attorney-general-notice')).toBe(true);
    expect(plan.obligations.find((o) => o.id === 'MO/regulator-notice')!.basis.join(' ')).toMatch(/government body: Missouri Attorney General.*407\.1500\.2\(8\)/);
  });
});

describe('RSMo 375.1410.5 and RSA 420-P:6 V: an assuming insurer with a covered domicile', () => {
  test('both states\' sections are evaluated; the earliest is shown under the domicile and the other named', () => {
    // Determined Wed 2026-11-25 in MO: MO counts Fri 27 (offices open), Mon 30, Tue 1 Dec; NH counts Fri 27 as disputed too.
    const plan = planIncident({
      ...base,
      licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' },
      determinedAt: '2026-11-25T09:00:00-06:00',
      residents: { MO: 10, NH: 10 },
    });
    const o = plan.obligations.find((x) => x.id === 'MO/regulator-notice')!;
    expect(o.basis.join(' ')).toMatch(/RSA 420-P:6, V\(a\)\(1\) \(New Hampshire law\)|RSMo 375\.1410\.5\(1\)\(a\) \(Missouri law\)/);
    expect(plan.notApplicable.find((n) => n.id === 'NH/regulator-notice')!.reason).toMatch(/Evaluated with MO\/regulator-notice/);
    // Never later than either reading.
    const nhOnly = planIncident({ ...base, licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'NH' }, determinedAt: '2026-11-25T09:00:00-06:00', residents: { NH: 10 } });
    const moOnly = planIncident({ ...base, licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' }, determinedAt: '2026-11-25T09:00:00-06:00', residents: { MO: 10 } });
    const due = (p: typeof plan, id: string) => Date.parse(p.obligations.find((x) => x.id === id)!.dueAt!);
    expect(Date.parse(o.dueAt!)).toBeLessThanOrEqual(due(nhOnly, 'NH/regulator-notice'));
    expect(Date.parse(o.dueAt!)).toBeLessThanOrEqual(due(moOnly, 'MO/regulator-notice'));
  });
});

describe('scope stated (every plan lists what it does not evaluate)', () => {
  test('notEvaluated names the exclusions, 407.1500.2(5) and 407.1500.3', () => {
    const plan = planIncident(base);
    const text = plan.notEvaluated!.join(' ');
    expect(text).toMatch(/407\.1500\.2\(5\)/);
    expect(text).toMatch(/407\.1500\.3/);
    expect(text).toMatch(/375\.1402\(3\)/);
  });
  test('RSMo 375.1407.2: the four investigation determinations are tracked with their sections', () => {
    const plan = planIncident({ ...base, residents: { NH: 3 } });
    expect(plan.investigation!.map((i) => i.id)).toEqual(['occurred', 'natureAndScope', 'nonpublicInformation', 'securityRestored']);
    expect(plan.investigation![0].citations).toEqual(['RSMo 375.1407.2(1)', 'RSA 420-P:5, II(a)']);
  });
});

describe('RSMo 375.1410.4(3) and RSA 420-P:6 IV(c): agreements', () => {
  test('Missouri: a provider that filed fulfils the notice only under an agreement; the plan says so and keeps it owed', () => {
    const plan = planIncident({ ...base, materialHarmLikely: true, thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-30T09:00:00-06:00', providerNotifiedRegulators: ['MO'] } });
    expect(plan.obligations.find((o) => o.id === 'MO/regulator-notice')!.basis.join(' ')).toMatch(/only under an agreement \(RSMo 375\.1410\.4\(3\)/);
  });
});

describe('MO DCI Bulletin 23-04 is never called law', () => {
  test('its due rule says it is a request, and its basis quotes "does not have the force and effect of law"', () => {
    const o = planIncident({ ...base, residents: { MO: 5 } }).obligations.find((x) => x.id === 'MO/regulator-notice-bulletin')!;
    expect(o.dueRule).toContain('a Department request');
    expect(o.basis.join(' ')).toContain('does not have the force and effect of law');
  });
  test('its reminder and overdue emails say so too', () => {
    const { reminderNotice, overdueNotice } = require('../../domain/incident/email');
    const o = { ...planIncident({ ...base, residents: { MO: 5 } }).obligations.find((x) => x.id === 'MO/regulator-notice-bulletin')!, state: 'pending', completedAt: null, remindersSent: 0, escalationRung: null };
    const status = { incidentId: 'A-1', title: 't', events: [] };
    expect(reminderNotice(status, o, { slot: 'due-day-09:00', dueAt: o.dueAt }, 'o@example.com').text).toContain('not law');
    expect(overdueNotice(status, o, 0, ['o@example.com']).text).toContain('not law');
  });
});
