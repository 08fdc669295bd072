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
  'approveChange',
  'rejectChange',
] as const;
export type MessageName = (typeof MESSAGE_NAMES)[number];

export const isMessageName = (x: unknown): x is MessageName => (MESSAGE_NAMES as readonly unknown[]).includes(x);

/**
 * Changes that take a second person's sign-off before they apply (four eyes): closing while notices are still
 * owed, and a regulator's directive that moves a date. The first request waits as a pending change.
 */
export const FOUR_EYES_MESSAGES = ['closeIncident', 'regulatorDirective'] as const satisfies readonly MessageName[];
