/**
 * Missouri public holidays, RSMo 9.010 as amended by A.L. 2022 H.B. 1738 (text: docs/law/MO/rsmo-9.010.txt).
 * Each of these closes state offices, so none is a business day for the Director (docs/design.md, deadlines).
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

export const missouriHolidays: HolidayTable = {
  state: 'MO',
  timeZone: STATE_ZONES.MO, // Jefferson City; also date-holidays' zone for US-MO
  citation: 'RSMo 9.010',
  source: 'docs/law/MO/rsmo-9.010.txt',
  holidays: [
    { statute: 'the first day of January', dateHolidaysName: "New Year's Day" },
    { statute: 'the third Monday of January (Martin Luther King Jr. Day)', dateHolidaysName: 'Martin Luther King Jr. Day' },
    { statute: 'the twelfth day of February (Lincoln Day, RSMo 9.020)', dateHolidaysName: "Lincoln's Birthday" },
    { statute: 'the third Monday in February (Washington\'s Birthday)', dateHolidaysName: "Washington's Birthday" },
    { statute: 'the eighth day of May (Truman Day)', dateHolidaysName: 'Truman Day' },
    { statute: 'the last Monday in May (Memorial Day)', dateHolidaysName: 'Memorial Day' },
    // Added by A.L. 2022 H.B. 1738 (in force 2022-08-28, the general effective date of that session's acts).
    { statute: 'the nineteenth day of June', dateHolidaysName: 'Juneteenth', effectiveFrom: '2022-08-28' },
    { statute: 'the fourth day of July', dateHolidaysName: 'Independence Day' },
    { statute: 'the first Monday in September (Labor Day)', dateHolidaysName: 'Labor Day' },
    { statute: 'the second Monday in October (Columbus Day)', dateHolidaysName: 'Columbus Day' },
    { statute: 'the eleventh day of November (Veterans Day)', dateHolidaysName: 'Veterans Day' },
    { statute: 'the fourth Thursday in November (Thanksgiving Day)', dateHolidaysName: 'Thanksgiving Day' },
    { statute: 'the twenty-fifth day of December', dateHolidaysName: 'Christmas Day' },
  ],
  // "When any of such holidays falls upon Sunday, the Monday next following shall be considered the holiday."
  sundayObservedMonday: { citation: 'RSMo 9.010 (Sunday rule)' },
  saturdayObservedFriday: null,
  corrections: [
    {
      dateHolidaysName: 'Juneteenth',
      dateHolidaysSays: "public since 2021",
      correction: 'a holiday only from 2022-08-28, when A.L. 2022 H.B. 1738 added it to RSMo 9.010',
      citation: 'RSMo 9.010 (A.L. 2022 H.B. 1738)',
      example: '2021-06-18',
    },
    {
      dateHolidaysName: 'Independence Day (substitute day)',
      dateHolidaysSays: 'public substitute on the Friday before a Saturday holiday',
      correction: 'counted as a business day; named as disputed (offices close by practice only)',
      citation: 'RSMo 9.010 has a Sunday rule only; Saturday observance is agency practice (1 CSR 20-5.010(2))',
      example: '2026-07-03',
    },
    {
      dateHolidaysName: 'Veterans Day (substitute day)',
      dateHolidaysSays: "type 'bank' only, so not public, for Monday 2029-11-12 after a Sunday Veterans Day",
      correction: 'holiday: the statute moves a Sunday holiday to Monday',
      citation: 'RSMo 9.010 (Sunday rule)',
      example: '2029-11-12',
    },
    {
      dateHolidaysName: 'Truman Day',
      dateHolidaysSays: 'no Friday substitute when May 8 is a Saturday (2027)',
      correction: 'none needed: the Friday is a disputed day, counted as a business day',
      citation: 'RSMo 9.010; docs/design.md (deadlines)',
      example: '2027-05-07',
    },
  ],
  disputed: [
    {
      label: 'Friday before a Saturday holiday',
      rule: { kind: 'weekend-shift', from: 'saturday' },
      why: 'state offices close by practice, but RSMo 9.010 moves only a Sunday holiday',
      citation: 'RSMo 9.010; 1 CSR 20-5.010(2) (practice)',
    },
  ],
};
