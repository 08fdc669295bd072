/**
 * Shared fixtures for tests of what people read (emails, calendar entries, zones) and of the incident's state:
 * one Missouri obligation to vary, and the MO-NH example planned as the workflow plans it.
 */
import type { Actor } from '../../domain/incident/actor';
import type { Incident } from '../../domain/incident/incident';
import * as S from '../../domain/incident/state';
import type { ObligationStatus } from '../../domain/incident/status';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';

/** RSMo 375.1410.1's regulator notice, determined Mon 23 Nov 2026, with the changes given. */
export const sampleObligation = (over: Partial<ObligationStatus>): ObligationStatus =>
  ({
    id: 'MO/regulator-notice', jurisdiction: 'MO', kind: 'regulator-notice', recipient: 'Missouri Director of Commerce and Insurance',
    citation: 'RSMo 375.1410.1', clockStartsAt: '2026-11-23T10:15:00.000-06:00', dueAt: '2026-11-30T23:59:59.999-06:00',
    dueRule: '4 business days after determination', basis: [], state: 'pending', completedAt: null, remindersSent: 0, escalationRung: null,
    ...over,
  }) as ObligationStatus;

/** A person signed in through the identity provider, named by the part of the subject before the @. */
export const person = (subject: string, role: Actor['role']): Actor => ({ subject, displayName: subject.split('@')[0], authenticatedBy: 'oidc', role });

export const MO_NH: Incident = require('../../examples/incident-mo-nh.json');
/** The instant the state tests act at: shortly after the MO-NH example's determination. */
export const STATE_NOW = Date.parse('2026-11-23T16:15:00Z');

/** The MO-NH example's state once planned, as the workflow holds it. */
export function plannedState(incident: Incident = MO_NH, now = STATE_NOW): S.IncidentState {
  const calendar = new BusinessCalendar();
  const state = S.newState(incident);
  const plan = planIncident(incident, calendar, {});
  S.applyPlan(state, { plan, reminders: reminderSchedule(plan, calendar) }, now);
  return state;
}
