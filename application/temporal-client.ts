/** A typed client for incidents: start, query, send messages (docs/design.md §5, §6). */
import { Client, Connection, ServiceError, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { Actor } from '../domain/incident/actor';
import type { Incident } from '../domain/incident/incident';
import type { IncidentStatus, ReportSource } from '../domain/incident/status';
import { dataConverterFor } from '../platform/codec';
import { codecFromConfig, type Config } from '../platform/config';
import { connectionOptions } from '../platform/connection';
import type { MessageName } from '../domain/incident/messages';
import { INCIDENT_WORKFLOW, reportSourceQuery, signals, statusQuery, updates } from '../workflows/messages';
import { PHASE } from '../workflows/search-attributes';
import { listMemo } from './incident-list';

export { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError };

export async function connectClient(config: Config): Promise<Client> {
  const connection = await Connection.connect({ ...connectionOptions(config), connectTimeout: '5 seconds' });
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(codecFromConfig(config)) });
}

export async function openIncident(client: Client, taskQueue: string, incident: Incident, openedBy?: Actor): Promise<string> {
  const handle = await client.workflow.start(INCIDENT_WORKFLOW, {
    workflowId: incident.incidentId,
    taskQueue,
    args: [openedBy ? { incident, openedBy } : { incident }],
    // A second start with the same ID is refused, even after the first closed.
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [{ key: PHASE, value: 'planning' }],
    staticSummary: `Incident ${incident.incidentId}`,
    // What the list shows beside the ID: in the memo (encrypted by the codec, unlike search attributes; set at start,
    // so the workflow's history and its replay are untouched), carried by the server across continue-as-new.
    memo: listMemo(incident),
  });
  return handle.firstExecutionRunId;
}

export async function incidentStatus(client: Client, incidentId: string): Promise<IncidentStatus> {
  return client.workflow.getHandle(incidentId).query(statusQuery);
}

/** gRPC NOT_FOUND, as a raw ServiceError carries it when the SDK did not map it. */
const GRPC_NOT_FOUND = 5;

/**
 * The server found no running execution: the incident never existed, or its workflow has ended (news to an
 * ended workflow is NOT_FOUND too). Told apart by `hasEnded`, never by message text.
 */
export function isIncidentNotFound(err: unknown): boolean {
  if (err instanceof WorkflowNotFoundError) return true;
  const code = err instanceof ServiceError ? (err.cause as { code?: unknown } | undefined)?.code : undefined;
  return code === GRPC_NOT_FOUND;
}

/** Whether the incident's workflow exists and has ended (closed, its records period over). */
export async function hasEnded(client: Client, incidentId: string): Promise<boolean> {
  try {
    return (await client.workflow.getHandle(incidentId).describe()).status.name !== 'RUNNING';
  } catch (err) {
    if (isIncidentNotFound(err)) return false;
    throw err;
  }
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

