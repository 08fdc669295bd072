/** A typed client for incidents: start, query, send messages (docs/design.md §5, §6). */
import { Client, Connection, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { Incident } from '../domain/incident';
import type { IncidentStatus, ReportSource } from '../domain/status';
import { dataConverterFor } from '../worker/codec';
import { codecFromConfig, type Config } from '../worker/config';
import { connectionOptions } from '../worker/connection';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import type { MessageName } from '../domain/messages';
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
  const def = updates[name] as unknown as UpdateDefinition<IncidentStatus, [unknown]>;
  return client.workflow.getHandle(incidentId).executeUpdate(def, { args: [payload] });
}

/** Sends a message as a signal (fire and forget; a bad payload is recorded as rejected). */
export async function signalMessage(client: Client, incidentId: string, name: MessageName, payload: unknown): Promise<void> {
  const def = signals[name] as unknown as SignalDefinition<[unknown]>;
  await client.workflow.getHandle(incidentId).signal(def, payload);
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

/** Incidents from visibility, soonest deadline first; `overdueOnly` filters on BreachclockOverdueCount. */
export async function listIncidents(client: Client, overdueOnly = false, max = 500): Promise<IncidentListRow[]> {
  const query = `WorkflowType = '${INCIDENT_WORKFLOW}'${overdueOnly ? ' AND BreachclockOverdueCount > 0' : ''}`;
  const rows: IncidentListRow[] = [];
  for await (const wf of client.workflow.list({ query, pageSize: 200 })) {
    rows.push({
      incidentId: wf.workflowId,
      phase: (wf.typedSearchAttributes.get(PHASE) as string | undefined) ?? wf.status.name.toLowerCase(),
      nextDeadline: wf.typedSearchAttributes.get(NEXT_DEADLINE)?.toISOString() ?? null,
      overdue: (wf.typedSearchAttributes.get(OVERDUE_COUNT) as number | undefined) ?? 0,
      jurisdictions: (wf.typedSearchAttributes.get(JURISDICTIONS_SA) as string[] | undefined) ?? [],
      status: wf.status.name,
    });
    if (rows.length >= max) break;
  }
  return rows.sort((a, b) => (a.nextDeadline ?? '9').localeCompare(b.nextDeadline ?? '9'));
}
