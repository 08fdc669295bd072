/**
 * Payloads of the workflow messages (docs/design.md §5), validated by the same zod schemas at every door:
 * the CLI, the console, and the workflow's update validators and signal handlers.
 */
import { z } from 'zod';
import { Email, EventDetails, freeText, Instant, StateCode } from './incident';
import { FOLLOW_UP_IDS } from './follow-ups';

export const ObligationId = z
  .string()
  .regex(/^[A-Z]{2}\/[a-z-]+$/, 'must be an obligation id such as MO/regulator-notice');

export const ObligationCompleted = z.strictObject({
  obligationId: ObligationId,
  completedAt: Instant,
  completedBy: freeText(1, 200, 'must say who completed it'),
  reference: freeText(0, 200).optional(),
  note: freeText(0, 1000).optional(),
});
export type ObligationCompleted = z.infer<typeof ObligationCompleted>;

export const CloseIncident = z.strictObject({
  closedAt: Instant,
  reason: freeText(1, 1000, 'must give a reason'),
  /** Close although obligations are still owed: recorded as an override. */
  override: z.boolean().optional(),
});
export type CloseIncident = z.infer<typeof CloseIncident>;

export const ThirdPartyNotice = z
  .strictObject({
    provider: freeText(1, 200).optional(),
    notifiedLicenseeAt: Instant.optional(),
    actualKnowledgeAt: Instant.optional(),
  })
  .refine((t) => t.notifiedLicenseeAt !== undefined || t.actualKnowledgeAt !== undefined, {
    message: 'give notifiedLicenseeAt or actualKnowledgeAt (at least one)',
    path: ['notifiedLicenseeAt'],
  });
export type ThirdPartyNotice = z.infer<typeof ThirdPartyNotice>;

export const ResidentsUpdate = z.strictObject({
  state: StateCode,
  count: z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative'),
  asOf: Instant,
});
export type ResidentsUpdate = z.infer<typeof ResidentsUpdate>;

export const ConsumerNoticeScheduled = z.strictObject({
  state: StateCode,
  scheduledFor: Instant,
});
export type ConsumerNoticeScheduled = z.infer<typeof ConsumerNoticeScheduled>;

export const RegulatorDirective = z.strictObject({
  obligationId: ObligationId,
  dueAt: Instant,
  note: freeText(0, 1000).optional(),
});
export type RegulatorDirective = z.infer<typeof RegulatorDirective>;

/** New or corrected facts for the regulator notice; after a filing, a change is a supplement owed (RSMo 375.1410.2). */
export const EventDetailsUpdate = EventDetails.refine((d) => Object.keys(d).length > 0, {
  message: 'give at least one event detail',
  path: ['(message)'],
});
export type EventDetailsUpdate = z.infer<typeof EventDetailsUpdate>;

export const FollowUpId = z.enum(FOLLOW_UP_IDS, { error: `must be one of ${FOLLOW_UP_IDS.join(', ')}` });

/** Assigns a close-out follow-up an owner or a company target date. */
export const FollowUpPlanned = z
  .strictObject({
    followUpId: FollowUpId,
    owner: Email.optional(),
    targetAt: Instant.optional(),
  })
  .refine((m) => m.owner !== undefined || m.targetAt !== undefined, { message: 'give owner or targetAt (at least one)', path: ['owner'] });
export type FollowUpPlanned = z.infer<typeof FollowUpPlanned>;

/** A close-out follow-up done, with its outcome: it feeds the report's internal review and remediation items. */
export const FollowUpCompleted = z.strictObject({
  followUpId: FollowUpId,
  completedAt: Instant,
  completedBy: freeText(1, 200, 'must say who completed it'),
  outcome: freeText(1, 4000, 'must state the outcome (it goes into the supplement)'),
});
export type FollowUpCompleted = z.infer<typeof FollowUpCompleted>;

export const MESSAGE_SCHEMAS = {
  thirdPartyNotice: ThirdPartyNotice,
  residentsUpdate: ResidentsUpdate,
  obligationCompleted: ObligationCompleted,
  consumerNoticeScheduled: ConsumerNoticeScheduled,
  regulatorDirective: RegulatorDirective,
  closeIncident: CloseIncident,
  eventDetailsUpdate: EventDetailsUpdate,
  followUpPlanned: FollowUpPlanned,
  followUpCompleted: FollowUpCompleted,
} as const;
export type MessageName = keyof typeof MESSAGE_SCHEMAS;
export const MESSAGE_NAMES = Object.keys(MESSAGE_SCHEMAS) as MessageName[];
