/**
 * Deadlines as an iCalendar file (RFC 5545), so they land in the owner's calendar: one event per dated
 * obligation, ending at the deadline on the regulator's clock (TZID with its VTIMEZONE), with an alarm a day
 * before. The UID is the obligation's for the incident's whole life and SEQUENCE grows with the incident's
 * news, so a moved deadline replaces the old entry; a filed or closed obligation comes as STATUS:CANCELLED.
 * METHOD:PUBLISH: a published feed has no ORGANIZER or ATTENDEE, which METHOD:CANCEL requires (RFC 5546 3.2.5).
 * Used by the email attachment, `breachclock incident calendar` and the console's link.
 */
import type { CalendarEntry } from '../domain/incident/email';
import { utcOffsetAt, zoneRules, type Zone } from '../domain/incident/time-words';
import { zoneOffsets } from '../domain/incident/zone-offsets';

const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 3.3.11). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded: CRLF and a space (RFC 5545 3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let rest = Buffer.from(line, 'utf8');
  while (rest.length > 75) {
    let cut = 75;
    while (cut > 0 && (rest[cut] & 0xc0) === 0x80) cut--; // never split a UTF-8 character
    out.push(rest.subarray(0, cut).toString('utf8'));
    rest = Buffer.concat([Buffer.from(' '), rest.subarray(cut)]);
  }
  out.push(rest.toString('utf8'));
  return out.join('\r\n');
}

/** `DTEND;TZID=America/Chicago:20261130T235959` on the regulator's wall clock, or in UTC for a zone breachclock does not know. */
function dateTime(prop: string, ms: number, jurisdiction: string): string {
  const zone = zoneRules(jurisdiction);
  const offset = utcOffsetAt(ms, jurisdiction);
  if (!zone || offset === undefined) return `${prop}:${utcStamp(ms)}`;
  return `${prop};TZID=${zone.name}:${localStamp(ms, offset)}`;
}

const utcOffset = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

const localStamp = (ms: number, offset: number) => utcStamp(ms + offset * 60_000).replace(/Z$/, '');

/**
 * A zone's observances over the years the entries span, each change of offset listed as it happened (no RRULE):
 * from the same IANA tables the deadlines and the words read (domain/incident/zone-offsets.ts).
 */
function vtimezone(z: { name: string } & Zone, years: { from: number; to: number }): string[] {
  const kind = (off: number) => (off === z.offset ? 'STANDARD' : 'DAYLIGHT');
  const tzName = (off: number) => (off === z.offset ? z.std : z.dst);
  const start = Date.UTC(years.from, 0, 1);
  const first = zoneOffsets.offsetMinutes(z.name, start);
  const observance = (at: number, before: number, after: number) => [
    `BEGIN:${kind(after)}`,
    `DTSTART:${localStamp(at, before)}`,
    `TZOFFSETFROM:${utcOffset(before)}`,
    `TZOFFSETTO:${utcOffset(after)}`,
    `TZNAME:${tzName(after)}`,
    `END:${kind(after)}`,
  ];
  const changes = zoneOffsets.changes(z.name, years.from, years.to).filter((c) => c.at > start);
  return ['BEGIN:VTIMEZONE', `TZID:${z.name}`, ...observance(start, first, first), ...changes.flatMap((c) => observance(c.at, c.before, c.after)), 'END:VTIMEZONE'];
}

/** The UTC years an entry list spans, a year either side (an alarm a day before, a reader's own zone). */
function yearsOf(entries: CalendarEntry[]): { from: number; to: number } {
  const years = entries.map((e) => new Date(Date.parse(e.dueAt)).getUTCFullYear()).filter((y) => !Number.isNaN(y));
  return years.length ? { from: Math.min(...years) - 1, to: Math.max(...years) + 1 } : { from: 1970, to: 1970 };
}

function vevent(e: CalendarEntry, generatedAt: number, url: string | undefined): string[] {
  const due = Date.parse(e.dueAt);
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence ?? 0}`,
    `DTSTAMP:${utcStamp(generatedAt)}`,
    dateTime('DTSTART', due - 3_600_000, e.jurisdiction),
    dateTime('DTEND', due, e.jurisdiction),
    `SUMMARY:${text(e.summary)}`,
    `DESCRIPTION:${text(`${e.description}${url ? `\n${url}` : ''}`)}`,
    ...(url ? [`URL:${url}`] : []),
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    ...(e.cancelled ? [] : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${text(e.summary)}`, 'TRIGGER:-P1D', 'END:VALARM']),
    'END:VEVENT',
  ];
}

export function icsCalendar(entries: CalendarEntry[], generatedAt: number, link?: (entry: CalendarEntry) => string | undefined): string {
  // Each zone used, with the entries on its clock (their years bound its VTIMEZONE).
  const zones = new Map<string, { zone: NonNullable<ReturnType<typeof zoneRules>>; entries: CalendarEntry[] }>();
  for (const e of entries) {
    const zone = zoneRules(e.jurisdiction);
    if (!zone) continue;
    let group = zones.get(zone.name);
    if (!group) zones.set(zone.name, (group = { zone, entries: [] }));
    group.entries.push(e);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//breachclock//deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[...zones.values()].flatMap((z) => vtimezone(z.zone, yearsOf(z.entries))),
    ...entries.flatMap((e) => vevent(e, generatedAt, link?.(e))),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
