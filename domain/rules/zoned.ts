/**
 * Fast instant <-> local-time helpers for the regulators' zones. luxon computes a zone's offset through Intl on
 * every conversion, which dominated planning time. The offsets come from per-zone-year tables instead
 * (domain/incident/zone-offsets.ts, the same source the words use), and `zoneOf` hands luxon a zone that reads
 * them, so DateTimes made in the rules cost no Intl call either: luxon is left the date arithmetic.
 */
import { IANAZone } from 'luxon';
import { zoneOffsets, type ZoneOffsets } from '../incident/zone-offsets';
import { epochDay, fromEpochDay } from './days';

const HOUR = 3_600_000;

/** The tables read here: the process's one set, shared with the words written outside the workflow. */
const offsets: ZoneOffsets = zoneOffsets;

/** The zone's UTC offset in minutes at an instant. */
export function offsetMinutes(zone: string, ms: number): number {
  return offsets.offsetMinutes(zone, ms);
}

/** An IANA zone for luxon whose offsets come from the tables. */
class TableZone extends IANAZone {
  override offset(ts: number): number {
    return offsetMinutes(this.name, ts);
  }
}
const zones = new Map<string, TableZone>();

/** The luxon zone to make DateTimes in (`DateTime.fromMillis(ms, { zone: zoneOf(name) })`). */
export function zoneOf(name: string): IANAZone {
  let z = zones.get(name);
  if (!z) zones.set(name, (z = new TableZone(name)));
  return z;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const DAY = 24 * HOUR;

/** ISO-8601 with the zone's offset, as luxon's toISO() writes it: 2026-11-23T10:15:00.000-06:00. */
export function isoInZone(ms: number, zone: string): string {
  const off = offsetMinutes(zone, ms);
  const local = ms + off * 60_000;
  const day = Math.floor(local / DAY);
  let rest = local - day * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${fromEpochDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(sec)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * The instant of a local wall-clock time in a zone, the local time given as ms since 1970 as if it were UTC. Two
 * steps settle it: no US zone changes its offset at midnight or at 23:59, the only wall-clock times asked for.
 */
export function wallClockMs(zone: string, localMs: number): number {
  const ms = localMs - offsetMinutes(zone, localMs) * 60_000;
  return localMs - offsetMinutes(zone, ms) * 60_000;
}

/** The start (00:00 local) of the day after an instant's local day in a zone ("shall begin on the day after"). */
export function startOfNextLocalDay(ms: number, zone: string): number {
  const day = Math.floor((ms + offsetMinutes(zone, ms) * 60_000) / DAY);
  return wallClockMs(zone, (day + 1) * DAY);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateInZone(ms: number, zone: string): string {
  return fromEpochDay(Math.floor((ms + offsetMinutes(zone, ms) * 60_000) / DAY));
}

/**
 * The start (00:00) of the day after an instant's date as written with its own offset: the licensee's clock, as the
 * business-day count reads the licensee's date (calendar.ts, startDates). Null where the instant has no offset.
 */
export function startOfNextDayAtOffset(iso: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T.*(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return null;
  const off = m[2] === 'Z' ? 0 : (m[2][0] === '-' ? -1 : 1) * (Number(m[2].slice(1, 3)) * 60 + Number(m[2].slice(4, 6)));
  return (epochDay(m[1]) + 1) * DAY - off * 60_000;
}

/**
 * A span of hours counted on a zone's wall clock: the same wall-clock time `hours` later. Across the change to daylight
 * time it ends one real hour sooner, across the change back one later. Where the wall-clock time occurs twice (the
 * autumn hour) the first is taken; where it does not occur (the spring hour, skipped) it is read under the offset
 * before the change: the first instant the wall clock shows that time or later, which is also 72 real hours.
 */
export function wallClockAfter(ms: number, hours: number, zone: string): number {
  const local = ms + offsetMinutes(zone, ms) * 60_000 + hours * HOUR;
  const candidates = [local - offsetMinutes(zone, local - 14 * HOUR) * 60_000, local - offsetMinutes(zone, local + 14 * HOUR) * 60_000];
  const valid = candidates.filter((c) => c + offsetMinutes(zone, c) * 60_000 === local);
  return valid.length ? Math.min(...valid) : candidates[0];
}
