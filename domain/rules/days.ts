/**
 * Calendar days without time zones: a YYYY-MM-DD date as a day number since 1970-01-01 and back, weekdays,
 * leap years. Both conversions are cached: planning many incidents reads the same few thousand days.
 */

/** A local calendar date, YYYY-MM-DD. */
export type LocalDate = string;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date (calendar arithmetic without time zones). */
const epochDays = new Map<LocalDate, number>();
export function epochDay(date: LocalDate): number {
  let day = epochDays.get(date);
  if (day === undefined) {
    day = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    if (epochDays.size > 100_000) epochDays.clear();
    epochDays.set(date, day);
  }
  return day;
}
const dateStrings = new Map<number, LocalDate>();
export function fromEpochDay(day: number): LocalDate {
  let s = dateStrings.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dateStrings.size > 100_000) dateStrings.clear();
    dateStrings.set(day, s);
  }
  return s;
}
/** The year of a day number, by arithmetic (the civil-from-days algorithm, proleptic Gregorian): no string or Date made. */
export function yearOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
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
