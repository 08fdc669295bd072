/**
 * Connecticut Insurance Data Security Law, Conn. Gen. Stat. § 38a-38 (P.A. 19-117, as amended by P.A. 21-157,
 * effective 2021-07-12): notification, subsection (e), with the investigation and records of (d). Text:
 * docs/law/CT/cgs-38a-38.txt. Three business days "after the date on which such licensee first determines";
 * an assuming insurer has seventy-two hours. Consumers: § 36a-701b, not in hand.
 */
import { noticeItem, type NoticeFact, type DataSecurityNoticeLaw } from '../jurisdiction';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii'];
const ITEM = (n: number, text: string, answers: NoticeFact[]) => noticeItem(`(${ROMAN[n - 1]})`, `Conn. Gen. Stat. § 38a-38(e)(2)(A)(${ROMAN[n - 1]})`, text, answers);

export const cgs38a_38: DataSecurityNoticeLaw = {
  title: 'Conn. Gen. Stat. § 38a-38(e), notification of a cybersecurity event',
  citation: 'Conn. Gen. Stat. § 38a-38(e)',
  source: 'docs/law/CT/cgs-38a-38.txt',
  // The text in hand is as amended by P.A. 21-157 (effective 2021-07-12); before it the clock ran from "the date of the cybersecurity event".
  effectiveFrom: '2021-07-12',
  regulator: { recipient: 'Connecticut Insurance Commissioner' },
  regulatorNotice: {
    citation: 'Conn. Gen. Stat. § 38a-38(e)(1)',
    businessDays: 3,
    wording: 'as promptly as possible but in no event later than three business days after the date on which such licensee first determines that a cybersecurity event has occurred',
    dueRulePrefix: 'as promptly as possible but in no event later than 3 business days after',
  },
  // (1)(A): domicile or home state and material harm, without words on nonpublic information; (1)(B) speaks of "the nonpublic information involved".
  homeStateCriterion: { citation: 'Conn. Gen. Stat. § 38a-38(e)(1)(A)', requiresNonpublicInformation: false, requiresHarm: true },
  residentsCriterion: { citation: 'Conn. Gen. Stat. § 38a-38(e)(1)(B)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'Conn. Gen. Stat. § 38a-38(e)(1)(B)(i)' },
  licensees: {
    citation: 'Conn. Gen. Stat. § 38a-38(b)(7)',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    foreignAssumingInsurerViaProvider: { citation: 'Conn. Gen. Stat. § 38a-38(e)(5)(B)(i)' },
    wording: '"licensee" does not include "a person acting as an assuming insurer and domiciled in another state or jurisdiction", except that (e)(5)(B)(i) reaches "an assuming insurer that is domiciled in another state or jurisdiction" when its third-party service provider held the data',
  },
  thirdParty: {
    citation: 'Conn. Gen. Stat. § 38a-38(e)(4)(A)',
    clockCitation: 'Conn. Gen. Stat. § 38a-38(e)(4)(B)',
    providerNoticeExcuses: null,
    agreements: {
      citation: 'Conn. Gen. Stat. § 38a-38(e)(4)(C)',
      wording: 'nothing in this section shall prevent or abrogate an agreement between a licensee and another party to fulfill any of the investigation requirements or the notice requirements',
    },
  },
  investigation: {
    citation: 'Conn. Gen. Stat. § 38a-38(d)(2)',
    items: [
      { item: '(A)', citation: 'Conn. Gen. Stat. § 38a-38(d)(2)(A)', text: 'Determine whether the cybersecurity event occurred' },
      { item: '(B)(i)', citation: 'Conn. Gen. Stat. § 38a-38(d)(2)(B)(i)', text: 'Assess the nature and scope of such cybersecurity event' },
      { item: '(B)(ii)', citation: 'Conn. Gen. Stat. § 38a-38(d)(2)(B)(ii)', text: 'Identify the nonpublic information, if any, that may have been involved in such cybersecurity event' },
      { item: '(B)(iii)', citation: 'Conn. Gen. Stat. § 38a-38(d)(2)(B)(iii)', text: 'Perform or oversee reasonable measures to restore the security of the information systems compromised in such cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: 'Conn. Gen. Stat. § 38a-38(d)(4)',
    years: 5,
    wording: 'maintain records concerning each cybersecurity event for a period of at least five years from the date of such cybersecurity event, and produce such records to the Insurance Commissioner upon demand',
  },
  // The exemptions of subsection (c)(10) concern the information security program; nothing is assumed for notices.
  hipaaException: null,
  assumingInsurer: {
    citation: 'Conn. Gen. Stat. § 38a-38(e)(5)(A)(i)',
    // "not later than seventy-two hours after such assuming insurer discovered that the cybersecurity event had occurred".
    hours: 72,
    providerClockCitation: 'Conn. Gen. Stat. § 38a-38(e)(5)(B)(i)',
    cedingInsurersKeepConsumerDuties: { citation: 'Conn. Gen. Stat. § 38a-38(e)(5)(A)(ii), (B)(ii)' },
    noOtherNoticeDuties: null,
  },
  consumerNoticeCopy: {
    citation: 'Conn. Gen. Stat. § 38a-38(e)(3)',
    wording: 'comply with section 36a-701b and provide to the Insurance Commissioner a copy of the notice sent to consumers, if required to notify the commissioner (no date in the statute)',
  },
  noticeContents: {
    citation: 'Conn. Gen. Stat. § 38a-38(e)(2)(A)',
    wording: 'in an electronic form prescribed by the commissioner, as much of the following information as possible',
    items: [
      ITEM(1, 'The date of the cybersecurity event', ['eventDate']),
      ITEM(2, 'A description of how the information was exposed, lost, stolen or breached, including, but not limited to, the specific roles and responsibilities of third-party service providers, if any', ['exposure']),
      ITEM(3, 'How, and the date on which, the cybersecurity event was discovered', ['discovery', 'identifiedDate']),
      ITEM(4, 'Whether any lost, stolen or breached information has been recovered, and, if so, how such information was recovered', ['recovery']),
      ITEM(5, 'The identity of the source of the cybersecurity event', ['source']),
      ITEM(6, 'Whether such licensee has filed a police report or notified any regulatory, government or law enforcement agency, and, if so, when such licensee filed such report or provided such notice', ['agencyNotices']),
      ITEM(7, 'A description of the specific types of exposed, lost, stolen or breached information, including, for example, specific types of medical information, financial information or information allowing identification of a consumer', ['informationTypes']),
      ITEM(8, 'The period during which each information system that was compromised by the cybersecurity event was compromised by such cybersecurity event', ['compromisedPeriod']),
      ITEM(9, "The number of total consumers residing in this state that, within such licensee's knowledge at the time that such licensee discloses such number to the commissioner, are affected by the cybersecurity event", ['consumersInState']),
      ITEM(10, 'The results of an internal review identifying any lapse in automated controls or internal procedures, or confirming that all such controls and procedures were followed', ['internalReview']),
      ITEM(11, 'A description of any efforts being undertaken to remediate the situation that permitted the cybersecurity event to occur', ['remediation']),
      ITEM(12, "A copy of the licensee's privacy policy and a statement outlining the steps the licensee will take to investigate and notify consumers affected by the cybersecurity event", ['privacyPolicy', 'investigationSteps']),
      ITEM(13, 'The name of a contact person who is both familiar with the cybersecurity event and authorized to act for the licensee', ['contactPerson']),
    ],
  },
  continuingUpdate: {
    citation: 'Conn. Gen. Stat. § 38a-38(e)(2)(B)',
    wording: 'continuing obligation to update and supplement such information (no date in the statute)',
  },
  producerNotice: {
    citation: 'Conn. Gen. Stat. § 38a-38(e)(6)',
    rule: 'no-later-than-consumer-notice',
    wording: 'notify the producer of record in a reasonable manner and not later than the time at which notice is provided to the consumer',
    excused: 'owed only where the insurer has the current producer of record information',
  },
};
