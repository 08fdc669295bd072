/**
 * A state whose holiday statute is not in hand: no weekday is taken as a holiday, so every weekday counts as a
 * business day (the earlier deadline, docs/design.md §3), and each day date-holidays lists as a public holiday
 * there is a disputed day: counted, and named in the basis with the later date it would give.
 */
import type { HolidayTable } from '../holiday-table';
import { STATE_ZONES } from '../../incident/time-words';
import type { StateCode } from '../../incident/states';

export function holidaysNotInHand(state: StateCode, name: string, statute: string, dateHolidaysNames: string[]): HolidayTable {
  return {
    state,
    // The zone the emails and the console speak in for this state (its capital, where the regulator sits).
    timeZone: STATE_ZONES[state],
    citation: `${statute} (text not in hand: no holiday taken, every weekday counted)`,
    source: 'docs/law/README.md',
    holidays: [],
    sundayObservedMonday: null,
    saturdayObservedFriday: null,
    corrections: [],
    disputed: dateHolidaysNames.map((dh) => ({
      label: dh,
      rule: { kind: 'named', dateHolidaysName: dh },
      why: `may be a legal holiday in ${name}; ${statute} is not in hand, so the day stays disputed until its text is found`,
      citation: statute,
    })),
  };
}
