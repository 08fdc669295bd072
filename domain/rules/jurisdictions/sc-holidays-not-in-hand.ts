/**
 * South Carolina's legal holidays: the holiday statute (S.C. Code § 53-5-10) is not in hand (docs/law/README.md).
 * The earliest-defensible policy holds: no weekday is taken as a holiday, so every weekday counts as a
 * business day, and the plan says so. South Carolina's regulator clock itself is counted in hours
 * (S.C. Code § 38-99-40(A)), which no holiday moves.
 */
import type { HolidayTable } from '../holiday-table';

export const southCarolinaHolidays: HolidayTable = {
  state: 'SC',
  timeZone: 'America/New_York', // Columbia
  citation: 'S.C. Code § 53-5-10 (text not in hand: no holiday taken, every weekday counted)',
  source: 'docs/law/README.md',
  holidays: [],
  sundayObservedMonday: null,
  saturdayObservedFriday: null,
  corrections: [],
  disputed: [],
};
