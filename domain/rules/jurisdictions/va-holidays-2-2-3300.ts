/**
 * Virginia's legal holidays, Va. Code § 2.2-3300 (text: docs/law/VA/holidays-2.2-3300.txt), with its own
 * weekend rule: a holiday on Saturday is kept the Friday before, one on Sunday the Monday after. "Any day so
 * appointed by the Governor ... or the President" cannot be known in advance: no such day is taken as a
 * holiday (the earlier deadline), and the plan says so.
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

/** Juneteenth and Election Day came with the 2020 amendments (2020 cc. 417, 418; Sp. Sess. I cc. 4, 5); from 2021 at the latest. */
const FROM_2021 = '2021-01-01';

export const virginiaHolidays: HolidayTable = {
  state: 'VA',
  timeZone: STATE_ZONES.VA, // Richmond
  citation: 'Va. Code § 2.2-3300',
  source: 'docs/law/VA/holidays-2.2-3300.txt',
  holidays: [
    { statute: "January 1 — New Year's Day", dateHolidaysName: "New Year's Day" },
    { statute: 'The third Monday in January — Martin Luther King, Jr., Day', dateHolidaysName: 'Martin Luther King Jr. Day' },
    { statute: 'The third Monday in February — George Washington Day', dateHolidaysName: 'George Washington Day' },
    { statute: 'The last Monday in May — Memorial Day', dateHolidaysName: 'Memorial Day' },
    { statute: 'June 19 — Juneteenth', dateHolidaysName: 'Juneteenth', effectiveFrom: FROM_2021 },
    { statute: 'July 4 — Independence Day', dateHolidaysName: 'Independence Day' },
    { statute: 'The first Monday in September — Labor Day', dateHolidaysName: 'Labor Day' },
    { statute: 'The second Monday in October — Columbus Day and Yorktown Victory Day', dateHolidaysName: 'Columbus Day' },
    // date-holidays has Election Day in even years only; the statute fixes it every year.
    { statute: 'The Tuesday following the first Monday in November — Election Day', dateHolidaysName: 'Election Day', effectiveFrom: FROM_2021, nthWeekday: { month: 11, weekday: 1, n: 1, offsetDays: 1 } },
    { statute: 'November 11 — Veterans Day', dateHolidaysName: 'Veterans Day' },
    { statute: 'The fourth Thursday in November — Thanksgiving Day', dateHolidaysName: 'Thanksgiving Day' },
    { statute: 'the Friday next following (Thanksgiving Day)', dateHolidaysName: 'Thanksgiving Day', offsetDays: 1 },
    { statute: 'December 25 — Christmas Day', dateHolidaysName: 'Christmas Day' },
  ],
  // "Whenever any of such days falls on Saturday, the Friday next preceding such day, or whenever any of such
  // days falls on Sunday, the Monday next following such day ... shall be a legal holiday".
  sundayObservedMonday: { citation: 'Va. Code § 2.2-3300 (Sunday rule)' },
  saturdayObservedFriday: { citation: 'Va. Code § 2.2-3300 (Saturday rule)' },
  corrections: [
    {
      dateHolidaysName: 'Election Day',
      dateHolidaysSays: 'no Election Day in odd years',
      correction: 'holiday every year: "The Tuesday following the first Monday in November"',
      citation: 'Va. Code § 2.2-3300',
      example: '2027-11-02',
    },
    {
      dateHolidaysName: 'Day after Thanksgiving Day',
      dateHolidaysSays: 'type observance, not a public holiday',
      correction: 'holiday: "the Friday next following" Thanksgiving Day is a legal holiday by the statute',
      citation: 'Va. Code § 2.2-3300',
      example: '2026-11-27',
    },
    {
      dateHolidaysName: 'Lee–Jackson Day',
      dateHolidaysSays: 'public in 2020',
      correction: 'not listed in § 2.2-3300 as in the repository (2020 amendments): counted as a business day, the earlier reading',
      citation: 'Va. Code § 2.2-3300',
      example: '2020-01-17',
    },
  ],
  disputed: [
    {
      label: 'Lee-Jackson Day',
      rule: { kind: 'named', dateHolidaysName: 'Lee–Jackson Day' },
      why: 'listed in § 2.2-3300 before the 2020 amendments, whose earlier text is not in hand',
      citation: 'Va. Code § 2.2-3300 (before 2020 cc. 417, 418)',
    },
  ],
};
