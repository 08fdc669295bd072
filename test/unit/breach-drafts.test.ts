/**
 * Issue #26 item 4: the consumer-notice and Attorney General drafts under each state's general breach law, in the
 * same document as the regulator drafts: each content item the section requires, filled from the incident or marked
 * MISSING with the field that answers it; no draft where no consumer duty is owed. A Texas insurer (no insurance act
 * of its own in breachclock) determined Mon 23 Nov 2026 10:15 CST.
 */
import type { EventDetails, Incident } from '../../domain/incident/incident';
import * as S from '../../domain/incident/state';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { followUpTargets } from '../../domain/rules/follow-up-schedule';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';
import { buildReport, type NoticeDraft, type ReportDocument } from '../../domain/rules/report';
import { STANDARD_WORDING } from '../../domain/rules/report-breach';
import { reportHtml, reportMarkdown, reportPdf } from '../../reports/render';

type State = keyof Incident['residents'];
const calendar = new BusinessCalendar();
const NOW = Date.parse('2026-11-23T16:15:00Z');
const base = (changes: Partial<Incident> = {}): Incident => ({
  incidentId: 'BR-1', title: 'test', licensee: { name: 'L', role: 'insurer', domicileState: 'TX' },
  determinedAt: '2026-11-23T10:15:00-06:00', residents: {}, nonpublicInformation: true, materialHarmLikely: true,
  otherGovernmentNoticeRequired: false, contacts: { owner: 'o@l.example', escalation: [] }, ...changes,
});
const DETAILS: EventDetails = {
  occurredAt: '2026-11-20T03:00:00-06:00',
  exposure: 'Ransomware encrypted a claims file server after a phishing email.',
  remediation: 'Phishing-resistant MFA rolled out; backups isolated.',
  consumerMitigation: '24 months of identity theft prevention services at no cost; enrollment code in the letter.',
  contactPerson: { name: 'Pat Example', title: 'Chief Privacy Officer', email: 'pat@l.example', phone: '+1 573 555 0100' },
};

function report(residents: Partial<Record<State, number>>, changes: Partial<Incident> = {}): ReportDocument {
  const incident = base({ residents, ...changes });
  const state = S.newState(incident);
  const plan = planIncident(incident, calendar, {});
  S.applyPlan(state, { plan, reminders: reminderSchedule(plan, calendar), followUps: followUpTargets(incident, plan, calendar) }, NOW);
  return buildReport(S.reportSource(state), '2026-11-24T00:00:00Z');
}
const draft = (doc: ReportDocument, id: string): NoticeDraft | undefined => doc.drafts.find((d) => d.obligationId === id);
/** The consumer and Attorney General drafts (the regulator drafts of an insurance act are report.test.ts's). */
const breachIds = (doc: ReportDocument) => doc.drafts.map((d) => d.obligationId).filter((id) => /\/(consumer|attorney-general)-notice$/.test(id));
const item = (d: NoticeDraft, it: string) => d.items.find((i) => i.item === it)!;

describe('which consumer and Attorney General notices are drafted', () => {
  test.each([
    ['Conn. Gen. Stat. § 36a-701b(b)(1), (b)(2)(A): consumers and the Attorney General with every notice', { CT: 40 }, ['CT/consumer-notice', 'CT/attorney-general-notice']],
    ['Iowa Code § 715C.2(1), (8): more than 500, the Attorney General too', { IA: 600 }, ['IA/consumer-notice', 'IA/attorney-general-notice']],
    ['Iowa Code § 715C.2(8): 500 or fewer, consumers only', { IA: 500 }, ['IA/consumer-notice']],
    ['Ala. Code § 8-38-6, 8-38-7: the Attorney General drafted; the consumer reporting agencies, with no content list, not', { AL: 1500 }, ['AL/consumer-notice', 'AL/attorney-general-notice']],
    ['Texas: breach law not in hand, no draft', { TX: 40 }, []],
  ] as Array<[string, Partial<Record<State, number>>, string[]]>)('%s', (_s, residents, ids) => {
    expect(breachIds(report(residents)).sort()).toEqual([...ids].sort());
  });

  test.each([
    ['Conn. Gen. Stat. § 36a-701b(a)(2): a date of birth alone is not personal information', 'CT', { dataKinds: ['date-of-birth'] }],
    ['Iowa Code § 715C.2(6): a written no-harm determination removes the notice', 'IA', { noHarmDetermination: { IA: { madeAt: '2026-11-23T12:00:00-06:00', inWriting: true } } }],
  ] as Array<[string, State, Partial<Incident>]>)('no consumer duty, no draft: %s', (_s, st, changes) => {
    const doc = report({ [st]: 900 }, changes);
    expect(breachIds(doc)).toEqual([]);
    expect(doc.drafts.every((d) => d.obligationId.endsWith('regulator-notice') || d.obligationId.endsWith('regulator-notice-bulletin'))).toBe(true);
  });
});

describe('Conn. Gen. Stat. § 36a-701b consumer notice: the (b)(2)(B) services it must offer', () => {
  test('no content list in (b)(1); the services item is drafted where Social Security numbers are involved, missing until recorded', () => {
    const d = draft(report({ CT: 40 }, { dataKinds: ['social-security-number'] }), 'CT/consumer-notice')!;
    expect(d.heading).toBe('Consumer notice (draft)');
    expect(d.contents.wording).toBe('no content items listed for the notice; the identity-theft services it must offer are drafted');
    expect(d.items.map((i) => [i.item, i.citation])).toEqual([['services', 'Conn. Gen. Stat. § 36a-701b(b)(2)(B)']]);
    expect(item(d, 'services')).toMatchObject({ value: null, missing: ['eventDetails.consumerMitigation'] });
    expect(d.missingCount).toBe(1);
  });
  test('filled from eventDetails.consumerMitigation', () => {
    const d = draft(report({ CT: 40 }, { dataKinds: ['social-security-number'], eventDetails: DETAILS }), 'CT/consumer-notice')!;
    expect(item(d, 'services')).toMatchObject({ value: DETAILS.consumerMitigation, missing: [] });
    expect(d.missingCount).toBe(0);
  });
  test('no Social Security or taxpayer numbers: no services item', () => {
    expect(draft(report({ CT: 40 }, { dataKinds: ['biometric-data'] }), 'CT/consumer-notice')!.items).toEqual([]);
  });
});

describe('Iowa Code § 715C.2(5) consumer notice and § 715C.2(8) Attorney General notice', () => {
  const doc = report({ IA: 600 }, { dataKinds: ['social-security-number', 'drivers-license-or-state-id'], eventDetails: DETAILS });
  const consumer = draft(doc, 'IA/consumer-notice')!;
  test.each([
    ['a', 'Iowa Code § 715C.2(5)(a)', DETAILS.exposure, []],
    ['b', 'Iowa Code § 715C.2(5)(b)', 'Fri 20 Nov 2026, 3:00 am CST (Iowa)', []],
    ['c', 'Iowa Code § 715C.2(5)(c)', 'social security number; drivers license or state id', []],
    ['d', 'Iowa Code § 715C.2(5)(d)', null, [STANDARD_WORDING]],
    ['e', 'Iowa Code § 715C.2(5)(e)', null, [STANDARD_WORDING]],
  ] as Array<[string, string, string | null, string[]]>)('item %s (%s)', (it, citation, value, missing) => {
    const i = item(consumer, it);
    expect(i.citation).toBe(citation);
    if (value === null) expect(i.value).toBeNull();
    else expect(i.value).toContain(value);
    expect(i.missing).toEqual(missing);
  });
  test('without eventDetails or dataKinds, a b c name their fields', () => {
    const bare = draft(report({ IA: 600 }), 'IA/consumer-notice')!;
    expect(bare.items.map((i) => i.missing[0])).toEqual(['eventDetails.exposure', 'eventDetails.occurredAt (or eventDetails.compromisedFrom)', 'dataKinds (or eventDetails.informationTypes)', STANDARD_WORDING, STANDARD_WORDING]);
    expect(bare.missingCount).toBe(5);
  });
  test('the Attorney General draft: § 715C.2(8) lists no items, so the draft says so and holds none', () => {
    const ag = draft(doc, 'IA/attorney-general-notice')!;
    expect(ag).toMatchObject({ heading: 'Attorney General notice (draft)', citation: 'Iowa Code § 715C.2(8)', items: [], missingCount: 0 });
    expect(ag.contents.wording).toBe('no content items listed for the notice, given written notice within five business days after giving notice of the breach of security to any consumer');
  });
});

test('Ala. Code § 8-38-6(b): the Attorney General draft counts residents and names the contact', () => {
  const ag = draft(report({ AL: 1500 }, { eventDetails: DETAILS }), 'AL/attorney-general-notice')!;
  expect(ag.items.map((i) => [i.item, i.value === null ? 'MISSING' : 'filled'])).toEqual([['(1)', 'filled'], ['(2)', 'filled'], ['(3)', 'filled'], ['(4)', 'filled']]);
  expect(item(ag, '(2)').value).toBe('1500 Alabama residents (best estimate)');
  expect(item(ag, '(4)').value).toBe('Pat Example, Chief Privacy Officer · pat@l.example · +1 573 555 0100');
});

test('R.I. Gen. Laws § 11-49.3-4(a)(2): more than 500 Rhode Islanders, the Attorney General is told the timing, content and distribution of the notices and the number', () => {
  const ag = draft(report({ RI: 501 }, { eventDetails: DETAILS }), 'RI/attorney-general-notice')!;
  expect(ag.items.map((i) => [i.item, i.citation])).toEqual([
    ['timing', 'R.I. Gen. Laws § 11-49.3-4(a)(2)'],
    ['content', 'R.I. Gen. Laws § 11-49.3-4(a)(2)'],
    ['distribution', 'R.I. Gen. Laws § 11-49.3-4(a)(2)'],
    ['number', 'R.I. Gen. Laws § 11-49.3-4(a)(2)'],
  ]);
  expect(item(ag, 'number').value).toBe('501 Rhode Island residents (best estimate)');
  expect(item(ag, 'timing').value).toBeNull();
  expect(draft(report({ RI: 500 }, { eventDetails: DETAILS }), 'RI/attorney-general-notice')).toBeUndefined();
});

test('rendered in the same formats, MISSING marked, no regulator draft needed', async () => {
  const doc = report({ IA: 600, CT: 40 });
  const md = reportMarkdown(doc);
  expect(md).toContain('## IA: each affected Iowa consumer — Consumer notice (draft)');
  expect(md).toMatch(/\| b \| The approximate date of the breach of security\. \(Iowa Code § 715C\.2\(5\)\(b\)\) \| \*\*MISSING\*\*: eventDetails\.occurredAt/);
  expect(md).toContain('## 5 notices drafted, by due date');
  expect(reportHtml(doc)).toContain('data-obligation="CT/attorney-general-notice"');
  expect((await reportPdf(doc)).subarray(0, 5).toString()).toBe('%PDF-');
});
