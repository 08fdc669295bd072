/** What the `status` query returns (design.md §5). Plain data, shared by the workflow, CLI and console. */
import type { Obligation } from './planner';

export type ObligationState = 'pending' | 'done' | 'overdue' | 'not-applicable';
export type Phase = 'planning' | 'open' | 'closed';

export interface ObligationStatus extends Obligation {
  state: ObligationState;
  completedAt: string | null;
  completedBy?: string;
  reference?: string;
  remindersSent: number;
}

export interface AuditEvent {
  at: string;
  actor: string;
  type: string;
  detail: string;
}

export interface IncidentStatus {
  incidentId: string;
  title: string;
  phase: Phase;
  obligations: ObligationStatus[];
  notApplicable: Array<{ id: string; reason: string }>;
  uncovered: Array<{ state: string; residents: number; warning: string }>;
  nextWakeAt: string | null;
  overdue: string[];
  events: AuditEvent[];
}
