/**
 * The incident list, complete and in order at any size: overdue first, then by next deadline, then those
 * with no dated deadline; the total beside it. SQL visibility (PostgreSQL, MySQL) has no ORDER BY, so the
 * order comes from bounded queries on the search attributes that carry it: a page reads one window of
 * next deadlines after another, each window narrowed (by cheap counts) until it holds at most a few hundred
 * incidents, read whole and sorted; never a sort of an arbitrary capped page. The page token is a cursor:
 * the group, the deadline and incident the last page ended at.
 */
import type { Client, WorkflowExecutionInfo } from '@temporalio/client';
import { INCIDENT_ID_PATTERN, type Incident } from '../domain/incident/incident';
import { INCIDENT_WORKFLOW } from '../workflows/messages';
import type { Stuck } from '../platform/stuck';
import { JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT, PHASE } from '../workflows/search-attributes';

/** One incident as the list pages show it, from Temporal visibility (search attributes). */
export interface IncidentListRow {
  incidentId: string;
  /** From the memo set at open (null for an incident opened before the list showed it). */
  title: string | null;
  owner: string | null;
  phase: string;
  nextDeadline: string | null;
  overdue: number;
  jurisdictions: string[];
  status: string;
  /** Its workflow tasks keep failing (application/stuck.ts): no clock of it runs until repaired. */
  stuck?: Stuck;
}

export interface IncidentPage {
  incidents: IncidentListRow[];
  /** How many incidents the list holds in all (overdue only, when asked). */
  total: number;
  /** Pass back for the next page; null on the last. */
  nextPageToken: string | null;
}

export class InvalidPageTokenError extends Error {}

const DAY = 86_400_000;
const MIN = Date.parse('1970-01-01T00:00:00Z');
const MAX = Date.parse('2200-01-01T00:00:00Z');
/** Ladder of first cuts, in days from the list's moment: most incidents fall near now. */
const CUTS_DAYS = [-3650, -365, -90, -30, -7, -1, 0, 1, 7, 30, 90, 365, 3650];
/** A window holding more incidents than this is halved before it is read. */
const WINDOW_CAP = 300;
const GROUPS = ['BreachclockOverdueCount > 0', '(BreachclockOverdueCount = 0 OR BreachclockOverdueCount IS NULL)'];
const BASE = `WorkflowType = '${INCIDENT_WORKFLOW}'`;

/** Where a page starts: group, lower bound of the next deadline window (null: the no-deadline window), last incident shown there. */
interface Cursor {
  g: number;
  d: number | null;
  id: string;
  /** The moment the ladder is cut at, fixed for a whole listing. */
  at: number;
}

/** The memo an incident is started with: what the list shows beside its ID. */
export const listMemo = (incident: Incident): Record<string, string> => ({ title: incident.title, owner: incident.contacts.owner });

/**
 * A memo value as the list may show it: text, one line, no control or bidirectional characters, capped. A memo is
 * whatever its starter wrote: the list screens it as it screens workflows breachclock did not start.
 */
function memoText(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const t = v.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  return t || null;
}

/** Breachclock's own incidents only: its workflow type (queried) and an incident ID (checked here). */
const isIncident = (wf: WorkflowExecutionInfo) => wf.type === INCIDENT_WORKFLOW && INCIDENT_ID_PATTERN.test(wf.workflowId);

function rowOf(wf: WorkflowExecutionInfo): IncidentListRow {
  const sa = wf.typedSearchAttributes;
  return {
    incidentId: wf.workflowId,
    title: memoText(wf.memo?.title),
    owner: memoText(wf.memo?.owner),
    phase: sa.get(PHASE) ?? wf.status.name.toLowerCase(),
    nextDeadline: sa.get(NEXT_DEADLINE)?.toISOString() ?? null,
    overdue: sa.get(OVERDUE_COUNT) ?? 0,
    jurisdictions: sa.get(JURISDICTIONS_SA) ?? [],
    status: wf.status.name,
  };
}

const iso = (ms: number) => `"${new Date(ms).toISOString()}"`;
const inWindow = (from: number, to: number) => `BreachclockNextDeadline >= ${iso(from)} AND BreachclockNextDeadline < ${iso(to)}`;

function decodeToken(token: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
    const ok =
      Number.isInteger(c.g) && c.g >= 0 && c.g < GROUPS.length && (c.d === null || (Number.isFinite(c.d) && c.d >= MIN && c.d <= MAX)) &&
      typeof c.id === 'string' && c.id.length <= 64 && Number.isFinite(c.at);
    if (ok) return c;
  } catch {
    // refused below
  }
  throw new InvalidPageTokenError('pageToken: not a page token this list gave out');
}

/** The window after `from`: up to the next ladder cut, halved while it holds more than WINDOW_CAP; with its count. */
async function nextWindow(client: Client, group: string, from: number, at: number): Promise<{ to: number; count: number }> {
  let to = [...CUTS_DAYS.map((d) => at + d * DAY), MAX].find((t) => t > from) ?? MAX;
  for (;;) {
    const count = (await client.workflow.count(`${BASE} AND ${group} AND ${inWindow(from, to)}`)).count;
    if (count <= WINDOW_CAP || to - from <= 60_000) return { to, count };
    to = from + Math.floor((to - from) / 2);
  }
}

async function readSorted(client: Client, query: string): Promise<IncidentListRow[]> {
  const rows: IncidentListRow[] = [];
  for await (const wf of client.workflow.list({ query, pageSize: 500 })) if (isIncident(wf)) rows.push(rowOf(wf));
  return rows.sort((a, b) => (a.nextDeadline ?? '~').localeCompare(b.nextDeadline ?? '~') || a.incidentId.localeCompare(b.incidentId));
}

/** Reads from the cursor until `need` rows are taken or the groups end; returns them and where the next page starts. */
async function readFrom(client: Client, c: Cursor, need: number, groups: number): Promise<{ rows: IncidentListRow[]; next: Cursor | null }> {
  const rows: IncidentListRow[] = [];
  while (rows.length < need && c.g < groups) {
    const group = GROUPS[c.g];
    const dated = c.d !== null;
    const w = dated ? await nextWindow(client, group, c.d!, c.at) : { to: MAX, count: 1 };
    const read = w.count ? await readSorted(client, `${BASE} AND ${group} AND ${dated ? inWindow(c.d!, w.to) : 'BreachclockNextDeadline IS NULL'}`) : [];
    // Rows at the cursor's own deadline up to the incident it ended at were shown already.
    const after = read.filter((r) => !c.id || (dated ? Date.parse(r.nextDeadline!) > c.d! || r.incidentId > c.id : r.incidentId > c.id));
    const take = after.slice(0, need - rows.length);
    rows.push(...take);
    if (take.length < after.length) {
      const last = take[take.length - 1];
      c = { ...c, d: dated ? Date.parse(last.nextDeadline!) : null, id: last.incidentId };
    } else if (dated) c = { ...c, d: w.to >= MAX ? null : w.to, id: '' };
    else c = { ...c, g: c.g + 1, d: MIN, id: '' };
  }
  return { rows, next: c.g < groups ? c : null };
}

/** One page of the list: at most `limit` incidents from where the token says, with the total. */
export async function listIncidentsPage(client: Client, opts: { overdueOnly?: boolean; limit?: number; pageToken?: string | null; now?: number } = {}): Promise<IncidentPage> {
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 1000));
  const groups = opts.overdueOnly ? 1 : GROUPS.length;
  const start = opts.pageToken ? decodeToken(opts.pageToken) : { g: 0, d: MIN, id: '', at: opts.now ?? Date.now() };
  // The total is counted while the windows are read: on SQL visibility a count is a scan of its own.
  const counting = client.workflow.count(opts.overdueOnly ? `${BASE} AND ${GROUPS[0]}` : BASE);
  counting.catch(() => undefined);
  const { rows, next } = await readFrom(client, start, limit, groups);
  const total = (await counting).count;
  return { incidents: rows, total, nextPageToken: next ? Buffer.from(JSON.stringify(next)).toString('base64url') : null };
}

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
