/**
 * Alabama Insurance Data Security Act, Ala. Code ch. 27-62 (Act 2019-98): notification of a cybersecurity
 * event, § 27-62-6, with the investigation and records of § 27-62-5 and the exceptions of § 27-62-9. Text:
 * docs/law/AL/ala-code-27-62.txt. Three business days to the commissioner; the consumer side is the Alabama
 * Data Breach Notification Act of 2018 (Ala. Code ch. 8-38), whose text is not in hand.
 */
import { noticeItem, type NoticeFact, type DataSecurityNoticeLaw } from '../jurisdiction';

const ITEM = (n: number, text: string, answers: NoticeFact[]) => noticeItem(`(${n})`, `Ala. Code § 27-62-6(b)(${n})`, text, answers);

export const alCode27_62_6: DataSecurityNoticeLaw = {
  title: 'Ala. Code § 27-62-6, notification of a cybersecurity event',
  citation: 'Ala. Code § 27-62-6',
  source: 'docs/law/AL/ala-code-27-62.txt',
  // Act 2019-98, effective 2019-05-01 as reported; the text in hand gives only the program's later dates (§ 27-62-4(j)).
  effectiveFrom: '2019-05-01',
  regulator: { recipient: 'Alabama Commissioner of Insurance' },
  regulatorNotice: {
    citation: 'Ala. Code § 27-62-6(a)',
    businessDays: 3,
    wording: 'as promptly as possible, but in no event later than three business days from a determination',
    dueRulePrefix: 'as promptly as possible, but in no event later than 3 business days after',
  },
  // (a) opens with "a cybersecurity event involving nonpublic information"; (1) harm to a resident consumer or to the licensee's normal operation.
  homeStateCriterion: { citation: 'Ala. Code § 27-62-6(a)(1)', requiresNonpublicInformation: true, requiresHarm: true },
  residentsCriterion: { citation: 'Ala. Code § 27-62-6(a)(2)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'Ala. Code § 27-62-6(a)(2)a.' },
  exemptions: [
    {
      citation: 'Ala. Code § 27-62-9(a)(3)',
      wording: 'an employee, agent, representative or designee of a licensee, who is also a licensee, is exempt from the chapter to the extent it is covered by the information security program of the other licensee',
    },
  ],
  licensees: {
    citation: 'Ala. Code § 27-62-3(9)',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    wording: '"licensee" does not include "a licensee that is acting as an assuming insurer that is domiciled in another state or jurisdiction"',
  },
  thirdParty: {
    citation: 'Ala. Code § 27-62-6(e)(1)',
    clockCitation: 'Ala. Code § 27-62-6(e)(2)',
    // "... unless the third-party service provider provides the notice required under subsection (a) to the commissioner."
    providerNoticeExcuses: { citation: 'Ala. Code § 27-62-6(e)(1)' },
    agreements: {
      citation: 'Ala. Code § 27-62-6(e)(3)',
      wording: 'nothing in this chapter shall prevent or abrogate an agreement between a licensee and another licensee, a third-party service provider, or any other party to fulfill any of the investigation requirements of Section 27-62-5 or the notice requirements of this section',
    },
  },
  investigation: {
    citation: 'Ala. Code § 27-62-5(b)',
    items: [
      { item: '(1)', citation: 'Ala. Code § 27-62-5(b)(1)', text: 'If a cybersecurity event has occurred' },
      { item: '(2)', citation: 'Ala. Code § 27-62-5(b)(2)', text: 'The nature and scope of the cybersecurity event' },
      { item: '(3)', citation: 'Ala. Code § 27-62-5(b)(3)', text: 'Any nonpublic information that may have been involved in the cybersecurity event' },
      { item: '(c)', citation: 'Ala. Code § 27-62-5(c)', text: 'perform or oversee reasonable measures to restore the security of the information systems compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: 'Ala. Code § 27-62-5(e)',
    years: 5,
    wording: 'maintain records concerning all cybersecurity events for a period of at least five years from the date of the cybersecurity event and shall produce those records upon demand of the commissioner',
  },
  // § 27-62-9(a)(2) may reach the whole chapter: shown with the notice for a HIPAA licensee, never applied on its own.
  hipaaException: {
    citation: 'Ala. Code § 27-62-9(a)(2)',
    wording: 'a HIPAA licensee with a HIPAA information security program, compliant and certified, "shall be considered to meet the requirements of this chapter": whether that removes the commissioner notice is not settled; breachclock keeps the notice (the reading that owes it)',
  },
  assumingInsurer: {
    citation: 'Ala. Code § 27-62-6(f)(1)a.',
    businessDays: 3,
    providerClockCitation: 'Ala. Code § 27-62-6(f)(2)a.',
    cedingInsurersKeepConsumerDuties: { citation: 'Ala. Code § 27-62-6(f)(1)b., (f)(2)b.' },
    noOtherNoticeDuties: { citation: 'Ala. Code § 27-62-6(f)(3)' },
  },
  consumerNoticeCopy: {
    citation: 'Ala. Code § 27-62-6(d)',
    wording: 'comply with the Alabama Data Breach Notification Act of 2018, as applicable, and provide a copy of the notice sent to consumers under the law to the commissioner (no date in the statute)',
  },
  noticeContents: {
    citation: 'Ala. Code § 27-62-6(b)',
    wording: 'as much of the following information as possible in electronic form as directed by the commissioner',
    items: [
      ITEM(1, 'The date of the cybersecurity event', ['eventDate']),
      ITEM(2, 'A description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of any third-party service providers', ['exposure']),
      ITEM(3, 'How the cybersecurity event was discovered', ['discovery']),
      ITEM(4, 'Whether any lost, stolen, or breached information has been recovered and if so, how this was done', ['recovery']),
      ITEM(5, 'The identity of the source of the cybersecurity event', ['source']),
      ITEM(6, 'Whether the licensee has filed a police report or has notified any regulatory, government, or law enforcement agencies and, if so, when the notification was provided', ['agencyNotices']),
      ITEM(7, 'A description of the specific types of information acquired without authorization', ['informationTypes']),
      ITEM(8, 'The period during which the information system was compromised by the cybersecurity event', ['compromisedPeriod']),
      ITEM(9, 'The number of total consumers in this state affected by the cybersecurity event. The licensee shall provide the best estimate in the initial report to the commissioner and update this estimate with each subsequent report to the commissioner pursuant to this section', ['consumersInState']),
      ITEM(10, 'The results of any internal review identifying a lapse in either automated controls or internal procedures, or confirming that all automated controls or internal procedures were followed', ['internalReview']),
      ITEM(11, 'A description of efforts being undertaken to remediate the situation which permitted the cybersecurity event to occur', ['remediation']),
      ITEM(12, 'A copy of the privacy policy of the licensee and a statement outlining the steps the licensee will take to investigate and notify consumers affected by the cybersecurity event', ['privacyPolicy', 'investigationSteps']),
      ITEM(13, 'The name of a contact person who is both familiar with the cybersecurity event and authorized to act for the licensee', ['contactPerson']),
    ],
  },
  continuingUpdate: {
    citation: 'Ala. Code § 27-62-6(c)',
    wording: 'continuing obligation to update and supplement initial and subsequent notifications regarding material changes to previously provided information relating to the cybersecurity event (no date in the statute); item (9), the consumer count, is updated with each report',
  },
  producerNotice: {
    citation: 'Ala. Code § 27-62-6(g)(1)',
    rule: 'no-later-than-consumer-notice',
    wording: 'notify the producers of record of all affected consumers of the cybersecurity event no later than the time at which notice is provided to the affected consumers',
    excused: 'excused for producers not authorized by law or contract to sell, solicit, or negotiate on behalf of the insurer, and where the insurer does not have the current producer of record information for an individual consumer (§ 27-62-6(g)(2))',
  },
};
