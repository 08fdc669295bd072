/**
 * Alabama's legal holidays, Ala. Code § 1-3-8 (text: docs/law/AL/holidays-1-3-8.txt), with its own weekend
 * rule: "If any holiday falls on Sunday, the following day is the holiday. If any holiday falls on Saturday,
 * the preceding day is the holiday." Several holidays share a day (Robert E. Lee's and Dr. King's birthdays,
 * Washington's and Jefferson's, Columbus Day and American Indian Heritage Day). "The day designated by the
 * Governor for public thanksgiving" is known only by proclamation: counted as a business day and named.
 * Mardi Gras is a holiday in Mobile and Baldwin Counties only (§ 1-3-8(c)); the Department sits in Montgomery.
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

export const alabamaHolidays: HolidayTable = {
  state: 'AL',
  // Montgomery; § 1-1-4 also sets central time for "the hours of the day".
  timeZone: STATE_ZONES.AL,
  citation: 'Ala. Code § 1-3-8',
  source: 'docs/law/AL/holidays-1-3-8.txt',
  holidays: [
    { statute: "New Year's Day", dateHolidaysName: "New Year's Day" },
    { statute: "Robert E. Lee's birthday; Martin Luther King, Jr.'s birthday — the third Monday in January", dateHolidaysName: 'Robert E. Lee/Martin Luther King Birthday' },
    { statute: "George Washington's birthday; Thomas Jefferson's birthday — the third Monday in February", dateHolidaysName: 'George Washington/Thomas Jefferson Birthday' },
    { statute: 'Confederate Memorial Day — the fourth Monday in April', dateHolidaysName: 'Confederate Memorial Day' },
    { statute: 'National Memorial Day — the last Monday in May', dateHolidaysName: 'Memorial Day' },
    { statute: "Jefferson Davis' birthday — the first Monday in June", dateHolidaysName: "Jefferson Davis' birthday" },
    { statute: 'the Fourth day of July', dateHolidaysName: 'Independence Day' },
    { statute: 'Labor Day', dateHolidaysName: 'Labor Day' },
    { statute: 'Columbus Day and Fraternal Day; American Indian Heritage Day — the second Monday in October', dateHolidaysName: 'Columbus Day' },
    { statute: "Veterans' Day — the eleventh day of November", dateHolidaysName: 'Veterans Day' },
    { statute: 'Christmas Day', dateHolidaysName: 'Christmas Day' },
  ],
  sundayObservedMonday: { citation: 'Ala. Code § 1-3-8(a) (Sunday rule)' },
  saturdayObservedFriday: { citation: 'Ala. Code § 1-3-8(a) (Saturday rule)' },
  corrections: [
    {
      dateHolidaysName: 'Thanksgiving Day',
      dateHolidaysSays: 'public, the fourth Thursday in November',
      correction: 'counted as a business day and named as disputed: § 1-3-8 makes a holiday of "the day designated by the Governor for public thanksgiving", known only by proclamation',
      citation: 'Ala. Code § 1-3-8(a)',
      example: '2026-11-26',
    },
    {
      dateHolidaysName: 'Juneteenth',
      dateHolidaysSays: 'public',
      correction: 'counted as a business day and named as disputed: § 1-3-8 does not list it (a Governor may close offices by proclamation)',
      citation: 'Ala. Code § 1-3-8(a)',
      example: '2026-06-19',
    },
  ],
  disputed: [
    {
      label: 'Thanksgiving Day',
      rule: { kind: 'named', dateHolidaysName: 'Thanksgiving Day' },
      why: 'a holiday if the Governor designates it "for public thanksgiving"; the proclamation is not in hand',
      citation: 'Ala. Code § 1-3-8(a)',
    },
    {
      label: 'Juneteenth',
      rule: { kind: 'named', dateHolidaysName: 'Juneteenth' },
      why: 'not listed in § 1-3-8; state offices may close by the Governor\'s proclamation',
      citation: 'Ala. Code § 1-3-8(a) ("such other days as may be declared by the Governor")',
    },
  ],
};
