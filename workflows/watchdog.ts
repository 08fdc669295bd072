/**
 * The watchdog: a long-lived workflow, one per namespace, that sweeps for stuck incidents every few minutes
 * (activities/watchdog.ts) and alerts each once per stuck spell. It holds only who was alerted, and
 * continues as new every hundred sweeps.
 *
 * Started by a versioned worker, it follows the current worker deployment version (AUTO_UPGRADE) where an
 * incident stays pinned, so it never holds an old version from draining: its code must stay replay-compatible,
 * and a change that is not ships with the watchdog terminated first (it holds only who was alerted; the next
 * worker starts it again: docs/operations.md).
 */
import { makeContinueAsNewFunc, proxyActivities, setWorkflowOptions, sleep, workflowInfo } from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import type { Alerted, WatchdogActivities } from '../activities/watchdog';

const { sweepStuckIncidents } = proxyActivities<WatchdogActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '2 minutes', maximumAttempts: 3 },
});

export const WATCHDOG_WORKFLOW = 'incidentWatchdogWorkflow';
export const WATCHDOG_WORKFLOW_ID = 'breachclock-watchdog';
/**
 * Memo a versioned worker starts the watchdog with. The behaviour cannot be fixed in the code: server 1.29.1
 * fails every task of a workflow that names one on an unversioned worker.
 */
export const FOLLOWS_CURRENT_VERSION_MEMO = { followsCurrentVersion: true };

export interface WatchdogInput {
  alerted?: Alerted;
  /** Between sweeps (a Temporal duration string); 5 minutes by default. */
  every?: Duration;
}

export async function incidentWatchdogWorkflow(input: WatchdogInput = {}): Promise<void> {
  let alerted = input.alerted ?? {};
  const every = input.every ?? '5 minutes';
  for (let sweep = 0; sweep < 100; sweep++) {
    try {
      alerted = (await sweepStuckIncidents(alerted)).alerted;
    } catch {
      // A sweep that fails (the server busy) is tried again at the next one; the watchdog never stops.
    }
    await sleep(every);
  }
  await makeContinueAsNewFunc<typeof incidentWatchdogWorkflow>({ memo: workflowInfo().memo })({ alerted, every });
}
setWorkflowOptions(() => (workflowInfo().memo?.followsCurrentVersion === true ? { versioningBehavior: 'AUTO_UPGRADE' } : {}), incidentWatchdogWorkflow);
