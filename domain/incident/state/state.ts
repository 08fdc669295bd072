/**
 * The incident's running state as the workflow keeps it, and the helpers every part of it shares.
 * No Temporal, no clock reads (`now` is handed in), no luxon: bundled into the workflow.
 */
import type { FollowUpTarget } from '../follow-ups';
import type { Incident } from '../incident';
import type { Plan, PlanFacts } from '../../rules/planner';
import type { Reminder } from '../../rules/reminders';
import { isRecordRetention, type AuditEvent, type Filing, type IncidentStatus } from '../status';

/** What the planning activity returns: the plan and its reminder instants. */
export interface PlanResult {
  plan: Plan;
  reminders: Reminder[];
  /** Close-out follow-up targets (absent in histories recorded before they existed). */
  followUps?: FollowUpTarget[];
}

export interface IncidentState {
  incident: Incident;
  facts: PlanFacts;
  status: IncidentStatus;
  reminders: Reminder[];
  /** Reminder keys already sent or skipped: `<obligationId>|<slot>|<dueAt>`. */
  handledReminders: string[];
  /** Next escalation rung instant per obligation id. */
  nextRungAt: Record<string, string>;
  /** Addresses whose permanent delivery failure was already escalated (once each). */
  failureEscalated: string[];
  /** Regulator notices filed, initial and supplements, each with what it reported (absent on older states). */
  filings?: Filing[];
  /**
   * A directive may not move a statutory date later (docs/design.md §3). False only for incidents whose
   * history began before the rule (the workflow decides it behind a patch marker, so they replay unchanged).
   */
  directivesNeverLater?: boolean;
  /**
   * A re-plan keeps an overdue obligation overdue (same deadline) with its rung, so nothing already sent is
   * sent again. False only for incidents whose history began before the rule (decided behind a patch marker).
   */
  replanKeepsOverdue?: boolean;
  /** Record versions written to the record store so far (domain/incident/record.ts). */
  recordsExported?: number;
  /** News is checked for sense in time and refused after close (decided behind a patch marker). */
  messagesChecked?: boolean;
  /** Dates of what happened may not be in the future, in messages and the incident (decided behind a patch marker). */
  futureDatesRefused?: boolean;
  /** Closing marks what is still open `unfiled-at-close`, so a closed status lists nothing as pending (patch marker). */
  closedStatusFinal?: boolean;
}


export const HOUR = 3_600_000;
const DEFAULT_INTERVAL_HOURS = 4;

export const ms = (iso: string): number => Date.parse(iso);
export const nowIso = (now: number): string => new Date(now).toISOString();

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function newState(incident: Incident): IncidentState {
  return {
    incident,
    facts: {},
    status: {
      incidentId: incident.incidentId,
      title: incident.title,
      phase: 'planning',
      obligations: [],
      notApplicable: [],
      uncovered: [],
      nextWakeAt: null,
      overdue: [],
      events: [],
      runIds: [],
    },
    reminders: [],
    handledReminders: [],
    nextRungAt: {},
    failureEscalated: [],
    directivesNeverLater: true,
    replanKeepsOverdue: true,
    messagesChecked: true,
    futureDatesRefused: true,
    closedStatusFinal: true,
  };
}


/** Whether the workflow still has a clock to keep: open, or closed with records still under a retention period. */
export function isActive(state: IncidentState): boolean {
  return state.status.phase !== 'closed' || state.status.obligations.some((o) => isRecordRetention(o) && o.state === 'pending' && o.dueAt);
}

/** The next legal deadline to act (for the search attribute and the summary line): retention periods are not deadlines. */
export function nextDeadlineMs(state: IncidentState): number | null {
  const due = state.status.obligations.filter((o) => o.state === 'pending' && o.dueAt && !isRecordRetention(o)).map((o) => ms(o.dueAt!));
  return due.length ? Math.min(...due) : null;
}

export function record(state: IncidentState, now: number, actor: string, type: string, detail: string): AuditEvent {
  const e = { at: nowIso(now), actor, type, detail };
  state.status.events.push(e);
  return e;
}

export function intervalMs(state: IncidentState): number {
  return (state.incident.notifications?.escalationIntervalHours ?? DEFAULT_INTERVAL_HOURS) * HOUR;
}
