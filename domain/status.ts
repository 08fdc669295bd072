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
  /** Escalation ladder position once overdue: 0 = owner and first contact; null = not escalating. */
  escalationRung: number | null;
  /** Why a continuing duty is owed again (for example a new consumer count after filing). */
  note?: string;
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
  /** Temporal runs of this incident, first to last (continue-as-new starts a new run). */
  runIds: string[];
}
