/**
 * South Carolina Insurance Data Security Act, S.C. Code §§ 38-99-10 to -100 (2018 Act No. 171, eff.
 * 2019-01-01): notification of a cybersecurity event, § 38-99-40, with the investigation and records of
 * § 38-99-30. Text: docs/law/SC/sc-code-38-99.txt. The regulator clock runs in hours, not business days.
 */
import { noticeItem, type NoticeFact, type DataSecurityNoticeLaw } from '../jurisdiction';

const ITEM = (n: number, text: string, answers: NoticeFact[]) => noticeItem(`(${n})`, `S.C. Code § 38-99-40(B)(${n})`, text, answers);

export const scCode38_99_40: DataSecurityNoticeLaw = {
  title: 'S.C. Code § 38-99-40, notification of a cybersecurity event',
  citation: 'S.C. Code § 38-99-40',
  source: 'docs/law/SC/sc-code-38-99.txt',
  effectiveFrom: '2019-01-01',
  regulator: { recipient: 'South Carolina Director of Insurance' },
  regulatorNotice: {
    citation: 'S.C. Code § 38-99-40(A)',
    hours: 72,
    wording: 'no later than seventy-two hours after determining that a cybersecurity event has occurred',
    dueRulePrefix: 'no later than 72 hours after',
  },
  // (A)(1) names only the state of domicile or home state: no harm test and no words on nonpublic information.
  homeStateCriterion: { citation: 'S.C. Code § 38-99-40(A)(1)', requiresNonpublicInformation: false, requiresHarm: false },
  // (A)(2): "the nonpublic information involved is of no less than two hundred and fifty consumers residing in this State".
  residentsCriterion: { citation: 'S.C. Code § 38-99-40(A)(2)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'S.C. Code § 38-99-40(A)(2)(a)' },
  licensees: {
    citation: 'S.C. Code § 38-99-10(9)',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    wording: '"licensee" does not include "a licensee that is acting as an assuming insurer that is domiciled in another state or jurisdiction"',
  },
  thirdParty: {
    citation: 'S.C. Code § 38-99-40(D)(1)',
    // "The computation of the licensee's deadlines shall begin on the day after the third-party service provider
    // notifies the licensee ... or the licensee otherwise has actual knowledge ..., whichever is sooner."
    clockCitation: 'S.C. Code § 38-99-40(D)(2)',
    providerNoticeExcuses: null,
    agreements: {
      citation: 'S.C. Code § 38-99-40(D)(3)',
      wording: 'nothing in this chapter shall prevent or abrogate an agreement between a licensee and another licensee, a third-party service provider or any other party to fulfill any of the investigation requirements or notice requirements',
    },
  },
  investigation: {
    citation: 'S.C. Code § 38-99-30(B)',
    items: [
      { item: '(1)', citation: 'S.C. Code § 38-99-30(B)(1)', text: 'Determine whether a cybersecurity event occurred' },
      { item: '(2)', citation: 'S.C. Code § 38-99-30(B)(2)', text: 'Assess the nature and scope of the cybersecurity event' },
      { item: '(3)', citation: 'S.C. Code § 38-99-30(B)(3)', text: 'Identify nonpublic information that may have been involved in the cybersecurity event' },
      { item: '(4)', citation: 'S.C. Code § 38-99-30(B)(4)', text: 'Perform or oversee reasonable measures to restore the security of the information systems compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: 'S.C. Code § 38-99-30(D)',
    years: 5,
    wording: 'maintain records concerning all cybersecurity events for a period of at least five years from the date of the cybersecurity event and produce those records upon demand of the director',
  },
  // § 38-99-70 exempts small and HIPAA licensees from § 38-99-20 (the security program) only, never from notice.
  hipaaException: {
    citation: 'S.C. Code § 38-99-70(A)(3)',
    wording: 'the HIPAA exception reaches the information security program of § 38-99-20 only: the notices of § 38-99-40 still apply',
  },
  assumingInsurer: {
    citation: 'S.C. Code § 38-99-40(E)(1)(a)',
    hours: 72,
    providerClockCitation: 'S.C. Code § 38-99-40(E)(2)(a)',
    cedingInsurersKeepConsumerDuties: { citation: 'S.C. Code § 38-99-40(E)(1)(b), (E)(2)(b)' },
    // South Carolina has no "no other notice obligations" clause for the assuming insurer (unlike RSMo 375.1410.5(1)(c)).
    noOtherNoticeDuties: null,
  },
  consumerNoticeCopy: {
    citation: 'S.C. Code § 38-99-40(C)',
    wording: 'comply with the notice requirements of Section 39-1-90 and provide a copy of the notice sent to consumers to the director when required to notify the director (no date in the statute)',
  },
  noticeContents: {
    citation: 'S.C. Code § 38-99-40(B)',
    wording: 'provide as much of the following information as possible, in electronic form as directed by the director',
    items: [
      ITEM(1, 'The date of the cybersecurity event', ['eventDate']),
      ITEM(2, 'A description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', ['exposure']),
      ITEM(3, 'How the cybersecurity event was discovered', ['discovery']),
      ITEM(4, 'Whether any lost, stolen, or breached information has been recovered and if so, how this was done', ['recovery']),
      ITEM(5, 'The identity of the source of the cybersecurity event', ['source']),
      ITEM(6, 'Whether the licensee has filed a police report or has notified any regulatory, governmental or law enforcement agencies and, if so, when such notification was provided', ['agencyNotices']),
      ITEM(7, 'A description of the specific types of information acquired without authorization, which means particular data elements including, for example, types of medical information, types of financial information, or types of information allowing identification of the consumer', ['informationTypes']),
      ITEM(8, 'The period during which the information system was compromised by the cybersecurity event', ['compromisedPeriod']),
      ITEM(9, 'The number of total consumers in this State affected by the cybersecurity event, in which case the licensee shall provide the best estimate in the initial report to the director and update this estimate with each subsequent report to the director pursuant to this section', ['consumersInState']),
      ITEM(10, 'The results of any internal review identifying a lapse in either automated controls or internal procedures, or confirming that all automated controls or internal procedures were followed', ['internalReview']),
      ITEM(11, 'A description of efforts being undertaken to remediate the situation which permitted the cybersecurity event to occur', ['remediation']),
      ITEM(12, "A copy of the licensee's privacy policy and a statement outlining the steps the licensee will take to investigate and notify consumers affected by the cybersecurity event", ['privacyPolicy', 'investigationSteps']),
      ITEM(13, 'The name of a contact person who is both familiar with the cybersecurity event and authorized to act on behalf of the licensee', ['contactPerson']),
    ],
  },
  continuingUpdate: {
    citation: 'S.C. Code § 38-99-40(B)',
    wording: 'continuing obligation to update and supplement initial and subsequent notifications to the director (no date in the statute); item (9), the consumer count, is updated with each report',
  },
  producerNotice: {
    citation: 'S.C. Code § 38-99-40(F)',
    rule: 'as-directed-by-regulator',
    wording: 'notify the producers of record of all affected consumers as soon as practicable as directed by the director',
    excused: 'excused for consumers whose current producer of record information the insurer does not have',
  },
};
