/**
 * The business-day calendar (docs/design.md, deadlines): weekends, each state's legal holidays as its jurisdiction
 * file lists them (dates read off date-holidays, corrected), the disputed days, the regulator's time zone,
 * and the counting convention. Pure: no clock reads, no I/O. Holidays are computed once per state and year.
 *
 * Convention: counting starts on the day after the start event's calendar date in the regulator's zone;
 * the start day never counts, whatever the hour. A day deadline ends at 23:59:59.999 local time of its
 * last day (the project's convention; no source sets an hour). A calendar-day deadline does not roll off
 * a weekend.
 */
import { DateTime } from 'luxon';
import type { HolidayTable } from './holiday-table';
import { epochDay, fromEpochDay, isWeekend, sameDateYearsLater, type LocalDate } from './days';
export { describeDate, WEEKDAY_NAMES } from './days';
import { localDateInZone, zoneOf } from './zoned';
import { HOLIDAY_TABLES } from './jurisdictions';
import { PlanningCaches } from './planning-caches';
import { maxCalendarDaysFor, StateDays, type Count, type DisputedInfo, type HolidayInfo } from './state-days';

export type { LocalDate } from './days';
export type { Count, DisputedInfo, HolidayInfo } from './state-days';

export interface BusinessDayResult {
  /** The deadline: end of the last counted day, in the regulator's zone. */
  dueAt: DateTime;
  /** The same instant as ISO with the regulator's offset (what the plan records). */
  dueAtIso: string;
  /** The start event's local date (not counted): the earlier of the regulator's and the licensee's reading. */
  startDate: LocalDate;
  /** Where the two readings of the start date differ, the later one (named in the basis, not used). */
  laterStartReading: StartReading | null;
  /** Legal holidays skipped on the way. */
  holidaysSkipped: HolidayInfo[];
  /** Disputed days that were counted as business days. */
  disputedCounted: DisputedInfo[];
  /**
   * The count itself, shared by every result with the same state, start day and span (never mutated): what is
   * derived from the count alone can be kept with it.
   */
  count: Count;
  /** The later deadline if every disputed day crossed were a holiday, when it differs. */
  dueAtIfDisputedHeld: DateTime | null;
  /** Its last day. */
  lastDateIfDisputedHeld: LocalDate | null;
}

/** A reading of the start event's calendar date: whose clock it is read on, and the date it gives. */
export interface StartReading {
  date: LocalDate;
  readOn: string;
}

export class UnknownCalendarStateError extends Error {}

export class BusinessCalendar {
  private readonly days = new Map<string, StateDays>();
  /** What planning keeps between plans made on this calendar, and on no other. */
  readonly caches = new PlanningCaches();

  constructor(tables: HolidayTable[] = HOLIDAY_TABLES) {
    for (const t of tables) this.days.set(t.state, new StateDays(t));
  }

  states(): string[] {
    return [...this.days.keys()];
  }

  /** A state's days: its holidays, disputed days and ends of days (state-days.ts). */
  private of(state: string): StateDays {
    const d = this.days.get(state);
    if (!d) throw new UnknownCalendarStateError(`no holiday table for ${state}`);
    return d;
  }

  table(state: string): HolidayTable {
    return this.of(state).table;
  }

  timeZone(state: string): string {
    return this.of(state).zone;
  }

  holiday(state: string, date: LocalDate): HolidayInfo | undefined {
    return this.of(state).holidayOn(epochDay(date));
  }

  disputed(state: string, date: LocalDate): DisputedInfo | undefined {
    return this.of(state).disputedOn(epochDay(date));
  }

  /** Legal holidays of a state's year, on weekdays (the days that change a count). */
  holidaysOf(state: string, year: number): HolidayInfo[] {
    return this.of(state).ofYear('holidays', year) as HolidayInfo[];
  }

  disputedOf(state: string, year: number): DisputedInfo[] {
    return this.of(state).ofYear('disputed', year) as DisputedInfo[];
  }

  isBusinessDay(state: string, date: LocalDate, disputedAreHolidays = false): boolean {
    const day = epochDay(date);
    if (isWeekend(day)) return false;
    const days = this.of(state);
    if (days.holidayOn(day)) return false;
    return !(disputedAreHolidays && days.disputedOn(day));
  }

  /** The start event's calendar date in the regulator's zone. */
  localStartDate(state: string, start: string | DateTime): LocalDate {
    if (typeof start === 'string') return this.caches.localDate(start, this.timeZone(state));
    return localDateInZone(start.toMillis(), this.timeZone(state));
  }

  /**
   * 23:59:59.999 local time of a date, as an instant (memoized per state, state-days.ts). The planner needs only
   * this instant and its ISO string: no DateTime is made on that path.
   */
  endOfLocalDayMs(state: string, date: LocalDate): number {
    return this.of(state).endOfDayMs(epochDay(date));
  }

  /** The same instant as an ISO string with the regulator's offset, e.g. 2026-11-30T23:59:59.999-06:00. */
  endOfLocalDayIso(state: string, date: LocalDate): string {
    return this.of(state).endOfDayIso(epochDay(date));
  }

  /** The same instant as a DateTime in the regulator's zone. */
  endOfLocalDay(state: string, date: LocalDate): DateTime {
    return DateTime.fromMillis(this.endOfLocalDayMs(state, date), { zone: zoneOf(this.timeZone(state)) });
  }

  /** The business day n business days before a date (disputed days count as business days). */
  businessDaysBefore(state: string, date: LocalDate, n: number): LocalDate {
    let day = epochDay(date);
    let counted = 0;
    const first = day - maxCalendarDaysFor(n);
    while (counted < n) {
      day -= 1;
      if (day < first) throw new RangeError(`no ${n} business days found within ${maxCalendarDaysFor(n)} days before ${date} (${state})`);
      if (this.isBusinessDay(state, fromEpochDay(day))) counted += 1;
    }
    return fromEpochDay(day);
  }

  /** An instant at a local wall-clock time of a date in the state's zone. */
  localTime(state: string, date: LocalDate, hour: number, minute = 0): DateTime {
    return DateTime.fromISO(date, { zone: zoneOf(this.timeZone(state)) }).set({ hour, minute });
  }

  /**
   * The start event's calendar date. Read in the regulator's zone; where the licensee's own local date (the
   * date written with the instant's offset) is earlier, the earlier one counts and the other is returned as
   * the later reading: the start day never counts, so the earlier start gives the earlier deadline.
   */
  startDates(state: string, start: string | DateTime): { startDate: LocalDate; laterStartReading: StartReading | null } {
    const regulatorDate = this.localStartDate(state, start);
    const licenseeDate = typeof start === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(start) ? start.slice(0, 10) : regulatorDate;
    if (licenseeDate < regulatorDate) {
      return { startDate: licenseeDate, laterStartReading: { date: regulatorDate, readOn: `the regulator's clock (${this.timeZone(state)})` } };
    }
    if (licenseeDate > regulatorDate) {
      return { startDate: regulatorDate, laterStartReading: { date: licenseeDate, readOn: `the licensee's clock (offset ${start.toString().slice(19) || 'Z'})` } };
    }
    return { startDate: regulatorDate, laterStartReading: null };
  }

  /** n business days after the start event, in the regulator's state and zone. */
  addBusinessDays(state: string, start: string | DateTime, n: number): BusinessDayResult {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`business days must be a whole number >= 1, got ${n}`);
    const { startDate, laterStartReading } = this.startDates(state, start);
    const days = this.of(state);
    const startDay = epochDay(startDate);
    const main = days.countAfter(startDay, n, false);
    let ifDisputedHeld: LocalDate | null = null;
    if (main.disputedCounted.length) {
      const alt = days.countAfter(startDay, n, true);
      if (alt.lastDate !== main.lastDate) ifDisputedHeld = alt.lastDate;
    }
    return new CountedDeadline(this, state, main, this.endOfLocalDayIso(state, main.lastDate), startDate, laterStartReading, ifDisputedHeld);
  }

  /** n calendar days after the start event; the last day does not roll off a weekend or holiday. */
  addCalendarDays(state: string, start: string | DateTime, n: number): CalendarDaysResult {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`calendar days must be a whole number >= 1, got ${n}`);
    const { startDate, laterStartReading } = this.startDates(state, start);
    const lastDate = fromEpochDay(epochDay(startDate) + n);
    return new CountEnd(this, state, lastDate, this.endOfLocalDayIso(state, lastDate), startDate, laterStartReading);
  }

  /** The same local date `years` later (29 Feb becomes 28 Feb), end of that day in the state's zone. */
  addYears(state: string, date: LocalDate, years: number): DateTime {
    return this.endOfLocalDay(state, sameDateYearsLater(date, years));
  }

  /** addYears as the ISO string the plan records. */
  addYearsIso(state: string, date: LocalDate, years: number): string {
    return this.endOfLocalDayIso(state, sameDateYearsLater(date, years));
  }
}

/** A calendar-day count's result: the end of its last day, as the ISO string the plan records and as a DateTime. */
export interface CalendarDaysResult {
  dueAt: DateTime;
  dueAtIso: string;
  lastDate: LocalDate;
  startDate: LocalDate;
  laterStartReading: StartReading | null;
}

/**
 * The end of a count's last day. Its DateTime is made only when asked for (tests, other callers): the planner reads
 * dueAtIso. A class, not an object literal with getters: the planner makes one per deadline it counts.
 */
class CountEnd implements CalendarDaysResult {
  constructor(
    protected readonly calendar: BusinessCalendar,
    protected readonly state: string,
    readonly lastDate: LocalDate,
    readonly dueAtIso: string,
    readonly startDate: LocalDate,
    readonly laterStartReading: StartReading | null,
  ) {}

  get dueAt(): DateTime {
    return this.calendar.endOfLocalDay(this.state, this.lastDate);
  }
}

/** A business-day count's result: the end of its last day, with the holidays and disputed days the count met. */
class CountedDeadline extends CountEnd implements BusinessDayResult {
  constructor(
    calendar: BusinessCalendar,
    state: string,
    readonly count: Count,
    dueAtIso: string,
    startDate: LocalDate,
    laterStartReading: StartReading | null,
    readonly lastDateIfDisputedHeld: LocalDate | null,
  ) {
    super(calendar, state, count.lastDate, dueAtIso, startDate, laterStartReading);
  }

  get dueAtIfDisputedHeld(): DateTime | null {
    return this.lastDateIfDisputedHeld ? this.calendar.endOfLocalDay(this.state, this.lastDateIfDisputedHeld) : null;
  }

  get holidaysSkipped(): HolidayInfo[] {
    return this.count.holidaysSkipped;
  }

  get disputedCounted(): DisputedInfo[] {
    return this.count.disputedCounted;
  }
}

/** One shared calendar per process: holidays are computed once per state and year. */
let shared: BusinessCalendar | undefined;
export function defaultCalendar(): BusinessCalendar {
  return (shared ??= new BusinessCalendar());
}
