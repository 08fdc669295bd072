/**
 * A zone's UTC offset at an instant, from the one time-zone source breachclock has: the IANA database as the
 * runtime's Intl reads it. Used by the rules (domain/rules/zoned.ts, with luxon for date arithmetic only) and by
 * the words (time-words.ts, in the workflow bundle), so a deadline and its words never disagree on a zone.
 *
 * Asking Intl is slow next to arithmetic, so a zone's offsets are read once per UTC year: sampled monthly, each
 * change found by bisection to the minute, then looked up. Two changes within one calendar month would be missed: no
 * US zone has them. Determinism in the workflow: the tz data is the Node runtime's, so it stays with the worker
 * deployment version an incident is pinned to (docs/design.md §6 on time zones, §9 Worker Versioning).
 */

const MINUTE = 60_000;
/** `GMT-05:00`, `GMT+05:45`, `GMT-04:56:02` (local mean time), `GMT` or `GMT+00:00` for UTC (en-US, longOffset). */
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** One UTC year's offsets: from each instant (ms) on, the offset in minutes, in time order. */
type Offsets = ReadonlyArray<{ from: number; off: number }>;
interface Year {
  from: number;
  to: number;
  table: Offsets;
}

export class ZoneOffsets {
  /** One formatter per zone, kept: making one costs far more than asking it. */
  private readonly formats = new Map<string, Intl.DateTimeFormat>();
  private readonly years = new Map<string, Year>();
  /** Per zone, the year last read: most lookups fall in the same year as the one before. */
  private readonly last = new Map<string, Year>();

  /** `maxYears`: zone-year tables kept. A plan reads a few zones over a few years; this bounds a long-lived worker's. */
  constructor(private readonly maxYears = 256) {}

  /** The zone's UTC offset in minutes at an instant. Throws RangeError for a zone the runtime does not know. */
  offsetMinutes(zone: string, ms: number): number {
    let year = this.last.get(zone);
    if (!year || ms < year.from || ms >= year.to) {
      year = this.year(zone, new Date(ms).getUTCFullYear());
      this.last.set(zone, year);
    }
    const table = year.table;
    let off = table[0].off;
    for (let i = 1; i < table.length && table[i].from <= ms; i++) off = table[i].off;
    return off;
  }

  /**
   * Each change of the zone's offset in UTC years from..to (inclusive): the instant, the offset before and after.
   * What a calendar file's VTIMEZONE lists (reports/calendar.ts), from the same tables the words and deadlines read.
   */
  changes(zone: string, fromYear: number, toYear: number): Array<{ at: number; before: number; after: number }> {
    const out: Array<{ at: number; before: number; after: number }> = [];
    let before = this.year(zone, fromYear - 1).table.at(-1)!.off;
    for (let y = fromYear; y <= toYear; y++) {
      for (const { from, off } of this.year(zone, y).table) {
        if (off !== before) out.push({ at: from, before, after: off });
        before = off;
      }
    }
    return out;
  }

  /** The offset as Intl gives it, one call. */
  private ask(zone: string, ms: number): number {
    let format = this.formats.get(zone);
    if (!format) {
      // en-US fixes the shape of the text parsed below; a throw here names a zone the runtime does not know.
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset', year: 'numeric' });
      this.formats.set(zone, format);
    }
    const m = LONG_OFFSET.exec(format.format(ms));
    if (!m) throw new RangeError(`no UTC offset in Intl's words for ${zone}: ${format.format(ms)}`);
    if (!m[1]) return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60);
  }

  /** The minute (ms) at which the offset first equals the later sample's, between two samples that differ. */
  private changeBetween(zone: string, a: number, b: number, after: number): number {
    let lo = Math.floor(a / MINUTE);
    let hi = Math.floor(b / MINUTE);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.ask(zone, mid * MINUTE) === after) hi = mid;
      else lo = mid;
    }
    return hi * MINUTE;
  }

  private year(zone: string, utcYear: number): Year {
    const key = `${zone} ${utcYear}`;
    const kept = this.years.get(key);
    if (kept) return kept;
    const samples = Array.from({ length: 13 }, (_, m) => Date.UTC(utcYear, m, 1));
    const offs = samples.map((ms) => this.ask(zone, ms));
    const table = [{ from: samples[0], off: offs[0] }];
    for (let m = 0; m < 12; m++) {
      if (offs[m] === offs[m + 1]) continue;
      // The month's last minute tells a change within the month from one on the next month's first instant.
      const end = samples[m + 1] - MINUTE;
      const from = this.ask(zone, end) === offs[m] ? samples[m + 1] : this.changeBetween(zone, samples[m], end, offs[m + 1]);
      table.push({ from, off: offs[m + 1] });
    }
    const year = { from: samples[0], to: samples[12], table };
    if (this.years.size >= this.maxYears) this.forget();
    this.years.set(key, year);
    return year;
  }

  /** Drops the oldest table kept (a Map iterates in insertion order), and the shortcut to it. */
  private forget(): void {
    const [key, year] = this.years.entries().next().value as [string, Year];
    this.years.delete(key);
    const zone = key.slice(0, key.lastIndexOf(' '));
    if (this.last.get(zone) === year) this.last.delete(zone);
  }
}

/** The instance the workflow bundle's words read (each bundle evaluation has its own). */
export const zoneOffsets = new ZoneOffsets();
