/** What the `status` query returns (docs/design.md §5). Plain data, shared by the workflow, CLI and console. */
import type { Actor } from './actor';
import type { FollowUpStatus } from './follow-ups';
import type { Incident } from './incident';
import type { InvestigationItemStatus } from './investigation';
import type { Obligation } from '../rules/planner';

/**
 * Record retention (RSMo 375.1407.4, RSA 420-P:5 IV) is a "keep until" date, not a deadline to act: it never
 * goes overdue, does not block closing, and is kept off reminders, the timeline and the deadline table.
 */
export const isRecordRetention = (o: { kind: string }): boolean => o.kind === 'record-retention';

/**
 * `unfiled-at-close`: still open when the incident was closed (with an override, or with no date in law);
 * no longer tracked, and never shown as pending.
 */
export type ObligationState = 'pending' | 'done' | 'overdue' | 'not-applicable' | 'unfiled-at-close';
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
  /** The channel: `update`, `signal`, `start`, or `breachclock` for what the incident did itself. */
  actor: string;
  /** The person who sent the message, as the door authenticated them (absent before actors were recorded). */
  by?: Actor;
  type: string;
  detail: string;
  /** The same event repeated (a refused message sent again and again): how many times, and the last time. */
  count?: number;
  lastAt?: string;
}

/**
 * A change that waits for a second person's sign-off (four eyes): closing while notices are still owed, or a
 * regulator's directive that moves a date. Applied only when someone other than who asked approves it.
 */
export interface PendingChange {
  /** P1, P2, ... in the order asked. */
  id: string;
  message: 'closeIncident' | 'regulatorDirective';
  /** The message as asked, without its sender. */
  payload: Record<string, unknown>;
  /** What it would do, in a sentence. */
  summary: string;
  requestedAt: string;
  requestedBy: Actor;
  state: 'pending' | 'approved' | 'rejected';
  decidedAt?: string;
  decidedBy?: Actor;
  /** The approver's note or the rejection's reason. */
  note?: string;
}

/** Side work (record export, email) failing while the clocks run on: shown until it succeeds again. */
export interface EffectProblem {
  effect: 'records' | 'email';
  since: string;
  lastAt: string;
  attempts: number;
  detail: string;
}

export interface IncidentStatus {
  incidentId: string;
  title: string;
  /** The licensee's state of domicile (home state): its zone reads the incident's own dates. Set by the status query. */
  licenseeState?: string;
  phase: Phase;
  obligations: ObligationStatus[];
  notApplicable: Array<{ id: string; reason: string }>;
  uncovered: Array<{ state: string; residents: number; warning: string }>;
  nextWakeAt: string | null;
  overdue: string[];
  events: AuditEvent[];
  /** Temporal runs of this incident, first to last (continue-as-new starts a new run). */
  runIds: string[];
  /** Changes asked for that wait for a second sign-off, and those decided (absent until the first is asked). */
  pendingChanges?: PendingChange[];
  /** Close-out follow-ups under 20 CSR 100-6.110 (company targets, not law); absent on incidents opened before them. */
  followUps?: FollowUpStatus[];
  /** The investigation's determinations (RSMo 375.1407.2, RSA 420-P:5 II); absent on incidents planned before them. */
  investigation?: InvestigationItemStatus[];
  /** What the plan does not evaluate, so silence is never read as "not owed". */
  notEvaluated?: string[];
  /** The last planning failure, while it stands (a good plan clears it). */
  planningError?: { at: string; reason: string; failures: number };
  /** Record export or email failing now (each cleared when it succeeds again). */
  effectProblems?: EffectProblem[];
  /** Audit events moved out of the workflow into the record store (oldest first), so the state stays bounded. */
  eventsPagedOut?: number;
  /** Older audit events still in the workflow but left out of this answer (the record store refusing pages). */
  eventsNotShown?: number;
}

/** What a regulator notice is drafted from: the incident and its news as they stand at one moment. */
export interface ReportSnapshot {
  incident: Incident;
  obligations: Array<{ id: string; kind: string; jurisdiction: string; recipient: string; state: ObligationState; completedAt: string | null; reference?: string }>;
  followUps: Array<{ id: string; title: string; citation: string; feeds: string; state: string; outcome?: string; completedAt: string | null }>;
  consumerNoticeScheduled: Record<string, string>;
}

/** A notice filed with a regulator: number 0 is the initial notice, 1.. the supplements (RSMo 375.1410.2). */
export interface Filing {
  obligationId: string;
  /** The notice track: `<STATE>/regulator-notice` or `<STATE>/regulator-notice-bulletin`. */
  track: string;
  number: number;
  filedAt: string;
  reference?: string;
  /** Who recorded the filing, as the door authenticated them (beside the free-text `completedBy`). */
  recordedBy?: Actor;
  snapshot: ReportSnapshot;
}

/** What the `reportSource` query returns: the draft's inputs now, and every filing before. */
export interface ReportSource {
  incidentId: string;
  title: string;
  status: IncidentStatus;
  current: ReportSnapshot;
  filings: Filing[];
}
