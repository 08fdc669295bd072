/**
 * Maryland Insurance Data Security, Md. Code Ann., Ins. title 33 (§§ 33-101 to 33-109): notice to the Commissioner,
 * § 33-105, with the investigation and records of § 33-104 and the HIPAA rule of § 33-106. Text:
 * docs/law/MD/md-ins-title-33.txt. It differs from the NAIC model: it reaches carriers only (an authorized insurer,
 * health plans, a managed general agent or third-party administrator; not a producer, not an assuming insurer
 * domiciled elsewhere, § 33-101(c)); it has no third-party clock, no assuming-insurer section and no notice to
 * producers of record; (a)(1) asks for a likelihood of "harming", not material harm. Consumers: Md. Code Ann., Com.
 * Law § 14-3504, whose text is not in hand.
 */
import { noticeItem, type NoticeFact, type DataSecurityNoticeLaw } from '../jurisdiction';

const ITEM = (n: number, text: string, answers: NoticeFact[]) => noticeItem(`(${n})`, `Md. Code Ann., Ins. § 33-105(b)(${n})`, text, answers);

export const mdIns33_105: DataSecurityNoticeLaw = {
  title: 'Md. Code Ann., Ins. § 33-105, notice of a cybersecurity event to the Commissioner',
  citation: 'Md. Code Ann., Ins. § 33-105',
  source: 'docs/law/MD/md-ins-title-33.txt',
  // The text in hand carries no history: the earliest date reported for the title (2022 SB 207), the reading that owes the notice.
  effectiveFrom: '2022-10-01',
  regulator: { recipient: 'Maryland Insurance Commissioner' },
  regulatorNotice: {
    citation: 'Md. Code Ann., Ins. § 33-105(a)',
    businessDays: 3,
    wording: 'as promptly as possible but in no event later than 3 business days from a determination that a cybersecurity event has occurred',
    dueRulePrefix: 'as promptly as possible but in no event later than 3 business days after',
  },
  // (a)(1): domicile and "a reasonable likelihood of harming a consumer residing in the State or any material part of the
  // normal operations of the carrier" (not "materially"); no words on nonpublic information.
  homeStateCriterion: {
    citation: 'Md. Code Ann., Ins. § 33-105(a)(1)',
    requiresNonpublicInformation: false,
    requiresHarm: true,
    harmNeedNotBeMaterial: true,
    harmNote: '(a)(1)(ii) asks only for "a reasonable likelihood of harming a consumer residing in the State or any material part of the normal operations of the carrier", not material harm; the incident says only that material harm is not likely, so the criterion is taken as met, the reading that owes the notice',
  },
  // (a)(2): "the nonpublic information involved is of 250 or more consumers residing in the State".
  residentsCriterion: { citation: 'Md. Code Ann., Ins. § 33-105(a)(2)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'Md. Code Ann., Ins. § 33-105(a)(2)(i)' },
  licensees: {
    citation: 'Md. Code Ann., Ins. § 33-101(c)',
    // An "other-licensee" may be a managed general agent or third-party administrator, both carriers: taken as reached.
    roles: ['insurer', 'other-licensee'],
    domesticAssumingInsurer: true,
    homeCriterionReachesOtherLicensees: true,
    wording: 'title 33 reaches carriers only (an authorized insurer, a nonprofit health service plan, a health maintenance organization, a dental organization, a managed general agent or a third-party administrator), not a producer and not "a person that is acting as an assuming insurer that is domiciled in another state"',
  },
  otherDutiesNotEvaluated: [
    {
      citation: 'Md. Code Ann., Ins. § 33-105(f)',
      wording: 'a managed care organization that determines a cybersecurity event has occurred gives the Commissioner copies of all notices and reports it gives the Maryland Department of Health, at the same time and in the same manner',
    },
  ],
  thirdParty: null,
  investigation: {
    citation: 'Md. Code Ann., Ins. § 33-104(b)',
    items: [
      { item: '(1)(i)', citation: 'Md. Code Ann., Ins. § 33-104(b)(1)(i)', text: 'whether a cybersecurity event has occurred' },
      { item: '(1)(ii)', citation: 'Md. Code Ann., Ins. § 33-104(b)(1)(ii)', text: 'the nature and scope of the cybersecurity event' },
      { item: '(1)(iii)', citation: 'Md. Code Ann., Ins. § 33-104(b)(1)(iii)', text: 'identification of nonpublic information that may have been involved in the cybersecurity event' },
      { item: '(2)', citation: 'Md. Code Ann., Ins. § 33-104(b)(2)', text: 'perform or oversee reasonable measures to restore the security of the information systems compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: 'Md. Code Ann., Ins. § 33-104(d)',
    years: 5,
    wording: 'maintain records concerning all cybersecurity events for a period of at least 5 years from the date of the cybersecurity event and produce the records on demand of the Commissioner',
  },
  hipaaException: {
    citation: 'Md. Code Ann., Ins. § 33-106(a)',
    wording: 'a carrier compliant with the HIPAA and HITECH rules that keeps nonpublic information as protected health information is deemed to comply with §§ 33-103 and 33-104 and "must comply with § 33-105(a) through (d)": the Commissioner notice, its contents and the duty to update are still owed',
  },
  assumingInsurer: null,
  consumerNoticeCopy: {
    citation: 'Md. Code Ann., Ins. § 33-105(e)',
    wording: 'comply with § 14-3504 of the Commercial Law Article, as applicable, and provide a copy of the notice sent to consumers under that section to the Commissioner (no date in the statute)',
  },
  noticeContents: {
    citation: 'Md. Code Ann., Ins. § 33-105(b)',
    wording: 'as much of the following information as reasonably possible, in electronic form as directed by the Commissioner (§ 33-105(c))',
    items: [
      ITEM(1, 'the date of the cybersecurity event', ['eventDate']),
      ITEM(2, 'a description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third–party service providers, if any', ['exposure']),
      ITEM(3, 'how the cybersecurity event was discovered', ['discovery']),
      ITEM(4, 'whether any lost, stolen, or breached information has been recovered and, if so, how this was done', ['recovery']),
      ITEM(5, 'the identity of the source of the cybersecurity event', ['source']),
      ITEM(6, 'whether the carrier has filed a police report or has notified a regulatory, government, or law enforcement agency and, if so, when the notification was provided', ['agencyNotices']),
      ITEM(7, 'a description of the specific types of information acquired without authorization', ['informationTypes']),
      ITEM(8, 'the period during which the information system was compromised by the cybersecurity event', ['compromisedPeriod']),
      ITEM(9, 'the number of total consumers in the State affected by the cybersecurity event', ['consumersInState']),
      ITEM(10, 'the results of any internal review', ['internalReview']),
      ITEM(11, 'a copy of the carrier’s privacy policy and a statement outlining the steps the carrier will take to investigate and notify consumers affected by the cybersecurity event', ['privacyPolicy', 'investigationSteps']),
      ITEM(12, 'the name of a contact person who is both familiar with the cybersecurity event and authorized to act for the carrier', ['contactPerson']),
    ],
  },
  continuingUpdate: {
    citation: 'Md. Code Ann., Ins. § 33-105(d)',
    wording: 'continuing obligation to update and supplement initial and subsequent notifications to the Commissioner concerning the cybersecurity event (no date in the statute); item (9), the consumer count, is updated in each subsequent report',
  },
  producerNotice: null,
};
