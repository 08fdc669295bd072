/**
 * A first run's opening: who opened the incident, the first plan taken in, and the opening summary made from it.
 * The workflow takes these steps on its state; the planning activity takes the same steps on a fresh one to send
 * the summary with the plan (docs/design.md §9), so the two cannot write different emails.
 */
import type { Actor } from '../actor';
import { openingSummary, type EmailMessage } from '../email';
import type { Incident } from '../incident';
import { applyPlan } from './plan-merge';
import { newState, record, type IncidentState, type PlanResult } from './state';

/** A first run's opening in the audit trail: who opened the incident (when a door said so). */
export function recordOpened(state: IncidentState, openedBy: Actor | undefined, now: number): void {
  if (openedBy) record(state, now, { channel: 'start', by: openedBy }, 'opened', `incident opened by ${openedBy.displayName}`);
}

/** A first run's plan taken in: recorded, and the opening summary made from the status it gives. */
export function openingPlanned(state: IncidentState, now: number): EmailMessage {
  record(state, now, 'breachclock', 'planned', `${state.status.obligations.length} obligations`);
  return openingSummary(state.status, state.incident.contacts.owner, now);
}

/**
 * The opening summary as the workflow writes it from this plan (its calendar entries' SEQUENCE counts the audit
 * trail, so the same steps run): the planning activity sends it with the plan; the workflow sends its own when
 * that failed.
 */
export function openingEmailOf(incident: Incident, result: PlanResult, now: number, openedBy?: Actor): EmailMessage {
  const fresh = newState(incident);
  recordOpened(fresh, openedBy, now);
  applyPlan(fresh, result, now);
  return openingPlanned(fresh, now);
}
