/**
 * Message definitions for the incident workflow, imported by both the workflow and the client
 * (samples-typescript style). Each message is a signal and an update under the same name, both derived from
 * the one list of message names (docs/design.md §5).
 */
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { MESSAGE_NAMES, type MessageName } from '../domain/incident/message-names';
import type { IncidentStatus, ReportSource } from '../domain/incident/status';

export { MESSAGE_NAMES, type MessageName };

export const statusQuery = defineQuery<IncidentStatus>('status');
/** The regulator-notice draft's inputs: the incident as it stands and every filing before (issue 6). */
export const reportSourceQuery = defineQuery<ReportSource>('reportSource');

function byName<T>(define: (name: MessageName) => T): Readonly<Record<MessageName, T>> {
  return Object.fromEntries(MESSAGE_NAMES.map((name) => [name, define(name)])) as Record<MessageName, T>;
}

/**
 * Signals and updates carry `unknown`: the workflow parses every payload with the message's schema. A bad
 * signal is recorded as rejected, never thrown (that would fail the workflow task); a bad update is refused
 * by its validator before anything reaches history.
 */
export const signals: Readonly<Record<MessageName, SignalDefinition<[unknown]>>> = byName((name) => defineSignal<[unknown]>(name));
export const updates: Readonly<Record<MessageName, UpdateDefinition<IncidentStatus, [unknown]>>> = byName((name) =>
  defineUpdate<IncidentStatus, [unknown]>(name),
);

export const INCIDENT_WORKFLOW = 'incidentWorkflow';
