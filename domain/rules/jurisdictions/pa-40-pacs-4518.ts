/**
 * Pennsylvania Insurance Data Security Act, 40 Pa.C.S. ch. 45 (Act 2 of 2023): notification, § 4518, with the
 * investigation and records of § 4517. Text: docs/law/PA/pa-40-ch45.txt. Five business days to the
 * commissioner (three for an assuming insurer); the consumer side is the Breach of Personal Information
 * Notification Act, § 3 (73 P.S. § 2303), whose text is not in hand.
 */
import { noticeItem, type NoticeFact, type DataSecurityNoticeLaw } from '../jurisdiction';

const ITEM = (n: number, text: string, answers: NoticeFact[]) => noticeItem(`(${n})`, `40 Pa.C.S. § 4518(b)(${n})`, text, answers);

export const paCs4518: DataSecurityNoticeLaw = {
  title: '40 Pa.C.S. § 4518, notification of a cybersecurity event',
  citation: '40 Pa.C.S. § 4518',
  source: 'docs/law/PA/pa-40-ch45.txt',
  // Act 2 of 2023; its notification duties in force from 2023-12-11 as the Insurance Department reports (docs/legal-open-questions.md).
  effectiveFrom: '2023-12-11',
  regulator: { recipient: 'Pennsylvania Insurance Commissioner' },
  regulatorNotice: {
    citation: '40 Pa.C.S. § 4518(a)',
    businessDays: 5,
    wording: 'as promptly as possible, but in no event later than five business days from a determination',
    dueRulePrefix: 'as promptly as possible, but in no event later than 5 business days after',
  },
  // (a) opens with "a cybersecurity event involving nonpublic information"; (1) needs material harm and the domicile or home state.
  homeStateCriterion: { citation: '40 Pa.C.S. § 4518(a)(1)', requiresNonpublicInformation: true, requiresHarm: true },
  residentsCriterion: { citation: '40 Pa.C.S. § 4518(a)(2)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: '40 Pa.C.S. § 4518(a)(2)(i)' },
  licensees: {
    citation: '40 Pa.C.S. § 4502 ("licensee" (2)(ii))',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    wording: '"licensee" does not include "a person that is acting as an assuming insurer that is domiciled in another state or jurisdiction"',
  },
  thirdParty: {
    citation: '40 Pa.C.S. § 4518(e)(1)',
    clockCitation: '40 Pa.C.S. § 4518(e)(2)',
    // "... unless the third-party service provider provides the notice required under subsection (a) directly to the commissioner."
    providerNoticeExcuses: { citation: '40 Pa.C.S. § 4518(e)(1)' },
    // No agreements clause in the text in hand (unlike RSMo 375.1410.4(3)); the provider's own notice is the excuse above.
    agreements: null,
  },
  investigation: {
    citation: '40 Pa.C.S. § 4517(b)',
    items: [
      { item: '(1)', citation: '40 Pa.C.S. § 4517(b)(1)', text: 'Determine whether a cybersecurity event has occurred' },
      { item: '(2)', citation: '40 Pa.C.S. § 4517(b)(2)', text: 'Assess the nature and scope of the cybersecurity event' },
      { item: '(3)', citation: '40 Pa.C.S. § 4517(b)(3)', text: 'Identify any nonpublic information that may have been involved in the cybersecurity event' },
      { item: '(4)', citation: '40 Pa.C.S. § 4517(b)(4)', text: 'Perform or oversee reasonable measures to restore the security of the information systems compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: '40 Pa.C.S. § 4517(d)',
    years: 5,
    wording: 'maintain records concerning all cybersecurity events for a period of at least five years from the date of the cybersecurity event and produce those records upon demand of the commissioner',
  },
  // § 4532(b): "deemed to comply with the requirements of this chapter except for the notification requirements of section
  // 4518(a), (b) and (c)": the commissioner notice, its contents and the duty to update stay; the rest is deemed met.
  hipaaException: {
    citation: '40 Pa.C.S. § 4532(b)',
    wording: 'a licensee governed by the HIPAA and HITECH rules (45 CFR Pts. 160 and 164) that maintains nonpublic information in the same manner as protected health information "shall be deemed to comply with the requirements of this chapter except for the notification requirements of section 4518(a), (b) and (c)": the commissioner notice, its contents and the duty to update are still owed',
    deemsMet: ['consumer-notice-copy', 'producer-notice', 'record-retention'],
  },
  assumingInsurer: {
    citation: '40 Pa.C.S. § 4518(f)(1)',
    businessDays: 3,
    providerClockCitation: '40 Pa.C.S. § 4518(f)(2)',
    cedingInsurersKeepConsumerDuties: { citation: '40 Pa.C.S. § 4518(f)(1), (f)(2)' },
    noOtherNoticeDuties: { citation: '40 Pa.C.S. § 4518(f)(3)' },
  },
  consumerNoticeCopy: {
    citation: '40 Pa.C.S. § 4518(d)',
    wording: 'comply with section 3 of the Breach of Personal Information Notification Act and provide a copy of the notice sent to consumers to the commissioner whenever required to notify the commissioner (no date in the statute)',
  },
  noticeContents: {
    citation: '40 Pa.C.S. § 4518(b)',
    wording: 'as much of the following information as possible in electronic form',
    items: [
      ITEM(1, 'The date of the cybersecurity event', ['eventDate']),
      ITEM(2, 'A description of how the information was exposed, lost, stolen or breached, including the specific roles and responsibilities of third-party service providers, if any', ['exposure']),
      ITEM(3, 'How the cybersecurity event was discovered', ['discovery']),
      ITEM(4, 'Whether any lost, stolen or breached information has been recovered and, if so, how this was done', ['recovery']),
      ITEM(5, 'The identity of the source of the cybersecurity event', ['source']),
      ITEM(6, 'Whether the licensee has filed a police report or has notified any regulatory, governmental or law enforcement agency and, if so, when the notification was provided', ['agencyNotices']),
      ITEM(7, 'A description of the specific types of information acquired without authorization, including particular data elements such as the types of medical information, financial information or other types of information allowing identification of the consumer', ['informationTypes']),
      ITEM(8, 'The period during which the information systems were compromised by the cybersecurity event', ['compromisedPeriod']),
      ITEM(9, 'The number of total consumers in this Commonwealth affected by the cybersecurity event. The licensee shall provide the best estimate in the initial report to the commissioner and update this estimate with each subsequent report to the commissioner under this section', ['consumersInState']),
      ITEM(10, 'The results of any internal review identifying a lapse in either automated controls or internal procedures or confirming that all automated controls or internal procedures were followed', ['internalReview']),
      ITEM(11, 'A description of efforts being undertaken to remediate the situation that permitted the cybersecurity event to occur', ['remediation']),
      ITEM(12, "A copy of the licensee's privacy policy and a statement outlining the steps that the licensee will take to investigate and notify consumers affected by the cybersecurity event", ['privacyPolicy', 'investigationSteps']),
      ITEM(13, 'The name of a contact person familiar with the cybersecurity event and authorized to act for the licensee', ['contactPerson']),
    ],
  },
  continuingUpdate: {
    citation: '40 Pa.C.S. § 4518(c)',
    wording: 'continuing obligation to update and supplement initial and subsequent notifications to the commissioner regarding material changes (no date in the statute); item (9), the consumer count, is updated with each report',
  },
  producerNotice: {
    citation: '40 Pa.C.S. § 4518(g)',
    rule: 'no-later-than-consumer-notice',
    wording: 'notify the producers of record of all affected consumers no later than the time at which notice is provided to the affected consumers',
    excused: 'excused for consumers whose current producer of record information the insurer does not have',
  },
};
