/** Filings with a regulator, kept with what they reported, and the report inputs the `reportSource` query returns. */
import type { Actor } from '../actor';
import type { ObligationCompleted } from '../messages';
import type { ObligationKind } from '../../rules/planner';
import { type ObligationStatus, type ReportSnapshot, type ReportSource } from '../status';
import { clone, type IncidentState } from './state';
import { statusView } from './effects';

/** Completions that are filings with a regulator, kept with what they reported (for supplements). */
export const FILED_KINDS: readonly ObligationKind[] = ['regulator-notice', 'regulator-notice-bulletin', 'regulator-update'];

export function recordFiling(state: IncidentState, o: ObligationStatus, m: ObligationCompleted, recordedBy?: Actor): void {
  const track = o.kind === 'regulator-update' ? `${o.jurisdiction}/regulator-notice` : o.id;
  const filings = (state.filings ??= []);
  filings.push({
    obligationId: o.id,
    track,
    number: filings.filter((f) => f.track === track).length,
    filedAt: m.completedAt,
    ...(m.reference ? { reference: m.reference } : {}),
    ...(recordedBy ? { recordedBy } : {}),
    snapshot: reportSnapshot(state),
  });
}

/** The incident and its news as they stand: what a notice drafted now reports. */
export function reportSnapshot(state: IncidentState): ReportSnapshot {
  return clone({
    incident: state.incident,
    obligations: state.status.obligations.map((o) => ({
      id: o.id,
      kind: o.kind,
      jurisdiction: o.jurisdiction,
      recipient: o.recipient,
      state: o.state,
      completedAt: o.completedAt,
      ...(o.reference ? { reference: o.reference } : {}),
    })),
    followUps: (state.status.followUps ?? []).map((f) => ({
      id: f.id,
      title: f.title,
      citation: f.citation,
      feeds: f.feeds,
      state: f.state,
      completedAt: f.completedAt,
      ...(f.outcome ? { outcome: f.outcome } : {}),
    })),
    consumerNoticeScheduled: state.facts.consumerNoticeScheduled ?? {},
  });
}

/** What the `reportSource` query returns. */
export function reportSource(state: IncidentState): ReportSource {
  return { incidentId: state.status.incidentId, title: state.status.title, status: statusView(state), current: reportSnapshot(state), filings: state.filings ?? [] };
}
