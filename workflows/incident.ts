/**
 * One incident, one long-lived workflow (workflow ID = incidentId). Orchestration only: it sleeps,
 * listens and calls activities; every decision is a pure function in domain/incident-state.ts.
 */
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { openingSummary, overdueNotice } from '../domain/email';
import type { Incident } from '../domain/incident';
import * as S from '../domain/incident-state';
import { MESSAGE_NAMES, MESSAGE_SCHEMAS, type MessageName } from '../domain/messages';
import type { IncidentStatus } from '../domain/status';
import { signals, statusQuery, updates } from './messages';
import { JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT, PHASE } from './search-attributes';

const { planObligations, sendEmail } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

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
};

function firstProblem(name: MessageName, raw: unknown): string | undefined {
  const r = MESSAGE_SCHEMAS[name].safeParse(raw);
  if (r.success) return undefined;
  return r.error.issues.map((i) => `${i.path.join('.') || name}: ${i.message}`).join('; ');
}

export async function incidentWorkflow(input: IncidentWorkflowInput): Promise<IncidentStatus> {
  const state = input.state ?? S.newState(input.incident);
  let wake = false;
  let replanPending = false;

  setHandler(statusQuery, () => state.status);

  for (const name of MESSAGE_NAMES) {
    const apply = (m: unknown, actor: string): S.Applied => {
      const r = APPLY[name](state, m as never, Date.now(), actor);
      if (r.ok) {
        wake = true;
        if (r.replan) replanPending = true;
      }
      return r;
    };
    // Signal: never throws on bad input (that would fail the workflow task); the refusal is recorded.
    setHandler(signals[name], (raw: unknown) => {
      const problem = firstProblem(name, raw);
      if (problem) {
        S.record(state, Date.now(), 'signal', 'rejected', `${name}: ${problem}`);
        return;
      }
      const r = apply(MESSAGE_SCHEMAS[name].parse(raw), 'signal');
      if (!r.ok) S.record(state, Date.now(), 'signal', 'rejected', `${name}: ${r.error}`);
    });
    // Update: the validator refuses bad input before anything is written to history.
    setHandler(
      updates[name],
      async (m: unknown) => {
        apply(m, 'update');
        await condition(() => !replanPending);
        return state.status;
      },
      {
        validator: (m: unknown) => {
          const problem = firstProblem(name, m);
          if (problem) throw new Error(problem);
          // Dry run on a copy, so a message the state cannot take (unknown obligation) is refused too.
          const copy = JSON.parse(JSON.stringify(state)) as S.IncidentState;
          const r = APPLY[name](copy, m as never, Date.now(), 'update');
          if (!r.ok) throw new Error(r.error);
        },
      },
    );
  }

  const replan = async () => {
    replanPending = false;
    S.applyPlan(state, await planObligations(state.incident, state.facts), Date.now());
  };
  const publish = () => {
    upsertSearchAttributes([
      { key: PHASE, value: state.status.phase },
      { key: JURISDICTIONS_SA, value: [...new Set(state.status.obligations.map((o) => o.jurisdiction))].sort() },
      { key: NEXT_DEADLINE, value: state.status.nextWakeAt ? new Date(state.status.nextWakeAt) : null },
      { key: OVERDUE_COUNT, value: state.status.overdue.length },
    ]);
    setCurrentDetails(S.summaryLine(state));
  };

  if (!input.state) {
    await replan();
    S.record(state, Date.now(), 'breachclock', 'planned', `${state.status.obligations.length} obligations`);
    const sent = await sendEmail(openingSummary(state.status, state.incident.contacts.owner));
    S.record(state, Date.now(), 'breachclock', 'emailSent', `opening summary ${sent.messageId}`);
  }

  while (state.status.phase !== 'closed') {
    publish();
    const next = state.status.nextWakeAt;
    // A deadline ends at its .999 ms; it is overdue one millisecond later.
    const sleep = next ? Math.max(0, Date.parse(next) - Date.now() + 1) : undefined;
    if (sleep === undefined) await condition(() => wake);
    else await condition(() => wake, sleep);
    wake = false;
    if (replanPending) await replan();
    for (const o of S.refreshOverdue(state, Date.now())) {
      const to = [state.incident.contacts.owner, ...state.incident.contacts.escalation.slice(0, 1)];
      const sent = await sendEmail(overdueNotice(state.status, o, to));
      S.record(state, Date.now(), 'breachclock', 'overdue', `${o.id} overdue; escalation email ${sent.messageId}`);
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof incidentWorkflow>({ incident: state.incident, state });
    }
  }
  publish();
  await condition(allHandlersFinished);
  return state.status;
}
