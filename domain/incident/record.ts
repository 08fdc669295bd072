/**
 * The record of a cybersecurity event that the law says to keep and produce on demand (RSMo 375.1407.4:
 * at least 3 years; RSA 420-P:5 IV: at least 5): the facts, the plan with its basis, every message with its
 * actor, every email sent, each filing with what it reported, and the close-out. Written on each filing
 * and on close, so it outlives both Temporal's retention and a worker's disk. Pure (bundled into the workflow).
 */
import type { IncidentState } from './state';
import { reportSource } from './state';
import type { ReportSource } from './status';

export interface IncidentRecord {
  incidentId: string;
  /** 1, 2, ...: each export is a new immutable version. */
  version: number;
  /** Why this version was written: a filing, or the close. */
  reason: string;
  /** The incident, its plan and audit trail, filings and follow-ups, as the report is drawn from. */
  source: ReportSource;
}

/** How many record versions the incident's history calls for: one per filing, one more once closed. */
export function recordVersionsDue(state: IncidentState): number {
  return (state.filings?.length ?? 0) + (state.status.phase === 'closed' ? 1 : 0);
}

export function incidentRecord(state: IncidentState, version: number): IncidentRecord {
  const filings = state.filings ?? [];
  const reason = version <= filings.length ? `filing ${filings[version - 1].obligationId} at ${filings[version - 1].filedAt}` : 'incident closed';
  return { incidentId: state.status.incidentId, version, reason, source: reportSource(state) };
}
