/**
 * South Carolina's legal holidays, S.C. Code §§ 53-5-10 and 53-5-30 (text: docs/law/SC/holidays-53-5-10-30.txt):
 * "National Thanksgiving Day and the day after, and the twenty-fourth, twenty-fifth, and twenty-sixth days of
 * December", with the Sunday-to-Monday and Saturday-to-Friday rule of § 53-5-30. Juneteenth and Columbus Day are not
 * listed. South Carolina's regulator clock is counted in hours (§ 38-99-40(A)), which no holiday moves; the holidays
 * count for reminders and any business-day count.
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

const CITE = 'S.C. Code § 53-5-10';

export const southCarolinaHolidays: HolidayTable = {
  state: 'SC',
  timeZone: STATE_ZONES.SC, // Columbia
  citation: CITE,
  source: 'docs/law/SC/holidays-53-5-10-30.txt',
  holidays: [
    { statute: "the first day of January-New Year's Day", dateHolidaysName: "New Year's Day" },
    { statute: 'the third Monday of January-Martin Luther King, Jr. Day', dateHolidaysName: 'Martin Luther King Jr. Day' },
    { statute: "the third Monday in February-George Washington's birthday/President's Day", dateHolidaysName: "Washington's Birthday" },
    { statute: 'the tenth day of May-Confederate Memorial Day', dateHolidaysName: 'Confederate Memorial Day' },
    { statute: 'the last Monday of May-National Memorial Day', dateHolidaysName: 'Memorial Day' },
    { statute: 'the fourth day of July-Independence Day', dateHolidaysName: 'Independence Day' },
    { statute: 'the first Monday in September-Labor Day', dateHolidaysName: 'Labor Day' },
    { statute: 'the eleventh day of November-Veterans Day', dateHolidaysName: 'Veterans Day' },
    { statute: 'National Thanksgiving Day', dateHolidaysName: 'Thanksgiving Day' },
    { statute: 'the day after (National Thanksgiving Day)', dateHolidaysName: 'Thanksgiving Day', offsetDays: 1 },
    { statute: 'the twenty-fourth day of December', dateHolidaysName: 'Christmas Day', offsetDays: -1 },
    { statute: 'the twenty-fifth day of December', dateHolidaysName: 'Christmas Day' },
    { statute: 'the twenty-sixth day of December', dateHolidaysName: 'Christmas Day', offsetDays: 1 },
  ],
  // § 53-5-30: "Whenever any of the legal holidays mentioned in Section 53-5-10 shall fall upon Sunday the Monday next
  // following shall be deemed a public holiday and whenever any ... shall fall upon Saturday the Friday next preceding".
  sundayObservedMonday: { citation: 'S.C. Code § 53-5-30 (Sunday rule)' },
  saturdayObservedFriday: { citation: 'S.C. Code § 53-5-30 (Saturday rule)' },
  corrections: [
    {
      dateHolidaysName: 'Juneteenth',
      dateHolidaysSays: 'public',
      correction: 'not a holiday: § 53-5-10 does not list it',
      citation: CITE,
      example: '2026-06-19',
    },
    {
      dateHolidaysName: 'Columbus Day',
      dateHolidaysSays: 'public',
      correction: 'not a holiday: § 53-5-10 does not list it',
      citation: CITE,
      example: '2026-10-12',
    },
    {
      dateHolidaysName: 'Day after Thanksgiving Day',
      dateHolidaysSays: 'type observance, not a public holiday',
      correction: 'holiday: "National Thanksgiving Day and the day after"',
      citation: CITE,
      example: '2026-11-27',
    },
    {
      dateHolidaysName: 'Christmas Eve',
      dateHolidaysSays: 'type optional, not a public holiday',
      correction: 'holiday: "the twenty-fourth ... days of December"',
      citation: CITE,
      example: '2026-12-24',
    },
  ],
  disputed: [],
};
