/**
 * Times as a person reads them, in the regulator's local time: "Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)",
 * and countdowns ("in 3 days 4 hours", "overdue by 2 hours"). ISO stays for JSON. Pure and luxon-free, so
 * the workflow's emails use the same words as the CLI, the console and the drafts.
 *
 * Each state's clock is its capital's zone (the regulator sits there). Its offsets come from the IANA zones
 * as the runtime's Intl reads them (zone-offsets.ts), the source the deadlines are computed from (domain/rules);
 * daylight time is an offset other than the zone's standard one.
 */
import { stateName, type StateCode } from './states';
import { zoneOffsets } from './zone-offsets';

/** How a zone is named and described (a calendar's VTIMEZONE); its offsets at an instant come from the IANA zones. */
export interface Zone {
  std: string;
  dst: string;
  /** Standard offset from UTC, minutes. */
  offset: number;
  observesDst: boolean;
}

const ZONES = {
  'America/New_York': { std: 'EST', dst: 'EDT', offset: -300, observesDst: true },
  'America/Chicago': { std: 'CST', dst: 'CDT', offset: -360, observesDst: true },
  'America/Denver': { std: 'MST', dst: 'MDT', offset: -420, observesDst: true },
  'America/Phoenix': { std: 'MST', dst: 'MST', offset: -420, observesDst: false },
  'America/Los_Angeles': { std: 'PST', dst: 'PDT', offset: -480, observesDst: true },
  'America/Anchorage': { std: 'AKST', dst: 'AKDT', offset: -540, observesDst: true },
  'Pacific/Honolulu': { std: 'HST', dst: 'HST', offset: -600, observesDst: false },
} as const satisfies Record<string, Zone>;
export type UsZone = keyof typeof ZONES;

const E = 'America/New_York';
const C = 'America/Chicago';
const M = 'America/Denver';
const P = 'America/Los_Angeles';
/** The zone of each state's capital, where its insurance regulator sits. */
export const STATE_ZONES: Record<StateCode, UsZone> = {
  AL: C, AK: 'America/Anchorage', AZ: 'America/Phoenix', AR: C, CA: P, CO: M, CT: E, DE: E, DC: E, FL: E, GA: E,
  HI: 'Pacific/Honolulu', ID: M, IL: C, IN: E, IA: C, KS: C, KY: E, LA: C, ME: E, MD: E, MA: E, MI: E, MN: C,
  MS: C, MO: C, MT: M, NE: C, NV: P, NH: E, NJ: E, NM: M, NY: E, NC: E, ND: C, OH: E, OK: C, OR: P, PA: E,
  RI: E, SC: E, SD: C, TN: C, TX: C, UT: M, VT: E, VA: E, WA: P, WV: E, WI: C, WY: M,
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `-10:00`; an offset of local mean time (seconds in it) to the nearest minute. */
function utcOffsetText(off: number): string {
  const abs = Math.round(Math.abs(off));
  return `${off < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The zone's abbreviation under an offset: standard, daylight (an hour ahead), or, for any other, the offset itself. */
function abbreviation(name: UsZone, off: number): string {
  const zone: Zone = ZONES[name];
  if (off === zone.offset) return zone.std;
  return zone.observesDst && off === zone.offset + 60 ? zone.dst : `GMT${utcOffsetText(off)}`;
}

/** Wall-clock parts of an instant in a zone, with the zone's abbreviation then in force. */
function wallClock(ms: number, name: UsZone) {
  const off = zoneOffsets.offsetMinutes(name, ms);
  return { d: new Date(ms + off * 60_000), abbr: abbreviation(name, off) };
}

function clockWords(d: Date): string {
  const h = d.getUTCHours();
  const m = String(d.getUTCMinutes()).padStart(2, '0');
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? 'am' : 'pm'}`;
}

const dayWords = (d: Date) => `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The zone a jurisdiction's times are read in (its capital's), or undefined for one breachclock does not know. */
export function zoneOf(jurisdiction: string | undefined): Zone | undefined {
  const z = zoneNameIn(jurisdiction);
  return z ? ZONES[z] : undefined;
}

const zoneNameIn = (jurisdiction: string | undefined): UsZone | undefined =>
  jurisdiction ? (STATE_ZONES as Partial<Record<string, UsZone>>)[jurisdiction] : undefined;

/** The offset from UTC in minutes in force at an instant in a jurisdiction's zone (-360 for CST), or undefined for one breachclock does not know. */
export function utcOffsetAt(ms: number, jurisdiction: string): number | undefined {
  const name = zoneNameIn(jurisdiction);
  return name ? zoneOffsets.offsetMinutes(name, ms) : undefined;
}

/** A jurisdiction's zone as a calendar describes it (RFC 5545 VTIMEZONE): IANA name, abbreviations, standard offset. */
export function zoneRules(jurisdiction: string): ({ name: UsZone } & Zone) | undefined {
  const name = zoneNameIn(jurisdiction);
  return name ? { name, ...ZONES[name] } : undefined;
}

/** The IANA name of a jurisdiction's zone (for pickers and calendars). */
export const zoneNameOf = (jurisdiction: string): string | undefined => zoneNameIn(jurisdiction);

/**
 * "Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)": an instant in a jurisdiction's local time, named.
 * With `short`, without the year and the state's name ("Fri 27 Nov, 11:59 pm EST"). Unknown
 * jurisdiction: in UTC.
 */
export function humanTime(iso: string | null | undefined, jurisdiction?: string, opts: { short?: boolean } = {}): string {
  if (!iso) return 'no date in law';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const name = zoneNameIn(jurisdiction);
  const { d, abbr } = name ? wallClock(ms, name) : { d: new Date(ms), abbr: 'UTC' };
  const day = opts.short ? `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : dayWords(d);
  const where = name && !opts.short ? ` (${stateName(jurisdiction!)})` : '';
  return `${day}, ${clockWords(d)} ${abbr}${where}`;
}

/** "Fri 27 Nov 2026" in the jurisdiction's local time (a period's end, a target day). */
export function humanDay(iso: string, jurisdiction?: string): string {
  const name = zoneNameIn(jurisdiction);
  return dayWords(name ? wallClock(Date.parse(iso), name).d : new Date(Date.parse(iso)));
}

/** "3 days 4 hours", "2 hours 10 minutes", "5 minutes": a span a person reads at a glance. */
export function spanWords(ms: number): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / 60_000);
  const unit = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (days) return hours ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours) return minutes ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  return unit(minutes, 'minute');
}

/** "in 3 days 4 hours" before a deadline, "overdue by 2 hours" after it. */
export function countdown(dueAt: string | null | undefined, now: number): string {
  if (!dueAt) return 'no date in law';
  const left = Date.parse(dueAt) - now;
  return left >= 0 ? `in ${spanWords(left)}` : `overdue by ${spanWords(left)}`;
}

/** An ISO-8601 instant inside a sentence (an audit entry, a refusal). */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})/g;

/** Minutes east of UTC an ISO instant was written with (0 for Z), or undefined without an offset. */
function writtenOffset(iso: string): number | undefined {
  if (/Z$/i.test(iso)) return 0;
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

/**
 * An instant in the words of the zone it was written in ("Mon 23 Nov 2026, 10:15 am CST"; "... UTC" for Z), for
 * a value a person typed, whose state is not known: the US zone whose offset then matches, else UTC. With
 * `instead`, that instant on the same clock (now, beside a date typed in the future).
 */
export function humanTimeAsWritten(iso: string, instead?: number): string {
  const ms = Date.parse(iso);
  const offset = writtenOffset(iso);
  const shown = instead ?? ms;
  if (Number.isNaN(ms) || offset === undefined) return Number.isNaN(shown) ? iso : humanTime(new Date(shown).toISOString());
  const name = offset === 0 ? undefined : (Object.keys(ZONES) as UsZone[]).find((z) => zoneOffsets.offsetMinutes(z, ms) === offset);
  if (!name) return humanTime(new Date(shown).toISOString());
  const { d, abbr } = wallClock(shown, name);
  return `${dayWords(d)}, ${clockWords(d)} ${abbr}`;
}

/**
 * A sentence with each ISO instant in it said in words: in a jurisdiction's zone, labelled, where one is given,
 * else in the zone it was written in. People read words; ISO stays for JSON.
 */
export function instantsInWords(text: string, jurisdiction?: string): string {
  return text.replace(ISO_INSTANT, (iso: string, at: number) => {
    // "e.g. 2026-11-23T10:15:00-06:00" shows the form to type: it stays as it is.
    if (Number.isNaN(Date.parse(iso)) || text.slice(Math.max(0, at - 5), at) === 'e.g. ') return iso;
    return zoneOf(jurisdiction) ? humanTime(iso, jurisdiction) : humanTimeAsWritten(iso);
  });
}

/** The state an audit entry is about: the first obligation ID (`MO/regulator-notice`) in its text, if any. */
export function jurisdictionIn(text: string): string | undefined {
  const m = /\b([A-Z]{2})\/[a-z]/.exec(text);
  return m && zoneOf(m[1]) ? m[1] : undefined;
}

/** "Central time (America/Chicago), Missouri's": a zone as a form names its default. */
export function zoneWords(jurisdiction: string): string | undefined {
  const name = zoneNameOf(jurisdiction);
  return name ? `${ZONE_WORDS[name as UsZone]} time (${name}), ${stateName(jurisdiction)}'s` : undefined;
}

const ZONE_WORDS: Record<UsZone, string> = {
  'America/New_York': 'Eastern',
  'America/Chicago': 'Central',
  'America/Denver': 'Mountain',
  'America/Phoenix': 'Mountain (no daylight time)',
  'America/Los_Angeles': 'Pacific',
  'America/Anchorage': 'Alaska',
  'Pacific/Honolulu': 'Hawaii',
};

/**
 * Which of some states an instant was written in: the first whose offset then matches the one it carries (a
 * company target set at 17:00 in the licensee's home state reads back as that state's), else the first given.
 */
export function writtenInStateOf(iso: string, states: Array<string | undefined>): string | undefined {
  const ms = Date.parse(iso);
  const offset = writtenOffset(iso);
  const known = states.filter((s): s is string => !!s && !!zoneOf(s));
  return known.find((s) => offset !== undefined && utcOffsetAt(ms, s) === offset) ?? known[0];
}
