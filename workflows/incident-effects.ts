/**
 * What the incident workflow does to the world besides its side lanes: make the plan (an activity)
 * and publish search attributes and the UI's summary line. Emails and record exports go through the
 * lanes (workflows/effect-lanes.ts), which the clocks never wait on.
 */
import { ActivityFailure, proxyActivities, setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { becameOwedNotice, deadlineMovedNotice } from '../domain/incident/email';
import * as S from '../domain/incident/state';
import { PLANNING } from './activity-options';
import { causeOf, type EffectLanes } from './effect-lanes';
import { JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT, PHASE } from './search-attributes';

// Planning runs as an ordinary activity, its result an event of its own in history (docs/design.md §1). As a
// local activity its result could land in a later workflow task than it was made in (a slow plan heartbeats
// the task), and commands the side lanes issued meanwhile then replayed in another order under load.
const { planObligations } = proxyActivities<Activities>(PLANNING);

/**
 * Makes the plan again from the incident as it stands. A plan that cannot be made is recorded and the owner
 * alerted; the last good plan's clocks keep running, and so does every other incident. The first plan may
 * bring the opening summary already sent (returned); otherwise nothing is.
 */
export async function replan(state: S.IncidentState, lanes: EffectLanes, ask?: S.OpeningAsk): Promise<S.OpeningSent | undefined> {
  try {
    const result = await planObligations(state.incident, state.facts, ask);
    const before = state.status.phase === 'planning' ? null : state.status.obligations.map((o) => o.id);
    const moved = S.applyPlan(state, result, Date.now());
    // News that makes a notice owed (and the notices it triggers in other states) is told at once, with why.
    const newly = before ? S.newlyOwed(before, state.status.obligations) : [];
    if (newly.length) lanes.send(becameOwedNotice(state.status, newly, state.incident.contacts.owner), 'emailSent', 'notices now owed');
    if (moved.length) {
      const notice = deadlineMovedNotice(state.status, moved, state.incident.contacts.owner);
      lanes.send(notice, 'emailSent', 'deadline moved earlier');
    }
    return result.opening;
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    const alert = S.recordPlanningFailure(state, causeOf(err), Date.now());
    lanes.send(alert, 'emailSent', 'planning failure alert');
    return undefined;
  }
}

/** Search attributes for the lists (overdue first, then by next deadline) and the Temporal UI's summary line. */
export function publish(state: S.IncidentState): void {
  const due = S.nextDeadlineMs(state);
  upsertSearchAttributes([
    { key: PHASE, value: state.status.phase },
    { key: JURISDICTIONS_SA, value: [...new Set(state.status.obligations.map((o) => o.jurisdiction))].sort() },
    { key: NEXT_DEADLINE, value: due === null ? null : new Date(due) },
    { key: OVERDUE_COUNT, value: state.status.overdue.length },
  ]);
  setCurrentDetails(S.summaryLine(state));
}
