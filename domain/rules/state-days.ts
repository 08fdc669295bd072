/**
 * One state's days for the business-day calendar (calendar.ts): its legal holidays and disputed days, read off
 * date-holidays a year at a time and corrected by the state's holiday table, its business-day counts, and the end of
 * each local day in the regulator's zone. Everything is kept by day number (days since 1970-01-01), not by a "STATE|date" string: a
 * plan for many states asks these questions hundreds of times, and building and hashing a fresh key string for
 * each ask was most of their cost.
 */
import Holidays from 'date-holidays';
import type { DisputedDay, HolidayTable } from './holiday-table';
import { DayTable, epochDay, fromEpochDay, isWeekend, weekday, yearOfDay, type LocalDate } from './days';
import { isoInZone, wallClockMs } from './zoned';

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

/**
 * Every loop over days is bounded. Input instants are held to 2000-2100 at every door (domain/incident/incident.ts);
 * the calendar covers a margin either side for counts that cross a year end and for record retention.
 */
export const CALENDAR_YEARS = [1999, 2110] as const;

const DAY_MS = 86_400_000;

/** n business days never span more than this many calendar days (weekends plus at most 15 holidays a year). */
export const maxCalendarDaysFor = (n: number): number => Math.ceil(n * 1.5) + 30;

/** A count of business days: its last day, the holidays skipped and the disputed days counted on the way. */
export interface Count {
  lastDate: LocalDate;
  holidaysSkipped: HolidayInfo[];
  disputedCounted: DisputedInfo[];
}

type HolidayEntry = { date: string; name: string; type: string; substitute?: boolean };

/**
 * date-holidays for a state, without a time zone. breachclock reads only each holiday's calendar date, name and
 * type, which no zone changes; with a zone, date-holidays turns every date into an instant through moment-timezone,
 * two thirds of the cost of reading a year. (Checked equal to the zoned reading for 1999-2110 in every state:
 * test/unit/calendar.test.ts.)
 */
export function holidayLibrary(state: string): Holidays {
  const hd = new Holidays('US', state);
  hd.setTimezone(undefined as unknown as string);
  return hd;
}

/** The statute's days of one year (before any weekend rule): read off date-holidays by name, or computed. */
function statuteDays(table: HolidayTable, year: number, entries: HolidayEntry[]): Array<{ day: number; name: string }> {
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
      throw new Error(`date-holidays has no public "${legal.dateHolidaysName}" for US-${table.state} ${year} (${table.citation})`);
    }
    const offset = legal.offsetDays ?? 0;
    holidayDays.push({ day: epochDay(hit.date.slice(0, 10)) + offset, name: offset ? legal.statute : legal.dateHolidaysName });
  }
  return holidayDays;
}

export class StateDays {
  readonly zone: string;
  private readonly holidays = new Map<number, HolidayInfo>();
  private readonly disputedDays = new Map<number, DisputedInfo>();
  private readonly loaded = new Set<number>();
  /** The days whose year and next year are loaded, as last found: most asks fall in the same year as the one before. */
  private readyFrom = 1;
  private readyTo = 0;
  private library: Holidays | undefined;
  private readonly endMs = new DayTable<number>();
  private readonly endIso = new DayTable<string>();

  constructor(readonly table: HolidayTable) {
    this.zone = table.timeZone;
  }

  /** The legal holiday observed on a day (weekdays only: a weekend holiday that is not moved changes no count). */
  holidayOn(day: number): HolidayInfo | undefined {
    this.ensure(day);
    return this.holidays.get(day);
  }

  /** The disputed day on a day: counted as a business day, and named. */
  disputedOn(day: number): DisputedInfo | undefined {
    this.ensure(day);
    return this.disputedDays.get(day);
  }

  /** A year's holidays or disputed days, by date. */
  ofYear(which: 'holidays' | 'disputed', year: number): Array<HolidayInfo | DisputedInfo> {
    this.loadYear(year);
    this.loadYear(year + 1);
    const prefix = `${year}-`;
    const days = which === 'holidays' ? this.holidays : this.disputedDays;
    return [...days.values()].filter((v) => v.date.startsWith(prefix)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** 23:59:59.999 local time of a day, as an instant (memoized), from the zone's offset table (zoned.ts). */
  endOfDayMs(day: number): number {
    let ms = this.endMs.get(day);
    if (ms === undefined) {
      ms = wallClockMs(this.zone, day * DAY_MS + DAY_MS - 1);
      this.endMs.set(day, ms);
    }
    return ms;
  }

  /** The same instant as ISO with the zone's offset (memoized: plans record the same few ends of days over and over). */
  endOfDayIso(day: number): string {
    let s = this.endIso.get(day);
    if (s === undefined) {
      s = isoInZone(this.endOfDayMs(day), this.zone);
      this.endIso.set(day, s);
    }
    return s;
  }

  /**
   * Counts already made, by start day, span and reading in one number: many incidents start on the same day.
   * Never mutated.
   */
  private readonly counts = new Map<number, Count>();

  /** n business days after a start day (which never counts); disputed days counted, or skipped when they are taken as holidays. */
  countAfter(start: number, n: number, disputedAreHolidays: boolean): Count {
    // Spans beyond 1023 days are not remembered (none of the laws comes near); the key stays one exact integer.
    if (n > 1023) return this.count(start, n, disputedAreHolidays);
    const key = (start * 1024 + n) * 2 + (disputedAreHolidays ? 1 : 0);
    let r = this.counts.get(key);
    if (!r) {
      r = this.count(start, n, disputedAreHolidays);
      if (this.counts.size > 50_000) this.counts.clear();
      this.counts.set(key, r);
    }
    return r;
  }

  private count(start: number, n: number, disputedAreHolidays: boolean): Count {
    let day = start;
    let counted = 0;
    const holidaysSkipped: HolidayInfo[] = [];
    const disputedCounted: DisputedInfo[] = [];
    const last = day + maxCalendarDaysFor(n);
    while (counted < n) {
      day += 1;
      if (day > last) throw new RangeError(`no ${n} business days found within ${maxCalendarDaysFor(n)} days of ${fromEpochDay(start)} (${this.table.state})`);
      if (isWeekend(day)) continue;
      const h = this.holidayOn(day);
      if (h) {
        holidaysSkipped.push(h);
        continue;
      }
      const d = this.disputedOn(day);
      if (d) {
        if (disputedAreHolidays) continue;
        disputedCounted.push(d);
      }
      counted += 1;
    }
    return { lastDate: fromEpochDay(day), holidaysSkipped, disputedCounted };
  }

  private ensure(day: number): void {
    if (day >= this.readyFrom && day <= this.readyTo) return;
    const year = yearOfDay(day);
    // A holiday early in January can shift a disputed day into the previous December.
    this.loadYear(year);
    this.loadYear(year + 1);
    this.readyFrom = epochDay(`${year}-01-01`);
    this.readyTo = epochDay(`${year + 1}-01-01`) - 1;
  }

  /** Reads one year off date-holidays, keeps the statute's days, applies the statute's weekend rules. */
  private loadYear(year: number): void {
    if (!Number.isInteger(year) || year < CALENDAR_YEARS[0] || year > CALENDAR_YEARS[1]) {
      throw new RangeError(`year ${year} is outside the calendar breachclock keeps (${CALENDAR_YEARS[0]}-${CALENDAR_YEARS[1]})`);
    }
    if (this.loaded.has(year)) return;
    this.loaded.add(year);
    // date-holidays is made once per state: its constructor parses the whole country's data.
    this.library ??= holidayLibrary(this.table.state);
    const entries = this.library.getHolidays(year) as HolidayEntry[];
    const holidayDays = statuteDays(this.table, year, entries);
    for (const { day, name } of holidayDays) this.observe(day, name);
    for (const d of this.table.disputed) this.addDisputedOf(d, entries, holidayDays);
  }

  /** A statute's holiday on the day it is observed: a Sunday holiday on Monday, a Saturday one on Friday, where the statute says so. */
  private observe(day: number, name: string): void {
    const table = this.table;
    let observed = day;
    let citation = table.citation;
    if (weekday(day) === 0 && table.sundayObservedMonday) {
      observed = day + 1;
      citation = table.sundayObservedMonday.citation;
    } else if (weekday(day) === 6 && table.saturdayObservedFriday) {
      observed = day - 1;
      citation = table.saturdayObservedFriday.citation;
    }
    if (isWeekend(observed)) return;
    // Where a moved holiday lands on another holiday's own day (S.C. Code § 53-5-10's 24-26 December), the day keeps its own name.
    const prev = this.holidays.get(observed);
    if (prev && observed !== day && !prev.name.endsWith('(observed)')) return;
    this.holidays.set(observed, { date: fromEpochDay(observed), name: observed === day ? name : `${name} (observed)`, citation });
  }

  private addDisputedOf(d: DisputedDay, entries: HolidayEntry[], holidayDays: Array<{ day: number }>): void {
    const add = (day: number) => {
      if (isWeekend(day) || this.holidays.has(day) || this.disputedDays.has(day)) return;
      this.disputedDays.set(day, { date: fromEpochDay(day), label: d.label, why: d.why, citation: d.citation });
    };
    if (d.rule.kind === 'named') {
      const name = d.rule.dateHolidaysName;
      for (const e of entries) if (e.name === name || e.name.startsWith(`${name} (`)) add(epochDay(e.date.slice(0, 10)));
      return;
    }
    const from = d.rule.from === 'saturday' ? 6 : 0;
    for (const { day } of holidayDays) {
      if (weekday(day) !== from) continue;
      if (from === 0 && this.table.sundayObservedMonday) continue; // already a statutory holiday
      if (from === 6 && this.table.saturdayObservedFriday) continue;
      add(from === 6 ? day - 1 : day + 1);
    }
  }
}
