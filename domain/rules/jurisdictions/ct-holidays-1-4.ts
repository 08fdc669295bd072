/**
 * Connecticut's legal holidays, Conn. Gen. Stat. § 1-4 as amended by P.A. 22-128 (text: docs/law/CT/holidays-1-4.txt),
 * with its own weekend rule: "whenever any of such days which are not designated to occur on Monday, occurs upon a
 * Sunday, the Monday next following such day shall be a legal holiday and whenever any of such days occurs upon a
 * Saturday, the Friday immediately preceding such day shall be a legal holiday". Days "appointed or recommended by the
 * Governor ... or the President ... as a day of thanksgiving, fasting or religious observance" (Thanksgiving, Good
 * Friday) are known only by proclamation: counted as business days and named, the earlier deadline.
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

const CITE = 'Conn. Gen. Stat. § 1-4';
/**
 * P.A. 22-128 added Juneteenth; its effective date is not in the text in hand. From 2023 on it is a holiday; in 2022
 * (Sunday 19 June, so Monday 20 June) it is a disputed day, the earlier deadline (docs/legal-open-questions.md).
 */
const JUNETEENTH_SURELY_IN_FORCE = '2023-01-01';

export const connecticutHolidays: HolidayTable = {
  state: 'CT',
  timeZone: STATE_ZONES.CT, // Hartford
  citation: CITE,
  source: 'docs/law/CT/holidays-1-4.txt',
  holidays: [
    { statute: "the first day of January (New Year's Day)", dateHolidaysName: "New Year's Day" },
    { statute: 'the first Monday occurring on or after January fifteenth (Martin Luther King, Jr. Day)', dateHolidaysName: 'Martin Luther King Jr. Day' },
    { statute: 'the twelfth day of February (Lincoln Day)', dateHolidaysName: "Lincoln's Birthday" },
    { statute: "the third Monday in February (Washington's Birthday)", dateHolidaysName: "Washington's Birthday" },
    { statute: 'the last Monday in May (Memorial Day or Decoration Day)', dateHolidaysName: 'Memorial Day' },
    { statute: 'the nineteenth day of June (Juneteenth Independence Day)', dateHolidaysName: 'Juneteenth', effectiveFrom: JUNETEENTH_SURELY_IN_FORCE },
    { statute: 'the fourth day of July (Independence Day)', dateHolidaysName: 'Independence Day' },
    { statute: 'the first Monday in September (Labor Day)', dateHolidaysName: 'Labor Day' },
    { statute: 'the second Monday in October (Columbus Day)', dateHolidaysName: 'Columbus Day' },
    { statute: "the eleventh day of November (Veterans' Day)", dateHolidaysName: 'Veterans Day' },
    { statute: 'the twenty-fifth day of December (Christmas)', dateHolidaysName: 'Christmas Day' },
  ],
  sundayObservedMonday: { citation: `${CITE} (Sunday rule)` },
  saturdayObservedFriday: { citation: `${CITE} (Saturday rule)` },
  corrections: [
    {
      dateHolidaysName: 'Thanksgiving Day',
      dateHolidaysSays: 'public, the fourth Thursday in November',
      correction: 'counted as a business day and named as disputed: § 1-4 makes a holiday of a day "appointed or recommended by the Governor ... or the President ... as a day of thanksgiving", known only by proclamation',
      citation: CITE,
      example: '2026-11-26',
    },
    {
      dateHolidaysName: 'Good Friday',
      dateHolidaysSays: 'public',
      correction: 'counted as a business day and named as disputed: not listed in § 1-4; a holiday only as a day of "religious observance" the Governor appoints',
      citation: CITE,
      example: '2026-04-03',
    },
    {
      dateHolidaysName: 'Juneteenth (substitute day)',
      dateHolidaysSays: 'public substitute on Monday 2022-06-20',
      correction: 'counted as a business day and named as disputed: P.A. 22-128\'s effective date is not in the text in hand',
      citation: `${CITE} (P.A. 22-128)`,
      example: '2022-06-20',
    },
  ],
  disputed: [
    {
      label: 'Thanksgiving Day',
      rule: { kind: 'named', dateHolidaysName: 'Thanksgiving Day' },
      why: 'a holiday when the President or the Governor appoints or recommends it "as a day of thanksgiving"; the proclamation is not in hand',
      citation: CITE,
    },
    {
      label: 'Good Friday',
      rule: { kind: 'named', dateHolidaysName: 'Good Friday' },
      why: 'a holiday when the Governor appoints it as a day of "religious observance"; the proclamation is not in hand',
      citation: CITE,
    },
    {
      label: 'Juneteenth',
      rule: { kind: 'named', dateHolidaysName: 'Juneteenth' },
      why: 'added to § 1-4 by P.A. 22-128, whose effective date is not in the text in hand',
      citation: `${CITE} (P.A. 22-128)`,
    },
  ],
};
