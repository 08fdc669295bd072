/**
 * When a clock starts and when it ends (docs/design.md §3). Where the law can be read to start a clock at
 * more than one moment, every reading is computed and the earliest shown; the others are named in the basis.
 */
import { BusinessCalendar, describeDate, type BusinessDayResult, type StartReading } from './calendar';
import type { Incident } from '../incident/incident';
import type { NoticeJurisdiction as Jurisdiction } from './jurisdiction';
import { parseInstant } from './days';
import type { PlanningCaches } from './planning-caches';
import { isoInZone, startOfNextDayAtOffset, startOfNextLocalDay, wallClockAfter } from './zoned';

export interface ClockStart {
  at: string;
  event: string;
  basis: string[];
}

interface Reading {
  at: string | undefined;
  event: string;
  why: string;
}

/** The earliest of several readings of a start event; the later ones are named, not used. */
function earliestReading(readings: Reading[], intro: string): ClockStart {
  const known = readings.filter((r): r is Reading & { at: string } => !!r.at).sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
  const [first, ...rest] = known;
  const basis = [`${intro} The clock starts at the earliest reading: ${first.event} (${first.at}; ${first.why}).`];
  for (const r of rest) basis.push(`Other reading, later and not used: ${r.event} (${r.at}; ${r.why}).`);
  return { at: first.at, event: first.event, basis };
}

/** The section that starts a licensee's clock on a provider's event: its third-party clause, or the notice section itself where it has none. */
const providerClockCitation = (j: Jurisdiction): string => j.dataSecurity.thirdParty?.clockCitation ?? `${j.dataSecurity.regulatorNotice.citation} (no third-party clause)`;

/** The section that keeps a ceding insurer's duties: the assuming-insurer section, or the notice section where there is none. */
const cedingCitation = (j: Jurisdiction): string => j.dataSecurity.assumingInsurer?.cedingInsurersKeepConsumerDuties.citation ?? j.dataSecurity.regulatorNotice.citation;

/**
 * The start of a licensee's data-security clock. A licensee that has determined the event has actual
 * knowledge of it, so its own determination is always one reading ("whichever is sooner", RSMo 375.1410.4(2),
 * RSA 420-P:6 IV(b)); a reinsurer's notice to its ceding insurer gives actual knowledge too.
 */
export function dataSecurityClock(incident: Incident, j: Jurisdiction): ClockStart {
  const law = j.dataSecurity;
  const tp = incident.thirdParty;
  const determination: Reading = {
    at: incident.determinedAt,
    event: 'determination',
    why: `the determination that a cybersecurity event occurred (${law.assumingInsurer && incident.licensee.role === 'assuming-insurer' ? law.assumingInsurer.citation : law.regulatorNotice.citation})`,
  };
  if (incident.licensee.role === 'assuming-insurer' && law.assumingInsurer) {
    if (!tp?.notifiedLicenseeAt) return { at: determination.at!, event: determination.event, basis: [`Clock runs from ${determination.why}.`] };
    return earliestReading(
      [{ at: tp.notifiedLicenseeAt, event: `receipt of ${tp.provider}'s notice`, why: `the data sits with the assuming insurer's third-party service provider (${law.assumingInsurer.providerClockCitation})` }, determination],
      `Two sections can start an assuming insurer's clock (${law.assumingInsurer.citation}, ${law.assumingInsurer.providerClockCitation}).`,
    );
  }
  const readings: Reading[] = [determination];
  let intro = '';
  if (tp) {
    const cite = providerClockCitation(j);
    intro = law.thirdParty
      ? `Event in a system kept by a third-party service provider (${law.thirdParty.citation}): counting begins ${law.thirdParty.clockBegins ?? 'the day after'} the provider's notice or the licensee's actual knowledge, whichever is sooner (${cite}); the licensee's own determination is actual knowledge.${law.thirdParty.clockBeginsNote ? ` ${law.thirdParty.clockBeginsNote}.` : ''}`
      : `Event in a system kept by a third-party service provider: ${'partialText' in law ? `no third-party paragraph of ${law.citation} is in hand` : `${law.citation} has no third-party clause`}, and its clock runs from "a determination that a cybersecurity event has occurred"; the provider's notice or the licensee's actual knowledge is read as that determination, the earliest reading.`;
    readings.push(
      { at: tp.notifiedLicenseeAt, event: `${tp.provider}'s notice to the licensee`, why: cite },
      { at: tp.actualKnowledgeAt, event: "the licensee's actual knowledge", why: cite },
    );
  }
  const ri = incident.reinsurerNotice;
  if (ri) {
    const cite = cedingCitation(j);
    intro += `${intro ? ' ' : ''}The licensee was told of the event by its reinsurer ${ri.reinsurer}; a ceding insurer keeps its notice duties (${cite}) and the reinsurer's notice gives it actual knowledge.`;
    readings.push({ at: ri.notifiedAt, event: `${ri.reinsurer}'s notice to the ceding insurer`, why: cite });
  }
  if (readings.length === 1) return { at: determination.at!, event: determination.event, basis: [`Clock runs from ${determination.why}.`] };
  return earliestReading(readings, intro);
}

/** The basis line naming the later reading of the start day, when the two readings differ. */
export function laterStartBasis(r: { laterStartReading: StartReading | null }): string[] {
  if (!r.laterStartReading) return [];
  return [`The start day read on ${r.laterStartReading.readOn} is ${describeDate(r.laterStartReading.date)}, later: breachclock counts from the earlier date.`];
}

/**
 * The basis lines a count gives (the start day, each holiday skipped and disputed day counted, the later reading if
 * the disputed days held, the end of the day), kept with the count: every incident that starts the same day in the
 * same state reads the same lines. The start reading and the later start day, which differ by incident, are added
 * around them.
 */
function linesOfCount(caches: PlanningCaches, j: Jurisdiction, r: BusinessDayResult): { first: string; rest: string[] } {
  let lines = caches.countLines.get(r.count);
  if (lines?.j === j) return lines;
  const rest: string[] = [];
  for (const h of r.holidaysSkipped) rest.push(`Skipped legal holiday ${describeDate(h.date)}, ${h.name} (${h.citation}).`);
  for (const d of r.disputedCounted) rest.push(`Disputed day ${describeDate(d.date)} (${d.label}: ${d.why}; ${d.citation}) counted as a business day.`);
  if (r.lastDateIfDisputedHeld) {
    rest.push(`If the disputed day(s) were holidays the deadline would be ${describeDate(r.lastDateIfDisputedHeld)}; breachclock shows the earlier, defensible date.`);
  }
  rest.push('The day ends at 23:59:59.999 local time: a project convention; no source sets an hour.');
  const first = `Counting starts the day after ${describeDate(r.startDate)}; the start day never counts. Business days exclude weekends and ${j.name} legal holidays (${j.holidays.citation}).`;
  lines = { j, first, rest };
  caches.countLines.set(r.count, lines);
  return lines;
}

/** Deadline of n business days from a start, with every holiday, disputed day and other reading named. */
export function businessDayDeadline(calendar: BusinessCalendar, j: Jurisdiction, start: ClockStart, n: number): { dueAt: string; basis: string[] } {
  const r = calendar.addBusinessDays(j.state, start.at, n);
  const { first, rest } = linesOfCount(calendar.caches, j, r);
  const basis = start.basis.slice();
  basis.push(first);
  if (r.laterStartReading) basis.push(...laterStartBasis(r));
  for (const line of rest) basis.push(line);
  return { dueAt: r.dueAtIso, basis };
}

interface HourReading {
  from: number;
  event: string;
  why: string;
  /** The later reading of the same start, named when this reading is used (the day after on the other clock). */
  later?: string;
}

/**
 * A provider's notice or the licensee's knowledge of it as a start instant. Where the law says counting "shall begin on
 * the day after" (S.C. Code § 38-99-40(D)(2)), the day after on the licensee's clock (the offset written with the
 * notice) or the regulator's, whichever begins first, as a business-day count reads the earlier date (calendar.ts,
 * startDates); without a third-party clause there is no "day after", and the notice is read as the determination itself.
 */
function providerStart(at: string, zone: string, dayAfter: boolean): { from: number; later?: string } {
  if (!dayAfter) return { from: parseInstant(at) };
  const regulator = startOfNextLocalDay(parseInstant(at), zone);
  const licensee = startOfNextDayAtOffset(at) ?? regulator;
  if (licensee === regulator) return { from: regulator };
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(at)?.[1] ?? 'Z';
  const [lic, reg] = [`the licensee's clock (offset ${offset}), ${isoInZone(licensee, zone)}`, `the regulator's clock (${zone}), ${isoInZone(regulator, zone)}`];
  return licensee < regulator
    ? { from: licensee, later: `The day after begins sooner on ${lic} than on ${reg}, later and not used.` }
    : { from: regulator, later: `The day after begins sooner on ${reg} than on ${lic}, later and not used.` };
}

/**
 * Every reading of an hour clock's start, in the order the basis names them: the determination itself; for a
 * provider's event, its notice and the licensee's actual knowledge; a reinsurer's notice (actual knowledge); for an
 * assuming insurer, receipt of its provider's notice.
 */
function hourClockReadings(incident: Incident, j: Jurisdiction, zone: string): HourReading[] {
  const law = j.dataSecurity;
  const tp = incident.thirdParty;
  const assuming = incident.licensee.role === 'assuming-insurer' && law.assumingInsurer !== null;
  const readings: HourReading[] = [{ from: parseInstant(incident.determinedAt), event: 'determination', why: assuming ? law.assumingInsurer!.citation : law.regulatorNotice.citation }];
  if (assuming) {
    if (tp?.notifiedLicenseeAt) readings.push({ from: parseInstant(tp.notifiedLicenseeAt), event: `receipt of ${tp.provider}'s notice`, why: law.assumingInsurer!.providerClockCitation });
    return readings;
  }
  const dayAfter = !!law.thirdParty;
  const afterWords = dayAfter ? 'the day after ' : '';
  if (tp?.notifiedLicenseeAt) readings.push({ ...providerStart(tp.notifiedLicenseeAt, zone, dayAfter), event: `${afterWords}${tp.provider}'s notice`, why: providerClockCitation(j) });
  if (tp?.actualKnowledgeAt) readings.push({ ...providerStart(tp.actualKnowledgeAt, zone, dayAfter), event: `${afterWords}the licensee's actual knowledge`, why: providerClockCitation(j) });
  const ri = incident.reinsurerNotice;
  if (ri) readings.push({ from: parseInstant(ri.notifiedAt), event: `${ri.reinsurer}'s notice (actual knowledge)`, why: cedingCitation(j) });
  return readings;
}

/**
 * The end of an hour span from a start: real hours, or the same time on the regulator's wall clock that many hours
 * later, whichever comes first (they differ by an hour across a change to or from daylight time), with the other named.
 */
function hoursEnd(from: number, hours: number, zone: string): { due: number; other: string | null } {
  const real = from + hours * 3_600_000;
  const wall = wallClockAfter(from, hours, zone);
  if (wall === real) return { due: real, other: null };
  return wall < real
    ? { due: wall, other: `Across the change to daylight time, ${hours} hours on the regulator's wall clock end at ${isoInZone(wall, zone)}, an hour before ${hours} real hours (${isoInZone(real, zone)}, later and not used).` }
    : { due: real, other: `Across the change to standard time, ${hours} real hours end at ${isoInZone(real, zone)}, an hour before the same time on the regulator's wall clock (${isoInZone(wall, zone)}, later and not used).` };
}

/** An hour deadline from its readings of the start: the earliest end shown, every other reading named. */
function hoursFromReadings(readings: HourReading[], zone: string, hours: number): { dueAt: string; clockAt: string; event: string; basis: string[] } {
  const ends = readings.map((r) => ({ r, end: hoursEnd(r.from, hours, zone) })).sort((a, b) => a.end.due - b.end.due);
  const { r: first, end } = ends[0];
  const clockAt = isoInZone(first.from, zone);
  const basis = [`${hours} hours from ${first.event} (${clockAt}; ${first.why}), in real hours or on the regulator's wall clock, whichever ends first.`];
  if (first.later) basis.push(first.later);
  if (end.other) basis.push(end.other);
  for (let i = 1; i < ends.length; i++) {
    const { r, end: e } = ends[i];
    basis.push(`Other reading, later and not used: ${hours} hours from ${r.event} (${isoInZone(r.from, zone)}; ${r.why}), due ${isoInZone(e.due, zone)}.`);
  }
  basis.push('An hour clock ends at that instant, not at the end of a day; holidays and weekends do not move it.');
  return { dueAt: isoInZone(end.due, zone), clockAt, event: first.event, basis };
}

/**
 * A deadline in hours (S.C. Code § 38-99-40(A): "no later than seventy-two hours after determining"). Every reading of
 * the start is computed (hourClockReadings) and of the span (real hours, wall-clock hours); the earliest end is shown
 * and the others are named in the basis.
 */
export function hoursDeadline(incident: Incident, j: Jurisdiction, hours: number): { dueAt: string; clockAt: string; event: string; basis: string[] } {
  const zone = j.holidays.timeZone;
  return hoursFromReadings(hourClockReadings(incident, j, zone), zone, hours);
}

/** An hour deadline from one start only (an assuming insurer reached by its provider paragraph alone, Conn. Gen. Stat. § 38a-38(e)(5)(B)(i)). */
export function hoursFrom(at: string, event: string, why: string, j: Jurisdiction, hours: number): { dueAt: string; clockAt: string; event: string; basis: string[] } {
  return hoursFromReadings([{ from: parseInstant(at), event, why }], j.holidays.timeZone, hours);
}

/** The regulator notice's deadline as its law counts it: business days after the start day, or hours after the start instant. */
export function regulatorNoticeDeadline(
  incident: Incident,
  calendar: BusinessCalendar,
  j: Jurisdiction,
  clock: ClockStart = dataSecurityClock(incident, j),
): { dueAt: string; clockAt: string; event: string; basis: string[] } {
  const span = j.dataSecurity.regulatorNotice;
  if (span.hours !== undefined) return hoursDeadline(incident, j, span.hours);
  const { dueAt, basis } = businessDayDeadline(calendar, j, clock, span.businessDays);
  return { dueAt, basis, clockAt: clock.at, event: clock.event };
}
