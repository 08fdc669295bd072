/**
 * Delaware Insurance Data Security Act, 18 Del. C. ch. 86 (82 Del. Laws c. 176, 2019): notification, § 8606, with the
 * investigation and records of § 8605, the definitions of § 8603 and the exceptions of § 8609. Text:
 * docs/law/DE/del-code-18-ch86.txt (paragraph breaks lost in the copy, words intact). It differs from the model: its own
 * consumer notice, 60 days after the determination (§ 8606(c)(1)), with a year of credit monitoring where a Social
 * Security number is involved (§ 8606(c)(2)); the provider clock "begins on the first business day after" (§ 8606(d)(2));
 * and the chapter is "the exclusive state standards" for notices to the Commissioner and consumers (§ 8602(a)), so
 * whether the general breach law (6 Del. C. ch. 12B) still reaches a licensee is left open, never dated.
 */
import { noticeItem, type NoticeFact, type ConsumerBreachNoticeLaw, type DataSecurityNoticeLaw } from '../jurisdiction';

const SOURCE = 'docs/law/DE/del-code-18-ch86.txt';
/**
 * Signed 2019-07-31 (the Department's release); the text in hand dates only § 8604's application (82 Del. Laws c. 176,
 * § 2). The signing date is the earliest the notice can be owed, the reading that owes it (docs/legal-open-questions.md).
 */
const SIGNED = '2019-07-31';
const C = (x: string) => `18 Del. C. § 8606${x}`;
const ITEM = (l: string, text: string, answers: NoticeFact[]) => noticeItem(`${l}.`, C(`(b)(2)${l}.`), text, answers);

export const del18_8606: DataSecurityNoticeLaw = {
  title: '18 Del. C. § 8606, notification of a cybersecurity event',
  citation: C(''),
  source: SOURCE,
  effectiveFrom: SIGNED,
  regulator: { recipient: 'Delaware Insurance Commissioner' },
  regulatorNotice: {
    citation: C('(a)'),
    businessDays: 3,
    wording: 'as promptly as possible but in no event later than 3 business days from the licensee’s determination that a cybersecurity event has occurred',
    dueRulePrefix: 'as promptly as possible but in no event later than 3 business days after',
  },
  // (a)(1): an insurer domiciled here or a producer whose home state this is, and the event results in a. harm to a
  // consumer, b. harm to the licensee's operation, or c. a notice owed to a government body. No words on nonpublic information.
  homeStateCriterion: { citation: C('(a)(1)'), requiresNonpublicInformation: false, requiresHarm: true, orGovernmentNotice: true, governmentNoticeCitation: C('(a)(1)c.') },
  // (a)(2): "the nonpublic information involved is regarding 250 or more consumers" (a "consumer" resides in this State, § 8603(3)).
  residentsCriterion: { citation: C('(a)(2)'), residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: C('(a)(2)a.') },
  licensees: {
    citation: '18 Del. C. § 8603(10)',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    wording: '"licensee" does not mean "a licensee that is acting as an assuming insurer that is domiciled in a state other than this State or another jurisdiction"',
  },
  programOnlyExemptions: [
    { citation: '18 Del. C. § 8609(a)(1)', wording: 'a licensee with fewer than 15 employees is exempt from § 8604 (the information security program) only' },
  ],
  thirdParty: {
    citation: C('(d)(1)'),
    clockCitation: C('(d)(2)'),
    clockBegins: 'the first business day after',
    clockBeginsNote: 'breachclock counts the first business day after the notice as the first day counted, the earlier reading; read as the start day itself, the deadline would be one business day later',
    // "... unless the third-party service provider provides the notice to the Commissioner under this section."
    providerNoticeExcuses: { citation: C('(d)(1)') },
    agreements: {
      citation: C('(d)(3)'),
      wording: 'nothing in this chapter prevents or abrogates an agreement between a licensee and another licensee, a third-party service provider, or another party to fulfill the investigation requirements under § 8605 or notice requirements under this section',
    },
  },
  investigation: {
    citation: '18 Del. C. § 8605(b)',
    items: [
      { item: '(1)', citation: '18 Del. C. § 8605(b)(1)', text: 'Determine whether a cybersecurity event has occurred' },
      { item: '(2)', citation: '18 Del. C. § 8605(b)(2)', text: 'Assess the nature and scope of the cybersecurity event' },
      { item: '(3)', citation: '18 Del. C. § 8605(b)(3)', text: 'Identify the nonpublic information that may have been involved in the cybersecurity event' },
      { item: '(4)', citation: '18 Del. C. § 8605(b)(4)', text: 'Perform or oversee reasonable measures to restore the security of the information system compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: '18 Del. C. § 8605(d)',
    years: 5,
    wording: 'maintain records concerning a cybersecurity event for a period of at least 5 years from the date of the cybersecurity event and produce those records upon the Commissioner’s demand',
  },
  // § 8609(a)(2): a HIPAA licensee "is considered to meet the requirements of § 8604" (the program) only.
  hipaaException: {
    citation: '18 Del. C. § 8609(a)(2)',
    wording: 'the HIPAA exception reaches the information security program of § 8604 only: the notices of § 8606 still apply',
  },
  assumingInsurer: {
    citation: C('(e)(1)'),
    businessDays: 3,
    providerClockCitation: C('(e)(2)'),
    cedingInsurersKeepConsumerDuties: { citation: C('(e)(1), (e)(2)') },
    // No "no other notice obligations" clause for the assuming insurer (unlike RSMo 375.1410.5(1)(c)).
    noOtherNoticeDuties: null,
  },
  consumerNoticeCopy: {
    citation: C('(c)'),
    wording: 'provide a copy of the notice to consumers to the Commissioner (no date in the statute: with the consumer notice)',
  },
  noticeContents: {
    citation: C('(b)(2)'),
    wording: 'as much of the following information as possible, in a form as directed by the Commissioner (§ 8606(b)(1)a.)',
    items: [
      ITEM('a', 'Date of the cybersecurity event', ['eventDate']),
      ITEM('b', 'Description of how the information was exposed, lost, stolen, or breached, including the specific role and responsibility of a third-party service provider, if any', ['exposure']),
      ITEM('c', 'How the cybersecurity event was discovered', ['discovery']),
      ITEM('d', 'Whether any lost, stolen, or breached information has been recovered and, if so, how it was lost, stolen, or breached', ['recovery']),
      ITEM('e', 'The identity of the source of the cybersecurity event', ['source']),
      ITEM('f', 'Whether the licensee has filed a police report or notified a regulatory, government, or law-enforcement agency and, if so, when the notification was provided', ['agencyNotices']),
      ITEM('g', 'Description of the specific types of information acquired without authorization', ['informationTypes']),
      ITEM('h', 'The period during which the cybersecurity event compromised the information system', ['compromisedPeriod']),
      ITEM('i', 'The number of total consumers in this State who are affected by the cybersecurity event. The licensee shall provide the best estimate in the initial report to the Commissioner and update the estimate with each subsequent report to the Commissioner under this section', ['consumersInState']),
      ITEM('j', 'The results of an internal review identifying a lapse in either automated controls or internal procedures, or confirming that the automated controls or internal procedures were followed', ['internalReview']),
      ITEM('k', 'Description of efforts being undertaken to remediate the situation which permitted the cybersecurity event to occur', ['remediation']),
      ITEM('l', 'A copy of the licensee’s privacy policy and a statement outlining the steps the licensee will take to investigate and notify a consumer affected by a cybersecurity event', ['privacyPolicy', 'investigationSteps']),
      ITEM('m', 'The name of a contact person who is both familiar with the cybersecurity event and authorized to act for the licensee', ['contactPerson']),
    ],
  },
  continuingUpdate: {
    citation: C('(b)(1)b.'),
    wording: 'continuing obligation to update and supplement initial and subsequent notifications to the Commissioner regarding material changes to previously-provided information relating to a cybersecurity event (no date in the statute); item i, the consumer count, is updated with each report',
  },
  producerNotice: {
    citation: C('(f)'),
    rule: 'no-later-than-consumer-notice',
    wording: 'notify the producers of record of the consumer who was affected in a reasonable manner and at a time reasonably concurrent with the time at which notice is provided to the affected consumer',
    dueRule: 'in a reasonable manner and at a time reasonably concurrent with the time at which notice is provided to the affected consumer',
    excused: 'excused for a producer not authorized by law or contract to sell, solicit, or negotiate on behalf of the insurer, and where the insurer does not have the current producer of record information for the consumer',
  },
};

/** The act's own consumer notice (§ 8606(c)), in place of a general breach statute (§ 8602(a): "the exclusive state standards"). */
export const del18_8606c: ConsumerBreachNoticeLaw = {
  title: '18 Del. C. § 8606(c), notification to consumers',
  citation: C('(c)'),
  source: SOURCE,
  effectiveFrom: SIGNED,
  consumerNotice: {
    citation: C('(c)(1)'),
    wording: 'without unreasonable delay but no later than 60 days after determining that a cybersecurity event occurred',
    recipient: 'each affected Delaware consumer',
    calendarDays: 60,
    onlyWithRegulatorNotice: {
      citation: C('(c)'),
      wording: 'owed for "a cybersecurity event that has a reasonable likelihood of materially harming a consumer" that is "1 for which the licensee is required under subsection (a) ... to notify the Commissioner"',
    },
  },
  creditMonitoring: {
    citation: C('(c)(2)'),
    wording: 'where the event includes a Social Security number, offer each consumer whose Social Security number was (or is reasonably believed to have been) breached credit monitoring services at no cost for 1 year, with what is needed to enroll and how to place a credit freeze, unless after an appropriate investigation the licensee reasonably determines the event is unlikely to result in harm to the consumer (§ 8606(c)(2)b.)',
  },
  dataOwnerNotice: null,
  conditions: [
    { citation: C('(c)(1)a.'), wording: 'a shorter period federal law requires governs' },
    { citation: C('(c)(1)b.'), wording: 'a law-enforcement agency that determines the notice will impede a criminal investigation may ask for a delay; the notice follows once the agency says it will not compromise the investigation' },
    { citation: C('(c)(1)c.'), wording: 'where the licensee could not, through reasonable diligence, identify within 60 days of the event that a customer\'s nonpublic information was included, it notifies as soon as practicable after the identification (unless substitute notice is given)' },
    { citation: C('(c)(3)'), wording: 'for a breach of email login credentials the licensee furnished, the notice may not go to that email address' },
  ],
  attorneyGeneralNotice: null,
  consumerReportingAgencyNotice: null,
  notEvaluated: {
    'attorney-general-notice': '6 Del. C. § 12B-102(d) asks for notice to the Attorney General when more than 500 Delaware residents are notified; whether it still reaches a licensee now that 18 Del. C. ch. 86 sets "the exclusive state standards for ... notification to, the Commissioner and consumers" (18 Del. C. § 8602(a)) is an open question for counsel (docs/legal-open-questions.md), so no date is shown',
    'data-owner-notice': '6 Del. C. § 12B-102(b) (a person maintaining data it does not own notifies the owner) beside 18 Del. C. § 8602(a): the same open question; no date is shown',
  },
  unconfirmed: [],
};
