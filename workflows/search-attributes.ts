/**
 * Custom search attributes the Temporal UI lists and filters incidents by (docs/design.md §5). Registered by
 * `npm start` on the dev server and by the docker-compose setup. No consumer data ever goes in them:
 * search attributes are never encrypted.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const PHASE = defineSearchAttributeKey('BreachclockPhase', SearchAttributeType.KEYWORD);
export const JURISDICTIONS_SA = defineSearchAttributeKey('BreachclockJurisdictions', SearchAttributeType.KEYWORD_LIST);
export const NEXT_DEADLINE = defineSearchAttributeKey('BreachclockNextDeadline', SearchAttributeType.DATETIME);
export const OVERDUE_COUNT = defineSearchAttributeKey('BreachclockOverdueCount', SearchAttributeType.INT);

export const SEARCH_ATTRIBUTES = [PHASE, JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT];

/** `Name=Type` pairs for `temporal server start-dev --search-attribute` and `temporal operator`. */
export const SEARCH_ATTRIBUTE_FLAGS: string[] = [
  'BreachclockPhase=Keyword',
  'BreachclockJurisdictions=KeywordList',
  'BreachclockNextDeadline=Datetime',
  'BreachclockOverdueCount=Int',
];
