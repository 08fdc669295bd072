/**
 * Missouri RSMo 375.1410, Notification of a cybersecurity event (HB 974 (2025), in force 2026-01-01),
 * with the investigation and record duties of 375.1407 and the HIPAA exception of 375.1417.1(2).
 * Text: docs/law/MO/rsmo-375.1410-seed.txt and docs/law/MO/rsmo-375.1400-1430.txt.
 */
import type { DataSecurityNoticeLaw } from '../jurisdiction';

export const rsmo375_1410: DataSecurityNoticeLaw = {
  title: 'RSMo 375.1410, notification of a cybersecurity event',
  citation: 'RSMo 375.1410',
  source: 'docs/law/MO/rsmo-375.1410-seed.txt',
  effectiveFrom: '2026-01-01',
  regulator: { recipient: 'Missouri Director of Commerce and Insurance' },
  regulatorNotice: {
    citation: 'RSMo 375.1410.1',
    businessDays: 4,
    wording: 'as promptly as practicable, but in no event later than four business days, from a determination',
    dueRulePrefix: 'as promptly as practicable, but in no event later than 4 business days after',
  },
  // Subsection 1 opens with "a cybersecurity event involving nonpublic information": both criteria need it.
  homeStateCriterion: { citation: 'RSMo 375.1410.1(1)', requiresNonpublicInformation: true, requiresHarm: true },
  residentsCriterion: { citation: 'RSMo 375.1410.1(2)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'RSMo 375.1410.1(2)(a)' },
  licensees: {
    citation: 'RSMo 375.1402(10)',
    roles: ['insurer', 'producer', 'other-licensee'],
    domesticAssumingInsurer: true,
    wording: '"licensee" does not include "a licensee that is acting as an assuming insurer that is domiciled in another state or jurisdiction"',
  },
  thirdParty: {
    citation: 'RSMo 375.1410.4(1)',
    clockCitation: 'RSMo 375.1410.4(2)',
    providerNoticeExcuses: null,
    agreements: {
      citation: 'RSMo 375.1410.4(3)',
      wording: 'nothing prevents or abrogates an agreement between a licensee and another licensee, a third-party service provider, or any other party to fulfill the notice requirements',
    },
  },
  investigation: {
    citation: 'RSMo 375.1407.2',
    items: [
      { item: '(1)', citation: 'RSMo 375.1407.2(1)', text: 'Determine whether a cybersecurity event has occurred' },
      { item: '(2)', citation: 'RSMo 375.1407.2(2)', text: 'Assess the nature and scope of the cybersecurity event' },
      { item: '(3)', citation: 'RSMo 375.1407.2(3)', text: 'Identify any nonpublic information that may have been involved in the cybersecurity event' },
      { item: '(4)', citation: 'RSMo 375.1407.2(4)', text: 'Perform or oversee reasonable measures to restore the security of the information systems compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: 'RSMo 375.1407.4',
    years: 3,
    wording: 'maintain records concerning all cybersecurity events for a period of at least three years from the date of the cybersecurity event and produce those records upon demand of the director',
  },
  hipaaException: {
    citation: 'RSMo 375.1417.1(2)',
    wording: 'a licensee governed by the HIPAA/HITECH rules (45 CFR 160 and 164) that keeps nonpublic information as protected health information is deemed to comply with the act "except for the director notification requirements in subsections 1 and 2 of section 375.1410": the director notice and its contents are still owed',
  },
  assumingInsurer: {
    citation: 'RSMo 375.1410.5(1)(a)',
    businessDays: 3,
    providerClockCitation: 'RSMo 375.1410.5(2)(a)',
    cedingInsurersKeepConsumerDuties: { citation: 'RSMo 375.1410.5(1)(b), 5(2)(b)' },
    // "no other notice obligations relating to a cybersecurity event or other data breach under this section or any other law of the state".
    noOtherNoticeDuties: { citation: 'RSMo 375.1410.5(1)(c)' },
  },
  consumerNoticeCopy: {
    citation: 'RSMo 375.1410.3',
    wording: 'provide a copy of the notice sent to consumers under section 407.1500 to the director (no date in the statute)',
  },
  // Subsection 2: "as much of the following information as practicable", never consumers' nonpublic information.
  noticeContents: {
    citation: 'RSMo 375.1410.2',
    wording:
      'provide as much of the following information as practicable, in electronic form as directed by the director; the licensee "shall not release to the state or any other entity nonpublic information of the consumer unless given written authority by the consumer or otherwise required by law"',
    items: [
      { item: '(1)', citation: 'RSMo 375.1410.2(1)', text: 'The date of the cybersecurity event', answers: ['eventDate'] },
      { item: '(2)', citation: 'RSMo 375.1410.2(2)', text: 'A description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', answers: ['exposure'] },
      { item: '(3)', citation: 'RSMo 375.1410.2(3)', text: 'How the cybersecurity event was discovered', answers: ['discovery'] },
      { item: '(4)', citation: 'RSMo 375.1410.2(4)', text: 'Whether any exposed, lost, stolen, or breached information has been recovered and if so, how this was done', answers: ['recovery'] },
      { item: '(5)', citation: 'RSMo 375.1410.2(5)', text: 'The identity of the source of the cybersecurity event', answers: ['source'] },
      { item: '(6)', citation: 'RSMo 375.1410.2(6)', text: 'Whether the licensee has filed a police report or has notified any regulatory, government, or law enforcement agencies and, if so, when such notification was provided', answers: ['agencyNotices'] },
      { item: '(7)', citation: 'RSMo 375.1410.2(7)', text: 'A description of the specific types of information acquired without authorization. "Specific types of information" means particular data elements including, for example, types of medical information, types of financial information, or types of information allowing identification of the consumer', answers: ['informationTypes'] },
      { item: '(8)', citation: 'RSMo 375.1410.2(8)', text: 'The period during which the information system was compromised by the cybersecurity event', answers: ['compromisedPeriod'] },
      { item: '(9)', citation: 'RSMo 375.1410.2(9)', text: 'The number of total consumers in this state affected by the cybersecurity event. The licensee shall provide the best estimate in the initial report to the director and update this estimate with each subsequent report to the director under this section', answers: ['consumersInState'] },
      { item: '(10)', citation: 'RSMo 375.1410.2(10)', text: 'The results of any internal review identifying a lapse in either automated controls or internal procedures, or confirming that all automated controls or internal procedures were followed', answers: ['internalReview'] },
      { item: '(11)', citation: 'RSMo 375.1410.2(11)', text: 'A description of the efforts being undertaken to remediate the situation that permitted the cybersecurity event to occur', answers: ['remediation'] },
      { item: '(12)', citation: 'RSMo 375.1410.2(12)', text: 'A copy of the licensee\'s privacy policy and a statement outlining the steps the licensee will take to investigate and notify consumers affected by the cybersecurity event', answers: ['privacyPolicy', 'investigationSteps'] },
      { item: '(13)', citation: 'RSMo 375.1410.2(13)', text: 'The name of a contact person who is both familiar with the cybersecurity event and authorized to act for the licensee', answers: ['contactPerson'] },
    ],
  },
  continuingUpdate: {
    citation: 'RSMo 375.1410.2',
    wording: 'continuing obligation to update and supplement notifications regarding material changes (no date in the statute); item (9), the consumer count, is re-estimated with each report',
  },
  producerNotice: {
    citation: 'RSMo 375.1410.6',
    rule: 'no-later-than-consumer-notice',
    wording: 'notify the producers of record of all affected consumers no later than the time at which notice is provided to the affected consumers',
    excused: 'excused for consumers whose current producer of record the insurer does not have',
    // "and for which consumer notice is required by law, including section 407.1500": any law, not Missouri's alone.
    consumerNoticeUnderAnyLaw: true,
  },
};
