/**
 * New Hampshire RSA 420-P:6, Notification of a cybersecurity event (2019, 309:1, eff. 2020-01-01), with the
 * investigation and record duties of RSA 420-P:5. Text: docs/law/NH/rsa-420-P-6.txt, docs/law/NH/rsa-420-P-3-5.txt.
 */
import type { DataSecurityNoticeLaw } from '../jurisdiction';

export const rsa420P_6: DataSecurityNoticeLaw = {
  title: 'RSA 420-P:6, notification of a cybersecurity event',
  citation: 'RSA 420-P:6',
  source: 'docs/law/NH/rsa-420-P-6.txt',
  effectiveFrom: '2020-01-01',
  regulator: { recipient: 'New Hampshire Insurance Commissioner' },
  regulatorNotice: {
    citation: 'RSA 420-P:6, I',
    businessDays: 3,
    wording: 'within 3 business days of a determination that a cybersecurity event has occurred',
    dueRulePrefix: 'within 3 business days of',
  },
  // I(a) speaks of "the cybersecurity event" without the words "nonpublic information"; I(b) requires that
  // "the nonpublic information involves 250 or more consumers residing in New Hampshire".
  homeStateCriterion: { citation: 'RSA 420-P:6, I(a)', requiresNonpublicInformation: false, requiresHarm: true },
  residentsCriterion: { citation: 'RSA 420-P:6, I(b)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'RSA 420-P:6, I(b)(1)' },
  thirdParty: {
    citation: 'RSA 420-P:6, IV(a)',
    clockCitation: 'RSA 420-P:6, IV(b)',
    providerNoticeExcuses: { citation: 'RSA 420-P:6, IV(a)' },
    agreements: {
      citation: 'RSA 420-P:6, IV(c)',
      wording: 'nothing prevents or abrogates an agreement between a licensee and another licensee, a third-party service provider or any other party to fulfill the notice requirements',
    },
  },
  investigation: {
    citation: 'RSA 420-P:5, II',
    items: [
      { item: '(a)', citation: 'RSA 420-P:5, II(a)', text: 'Determine whether a cybersecurity event has occurred' },
      { item: '(b)', citation: 'RSA 420-P:5, II(b)', text: 'Assess the nature and scope of the cybersecurity event' },
      { item: '(c)', citation: 'RSA 420-P:5, II(c)', text: 'Identify any nonpublic information that may have been involved in the cybersecurity event' },
      { item: '(d)', citation: 'RSA 420-P:5, II(d)', text: 'Perform or oversee reasonable measures to restore the security of the information systems compromised in the cybersecurity event' },
    ],
  },
  recordRetention: {
    citation: 'RSA 420-P:5, IV',
    years: 5,
    wording: 'maintain records concerning all cybersecurity events for a period of at least 5 years from the date of the cybersecurity event and produce those records upon demand of the commissioner',
  },
  // The NH exceptions section was not found (docs/law/README.md): nothing is assumed for HIPAA licensees.
  hipaaException: null,
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
      { item: '(g)', citation: 'RSA 420-P:6, II(g)', text: 'Description of the specific types of information acquired without authorization. Specific types of information means particular data elements including, for example, types of medical information, types of financial information, or types of information allowing identification of the consumer', answers: ['informationTypes'] },
      { item: '(h)', citation: 'RSA 420-P:6, II(h)', text: 'The period during which the information system was compromised by the cybersecurity event', answers: ['compromisedPeriod'] },
      { item: '(i)', citation: 'RSA 420-P:6, II(i)', text: 'The number of total consumers in this state affected by the cybersecurity event. The licensee shall provide the best estimate in the initial report to the commissioner and update this estimate with each subsequent report to the commissioner pursuant to this section', answers: ['consumersInState'] },
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
