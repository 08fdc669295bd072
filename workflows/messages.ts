/**
 * Message definitions for the incident workflow, imported by both the workflow and the client
 * (samples-typescript style). Each message is a signal and an update under the same name (design.md §5).
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { IncidentStatus } from '../domain/status';
import type {
  CloseIncident,
  ConsumerNoticeScheduled,
  ObligationCompleted,
  RegulatorDirective,
  ResidentsUpdate,
  ThirdPartyNotice,
} from '../domain/messages';

export const statusQuery = defineQuery<IncidentStatus>('status');

/** Signals carry `unknown`: a bad payload is recorded as rejected, never thrown (it would fail the task). */
export const signals = {
  thirdPartyNotice: defineSignal<[unknown]>('thirdPartyNotice'),
  residentsUpdate: defineSignal<[unknown]>('residentsUpdate'),
  obligationCompleted: defineSignal<[unknown]>('obligationCompleted'),
  consumerNoticeScheduled: defineSignal<[unknown]>('consumerNoticeScheduled'),
  regulatorDirective: defineSignal<[unknown]>('regulatorDirective'),
  closeIncident: defineSignal<[unknown]>('closeIncident'),
};

export const updates = {
  thirdPartyNotice: defineUpdate<IncidentStatus, [ThirdPartyNotice]>('thirdPartyNotice'),
  residentsUpdate: defineUpdate<IncidentStatus, [ResidentsUpdate]>('residentsUpdate'),
  obligationCompleted: defineUpdate<IncidentStatus, [ObligationCompleted]>('obligationCompleted'),
  consumerNoticeScheduled: defineUpdate<IncidentStatus, [ConsumerNoticeScheduled]>('consumerNoticeScheduled'),
  regulatorDirective: defineUpdate<IncidentStatus, [RegulatorDirective]>('regulatorDirective'),
  closeIncident: defineUpdate<IncidentStatus, [CloseIncident]>('closeIncident'),
};

export const INCIDENT_WORKFLOW = 'incidentWorkflow';
