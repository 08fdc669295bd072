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
