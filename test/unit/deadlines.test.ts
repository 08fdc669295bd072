/**
 * Deadline table, 2026-2028. Each case names the section it checks. Expected dates were worked out by
 * hand from the statutes' holiday lists (RSMo 9.010, RSA 288:1) and docs/design.md §3, not from the code.
 */
import { BusinessCalendar } from '../../domain/rules/calendar';
import type { Incident } from '../../domain/incident/incident';
import { bulletin23_04 } from '../../domain/rules/jurisdictions/mo-dci-bulletin-23-04';
import { rsmo375_1410 } from '../../domain/rules/jurisdictions/mo-rsmo-375-1410';
import { rsa420P_6 } from '../../domain/rules/jurisdictions/nh-rsa-420-P-6';
import { planIncident } from '../../domain/rules/planner';

const calendar = new BusinessCalendar();
const MO = rsmo375_1410.regulatorNotice.businessDays!; // 4
const NH = rsa420P_6.regulatorNotice.businessDays!; // 3

interface Case {
  section: string;
  state: 'MO' | 'NH';
  start: string;
  days: number;
  due: string; // local date of the deadline
  offset?: string; // the deadline's UTC offset, where DST matters
  ifDisputedHeld?: string; // the later date named in the basis
  note: string;
}

const cases: Case[] = [
  // Missouri Director, RSMo 375.1410.1: four business days; holidays RSMo 9.010.
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-11-23T10:15:00-06:00', days: MO, due: '2026-11-30', note: 'Thanksgiving skipped (docs/design.md §4 example)' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-12-22T09:00:00-06:00', days: MO, due: '2026-12-29', note: 'Christmas skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-12-30T09:00:00-06:00', days: MO, due: '2027-01-06', note: "New Year's Day skipped" },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-01-16T09:00:00-06:00', days: MO, due: '2026-01-23', note: 'Martin Luther King Jr. Day skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-02-10T09:00:00-06:00', days: MO, due: '2026-02-18', note: "Lincoln Day and Washington's Birthday skipped" },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-05-06T09:00:00-05:00', days: MO, due: '2026-05-13', note: 'Truman Day skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-05-22T09:00:00-05:00', days: MO, due: '2026-05-29', note: 'Memorial Day skipped' },
  // RSMo 9.010 as amended by A.L. 2022 H.B. 1738 lists "the nineteenth day of June": a holiday, not disputed.
  { section: 'RSMo 375.1410.1 with RSMo 9.010', state: 'MO', start: '2026-06-17T09:00:00-05:00', days: MO, due: '2026-06-24', note: 'Juneteenth is a Missouri public holiday' },
  { section: 'RSMo 375.1410.1 with RSMo 9.010', state: 'MO', start: '2033-06-16T09:00:00-05:00', days: MO, due: '2033-06-23', note: 'Sunday Juneteenth 2033 moves to Monday (Sunday rule)' },
  { section: 'RSMo 375.1410.1 with RSMo 9.010', state: 'MO', start: '2027-06-16T09:00:00-05:00', days: MO, due: '2027-06-22', ifDisputedHeld: '2027-06-23', note: 'Saturday Juneteenth 2027: the Friday before is disputed, counted' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-07-01T09:00:00-05:00', days: MO, due: '2026-07-07', ifDisputedHeld: '2026-07-08', note: 'Friday before Saturday July 4 disputed, counted' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-09-04T09:00:00-05:00', days: MO, due: '2026-09-11', note: 'Labor Day skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-10-09T09:00:00-05:00', days: MO, due: '2026-10-16', note: 'Columbus Day is a Missouri holiday' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-11-09T09:00:00-06:00', days: MO, due: '2026-11-16', note: 'Veterans Day skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-11-23T23:30:00-06:00', days: MO, due: '2026-11-30', note: 'late-evening start: the start day still does not count' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-11-24T03:00:00Z', days: MO, due: '2026-11-30', note: 'UTC date is the 24th, Chicago date the 23rd' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-11-24T06:30:00Z', days: MO, due: '2026-12-01', note: 'UTC 06:30 is already the 24th in Chicago' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-03-06T09:00:00-06:00', days: MO, due: '2026-03-12', offset: '-05:00', note: 'spring DST change: deadline in CDT' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-03-08T01:30:00-06:00', days: MO, due: '2026-03-12', offset: '-05:00', note: 'start on the DST morning itself' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-10-30T09:00:00-05:00', days: MO, due: '2026-11-05', offset: '-06:00', note: 'fall DST change: deadline in CST' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-11-01T01:30:00-05:00', days: MO, due: '2026-11-05', offset: '-06:00', note: 'start in the repeated hour of the fall change' },
  { section: 'RSMo 375.1410.1; RSMo 9.010', state: 'MO', start: '2027-07-01T09:00:00-05:00', days: MO, due: '2027-07-08', note: 'Sunday July 4 observed Monday by statute' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2027-05-05T09:00:00-05:00', days: MO, due: '2027-05-11', ifDisputedHeld: '2027-05-12', note: 'Friday before Saturday Truman Day disputed' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2027-12-21T09:00:00-06:00', days: MO, due: '2027-12-27', ifDisputedHeld: '2027-12-28', note: 'Friday before Saturday Christmas disputed' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2027-12-29T09:00:00-06:00', days: MO, due: '2028-01-04', ifDisputedHeld: '2028-01-05', note: "Friday before Saturday New Year's Day 2028 disputed" },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2028-02-09T09:00:00-06:00', days: MO, due: '2028-02-15', ifDisputedHeld: '2028-02-16', note: 'Friday before Saturday Lincoln Day disputed' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2028-11-09T09:00:00-06:00', days: MO, due: '2028-11-15', ifDisputedHeld: '2028-11-16', note: 'Friday before Saturday Veterans Day disputed' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2028-11-21T09:00:00-06:00', days: MO, due: '2028-11-28', note: 'Thanksgiving 2028; the Friday after counts' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2028-12-22T09:00:00-06:00', days: MO, due: '2028-12-29', note: 'Monday Christmas skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2028-06-30T09:00:00-05:00', days: MO, due: '2028-07-07', note: 'Tuesday July 4 skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2028-05-05T09:00:00-05:00', days: MO, due: '2028-05-12', note: 'Monday Truman Day skipped' },
  { section: 'RSMo 375.1410.1', state: 'MO', start: '2026-11-21T10:00:00-06:00', days: MO, due: '2026-11-27', note: 'Saturday start' },
  { section: 'RSMo 375.1410.1; RSMo 9.010', state: 'MO', start: '2029-11-08T09:00:00-06:00', days: MO, due: '2029-11-15', note: 'Sunday Veterans Day 2029 observed Monday (date-holidays only has it as bank)' },
  // Missouri assuming insurer, RSMo 375.1410.5(1)(a): three business days.
  { section: 'RSMo 375.1410.5(1)(a)', state: 'MO', start: '2026-07-02T14:00:00-05:00', days: rsmo375_1410.assumingInsurer!.businessDays!, due: '2026-07-07', ifDisputedHeld: '2026-07-08', note: 'reinsurer example' },
  // New Hampshire Commissioner, RSA 420-P:6 I: three business days; holidays RSA 288:1.
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-11-23T11:15:00-05:00', days: NH, due: '2026-11-27', ifDisputedHeld: '2026-11-30', note: 'day after Thanksgiving disputed, counted' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-10-09T09:00:00-04:00', days: NH, due: '2026-10-14', ifDisputedHeld: '2026-10-15', note: 'Columbus Day: statutory but offices open' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-10-30T09:00:00-04:00', days: NH, due: '2026-11-04', offset: '-05:00', ifDisputedHeld: '2026-11-05', note: 'election day disputed; fall DST' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-11-09T09:00:00-05:00', days: NH, due: '2026-11-13', note: 'Veterans Day skipped' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-12-22T09:00:00-05:00', days: NH, due: '2026-12-28', note: 'Christmas skipped' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-12-30T09:00:00-05:00', days: NH, due: '2027-01-05', note: "New Year's Day skipped" },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-01-16T09:00:00-05:00', days: NH, due: '2026-01-22', note: 'Civil Rights Day skipped' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-02-12T09:00:00-05:00', days: NH, due: '2026-02-18', note: "Lincoln Day is not a NH holiday; Washington's Birthday is" },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-05-07T09:00:00-04:00', days: NH, due: '2026-05-12', note: 'Truman Day is not a NH holiday' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-05-21T09:00:00-04:00', days: NH, due: '2026-05-27', note: 'Memorial Day skipped' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-06-17T09:00:00-04:00', days: NH, due: '2026-06-22', ifDisputedHeld: '2026-06-23', note: 'Juneteenth disputed' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-07-02T09:00:00-04:00', days: NH, due: '2026-07-07', ifDisputedHeld: '2026-07-08', note: 'Friday before Saturday July 4 disputed' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-09-04T09:00:00-04:00', days: NH, due: '2026-09-10', note: 'Labor Day skipped' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-03-06T09:00:00-05:00', days: NH, due: '2026-03-11', offset: '-04:00', note: 'spring DST: deadline in EDT' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-11-24T04:30:00Z', days: NH, due: '2026-11-27', ifDisputedHeld: '2026-11-30', note: 'UTC date the 24th, Concord date the 23rd' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2026-11-24T05:30:00Z', days: NH, due: '2026-11-30', ifDisputedHeld: '2026-12-01', note: 'UTC 05:30 is already the 24th in Concord' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2027-07-01T09:00:00-04:00', days: NH, due: '2027-07-06', ifDisputedHeld: '2027-07-07', note: 'Monday after Sunday July 4: no statutory shift (RSA 288:2 unconfirmed)' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2027-11-24T09:00:00-05:00', days: NH, due: '2027-11-30', ifDisputedHeld: '2027-12-01', note: 'Thanksgiving 2027 skipped, Friday after disputed' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2027-12-21T09:00:00-05:00', days: NH, due: '2027-12-24', ifDisputedHeld: '2027-12-27', note: 'Friday before Saturday Christmas disputed' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2027-10-08T09:00:00-04:00', days: NH, due: '2027-10-13', ifDisputedHeld: '2027-10-14', note: 'Columbus Day 2027 disputed' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2028-11-03T09:00:00-04:00', days: NH, due: '2028-11-08', ifDisputedHeld: '2028-11-09', note: 'election day 2028 disputed' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2028-11-09T09:00:00-05:00', days: NH, due: '2028-11-14', ifDisputedHeld: '2028-11-15', note: 'Friday before Saturday Veterans Day disputed' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2028-12-22T09:00:00-05:00', days: NH, due: '2028-12-28', note: 'Monday Christmas skipped' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2028-01-14T09:00:00-05:00', days: NH, due: '2028-01-20', note: 'Civil Rights Day 2028 skipped' },
  { section: 'RSA 420-P:6, I', state: 'NH', start: '2028-02-18T09:00:00-05:00', days: NH, due: '2028-02-24', note: "Washington's Birthday 2028 skipped" },
];

describe('business-day deadlines (docs/design.md §3)', () => {
  test.each(cases)('$section $state from $start: due $due ($note)', (c) => {
    const r = calendar.addBusinessDays(c.state, c.start, c.days);
    expect(r.dueAt.toISODate()).toBe(c.due);
    expect(r.dueAt.toFormat('HH:mm:ss.SSS')).toBe('23:59:59.999');
    if (c.offset) expect(r.dueAt.toFormat('ZZ')).toBe(c.offset);
    expect(r.dueAtIfDisputedHeld?.toISODate() ?? null).toBe(c.ifDisputedHeld ?? null);
  });

  test('at least 60 deadline cases in this file cover 2026 to 2028', () => {
    expect(cases.length + planCases.length + bulletinCases.length).toBeGreaterThanOrEqual(60);
  });
});

const base: Incident = {
  incidentId: 'T-1',
  title: 'test',
  licensee: { name: 'L', role: 'insurer', domicileState: 'MO' },
  determinedAt: '2026-12-01T09:00:00-06:00',
  residents: { MO: 300, NH: 300 },
  nonpublicInformation: true,
  materialHarmLikely: true,
  otherGovernmentNoticeRequired: false,
  contacts: { owner: 'o@example.com', escalation: [] },
};

interface PlanCase {
  section: string;
  incident: Partial<Incident>;
  obligation: string;
  due: string;
  note: string;
}

const planCases: PlanCase[] = [
  {
    section: 'RSA 420-P:6, IV(b)',
    incident: {
      licensee: { name: 'G', role: 'insurer', domicileState: 'NH' },
      determinedAt: '2026-12-28T09:00:00-05:00',
      thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-12-23T15:30:00-05:00', actualKnowledgeAt: '2026-12-24T08:00:00-05:00' },
    },
    obligation: 'NH/regulator-notice',
    due: '2026-12-29',
    note: 'third-party example: the provider notice is sooner; Christmas skipped',
  },
  {
    section: 'RSA 420-P:6, IV(b)',
    incident: {
      licensee: { name: 'G', role: 'insurer', domicileState: 'NH' },
      thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-25T10:00:00-05:00', actualKnowledgeAt: '2026-11-20T09:00:00-05:00' },
    },
    obligation: 'NH/regulator-notice',
    due: '2026-11-25',
    note: 'actual knowledge came first',
  },
  {
    section: 'RSMo 375.1410.4(2)',
    incident: { thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-20T16:00:00-06:00' } },
    obligation: 'MO/regulator-notice',
    due: '2026-11-27',
    note: 'provider notice before the determination starts the clock',
  },
  {
    section: 'RSMo 375.1410.4(2)',
    incident: { determinedAt: '2026-04-13T09:00:00-05:00', thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-04-16T09:00:00-05:00' } },
    obligation: 'MO/regulator-notice',
    due: '2026-04-17',
    note: 'the licensee determined the event on Apr 13 before the provider notice of Apr 16: its determination is actual knowledge (not Apr 22)',
  },
  {
    section: 'RSA 420-P:6, IV(b)',
    incident: { determinedAt: '2026-04-13T09:00:00-05:00', thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-04-16T09:00:00-04:00' } },
    obligation: 'NH/regulator-notice',
    due: '2026-04-16',
    note: 'the determination is sooner than the provider notice',
  },
  {
    section: 'RSMo 375.1410.5(2)(a) and 5(1)(a)',
    incident: {
      licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' },
      determinedAt: '2026-11-20T09:00:00-06:00',
      thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-24T09:00:00-06:00' },
    },
    obligation: 'MO/ceding-insurer-notice',
    due: '2026-11-25',
    note: "assuming insurer: its own determination came before its provider's notice; the earlier reading is shown",
  },
  {
    section: 'RSMo 375.1410.5(1)(b)',
    incident: { determinedAt: '2026-12-07T09:00:00-06:00', reinsurerNotice: { reinsurer: 'Re', notifiedAt: '2026-12-01T09:00:00-06:00' } },
    obligation: 'MO/regulator-notice',
    due: '2026-12-07',
    note: "a ceding insurer told by its reinsurer on Dec 1: that notice gives actual knowledge",
  },
  {
    section: 'RSMo 375.1410.5(2)(a)',
    incident: {
      licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' },
      determinedAt: '2026-11-30T09:00:00-06:00',
      thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-24T09:00:00-06:00' },
    },
    obligation: 'MO/ceding-insurer-notice',
    due: '2026-11-30',
    note: "assuming insurer: receipt of its provider's notice",
  },
  {
    section: 'RSMo 375.1410.5(1)(a)',
    incident: {
      licensee: { name: 'R', role: 'assuming-insurer', domicileState: 'MO' },
      determinedAt: '2026-11-23T09:00:00-06:00',
      thirdParty: { provider: 'V', actualKnowledgeAt: '2026-11-20T09:00:00-06:00' },
    },
    obligation: 'MO/regulator-notice',
    due: '2026-11-27',
    note: 'assuming insurer, no provider notice: the determination clock',
  },
];

describe('third-party and assuming-insurer clocks through the planner', () => {
  test.each(planCases)('$section: $obligation due $due ($note)', (c) => {
    const plan = planIncident({ ...base, ...c.incident } as Incident, calendar);
    const o = plan.obligations.find((x) => x.id === c.obligation);
    expect(o).toBeDefined();
    expect(o!.dueAt!.slice(0, 10)).toBe(c.due);
  });
});

const bulletinCases = [
  { awareAt: '2026-11-20T16:40:00-06:00', due: '2026-11-30T23:59:59.999-06:00', note: 'example incident' },
  { awareAt: '2026-11-21T10:00:00-06:00', due: '2026-12-01T23:59:59.999-06:00', note: 'Saturday awareness' },
  { awareAt: '2026-12-22T10:00:00-06:00', due: '2027-01-01T23:59:59.999-06:00', note: "ends on New Year's Day: calendar days do not roll" },
  { awareAt: '2026-02-25T10:00:00-06:00', due: '2026-03-07T23:59:59.999-06:00', note: 'ends on a Saturday: no roll' },
  { awareAt: '2026-03-01T05:30:00Z', due: '2026-03-10T23:59:59.999-05:00', note: 'UTC 1 March is 28 Feb in Chicago; ends in CDT' },
];

describe(`${bulletin23_04.citation}: ${bulletin23_04.calendarDays} calendar days after awareness`, () => {
  test.each(bulletinCases)('aware $awareAt: due $due ($note)', (c) => {
    const plan = planIncident({ ...base, awareAt: c.awareAt }, calendar);
    expect(plan.obligations.find((o) => o.id === 'MO/regulator-notice-bulletin')!.dueAt).toBe(c.due);
  });

  test('a third-party notice before awareness counts as awareness', () => {
    const plan = planIncident(
      { ...base, awareAt: '2026-12-01T09:00:00-06:00', thirdParty: { provider: 'V', notifiedLicenseeAt: '2026-11-25T09:00:00-06:00' } },
      calendar,
    );
    expect(plan.obligations.find((o) => o.id === 'MO/regulator-notice-bulletin')!.dueAt).toBe('2026-12-05T23:59:59.999-06:00');
  });
});

describe('docs/design.md §3: which day the count starts (the earlier of the licensee\'s and the regulator\'s date)', () => {
  test('RSA 420-P:6, I: 23:30 Pacific on Mon 23 Nov is Tue 24 Nov in Concord; Mon counts as the start, Tue is named', () => {
    const r = calendar.addBusinessDays('NH', '2026-11-23T23:30:00-08:00', 3);
    expect(r.startDate).toBe('2026-11-23');
    expect(r.laterStartReading).toEqual({ date: '2026-11-24', readOn: "the regulator's clock (America/New_York)" });
    // Tue 24, Wed 25, (Thu 26 Thanksgiving), Fri 27 (disputed, counted).
    expect(r.dueAt.toISODate()).toBe('2026-11-27');
  });
  test('RSMo 375.1410.1: the plan names the later reading in its basis', () => {
    const plan = planIncident({ ...base, determinedAt: '2026-11-23T23:30:00-08:00' }, calendar);
    const mo = plan.obligations.find((o) => o.id === 'MO/regulator-notice')!;
    expect(mo.basis.join(' ')).toMatch(/read on the regulator's clock \(America\/Chicago\) is Tue 2026-11-24, later/);
  });
});

describe('RSMo 375.1410.1 and RSA 420-P:6 I: a directive never moves a statutory date later', () => {
  const statutory = planIncident(base, calendar).obligations.find((o) => o.id === 'MO/regulator-notice')!.dueAt!;
  test('a later directed date is named, not used', () => {
    const plan = planIncident(base, calendar, { regulatorDirectives: { 'MO/regulator-notice': { dueAt: '2026-12-31T17:00:00-06:00' } } });
    const o = plan.obligations.find((x) => x.id === 'MO/regulator-notice')!;
    expect(o.dueAt).toBe(statutory);
    expect(o.basis.join(' ')).toMatch(/later than the law allows; the statutory date stands/);
  });
  test('an earlier directed date is used, and the statutory date kept beside it', () => {
    const plan = planIncident(base, calendar, { regulatorDirectives: { 'MO/regulator-notice': { dueAt: '2026-12-03T12:00:00-06:00' } } });
    const o = plan.obligations.find((x) => x.id === 'MO/regulator-notice')!;
    expect(o.dueAt).toBe('2026-12-03T12:00:00.000-06:00');
    expect(o.statutoryDueAt).toBe(statutory);
  });
});

describe('RSMo 375.1407.4 and RSA 420-P:5 IV: records kept 3 and 5 years from the event', () => {
  test('from the recorded event date, end of that day in the regulator zone', () => {
    const plan = planIncident({ ...base, eventDetails: { occurredAt: '2026-11-20T09:00:00-06:00' } }, calendar);
    expect(plan.obligations.find((o) => o.id === 'MO/record-retention')!.dueAt).toBe('2029-11-20T23:59:59.999-06:00');
    expect(plan.obligations.find((o) => o.id === 'NH/record-retention')!.dueAt).toBe('2031-11-20T23:59:59.999-05:00');
  });
  test('without an event date, from the determination (records kept at least as long)', () => {
    const plan = planIncident(base, calendar);
    expect(plan.obligations.find((o) => o.id === 'MO/record-retention')!.dueAt).toBe('2029-12-01T23:59:59.999-06:00');
  });
});
