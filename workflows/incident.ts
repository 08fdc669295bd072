/**
 * One incident, one long-lived workflow (workflow ID = incidentId). Orchestration only: it sleeps,
 * listens and calls activities; every decision is a pure function in domain/incident/state/. Emails and
 * record exports run in side lanes (effect-lanes.ts) the clocks never wait on.
 *
 * No patch markers: workflow changes ship as new worker deployment versions; a run is pinned to its version
 * and asks to start the next on the current one (docs/design.md §9, "Worker Versioning").
 */
import { allHandlersFinished, ApplicationFailure, condition, makeContinueAsNewFunc, workflowInfo } from '@temporalio/workflow';
import type { Actor } from '../domain/incident/actor';
import type { Incident } from '../domain/incident/incident';
import { incidentFutureProblems } from '../domain/incident/time-sense';
import * as S from '../domain/incident/state';
import type { IncidentStatus } from '../domain/incident/status';
import { EffectLanes } from './effect-lanes';
import { publish, replan } from './incident-effects';
import { registerHandlers } from './message-handlers';
import { incidentInputProblems } from './message-validation';

/** Continue-as-new well before the 2,000-event budget per run (docs/design.md §9). */
const HISTORY_EVENTS_PER_RUN = 1500;
/** ... or before the run's history grows past this many bytes (50 MB is Temporal's hard limit). */
const HISTORY_BYTES_PER_RUN = 8 * 1024 * 1024;
/** Past this many events a run continues as new even with side work in flight (it is carried in the state). */
const HISTORY_EVENTS_HARD = 10_000;

export interface IncidentWorkflowInput {
  incident: Incident;
  /** Carried across continue-as-new. */
  state?: S.IncidentState;
  /** Who opened the incident, as the door authenticated them (absent in histories from before actors). */
  openedBy?: Actor;
}

/** Started by hand (the temporal CLI) with {} or null, or with a determination "tomorrow": refused cleanly. */
function refuseInvalidInput(input: unknown): void {
  const refused = incidentInputProblems(input);
  const future = refused ? [] : incidentFutureProblems((input as IncidentWorkflowInput).incident, Date.now());
  const problems = refused ?? future.map((p) => `incident.${p.path}: ${p.message}`).join('; ');
  if (problems) throw ApplicationFailure.create({ type: 'InvalidIncident', message: `incident refused: ${problems}`.slice(0, 2000), nonRetryable: true });
}

/**
 * A run continues as new when its history grows long, or when a new worker deployment version has been made
 * current (a server that reports it: docs/design.md §9) and no side work is in flight.
 */
function shouldContinueAsNew(lanes: EffectLanes): boolean {
  const info = workflowInfo();
  const long = info.historyLength >= HISTORY_EVENTS_PER_RUN || info.historySize >= HISTORY_BYTES_PER_RUN || info.continueAsNewSuggested;
  return (long && (lanes.idle || info.historyLength >= HISTORY_EVENTS_HARD)) || (info.targetWorkerDeploymentVersionChanged && lanes.idle);
}

/**
 * Each run is pinned to the worker deployment version it started on (the versioned worker's default: an
 * annotation here would make an unversioned worker's every task fail, server 1.29.1 refusing a versioning
 * behaviour from a worker without deployment options); the next run starts on the current
 * version (where the server honours it: docs/design.md §9), so a change that cannot replay reaches a
 * running incident at its next continue-as-new.
 */
const continueOnCurrentVersion = (input: IncidentWorkflowInput) =>
  makeContinueAsNewFunc<typeof incidentWorkflow>({ initialVersioningBehavior: 'AUTO_UPGRADE' })(input);

export async function incidentWorkflow(input: IncidentWorkflowInput): Promise<IncidentStatus> {
  if (!input?.state) refuseInvalidInput(input);
  const state = input.state ?? S.newState(input.incident);
  state.status.runIds.push(workflowInfo().runId);
  const lanes = new EffectLanes(state);
  lanes.start();

  let wake = false;
  // Re-plans asked for and done; an update returns once the plan covers its message.
  let replansAsked = 0;
  let replansDone = 0;
  registerHandlers({
    state,
    taken: (needsPlan) => {
      wake = true;
      if (needsPlan) replansAsked += 1;
    },
    planCaughtUp: () => {
      const asked = replansAsked;
      return condition(() => replansDone >= asked);
    },
    send: (e) => lanes.send(e.email, e.type, e.detail),
  });
  const planAgain = async (ask?: S.OpeningAsk) => {
    const asked = replansAsked;
    const opening = await replan(state, lanes, ask);
    replansDone = asked;
    return opening;
  };

  if (!input.state) {
    S.recordOpened(state, input.openedBy, Date.now());
    // The opening summary goes out with the plan; when it could not (or a 1.0 history), through the email lane.
    const sentWithPlan = await planAgain({ opening: true, ...(input.openedBy ? { openedBy: input.openedBy } : {}) });
    if (!state.status.planningError) {
      const opening = S.openingPlanned(state, Date.now());
      const audit = { type: 'emailSent', detail: 'opening summary' };
      if (sentWithPlan) S.emailSentWithPlan(state, audit, sentWithPlan, Date.now());
      else lanes.send(opening, audit.type, audit.detail);
    }
  }

  // A closed incident keeps running while its records are under a retention period (RSMo 375.1407.4, RSA 420-P:5 IV).
  while (S.isActive(state)) {
    publish(state);
    const next = state.status.nextWakeAt;
    // Also woken when a long run's side work settles, so it can continue as new.
    const woken = () => wake || shouldContinueAsNew(lanes);
    if (next === null) await condition(woken);
    else await condition(woken, Math.max(1, Date.parse(next) - Date.now()));
    wake = false;
    if (replansDone < replansAsked) await planAgain();
    for (const action of S.takeDueActions(state, Date.now())) {
      const { type, detail } = S.sentAudit(action);
      lanes.send(action.email, type, detail);
    }
    if (S.isActive(state) && shouldContinueAsNew(lanes)) {
      await condition(allHandlersFinished);
      lanes.stop();
      await continueOnCurrentVersion({ incident: state.incident, state });
    }
  }
  // The kept record's last version and every email owed go out before the workflow ends.
  publish(state);
  await condition(() => lanes.drained && allHandlersFinished());
  lanes.stop();
  return state.status;
}
