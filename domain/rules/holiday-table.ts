/** The shape of a state's legal-holiday table (docs/design.md, deadlines). One file per state's holiday statute. */

/** A legal holiday as the statute lists it, and the name date-holidays gives the same day. */
export interface LegalHoliday {
  /** The statute's own words for the day. */
  statute: string;
  /** date-holidays' name for it (type `public`, not a substitute), used to read off the date. */
  dateHolidaysName: string;
  /** First day the statute lists it (an amendment's effective date); earlier years do not have it. */
  effectiveFrom?: string;
  /** Days after date-holidays' day: Virginia's "the Friday next following" Thanksgiving is 1. */
  offsetDays?: number;
  /**
   * A day the statute fixes every year that date-holidays keeps only some years (Virginia's Election Day, "the
   * Tuesday following the first Monday in November": date-holidays has it in even years only): computed here.
   */
  nthWeekday?: { month: number; weekday: number; n: number; offsetDays: number };
}

/**
 * Where date-holidays and the statute disagree, with the citation that settles it. Tests check each
 * entry against what date-holidays actually returns, so a library update that changes a day is noticed.
 */
export interface HolidayCorrection {
  /** date-holidays' name and what it says about the day. */
  dateHolidaysName: string;
  dateHolidaysSays: string;
  /** What breachclock does instead. */
  correction: string;
  citation: string;
  /** A sample date where the disagreement shows, checked by the tests. */
  example: string;
}

/**
 * A weekday some authority treats as a holiday but breachclock counts as a business day (the earliest
 * defensible deadline, docs/design.md). The plan's basis names it and the later date it would give.
 */
export type DisputedRule =
  | { kind: 'named'; dateHolidaysName: string }
  /** A holiday on Saturday observed on the Friday before, or on Sunday on the Monday after. */
  | { kind: 'weekend-shift'; from: 'saturday' | 'sunday' };

export interface DisputedDay {
  label: string;
  rule: DisputedRule;
  why: string;
  citation: string;
}

export interface HolidayTable {
  state: string;
  /** The regulator's time zone: the calendar day of a start event is read here (docs/design.md §3). */
  timeZone: string;
  citation: string;
  /** Path under docs/law/ of the statute text. */
  source: string;
  holidays: LegalHoliday[];
  /** The statute's own rule for a fixed date falling on Sunday, when it has one. */
  sundayObservedMonday: { citation: string } | null;
  /** The statute's own rule for a holiday falling on Saturday (Virginia: "the Friday next preceding"), when it has one. */
  saturdayObservedFriday: { citation: string } | null;
  corrections: HolidayCorrection[];
  disputed: DisputedDay[];
}
