/**
 * Fast instant <-> local-time helpers for the regulators' zones. luxon computes a zone's offset through Intl on
 * every conversion, which dominated planning time. A zone's offsets are found once per UTC year instead: sampled
 * monthly with luxon, each change located by bisection to the hour (US zones change offset on the hour), then
 * read by arithmetic. `zoneOf` hands luxon a zone that reads that table, so DateTimes made in the rules cost
 * no Intl call either.
 */
import { IANAZone } from 'luxon';
import { civilDay, digits, fromEpochDay } from './days';

const HOUR = 3_600_000;

/** One year's offsets: from each instant (ms) on, the offset in minutes, in time order. */
type Offsets = Array<{ from: number; off: number }>;
const yearCache = new Map<string, Map<number, Offsets>>();

/** luxon's own zone for a name, made once (IANAZone.create caches it), asked directly: no DateTime is made per ask. */
function luxonOffset(zone: string, ms: number): number {
  return IANAZone.create(zone).offset(ms);
}

/** The hour (ms) at which the offset first equals the later sample's, between two samples that differ. */
function changeBetween(zone: string, a: number, b: number): number {
  const after = luxonOffset(zone, b);
  let lo = Math.floor(a / HOUR);
  let hi = Math.floor(b / HOUR);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (luxonOffset(zone, mid * HOUR) === after) hi = mid;
    else lo = mid;
  }
  return hi * HOUR;
}

function yearOffsets(zone: string, year: number): Offsets {
  let years = yearCache.get(zone);
  if (!years) yearCache.set(zone, (years = new Map()));
  let table = years.get(year);
  if (table) return table;
  const samples = Array.from({ length: 13 }, (_, m) => Date.UTC(year, m, 1));
  table = [{ from: samples[0], off: luxonOffset(zone, samples[0]) }];
  for (let m = 0; m < 12; m++) {
    const [a, b] = [samples[m], samples[m + 1] - 1];
    if (luxonOffset(zone, a) !== luxonOffset(zone, b)) table.push({ from: changeBetween(zone, a, b), off: luxonOffset(zone, b) });
  }
  years.set(year, table);
  return table;
}

/** Per zone, the year last read and its bounds: most lookups fall in the same year as the one before. */
const lastYear = new Map<string, { from: number; to: number; table: Offsets }>();

/** The zone's UTC offset in minutes at an instant. */
export function offsetMinutes(zone: string, ms: number): number {
  let last = lastYear.get(zone);
  if (!last || ms < last.from || ms >= last.to) {
    const year = new Date(ms).getUTCFullYear();
    last = { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), table: yearOffsets(zone, year) };
    lastYear.set(zone, last);
  }
  const table = last.table;
  let off = table[0].off;
  for (let i = 1; i < table.length; i++) if (table[i].from <= ms) off = table[i].off;
  return off;
}

/** An IANA zone for luxon whose offsets come from the table above. */
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

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateInZone(ms: number, zone: string): string {
  return fromEpochDay(Math.floor((ms + offsetMinutes(zone, ms) * 60_000) / DAY));
}


/**
 * The canonical shapes the planner writes and reads, `YYYY-MM-DDTHH:MM:SS[.sss](Z|±HH:MM)`, by arithmetic;
 * anything else (or any field out of range) is left to Date.parse.
 */
function fastParse(s: string): number {
  const n = s.length;
  if (n < 20 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return NaN;
  let i = 19;
  let milli = 0;
  if (s[i] === '.') {
    milli = digits(s, i + 1, 3);
    i += 4;
  }
  let off = 0;
  if (s[i] === 'Z' && i + 1 === n) off = 0;
  else if ((s[i] === '+' || s[i] === '-') && i + 6 === n && s[i + 3] === ':') {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (!(oh <= 23 && om <= 59)) return NaN;
    off = (oh * 60 + om) * (s[i] === '-' ? -1 : 1);
  } else return NaN;
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (!(h <= 23 && mi <= 59 && sec <= 59 && milli >= 0)) return NaN;
  // The canonical string must name a real day (civilDay gives NaN for 31 February; Date.UTC would roll it into March).
  const day = civilDay(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
  return day * DAY + h * HOUR + mi * 60_000 + sec * 1000 + milli - off * 60_000;
}

/** Parses an ISO instant with an offset to epoch ms; throws on nonsense. The plan reads the same few instants many times. */
export function parseInstant(s: string): number {
  // The canonical shapes by arithmetic, about 0.1 µs: cheaper than looking the string up in any table of instants
  // seen, or even comparing it with the last few (strings of one length compare character by character).
  let ms = fastParse(s);
  if (Number.isNaN(ms)) ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${s}`);
  return ms;
}
