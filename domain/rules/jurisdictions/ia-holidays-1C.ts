/**
 * Iowa's holidays: Iowa Code § 1C.1 lists the "legal public holidays" (no weekend rule); § 1C.2 the paid holidays of
 * state employees, with the Friday after Thanksgiving and a weekend rule (Saturday to Friday, Sunday to Monday).
 * Texts: docs/law/IA/holidays-1C.1.txt, holidays-1C.2.txt. A day is taken as a holiday only where both lists hold
 * it; a day in one list only is disputed: counted as a business day and named (the earlier deadline).
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

export const iowaHolidays: HolidayTable = {
  state: 'IA',
  timeZone: STATE_ZONES.IA, // Des Moines
  citation: 'Iowa Code §§ 1C.1, 1C.2',
  source: 'docs/law/IA/holidays-1C.1.txt',
  holidays: [
    { statute: 'New Year’s Day, January 1 (1C.1(1), 1C.2(1)(a))', dateHolidaysName: "New Year's Day" },
    { statute: 'Dr. Martin Luther King, Jr.’s Birthday, the third Monday in January (1C.1(2), 1C.2(1)(b))', dateHolidaysName: 'Martin Luther King Jr. Day' },
    { statute: 'Memorial Day, the last Monday in May (1C.1(5), 1C.2(1)(c))', dateHolidaysName: 'Memorial Day' },
    { statute: 'Independence Day, July 4 (1C.1(6), 1C.2(1)(d))', dateHolidaysName: 'Independence Day' },
    { statute: 'Labor Day, the first Monday in September (1C.1(7), 1C.2(1)(e))', dateHolidaysName: 'Labor Day' },
    { statute: 'Veterans Day, November 11 (1C.1(8), 1C.2(1)(f))', dateHolidaysName: 'Veterans Day' },
    { statute: 'Thanksgiving Day, the fourth Thursday in November (1C.1(9), 1C.2(1)(g))', dateHolidaysName: 'Thanksgiving Day' },
    { statute: 'Christmas Day, December 25 (1C.1(10), 1C.2(1)(i))', dateHolidaysName: 'Christmas Day' },
  ],
  // Only § 1C.2(3), the state-employee list, moves a weekend holiday: the moved days are disputed below.
  sundayObservedMonday: null,
  saturdayObservedFriday: null,
  corrections: [
    {
      dateHolidaysName: "Lincoln's Birthday",
      dateHolidaysSays: 'public',
      correction: 'counted as a business day; named as disputed (a legal public holiday in 1C.1(3), not a state-employee holiday in 1C.2)',
      citation: 'Iowa Code §§ 1C.1(3), 1C.2(1)',
      example: '2026-02-12',
    },
    {
      dateHolidaysName: "Washington's Birthday",
      dateHolidaysSays: 'public',
      correction: 'counted as a business day; named as disputed (a legal public holiday in 1C.1(4), not a state-employee holiday in 1C.2)',
      citation: 'Iowa Code §§ 1C.1(4), 1C.2(1)',
      example: '2026-02-16',
    },
    {
      dateHolidaysName: 'Day after Thanksgiving Day',
      dateHolidaysSays: 'type observance, not a public holiday',
      correction: 'counted as a business day; named as disputed (a state-employee holiday in 1C.2(1)(h), not a legal public holiday in 1C.1)',
      citation: 'Iowa Code §§ 1C.1, 1C.2(1)(h)',
      example: '2026-11-27',
    },
    {
      dateHolidaysName: 'Juneteenth',
      dateHolidaysSays: 'public',
      correction: 'not in 1C.1 or 1C.2 as in the repository: counted as a business day and named as disputed',
      citation: 'Iowa Code §§ 1C.1, 1C.2',
      example: '2026-06-19',
    },
  ],
  disputed: [
    { label: "Lincoln's Birthday", rule: { kind: 'named', dateHolidaysName: "Lincoln's Birthday" }, why: 'a legal public holiday (1C.1(3)), but state offices are open (not in 1C.2)', citation: 'Iowa Code § 1C.1(3)' },
    { label: "Washington's Birthday", rule: { kind: 'named', dateHolidaysName: "Washington's Birthday" }, why: 'a legal public holiday (1C.1(4)), but state offices are open (not in 1C.2)', citation: 'Iowa Code § 1C.1(4)' },
    { label: 'Friday after Thanksgiving', rule: { kind: 'named', dateHolidaysName: 'Day after Thanksgiving Day' }, why: 'a state-employee holiday (1C.2(1)(h)), not a legal public holiday (1C.1)', citation: 'Iowa Code § 1C.2(1)(h)' },
    { label: 'Juneteenth', rule: { kind: 'named', dateHolidaysName: 'Juneteenth' }, why: 'listed as a public holiday by date-holidays; not in 1C.1 or 1C.2 as in the repository (a later amendment is not in hand)', citation: 'Iowa Code §§ 1C.1, 1C.2' },
    { label: 'Friday before a Saturday holiday', rule: { kind: 'weekend-shift', from: 'saturday' }, why: 'granted to state employees (1C.2(3)); 1C.1 has no weekend rule', citation: 'Iowa Code § 1C.2(3)' },
    { label: 'Monday after a Sunday holiday', rule: { kind: 'weekend-shift', from: 'sunday' }, why: 'granted to state employees (1C.2(3)); 1C.1 has no weekend rule', citation: 'Iowa Code § 1C.2(3)' },
  ],
};
