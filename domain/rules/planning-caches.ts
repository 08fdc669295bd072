/**
 * What planning keeps from one plan to the next, owned by one BusinessCalendar (calendar.ts) and reached through
 * it: two calendars share nothing, and a calendar let go takes its caches with it. Each part is bounded. The
 * states' holidays, counts and ends of days are kept per state beside it (state-days.ts).
 */
import type { GeneralBreachLaw } from './breach-law';
import type { Count } from './state-days';
import type { NoticeJurisdiction } from './jurisdiction';
import { parseInstant, type LocalDate } from './days';
import { isoInZone, localDateInZone } from './zoned';

/** Per zone, the last instant read and what it gave: one entry per zone. */
type LastInZone = Map<string, { s: string; value: string }>;

/**
 * The last value for the same string in the same zone, else a new one. A plan reads the same start instant (its
 * determination, say) in the same zone state after state; making the string each time cost some 6 % more young
 * collections, compiled, which the worker's 2 MB semi-space feels most (docs/performance.md).
 */
function lastOr(last: LastInZone, s: string, zone: string, make: (ms: number, zone: string) => string): string {
  const hit = last.get(zone);
  if (hit !== undefined && hit.s === s) return hit.value;
  const value = make(parseInstant(s), zone);
  last.set(zone, { s, value });
  return value;
}

export class PlanningCaches {
  /** Each obligation id sortById has seen, with its rank in code-point order (id-order.ts); cleared past its limit. */
  readonly idRanks = new Map<string, number>();
  /** sortById's keys, reused from plan to plan (id-order.ts): grows to the longest list sorted. */
  idKeys = new Float64Array(128);
  /** The basis lines of a business-day count, kept with the count (clocks.ts): they go when the count goes. */
  readonly countLines = new WeakMap<Count, { j: NoticeJurisdiction; first: string; rest: string[] }>();
  /** The lines of a general breach law that are the same for every incident (planner-breach.ts): one per law. */
  readonly lawLines = new WeakMap<GeneralBreachLaw, string[]>();
  private readonly isoLast: LastInZone = new Map();
  private readonly dateLast: LastInZone = new Map();

  /** An instant as ISO in a zone's offset. */
  inZone(s: string, zone: string): string {
    return lastOr(this.isoLast, s, zone, isoInZone);
  }

  /** An instant's calendar date in a zone. */
  localDate(s: string, zone: string): LocalDate {
    return lastOr(this.dateLast, s, zone, localDateInZone);
  }
}
