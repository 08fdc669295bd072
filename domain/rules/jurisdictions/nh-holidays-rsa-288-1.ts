/**
 * New Hampshire legal holidays on which state offices also close, RSA 288:1 (text: docs/law/NH/rsa-288-1.txt,
 * a secondary copy). Only the days where both hold are holidays; the others are disputed days, counted as
 * business days (the earlier deadline, docs/design.md).
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';

export const newHampshireHolidays: HolidayTable = {
  state: 'NH',
  timeZone: STATE_ZONES.NH, // Concord; also date-holidays' zone for US-NH
  citation: 'RSA 288:1',
  source: 'docs/law/NH/rsa-288-1.txt',
  holidays: [
    { statute: 'the first day of January', dateHolidaysName: "New Year's Day" },
    { statute: 'the third Monday in January (Civil Rights Day)', dateHolidaysName: 'Martin Luther King, Jr./ Civil Rights Day' },
    { statute: "the third Monday in February (Washington's Birthday)", dateHolidaysName: "President's Day" },
    { statute: 'the last Monday in May (Memorial Day)', dateHolidaysName: 'Memorial Day' },
    { statute: 'the fourth day of July', dateHolidaysName: 'Independence Day' },
    { statute: 'the first Monday in September (Labor Day)', dateHolidaysName: 'Labor Day' },
    { statute: 'the eleventh day of November (Veterans Day)', dateHolidaysName: 'Veterans Day' },
    { statute: 'Thanksgiving Day', dateHolidaysName: 'Thanksgiving Day' },
    { statute: 'Christmas Day', dateHolidaysName: 'Christmas Day' },
  ],
  // RSA 288:2 (weekend observance) exists but its text is unconfirmed: no shift is applied (docs/design.md).
  sundayObservedMonday: null,
  saturdayObservedFriday: null,
  corrections: [
    {
      dateHolidaysName: 'Day after Thanksgiving',
      dateHolidaysSays: 'public',
      correction: 'counted as a business day; named as disputed (offices close, not a legal holiday)',
      citation: 'RSA 288:1 does not list it',
      example: '2026-11-27',
    },
    {
      dateHolidaysName: 'Juneteenth',
      dateHolidaysSays: 'public',
      correction: 'counted as a business day; named as disputed',
      citation: 'RSA 288:1 does not list it; recognized by proclamation under RSA 4:13-aa',
      example: '2026-06-19',
    },
    {
      dateHolidaysName: 'Election Day',
      dateHolidaysSays: 'public in even years',
      correction: 'counted as a business day; named as disputed (statutory, but state offices open)',
      citation: 'RSA 288:1 ("the day on which the biennial election is held")',
      example: '2026-11-03',
    },
    {
      dateHolidaysName: 'Columbus Day',
      dateHolidaysSays: "type 'observance', not public",
      correction: 'counted as a business day; named as disputed (statutory, but state offices open)',
      citation: 'RSA 288:1 (second Monday in October); NH DAS holiday schedule omits it',
      example: '2026-10-12',
    },
    {
      dateHolidaysName: 'Independence Day (substitute day)',
      dateHolidaysSays: 'public substitute on the Friday before a Saturday holiday',
      correction: 'counted as a business day; named as disputed',
      citation: 'RSA 288:2 text unconfirmed (docs/law/NH/rsa-288-1.txt)',
      example: '2026-07-03',
    },
  ],
  disputed: [
    {
      label: 'Columbus Day',
      rule: { kind: 'named', dateHolidaysName: 'Columbus Day' },
      why: 'a legal holiday under RSA 288:1, but state offices stay open',
      citation: 'RSA 288:1; NH DAS state holiday schedule',
    },
    {
      label: 'biennial election day',
      rule: { kind: 'named', dateHolidaysName: 'Election Day' },
      why: 'a legal holiday under RSA 288:1, but state offices stay open',
      citation: 'RSA 288:1',
    },
    {
      label: 'day after Thanksgiving',
      rule: { kind: 'named', dateHolidaysName: 'Day after Thanksgiving' },
      why: 'state offices close, but RSA 288:1 does not make it a legal holiday',
      citation: 'RSA 288:1; NH DAS state holiday schedule',
    },
    {
      label: 'Juneteenth',
      rule: { kind: 'named', dateHolidaysName: 'Juneteenth' },
      why: 'recognized by proclamation, not a legal holiday under RSA 288:1',
      citation: 'RSA 4:13-aa',
    },
    {
      label: 'Friday before a Saturday holiday',
      rule: { kind: 'weekend-shift', from: 'saturday' },
      why: 'observed by state practice; RSA 288:2 text unconfirmed',
      citation: 'RSA 288:2 (unconfirmed)',
    },
    {
      label: 'Monday after a Sunday holiday',
      rule: { kind: 'weekend-shift', from: 'sunday' },
      why: 'observed by state practice; RSA 288:2 text unconfirmed',
      citation: 'RSA 288:2 (unconfirmed)',
    },
  ],
};
