/** A typed client for incidents: start, query, send messages (design.md §5, §6). */
import { Client, Connection, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { Incident } from '../domain/incident';
import type { IncidentStatus } from '../domain/status';
import type { Config } from '../worker/config';
import { connectionOptions } from '../worker/connection';
import { INCIDENT_WORKFLOW, statusQuery } from '../workflows/messages';
import { PHASE } from '../workflows/search-attributes';

export { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError };

export async function connectClient(config: Config): Promise<Client> {
  const connection = await Connection.connect({ ...connectionOptions(config), connectTimeout: '5 seconds' });
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
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
