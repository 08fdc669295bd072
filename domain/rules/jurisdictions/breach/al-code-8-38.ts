/**
 * Alabama Data Breach Notification Act of 2018, Ala. Code §§ 8-38-1 to 8-38-12 (Act 2018-396, in force 2018-06-01).
 * Text: docs/law/AL/ala-code-8-38.txt (§ 8-38-1 not in the copy; nothing below rests on it). The insurance act sends
 * consumer notice here: Ala. Code § 27-62-6(d).
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `Ala. Code § 8-38-${s}`;

export const alCode8_38: GeneralBreachLaw = {
  state: 'AL',
  name: 'Alabama',
  title: 'Alabama Data Breach Notification Act of 2018 (Ala. Code ch. 8-38)',
  citation: 'Ala. Code §§ 8-38-1 to 8-38-12',
  source: 'docs/law/AL/ala-code-8-38.txt',
  effectiveFrom: '2018-06-01',
  timeZone: 'America/Chicago',
  personalInformation: {
    citation: S('2(6)'),
    kinds: ['social-security-number', 'taxpayer-id', 'drivers-license-or-state-id', 'passport-number', 'military-id', 'other-government-id', 'account-number-with-code', 'medical-information', 'health-insurance-information', 'username-or-email-with-password'],
  },
  consumerNotice: {
    citation: S('5(a)-(b)'),
    recipient: 'each affected Alabama individual',
    wording: 'as expeditiously as possible and without unreasonable delay, and within 45 days of the receipt of notice from a third-party agent or the determination that a breach has occurred and is reasonably likely to cause substantial harm',
    days: { count: 45, from: 'determination', citation: S('5(b)'), fromWords: "the covered entity's determination that a breach has occurred and is reasonably likely to cause substantial harm" },
    providerNoticeStarts: true,
    contents: [
      { item: '(1)', citation: S('5(d)(1)'), text: 'The date, estimated date, or estimated date range of the breach.', answers: ['breachDate'] },
      { item: '(2)', citation: S('5(d)(2)'), text: 'A description of the sensitive personally identifying information that was acquired by an unauthorized person as part of the breach.', answers: ['dataKinds'] },
      { item: '(3)', citation: S('5(d)(3)'), text: 'A general description of the actions taken by a covered entity to restore the security and confidentiality of the personal information involved in the breach.', answers: ['protection'] },
      { item: '(4)', citation: S('5(d)(4)'), text: 'A general description of steps an affected individual can take to protect himself or herself from identity theft.', answers: [] },
      { item: '(5)', citation: S('5(d)(5)'), text: 'Information that the individual can use to contact the covered entity to inquire about the breach.', answers: ['contact'] },
    ],
  },
  harmExemption: {
    citation: S('5(a), (f)'),
    wording: 'notice is owed only where the information is reasonably likely to cause substantial harm; a determination that notice is not required is documented in writing and the records kept at least five years',
    needsWriting: true,
  },
  lawEnforcementDelay: {
    citation: S('5(c)'),
    wording: 'delayed on the written request of a federal or state law-enforcement agency for the period it determines necessary; a later written request may revoke or extend it',
    needsWriting: true,
  },
  attorneyGeneralNotice: {
    citation: S('6(a)'),
    recipient: 'Alabama Attorney General',
    moreThan: 1000,
    wording: 'written notice as expeditiously as possible and without unreasonable delay, and within 45 days of the third-party agent\'s notice or the determination (the same count as the individuals\' notice)',
    due: { kind: 'days-like-consumer-notice' },
    contents: [
      { item: '(1)', citation: S('6(b)(1)'), text: 'A synopsis of the events surrounding the breach at the time that notice is provided.', answers: ['description'] },
      { item: '(2)', citation: S('6(b)(2)'), text: 'The approximate number of individuals in the state who were affected by the breach.', answers: ['residents'] },
      { item: '(3)', citation: S('6(b)(3)'), text: 'Any services related to the breach being offered or scheduled to be offered, without charge, by the covered entity to individuals and instructions on how to use the services.', answers: ['services'] },
      { item: '(4)', citation: S('6(b)(4)'), text: 'The name, address, telephone number, and email address of the employee or agent of the covered entity from whom additional information may be obtained about the breach.', answers: ['contact'] },
    ],
  },
  consumerReportingAgencyNotice: {
    citation: S('7'),
    recipient: 'every nationwide consumer reporting agency',
    moreThan: 1000,
    wording: 'without unreasonable delay, of the timing, distribution, and content of the notices (no number of days)',
    due: { kind: 'no-date' },
  },
  dataOwnerNotice: null,
  deemedCompliance: [
    { citation: S('11'), wording: 'an entity under federal breach-notification rules is exempt if it keeps procedures under them, notifies individuals under them and timely copies the notice to the Attorney General when more than 1,000 are notified' },
    { citation: S('12'), wording: 'an entity under state breach-notification rules at least as thorough (the insurance act, Ala. Code ch. 27-62, may be one) is exempt if it keeps procedures under them, notifies individuals under them and timely copies the notice to the Attorney General when more than 1,000 are notified; § 27-62-6(d) itself sends consumer notice to this chapter, so breachclock applies ch. 8-38 (its 45 days is the earlier reading) and names § 8-38-12' },
  ],
  interplay: {
    kind: 'insurance-act-points-here',
    citation: 'Ala. Code § 27-62-6(d)',
    wording: 'the insurance act sends a licensee\'s consumer notice to the Alabama Data Breach Notification Act of 2018',
  },
  unconfirmed: ['§ 8-38-1 (short title) is not in the copy in hand'],
};
