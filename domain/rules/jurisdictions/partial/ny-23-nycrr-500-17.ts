/**
 * New York, 23 NYCRR § 500.17(a) (the DFS cybersecurity regulation, Part 500, as amended 2023): a regulation, not an
 * NAIC statute. Every covered entity (any New York licensee) notifies the superintendent within 72 hours of
 * determining that a "cybersecurity incident" occurred at it, its affiliates or a third-party service provider. In
 * hand: § 500.17(a)-(b) openings (docs/law/NY/23-nycrr-500.17-beginning.md); the definition of "cybersecurity
 * incident" (§ 500.1) only from a secondary quotation: every event is taken as one, the reading that owes the notice.
 */
import type { PartialJurisdiction } from '../../jurisdiction';
import { holidaysNotInHand } from '../holidays-not-in-hand';

export const newYork: PartialJurisdiction = {
  state: 'NY',
  name: 'New York',
  // An hour clock: no holiday moves it. The table exists for the calendar's other uses.
  holidays: holidaysNotInHand('NY', 'New York', 'N.Y. Gen. Constr. Law § 24', []),
  dataSecurity: {
    title: '23 NYCRR § 500.17(a), notice of cybersecurity incident',
    citation: '23 NYCRR § 500.17',
    source: 'docs/law/NY/23-nycrr-500.17-beginning.md',
    // § 500.17(a) applied from 2017-08-28 (secondary); the amended wording's compliance date is not verified.
    effectiveFrom: '2017-08-28',
    regulator: { recipient: 'New York Superintendent of Financial Services (Department of Financial Services)' },
    regulatorNotice: {
      citation: '23 NYCRR § 500.17(a)(1)',
      hours: 72,
      wording: 'as promptly as possible but in no event later than 72 hours after determining that a cybersecurity incident has occurred at the covered entity, its affiliates, or a third-party service provider',
      dueRulePrefix: 'as promptly as possible but in no event later than 72 hours after',
    },
    homeStateCriterion: {
      citation: '23 NYCRR § 500.17(a)(1)',
      requiresNonpublicInformation: false,
      requiresHarm: false,
      coveredEntity: 'every covered entity notifies; a licensee domiciled in New York is taken to be one',
    },
    residentsCriterion: {
      citation: '23 NYCRR §§ 500.1, 500.17(a)(1)',
      residentsAtLeast: 1,
      requiresNonpublicInformation: false,
      notInHand: 'every covered entity notifies; a licensee whose event affects New York residents is taken to be licensed in New York, and the event to be a "cybersecurity incident" (§ 500.1, not in hand): the reading that owes the notice',
    },
    licensees: { citation: '23 NYCRR § 500.1', roles: ['insurer', 'producer', 'other-licensee'], homeCriterionReachesOtherLicensees: true, wording: 'every covered entity (a person operating under a license or similar authorization under the Insurance Law, among others)' },
    thirdParty: null,
    assumingInsurer: null,
    noticeContents: { citation: '23 NYCRR § 500.17(a)(1)', wording: "electronically in the form set forth on the department's website", items: [] },
    partialText: {
      inHand: '23 NYCRR § 500.17(a) and the opening of (b)',
      conditions: [],
      continuingUpdate: {
        citation: '23 NYCRR § 500.17(a)(2)',
        wording: 'promptly provide to the superintendent any information requested regarding such incident, and a continuing obligation to update the superintendent with material changes or new information previously unavailable (no date in the regulation)',
      },
    },
  },
};
