/**
 * The incident's messages by name: the one list signals, updates, appliers and every door derive from
 * (docs/design.md §5). Schema-free, so the workflow can register its handlers without loading zod.
 */
export const MESSAGE_NAMES = [
  'thirdPartyNotice',
  'residentsUpdate',
  'obligationCompleted',
  'consumerNoticeScheduled',
  'regulatorDirective',
  'closeIncident',
  'eventDetailsUpdate',
  'followUpPlanned',
  'followUpCompleted',
] as const;
export type MessageName = (typeof MESSAGE_NAMES)[number];

export const isMessageName = (x: unknown): x is MessageName => (MESSAGE_NAMES as readonly unknown[]).includes(x);
