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
  return `${prop};TZID=${zone.name}:${utcStamp(ms + offset * 60_000).replace(/Z$/, '')}`;
}

const utcOffset = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/** A US zone's rules since 2007 (second Sunday of March, first Sunday of November, at 2:00 local). */
function vtimezone(name: string, z: Zone): string[] {
  const std = utcOffset(z.offset);
  const dst = utcOffset(z.offset + 60);
  const standard = z.observesDst
    ? ['BEGIN:STANDARD', 'DTSTART:20071104T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', `TZOFFSETFROM:${dst}`, `TZOFFSETTO:${std}`, `TZNAME:${z.std}`, 'END:STANDARD']
    : ['BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${std}`, `TZOFFSETTO:${std}`, `TZNAME:${z.std}`, 'END:STANDARD'];
  const daylight = z.observesDst
    ? ['BEGIN:DAYLIGHT', 'DTSTART:20070311T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', `TZOFFSETFROM:${std}`, `TZOFFSETTO:${dst}`, `TZNAME:${z.dst}`, 'END:DAYLIGHT']
    : [];
  return ['BEGIN:VTIMEZONE', `TZID:${name}`, ...standard, ...daylight, 'END:VTIMEZONE'];
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
  const zones = new Map(entries.map((e) => zoneRules(e.jurisdiction)).filter((z) => !!z).map((z) => [z.name, z] as const));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//breachclock//deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[...zones.values()].flatMap((z) => vtimezone(z.name, z)),
    ...entries.flatMap((e) => vevent(e, generatedAt, link?.(e))),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
