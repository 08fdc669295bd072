/**
 * The incident's message handlers: a query for its status and its report inputs, and for every message a
 * signal and an update, registered from the one list of message names. Orchestration only: each message is
 * parsed with its schema and applied by the state's applier (domain/incident/state/appliers.ts).
 */
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import type { FieldProblem } from '../domain/incident/incident';
import type { MessageMap, MessageName } from '../domain/incident/messages';
import * as S from '../domain/incident/state';
import type { IncidentStatus } from '../domain/incident/status';
import { checkMessage, messageProblems, parseMessage, problemsText } from './message-validation';
import { MESSAGE_NAMES, reportSourceQuery, signals, statusQuery, updates } from './messages';

/** What the handlers need from the running workflow. */
export interface MessageHost {
  readonly state: S.IncidentState;
  /** A message was taken: wake the loop, and make the plan again when the message calls for it. */
  taken(replan: boolean): void;
  /** Resolves once every re-plan asked for so far is done (an update answers with a status that covers it). */
  planCaughtUp(): Promise<void>;
  /** Sends an email a message called for (a second sign-off asked), recorded in the audit trail once sent. */
  send(email: S.QueuedEmail): void;
}

/** A refusal as every door reads it: the field paths as structured details, and one line of text. */
function refuse(problems: readonly FieldProblem[]): never {
  throw ApplicationFailure.create({ type: 'InvalidMessage', message: problemsText(problems), nonRetryable: true, details: [problems] });
}

export function registerHandlers(host: MessageHost): void {
  setHandler(statusQuery, () => S.statusView(host.state));
  setHandler(reportSourceQuery, () => S.reportSource(host.state));
  for (const name of MESSAGE_NAMES) registerMessage(host, name);
}

function registerMessage<K extends MessageName>(host: MessageHost, name: K): void {
  const { state } = host;
  const planning = () => state.status.phase === 'planning';
  const apply = (m: MessageMap[K], actor: string): S.Applied => {
    const r = S.applyMessage(state, name, m, Date.now(), actor);
    if (r.ok) {
      for (const e of r.emails ?? []) host.send(e);
      host.taken(r.replan);
    }
    return r;
  };
  // A change that needs a second sign-off must name who asks; replayed updates (validated when first sent) skip this.
  const unsigned = (m: MessageMap[K]) => S.unsignedRefusal(state, name, m as Record<string, unknown>, Date.now());
  const rejected = (problems: readonly FieldProblem[]) => S.record(state, Date.now(), 'signal', 'rejected', `${name}: ${problemsText(problems)}`);
  // Updates apply the parsed message (trimmed, defaults applied) as signals do.
  const asApplied = (raw: unknown): MessageMap[K] => parseMessage(name, raw);

  const signal: SignalDefinition<[unknown]> = signals[name];
  const update: UpdateDefinition<IncidentStatus, [unknown]> = updates[name];

  // Signal: never throws on bad input (that would fail the workflow task); the refusal is recorded. Synchronous
  // unless it must wait for the first plan: a flood of signals then creates no promise each (sdk-typescript #939).
  const takeSignal = (m: MessageMap[K]) => {
    const problem = unsigned(m);
    if (problem) return void rejected([problem]);
    const r = apply(m, 'signal');
    if (!r.ok) rejected([r.problem]);
  };
  setHandler(signal, (raw: unknown) => {
    const checked = checkMessage(name, raw);
    if (!checked.ok) return void rejected(checked.problems);
    // News that arrives before the first plan waits for it (it may name an obligation the plan makes).
    if (planning()) return condition(() => !planning()).then(() => takeSignal(checked.value));
    takeSignal(checked.value);
  });

  // Update: the validator refuses bad input before anything is written to history.
  setHandler(
    update,
    async (raw: unknown) => {
      if (planning()) {
        // Accepted before the first plan: wait for it, then apply; a refusal now fails this update only.
        await condition(() => !planning());
        const problem = unsigned(asApplied(raw));
        if (problem) refuse([problem]);
        const r = apply(asApplied(raw), 'update');
        if (!r.ok) refuse([r.problem]);
      } else apply(asApplied(raw), 'update');
      await host.planCaughtUp();
      return S.statusView(state);
    },
    {
      validator: (raw: unknown) => {
        // Refusals are final: the same message is refused every time (never retryable).
        const problems = messageProblems(name, raw);
        if (problems) refuse(problems);
        if (planning()) return; // checked against the plan once it is made
        const problem = unsigned(asApplied(raw));
        if (problem) refuse([problem]);
        // Dry run on a copy, so a message the state cannot take (unknown obligation, own approval) is refused too.
        const copy = JSON.parse(JSON.stringify(state)) as S.IncidentState;
        const r = S.applyMessage(copy, name, asApplied(raw), Date.now(), 'update');
        if (!r.ok) refuse([r.problem]);
      },
    },
  );
}
