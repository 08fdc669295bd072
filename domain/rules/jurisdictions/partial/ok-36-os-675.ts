/**
 * Oklahoma Insurance Data Security Act, 36 O.S. § 675 (2024 Okla. Sess. Laws ch. 346, eff. 2024-07-01). In hand:
 * (A) in full and the lead-in of (B) with its duty to update (docs/law/OK/36-os-675-beginning.md). The Department
 * reports small licensees "exempt from the Act" under §§ 672(9) and 678, whose text is not in hand: named, never
 * applied. Holidays (25 O.S. § 82.1) not applied.
 */
import type { PartialJurisdiction } from '../../jurisdiction';
import { holidaysNotInHand } from '../holidays-not-in-hand';

export const oklahoma: PartialJurisdiction = {
  state: 'OK',
  name: 'Oklahoma',
  holidays: holidaysNotInHand('OK', 'Oklahoma', '25 O.S. § 82.1', [
    "New Year's Day", 'Martin Luther King Jr. Day', "Presidents' Day", 'Memorial Day', 'Independence Day', 'Labor Day', 'Veterans Day',
    'Thanksgiving Day', 'Day after Thanksgiving Day', 'Christmas Eve', 'Christmas Day',
  ]),
  dataSecurity: {
    title: '36 O.S. § 675, notification of cybersecurity event',
    citation: '36 O.S. § 675',
    source: 'docs/law/OK/36-os-675-beginning.md',
    effectiveFrom: '2024-07-01',
    regulator: { recipient: 'Oklahoma Insurance Commissioner' },
    regulatorNotice: {
      citation: '36 O.S. § 675(A)',
      businessDays: 3,
      wording: 'without unreasonable delay, but not later than three business days, from a determination',
      dueRulePrefix: 'without unreasonable delay, but not later than 3 business days after',
    },
    // (A) opens with "a cybersecurity event involving nonpublic information"; (1) harm to operations or a resident.
    homeStateCriterion: { citation: '36 O.S. § 675(A)(1)', requiresNonpublicInformation: true, requiresHarm: true },
    residentsCriterion: { citation: '36 O.S. § 675(A)(2)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: '36 O.S. § 675(A)(2)(a)' },
    exemptions: [
      {
        citation: '36 O.S. §§ 672(9), 678 (text not in hand)',
        wording: 'the Insurance Department lists licensees with less than $5 million in gross annual revenue, among others, as "exempt from the Act"; the sections are not in hand, so the notice is kept',
      },
    ],
    thirdParty: null,
    assumingInsurer: null,
    noticeContents: { citation: '36 O.S. § 675(B)', wording: 'as much of the following information as possible, electronically in the manner and form prescribed by the Commissioner, along with any applicable fees (the items are not in hand)', items: [] },
    partialText: {
      inHand: '36 O.S. § 675(A) and the lead-in of (B)',
      conditions: [],
      continuingUpdate: {
        citation: '36 O.S. § 675(B)',
        wording: 'continuing obligation to update and supplement initial and subsequent notifications to the Commissioner regarding material changes to previously provided information relating to the cybersecurity event (no date in the statute)',
      },
    },
  },
};
