/**
 * The incident's running state as the workflow keeps it, and the helpers every part of it shares.
 * No Temporal, no clock reads (`now` is handed in), no luxon: bundled into the workflow.
 */
import type { Actor } from '../actor';
import type { FollowUpTarget } from '../follow-ups';
import type { OutboxItem } from './effects';
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
  /**
   * The opening summary, when the planning activity sent it with the plan (asked for on the first plan only).
   * Absent when it could not be sent then, and in 1.0 histories: the workflow then sends it through its email lane.
   */
  opening?: OpeningSent;
}

/** What the first plan is asked for besides the plan: the opening summary, made as the workflow makes it. */
export interface OpeningAsk {
  opening: true;
  openedBy?: Actor;
}

/** An email the planning activity delivered: what the audit trail records once the plan comes back. */
export interface OpeningSent {
  messageId: string;
  recipients: number;
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
  /** Record versions written to the record store so far (domain/incident/record.ts). */
  recordsExported?: number;
  /** Emails not yet sent (carried across continue-as-new, so none is lost or sent twice). */
  outbox?: OutboxItem[];
  /** Streaks of record-export failure so far (each emails the owner once). */
  exportStreak?: number;
  /** Pages of the audit trail written to the record store (domain/incident/state/effects.ts). */
  auditPagesExported?: number;
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

/** One audit entry's detail is capped: a message's text is never the place for a document. */
export const AUDIT_DETAIL_MAX = 400;
/** Refusals repeat (a script sending the same bad message): the same one within this many entries is counted, not kept again. */
const MERGE_WINDOW = 20;
const MERGED_TYPES = new Set(['rejected', 'alreadyRecorded']);

/**
 * Who a message came from: the channel it arrived by (`update`, `signal`) and, inside its encrypted payload,
 * the person the door authenticated (absent in histories recorded before actors: "not recorded").
 */
export interface Sender {
  channel: string;
  by?: Actor;
}

/** A sender, or a channel's name alone (`breachclock`, or a caller with no person to name). */
export type Who = string | Sender;
export const senderOf = (who: Who): Sender => (typeof who === 'string' ? { channel: who } : who);
const channelOf = (who: Who): string => senderOf(who).channel;

export function record(state: IncidentState, now: number, who: Who, type: string, detail: string): AuditEvent {
  const text = detail.length > AUDIT_DETAIL_MAX ? `${detail.slice(0, AUDIT_DETAIL_MAX - 1)}…` : detail;
  const events = state.status.events;
  const actor = channelOf(who);
  const by = senderOf(who).by;
  if (MERGED_TYPES.has(type)) {
    for (let i = events.length - 1; i >= Math.max(0, events.length - MERGE_WINDOW); i--) {
      const e = events[i];
      if (e.type === type && e.actor === actor && e.by?.subject === by?.subject && e.detail === text) {
        e.count = (e.count ?? 1) + 1;
        e.lastAt = nowIso(now);
        return e;
      }
    }
  }
  const e: AuditEvent = { at: nowIso(now), actor, type, detail: text, ...(by ? { by } : {}) };
  events.push(e);
  return e;
}

export function intervalMs(state: IncidentState): number {
  return (state.incident.notifications?.escalationIntervalHours ?? DEFAULT_INTERVAL_HOURS) * HOUR;
}
