/**
 * Rhode Island, R.I. Gen. Laws § 27-1-47 (P.L. 2024, ch. 354, eff. 2025-01-01): notification of a cybersecurity event
 * by a domestic insurer. In hand: (a) in full and (b)(1)-(6) (docs/law/RI/rigl-27-1-47-beginning.md). Its (a) has
 * no residents test: a domestic insurer notifies when a notice is owed to a government body or harm is likely. The
 * same heading for foreign insurers, § 27-2-30, is not in hand: taken as owed for any Rhode Island residents affected,
 * the reading that owes the notice. Holidays (§ 25-1-1) not applied.
 */
import { noticeItem, type PartialJurisdiction } from '../../jurisdiction';
import { holidaysNotInHand } from '../holidays-not-in-hand';

const C = (x: string) => `R.I. Gen. Laws § 27-1-47${x}`;

export const rhodeIsland: PartialJurisdiction = {
  state: 'RI',
  name: 'Rhode Island',
  holidays: holidaysNotInHand('RI', 'Rhode Island', 'R.I. Gen. Laws § 25-1-1', [
    "New Year's Day", 'Martin Luther King Jr. Day', "Washington's Birthday", 'Memorial Day', 'Juneteenth', 'Independence Day',
    'Victory Day', 'Labor Day', 'Columbus Day', 'Veterans Day', 'Thanksgiving Day', 'Christmas Day',
  ]),
  dataSecurity: {
    title: 'R.I. Gen. Laws § 27-1-47, notification of a cybersecurity event',
    citation: C(''),
    source: 'docs/law/RI/rigl-27-1-47-beginning.md',
    effectiveFrom: '2025-01-01',
    regulator: { recipient: 'Rhode Island Insurance Commissioner (Department of Business Regulation)' },
    regulatorNotice: {
      citation: C('(a)'),
      businessDays: 3,
      wording: 'as promptly as possible but in no event later than three (3) business days from a determination that a cybersecurity event has occurred',
      dueRulePrefix: 'as promptly as possible but in no event later than 3 business days after',
    },
    // (a): "Each domestic insurer" when (1) a notice is owed to a government body or (2) harm is likely.
    homeStateCriterion: { citation: C('(a)(1)-(2)'), requiresNonpublicInformation: false, requiresHarm: true, orGovernmentNotice: true, governmentNoticeCitation: C('(a)(1)') },
    residentsCriterion: {
      citation: 'R.I. Gen. Laws § 27-2-30 (text not in hand)',
      residentsAtLeast: 1,
      requiresNonpublicInformation: false,
      notInHand: 'a foreign insurer\'s notice (R.I. Gen. Laws § 27-2-30, same heading) is not in hand: taken as owed for any Rhode Island residents affected, the reading that owes the notice',
    },
    licensees: { citation: C('(a)'), roles: ['insurer'], wording: 'the section reaches insurers ("Each domestic insurer"; § 27-2-30 for foreign insurers)' },
    thirdParty: null,
    assumingInsurer: null,
    noticeContents: {
      citation: C('(b)'),
      wording: 'as much of the following information as possible, in electronic form as directed by the commissioner (items from (7) on are not in hand)',
      items: [
        noticeItem('(1)', C('(b)(1)'), 'Date of the cybersecurity event', ['eventDate']),
        noticeItem('(2)', C('(b)(2)'), 'Description of how the information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', ['exposure']),
        noticeItem('(3)', C('(b)(3)'), 'How the cybersecurity event was discovered', ['discovery']),
        noticeItem('(4)', C('(b)(4)'), 'Whether any lost, stolen, or breached information has been recovered and if so, how this recovery was achieved', ['recovery']),
        noticeItem('(5)', C('(b)(5)'), 'The identity of the source of the cybersecurity event', ['source']),
        noticeItem('(6)', C('(b)(6)'), 'Whether the insurer has filed a police report or has notified any regulatory, government, or law enforcement agencies and, if so, when such notification was provided', ['agencyNotices']),
      ],
    },
    partialText: {
      inHand: 'R.I. Gen. Laws § 27-1-47(a) and (b)(1)-(6)',
      conditions: [],
      continuingUpdate: {
        citation: C('(b)'),
        wording: 'continuing obligation to update and supplement initial and subsequent notifications to the commissioner concerning the cybersecurity event (no date in the statute)',
      },
    },
  },
};
