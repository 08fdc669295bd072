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
