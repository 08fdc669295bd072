/**
 * Side work beside the incident's clocks: each email and each record export runs in its own coroutine with
 * bounded activity retries, then pauses on a workflow timer and tries again. The main loop never awaits
 * them, so overdue marks and escalations happen on time while the mail server or the record store is down
 * (docs/design.md §9). What is not yet done lives in the state (outbox, recordsExported), so continue-as-new
 * carries it; continue-as-new waits only until no activity of theirs is in flight.
 */
import { ActivityFailure, ApplicationFailure, condition, IllegalStateError, proxyActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { EmailMessage } from '../domain/incident/email';
import { incidentRecord, recordVersionsDue } from '../domain/incident/record';
import * as S from '../domain/incident/state';
import { EMAIL, RECORDS } from './activity-options';

const { sendEmail } = proxyActivities<Activities>(EMAIL);
const { exportRecord, exportAuditPage } = proxyActivities<Activities>(RECORDS);

/** Why an activity failed, in its own words (the ApplicationFailure it threw, or the timeout). */
export const causeOf = (err: ActivityFailure): string => (err.cause instanceof ApplicationFailure ? err.cause.message : (err.cause?.message ?? err.message));
/** Refused for good (a 5xx, a bad address): retrying cannot help. */
const permanent = (err: ActivityFailure): boolean => err.cause instanceof ApplicationFailure && err.cause.nonRetryable === true;

/**
 * A lane outlives its run only as an orphaned promise: once the run ends or is evicted from the worker's cache,
 * scheduling throws IllegalStateError, which must not surface as an unhandled rejection in the worker thread.
 * Any other error is rethrown: inside a live run it fails the workflow task, loudly.
 */
function orphaned(err: unknown): void {
  if (err instanceof IllegalStateError) return;
  throw err;
}

export class EffectLanes {
  private inFlight = 0;
  private stopped = false;
  private exporting = false;

  constructor(private readonly state: S.IncidentState) {}

  /** Starts the lanes for what the state already owes (a new run after continue-as-new). */
  start(): void {
    for (const item of [...(this.state.outbox ?? [])]) this.spawn(this.deliver(item));
    this.spawn(this.exportLane());
  }

  /** The run is ending (continue-as-new or return): the lanes start nothing more; pending work stays in the state. */
  stop(): void {
    this.stopped = true;
  }

  private spawn(lane: Promise<void>): void {
    lane.catch(orphaned);
  }

  /** No activity of the lanes is running: safe to continue-as-new (pending work is in the state). */
  get idle(): boolean {
    return this.inFlight === 0 && !this.exporting;
  }

  /** Everything owed is done: nothing in the outbox, every record version and audit page written. */
  get drained(): boolean {
    return this.idle && !(this.state.outbox ?? []).length && !this.exportsDue();
  }

  /** Queues an email; it is recorded in the audit trail (type, detail) once it is sent. */
  send(email: EmailMessage, type: string, detail: string): void {
    this.spawn(this.deliver(S.enqueueEmail(this.state, email, type, detail)));
  }

  private async withActivity<T>(run: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await run();
    } finally {
      this.inFlight -= 1;
    }
  }

  private async deliver(item: S.OutboxItem): Promise<void> {
    while (!this.stopped) {
      try {
        await this.withActivity(() => sendEmail(item.email));
        S.emailSent(this.state, item, Date.now());
        return;
      } catch (err) {
        if (!(err instanceof ActivityFailure)) throw err;
        const pause = permanent(err) ? null : S.emailDelayed(this.state, item, causeOf(err), Date.now());
        if (pause === null) return this.drop(item, causeOf(err));
        await sleep(pause);
      }
    }
  }

  /** A permanent failure: recorded, and escalated once per address to the other contacts. */
  private drop(item: S.OutboxItem, reason: string): void {
    S.emailDropped(this.state, item);
    const notice = S.recordDeliveryFailure(this.state, item.email, reason, Date.now());
    if (notice) this.send(notice, 'emailFailureEscalated', 'delivery failure notice');
  }

  private exportsDue(): boolean {
    return recordVersionsDue(this.state) > (this.state.recordsExported ?? 0) || S.auditPageDue(this.state) !== null;
  }

  private async exportLane(): Promise<void> {
    while (!this.stopped) {
      await condition(() => this.stopped || this.exportsDue());
      while (!this.stopped && this.exportsDue()) {
        const pause = await this.exportNext();
        if (pause !== null) await sleep(pause);
      }
    }
  }

  /** Writes the next record version or audit page; the pause before retrying when the store refuses. */
  private async exportNext(): Promise<number | null> {
    const v = (this.state.recordsExported ?? 0) + 1;
    const page = v <= recordVersionsDue(this.state) ? null : S.auditPageDue(this.state);
    this.exporting = true;
    try {
      if (page) {
        await exportAuditPage({ incidentId: this.state.status.incidentId, page: page.page, events: page.events });
        S.auditPageExported(this.state, page.page, page.events.length);
      } else {
        await exportRecord(incidentRecord(this.state, v));
        S.exportSucceeded(this.state, v, Date.now());
      }
      return null;
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
      const failed = S.exportFailed(this.state, page ? `audit page ${page.page}` : `record version ${v}`, causeOf(err), Date.now());
      if (failed.alert) this.send(failed.alert, 'emailSent', 'record store problem alert');
      return failed.pauseMs;
    } finally {
      this.exporting = false;
    }
  }
}
