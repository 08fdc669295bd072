/**
 * Activities: every side effect of an incident. Created by a factory that receives its dependencies
 * (the mail transport, the calendar), so tests hand in real ones on loopback.
 */
import { ApplicationFailure, Context } from '@temporalio/activity';
import { setTimeout as wait } from 'node:timers/promises';
import type { Transporter } from 'nodemailer';
import { BusinessCalendar, defaultCalendar } from '../domain/rules/calendar';
import type { EmailMessage } from '../domain/incident/email';
import type { Incident } from '../domain/incident/incident';
import type { Actor } from '../domain/incident/actor';
import { openingEmailOf, type OpeningAsk, type OpeningSent, type PlanResult } from '../domain/incident/state';
import { planIncident, type PlanFacts } from '../domain/rules/planner';
import { followUpTargets } from '../domain/rules/follow-up-schedule';
import { reminderSchedule } from '../domain/rules/reminders';
import type { IncidentRecord } from '../domain/incident/record';
import type { AuditEvent } from '../domain/incident/status';
import { buildReport } from '../domain/rules/report';
import { NO_ACTIVITY_METRICS, type ActivityMetrics } from '../platform/metrics';
import type { RecordStore } from '../platform/record-store';
import { icsCalendar } from '../reports/calendar';
import { emailHtml } from '../reports/email-html';
import { reportPdf } from '../reports/render';

export interface ActivityDeps {
  transport: Transporter;
  from: string;
  calendar?: BusinessCalendar;
  /** Where incident records are written (platform/record-store.ts); without one, exportRecord refuses. */
  records?: RecordStore;
  /** The console's base URL: each email links to its incident there (BREACHCLOCK_CONSOLE_URL). */
  consoleUrl?: string;
  /** Counters of emails, record exports and plan failures (platform/metrics.ts); none by default. */
  metrics?: ActivityMetrics;
  /** How long the planning activity waits for the opening summary to be accepted before leaving it to the lane. */
  openingSendBoundMs?: number;
}

/** Well inside the planning activity's 1-minute start-to-close timeout (workflows/activity-options.ts). */
const OPENING_SEND_BOUND_MS = 15_000;

/** The incident's page in the console, or undefined without a console URL. */
export const incidentLink = (consoleUrl: string | undefined, incidentId: string | undefined): string | undefined =>
  consoleUrl && incidentId ? `${consoleUrl.replace(/\/+$/, '')}/incidents/${encodeURIComponent(incidentId)}` : undefined;

export interface SendResult {
  messageId: string;
  accepted: string[];
}

/** A record store write, counted by its outcome. */
async function counted<T extends { written: boolean }>(metrics: ActivityMetrics, what: 'record' | 'audit-page', write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    metrics.recordExported(what, result.written ? 'written' : 'existing');
    return result;
  } catch (err) {
    metrics.recordExported(what, 'failed');
    throw err;
  }
}

/** The mail transport as the activities use it: counted, with a 5xx told apart as permanent. */
function mailer(deps: ActivityDeps, metrics: ActivityMetrics) {
  /** One email through the transport, its .ics and HTML made here; a 5xx is refused for good (nonRetryable). */
  async function deliver(message: EmailMessage): Promise<SendResult> {
    try {
      const link = incidentLink(deps.consoleUrl, message.incidentId);
      const text = link ? `${message.text}\n\nOpen the incident: ${link}` : message.text;
      const calendar = message.calendar?.length ? icsCalendar(message.calendar, Date.now(), () => link) : undefined;
      const info = await deps.transport.sendMail({
        from: deps.from,
        to: message.to,
        subject: message.subject,
        text,
        html: emailHtml(message.text, link, message.deadlines),
        messageId: message.messageId,
        ...(calendar ? { attachments: [{ filename: 'deadlines.ics', content: calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] } : {}),
      });
      metrics.emailSent();
      return { messageId: message.messageId, accepted: (info.accepted ?? []).map(String) };
    } catch (err) {
      const e = err as { responseCode?: number; message?: string };
      const permanent = !!e.responseCode && e.responseCode >= 500;
      metrics.emailFailed(permanent ? 'permanent' : 'transient');
      // 5xx is permanent (a bad address): retrying will not help; 4xx and connection errors are retried.
      if (permanent) {
        throw ApplicationFailure.nonRetryable(`SMTP refused ${message.messageId}: ${e.responseCode}`, 'SmtpPermanent');
      }
      throw err;
    }
  }

  /**
   * The opening summary sent with the plan, one try, bounded: a slow or refusing mail server never holds the plan
   * back, and the workflow then sends it through its email lane with that lane's retries (docs/design.md §9).
   */
  async function sendOpening(incident: Incident, result: PlanResult, openedBy?: Actor): Promise<OpeningSent | undefined> {
    const email = openingEmailOf(incident, result, Date.now(), openedBy);
    const sending = deliver(email);
    sending.catch(() => undefined); // a send that outlives the bound settles unobserved
    const stopWaiting = new AbortController();
    const bound = wait(deps.openingSendBoundMs ?? OPENING_SEND_BOUND_MS, undefined, { signal: stopWaiting.signal }).catch(() => undefined);
    try {
      const sent = await Promise.race([sending, bound]);
      return sent ? { messageId: sent.messageId, recipients: email.to.length } : undefined;
    } catch {
      return undefined;
    } finally {
      stopWaiting.abort();
    }
  }

  return { deliver, sendOpening };
}

export function createActivities(deps: ActivityDeps) {
  const calendar = deps.calendar ?? defaultCalendar();
  const metrics = deps.metrics ?? NO_ACTIVITY_METRICS;

  const { deliver, sendOpening } = mailer(deps, metrics);
  return {
    /**
     * Holiday data and counting run here, so the result is recorded in history and never recomputed on replay.
     * With `opening`, the opening summary goes out with the plan: one activity where there were two, so an
     * incident asleep holds fewer history events (docs/design.md §9).
     */
    async planObligations(incident: Incident, facts: PlanFacts, ask?: OpeningAsk): Promise<PlanResult> {
      let result: PlanResult;
      try {
        const plan = planIncident(incident, calendar, facts);
        result = {
          plan,
          reminders: reminderSchedule(plan, calendar, incident.notifications?.reminders),
          followUps: followUpTargets(incident, plan, calendar),
        };
      } catch (err) {
        metrics.planFailed();
        // Planning is a pure computation: what fails once fails every time, so retrying cannot help.
        throw ApplicationFailure.nonRetryable(`planning failed: ${(err as Error).message ?? String(err)}`.slice(0, 500), 'PlanningFailed');
      }
      const opening = ask?.opening ? await sendOpening(incident, result, ask.openedBy) : undefined;
      return opening ? { ...result, opening } : result;
    },

    /**
     * One immutable record version with its PDF (RSMo 375.1407.4, RSA 420-P:5 IV); written once per version and
     * hash-chained to the one before by the store (its link's sha256 comes back, for the activity's result in history).
     */
    async exportRecord(record: IncidentRecord): Promise<{ written: boolean; path: string; sha256: string }> {
      if (!deps.records) throw ApplicationFailure.nonRetryable('no record store configured (BREACHCLOCK_RECORDS_DIR)', 'NoRecordStore');
      const records = deps.records;
      return counted(metrics, 'record', async () => records.write(record, await reportPdf(buildReport(record.source, new Date().toISOString()))));
    },

    /** A page of the audit trail moved out of the workflow so its state stays bounded; written once per page. */
    async exportAuditPage(page: { incidentId: string; page: number; events: AuditEvent[] }): Promise<{ written: boolean; path: string }> {
      if (!deps.records) throw ApplicationFailure.nonRetryable('no record store configured (BREACHCLOCK_RECORDS_DIR)', 'NoRecordStore');
      const records = deps.records;
      return counted(metrics, 'audit-page', () => records.writeAuditPage(page.incidentId, page.page, page.events));
    },

    async sendEmail(message: EmailMessage): Promise<SendResult> {
      if (Context.current().info.attempt > 1) metrics.emailRetried();
      return deliver(message);
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
