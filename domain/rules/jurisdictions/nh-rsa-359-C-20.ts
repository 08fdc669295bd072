/**
 * New Hampshire RSA 359-C:20, notice of security breach, as RSA 420-P:6 III takes it in
 * (I(a) and (c), II-IV and VI). Text: docs/law/NH/rsa-359-C-20.txt: I(a)-(c) read verbatim (lawserver,
 * 2023); paragraph VI (consumer reporting agencies) known from the NH DOJ page and an unverified copy.
 */
import type { ConsumerBreachNoticeLaw } from '../jurisdiction';

export const rsa359C_20: ConsumerBreachNoticeLaw = {
  title: 'RSA 359-C:20, notice of security breach',
  citation: 'RSA 359-C:20',
  source: 'docs/law/NH/rsa-359-C-20.txt',
  effectiveFrom: '2007-01-01',
  dataOwnerNotice: {
    citation: 'RSA 359-C:20, I(c)',
    wording: 'notify and cooperate with the owner or licensee of the information immediately following discovery, if the personal information was acquired by an unauthorized person (no fixed number of days: "immediately")',
  },
  // Paragraphs II-V are not in hand (docs/law/NH/rsa-359-C-20.txt): no condition is presented as their text.
  conditions: [],
  consumerNotice: {
    citation: 'RSA 359-C:20, I(a)',
    recipient: 'affected New Hampshire residents',
    wording: 'as soon as possible, once misuse has occurred, is reasonably likely, or cannot be ruled out (no fixed number of days)',
  },
  // I(b) (notice to the Attorney General or primary regulator) is NOT taken in by RSA 420-P:6 III.
  attorneyGeneralNotice: null,
  consumerReportingAgencyNotice: {
    citation: 'RSA 359-C:20, VI (paragraph number unconfirmed)',
    moreThanConsumers: 1000,
    recipient: 'every nationwide consumer reporting agency',
    wording: 'of the anticipated date of the consumer notice and the approximate number notified (no fixed number of days)',
  },
  unconfirmed: [
    'a "not later than 60 days" reading appears only in an unverified copy',
    'whether a licensee also owes the I(b) notice on its own footing',
  ],
};
