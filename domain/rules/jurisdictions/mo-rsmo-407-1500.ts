/**
 * Missouri RSMo 407.1500, breach of security (consumer, attorney-general, consumer-reporting-agency and
 * data-owner notices). Text: docs/law/MO/rsmo-407.1500.txt (in force since 2009-08-28, HB 62). The
 * 1,000-consumer figure lives only here.
 */
import type { ConsumerBreachNoticeLaw } from '../jurisdiction';

export const rsmo407_1500: ConsumerBreachNoticeLaw = {
  title: 'RSMo 407.1500, notice of breach of security',
  citation: 'RSMo 407.1500',
  source: 'docs/law/MO/rsmo-407.1500.txt',
  effectiveFrom: '2009-08-28',
  consumerNotice: {
    citation: 'RSMo 407.1500.2(1)',
    recipient: 'affected Missouri consumers',
    wording: 'following discovery or notification of the breach, made without unreasonable delay (no fixed number of days)',
  },
  dataOwnerNotice: {
    citation: 'RSMo 407.1500.2(2)',
    wording: 'notify the owner or licensee of the information of any breach of security immediately following discovery of the breach, consistent with the legitimate needs of law enforcement (no fixed number of days: "immediately")',
  },
  conditions: [
    {
      citation: 'RSMo 407.1500.2(3)',
      wording: 'the notice may be delayed if a law enforcement agency informs the person that notification may impede a criminal investigation or jeopardize national or homeland security (request in writing or documented contemporaneously); then it is given without unreasonable delay once the agency says so',
    },
    {
      citation: 'RSMo 407.1500.2(5)',
      wording: 'no notification is required if, after an appropriate investigation or consultation with law enforcement, the person determines that a risk of identity theft or other fraud to any consumer is not reasonably likely; that determination is documented in writing and kept for five years',
    },
    {
      citation: 'RSMo 407.1500.3',
      wording: 'deemed compliance: a person with its own consistent notice procedures, a person regulated by a primary or functional regulator that follows its procedures, and a financial institution under the Interagency Guidance, NCUA Part 748 or GLBA Title V, notifying consumers under those procedures',
    },
  ],
  attorneyGeneralNotice: {
    citation: 'RSMo 407.1500.2(8)',
    moreThanConsumers: 1000,
    recipient: 'Missouri Attorney General, Consumer Protection',
    wording: 'without unreasonable delay, of the timing, distribution and content of the consumer notice (no fixed number of days)',
  },
  consumerReportingAgencyNotice: {
    citation: 'RSMo 407.1500.2(8)',
    moreThanConsumers: 1000,
    recipient: 'every nationwide consumer reporting agency',
    wording: 'without unreasonable delay, of the timing, distribution and content of the consumer notice (no fixed number of days)',
  },
  unconfirmed: [],
};
