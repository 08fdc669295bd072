/**
 * South Carolina's legal holidays: the holiday statute (S.C. Code § 53-5-10) is not in hand (docs/law/README.md).
 * Every weekday counts as a business day and the days date-holidays lists are named as disputed. South
 * Carolina's regulator clock itself is counted in hours (S.C. Code § 38-99-40(A)), which no holiday moves.
 */
import { holidaysNotInHand } from './holidays-not-in-hand';

export const southCarolinaHolidays = holidaysNotInHand('SC', 'South Carolina', 'S.C. Code § 53-5-10', [
  "New Year's Day", 'Martin Luther King Jr. Day', "Washington's Birthday", 'Confederate Memorial Day', 'Memorial Day', 'Juneteenth',
  'Independence Day', 'Labor Day', 'Columbus Day', 'Veterans Day', 'Thanksgiving Day', 'Christmas Day', 'Boxing Day',
]);
