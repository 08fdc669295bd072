/**
 * Connecticut's legal holidays: the holiday statute (Conn. Gen. Stat. § 1-4) is not in hand, and Good Friday
 * is a holiday by the Governor's proclamation each year (docs/law/README.md). Every weekday counts as a
 * business day and the days date-holidays lists are named as disputed.
 */
import { holidaysNotInHand } from './holidays-not-in-hand';

export const connecticutHolidays = holidaysNotInHand('CT', 'Connecticut', 'Conn. Gen. Stat. § 1-4', [
  "New Year's Day", 'Martin Luther King Jr. Day', "Lincoln's Birthday", "Washington's Birthday", 'Good Friday', 'Memorial Day', 'Juneteenth',
  'Independence Day', 'Labor Day', 'Columbus Day', 'Veterans Day', 'Thanksgiving Day', 'Christmas Day',
]);
