/**
 * Missouri RSMo 407.1500, breach of security (consumer, attorney-general and consumer-reporting-agency
 * notices). NOT in shared/seeds: relied on as research-rules.md §c summarises it (definitions read
 * verbatim; subsection 2 known only from summaries). The 1,000-consumer figure lives only here.
 */
import type { ConsumerBreachNoticeLaw } from '../jurisdiction';

export const rsmo407_1500: ConsumerBreachNoticeLaw = {
  title: 'RSMo 407.1500, notice of breach of security',
  citation: 'RSMo 407.1500',
  consumerNotice: {
    citation: 'RSMo 407.1500.2(1)',
    recipient: 'affected Missouri consumers',
    wording: 'without unreasonable delay, following discovery or notification of the breach (no fixed number of days)',
  },
  attorneyGeneralNotice: {
    citation: 'RSMo 407.1500.2(8) (paragraph number per summaries, unconfirmed)',
    moreThanConsumers: 1000,
    recipient: 'Missouri Attorney General, Consumer Protection',
    wording: 'without unreasonable delay, of the timing, distribution and content of the consumer notice (no fixed number of days)',
  },
  consumerReportingAgencyNotice: {
    citation: 'RSMo 407.1500.2(8) (paragraph number per summaries, unconfirmed)',
    moreThanConsumers: 1000,
    recipient: 'every nationwide consumer reporting agency',
    wording: 'without unreasonable delay, of the timing, distribution and content of the consumer notice (no fixed number of days)',
  },
  unconfirmed: [
    'subsection 2 is known only from summaries (dwt.com, itechlaw.org)',
    'no notice is owed if, after investigation or consultation with law enforcement, identity theft or fraud is found not reasonably likely; that finding must be documented and kept 5 years',
  ],
};
