/**
 * What planning keeps from one plan to the next, owned by one BusinessCalendar (calendar.ts) and reached through
 * it: two calendars share nothing, and a calendar let go takes its caches with it. Each part is bounded. The
 * state's holidays and ends of days are kept per state beside it (state-days.ts).
 */
export class PlanningCaches {
  /** Each obligation id sortById has seen, with its rank in code-point order (id-order.ts); cleared past its limit. */
  readonly idRanks = new Map<string, number>();
  /** sortById's keys, reused from plan to plan (id-order.ts): grows to the longest list sorted. */
  idKeys = new Float64Array(128);
}
