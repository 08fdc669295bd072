/**
 * New Hampshire RSA 420-P:6, Notification of a cybersecurity event (2019, 309:1, eff. 2020-01-01).
 * Text: shared/seeds/nh-rsa-420-P-6.txt.
 */
import type { DataSecurityNoticeLaw } from '../jurisdiction';

export const rsa420P_6: DataSecurityNoticeLaw = {
  title: 'RSA 420-P:6, notification of a cybersecurity event',
  citation: 'RSA 420-P:6',
  effectiveFrom: '2020-01-01',
  regulator: { recipient: 'New Hampshire Insurance Commissioner', timeZone: 'America/New_York' },
  regulatorNotice: {
    citation: 'RSA 420-P:6, I',
    businessDays: 3,
    wording: 'within 3 business days of a determination that a cybersecurity event has occurred',
    // Paragraph I(a) speaks of "the cybersecurity event" without the words "nonpublic information".
    requiresNonpublicInformation: false,
  },
  homeStateCriterion: { citation: 'RSA 420-P:6, I(a)' },
  residentsCriterion: { citation: 'RSA 420-P:6, I(b)', residentsAtLeast: 250 },
  thirdParty: {
    citation: 'RSA 420-P:6, IV(a)',
    clockCitation: 'RSA 420-P:6, IV(b)',
    providerNoticeExcuses: { citation: 'RSA 420-P:6, IV(a)' },
  },
  assumingInsurer: {
    citation: 'RSA 420-P:6, V(a)(1)',
    businessDays: 3,
    providerClockCitation: 'RSA 420-P:6, V(b)(1)',
    cedingInsurersKeepConsumerDuties: { citation: 'RSA 420-P:6, V(a)(2), V(b)(2)' },
    noOtherNoticeDuties: { citation: 'RSA 420-P:6, V(c)' },
  },
  consumerNoticeCopy: {
    citation: 'RSA 420-P:6, III',
    wording: 'provide a copy of the notice sent to consumers under RSA 359-C:20 to the commissioner (no date in the statute)',
  },
  // Paragraph II: "as much of the following information as possible", in electronic form as directed.
  noticeContents: {
    citation: 'RSA 420-P:6, II',
    wording: 'provide as much of the following information as possible, in electronic form as directed by the commissioner',
    items: [
      { item: '(a)', citation: 'RSA 420-P:6, II(a)', text: 'Date of the cybersecurity event', answers: ['eventDate'] },
      { item: '(b)', citation: 'RSA 420-P:6, II(b)', text: 'Description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', answers: ['exposure'] },
      { item: '(c)', citation: 'RSA 420-P:6, II(c)', text: 'How the cybersecurity event was discovered', answers: ['discovery'] },
      { item: '(d)', citation: 'RSA 420-P:6, II(d)', text: 'Whether any lost, stolen, or breached information has been recovered and, if so, how this was done', answers: ['recovery'] },
      { item: '(e)', citation: 'RSA 420-P:6, II(e)', text: 'The identity of the source of the cybersecurity event', answers: ['source'] },
      { item: '(f)', citation: 'RSA 420-P:6, II(f)', text: 'Whether the licensee has filed a police report or has notified any regulatory, government, or law enforcement agencies and, if so, when such notification was provided', answers: ['agencyNotices'] },
      { item: '(g)', citation: 'RSA 420-P:6, II(g)', text: 'Description of the specific types of information acquired without authorization', answers: ['informationTypes'] },
      { item: '(h)', citation: 'RSA 420-P:6, II(h)', text: 'The period during which the information system was compromised by the cybersecurity event', answers: ['compromisedPeriod'] },
      { item: '(i)', citation: 'RSA 420-P:6, II(i)', text: 'The number of total consumers in this state affected by the cybersecurity event (best estimate, updated with each subsequent report)', answers: ['consumersInState'] },
      { item: '(j)', citation: 'RSA 420-P:6, II(j)', text: 'The results of any internal review identifying a lapse in either automated controls or internal procedures, or confirming that all automated controls or internal procedures were followed', answers: ['internalReview'] },
      { item: '(k)', citation: 'RSA 420-P:6, II(k)', text: 'Description of efforts being undertaken to remediate the situation which permitted the cybersecurity event to occur', answers: ['remediation'] },
      { item: '(l)', citation: 'RSA 420-P:6, II(l)', text: 'A copy of the licensee\'s privacy policy and a statement outlining the steps the licensee will take to investigate and notify consumers affected by the cybersecurity event', answers: ['privacyPolicy', 'investigationSteps'] },
      { item: '(m)', citation: 'RSA 420-P:6, II(m)', text: 'Name of a contact person who is both familiar with the cybersecurity event and authorized to act for the licensee', answers: ['contactPerson'] },
    ],
  },
  continuingUpdate: {
    citation: 'RSA 420-P:6, II',
    wording: 'continuing obligation to update and supplement notifications regarding material changes (no date in the statute); item (i), the consumer count, is updated with each report',
  },
  producerNotice: {
    citation: 'RSA 420-P:6, VI',
    rule: 'as-directed-by-regulator',
    wording: 'notify the producers of record of all affected consumers as soon as practicable as directed by the commissioner',
    excused: 'excused for consumers whose current producer of record the insurer does not have',
  },
};
