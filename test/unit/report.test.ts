/**
 * Regulator notice drafts (issue 6, item 1) and close-out follow-ups (item 4), without Temporal:
 * each item of RSMo 375.1410.2, RSA 420-P:6 II and Bulletin 23-04 is filled from the field that answers
 * it or marked missing; a filing makes the next draft a numbered supplement with what changed.
 */
import { reportHtml, reportMarkdown, reportPdf } from '../../reports/render';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { followUpTargets } from '../../domain/rules/follow-up-schedule';
import type { EventDetails, Incident } from '../../domain/incident/incident';
import * as S from '../../domain/incident/state';
import { EventDetailsUpdate, FollowUpCompleted } from '../../domain/incident/messages';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';
import { buildReport, type NoticeDraft } from '../../domain/rules/report';

const calendar = new BusinessCalendar();
const base: Incident = require('../../examples/incident-mo-nh.json');
const t = (iso: string) => Date.parse(iso);
const NOW = t('2026-11-23T16:15:00Z');

const FULL: EventDetails = {
  occurredAt: '2026-11-20T03:00:00-06:00',
  exposure: 'Ransomware encrypted a claims file server after a phishing email.',
  discovery: 'Endpoint detection alert reviewed by the security operations team.',
  recovery: 'Files restored from offline backups; no exfiltrated data recovered.',
  source: 'Unknown criminal group (ransomware variant under analysis).',
  agencyNotices: [{ agency: 'FBI Kansas City field office', notifiedAt: '2026-11-22T10:00:00-06:00' }],
  informationTypes: ['names', 'policy numbers', 'dates of birth'],
  compromisedFrom: '2026-11-19T22:00:00-06:00',
  compromisedUntil: '2026-11-21T08:00:00-06:00',
  internalReview: 'Review under way.',
  remediation: 'Phishing-resistant MFA rolled out; backups isolated.',
  privacyPolicy: 'https://show-me-mutual.example/privacy',
  investigationSteps: 'Forensic firm engaged; consumers notified by letter.',
  consumerMitigation: '24 months of credit monitoring offered.',
  contactPerson: { name: 'Pat Example', title: 'Chief Privacy Officer', email: 'pat@show-me-mutual.example', phone: '+1 573 555 0100' },
};

function planned(incident: Incident = base, now = NOW): S.IncidentState {
  const state = S.newState(incident);
  const plan = planIncident(incident, calendar, {});
  S.applyPlan(state, { plan, reminders: reminderSchedule(plan, calendar), followUps: followUpTargets(incident, plan, calendar) }, now);
  return state;
}

const draftOf = (state: S.IncidentState, id: string): NoticeDraft => buildReport(S.reportSource(state), '2026-11-24T00:00:00Z').drafts.find((d) => d.obligationId === id)!;
const itemOf = (d: NoticeDraft, item: string) => d.items.find((i) => i.item === item)!;

describe('which notices are drafted', () => {
  test('one draft per regulator notice owed: MO director, MO Department (Bulletin), NH commissioner', () => {
    const doc = buildReport(S.reportSource(planned()), 'now');
    expect(doc.drafts.map((d) => d.obligationId).sort()).toEqual(['MO/regulator-notice', 'MO/regulator-notice-bulletin', 'NH/regulator-notice']);
    expect(draftOf(planned(), 'MO/regulator-notice').items).toHaveLength(13);
    expect(draftOf(planned(), 'NH/regulator-notice').items.map((i) => i.item)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)', '(k)', '(l)', '(m)']);
    expect(draftOf(planned(), 'MO/regulator-notice-bulletin').items).toHaveLength(10);
  });
});

describe('items filled from the incident, or marked missing (with the field to fill)', () => {
  const bare = planned();
  const full = planned({ ...base, eventDetails: FULL });
  test.each([
    ['MO/regulator-notice', '(1)', 'RSMo 375.1410.2(1)', 'eventDetails.occurredAt', 'Fri 20 Nov 2026, 3:00 am CST (Missouri)'],
    ['MO/regulator-notice', '(2)', 'RSMo 375.1410.2(2)', 'eventDetails.exposure', 'Ransomware'],
    ['MO/regulator-notice', '(3)', 'RSMo 375.1410.2(3)', 'eventDetails.discovery', 'Endpoint detection'],
    ['MO/regulator-notice', '(4)', 'RSMo 375.1410.2(4)', 'eventDetails.recovery', 'offline backups'],
    ['MO/regulator-notice', '(5)', 'RSMo 375.1410.2(5)', 'eventDetails.source', 'criminal group'],
    ['MO/regulator-notice', '(6)', 'RSMo 375.1410.2(6)', 'eventDetails.agencyNotices', 'FBI Kansas City field office: notified Sun 22 Nov 2026, 10:00 am CST (Missouri)'],
    ['MO/regulator-notice', '(7)', 'RSMo 375.1410.2(7)', 'eventDetails.informationTypes', 'names; policy numbers; dates of birth'],
    ['MO/regulator-notice', '(8)', 'RSMo 375.1410.2(8)', 'eventDetails.compromisedFrom', 'from Thu 19 Nov 2026, 10:00 pm CST (Missouri) until Sat 21 Nov 2026, 8:00 am CST (Missouri)'],
    ['MO/regulator-notice', '(10)', 'RSMo 375.1410.2(10)', 'eventDetails.internalReview', 'Review under way.'],
    ['MO/regulator-notice', '(11)', 'RSMo 375.1410.2(11)', 'eventDetails.remediation', 'MFA'],
    ['MO/regulator-notice', '(12)', 'RSMo 375.1410.2(12)', 'eventDetails.privacyPolicy', 'Privacy policy attached: https://show-me-mutual.example/privacy'],
    ['MO/regulator-notice', '(13)', 'RSMo 375.1410.2(13)', 'eventDetails.contactPerson.name', 'Pat Example, Chief Privacy Officer'],
    ['NH/regulator-notice', '(a)', 'RSA 420-P:6, II(a)', 'eventDetails.occurredAt', 'Fri 20 Nov 2026, 4:00 am EST (New Hampshire)'],
    ['NH/regulator-notice', '(g)', 'RSA 420-P:6, II(g)', 'eventDetails.informationTypes', 'policy numbers'],
    ['NH/regulator-notice', '(l)', 'RSA 420-P:6, II(l)', 'eventDetails.investigationSteps', 'Forensic firm engaged'],
    ['NH/regulator-notice', '(m)', 'RSA 420-P:6, II(m)', 'eventDetails.contactPerson.name', 'Pat Example'],
    ['MO/regulator-notice-bulletin', '8', 'MO DCI Bulletin 23-04, item 8', 'eventDetails.consumerMitigation', 'credit monitoring'],
    ['MO/regulator-notice-bulletin', '10', 'MO DCI Bulletin 23-04, item 10', 'eventDetails.contactPerson (name and email or phone)', 'pat@show-me-mutual.example'],
  ])('%s %s (%s): missing names %s; filled says "%s"', (id, item, citation, field, expected) => {
    const missing = itemOf(draftOf(bare, id), item);
    expect(missing.citation).toBe(citation);
    expect(missing.value).toBeNull();
    expect(missing.missing.join(' ')).toContain(field.split(' ')[0]);
    const filled = itemOf(draftOf(full, id), item);
    expect(filled.missing).toEqual([]);
    expect(filled.value).toContain(expected);
  });

  test('(9) / II(i): the consumer count in that state, from residents (known from the start)', () => {
    expect(itemOf(draftOf(bare, 'MO/regulator-notice'), '(9)').value).toBe(`${base.residents.MO} (best estimate)`);
    expect(itemOf(draftOf(bare, 'NH/regulator-notice'), '(i)').value).toBe(`${base.residents.NH} (best estimate)`);
  });

  test('Bulletin item 1: date identified comes from the incident, how discovered may still be missing', () => {
    const it = itemOf(draftOf(bare, 'MO/regulator-notice-bulletin'), '1');
    expect(it.value).toContain('determination Mon 23 Nov 2026, 10:15 am CST (Missouri)');
    expect(it.missing).toEqual(['eventDetails.discovery']);
  });

  test('missing counts: a bare incident knows 1 of 13 MO items; a full one knows all 13', () => {
    expect(draftOf(bare, 'MO/regulator-notice').missingCount).toBe(12);
    expect(draftOf(full, 'MO/regulator-notice').missingCount).toBe(0);
  });

  test('an empty agencyNotices list records that none was made', () => {
    const s = planned({ ...base, eventDetails: { agencyNotices: [] } });
    expect(itemOf(draftOf(s, 'MO/regulator-notice'), '(6)').value).toMatch(/No police report filed/);
  });
});

describe('supplements: the continuing duty to update (RSMo 375.1410.2; RSA 420-P:6 II)', () => {
  test('after the initial filing, a change opens a supplement owed and the next draft is Supplement No. 1 with the changes', () => {
    const s = planned({ ...base, eventDetails: { occurredAt: FULL.occurredAt } });
    expect(draftOf(s, 'MO/regulator-notice').heading).toBe('Initial notice (draft)');
    expect(draftOf(s, 'MO/regulator-notice').changes).toBeNull();
    S.applyObligationCompleted(s, { obligationId: 'MO/regulator-notice', completedAt: '2026-11-25T10:00:00-06:00', completedBy: 'CPO', reference: 'DCI-1' }, t('2026-11-25T16:00:00Z'), 'test');
    let d = draftOf(s, 'MO/regulator-notice');
    expect(d.heading).toBe('Supplement No. 1 (draft)');
    expect(d.changes).toEqual([]);
    expect(d.supplementOwed).toBeNull();
    expect(d.previousFilings).toEqual([{ number: 0, label: 'Initial notice', filedAt: '2026-11-25T10:00:00-06:00', reference: 'DCI-1' }]);

    expect(S.applyEventDetailsUpdate(s, { source: 'Known ransomware group' }, t('2026-11-26T16:00:00Z'), 'update')).toEqual({ ok: true, replan: false });
    S.applyResidentsUpdate(s, { state: 'MO', count: 900, asOf: '2026-11-26T10:00:00-06:00' }, t('2026-11-26T16:00:00Z'), 'update');
    d = draftOf(s, 'MO/regulator-notice');
    expect(d.supplementOwed).toBe('event details changed (source); MO consumer count changed from 1840 to 900 (RSMo 375.1410.2)');
    expect(d.changes!.map((c) => c.item)).toEqual(['(5)', '(9)']);
    expect(d.changes![0]).toMatchObject({ before: null, after: 'Known ransomware group' });
    expect(d.changes![1]).toMatchObject({ before: `${base.residents.MO} (best estimate)`, after: '900 (best estimate)' });
    // The NH notice was not filed: its draft is still the initial one, no supplement owed there.
    expect(draftOf(s, 'NH/regulator-notice').heading).toBe('Initial notice (draft)');
    expect(s.status.obligations.find((o) => o.id === 'NH/regulator-update')!.note).toBeUndefined();

    S.applyObligationCompleted(s, { obligationId: 'MO/regulator-update', completedAt: '2026-11-27T10:00:00-06:00', completedBy: 'CPO' }, t('2026-11-27T16:00:00Z'), 'test');
    d = draftOf(s, 'MO/regulator-notice');
    expect(d.heading).toBe('Supplement No. 2 (draft)');
    expect(d.changes).toEqual([]);
    expect(d.previousFilings.map((f) => f.label)).toEqual(['Initial notice', 'Supplement No. 1']);
  });

  test('an unchanged detail is a duplicate: no event, no supplement', () => {
    const s = planned({ ...base, eventDetails: { source: 'x' } });
    expect(S.applyEventDetailsUpdate(s, { source: 'x' }, NOW, 'signal')).toEqual({ ok: true, replan: false });
    expect(s.status.events.some((e) => e.type === 'eventDetailsUpdate')).toBe(false);
  });

  test('a period that would end before it starts is refused, naming the field', () => {
    const s = planned({ ...base, eventDetails: { compromisedFrom: '2026-11-19T00:00:00Z' } });
    const r = S.applyEventDetailsUpdate(s, { compromisedUntil: '2026-11-18T00:00:00Z' }, NOW, 'update');
    expect(r).toMatchObject({ ok: false, problem: { path: 'compromisedUntil' } });
  });
});

describe('close-out follow-ups (20 CSR 100-6.110; company targets, not law)', () => {
  test.each([
    ['risk-reassessment', '20 CSR 100-6.110(5)', 'open', '2026-12-23T17:00:00.000-06:00'],
    ['service-provider-oversight', '20 CSR 100-6.110(7)', 'not-applicable', '2026-12-23T17:00:00.000-06:00'],
    ['program-adjustment', '20 CSR 100-6.110(8)', 'open', '2027-01-22T17:00:00.000-06:00'],
  ])('%s (%s) is %s with a company target %s', (id, citation, state, target) => {
    const f = planned().status.followUps!.find((x) => x.id === id)!;
    expect(f).toMatchObject({ citation, state, target: { at: target } });
    expect(f.target.source).toMatch(/company target/);
    expect(f.target.source).toMatch(/No date in law/);
  });

  test('a third-party event makes the service-provider oversight review owed', () => {
    const tp = require('../../examples/incident-third-party-nh.json') as Incident;
    expect(planned(tp).status.followUps!.find((x) => x.id === 'service-provider-oversight')!.state).toBe('open');
  });

  test('reminders 3 days and 1 day before the target, then one notice when it passes, to the follow-up owner', () => {
    const s = planned();
    S.applyFollowUpPlanned(s, { followUpId: 'risk-reassessment', owner: 'risk@show-me-mutual.example' }, NOW, 'update');
    const target = t('2026-12-23T23:00:00Z');
    const fu = (now: number) => S.takeDueActions(s, now).filter((a) => a.kind === 'followUp');
    fu(target - 4 * 86_400_000);
    const r3 = fu(target - 3 * 86_400_000);
    expect(r3.map((a) => a.email.to)).toEqual([['risk@show-me-mutual.example']]);
    expect(r3[0].email.text).toMatch(/not a legal deadline/);
    expect(fu(target - 86_400_000)).toHaveLength(1);
    const passed = fu(target + 1).filter((a) => a.kind === 'followUp' && a.followUpId === 'risk-reassessment');
    expect(passed[0].email.subject).toMatch(/company target passed/);
    expect(passed[0].email.to).toEqual(['risk@show-me-mutual.example', base.contacts.owner]);
    expect(s.status.followUps!.find((x) => x.id === 'risk-reassessment')!.pastTarget).toBe(true);
    expect(fu(target + 10 * 86_400_000).filter((a) => a.kind === 'followUp' && a.followUpId === 'risk-reassessment')).toEqual([]);
  });

  test('the incident may not close while a follow-up is open or a final supplement is owed; outcomes feed items (10) and (11)', () => {
    const s = planned();
    for (const o of s.status.obligations) if (o.dueAt) S.applyObligationCompleted(s, { obligationId: o.id, completedAt: '2026-11-25T10:00:00-06:00', completedBy: 'CPO' }, NOW, 'test');
    const close = { closedAt: '2027-02-01T10:00:00-06:00', reason: 'done' };
    expect(S.applyClose(s, close, NOW, 'update')).toMatchObject({ ok: false, problem: { path: 'closeIncident', message: expect.stringContaining('follow-up risk-reassessment') } });
    S.applyFollowUpCompleted(s, { followUpId: 'risk-reassessment', completedAt: '2027-01-10T10:00:00-06:00', completedBy: 'CISO', outcome: 'Lapse found: email filtering rule disabled.' }, NOW, 'update');
    S.applyFollowUpCompleted(s, { followUpId: 'program-adjustment', completedAt: '2027-01-20T10:00:00-06:00', completedBy: 'CISO', outcome: 'Program adjusted: quarterly phishing drills.' }, NOW, 'update');
    const owed = S.applyClose(s, close, NOW, 'update');
    expect(owed).toMatchObject({ ok: false, problem: { message: expect.stringContaining('MO/regulator-update (supplement owed)') } });
    const d = draftOf(s, 'MO/regulator-notice');
    expect(d.supplementOwed).toMatch(/close-out follow-ups done/);
    expect(itemOf(d, '(10)').value).toMatch(/Risk reassessment \(20 CSR 100-6.110\(5\)\).*Lapse found/);
    expect(itemOf(d, '(11)').value).toMatch(/Program adjusted/);
    // (6) changed too: the NH commissioner and others were notified after the MO filing.
    expect(d.changes!.map((c) => c.item)).toEqual(['(6)', '(10)', '(11)']);
    expect(d.changes![0].after).toContain('New Hampshire');
    for (const st of ['MO', 'NH']) S.applyObligationCompleted(s, { obligationId: `${st}/regulator-update`, completedAt: '2027-01-25T10:00:00-06:00', completedBy: 'CPO' }, NOW, 'test');
    expect(S.applyClose(s, close, NOW, 'update')).toEqual({ ok: true, replan: false });
  });

  test('a follow-up that does not apply, or is unknown, is refused by name', () => {
    const s = planned();
    expect(S.applyFollowUpCompleted(s, { followUpId: 'service-provider-oversight', completedAt: '2027-01-10T10:00:00Z', completedBy: 'x', outcome: 'y' }, NOW, 'u')).toMatchObject({
      ok: false,
      problem: { path: 'followUpId', message: expect.stringMatching(/^service-provider-oversight does not apply/) },
    });
    expect(FollowUpCompleted.safeParse({ followUpId: 'lunch', completedAt: '2027-01-10T10:00:00Z', completedBy: 'x', outcome: 'y' }).success).toBe(false);
  });
});

describe('nonpublic information stays out (RSMo 375.1410.2)', () => {
  test.each([
    ['source', 'attacker used SSN 123-45-6789'],
    ['informationTypes', ['card 4111 1111 1111 1111']],
    ['exposure', 'social security number 078051120 was shown'],
  ])('eventDetails %s refuses %j with the field named', (field, value) => {
    const r = EventDetailsUpdate.safeParse({ [field]: value });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path[0]).toBe(field);
    expect(r.error!.issues[0].message).toMatch(/looks like/);
  });
});

describe('rendering', () => {
  const s = planned({ ...base, title: 'Ransomware <script>alert(1)</script>', eventDetails: FULL });
  const doc = buildReport(S.reportSource(s), '2026-11-24T00:00:00Z');
  test('Markdown has every item with its citation and the missing marks', () => {
    const md = reportMarkdown(buildReport(S.reportSource(planned()), 'now'));
    expect(md).toContain('## MO: Missouri Director of Commerce and Insurance — Initial notice (draft)');
    expect(md).toContain('RSMo 375.1410.2(13)');
    expect(md).toContain('RSA 420-P:6, II(m)');
    expect(md.match(/\*\*MISSING\*\*/g)!.length).toBeGreaterThan(20);
  });
  test('HTML escapes what it shows', () => {
    const h = reportHtml(doc);
    expect(h).not.toContain('<script>alert(1)</script>');
    expect(h).toContain('&lt;script&gt;');
  });
  test('PDF is a real PDF', async () => {
    const pdf = await reportPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });
});

describe('wording the legal audit asked for (RSMo 375.1410.2(6), RSA 420-P:6 II(f), 375.1410.2, 20 CSR 100-6.110, Bulletin 23-04)', () => {
  test('item (6) / II(f) is answered by agency, police and regulator notices, not by consumer reporting agencies', () => {
    const s = planned({ ...base, eventDetails: { agencyNotices: [] } });
    S.applyObligationCompleted(s, { obligationId: 'MO/consumer-reporting-agency-notice', completedAt: '2026-11-25T10:00:00-06:00', completedBy: 'x' }, NOW, 'test');
    S.applyObligationCompleted(s, { obligationId: 'MO/attorney-general-notice', completedAt: '2026-11-25T11:00:00-06:00', completedBy: 'x' }, NOW, 'test');
    const six = itemOf(draftOf(s, 'MO/regulator-notice'), '(6)').value!;
    expect(six).toContain('Missouri Attorney General');
    expect(six).not.toContain('consumer reporting agency');
  });
  test('the nonpublic-information note quotes RSMo 375.1410.2 (the state or any other entity, unless authorized or required by law)', () => {
    const doc = buildReport(S.reportSource(planned()), 'now');
    expect(doc.notes.join(' ')).toContain('shall not release to the state or any other entity nonpublic information of the consumer unless given written authority by the consumer or otherwise required by law');
    expect(doc.notes.join(' ')).toContain('does not have the force and effect of law');
  });
  test('20 CSR 100-6.110 follow-ups: the rule for a Missouri licensee, company practice elsewhere', () => {
    const nh: Incident = { ...base, licensee: { ...base.licensee, domicileState: 'NH' }, residents: { NH: 300 } };
    const s = planned(nh);
    expect(s.status.followUps!.every((f) => f.citation.startsWith('company practice'))).toBe(true);
    expect(planned().status.followUps!.every((f) => f.citation.startsWith('20 CSR 100-6.110'))).toBe(true);
  });
  test('RSMo 375.1407.2: the report lists the investigation determinations, made or open', () => {
    const s = planned({ ...base, eventDetails: { investigation: { occurred: { doneAt: '2026-11-23T10:15:00-06:00' } } } });
    const doc = buildReport(S.reportSource(s), 'now');
    expect(doc.investigation.map((i) => i.doneAt)).toEqual(['2026-11-23T10:15:00-06:00', null, null, null]);
    expect(reportMarkdown(doc)).toContain("## Investigation (each state's investigation section, cited per item)");
  });
});
