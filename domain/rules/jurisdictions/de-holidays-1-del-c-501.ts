/**
 * Delaware's legal holidays, 1 Del. C. § 501 (text: docs/law/DE/holidays-1-del-c-501-502.txt), as far as the copy in
 * hand goes: it is cut off in item (6), "The first Monday in Septembe". Items (1)-(6) are holidays (the words of (6)
 * name Labor Day unmistakably); the days reported after it (Memorial Day, Veterans Day, Thanksgiving and the day after,
 * Christmas, the biennial Election Day) and any rule for a holiday on a weekend are not in hand: counted as business
 * days and named as disputed, the earlier deadline. Return Day is a holiday in Sussex County only, reportedly; the
 * Department sits in Dover (Kent County).
 */
import type { DisputedDay, HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

const CITE = '1 Del. C. § 501';
const CUT_OFF = 'reported in § 501 after item (6), where the copy in hand is cut off';
const reportedAfterCutOff = (label: string, dateHolidaysName: string): DisputedDay => ({ label, rule: { kind: 'named', dateHolidaysName }, why: CUT_OFF, citation: `${CITE} (text cut off)` });
const notListed = (dateHolidaysName: string, example: string) => ({
  dateHolidaysName,
  dateHolidaysSays: 'public',
  correction: `counted as a business day and named as disputed: ${CUT_OFF}`,
  citation: `${CITE} (text cut off)`,
  example,
});

export const delawareHolidays: HolidayTable = {
  state: 'DE',
  timeZone: STATE_ZONES.DE, // Dover
  citation: CITE,
  source: 'docs/law/DE/holidays-1-del-c-501-502.txt',
  holidays: [
    { statute: "(1) January 1, known as New Year's Day", dateHolidaysName: "New Year's Day" },
    { statute: '(2) The third Monday in January, known as Martin Luther King, Jr. Day', dateHolidaysName: 'Martin Luther King Jr. Day' },
    { statute: '(3) Good Friday', dateHolidaysName: 'Good Friday' },
    // Added by 83 Del. Laws c. 37 (2021); 19 June 2021 was a Saturday, so the first weekday it could fall on is in 2022.
    { statute: '(4) June 19, known as Juneteenth', dateHolidaysName: 'Juneteenth', effectiveFrom: '2022-01-01' },
    { statute: '(5) July 4, known as Independence Day', dateHolidaysName: 'Independence Day' },
    { statute: '(6) The first Monday in Septembe[r] (the copy in hand ends here)', dateHolidaysName: 'Labor Day' },
  ],
  sundayObservedMonday: null,
  saturdayObservedFriday: null,
  corrections: [
    notListed('Memorial Day', '2026-05-25'),
    notListed('Veterans Day', '2026-11-11'),
    notListed('Thanksgiving Day', '2026-11-26'),
    notListed('Day After Thanksgiving', '2026-11-27'),
    notListed('Christmas Day', '2026-12-25'),
    notListed('Election Day', '2026-11-03'),
    {
      dateHolidaysName: 'Independence Day (substitute day)',
      dateHolidaysSays: 'public substitute on the Friday before a Saturday holiday',
      correction: 'counted as a business day and named as disputed: any rule for a holiday on a weekend comes after the cut-off in § 501',
      citation: `${CITE} (text cut off)`,
      example: '2026-07-03',
    },
  ],
  disputed: [
    reportedAfterCutOff('Memorial Day', 'Memorial Day'),
    reportedAfterCutOff('Veterans Day', 'Veterans Day'),
    reportedAfterCutOff('Thanksgiving Day', 'Thanksgiving Day'),
    reportedAfterCutOff('Day after Thanksgiving', 'Day After Thanksgiving'),
    reportedAfterCutOff('Christmas Day', 'Christmas Day'),
    reportedAfterCutOff('Election Day (biennial)', 'Election Day'),
    { label: 'Friday before a Saturday holiday', rule: { kind: 'weekend-shift', from: 'saturday' }, why: 'any rule for a holiday on a weekend comes after the cut-off in § 501', citation: `${CITE} (text cut off)` },
    { label: 'Monday after a Sunday holiday', rule: { kind: 'weekend-shift', from: 'sunday' }, why: 'any rule for a holiday on a weekend comes after the cut-off in § 501', citation: `${CITE} (text cut off)` },
  ],
};
