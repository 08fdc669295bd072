/**
 * The opening email's consumer table (issue #26): per state, the consumer notice (its date or its words, with the
 * section) and the notices to the Attorney General and the consumer reporting agencies that go with it, so a
 * compliance lead sees the consumer side at a glance. No consumer data: no counts, no names (only ids, recipients
 * as the law names them, dates and sections). Pure; bundled into the workflow (types only from domain/rules).
 */
import type { ObligationStatus } from './status';
import { stateName } from './states';
import { humanTime } from './time-words';

/** The consumer side's kinds, in the order a state's line lists them. */
const CONSUMER_SIDE = ['consumer-notice', 'attorney-general-notice', 'consumer-reporting-agency-notice'] as const;
const LABEL: Record<(typeof CONSUMER_SIDE)[number], string> = {
  'consumer-notice': 'Consumers',
  'attorney-general-notice': 'Attorney General',
  'consumer-reporting-agency-notice': 'Credit bureaus',
};

/** "due Fri 22 Jan 2027, 11:59 pm EST (Connecticut)", or the law's words where it gives no date. */
const when = (o: ObligationStatus) => (o.dueAt ? `by ${humanTime(o.dueAt, o.jurisdiction)}` : o.dueRule);
const done = (o: ObligationStatus) => (o.state === 'done' ? ' [done]' : '');

/** The part's lines, or none when no consumer-side notice is owed. */
export function consumerSide(obligations: ObligationStatus[]): string[] {
  const owed = obligations.filter((o) => (CONSUMER_SIDE as readonly string[]).includes(o.kind) && o.state !== 'not-applicable');
  if (!owed.length) return [];
  const states = [...new Set(owed.map((o) => o.jurisdiction))].sort((a, b) => stateName(a).localeCompare(stateName(b)));
  const lines = states.flatMap((st) => [
    `${stateName(st)}:`,
    ...CONSUMER_SIDE.flatMap((kind) =>
      owed.filter((o) => o.jurisdiction === st && o.kind === kind).map((o) => `  - ${LABEL[kind]}: ${when(o)} (${o.citation})${done(o)}`),
    ),
  ]);
  return ['', 'Consumers and attorneys general (general breach laws), by state:', ...lines];
}
