/**
 * Maryland's legal holidays: the holiday statute (Md. Code Ann., Gen. Prov. § 1-111) is not in hand
 * (docs/law/README.md). Every weekday counts as a business day and the days date-holidays lists are named as disputed.
 */
import { holidaysNotInHand } from './holidays-not-in-hand';

export const marylandHolidays = holidaysNotInHand('MD', 'Maryland', 'Md. Code Ann., Gen. Prov. § 1-111', [
  "New Year's Day", 'Martin Luther King Jr. Day', "President's Day", 'Memorial Day', 'Juneteenth', 'Independence Day', 'Labor Day',
  'Columbus Day', 'Veterans Day', 'Thanksgiving Day', 'Native American Heritage Day', 'Christmas Day',
]);
