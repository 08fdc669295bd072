/**
 * Calendar days without time zones: a YYYY-MM-DD date as a day number since 1970-01-01 and back, weekdays,
 * leap years, and ISO instants read to epoch ms by the same arithmetic. Pure: nothing is kept between calls (a
 * table of date strings and a last-instant slot here saved nothing measurable once compiled: docs/performance.md);
 * DayTable is the by-day store the calendar's own per-state tables use (state-days.ts).
 */

/** A local calendar date, YYYY-MM-DD. */
export type LocalDate = string;

const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (the days-from-civil algorithm): no string or Date made. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Digits at [i, i + n) of a string as a number, or NaN. */
export function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/** The day number of a canonical YYYY-MM-DD that names a real day, else null. */
function canonicalDate(date: string): number | null {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return null;
  const day = civilDay(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
  return Number.isNaN(day) ? null : day;
}

/** Days since 1970-01-01 of year, month (1-12) and day, or NaN where they name no real day (30 February). */
export function civilDay(y: number, m: number, d: number): number {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]))) return NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Days since 1970-01-01 for a YYYY-MM-DD date (calendar arithmetic without time zones). A real day in the
 * canonical shape is read by arithmetic; anything else is left to Date.parse as before (which rolls 30 Feb into March).
 */
export function epochDay(date: LocalDate): number {
  return canonicalDate(date) ?? Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

const FIRST_KEPT_DAY = daysFromCivil(1999, 1, 1);
const BLOCK = 512;
/** 160 blocks: 1999 to about 2223. */
const MAX_BLOCKS = 160;

/**
 * Values by day number, read by index instead of hashing: days from 1999 to about 2223 sit in blocks of 512 made
 * on first use; other days (none the doors let in: instants are held to 2000-2100) go to a bounded map.
 */
export class DayTable<T> {
  private readonly blocks: Array<Array<T | undefined> | undefined> = new Array(MAX_BLOCKS);
  private readonly outside = new Map<number, T>();

  private static block(day: number): number {
    const i = day - FIRST_KEPT_DAY;
    return i >= 0 && Number.isInteger(day) ? Math.floor(i / BLOCK) : -1;
  }

  get(day: number): T | undefined {
    const b = DayTable.block(day);
    if (b < 0 || b >= MAX_BLOCKS) return this.outside.get(day);
    return this.blocks[b]?.[(day - FIRST_KEPT_DAY) % BLOCK];
  }

  set(day: number, value: T): void {
    const b = DayTable.block(day);
    if (b < 0 || b >= MAX_BLOCKS) {
      if (this.outside.size > 10_000) this.outside.clear();
      this.outside.set(day, value);
      return;
    }
    (this.blocks[b] ??= new Array<T | undefined>(BLOCK))[(day - FIRST_KEPT_DAY) % BLOCK] = value;
  }
}

/** The YYYY-MM-DD of a day number, by arithmetic; years outside 1000-9999 left to toISOString, as before. */
export function fromEpochDay(day: number): LocalDate {
  const { y, m, d } = civilFromDays(day);
  if (!(y >= 1000 && y <= 9999)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Year, month (1-12) and day of a day number (the civil-from-days algorithm, proleptic Gregorian): no string or Date made. */
function civilFromDays(day: number): { y: number; m: number; d: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The year of a day number, by arithmetic. */
export function yearOfDay(day: number): number {
  return civilFromDays(day).y;
}
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function describeDate(date: LocalDate): string {
  return `${WEEKDAY_NAMES[weekday(epochDay(date))]} ${date}`;
}


/** The same calendar date `years` later; 29 Feb in a year without one becomes 28 Feb. */
export function sameDateYearsLater(date: LocalDate, years: number): LocalDate {
  const y = Number(date.slice(0, 4));
  const md = date.slice(4);
  const same = md === '-02-29' && !isLeapYear(y + years) ? '-02-28' : md;
  return `${String(y + years).padStart(4, '0')}${same}`;
}

/**
 * Instants in the canonical shapes the planner writes and reads, `YYYY-MM-DDTHH:MM:SS[.sss](Z|±HH:MM)`, by arithmetic;
 * anything else (or any field out of range) is left to Date.parse.
 */
function fastParse(s: string): number {
  const n = s.length;
  if (n < 20 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return NaN;
  let i = 19;
  let milli = 0;
  if (s[i] === '.') {
    milli = digits(s, i + 1, 3);
    i += 4;
  }
  let off = 0;
  if (s[i] === 'Z' && i + 1 === n) off = 0;
  else if ((s[i] === '+' || s[i] === '-') && i + 6 === n && s[i + 3] === ':') {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (!(oh <= 23 && om <= 59)) return NaN;
    off = (oh * 60 + om) * (s[i] === '-' ? -1 : 1);
  } else return NaN;
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (!(h <= 23 && mi <= 59 && sec <= 59 && milli >= 0)) return NaN;
  // The canonical string must name a real day (civilDay gives NaN for 31 February; Date.UTC would roll it into March).
  const day = civilDay(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
  return day * DAY_MS + h * 3_600_000 + mi * 60_000 + sec * 1000 + milli - off * 60_000;
}

/** Parses an ISO instant with an offset to epoch ms (the canonical shapes by arithmetic); throws on nonsense. */
export function parseInstant(s: string): number {
  let ms = fastParse(s);
  if (Number.isNaN(ms)) ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${s}`);
  return ms;
}
