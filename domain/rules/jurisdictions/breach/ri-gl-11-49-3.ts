/**
 * R.I. Gen. Laws ch. 11-49.3, Identity Theft Protection Act of 2015: § 11-49.3-3 definitions, § 11-49.3-4 notification
 * of breach, § 11-49.3-6 deemed compliance. Text: docs/law/RI/ri-11-49.3.txt (Public.Resource.Org release of 2023).
 * Rhode Island's insurance act is in hand only in its beginning (§ 27-1-47(a), (b)(1)-(6)): no consumer paragraph.
 */
import type { AgencyNoticeRule, GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `R.I. Gen. Laws § 11-49.3-${s}`;

/**
 * § 11-49.3-4(a)(2): past 500 residents, "the attorney general and the major credit reporting agencies" are told
 * the same thing in one sentence: its words, its timing, and the four parts it names, in the statute's order.
 */
const NOTICE_OF_THE_NOTICES: Pick<AgencyNoticeRule, 'wording' | 'due' | 'contents'> = {
  wording: 'of the timing, content and distribution of the notices and the approximate number affected, without delaying notice to residents (no number of days)',
  due: { kind: 'no-date' },
  contents: [
    { item: 'timing', citation: S('4(a)(2)'), text: 'The timing of the notices to Rhode Island residents.' },
    { item: 'content', citation: S('4(a)(2)'), text: 'The content of the notices (a copy of the notice to residents).' },
    { item: 'distribution', citation: S('4(a)(2)'), text: 'The distribution of the notices (how and to whom they are sent).' },
    { item: 'number', citation: S('4(a)(2)'), text: 'The approximate number of affected individuals.', answers: ['residents'] },
  ],
};

export const riGl11_49_3: GeneralBreachLaw = {
  state: 'RI',
  name: 'Rhode Island',
  title: 'R.I. Gen. Laws ch. 11-49.3, Identity Theft Protection Act of 2015',
  citation: 'R.I. Gen. Laws §§ 11-49.3-1 to 11-49.3-6',
  source: 'docs/law/RI/ri-11-49.3.txt',
  effectiveFrom: '2015-01-01',
  timeZone: 'America/New_York',
  personalInformation: {
    citation: S('3(a)(8)'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-number-with-code', 'medical-information', 'health-insurance-information', 'username-or-email-with-password'],
  },
  consumerNotice: {
    citation: S('4(a)'),
    recipient: 'each affected Rhode Island resident',
    wording: 'in the most expedient time possible, but no later than forty-five (45) calendar days after confirmation of the breach and the ability to ascertain the information required for the notice',
    days: { count: 45, from: 'confirmation', citation: S('4(a)(2)'), fromWords: 'confirmation of the breach and the ability to ascertain the information required to fulfill the notice requirements of subsection (d)' },
    contents: [
      { item: '(1)', citation: S('4(d)(1)'), text: 'A general and brief description of the incident, including how the security breach occurred and the number of affected individuals.', answers: ['description', 'residents'] },
      { item: '(2)', citation: S('4(d)(2)'), text: 'The type of information that was subject to the breach.', answers: ['dataKinds'] },
      { item: '(3)', citation: S('4(d)(3)'), text: 'Date of breach, estimated date of breach, or the date range within which the breach occurred.', answers: ['breachDate'] },
      { item: '(4)', citation: S('4(d)(4)'), text: 'Date that the breach was discovered.', answers: ['discoveryDate'] },
      { item: '(5)', citation: S('4(d)(5)'), text: 'A clear and concise description of any remediation services offered, including toll-free numbers and websites to contact the credit reporting agencies, remediation service providers and the attorney general.', answers: ['services'] },
      { item: '(6)', citation: S('4(d)(6)'), text: "A clear and concise description of the consumer's ability to file or obtain a police report; how to request a security freeze and the information needed; and that fees may be required by the consumer reporting agencies.", answers: [] },
    ],
  },
  harmExemption: {
    citation: S('4(a)(1)'),
    wording: 'owed for a breach that "poses a significant risk of identity theft" to a Rhode Island resident',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S('4(b)'),
    wording: 'may be delayed if a federal, state or local law-enforcement agency determines the notice will impede a criminal investigation; given as soon as practicable under (a)(2) once it says so no longer',
    needsWriting: false,
  },
  attorneyGeneralNotice: {
    citation: S('4(a)(2)'),
    recipient: 'Rhode Island Attorney General',
    moreThan: 500,
    ...NOTICE_OF_THE_NOTICES,
  },
  consumerReportingAgencyNotice: {
    citation: S('4(a)(2)'),
    recipient: 'the major credit reporting agencies',
    moreThan: 500,
    ...NOTICE_OF_THE_NOTICES,
  },
  dataOwnerNotice: null,
  deemedCompliance: [
    { citation: S('6(a)(1)'), wording: 'a person following its own breach procedures and the timing of § 11-49.3-4 is deemed compliant' },
    { citation: S('6(a)(2)'), wording: "a person following its primary or functional regulator's breach procedures is deemed compliant" },
    { citation: S('6(c)'), wording: 'a health insurer or a covered entity under the HIPAA privacy and security rules is deemed compliant' },
  ],
  interplay: { kind: 'none-in-hand', wording: "Rhode Island's insurance act is in hand only in its beginning (R.I. Gen. Laws § 27-1-47(a), (b)(1)-(6)); whether it says anything of consumers is not known, so ch. 11-49.3 is applied as written" },
  unconfirmed: ['the effective date of P.L. 2015, ch. 138 is not in the text in hand: taken as 2015-01-01, the earliest it could be'],
};
