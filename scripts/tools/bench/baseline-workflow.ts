/**
 * The bare-Temporal baseline for `npm run bench` (issue 7; docs/design.md §9): one email activity, a
 * sleep, one more email. Same bundle, same worker, same activity options as the incident workflow, so
 * the ratio between them is breachclock's own cost. Only the bench's bundle (./workflows.ts) holds it:
 * production workers never register it.
 */
import { defineQuery, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../../activities';
import { EMAIL } from '../../../workflows/activity-options';

const { sendEmail } = proxyActivities<Activities>(EMAIL);

export interface BaselineInput {
  id: string;
  to: string;
  /** ISO instant to sleep until before the closing email. */
  sleepUntil: string;
}

export const baselineMessageId = (id: string, slot: string) => `<${id}.baseline.${slot}@breachclock>`;

/** Answered like the incident's status query, so the bench can time waking an evicted workflow of each kind. */
export const baselineStatusQuery = defineQuery<{ id: string; phase: string }>('status');

export async function baselineWorkflow(input: BaselineInput): Promise<void> {
  let phase = 'opening';
  setHandler(baselineStatusQuery, () => ({ id: input.id, phase }));
  await sendEmail({ to: [input.to], subject: `[baseline] ${input.id} opened`, text: 'baseline', messageId: baselineMessageId(input.id, 'opening') });
  phase = 'asleep';
  await sleep(Math.max(1, Date.parse(input.sleepUntil) - Date.now()));
  await sendEmail({ to: [input.to], subject: `[baseline] ${input.id} woke`, text: 'baseline', messageId: baselineMessageId(input.id, 'woke') });
}

/**
 * A bare workflow that only sleeps (1 ms timers) until its history holds `events` events: the yardstick
 * `npm run bench` replays beside a recorded incident life of the same length (docs/design.md §9).
 */
export async function baselineTimersWorkflow(input: { events: number }): Promise<number> {
  while (workflowInfo().historyLength < input.events) await sleep(1);
  return workflowInfo().historyLength;
}
