/**
 * One incident, one long-lived workflow (workflow ID = incidentId). Orchestration only: it sleeps,
 * listens and calls activities; every decision is a pure function in domain/incident/state/.
 */
import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, patched, workflowInfo } from '@temporalio/workflow';
import { openingSummary } from '../domain/incident/email';
import type { Incident } from '../domain/incident/incident';
import { incidentFutureProblems } from '../domain/incident/time-sense';
import * as S from '../domain/incident/state';
import type { IncidentStatus } from '../domain/incident/status';
import { exportRecords, publish, replan, sendOrEscalate } from './incident-effects';
import { registerHandlers } from './message-handlers';
import { incidentInputProblems } from './message-validation';

/** Continue-as-new well before the 2,000-event budget per run (docs/design.md §9). */
const HISTORY_EVENTS_PER_RUN = 1500;

export interface IncidentWorkflowInput {
  incident: Incident;
  /** Carried across continue-as-new. */
  state?: S.IncidentState;
}

/**
 * Rules that came while incidents were running, each behind a patch marker so that older histories replay
 * as they ran (docs/design.md §9): a directive may not move a statutory date later (§3); the workflow checks
 * its own input, survives a failed plan and never re-sends what was sent; news is checked for sense in time
 * and refused after close; updates apply the parsed message as signals do.
 */
const DIRECTIVES_NEVER_LATER_PATCH = 'directives-never-later';
const DEFENDS_ITSELF_PATCH = 'workflow-defends-itself';
const MESSAGES_CHECKED_PATCH = 'messages-checked';
const UPDATES_PARSED_PATCH = 'updates-apply-parsed';
/** Dates of what happened may not lie in the future (issue 15), in news and in the incident itself. */
const FUTURE_DATES_PATCH = 'future-dates-refused';
/** A closed incident's status lists nothing as pending (issue 15). */
const CLOSED_FINAL_PATCH = 'closed-status-final';

/** Started by hand (the temporal CLI) with {} or null: refused cleanly instead of failing every task. */
function refuseInvalidInput(input: unknown): void {
  const refused = incidentInputProblems(input);
  if (refused) throw ApplicationFailure.create({ type: 'InvalidIncident', message: `incident refused: ${refused}`.slice(0, 2000), nonRetryable: true });
}

/** A determination "tomorrow" is a typo: refused before anything is planned. */
function refuseFutureDates(incident: Incident): void {
  const future = incidentFutureProblems(incident, Date.now());
  if (future.length) throw ApplicationFailure.create({ type: 'InvalidIncident', message: `incident refused: ${future.map((p) => `incident.${p.path}: ${p.message}`).join('; ')}`.slice(0, 2000), nonRetryable: true });
}

/** Which of the rules that came while incidents ran this run follows (each decided by its patch marker). */
function adoptRules(state: S.IncidentState, defends: boolean, futureRefused: boolean): void {
  state.directivesNeverLater = patched(DIRECTIVES_NEVER_LATER_PATCH);
  state.replanKeepsOverdue = defends;
  state.messagesChecked = patched(MESSAGES_CHECKED_PATCH);
  state.futureDatesRefused = futureRefused;
  state.closedStatusFinal = patched(CLOSED_FINAL_PATCH);
}

export async function incidentWorkflow(input: IncidentWorkflowInput): Promise<IncidentStatus> {
  const defends = patched(DEFENDS_ITSELF_PATCH);
  if (defends && !input?.state) refuseInvalidInput(input);
  const futureRefused = patched(FUTURE_DATES_PATCH);
  if (futureRefused && !input.state) refuseFutureDates(input.incident);
  const state = input.state ?? S.newState(input.incident);
  adoptRules(state, defends, futureRefused);
  state.status.runIds.push(workflowInfo().runId);

  let wake = false;
  // Re-plans asked for and done; an update returns once the plan covers its message.
  let replansAsked = 0;
  let replansDone = 0;
  registerHandlers({
    state,
    updatesApplyParsed: patched(UPDATES_PARSED_PATCH),
    taken: (needsPlan) => {
      wake = true;
      if (needsPlan) replansAsked += 1;
    },
    planCaughtUp: () => {
      const asked = replansAsked;
      return condition(() => replansDone >= asked);
    },
  });
  const planAgain = async () => {
    const asked = replansAsked;
    await replan(state, defends);
    replansDone = asked;
  };

  if (!input.state) {
    await planAgain();
    if (!state.status.planningError) {
      S.record(state, Date.now(), 'breachclock', 'planned', `${state.status.obligations.length} obligations`);
      const opening = openingSummary(state.status, state.incident.contacts.owner, Date.now());
      if (await sendOrEscalate(state, opening)) S.record(state, Date.now(), 'breachclock', 'emailSent', `opening summary ${opening.messageId}`);
    }
  }

  // A closed incident keeps running while its records are under a retention period (RSMo 375.1407.4, RSA 420-P:5 IV).
  while (S.isActive(state)) {
    publish(state);
    const next = state.status.nextWakeAt;
    if (next === null) await condition(() => wake);
    else await condition(() => wake, Math.max(1, Date.parse(next) - Date.now()));
    wake = false;
    if (replansDone < replansAsked) await planAgain();
    for (const action of S.takeDueActions(state, Date.now())) {
      if (await sendOrEscalate(state, action.email)) S.recordSent(state, action, Date.now());
    }
    await exportRecords(state);
    const info = workflowInfo();
    if (S.isActive(state) && (info.historyLength >= HISTORY_EVENTS_PER_RUN || info.continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof incidentWorkflow>({ incident: state.incident, state });
    }
  }
  await exportRecords(state);
  publish(state);
  await condition(allHandlersFinished);
  return state.status;
}
