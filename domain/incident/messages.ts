/**
 * Payloads of the workflow messages (docs/design.md §5), validated by the same zod schemas at every door:
 * the CLI, the console, and the workflow's update validators and signal handlers.
 */
import { z } from 'zod';
import { Email, EventDetails, freeText, hasProviderDate, Instant, parseWith, PROVIDER_DATE_PROBLEM, StateCode, type ParseResult } from './incident';
import { Actor } from './actor';
import { FOLLOW_UP_IDS } from './follow-ups';
import type { MessageName } from './message-names';

export { Actor };
export { FOUR_EYES_MESSAGES, isMessageName, MESSAGE_NAMES, type MessageName } from './message-names';

/**
 * Who sent the message, inside its (encrypted) payload. Optional because histories recorded before actors
 * (1.0) carry none: those entries show "not recorded". The doors always send one.
 */
const sender = { actor: Actor.optional() };

export const ObligationId = z
  .string()
  .regex(/^[A-Z]{2}\/[a-z-]+$/, 'must be an obligation id such as MO/regulator-notice');

export const ObligationCompleted = z.strictObject({
  ...sender,
  obligationId: ObligationId,
  completedAt: Instant,
  completedBy: freeText(1, 200, 'must say who completed it'),
  reference: freeText(0, 200).optional(),
  note: freeText(0, 1000).optional(),
});
export type ObligationCompleted = z.infer<typeof ObligationCompleted>;

export const CloseIncident = z.strictObject({
  ...sender,
  closedAt: Instant,
  reason: freeText(1, 1000, 'must give a reason'),
  /** Close although obligations are still owed: recorded as an override. */
  override: z.boolean().optional(),
});
export type CloseIncident = z.infer<typeof CloseIncident>;

export const ThirdPartyNotice = z
  .strictObject({
    ...sender,
    provider: freeText(1, 200).optional(),
    notifiedLicenseeAt: Instant.optional(),
    actualKnowledgeAt: Instant.optional(),
  })
  .refine(hasProviderDate, PROVIDER_DATE_PROBLEM);
export type ThirdPartyNotice = z.infer<typeof ThirdPartyNotice>;

export const ResidentsUpdate = z.strictObject({
  ...sender,
  state: StateCode,
  count: z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative'),
  asOf: Instant,
});
export type ResidentsUpdate = z.infer<typeof ResidentsUpdate>;

export const ConsumerNoticeScheduled = z.strictObject({
  ...sender,
  state: StateCode,
  scheduledFor: Instant,
});
export type ConsumerNoticeScheduled = z.infer<typeof ConsumerNoticeScheduled>;

export const RegulatorDirective = z.strictObject({
  ...sender,
  obligationId: ObligationId,
  dueAt: Instant,
  note: freeText(0, 1000).optional(),
});
export type RegulatorDirective = z.infer<typeof RegulatorDirective>;

/** New or corrected facts for the regulator notice; after a filing, a change is a supplement owed (RSMo 375.1410.2). */
export const EventDetailsUpdate = EventDetails.extend(sender).refine((d) => Object.keys(d).some((k) => k !== 'actor'), {
  message: 'give at least one event detail',
  path: ['(message)'],
});
export type EventDetailsUpdate = z.infer<typeof EventDetailsUpdate>;

export const FollowUpId = z.enum(FOLLOW_UP_IDS, { error: `must be one of ${FOLLOW_UP_IDS.join(', ')}` });

/** Assigns a close-out follow-up an owner or a company target date. */
export const FollowUpPlanned = z
  .strictObject({
    ...sender,
    followUpId: FollowUpId,
    owner: Email.optional(),
    targetAt: Instant.optional(),
  })
  .refine((m) => m.owner !== undefined || m.targetAt !== undefined, { message: 'give owner or targetAt (at least one)', path: ['owner'] });
export type FollowUpPlanned = z.infer<typeof FollowUpPlanned>;

/** A close-out follow-up done, with its outcome: it feeds the report's internal review and remediation items. */
export const FollowUpCompleted = z.strictObject({
  ...sender,
  followUpId: FollowUpId,
  completedAt: Instant,
  completedBy: freeText(1, 200, 'must say who completed it'),
  outcome: freeText(1, 4000, 'must state the outcome (it goes into the supplement)'),
});
export type FollowUpCompleted = z.infer<typeof FollowUpCompleted>;

/** A second sign-off on a change waiting for one (domain/incident/state/four-eyes.ts): by someone other than who asked. */
export const PendingId = z.string().regex(/^P\d{1,6}$/, 'must be a pending change id such as P1');

export const ApproveChange = z.strictObject({
  ...sender,
  pendingId: PendingId,
  note: freeText(0, 1000).optional(),
});
export type ApproveChange = z.infer<typeof ApproveChange>;

export const RejectChange = z.strictObject({
  ...sender,
  pendingId: PendingId,
  reason: freeText(1, 1000, 'must give a reason'),
});
export type RejectChange = z.infer<typeof RejectChange>;

const SCHEMAS = {
  thirdPartyNotice: ThirdPartyNotice,
  residentsUpdate: ResidentsUpdate,
  obligationCompleted: ObligationCompleted,
  consumerNoticeScheduled: ConsumerNoticeScheduled,
  regulatorDirective: RegulatorDirective,
  closeIncident: CloseIncident,
  eventDetailsUpdate: EventDetailsUpdate,
  followUpPlanned: FollowUpPlanned,
  followUpCompleted: FollowUpCompleted,
  approveChange: ApproveChange,
  rejectChange: RejectChange,
} as const satisfies Record<MessageName, z.ZodType>;

/** Each message as its schema outputs it (defaults applied, text trimmed): what the appliers take. */
export type MessageMap = { [K in MessageName]: z.output<(typeof SCHEMAS)[K]> };

/** One schema per message name, typed so that `MESSAGE_SCHEMAS[name].parse` gives that message's own type. */
export const MESSAGE_SCHEMAS: { readonly [K in MessageName]: z.ZodType<MessageMap[K]> } = SCHEMAS;

/** A message checked by its schema: the parsed message, or field-path problems (every door uses this). */
export function parseMessageOf<N extends MessageName>(name: N, raw: unknown): ParseResult<MessageMap[N]> {
  return parseWith(MESSAGE_SCHEMAS[name], raw);
}
