/**
 * How the workflows call their activities: timeouts and retries in one place, so the incident workflow and
 * the bench's baseline workflow proxy the same options (the baseline measures breachclock's own cost).
 */
import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

/** Bounded: a plan that cannot be made is recorded and the owner alerted, never retried forever. */
export const PLANNING: ActivityOptions & LocalActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 5 },
};

/** Transient SMTP errors retry with backoff for up to 2 hours; a 5xx is non-retryable (the activity says so). */
export const EMAIL: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '2 hours',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
};

/** Records outlive Temporal's retention: written on each filing and on close (RSMo 375.1407.4, RSA 420-P:5 IV). */
export const RECORDS: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  scheduleToCloseTimeout: '7 days',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
};
