/**
 * Fast instant <-> local-time helpers for the regulators' zones. luxon computes a zone's offset through
 * Intl on every conversion, which dominated planning time; US zones change offset only on hour
 * boundaries, so the offset is cached per zone and UTC hour (computed once by luxon, then reused).
 */
import { DateTime } from 'luxon';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const byHourCache = new Map<string, Map<number, number>>();
/** Per UTC day: the offset when it holds all day, or null on a day the offset changes. */
const byDayCache = new Map<string, Map<number, number | null>>();

function luxonOffset(zone: string, ms: number): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

function hourOffset(zone: string, ms: number): number {
  let byHour = byHourCache.get(zone);
  if (!byHour) byHourCache.set(zone, (byHour = new Map()));
  const hour = Math.floor(ms / HOUR);
  let off = byHour.get(hour);
  if (off === undefined) {
    off = luxonOffset(zone, hour * HOUR);
    byHour.set(hour, off);
  }
  return off;
}

/** The zone's UTC offset in minutes at an instant. */
export function offsetMinutes(zone: string, ms: number): number {
  let byDay = byDayCache.get(zone);
  if (!byDay) byDayCache.set(zone, (byDay = new Map()));
  const day = Math.floor(ms / DAY);
  let off = byDay.get(day);
  if (off === undefined) {
    const first = luxonOffset(zone, day * DAY);
    const last = luxonOffset(zone, day * DAY + DAY - 1);
    off = first === last ? first : null;
    byDay.set(day, off);
  }
  return off ?? hourOffset(zone, ms);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO-8601 with the zone's offset, as luxon's toISO() writes it: 2026-11-23T10:15:00.000-06:00. */
export function isoInZone(ms: number, zone: string): string {
  const off = offsetMinutes(zone, ms);
  const local = new Date(ms + off * 60_000).toISOString().slice(0, 23);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${local}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateInZone(ms: number, zone: string): string {
  return new Date(ms + offsetMinutes(zone, ms) * 60_000).toISOString().slice(0, 10);
}

/** Parses an ISO instant with an offset to epoch ms; throws on nonsense. */
export function parseInstant(s: string): number {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${s}`);
  return ms;
}
