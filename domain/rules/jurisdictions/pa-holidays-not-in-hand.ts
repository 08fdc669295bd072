/**
 * Pennsylvania's legal holidays: the holiday statute (44 P.S. § 11) is not in hand (docs/law/README.md). Every
 * weekday counts as a business day and the days date-holidays lists are named as disputed.
 */
import { holidaysNotInHand } from './holidays-not-in-hand';

export const pennsylvaniaHolidays = holidaysNotInHand('PA', 'Pennsylvania', '44 P.S. § 11', [
  "New Year's Day", 'Martin Luther King Jr. Day', "Presidents' Day", 'Memorial Day', 'Flag Day', 'Juneteenth', 'Independence Day',
  'Labor Day', 'Columbus Day', 'Veterans Day', 'Thanksgiving Day', 'Christmas Day',
]);
