/**
 * Payloads of the workflow messages (design.md §5), validated by the same zod schemas at every door:
 * the CLI, the console, and the workflow's update validators and signal handlers.
 */
import { z } from 'zod';
import { freeText, Instant, StateCode } from './incident';

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

export const MESSAGE_SCHEMAS = {
  thirdPartyNotice: ThirdPartyNotice,
  residentsUpdate: ResidentsUpdate,
  obligationCompleted: ObligationCompleted,
  consumerNoticeScheduled: ConsumerNoticeScheduled,
  regulatorDirective: RegulatorDirective,
  closeIncident: CloseIncident,
} as const;
export type MessageName = keyof typeof MESSAGE_SCHEMAS;
export const MESSAGE_NAMES = Object.keys(MESSAGE_SCHEMAS) as MessageName[];
