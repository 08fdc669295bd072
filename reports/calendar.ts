/**
 * Deadlines as an iCalendar file (RFC 5545), so they land in the owner's calendar: one event per dated
 * obligation, ending at the deadline (in UTC, so every calendar shows it in its own zone), with an alarm a
 * day before. Used by the email attachment, `breachclock incident calendar` and the console's link.
 */
import type { CalendarEntry } from '../domain/incident/email';

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
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

export function icsCalendar(entries: CalendarEntry[], generatedAt: number, link?: (entry: CalendarEntry) => string | undefined): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//breachclock//deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of entries) {
    const due = Date.parse(e.dueAt);
    const url = link?.(e);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(generatedAt)}`,
      `DTSTART:${stamp(due - 3_600_000)}`,
      `DTEND:${stamp(due)}`,
      `SUMMARY:${text(e.summary)}`,
      `DESCRIPTION:${text(`${e.description}${url ? `\n${url}` : ''}`)}`,
      ...(url ? [`URL:${url}`] : []),
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(e.summary)}`,
      'TRIGGER:-P1D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
