/**
 * Stuck incidents: a workflow whose workflow tasks keep failing (a nondeterminism error after a bad deploy,
 * a worker that cannot decode its input) keeps no clock while every other incident runs on. Temporal retries
 * such a task forever and says so only in the task's attempt count; this finds it, with its cause, so the
 * list, the console, `status` and the watchdog can say "stuck" (docs/operations.md has the repair runbook).
 */
import type { Client } from '@temporalio/client';
import { decodeOptionalFailureToOptionalError } from '@temporalio/common/lib/internal-non-workflow';
import { temporal } from '@temporalio/proto';

/** A pending workflow task on this attempt or later has failed (or timed out) at least twice in a row. */
export const STUCK_ATTEMPT = 3;

export interface Stuck {
  /** How many times the incident's current workflow task has been tried. */
  attempts: number;
  /** When the failing task was first scheduled. */
  since: string | null;
  /** Why it fails, as the worker reported it (decoded with the client's codec). */
  cause: string;
}

const CAUSE_WORDS = temporal.api.enums.v1.WorkflowTaskFailedCause;

/** The last workflow-task failure in the run's history, in words. */
async function lastTaskFailure(client: Client, incidentId: string, runId: string): Promise<string> {
  const { history } = await client.workflowService.getWorkflowExecutionHistoryReverse({
    namespace: client.options.namespace,
    execution: { workflowId: incidentId, runId },
    maximumPageSize: 50,
  });
  const failed = history?.events?.find((e) => e.workflowTaskFailedEventAttributes)?.workflowTaskFailedEventAttributes;
  if (!failed) return 'its workflow task keeps timing out (a worker that crashes or hangs on it)';
  const err = await decodeOptionalFailureToOptionalError(client.workflow.options.loadedDataConverter, failed.failure).catch(() => undefined);
  const cause = CAUSE_WORDS[failed.cause ?? 0] ?? 'unknown cause';
  return `${cause.replace('WORKFLOW_TASK_FAILED_CAUSE_', '').toLowerCase().replace(/_/g, ' ')}: ${(err?.message ?? failed.failure?.message ?? '').slice(0, 300)}`;
}

/** Whether the incident is stuck now, and why; null when its tasks run (or it has ended). */
export async function stuckOf(client: Client, incidentId: string): Promise<Stuck | null> {
  const d = await client.workflow.getHandle(incidentId).describe();
  const task = d.raw.pendingWorkflowTask;
  const attempts = task?.attempt ?? 0;
  if (d.status.name !== 'RUNNING' || attempts < STUCK_ATTEMPT) return null;
  const seconds = task?.originalScheduledTime?.seconds;
  return {
    attempts,
    since: seconds ? new Date(Number(seconds) * 1000).toISOString() : null,
    cause: await lastTaskFailure(client, incidentId, d.runId),
  };
}

/** `stuckOf` for many incidents, a few at a time; an incident that cannot be described is left unmarked. */
export async function stuckAmong(client: Client, incidentIds: string[], concurrency = 8): Promise<Map<string, Stuck>> {
  const found = new Map<string, Stuck>();
  let next = 0;
  const lane = async () => {
    while (next < incidentIds.length) {
      const id = incidentIds[next++];
      const s = await stuckOf(client, id).catch(() => null);
      if (s) found.set(id, s);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, incidentIds.length) }, lane));
  return found;
}
