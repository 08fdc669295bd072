/**
 * Virginia Insurance Data Security Act, Va. Code §§ 38.2-621 to -629 (2020, c. 264): notice to the
 * Commissioner, § 38.2-625, with the investigation and records of § 38.2-624, the exceptions of § 38.2-629
 * and the consumer notice of § 38.2-626. Text: docs/law/VA/va-code-38.2-621-629.txt.
 */
import { noticeItem, type NoticeFact, type ConsumerBreachNoticeLaw, type DataSecurityNoticeLaw } from '../jurisdiction';

const SOURCE = 'docs/law/VA/va-code-38.2-621-629.txt';
const ITEM = (n: number, text: string, answers: NoticeFact[]) => noticeItem(`${n}`, `Va. Code § 38.2-625 B ${n}`, text, answers);

export const vaCode38_2_625: DataSecurityNoticeLaw = {
  title: 'Va. Code § 38.2-625, notice to Commissioner',
  citation: 'Va. Code § 38.2-625',
  source: SOURCE,
  effectiveFrom: '2020-07-01',
  regulator: { recipient: 'Virginia Commissioner of Insurance (State Corporation Commission, Bureau of Insurance)' },
  regulatorNotice: {
    citation: 'Va. Code § 38.2-625 A',
    businessDays: 3,
    // From a determination that the event "has actually occurred".
    wording: 'as promptly as possible but in no event later than three business days from such determination',
    dueRulePrefix: 'as promptly as possible but in no event later than 3 business days after',
  },
  // A 1: "a domestic insurance company, or in the case of a producer, the Commonwealth is the licensee's home state".
  homeStateCriterion: { citation: 'Va. Code § 38.2-625 A 1', requiresNonpublicInformation: false, requiresHarm: false },
  // A 2: 250 or more residents' nonpublic information, OR a notice owed to a government body under federal or other state law.
  residentsCriterion: { citation: 'Va. Code § 38.2-625 A 2', residentsAtLeast: 250, requiresNonpublicInformation: true, orGovernmentNotice: true, governmentNoticeCitation: 'Va. Code § 38.2-625 A 2 ("or ... the laws of another state")' },
  criteriaNotInHand: 'For a producer, A 1 adds "threshold and other requirements prescribed by the Commission", not in hand: taken as met, the reading that owes the notice.',
  exemptions: [
    {
      citation: 'Va. Code § 38.2-629 A 2',
      wording: 'an employee, agent, representative or designee of a licensee, who is also a licensee, need not provide notices to the Commissioner and consumers to the extent it is covered by the notification obligations of the other licensee',
    },
  ],
  licensees: {
    citation: 'Va. Code § 38.2-621 ("licensee")',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    wording: '"licensee" does not include "a person that is acting as an assuming insurer that is domiciled in another state or jurisdiction"',
  },
  thirdParty: {
    citation: 'Va. Code § 38.2-625 E',
    clockCitation: 'Va. Code § 38.2-625 E',
    // "... shall treat such event as it would under this section, unless the third-party service provider provides notice in accordance with this section."
    providerNoticeExcuses: { citation: 'Va. Code § 38.2-625 E' },
    agreements: {
      citation: 'Va. Code § 38.2-625 H',
      wording: 'nothing in this article shall prevent or abrogate an agreement between a licensee and another licensee, a third-party service provider, or any other party to fulfill any of the investigation requirements or notice requirements',
    },
  },
  investigation: {
    citation: 'Va. Code § 38.2-624 B',
    items: [
      { item: '1', citation: 'Va. Code § 38.2-624 B 1', text: 'Determine whether a cybersecurity event has occurred' },
      { item: '2', citation: 'Va. Code § 38.2-624 B 2', text: 'Assess the nature and scope of the cybersecurity event' },
      { item: '3', citation: 'Va. Code § 38.2-624 B 3', text: 'Identify any nonpublic information that may have been involved in the cybersecurity event' },
      { item: '4', citation: 'Va. Code § 38.2-624 B 4', text: 'Perform or oversee reasonable measures to restore the security of the information systems compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: 'Va. Code § 38.2-624 D',
    years: 5,
    wording: 'maintain records concerning all cybersecurity events for a period of at least five years from the date of the cybersecurity event and produce those records upon demand of the Commissioner',
  },
  // § 38.2-629 A 1: a HIPAA licensee meets § 38.2-623 (the program) when compliant and certified, and one that "investigates
  // a cybersecurity event and notifies consumers in accordance with HIPAA" is compliant with §§ 38.2-624 and 38.2-626.
  hipaaException: {
    citation: 'Va. Code § 38.2-629 A 1',
    wording: 'a HIPAA licensee that investigates and notifies consumers in accordance with HIPAA "shall be considered compliant with the requirements of §§ 38.2-624 and 38.2-626" (investigation and records; consumers); nothing in it reaches the notice to the Commissioner of § 38.2-625, which is still owed',
    satisfiedBy: {
      'consumer-notice': 'a notice to consumers in accordance with HIPAA and its rules satisfies § 38.2-626',
      'record-retention': 'an investigation in accordance with HIPAA and its rules satisfies § 38.2-624, these records included',
    },
  },
  assumingInsurer: {
    citation: 'Va. Code § 38.2-625 F',
    businessDays: 3,
    providerClockCitation: 'Va. Code § 38.2-625 F',
    cedingInsurersKeepConsumerDuties: { citation: 'Va. Code § 38.2-625 F' },
    noOtherNoticeDuties: null,
  },
  consumerNoticeCopy: {
    citation: 'Va. Code § 38.2-625 D',
    wording: 'notify consumers in compliance with § 38.2-626, and provide a copy of the notice sent to consumers to the Commissioner, when required to notify the Commissioner (no date in the statute)',
  },
  noticeContents: {
    citation: 'Va. Code § 38.2-625 B',
    wording: 'in electronic form, with as much of the following information as possible',
    items: [
      ITEM(1, 'The date of the cybersecurity event', ['eventDate']),
      ITEM(2, 'A description of how the nonpublic information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', ['exposure']),
      ITEM(3, 'How the cybersecurity event was discovered', ['discovery']),
      ITEM(4, 'Whether any lost, stolen, or breached information has been recovered and, if so, how this was done', ['recovery']),
      ITEM(5, 'The identity of the source of the cybersecurity event', ['source']),
      ITEM(6, 'Whether the licensee has filed a police report or has notified any regulatory, government, or law-enforcement agencies and, if so, when such notification was provided', ['agencyNotices']),
      ITEM(7, 'A description of the specific types of information acquired without authorization. Specific types of information include particular data elements such as medical information, financial information, or other information allowing identification of the consumer', ['informationTypes']),
      ITEM(8, 'The period during which the information system was compromised by the cybersecurity event', ['compromisedPeriod']),
      ITEM(9, 'The number of consumers in the Commonwealth affected by the cybersecurity event. The licensee shall provide the best estimate in the initial report to the Commissioner and update this estimate with each subsequent report to the Commissioner pursuant to this section', ['consumersInState']),
      ITEM(10, 'The results of any internal review identifying a lapse in either automated controls or internal procedures, or confirming that all automated controls or internal procedures were followed', ['internalReview']),
      ITEM(11, 'A description of efforts being undertaken to remediate the situation that permitted the cybersecurity event to occur', ['remediation']),
      ITEM(12, "A copy of the licensee's consumer privacy policy and a statement outlining the steps the licensee will take to investigate and notify consumers affected by the cybersecurity event", ['privacyPolicy', 'investigationSteps']),
      ITEM(13, 'The name of a contact person who is both familiar with the cybersecurity event and authorized to act for the licensee', ['contactPerson']),
    ],
  },
  continuingUpdate: {
    citation: 'Va. Code § 38.2-625 C',
    wording: 'continuing obligation to update and supplement initial and subsequent notifications to the Commissioner (no date in the statute); item 9, the consumer count, is updated with each report',
  },
  producerNotice: {
    citation: 'Va. Code § 38.2-625 G',
    rule: 'as-directed-by-regulator',
    wording: 'notify the producers of record of all affected consumers as soon as practicable as directed by the Commissioner',
    excused: 'excused for consumers whose current producer of record information the insurer does not have',
  },
};

/** The consumer notice of the Insurance Data Security Act itself (§ 38.2-626), in place of a general breach statute. */
export const vaCode38_2_626: ConsumerBreachNoticeLaw = {
  title: 'Va. Code § 38.2-626, notice to consumers',
  citation: 'Va. Code § 38.2-626',
  source: SOURCE,
  effectiveFrom: '2020-07-01',
  consumerNotice: {
    citation: 'Va. Code § 38.2-626 A',
    wording: 'without unreasonable delay after making a determination or receiving notice the cybersecurity event has occurred (no number of days)',
    recipient: 'affected Virginia consumers',
  },
  dataOwnerNotice: null,
  conditions: [
    {
      citation: 'Va. Code § 38.2-626 A',
      wording: "owed where consumers' nonpublic information was (or is reasonably believed to have been) accessed and acquired by an unauthorized person and the event has a reasonable likelihood of causing or has caused identity theft or other fraud: taken as met, the reading that owes the notice",
    },
    {
      citation: 'Va. Code § 38.2-626 E',
      wording: 'the consumer notice and the notice to the Commissioner may be delayed while a law-enforcement agency advises that notice would impede an investigation or jeopardize national or homeland security',
    },
  ],
  attorneyGeneralNotice: null,
  consumerReportingAgencyNotice: {
    citation: 'Va. Code § 38.2-626 C',
    moreThanConsumers: 1000,
    wording: 'without unreasonable delay, of the timing, distribution, and content of the notice',
    recipient: 'every nationwide consumer reporting agency',
  },
  unconfirmed: [],
};
