/**
 * How the workflows call their activities: timeouts and retries in one place, so the incident workflow and
 * the bench's baseline workflow proxy the same options (the baseline measures breachclock's own cost).
 */
import type { ActivityOptions } from '@temporalio/workflow';

/** Bounded: a plan that cannot be made is recorded and the owner alerted, never retried forever. */
export const PLANNING: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 5 },
};

/**
 * Transient SMTP errors retry with backoff for 20 minutes; then the workflow records the delay, shows it in
 * status and tries again after a pause (workflows/effect-lanes.ts). A 5xx is non-retryable (the activity says so).
 */
export const EMAIL: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '20 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
};

/**
 * Records outlive Temporal's retention: written on each filing and on close (RSMo 375.1407.4, RSA 420-P:5 IV).
 * A store that keeps refusing (a full disk) shows in status within 10 minutes; the workflow then retries after
 * growing pauses, never holding back a deadline.
 */
export const RECORDS: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  scheduleToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
};
