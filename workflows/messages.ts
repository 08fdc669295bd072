/**
 * Message definitions for the incident workflow, imported by both the workflow and the client
 * (samples-typescript style). Each message is a signal and an update under the same name (docs/design.md §5).
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { IncidentStatus, ReportSource } from '../domain/incident/status';
import type {
  CloseIncident,
  ConsumerNoticeScheduled,
  EventDetailsUpdate,
  FollowUpCompleted,
  FollowUpPlanned,
  ObligationCompleted,
  RegulatorDirective,
  ResidentsUpdate,
  MessageName,
  ThirdPartyNotice,
} from '../domain/incident/messages';

export const statusQuery = defineQuery<IncidentStatus>('status');
/** The regulator-notice draft's inputs: the incident as it stands and every filing before (issue 6). */
export const reportSourceQuery = defineQuery<ReportSource>('reportSource');

/** Signals carry `unknown`: a bad payload is recorded as rejected, never thrown (it would fail the task). */
export const signals = {
  thirdPartyNotice: defineSignal<[unknown]>('thirdPartyNotice'),
  residentsUpdate: defineSignal<[unknown]>('residentsUpdate'),
  obligationCompleted: defineSignal<[unknown]>('obligationCompleted'),
  consumerNoticeScheduled: defineSignal<[unknown]>('consumerNoticeScheduled'),
  regulatorDirective: defineSignal<[unknown]>('regulatorDirective'),
  closeIncident: defineSignal<[unknown]>('closeIncident'),
  eventDetailsUpdate: defineSignal<[unknown]>('eventDetailsUpdate'),
  followUpPlanned: defineSignal<[unknown]>('followUpPlanned'),
  followUpCompleted: defineSignal<[unknown]>('followUpCompleted'),
} satisfies Record<MessageName, unknown>;

/** Every message name, without loading the schemas (the workflow loads them once per worker: message-validation.ts). */
export const MESSAGE_NAMES = Object.keys(signals) as MessageName[];

export const updates = {
  thirdPartyNotice: defineUpdate<IncidentStatus, [ThirdPartyNotice]>('thirdPartyNotice'),
  residentsUpdate: defineUpdate<IncidentStatus, [ResidentsUpdate]>('residentsUpdate'),
  obligationCompleted: defineUpdate<IncidentStatus, [ObligationCompleted]>('obligationCompleted'),
  consumerNoticeScheduled: defineUpdate<IncidentStatus, [ConsumerNoticeScheduled]>('consumerNoticeScheduled'),
  regulatorDirective: defineUpdate<IncidentStatus, [RegulatorDirective]>('regulatorDirective'),
  closeIncident: defineUpdate<IncidentStatus, [CloseIncident]>('closeIncident'),
  eventDetailsUpdate: defineUpdate<IncidentStatus, [EventDetailsUpdate]>('eventDetailsUpdate'),
  followUpPlanned: defineUpdate<IncidentStatus, [FollowUpPlanned]>('followUpPlanned'),
  followUpCompleted: defineUpdate<IncidentStatus, [FollowUpCompleted]>('followUpCompleted'),
} satisfies Record<MessageName, unknown>;

export const INCIDENT_WORKFLOW = 'incidentWorkflow';
