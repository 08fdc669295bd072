/**
 * Alaska, AS 21.23.280 (SLA 2024, ch. 39, eff. 2025-01-01): notification of a cybersecurity event. Only (a) and
 * (b)(1)-(5) are in hand (docs/law/AK/as-21.23.280-beginning.md): the regulator notice is computed from them; every
 * other duty is not evaluated, save the records of AS 21.23.270(c). (1)-(2), the domicile or home state, carry no harm
 * test. "Licensee" leaves out an assuming insurer domiciled elsewhere (AS 21.23.399(6)(B)). Holidays (AS 44.12.010)
 * are from a secondary copy: not applied, every weekday counted.
 */
import { noticeItem, type PartialJurisdiction } from '../../jurisdiction';
import { holidaysNotInHand } from '../holidays-not-in-hand';

const SOURCE = 'docs/law/AK/as-21.23.280-beginning.md';

export const alaska: PartialJurisdiction = {
  state: 'AK',
  name: 'Alaska',
  holidays: holidaysNotInHand('AK', 'Alaska', 'AS 44.12.010', [
    "New Year's Day", 'Martin Luther King Jr. Day', "Presidents' Day", "Seward's Day", 'Memorial Day', 'Independence Day', 'Labor Day',
    'Alaska Day', 'Veterans Day', 'Thanksgiving Day', 'Christmas Day',
  ]),
  dataSecurity: {
    title: 'AS 21.23.280, notification of cybersecurity event',
    citation: 'AS 21.23.280',
    source: SOURCE,
    effectiveFrom: '2025-01-01',
    regulator: { recipient: 'Director of the Alaska Division of Insurance' },
    regulatorNotice: {
      citation: 'AS 21.23.280(a)',
      businessDays: 3,
      wording: 'as soon as possible and not later than three business days after the licensee determines that a cybersecurity event has occurred',
      dueRulePrefix: 'as soon as possible and not later than 3 business days after',
    },
    homeStateCriterion: { citation: 'AS 21.23.280(a)(1)-(2)', requiresNonpublicInformation: false, requiresHarm: false },
    residentsCriterion: { citation: 'AS 21.23.280(a)(3)', residentsAtLeast: 250, requiresNonpublicInformation: true, governmentNoticeCitation: 'AS 21.23.280(a)(3)(A)' },
    licensees: {
      citation: 'AS 21.23.399(6)(B)',
      roles: ['insurer', 'producer', 'other-licensee'],
      domesticAssumingInsurer: true,
      wording: '"licensee" does not include "a licensee that is acting as an assuming insurer that is domiciled in another state or jurisdiction"',
    },
    thirdParty: null,
    assumingInsurer: null,
    noticeContents: {
      citation: 'AS 21.23.280(b)',
      wording: 'to the greatest extent possible and in a form and format prescribed by the director (items from (6) on are not in hand)',
      items: [
        noticeItem('(1)', 'AS 21.23.280(b)(1)', 'the date of the cybersecurity event', ['eventDate']),
        noticeItem('(2)', 'AS 21.23.280(b)(2)', 'a description of how nonpublic information was exposed, lost, stolen, or breached, including the specific roles and responsibilities of third-party service providers, if any', ['exposure']),
        noticeItem('(3)', 'AS 21.23.280(b)(3)', 'an explanation of how the cybersecurity event was discovered', ['discovery']),
        noticeItem('(4)', 'AS 21.23.280(b)(4)', 'whether the lost, stolen, or breached nonpublic information has been recovered and, if so, how the nonpublic information was recovered', ['recovery']),
        noticeItem('(5)', 'AS 21.23.280(b)(5)', 'the identity of the source of the cybersecurity event', ['source']),
      ],
    },
    partialText: {
      inHand: 'AS 21.23.280(a) and (b)(1)-(5), with AS 21.23.270 and AS 21.23.399(6)',
      conditions: [{ citation: 'AS 21.23.280(a)', wording: 'the notice is not given while "a federal law enforcement official instructs the licensee not to distribute information regarding a cybersecurity event"' }],
      continuingUpdate: null,
      recordRetention: {
        citation: 'AS 21.23.270(c)',
        years: 5,
        wording: 'maintain records concerning all cybersecurity events for a period of at least five years from the date of the cybersecurity event and produce the records at the request of the director',
      },
    },
  },
};
