/**
 * Missouri RSMo 375.1410, Notification of a cybersecurity event (HB 974 (2025), in force 2026-01-01).
 * Text: shared/seeds/mo-rsmo-375.1410.txt.
 */
import type { DataSecurityNoticeLaw } from '../jurisdiction';

export const rsmo375_1410: DataSecurityNoticeLaw = {
  title: 'RSMo 375.1410, notification of a cybersecurity event',
  citation: 'RSMo 375.1410',
  effectiveFrom: '2026-01-01',
  regulator: { recipient: 'Missouri Director of Commerce and Insurance', timeZone: 'America/Chicago' },
  regulatorNotice: {
    citation: 'RSMo 375.1410.1',
    businessDays: 4,
    wording: 'as promptly as practicable, but in no event later than four business days, from a determination',
    requiresNonpublicInformation: true,
  },
  homeStateCriterion: { citation: 'RSMo 375.1410.1(1)' },
  residentsCriterion: { citation: 'RSMo 375.1410.1(2)', residentsAtLeast: 250 },
  thirdParty: {
    citation: 'RSMo 375.1410.4(1)',
    clockCitation: 'RSMo 375.1410.4(2)',
    providerNoticeExcuses: null,
  },
  assumingInsurer: {
    citation: 'RSMo 375.1410.5(1)(a)',
    businessDays: 3,
    providerClockCitation: 'RSMo 375.1410.5(2)(a)',
    cedingInsurersKeepConsumerDuties: { citation: 'RSMo 375.1410.5(1)(b), 5(2)(b)' },
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
      'provide as much of the following information as practicable, in electronic form as directed by the director; never nonpublic information of the consumer without written authority or unless required by law',
    items: [
      { item: '(1)', citation: 'RSMo 375.1410.2(1)', text: 'The date of the cybersecurity event', answers: ['eventDate'] },
      { item: '(2)', citation: 'RSMo 375.1410.2(2)', text: 'A description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', answers: ['exposure'] },
      { item: '(3)', citation: 'RSMo 375.1410.2(3)', text: 'How the cybersecurity event was discovered', answers: ['discovery'] },
      { item: '(4)', citation: 'RSMo 375.1410.2(4)', text: 'Whether any exposed, lost, stolen, or breached information has been recovered and if so, how this was done', answers: ['recovery'] },
      { item: '(5)', citation: 'RSMo 375.1410.2(5)', text: 'The identity of the source of the cybersecurity event', answers: ['source'] },
      { item: '(6)', citation: 'RSMo 375.1410.2(6)', text: 'Whether the licensee has filed a police report or has notified any regulatory, government, or law enforcement agencies and, if so, when such notification was provided', answers: ['agencyNotices'] },
      { item: '(7)', citation: 'RSMo 375.1410.2(7)', text: 'A description of the specific types of information acquired without authorization', answers: ['informationTypes'] },
      { item: '(8)', citation: 'RSMo 375.1410.2(8)', text: 'The period during which the information system was compromised by the cybersecurity event', answers: ['compromisedPeriod'] },
      { item: '(9)', citation: 'RSMo 375.1410.2(9)', text: 'The number of total consumers in this state affected by the cybersecurity event (best estimate, updated with each subsequent report)', answers: ['consumersInState'] },
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
  },
};
