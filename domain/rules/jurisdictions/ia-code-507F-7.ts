/**
 * Iowa Insurance Data Security Act, Iowa Code ch. 507F (2021 Acts, ch 79): notification and report to the
 * commissioner, § 507F.7, with the investigation and records of § 507F.6, the consumer copy of § 507F.8, the
 * provider clock of § 507F.9, reinsurers (§ 507F.10), producers of record (§ 507F.11) and applicability
 * (§ 507F.13). Text: docs/law/IA/iowa-code-507F.txt (spacing mangled in places in the copy in hand). Its
 * differences from the model: the clock runs from the licensee's "confirmation"; criterion (a) is the
 * domicile plus a notice owed elsewhere OR harm to the licensee's operations; a provider's certification, not
 * its own notice, relieves the licensee. The consumer side is Iowa Code § 715C.2, whose text is not in hand.
 */
import { noticeItem, type NoticeFact, type DataSecurityNoticeLaw } from '../jurisdiction';

const ITEM = (l: string, text: string, answers: NoticeFact[]) => noticeItem(`${l}.`, `Iowa Code § 507F.7(2)(${l})`, text, answers);

export const iaCode507F_7: DataSecurityNoticeLaw = {
  title: 'Iowa Code § 507F.7, cybersecurity event: notification and report to the commissioner',
  citation: 'Iowa Code § 507F.7',
  source: 'docs/law/IA/iowa-code-507F.txt',
  // 2021 Acts, ch 79, § 17 (effective date as reported; the text in hand dates the program sections only, 507F.4(9), 507F.5(2)).
  effectiveFrom: '2021-07-01',
  regulator: { recipient: 'Iowa Commissioner of Insurance' },
  regulatorNotice: {
    citation: 'Iowa Code § 507F.7(1)',
    businessDays: 3,
    wording: 'no later than three business days from the date of the licensee’s confirmation of a cybersecurity event',
    dueRulePrefix: 'no later than 3 business days after',
    startNote:
      'Iowa counts from the licensee\'s "confirmation" of the event (§ 507F.7(1)); breachclock takes the determination as the confirmation, the earliest reading. Other reading, later and not used: a confirmation at the end of the investigation (§ 507F.6(2)(a), "Confirm that a cybersecurity event has occurred").',
  },
  // (1)(a): an insurer domiciled here or a producer whose home state this is, and "any of the following": a notice owed
  // to a government body under state or federal law, or harm to the licensee's operations. No words on nonpublic information.
  homeStateCriterion: {
    citation: 'Iowa Code § 507F.7(1)(a)',
    requiresNonpublicInformation: false,
    requiresHarm: true,
    orGovernmentNotice: true,
    governmentNoticeCitation: 'Iowa Code § 507F.7(1)(a)(1)',
    // (a)(1) speaks of "the laws of this state or federal law"; § 507F.8(1) makes "all other applicable notification
    // requirements pursuant to federal or state law" a duty under Iowa law, so a notice owed under another state's law
    // is read as one the laws of this state require (the earliest reading).
    governmentNoticeNote: '(a)(1) asks for a notice "the laws of this state or federal law" require; § 507F.8(1) requires compliance with "all other applicable notification requirements pursuant to federal or state law", so a notice owed under another state\'s law is read as required by Iowa law too (the reading that owes the notice; the narrower reading, Iowa\'s own laws only, would not owe it on this ground)',
    harmNote: '(a)(2) asks for "material harm to a material part of the normal business, operations, or security of the licensee"; the incident does not say which harm it means, so its harm is taken to meet (a)(2), the reading that owes the notice',
  },
  // (1)(b): "nonpublic information compromised by the cybersecurity event involves two hundred fifty or more consumers"; a
  // "consumer" is "a resident of this state" (§ 507F.3(3)).
  residentsCriterion: { citation: 'Iowa Code § 507F.7(1)(b)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'Iowa Code § 507F.7(1)(b)(1)' },
  exemptions: [
    {
      citation: 'Iowa Code § 507F.13(2)',
      wording: 'the chapter does not apply to a licensee owned or controlled by a federally insured depository institution that is subject to, and in compliance with, the Gramm-Leach-Bliley Act or comparable federal law',
    },
  ],
  licensees: {
    citation: 'Iowa Code § 507F.3(13)',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    wording: '"licensee" does not include "a person acting as an assuming insurer that is domiciled in another state or jurisdiction"',
  },
  thirdParty: {
    citation: 'Iowa Code § 507F.9(1)',
    clockCitation: 'Iowa Code § 507F.9(1)',
    clockBegins: 'the business day after',
    // A provider's notice to the commissioner relieves the licensee only through the provider's written certification of
    // compliance with § 507F.7 (the licensee "may obtain a written certification"), which the incident does not carry.
    providerNoticeExcuses: null,
    agreements: {
      citation: 'Iowa Code § 507F.9',
      wording: 'the licensee may obtain a written certification from the third-party service provider that the provider is in compliance with section 507F.7 (§ 507F.9(1)), and the section does not prohibit or abrogate an agreement for another licensee or the provider to execute the requirements of section 507F.7 on behalf of the licensee (§ 507F.9(2))',
    },
  },
  investigation: {
    citation: 'Iowa Code § 507F.6(2)',
    items: [
      { item: 'a.', citation: 'Iowa Code § 507F.6(2)(a)', text: 'Confirm that a cybersecurity event has occurred' },
      { item: 'b.', citation: 'Iowa Code § 507F.6(2)(b)', text: 'Assess the nature and scope of the cybersecurity event' },
      { item: 'c.', citation: 'Iowa Code § 507F.6(2)(c)', text: 'Identify all nonpublic information that may have been compromised by the cybersecurity event' },
      { item: 'd.', citation: 'Iowa Code § 507F.6(2)(d)', text: 'Perform or oversee reasonable measures to restore the security of any compromised information systems' },
    ],
  },
  recordRetention: {
    citation: 'Iowa Code § 507F.6(4)',
    years: 5,
    wording: 'maintain all records and documentation related to the licensee’s investigation of a cybersecurity event for a minimum of five years from the date of the event, and produce the records and documentation upon demand of the commissioner',
  },
  // § 507F.13(1): the chapter "shall not apply" to a licensee subject to, and in compliance with, HIPAA (with an annual certification).
  hipaaException: {
    citation: 'Iowa Code § 507F.13(1)',
    wording: 'the chapter "shall not apply to a licensee that is subject to, and in compliance with" HIPAA, which certifies its compliance annually: compliance and certification are not in the incident, so breachclock keeps the notice; counsel may drop it',
  },
  assumingInsurer: {
    citation: 'Iowa Code § 507F.10(1)',
    businessDays: 3,
    providerClockCitation: 'Iowa Code § 507F.10(2)',
    cedingInsurersKeepConsumerDuties: { citation: 'Iowa Code § 507F.10(1), (2)' },
    noOtherNoticeDuties: { citation: 'Iowa Code § 507F.10(3)' },
  },
  consumerNoticeCopy: {
    citation: 'Iowa Code § 507F.8(2)',
    wording: 'submit to the commissioner a copy of the consumer notices provided by the licensee to consumers, when required to notify the commissioner under section 507F.7, subsection 1 (no date in the statute)',
  },
  noticeContents: {
    citation: 'Iowa Code § 507F.7(2)',
    wording: 'in the form and manner prescribed by the commissioner by rule, as much of the following information as is available to the licensee at the time of the notification',
    items: [
      ITEM('a', 'The date and time of the cybersecurity event', ['eventDate']),
      ITEM('b', 'A description of how nonpublic information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of the licensee’s third-party service providers', ['exposure']),
      ITEM('c', 'How the licensee discovered or became aware of the cybersecurity event', ['discovery']),
      ITEM('d', 'If any lost, stolen, or breached nonpublic information has been recovered and if so, how the recovery occurred', ['recovery']),
      ITEM('e', 'The identity of the source of the cybersecurity event', ['source']),
      ITEM('f', 'The identity of any regulatory, governmental, or law enforcement agencies the licensee has notified, and the date and time of each notification', ['agencyNotices']),
      ITEM('g', 'A description of the specific types of nonpublic information that were lost, stolen, or breached', ['informationTypes']),
      ITEM('h', 'The total number of consumers affected by the cybersecurity event', ['consumersInState']),
      ITEM('i', 'The results of any internal review conducted by the licensee that identified a lapse in the licensee’s automated controls or internal procedures', ['internalReview']),
      ITEM('j', 'A description of the licensee’s efforts to remediate the circumstances that allowed the cybersecurity event', ['remediation']),
      ITEM('k', 'A copy of the licensee’s privacy policy', ['privacyPolicy']),
      ITEM('l', 'A statement outlining the steps the licensee is taking to identify and notify consumers affected by the cybersecurity event', ['investigationSteps']),
      ITEM('m', 'The contact information for the individual authorized to act on behalf of the licensee and who is also knowledgeable regarding the cybersecurity event', ['contactPerson', 'contactDetails']),
    ],
  },
  continuingUpdate: {
    citation: 'Iowa Code § 507F.7(3)',
    wording: 'continuing obligation to update and supplement the licensee’s initial notification to the commissioner as material changes to information previously provided to the commissioner occur (no date in the statute); item h, the consumer count, is updated in each subsequent report',
  },
  producerNotice: {
    citation: 'Iowa Code § 507F.11',
    rule: 'no-later-than-consumer-notice',
    wording: 'notify the insurance producer of record of each consumer affected by the cybersecurity event no later than the date on which notice is provided to affected consumers',
    excused: 'not required for a producer not authorized by law or contract to sell, solicit, or negotiate on behalf of the insurer, or where the insurer does not have current contact information for the producer of record for a specific affected consumer',
  },
};
