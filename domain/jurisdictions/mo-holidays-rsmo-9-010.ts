/**
 * Missouri legal holidays, RSMo 9.010 (text via holidays.uslegal.com; research-rules.md §d).
 * Design.md §3: each of these closes state offices, so none is a business day for the Director.
 */
import type { HolidayTable } from '../holiday-table';

export const missouriHolidays: HolidayTable = {
  state: 'MO',
  timeZone: 'America/Chicago', // Jefferson City; also date-holidays' zone for US-MO
  citation: 'RSMo 9.010',
  holidays: [
    { statute: 'the first day of January', dateHolidaysName: "New Year's Day" },
    { statute: 'the third Monday of January (Martin Luther King Jr. Day)', dateHolidaysName: 'Martin Luther King Jr. Day' },
    { statute: 'the twelfth day of February (Lincoln Day, RSMo 9.020)', dateHolidaysName: "Lincoln's Birthday" },
    { statute: 'the third Monday in February (Washington\'s Birthday)', dateHolidaysName: "Washington's Birthday" },
    { statute: 'the eighth day of May (Truman Day)', dateHolidaysName: 'Truman Day' },
    { statute: 'the last Monday in May (Memorial Day)', dateHolidaysName: 'Memorial Day' },
    { statute: 'the fourth day of July', dateHolidaysName: 'Independence Day' },
    { statute: 'the first Monday in September (Labor Day)', dateHolidaysName: 'Labor Day' },
    { statute: 'the second Monday in October (Columbus Day)', dateHolidaysName: 'Columbus Day' },
    { statute: 'the eleventh day of November (Veterans Day)', dateHolidaysName: 'Veterans Day' },
    { statute: 'the fourth Thursday in November (Thanksgiving Day)', dateHolidaysName: 'Thanksgiving Day' },
    { statute: 'the twenty-fifth day of December', dateHolidaysName: 'Christmas Day' },
  ],
  // "When any of such holidays falls upon Sunday, the Monday next following shall be considered the holiday."
  sundayObservedMonday: { citation: 'RSMo 9.010 (Sunday rule)' },
  corrections: [
    {
      dateHolidaysName: 'Juneteenth',
      dateHolidaysSays: 'public',
      correction: 'counted as a business day; named as disputed',
      citation: 'RSMo 9.010 text as found does not list it; a 2022 act is reported but unconfirmed (research-rules.md §d)',
      example: '2026-06-19',
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
      citation: 'RSMo 9.010; design.md §3',
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
    {
      label: 'Juneteenth',
      rule: { kind: 'named', dateHolidaysName: 'Juneteenth' },
      why: 'a 2022 addition to RSMo 9.010 is reported but its text is unconfirmed',
      citation: 'RSMo 9.010 (amendment unconfirmed)',
    },
  ],
};
