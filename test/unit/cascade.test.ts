/**
 * Issue 24, item 1: one notice triggers the next. A notice this plan owes one government body is a notice "required
 * ... to any government body ... pursuant to any state or federal law" in every other state; the plan is the least
 * fixed point (a chain starts from a notice owed on its own grounds), and `basis` and `triggeredBy` name the trigger.
 * Item 2: "consumer notice is required by law" (RSMo 375.1410.6) means any law.
 */
import type { Incident } from '../../domain/incident/incident';
import { planIncident, type Plan } from '../../domain/rules/planner';
import { findObligation as find, notOwedReason as na } from '../helpers/state-plans';

type State = Incident['licensee']['domicileState'];

/** A South Carolina insurer (§ 38-99-40(A)(1): the domicile alone, no harm test), no likely harm, determined Mon 23 Nov 2026 10:15 EST. */
const incident = (changes: Partial<Incident> = {}): Incident => ({
  incidentId: 'CASCADE-1', title: 'test', licensee: { name: 'Palmetto Mutual', role: 'insurer', domicileState: 'SC' },
  determinedAt: '2026-11-23T10:15:00-05:00', residents: {}, nonpublicInformation: true, materialHarmLikely: false,
  otherGovernmentNoticeRequired: false, contacts: { owner: 'o@example.com', escalation: [] }, ...changes,
});
const SC_NOTICE = 'South Carolina Director of Insurance under S.C. Code § 38-99-40(A) (SC/regulator-notice)';

describe('the issue\'s case: a South Carolina insurer, no likely harm, 300 residents in each of AL, CT, IA, MD and PA', () => {
  const plan: Plan = planIncident(incident({ residents: { AL: 300, CT: 300, IA: 300, MD: 300, PA: 300 } }));
  test('S.C. Code § 38-99-40(A)(1): South Carolina\'s own notice is owed on its own grounds (the domicile), 72 hours', () => {
    const o = find(plan, 'SC/regulator-notice')!;
    expect([o.dueAt, o.triggeredBy]).toEqual(['2026-11-26T10:15:00.000-05:00', undefined]);
  });
  test.each([
    // Thanksgiving (Thu 26) is counted where it is disputed (AL, CT, MD), skipped where it is a holiday (IA); PA counts five days.
    ['Ala. Code § 27-62-6(a)(2)a.', 'AL', '2026-11-26T23:59:59.999-06:00'],
    ['Conn. Gen. Stat. § 38a-38(e)(1)(B)(i)', 'CT', '2026-11-26T23:59:59.999-05:00'],
    ['Iowa Code § 507F.7(1)(b)(1)', 'IA', '2026-11-27T23:59:59.999-06:00'],
    ['Md. Code Ann., Ins. § 33-105(a)(2)(i)', 'MD', '2026-11-26T23:59:59.999-05:00'],
    ['40 Pa.C.S. § 4518(a)(2)(i)', 'PA', '2026-11-30T23:59:59.999-05:00'],
  ] as Array<[string, State, string]>)('%s: owed, triggered by the South Carolina notice', (section, state, dueAt) => {
    const o = find(plan, `${state}/regulator-notice`)!;
    // Conn. Gen. Stat. § 36a-701b(b)(2)(A): the Connecticut Attorney General is told with every consumer notice (issue #26).
    expect([o.dueAt, o.triggeredBy]).toEqual([dueAt, ['CT/attorney-general-notice', 'SC/regulator-notice']]);
    expect(o.basis.join(' ')).toContain(`300 ${o.recipient.split(' ')[0]}`);
    expect(o.basis.join(' ')).toContain(`notice is owed to a government body: Connecticut Attorney General under Conn. Gen. Stat. § 36a-701b(b)(2)(A) (CT/attorney-general-notice); ${SC_NOTICE} (${section})`);
  });
  test('the plan no longer contradicts itself: no reason says "neither notice to another government body"', () => {
    expect(plan.notApplicable.map((n) => n.reason).join(' ')).not.toContain('neither notice to another government body');
  });
  test('breachclock plan --format table lists what each triggered notice is owed because of', () => {
    const { planTable } = require('../../client/plan-format');
    const table: string = planTable(plan, 200);
    expect(table).toContain('Owed because another notice is owed (a notice to another government body):\n');
    expect(table).toMatch(/\n {2}AL\/regulator-notice: owed because CT\/attorney-general-notice.*SC\/regulator-notice.* \(Ala\. Code § 27-62-6\(a\)\)/);
  });
});

describe('every prong a government notice meets, with the trigger named', () => {
  test.each([
    ['RSMo 375.1410.1(2)(a)', 'MO', { MO: 300 }, '2026-11-30T23:59:59.999-06:00'],
    ['RSA 420-P:6, I(b)(1)', 'NH', { NH: 300 }, '2026-11-27T23:59:59.999-05:00'],
    ['AS 21.23.280(a)(3)(A)', 'AK', { AK: 300 }, '2026-11-26T23:59:59.999-09:00'],
    ['215 ILCS 215/20(a)(2)(A)', 'IL', { IL: 300 }, '2026-11-26T23:59:59.999-06:00'],
    ['36 O.S. § 675(A)(2)(a)', 'OK', { OK: 300 }, '2026-11-26T23:59:59.999-06:00'],
    ['Va. Code § 38.2-625 A 2 ("or ... the laws of another state"), whatever the count', 'VA', { VA: 3 }, '2026-11-30T23:59:59.999-05:00'],
  ] as Array<[string, State, Incident['residents'], string]>)('%s', (section, state, residents, dueAt) => {
    const o = find(planIncident(incident({ residents })), `${state}/regulator-notice`)!;
    expect([o.dueAt, o.triggeredBy]).toEqual([dueAt, ['SC/regulator-notice']]);
    expect(o.basis.join(' ')).toContain(`(${section.split(' ("or')[0].replace(', whatever the count', '')}`);
  });

  test.each([
    ['Iowa Code § 507F.7(1)(a)(1): the domicile and a notice owed under another state\'s law (read through § 507F.8(1)), no harm', 'IA', { IA: 10, NY: 1 }],
    ['R.I. Gen. Laws § 27-1-47(a)(1): a domestic insurer, which has no residents threshold', 'RI', { NY: 1 }],
  ] as Array<[string, State, Incident['residents']]>)('%s', (_what, state, residents) => {
    // 23 NYCRR § 500.17(a): every covered entity notifies, so one New York resident starts the chain.
    const o = find(planIncident(incident({ licensee: { name: 'L', role: 'insurer', domicileState: state }, residents })), `${state}/regulator-notice`)!;
    expect(o.triggeredBy).toEqual(['NY/regulator-notice']);
    expect(o.basis.join(' ')).toContain('New York Superintendent of Financial Services (Department of Financial Services) under 23 NYCRR § 500.17(a)(1) (NY/regulator-notice)');
  });

  test('RSA 420-P:6, IV(a): a notice the provider gave the regulator itself excuses the licensee, and is still a notice the event requires (open question 42)', () => {
    const p = planIncident(incident({
      licensee: { name: 'L', role: 'insurer', domicileState: 'NH' }, materialHarmLikely: { NH: true, AL: false }, residents: { AL: 300 },
      thirdParty: { provider: 'Vendor', notifiedLicenseeAt: '2026-11-20T09:00:00-05:00', providerNotifiedRegulators: ['NH'] },
    }));
    expect(na(p, 'NH/regulator-notice')).toContain('gave the New Hampshire Insurance Commissioner the notice itself');
    const o = find(p, 'AL/regulator-notice')!;
    expect(o.triggeredBy).toEqual(['NH/regulator-notice']);
    expect(o.basis.join(' ')).toContain('New Hampshire Insurance Commissioner under RSA 420-P:6, I (NH/regulator-notice), given by Vendor');
  });

  test('RSMo 407.1500.2(8): an Attorney General notice starts a chain too (S7): Missouri\'s notice, then Alabama\'s', () => {
    const p = planIncident(incident({ licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { MO: 1500, AL: 300 } }));
    expect(find(p, 'MO/regulator-notice')!.triggeredBy).toEqual(['MO/attorney-general-notice']);
    expect(find(p, 'AL/regulator-notice')!.triggeredBy).toEqual(['MO/attorney-general-notice']);
  });
});

describe('the least fixed point: a chain must start from a notice owed on its own grounds', () => {
  test('two states cannot justify each other: a Texas insurer, no harm, 300 residents in Alabama and Pennsylvania owes neither', () => {
    const p = planIncident(incident({ licensee: { name: 'L', role: 'insurer', domicileState: 'TX' }, residents: { AL: 300, PA: 300 } }));
    expect(find(p, 'AL/regulator-notice')).toBeUndefined();
    expect(find(p, 'PA/regulator-notice')).toBeUndefined();
    expect(na(p, 'AL/regulator-notice')).toContain('Ala. Code § 27-62-6(a)(2) not met: 300 Alabama residents, but neither notice to another government body nor material harm.');
  });
  test('a state\'s own notice never meets its own prong: an Iowa insurer, no harm, 300 Iowans, owes nothing to Iowa', () => {
    expect(find(planIncident(incident({ licensee: { name: 'L', role: 'insurer', domicileState: 'IA' }, residents: { IA: 300 } })), 'IA/regulator-notice')).toBeUndefined();
  });
  test('a notice owed on its own grounds names no trigger, even where others are owed', () => {
    const p = planIncident(incident({ materialHarmLikely: true, residents: { AL: 300 } }));
    expect(find(p, 'AL/regulator-notice')!.triggeredBy).toBeUndefined();
    expect(find(p, 'AL/regulator-notice')!.basis.join(' ')).toContain('300 Alabama residents (250 or more) and the event has a reasonable likelihood of material harm (Ala. Code § 27-62-6(a)(2))');
  });
});

describe('RSMo 375.1410.6: "consumer notice is required by law, including section 407.1500" means any law', () => {
  const mo = (residents: Incident['residents']) => planIncident(incident({ licensee: { name: 'Show-Me Mutual', role: 'insurer', domicileState: 'MO' }, residents, producersOfRecord: true }));
  test('a Missouri insurer whose event requires consumer notice under New Hampshire law (RSA 359-C:20, I(a)) owes its Missouri producer notice', () => {
    const o = find(mo({ NH: 10 }), 'MO/producer-notice')!;
    expect(o.citation).toBe('RSMo 375.1410.6');
    expect(o.basis[0]).toBe('Consumer notice is required by law: NH/consumer-notice (RSA 359-C:20, I(a)) (RSMo 375.1410.6).');
  });
  test('no consumer notice required anywhere: not owed, said so', () => {
    expect(na(mo({}), 'MO/producer-notice')).toBe('Owed only where consumer notice is required by law (RSMo 375.1410.6); no consumer notice is owed.');
  });
  test('Alabama\'s (§ 27-62-6(g)(1): "required by the Alabama Data Breach Notification Act") stays its own state\'s', () => {
    const p = planIncident(incident({ licensee: { name: 'L', role: 'insurer', domicileState: 'AL' }, residents: { NH: 10 }, producersOfRecord: true, materialHarmLikely: true }));
    expect(na(p, 'AL/producer-notice')).toContain('no Alabama consumer notice is owed');
  });
});

describe('a running incident: news that makes a notice owed cascades at its next re-plan, and the email says which and why', () => {
  const S = require('../../domain/incident/state');
  const { becameOwedNotice, openingSummary } = require('../../domain/incident/email');
  const { BusinessCalendar } = require('../../domain/rules/calendar');
  const { reminderSchedule } = require('../../domain/rules/reminders');
  const calendar = new BusinessCalendar();
  const now = Date.parse('2026-11-23T18:00:00Z');
  const replan = (state: { incident: Incident; facts: object }) => {
    const plan = planIncident(state.incident, calendar, state.facts);
    return { plan, reminders: reminderSchedule(plan, calendar) };
  };

  test('residentsUpdate AL 300 after opening with 100 Alabamians: Alabama\'s notice becomes owed through South Carolina\'s, and newlyOwed/becameOwedNotice name it', () => {
    const state = S.newState(incident({ residents: { AL: 100 } }));
    S.applyPlan(state, replan(state), now);
    expect(state.status.obligations.some((o: { id: string }) => o.id === 'AL/regulator-notice')).toBe(false);
    expect(S.applyMessage(state, 'residentsUpdate', { state: 'AL', count: 300, asOf: '2026-11-23T17:30:00Z' }, now, 'test').ok).toBe(true);
    const before = state.status.obligations.map((o: { id: string }) => o.id);
    S.applyPlan(state, replan(state), now + 1000);
    const newly = S.newlyOwed(before, state.status.obligations);
    expect(newly.map((o: { id: string }) => o.id)).toEqual(['AL/regulator-notice', 'AL/consumer-notice-copy', 'AL/regulator-update']);
    const mail = becameOwedNotice(state.status, newly, 'o@example.com');
    expect(mail.subject).toBe('Now owed: AL Commissioner of Insurance notice, due Thu 26 Nov, 11:59 pm CST (+2 more) — CASCADE-1 test');
    expect(mail.text).toContain('owed because SC/regulator-notice is owed: a notice to another government body meets Ala. Code § 27-62-6(a)');
  });

  test('thirdPartyNotice: a reinsurer domiciled in Texas whose provider held the data is reached by Conn. Gen. Stat. § 38a-38(e)(5)(B)(i), and the re-plan says so', () => {
    const state = S.newState(incident({ licensee: { name: 'Lone Star Re', role: 'assuming-insurer', domicileState: 'TX' }, residents: { CT: 900 }, cedingInsurers: ['Nutmeg Mutual'] }));
    S.applyPlan(state, replan(state), now);
    // Conn. Gen. Stat. § 36a-701b reaches anyone holding Connecticut residents' data (issue #26): only its consumer side is owed.
    expect(state.status.obligations.filter((o: { jurisdiction: string; citation: string }) => o.jurisdiction === 'CT' && !o.citation.includes('36a-701b'))).toEqual([]);
    expect(S.applyMessage(state, 'thirdPartyNotice', { provider: 'Vendor', notifiedLicenseeAt: '2026-11-23T09:00:00-05:00' }, now, 'test').ok).toBe(true);
    const before = state.status.obligations.map((o: { id: string }) => o.id);
    S.applyPlan(state, replan(state), now + 1000);
    const newly = S.newlyOwed(before, state.status.obligations);
    expect(newly.map((o: { id: string }) => o.id)).toEqual(['CT/ceding-insurer-notice', 'CT/regulator-notice', 'CT/regulator-update']);
    expect(becameOwedNotice(state.status, newly, 'o@example.com').text).toContain('why: The licensee is an assuming insurer without a direct contractual relationship with the affected consumers (Conn. Gen. Stat. § 38a-38(e)(5)(B)(i)).');
  });

  test('the opening email says why a triggered notice is owed', () => {
    const state = S.newState(incident({ residents: { AL: 300 } }));
    S.applyPlan(state, replan(state), now);
    expect(openingSummary(state.status, 'o@example.com', now).text).toContain('owed because SC/regulator-notice is owed: a notice to another government body meets Ala. Code § 27-62-6(a)');
  });
});
