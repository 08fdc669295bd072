/**
 * The application service: every operation on incidents, once, for both doors (the CLI and the console).
 * Each returns a typed outcome: the value, or a refusal of one kind (invalid, not found, already exists)
 * with field-path problems. The doors only parse what the user typed and render what comes back; none of
 * them catches a Temporal error itself (docs/design.md §6).
 */
import { ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Actor, mayAct } from '../domain/incident/actor';
import { INCIDENT_ID_PATTERN, parseIncident, parseWith, type FieldProblem } from '../domain/incident/incident';
import { alreadyRecorded } from '../domain/incident/already-recorded';
import { calendarEntry } from '../domain/incident/email';
import { instantsInWords, jurisdictionIn } from '../domain/incident/time-words';
import { icsCalendar } from '../reports/calendar';
import { isMessageName, MESSAGE_NAMES, parseMessageOf } from '../domain/incident/messages';
import { incidentFutureProblems, messageFutureProblems } from '../domain/incident/time-sense';
import type { IncidentRecord } from '../domain/incident/record';
import type { IncidentStatus } from '../domain/incident/status';
import { buildReport, type ReportDocument } from '../domain/rules/report';
import type { ChainCheck, RecordStore } from '../platform/record-store';
import type { AuditTrail } from '../reports/audit-export';
import {
  incidentReportSource,
  incidentStatus,
  hasEnded,
  isIncidentNotFound,
  openIncident,
  sendMessage,
  signalMessage,
  WorkflowExecutionAlreadyStartedError,
} from './temporal-client';
import { InvalidPageTokenError, listIncidents, listIncidentsPage, type IncidentPage } from './incident-list';
import { stuckAmong, stuckOf, type Stuck } from '../platform/stuck';

/** An incident whose workflow tasks keep failing: it answers no query or update until repaired. */
export class IncidentStuckError extends Error {
  constructor(
    readonly incidentId: string,
    readonly stuck: Stuck,
  ) {
    super(`${incidentId} is STUCK: its workflow task has failed ${stuck.attempts} times${stuck.since ? ` since ${stuck.since}` : ''} (${stuck.cause}). Its clocks are not running; every other incident's are. Repair: docs/operations.md, "A stuck incident"`);
  }
}

/** `unavailable`: a temporary failure (the server or the incident's worker busy or stuck); nothing was recorded, retry. */
export type RefusalKind = 'invalid' | 'not-found' | 'already-exists' | 'unavailable';
export interface Refusal {
  ok: false;
  kind: RefusalKind;
  problems: FieldProblem[];
}
export type Outcome<T> = { ok: true; value: T } | Refusal;

/** What sending news did: the new status (an update), nothing to show (a signal), or why nothing changed. */
export interface Sent {
  status: IncidentStatus | null;
  alreadyRecorded?: string;
}

/** Messages a second delivery of which changes nothing, and is worth saying so. */
const DUPLICABLE = new Set<string>(['obligationCompleted', 'followUpCompleted', 'closeIncident']);

const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
/** A refusal is read by people: every instant in it in words (the state of the obligation it names, else the zone it was written in), never ISO. */
const inWords = (p: FieldProblem): FieldProblem => ({ ...p, message: instantsInWords(p.message, jurisdictionIn(p.message)) });
const refusal = (kind: RefusalKind, path: string, message: string): Refusal => ({ ok: false, kind, problems: [inWords({ path, message })] });
const invalid = (problems: FieldProblem[]): Refusal => ({ ok: false, kind: 'invalid', problems: problems.map(inWords) });

/** The shape of an incident ID: anything else cannot exist. */
const INCIDENT_ID = INCIDENT_ID_PATTERN;
export const LIST_LIMIT = { min: 1, max: 1000, default: 50 } as const;

export interface ListRequest {
  overdueOnly?: boolean;
  limit?: number;
  pageToken?: string | null;
  /** Every page at once (the CLI's --all). */
  all?: boolean;
}

/**
 * A refused update's problems, as the workflow sent them (ApplicationFailure details: field paths); a
 * failure without details (an older worker) is one problem with its message.
 */
export function updateProblems(err: WorkflowUpdateFailedError): FieldProblem[] {
  const cause = err.cause;
  const details = cause instanceof ApplicationFailure ? cause.details?.[0] : undefined;
  const isProblem = (p: unknown): p is FieldProblem =>
    typeof p === 'object' && p !== null && typeof (p as FieldProblem).path === 'string' && typeof (p as FieldProblem).message === 'string';
  if (Array.isArray(details) && details.length && details.every(isProblem)) return details;
  return [{ path: '(message)', message: String(cause?.message ?? err.message) }];
}

/** gRPC status codes that mean "not now": deadline exceeded, resource exhausted, failed precondition (a workflow task failing), aborted, unavailable. */
const TRANSIENT_CODES = new Set([4, 8, 9, 10, 14]);
/** A refusal the incident's own validator made (workflows/message-handlers.ts): final, never retried. */
const refusedByIncident = (err: WorkflowUpdateFailedError): boolean => err.cause instanceof ApplicationFailure && err.cause.type === 'InvalidMessage';
/**
 * A failure that says nothing about the message: the update timed out, the server was busy, or the workflow
 * could not take it now (its task failing, or "wasn't processed by worker" under load). Classified by type and
 * gRPC code, never by message text.
 */
export function isTransient(err: unknown): boolean {
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  // The server's own rejection ("wasn't processed by worker") is not a verdict on the message.
  if (err instanceof WorkflowUpdateFailedError) return !refusedByIncident(err);
  const code = err instanceof ServiceError ? (err.cause as { code?: unknown } | undefined)?.code : (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' && TRANSIENT_CODES.has(code);
}

/** Pauses between tries of a transiently failed operation (milliseconds). */
const RETRY_PAUSES = [200, 800, 2_000];
const UNAVAILABLE = 'temporary failure, nothing recorded; retry in a moment (if it persists, `breachclock incident list` shows whether the incident is stuck)';

async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!isTransient(err) || attempt >= RETRY_PAUSES.length) throw err;
      await new Promise((r) => setTimeout(r, RETRY_PAUSES[attempt]));
    }
  }
}

export { coverageWords, planFor } from './plan';

/** A refusal the service makes itself inside an incident's read (not a Temporal error). */
class RefusedHere extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.message);
  }
}

/** The actor as the door authenticated them, with the role the operation needs (checked again by the workflow). */
function actorRefusal(actor: Actor, needed: 'viewer' | 'responder' | 'approver'): Refusal | null {
  const parsed = parseWith(Actor, actor);
  if (!parsed.ok) return invalid(parsed.problems.map((p) => ({ path: `actor.${p.path}`, message: p.message })));
  if (mayAct(actor, needed)) return null;
  return refusal('invalid', 'actor', `${actor.displayName} is a ${actor.role}; this needs the ${needed} role or higher`);
}

/** The second sign-off from who asked for the change: refused before it reaches the workflow (which refuses it too). */
function ownApproval(status: IncidentStatus, name: string, m: unknown, actor: Actor): FieldProblem | null {
  if (name !== 'approveChange') return null;
  const p = status.pendingChanges?.find((x) => x.id === (m as { pendingId?: string }).pendingId);
  if (!p || p.state !== 'pending' || p.requestedBy.subject !== actor.subject) return null;
  return { path: 'actor', message: `${actor.displayName} asked for ${p.id}; the second sign-off must come from someone else (an approver or admin)` };
}

export class IncidentService {
  constructor(
    private readonly deps: {
      /** The Temporal client, connected on first use (reading a kept record needs no server). */
      client: () => Promise<Client>;
      taskQueue: string;
      /** Incident records kept past Temporal's retention; without one, `record` answers not found. */
      records?: RecordStore;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** Reads something of one incident: a malformed or unknown ID is not found. */
  private async ofIncident<T>(incidentId: string, read: () => Promise<T>): Promise<Outcome<T>> {
    if (!INCIDENT_ID.test(incidentId)) return refusal('not-found', 'incidentId', `${incidentId.slice(0, 64)} is not an incident ID`);
    try {
      return done(await withRetries(read));
    } catch (err) {
      if (err instanceof IncidentStuckError) return refusal('unavailable', 'incidentId', err.message);
      if (isTransient(err)) {
        const stuck = await stuckOf(await this.deps.client(), incidentId).catch(() => null);
        return refusal('unavailable', 'incidentId', stuck ? new IncidentStuckError(incidentId, stuck).message : `${incidentId}: ${UNAVAILABLE}`);
      }
      if (!isIncidentNotFound(err)) throw err;
      // A workflow that has ended (closed, its records period over) takes no news: say so, and where its record is.
      if (await hasEnded(await this.deps.client(), incidentId)) {
        return refusal('not-found', 'incidentId', `${incidentId} is closed and its workflow has ended; its kept record: breachclock incident record ${incidentId}`);
      }
      return refusal('not-found', 'incidentId', `${incidentId} not found`);
    }
  }

  /** Starts an incident's workflow (workflow ID = incidentId), recording who opened it. */
  async open(actor: Actor, raw: unknown): Promise<Outcome<{ incidentId: string; runId: string }>> {
    const who = actorRefusal(actor, 'responder');
    if (who) return who;
    const parsed = parseIncident(raw);
    if (!parsed.ok) return invalid(parsed.problems);
    const future = incidentFutureProblems(parsed.value, this.now());
    if (future.length) return invalid(future);
    const { incidentId } = parsed.value;
    try {
      return done({ incidentId, runId: await openIncident(await this.deps.client(), this.deps.taskQueue, parsed.value, actor) });
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return refusal('already-exists', 'incidentId', `${incidentId} already exists`);
      throw err;
    }
  }

  /**
   * Records news: as an update (checked by the workflow before it reaches history; the new status comes
   * back) or, with `asSignal`, fire and forget (a refusal is recorded in the audit trail). News already
   * recorded says so (`alreadyRecorded`), and changes nothing.
   */
  async send(actor: Actor, incidentId: string, name: string, raw: unknown, opts: { asSignal?: boolean } = {}): Promise<Outcome<Sent>> {
    if (!isMessageName(name)) return refusal('invalid', 'message', `must be one of ${MESSAGE_NAMES.join(', ')}`);
    const who = actorRefusal(actor, name === 'approveChange' ? 'approver' : name === 'rejectChange' ? 'viewer' : 'responder');
    if (who) return who;
    if (typeof raw === 'object' && raw !== null && 'actor' in raw) {
      return refusal('invalid', 'actor', 'who acts is the signed-in person (or the CLI\'s --as): leave actor out of the message');
    }
    const parsed = parseMessageOf(name, { ...(raw as object), actor });
    if (!parsed.ok) return invalid(parsed.problems);
    const future = messageFutureProblems(name, parsed.value, this.now());
    if (future.length) return invalid(future);
    try {
      return await this.ofIncident(incidentId, async (): Promise<Sent> => {
        const client = await this.deps.client();
        if (DUPLICABLE.has(name) || name === 'approveChange' || name === 'rejectChange') {
          const status = await incidentStatus(client, incidentId);
          const note = alreadyRecorded(status, name, parsed.value);
          if (note) return { status: null, alreadyRecorded: note };
          const own = ownApproval(status, name, parsed.value, actor);
          if (own) throw new RefusedHere(own);
        }
        if (opts.asSignal) {
          await signalMessage(client, incidentId, name, parsed.value);
          return { status: null };
        }
        return { status: await sendMessage(client, incidentId, name, parsed.value) };
      });
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) return invalid(updateProblems(err));
      if (err instanceof RefusedHere) return invalid([err.problem]);
      throw err;
    }
  }

  /** The incident's status; a stuck incident is refused as `unavailable`, saying so with its cause. */
  status(incidentId: string): Promise<Outcome<IncidentStatus>> {
    return this.ofIncident(incidentId, async () => {
      const client = await this.deps.client();
      try {
        return await incidentStatus(client, incidentId);
      } catch (err) {
        if (isIncidentNotFound(err)) throw err;
        const stuck = await stuckOf(client, incidentId).catch(() => null);
        throw stuck ? new IncidentStuckError(incidentId, stuck) : err;
      }
    });
  }

  /** Marks the running incidents of a page whose workflow tasks keep failing. */
  private async markStuck(page: IncidentPage): Promise<IncidentPage> {
    const running = page.incidents.filter((r) => r.status === 'RUNNING').map((r) => r.incidentId);
    const stuck = await stuckAmong(await this.deps.client(), running);
    for (const row of page.incidents) {
      const s = stuck.get(row.incidentId);
      if (s) row.stuck = s;
    }
    return page;
  }

  /** The regulator notice drafts as of now (issue 6), built from the incident and every filing before. */
  report(incidentId: string): Promise<Outcome<ReportDocument>> {
    return this.ofIncident(incidentId, async () => buildReport(await incidentReportSource(await this.deps.client(), incidentId), new Date(this.now()).toISOString()));
  }

  /**
   * The incident's open dated deadlines as an iCalendar file (the same entries its emails attach), each
   * linking to the incident in the console when `consoleUrl` is given.
   */
  async calendar(incidentId: string, consoleUrl?: string): Promise<Outcome<string>> {
    const status = await this.status(incidentId);
    if (!status.ok) return status;
    const entries = status.value.obligations.flatMap((o) => calendarEntry(status.value, o));
    const link = consoleUrl ? `${consoleUrl.replace(/\/+$/, '')}/incidents/${encodeURIComponent(incidentId)}` : undefined;
    return done(icsCalendar(entries, this.now(), () => link));
  }

  /** Incidents, overdue first, then by next deadline: one page with the total, or every page. */
  async list(req: ListRequest = {}): Promise<Outcome<IncidentPage>> {
    const limit = req.limit ?? LIST_LIMIT.default;
    if (!Number.isInteger(limit) || limit < LIST_LIMIT.min || limit > LIST_LIMIT.max) {
      return refusal('invalid', 'limit', `must be a whole number from ${LIST_LIMIT.min} to ${LIST_LIMIT.max}`);
    }
    if (req.all) {
      const incidents = await listIncidents(await this.deps.client(), !!req.overdueOnly);
      return done(await this.markStuck({ incidents, total: incidents.length, nextPageToken: null }));
    }
    try {
      return done(await this.markStuck(await listIncidentsPage(await this.deps.client(), { overdueOnly: req.overdueOnly, limit, pageToken: req.pageToken ?? null })));
    } catch (err) {
      if (err instanceof InvalidPageTokenError) return refusal('invalid', 'pageToken', 'not a page token this list gave out');
      throw err;
    }
  }

  /** The kept record (RSMo 375.1407.4, RSA 420-P:5 IV), readable after the workflow's history is gone. */
  async record(incidentId: string): Promise<Outcome<IncidentRecord>> {
    const store = this.deps.records;
    const record = store && INCIDENT_ID.test(incidentId) ? await store.read(incidentId) : null;
    // The records folder is the server's business: never in an answer a person or a browser sees.
    return record ? done(record) : refusal('not-found', 'incidentId', `no record for ${incidentId.slice(0, 64)}`);
  }

  /**
   * The whole audit trail, oldest first: the pages moved to the record store, then the running incident's own;
   * once the workflow has ended, the kept record's.
   */
  async auditTrail(incidentId: string): Promise<Outcome<AuditTrail>> {
    const generatedAt = new Date(this.now()).toISOString();
    const live = await this.ofIncident(incidentId, async () => incidentReportSource(await this.deps.client(), incidentId));
    if (live.ok) {
      const paged = (await this.deps.records?.auditPages(incidentId)) ?? [];
      const { current, status } = live.value;
      const trail: AuditTrail = { incidentId, title: status.title, domicileState: current.incident.licensee.domicileState, events: [...paged, ...status.events], readFrom: 'workflow', generatedAt };
      return done(trail);
    }
    if (live.kind !== 'not-found') return live;
    const kept = await this.record(incidentId);
    if (!kept.ok) return live;
    const src = kept.value.source;
    const paged = (await this.deps.records?.auditPages(incidentId)) ?? [];
    return done({ incidentId, title: src.title, domicileState: src.current.incident.licensee.domicileState, events: [...paged, ...src.status.events], readFrom: 'record', generatedAt });
  }

  /** Walks the kept record's hash chain: every version intact, or the first that broke. Needs no Temporal server. */
  async verify(incidentId: string): Promise<Outcome<ChainCheck>> {
    const store = this.deps.records;
    if (!store || !INCIDENT_ID.test(incidentId)) return refusal('not-found', 'incidentId', `no record of ${incidentId.slice(0, 64)} is kept`);
    const check = await store.verify(incidentId);
    if (!check.ok && check.version === 0) return refusal('not-found', 'incidentId', check.problem);
    return done(check);
  }

  /** The PDF kept beside a record version. */
  async recordPdf(incidentId: string, version: number): Promise<Outcome<Buffer>> {
    const pdf = this.deps.records && INCIDENT_ID.test(incidentId) ? await this.deps.records.readPdf(incidentId, version) : null;
    return pdf ? done(pdf) : refusal('not-found', 'version', `no PDF kept for version ${version}`);
  }
}
