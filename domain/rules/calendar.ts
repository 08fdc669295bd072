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
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { DisputedDay, HolidayTable } from './holiday-table';
import { epochDay, fromEpochDay, isWeekend, sameDateYearsLater, weekday, type LocalDate } from './days';
export { describeDate, WEEKDAY_NAMES } from './days';
import { isoInZone, localDateInZone, offsetMinutes, parseInstant, zoneOf } from './zoned';
import { HOLIDAY_TABLES } from './jurisdictions';

export type { LocalDate } from './days';

export interface HolidayInfo {
  date: LocalDate;
  name: string;
  citation: string;
}

export interface DisputedInfo {
  date: LocalDate;
  label: string;
  why: string;
  citation: string;
}

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
  /** The later deadline if every disputed day crossed were a holiday, when it differs. */
  dueAtIfDisputedHeld: DateTime | null;
  /** Its last day. */
  lastDateIfDisputedHeld: LocalDate | null;
}

const DAY_MS = 86_400_000;

/**
 * Every loop over days is bounded. Input instants are held to 2000-2100 at every door (domain/incident/incident.ts);
 * the calendar covers a margin either side for counts that cross a year end and for record retention.
 */
const CALENDAR_YEARS = [1999, 2110] as const;
/** n business days never span more than this many calendar days (weekends plus at most 15 holidays a year). */
const maxCalendarDaysFor = (n: number): number => Math.ceil(n * 1.5) + 30;

/** A reading of the start event's calendar date: whose clock it is read on, and the date it gives. */
export interface StartReading {
  date: LocalDate;
  readOn: string;
}

export class UnknownCalendarStateError extends Error {}

type HolidayEntry = { date: string; name: string; type: string; substitute?: boolean };

/** The statute's days of one year (before any weekend rule): read off date-holidays by name, or computed. */
function statuteDays(table: HolidayTable, state: string, year: number, entries: HolidayEntry[]): Array<{ day: number; name: string }> {
  const holidayDays: Array<{ day: number; name: string }> = [];
  for (const legal of table.holidays) {
    // A day added by amendment is no holiday before the amendment took effect (e.g. RSMo 9.010, Juneteenth).
    if (legal.effectiveFrom && `${year}-12-31` < legal.effectiveFrom) continue;
    if (legal.nthWeekday) {
      const { month, weekday: wd, n, offsetDays } = legal.nthWeekday;
      const first = epochDay(`${year}-${String(month).padStart(2, '0')}-01`);
      holidayDays.push({ day: first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7 + offsetDays, name: legal.dateHolidaysName });
      continue;
    }
    const hit = entries.find((e) => e.name === legal.dateHolidaysName && e.type === 'public' && !e.substitute);
    if (hit && legal.effectiveFrom && hit.date.slice(0, 10) < legal.effectiveFrom) continue;
    if (!hit) {
      // date-holidays changed under us: refuse to guess a legal holiday.
      throw new Error(`date-holidays has no public "${legal.dateHolidaysName}" for US-${state} ${year} (${table.citation})`);
    }
    const offset = legal.offsetDays ?? 0;
    holidayDays.push({ day: epochDay(hit.date.slice(0, 10)) + offset, name: offset ? legal.statute : legal.dateHolidaysName });
  }
  return holidayDays;
}

export class BusinessCalendar {
  private readonly tables = new Map<string, HolidayTable>();
  private readonly loadedYears = new Map<string, Set<number>>();
  private readonly holidayByDate = new Map<string, HolidayInfo>();
  private readonly disputedByDate = new Map<string, DisputedInfo>();

  constructor(tables: HolidayTable[] = HOLIDAY_TABLES) {
    for (const t of tables) this.tables.set(t.state, t);
  }

  states(): string[] {
    return [...this.tables.keys()];
  }

  table(state: string): HolidayTable {
    const t = this.tables.get(state);
    if (!t) throw new UnknownCalendarStateError(`no holiday table for ${state}`);
    return t;
  }

  timeZone(state: string): string {
    return this.table(state).timeZone;
  }

  private readonly libraries = new Map<string, Holidays>();

  /** date-holidays for a state, made once: its constructor parses the whole country's data. */
  private library(state: string): Holidays {
    let hd = this.libraries.get(state);
    if (!hd) this.libraries.set(state, (hd = new Holidays('US', state)));
    return hd;
  }

  /** Reads one year off date-holidays, keeps the statute's days, applies the statute's Sunday rule. */
  private loadYear(state: string, year: number): void {
    if (!Number.isInteger(year) || year < CALENDAR_YEARS[0] || year > CALENDAR_YEARS[1]) {
      throw new RangeError(`year ${year} is outside the calendar breachclock keeps (${CALENDAR_YEARS[0]}-${CALENDAR_YEARS[1]})`);
    }
    let years = this.loadedYears.get(state);
    if (!years) this.loadedYears.set(state, (years = new Set()));
    if (years.has(year)) return;
    years.add(year);
    const table = this.table(state);
    const hd = this.library(state);
    const entries = hd.getHolidays(year) as HolidayEntry[];
    const holidayDays = statuteDays(table, state, year, entries);
    const key = (day: number) => `${state}|${fromEpochDay(day)}`;
    for (const { day, name } of holidayDays) {
      let observed = day;
      let citation = table.citation;
      if (weekday(day) === 0 && table.sundayObservedMonday) {
        observed = day + 1;
        citation = table.sundayObservedMonday.citation;
      } else if (weekday(day) === 6 && table.saturdayObservedFriday) {
        observed = day - 1;
        citation = table.saturdayObservedFriday.citation;
      }
      if (!isWeekend(observed)) {
        this.holidayByDate.set(key(observed), {
          date: fromEpochDay(observed),
          name: observed === day ? name : `${name} (observed)`,
          citation,
        });
      }
    }
    const addDisputed = (day: number, d: DisputedDay) => {
      if (isWeekend(day) || this.holidayByDate.has(key(day)) || this.disputedByDate.has(key(day))) return;
      this.disputedByDate.set(key(day), { date: fromEpochDay(day), label: d.label, why: d.why, citation: d.citation });
    };
    for (const d of table.disputed) {
      if (d.rule.kind === 'named') {
        const name = d.rule.dateHolidaysName;
        for (const e of entries) {
          if (e.name === name || e.name.startsWith(`${name} (`)) addDisputed(epochDay(e.date.slice(0, 10)), d);
        }
      } else {
        const from = d.rule.from === 'saturday' ? 6 : 0;
        for (const { day } of holidayDays) {
          if (weekday(day) !== from) continue;
          if (from === 0 && table.sundayObservedMonday) continue; // already a statutory holiday
          if (from === 6 && table.saturdayObservedFriday) continue;
          addDisputed(from === 6 ? day - 1 : day + 1, d);
        }
      }
    }
  }

  private ensure(state: string, day: number): void {
    const year = Number(fromEpochDay(day).slice(0, 4));
    // A holiday early in January can shift a disputed day into the previous December.
    this.loadYear(state, year);
    this.loadYear(state, year + 1);
  }

  holiday(state: string, date: LocalDate): HolidayInfo | undefined {
    const day = epochDay(date);
    this.ensure(state, day);
    return this.holidayByDate.get(`${state}|${date}`);
  }

  disputed(state: string, date: LocalDate): DisputedInfo | undefined {
    const day = epochDay(date);
    this.ensure(state, day);
    return this.disputedByDate.get(`${state}|${date}`);
  }

  /** Legal holidays of a state's year, on weekdays (the days that change a count). */
  holidaysOf(state: string, year: number): HolidayInfo[] {
    this.loadYear(state, year);
    this.loadYear(state, year + 1);
    return [...this.holidayByDate.entries()]
      .filter(([k]) => k.startsWith(`${state}|${year}-`))
      .map(([, v]) => v)
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  disputedOf(state: string, year: number): DisputedInfo[] {
    this.loadYear(state, year);
    this.loadYear(state, year + 1);
    return [...this.disputedByDate.entries()]
      .filter(([k]) => k.startsWith(`${state}|${year}-`))
      .map(([, v]) => v)
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  isBusinessDay(state: string, date: LocalDate, disputedAreHolidays = false): boolean {
    if (isWeekend(epochDay(date))) return false;
    if (this.holiday(state, date)) return false;
    return !(disputedAreHolidays && this.disputed(state, date));
  }

  /** The start event's calendar date in the regulator's zone. */
  localStartDate(state: string, start: string | DateTime): LocalDate {
    const ms = typeof start === 'string' ? parseInstant(start) : start.toMillis();
    return localDateInZone(ms, this.timeZone(state));
  }

  private readonly endOfDay = new Map<string, number>();

  /**
   * 23:59:59.999 local time of a date, as an instant (memoized). From the zone's offset table (zoned.ts; luxon's
   * own fromISO + endOf looked the offset up through Intl several times and dominated planning); no US zone
   * changes offset at 23:59, so two steps settle it. The planner needs only this instant and its ISO string:
   * no DateTime is made on that path.
   */
  endOfLocalDayMs(state: string, date: LocalDate): number {
    const key = `${state}|${date}`;
    let ms = this.endOfDay.get(key);
    if (ms === undefined) {
      const zone = this.timeZone(state);
      const naive = epochDay(date) * DAY_MS + DAY_MS - 1;
      ms = naive - offsetMinutes(zone, naive) * 60_000;
      ms = naive - offsetMinutes(zone, ms) * 60_000;
      if (this.endOfDay.size > 200_000) this.endOfDay.clear();
      this.endOfDay.set(key, ms);
    }
    return ms;
  }

  /** The same instant as an ISO string with the regulator's offset, e.g. 2026-11-30T23:59:59.999-06:00. */
  endOfLocalDayIso(state: string, date: LocalDate): string {
    return isoInZone(this.endOfLocalDayMs(state, date), this.timeZone(state));
  }

  /** The same instant as a DateTime in the regulator's zone. */
  endOfLocalDay(state: string, date: LocalDate): DateTime {
    return DateTime.fromMillis(this.endOfLocalDayMs(state, date), { zone: zoneOf(this.timeZone(state)) });
  }

  /** Counts already made, by state, start day, span and reading: many incidents start on the same day. Never mutated. */
  private readonly counts = new Map<string, { lastDate: LocalDate; holidaysSkipped: HolidayInfo[]; disputedCounted: DisputedInfo[] }>();

  private countBusinessDays(state: string, startDate: LocalDate, n: number, disputedAreHolidays: boolean) {
    const key = `${state}|${startDate}|${n}|${disputedAreHolidays}`;
    let r = this.counts.get(key);
    if (!r) {
      r = this.count(state, startDate, n, disputedAreHolidays);
      if (this.counts.size > 100_000) this.counts.clear();
      this.counts.set(key, r);
    }
    return r;
  }

  private count(state: string, startDate: LocalDate, n: number, disputedAreHolidays: boolean) {
    let day = epochDay(startDate);
    let counted = 0;
    const holidaysSkipped: HolidayInfo[] = [];
    const disputedCounted: DisputedInfo[] = [];
    const last = day + maxCalendarDaysFor(n);
    while (counted < n) {
      day += 1;
      if (day > last) throw new RangeError(`no ${n} business days found within ${maxCalendarDaysFor(n)} days of ${startDate} (${state})`);
      if (isWeekend(day)) continue;
      const date = fromEpochDay(day);
      const h = this.holiday(state, date);
      if (h) {
        holidaysSkipped.push(h);
        continue;
      }
      const d = this.disputed(state, date);
      if (d) {
        if (disputedAreHolidays) continue;
        disputedCounted.push(d);
      }
      counted += 1;
    }
    return { lastDate: fromEpochDay(day), holidaysSkipped, disputedCounted };
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
    const main = this.countBusinessDays(state, startDate, n, false);
    let ifDisputedHeld: LocalDate | null = null;
    if (main.disputedCounted.length) {
      const alt = this.countBusinessDays(state, startDate, n, true);
      if (alt.lastDate !== main.lastDate) ifDisputedHeld = alt.lastDate;
    }
    // DateTimes only when asked for (tests, other callers): the planner reads dueAtIso.
    const dueAt = () => this.endOfLocalDay(state, main.lastDate);
    const held = () => (ifDisputedHeld ? this.endOfLocalDay(state, ifDisputedHeld) : null);
    return {
      get dueAt() {
        return dueAt();
      },
      dueAtIso: this.endOfLocalDayIso(state, main.lastDate),
      get dueAtIfDisputedHeld() {
        return held();
      },
      lastDateIfDisputedHeld: ifDisputedHeld,
      startDate,
      laterStartReading,
      holidaysSkipped: main.holidaysSkipped,
      disputedCounted: main.disputedCounted,
    };
  }

  /** n calendar days after the start event; the last day does not roll off a weekend or holiday. */
  addCalendarDays(state: string, start: string | DateTime, n: number): { dueAt: DateTime; startDate: LocalDate; laterStartReading: StartReading | null } {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`calendar days must be a whole number >= 1, got ${n}`);
    const { startDate, laterStartReading } = this.startDates(state, start);
    return { dueAt: this.endOfLocalDay(state, fromEpochDay(epochDay(startDate) + n)), startDate, laterStartReading };
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

/** One shared calendar per process: holidays are computed once per state and year. */
let shared: BusinessCalendar | undefined;
export function defaultCalendar(): BusinessCalendar {
  return (shared ??= new BusinessCalendar());
}
