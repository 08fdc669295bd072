/** A typed client for incidents: start, query, send messages (docs/design.md §5, §6). */
import { Client, Connection, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type WorkflowExecutionInfo } from '@temporalio/client';
import type { Incident } from '../domain/incident/incident';
import type { IncidentStatus, ReportSource } from '../domain/incident/status';
import { dataConverterFor } from '../platform/codec';
import { codecFromConfig, type Config } from '../platform/config';
import { connectionOptions } from '../platform/connection';
import type { MessageName } from '../domain/incident/messages';
import { INCIDENT_WORKFLOW, reportSourceQuery, signals, statusQuery, updates } from '../workflows/messages';
import { JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT, PHASE } from '../workflows/search-attributes';

export { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError };

export async function connectClient(config: Config): Promise<Client> {
  const connection = await Connection.connect({ ...connectionOptions(config), connectTimeout: '5 seconds' });
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(codecFromConfig(config)) });
}

export async function openIncident(client: Client, taskQueue: string, incident: Incident): Promise<string> {
  const handle = await client.workflow.start(INCIDENT_WORKFLOW, {
    workflowId: incident.incidentId,
    taskQueue,
    args: [{ incident }],
    // A second start with the same ID is refused, even after the first closed.
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [{ key: PHASE, value: 'planning' }],
    staticSummary: `Incident ${incident.incidentId}`,
  });
  return handle.firstExecutionRunId;
}

export async function incidentStatus(client: Client, incidentId: string): Promise<IncidentStatus> {
  return client.workflow.getHandle(incidentId).query(statusQuery);
}

/** The server's answer for an incident that does not exist (older servers say so only in the message). */
export function isIncidentNotFound(err: unknown): boolean {
  return err instanceof WorkflowNotFoundError || /not found/i.test((err as Error)?.message ?? '');
}

export async function incidentReportSource(client: Client, incidentId: string): Promise<ReportSource> {
  return client.workflow.getHandle(incidentId).query(reportSourceQuery);
}

/** Sends a message as an update (validated by the workflow before it reaches history); returns the new status. */
export async function sendMessage(client: Client, incidentId: string, name: MessageName, payload: unknown): Promise<IncidentStatus> {
  return client.workflow.getHandle(incidentId).executeUpdate(updates[name], { args: [payload] });
}

/** Sends a message as a signal (fire and forget; a bad payload is recorded as rejected). */
export async function signalMessage(client: Client, incidentId: string, name: MessageName, payload: unknown): Promise<void> {
  await client.workflow.getHandle(incidentId).signal(signals[name], payload);
}

/** One incident as the list pages show it, from Temporal visibility (search attributes). */
export interface IncidentListRow {
  incidentId: string;
  phase: string;
  nextDeadline: string | null;
  overdue: number;
  jurisdictions: string[];
  status: string;
}

/**
 * The incident list, complete and in order at any size: overdue first, then by next deadline, then those
 * with no dated deadline. SQL visibility (PostgreSQL, MySQL) has no ORDER BY, so the order comes from
 * bounded queries on the search attributes that carry it, one tier at a time (overdue; deadlines due in
 * successive windows; none), each tier read whole and sorted, never a sort of an arbitrary capped page.
 */
const DAY = 86_400_000;
const WINDOWS_DAYS = [1, 7, 30, 90, 365, 3650];

interface Tier {
  /** What the tier adds to the base query. */
  where: string;
}

/**
 * Next-deadline windows at `cuts` (days from now), then none: each a bounded query, read whole. Few enough
 * that a first page stays within SQL visibility's default 10 requests a second.
 */
function windows(now: number, cuts: number[]): string[] {
  const at = (d: number) => `"${new Date(now + d * DAY).toISOString()}"`;
  const out = [`BreachclockNextDeadline < ${at(cuts[0])}`];
  for (let i = 0; i + 1 < cuts.length; i++) out.push(`BreachclockNextDeadline >= ${at(cuts[i])} AND BreachclockNextDeadline < ${at(cuts[i + 1])}`);
  out.push(`BreachclockNextDeadline >= ${at(cuts[cuts.length - 1])}`, 'BreachclockNextDeadline IS NULL');
  return out;
}

/** Overdue incidents first, then the rest; each group by next deadline, in windows small enough to read whole. */
function tiers(overdueOnly: boolean, now: number): Tier[] {
  const overdue = windows(now, [-30, 0, 7]).map((w) => ({ where: `BreachclockOverdueCount > 0 AND ${w}` }));
  if (overdueOnly) return overdue;
  const notOverdue = '(BreachclockOverdueCount = 0 OR BreachclockOverdueCount IS NULL)';
  return [...overdue, ...windows(now, [0, ...WINDOWS_DAYS]).map((w) => ({ where: `${notOverdue} AND ${w}` }))];
}

export interface IncidentPage {
  incidents: IncidentListRow[];
  /** How many incidents the list holds in all (overdue only, when asked). */
  total: number;
  /** Pass back for the next page; null on the last. */
  nextPageToken: string | null;
}

function rowOf(wf: WorkflowExecutionInfo): IncidentListRow {
  const sa = wf.typedSearchAttributes;
  return {
    incidentId: wf.workflowId,
    phase: sa.get(PHASE) ?? wf.status.name.toLowerCase(),
    nextDeadline: sa.get(NEXT_DEADLINE)?.toISOString() ?? null,
    overdue: sa.get(OVERDUE_COUNT) ?? 0,
    jurisdictions: sa.get(JURISDICTIONS_SA) ?? [],
    status: wf.status.name,
  };
}

/** One page of the list. The token holds the tier, the rows of it already shown, and the time the windows are cut at. */
export async function listIncidentsPage(client: Client, opts: { overdueOnly?: boolean; limit?: number; pageToken?: string | null; now?: number } = {}): Promise<IncidentPage> {
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 1000));
  const base = `WorkflowType = '${INCIDENT_WORKFLOW}'`;
  let pos = { tier: 0, skip: 0, at: opts.now ?? Date.now() };
  if (opts.pageToken) {
    try {
      const p = JSON.parse(Buffer.from(opts.pageToken, 'base64url').toString('utf8')) as typeof pos;
      if (![p.tier, p.skip, p.at].every((n) => Number.isInteger(n) && n >= 0)) throw new Error('bad');
      pos = p;
    } catch {
      throw new InvalidPageTokenError('pageToken: not a page token this list gave out');
    }
  }
  const all = tiers(!!opts.overdueOnly, pos.at);
  const totalQuery = opts.overdueOnly ? `${base} AND BreachclockOverdueCount > 0` : base;
  // The total is counted while the tiers are read: on SQL visibility a count is a scan of its own.
  const counting = client.workflow.count(totalQuery);
  counting.catch(() => undefined);
  const incidents: IncidentListRow[] = [];
  for (let t = pos.tier; t < all.length; t++) {
    const rows: IncidentListRow[] = [];
    for await (const wf of client.workflow.list({ query: `${base} AND ${all[t].where}`, pageSize: 500 })) rows.push(rowOf(wf));
    rows.sort((a, b) => (a.nextDeadline ?? '~').localeCompare(b.nextDeadline ?? '~') || a.incidentId.localeCompare(b.incidentId));
    const skip = t === pos.tier ? pos.skip : 0;
    const take = rows.slice(skip, skip + (limit - incidents.length));
    incidents.push(...take);
    if (incidents.length >= limit) {
      const shown = skip + take.length;
      const more = shown < rows.length || t + 1 < all.length;
      const next = shown < rows.length ? { tier: t, skip: shown, at: pos.at } : { tier: t + 1, skip: 0, at: pos.at };
      return { incidents, total: (await counting).count, nextPageToken: more ? Buffer.from(JSON.stringify(next)).toString('base64url') : null };
    }
  }
  return { incidents, total: (await counting).count, nextPageToken: null };
}

export class InvalidPageTokenError extends Error {}

/** Every incident, in list order (the CLI's --all): page by page. */
export async function listIncidents(client: Client, overdueOnly = false): Promise<IncidentListRow[]> {
  const rows: IncidentListRow[] = [];
  let pageToken: string | null = null;
  do {
    const page: IncidentPage = await listIncidentsPage(client, { overdueOnly, limit: 1000, pageToken });
    rows.push(...page.incidents);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return rows;
}
