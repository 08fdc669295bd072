/**
 * Illinois Insurance Data Security Law, 215 ILCS 215/20 (P.A. 103-142, eff. 2024-01-01): notification of a
 * cybersecurity event. In hand: (a) in full, (b)(1)-(6) and a closing fragment (electronic form, the duty to update,
 * an assuming insurer's provider paragraph), and § 15 (investigation, records kept 5 years):
 * docs/law/IL/215-ilcs-215-20-parts.md. The definitions (§ 5) are not in hand, so an assuming insurer domiciled
 * elsewhere is not taken out. Holidays (205 ILCS 630/17) not applied.
 */
import { noticeItem, type PartialJurisdiction } from '../../jurisdiction';
import { holidaysNotInHand } from '../holidays-not-in-hand';

const C = (x: string) => `215 ILCS 215/20${x}`;

export const illinois: PartialJurisdiction = {
  state: 'IL',
  name: 'Illinois',
  holidays: holidaysNotInHand('IL', 'Illinois', '205 ILCS 630/17', [
    "New Year's Day", 'Martin Luther King Jr. Day', "Lincoln's Birthday", "Washington's Birthday", 'Casimir Pulaski Day', 'Memorial Day',
    'Juneteenth', 'Independence Day', 'Labor Day', 'Columbus Day', 'Election Day', 'Veterans Day', 'Thanksgiving Day', 'Christmas Day',
  ]),
  dataSecurity: {
    title: '215 ILCS 215/20, notification of a cybersecurity event',
    citation: C(''),
    source: 'docs/law/IL/215-ilcs-215-20-parts.md',
    effectiveFrom: '2024-01-01',
    regulator: { recipient: 'Illinois Director of Insurance' },
    regulatorNotice: {
      citation: C('(a)'),
      businessDays: 3,
      wording: 'as promptly as possible but no later than 3 business days after a determination that a cybersecurity event has occurred',
      dueRulePrefix: 'as promptly as possible but no later than 3 business days after',
    },
    homeStateCriterion: { citation: C('(a)(1)'), requiresNonpublicInformation: false, requiresHarm: true },
    residentsCriterion: { citation: C('(a)(2)'), residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: C('(a)(2)(A)') },
    thirdParty: null,
    assumingInsurer: null,
    noticeContents: {
      citation: C('(b)'),
      wording: 'as much of the following information as possible, in electronic form as directed by the Director (items from (7) on are not in hand)',
      items: [
        noticeItem('(1)', C('(b)(1)'), 'the date of the cybersecurity event', ['eventDate']),
        noticeItem('(2)', C('(b)(2)'), 'a description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', ['exposure']),
        noticeItem('(3)', C('(b)(3)'), 'how the cybersecurity event was discovered', ['discovery']),
        noticeItem('(4)', C('(b)(4)'), 'whether any lost, stolen, or breached information has been recovered and if so, how it was recovered', ['recovery']),
        noticeItem('(5)', C('(b)(5)'), 'the identity of the source of the cybersecurity event', ['source']),
        noticeItem('(6)', C('(b)(6)'), 'whether the licensee has filed a police report or has notified any regulatory, government, or law enforcement agencies and, if so, when such notification was provided', ['agencyNotices']),
      ],
    },
    partialText: {
      inHand: '215 ILCS 215/20(a), (b)(1)-(6) and its closing sentences, with § 15',
      conditions: [],
      continuingUpdate: {
        citation: C(' (closing fragment; subsection letter not in hand)'),
        wording: 'continuing obligation to update and supplement initial and subsequent notifications to the Director regarding material changes to previously provided information relating to the cybersecurity event (no date in the statute)',
      },
      recordRetention: {
        citation: '215 ILCS 215/15(d)',
        years: 5,
        wording: 'maintain records concerning all cybersecurity events for a period of at least 5 years from the date of the cybersecurity event and produce those records upon demand of the Director',
      },
      // The only assuming-insurer paragraph in hand: an event held by its third-party service provider (the own-event paragraph is not).
      assumingInsurerViaProvider: {
        citation: C(' (closing fragment: assuming insurer, third-party service provider)'),
        businessDays: 3,
        wording: 'the assuming insurer shall notify its affected ceding insurers and the Director of its state of domicile within 3 business days after receiving notice from its third-party service provider that a cybersecurity event has occurred',
        cedingInsurersKeepConsumerDuties: { citation: C(' (closing fragment: ceding insurers)') },
      },
    },
  },
};
