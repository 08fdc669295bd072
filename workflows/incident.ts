/**
 * One incident, one long-lived workflow (workflow ID = incidentId). Orchestration only: it sleeps,
 * listens and calls activities; every decision is a pure function in domain/incident/incident-state.ts.
 */
import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { openingSummary, type EmailMessage } from '../domain/incident/email';
import type { Incident } from '../domain/incident/incident';
import * as S from '../domain/incident/state';
import type { MessageName } from '../domain/incident/messages';
import { incidentRecord, recordVersionsDue } from '../domain/incident/record';
import type { IncidentStatus } from '../domain/incident/status';
import { incidentInputProblems, messageProblems as problems, parseMessage } from './message-validation';
import { MESSAGE_NAMES, reportSourceQuery, signals, statusQuery, updates } from './messages';
import { JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT, PHASE } from './search-attributes';

/** Bounded: a plan that cannot be made is recorded and the owner alerted, never retried forever. */
const PLANNING = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 5 },
} as const;
const { planObligations } = proxyActivities<Activities>(PLANNING);
// Planning is a pure computation over the calendar: as a local activity it runs inside the workflow task
// (one task and four history events fewer per plan) and its result is still recorded (docs/design.md §1).
const local = proxyLocalActivities<Activities>(PLANNING);
// Transient SMTP errors retry with backoff for up to 2 hours; a 5xx is non-retryable (the activity says so).
const { sendEmail } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '2 hours',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

// Records outlive Temporal's retention: written on each filing and on close (RSMo 375.1407.4, RSA 420-P:5 IV).
const { exportRecord } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  scheduleToCloseTimeout: '7 days',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/** Continue-as-new well before the 2,000-event budget per run (docs/design.md §9). */
const HISTORY_EVENTS_PER_RUN = 1500;

export interface IncidentWorkflowInput {
  incident: Incident;
  /** Carried across continue-as-new. */
  state?: S.IncidentState;
}

const APPLY: { [K in MessageName]: (s: S.IncidentState, m: never, now: number, actor: string) => S.Applied } = {
  thirdPartyNotice: S.applyThirdPartyNotice,
  residentsUpdate: S.applyResidentsUpdate,
  obligationCompleted: S.applyObligationCompleted,
  consumerNoticeScheduled: S.applyConsumerNoticeScheduled,
  regulatorDirective: S.applyRegulatorDirective,
  closeIncident: S.applyClose,
  eventDetailsUpdate: S.applyEventDetailsUpdate,
  followUpPlanned: S.applyFollowUpPlanned,
  followUpCompleted: S.applyFollowUpCompleted,
};

/**
 * Close-out follow-ups (20 CSR 100-6.110) came after incidents were already running: an incident adopts
 * them at its first re-plan under this code, behind a patch marker, so older histories replay unchanged.
 */
const FOLLOW_UPS_PATCH = 'closeout-follow-ups';
/** Plans made as a local activity (issue 7); incidents whose history holds an activity-task plan keep it. */
const LOCAL_PLAN_PATCH = 'plan-as-local-activity';
/**
 * A regulator's directive may not move a statutory date later (docs/design.md §3). Incidents whose history
 * began before the rule keep accepting what they accepted then, so they replay unchanged.
 */
const DIRECTIVES_NEVER_LATER_PATCH = 'directives-never-later';
/** The workflow checks its own input and survives a failed plan; a re-plan never re-sends what was sent. */
const DEFENDS_ITSELF_PATCH = 'workflow-defends-itself';
/** News checked for sense in time and refused after close; older histories replay as they ran. */
const MESSAGES_CHECKED_PATCH = 'messages-checked';
/** Incident records exported to a durable store (issue 16); older histories replay without the exports. */
const RECORDS_PATCH = 'export-records';

export async function incidentWorkflow(input: IncidentWorkflowInput): Promise<IncidentStatus> {
  const defends = patched(DEFENDS_ITSELF_PATCH);
  if (defends && !input?.state) {
    // Started by hand (the temporal CLI) with {} or null: refuse it cleanly instead of failing every task.
    const refused = incidentInputProblems(input);
    if (refused) throw ApplicationFailure.create({ type: 'InvalidIncident', message: `incident refused: ${refused}`.slice(0, 2000), nonRetryable: true });
  }
  const state = input.state ?? S.newState(input.incident);
  state.directivesNeverLater = patched(DIRECTIVES_NEVER_LATER_PATCH);
  state.replanKeepsOverdue = defends;
  state.messagesChecked = patched(MESSAGES_CHECKED_PATCH);
  state.status.runIds.push(workflowInfo().runId);
  let wake = false;
  // Re-plans asked for and done; an update returns once the plan covers its message.
  let replansAsked = 0;
  let replansDone = 0;

  setHandler(statusQuery, () => state.status);
  setHandler(reportSourceQuery, () => S.reportSource(state));

  for (const name of MESSAGE_NAMES) {
    const apply = (m: unknown, actor: string): S.Applied => {
      const refusal = S.messageRefusal(state, name, m as Record<string, unknown>);
      if (refusal) return { ok: false, error: refusal };
      const r = APPLY[name](state, m as never, Date.now(), actor);
      if (r.ok) {
        wake = true;
        if (r.replan) replansAsked += 1;
      }
      return r;
    };
    // Signal: never throws on bad input (that would fail the workflow task); the refusal is recorded.
    setHandler(signals[name], async (raw: unknown) => {
      const problem = problems(name, raw);
      if (problem) {
        S.record(state, Date.now(), 'signal', 'rejected', `${name}: ${problem}`);
        return;
      }
      // News that arrives before the first plan waits for it (it may name an obligation the plan makes).
      if (state.status.phase === 'planning') await condition(() => state.status.phase !== 'planning');
      const r = apply(parseMessage(name, raw), 'signal');
      if (!r.ok) S.record(state, Date.now(), 'signal', 'rejected', `${name}: ${r.error}`);
    });
    // Update: the validator refuses bad input before anything is written to history.
    setHandler(
      updates[name],
      async (m: unknown) => {
        if (state.status.phase === 'planning') {
          // Accepted before the first plan: wait for it, then apply; a refusal now fails this update only.
          await condition(() => state.status.phase !== 'planning');
          const r = apply(m, 'update');
          if (!r.ok) throw ApplicationFailure.create({ message: r.error, nonRetryable: true });
        } else apply(m, 'update');
        const asked = replansAsked;
        await condition(() => replansDone >= asked);
        return state.status;
      },
      {
        validator: (m: unknown) => {
          // Refusals are final: the same message is refused every time (never retryable).
          const refuse = (message: string) => {
            throw ApplicationFailure.create({ type: 'InvalidMessage', message, nonRetryable: true });
          };
          const problem = problems(name, m);
          if (problem) refuse(problem);
          if (state.status.phase === 'planning') return; // checked against the plan once it is made
          // Dry run on a copy, so a message the state cannot take (unknown obligation) is refused too.
          const refusal = S.messageRefusal(state, name, m as Record<string, unknown>);
          if (refusal) refuse(refusal);
          const copy = JSON.parse(JSON.stringify(state)) as S.IncidentState;
          const r = APPLY[name](copy, m as never, Date.now(), 'update');
          if (!r.ok) refuse(r.error);
        },
      },
    );
  }

  const replan = async () => {
    const asked = replansAsked;
    const plan = patched(LOCAL_PLAN_PATCH) ? local.planObligations : planObligations;
    try {
      const result = await plan(state.incident, state.facts);
      if (result.followUps && !patched(FOLLOW_UPS_PATCH)) delete result.followUps;
      S.applyPlan(state, result, Date.now());
    } catch (err) {
      // A local activity's failure reaches the workflow as the activity's own ApplicationFailure.
      if (!defends || !(err instanceof ActivityFailure || err instanceof ApplicationFailure)) throw err;
      // This incident's plan failed; the last good plan's clocks keep running, and so does every other incident.
      const cause = err instanceof ActivityFailure && err.cause ? err.cause.message : err.message;
      const alert = S.recordPlanningFailure(state, cause, Date.now());
      if (await send(alert)) S.record(state, Date.now(), 'breachclock', 'emailSent', `planning failure alert ${alert.messageId}`);
    }
    replansDone = asked;
  };
  const publish = () => {
    upsertSearchAttributes([
      { key: PHASE, value: state.status.phase },
      { key: JURISDICTIONS_SA, value: [...new Set(state.status.obligations.map((o) => o.jurisdiction))].sort() },
      { key: NEXT_DEADLINE, value: nextDeadline() },
      { key: OVERDUE_COUNT, value: state.status.overdue.length },
    ]);
    setCurrentDetails(S.summaryLine(state));
  };
  const nextDeadline = (): Date | null => {
    const due = S.nextDeadlineMs(state);
    return due === null ? null : new Date(due);
  };
  /** Sends one email; a permanent refusal is recorded and escalated once, never retried forever. */
  const send = async (email: EmailMessage): Promise<boolean> => {
    try {
      await sendEmail(email);
      return true;
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
      const cause = err.cause instanceof ApplicationFailure ? err.cause.message : (err.cause?.message ?? err.message);
      const notice = S.recordDeliveryFailure(state, email, cause, Date.now());
      if (notice) {
        try {
          await sendEmail(notice);
          S.record(state, Date.now(), 'breachclock', 'emailFailureEscalated', `${notice.messageId} to ${notice.to.length} recipient(s)`);
        } catch (e2) {
          if (!(e2 instanceof ActivityFailure)) throw e2;
          S.record(state, Date.now(), 'breachclock', 'emailFailed', `${notice.messageId}: ${e2.cause?.message ?? e2.message}`);
        }
      }
      return false;
    }
  };

  /** Writes every record version the history calls for; a store that refuses is recorded, never fatal. */
  const exportRecords = async () => {
    if (recordVersionsDue(state) <= (state.recordsExported ?? 0) || !patched(RECORDS_PATCH)) return;
    for (let v = (state.recordsExported ?? 0) + 1; v <= recordVersionsDue(state); v++) {
      try {
        await exportRecord(incidentRecord(state, v));
        S.record(state, Date.now(), 'breachclock', 'recordExported', `record version ${v}`);
      } catch (err) {
        if (!(err instanceof ActivityFailure)) throw err;
        S.record(state, Date.now(), 'breachclock', 'recordExportFailed', `record version ${v}: ${err.cause?.message ?? err.message}`);
      }
      state.recordsExported = v;
    }
  };

  if (!input.state) {
    await replan();
    if (!state.status.planningError) S.record(state, Date.now(), 'breachclock', 'planned', `${state.status.obligations.length} obligations`);
    const opening = openingSummary(state.status, state.incident.contacts.owner, Date.now());
    if (!state.status.planningError && (await send(opening))) S.record(state, Date.now(), 'breachclock', 'emailSent', `opening summary ${opening.messageId}`);
  }

  // A closed incident keeps running while its records are under a retention period (RSMo 375.1407.4, RSA 420-P:5 IV).
  while (S.isActive(state)) {
    publish();
    const next = state.status.nextWakeAt;
    if (next === null) await condition(() => wake);
    else await condition(() => wake, Math.max(1, Date.parse(next) - Date.now()));
    wake = false;
    if (replansDone < replansAsked) await replan();
    for (const action of S.takeDueActions(state, Date.now())) {
      if (await send(action.email)) S.recordSent(state, action, Date.now());
    }
    await exportRecords();
    const info = workflowInfo();
    if (S.isActive(state) && (info.historyLength >= HISTORY_EVENTS_PER_RUN || info.continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof incidentWorkflow>({ incident: state.incident, state });
    }
  }
  await exportRecords();
  publish();
  await condition(allHandlersFinished);
  return state.status;
}
