/** The .ics of an incident's deadlines, read back with a calendar parser (ical.js): what a calendar will do with it. */
import ICAL from 'ical.js';
import { calendarEntry } from '../../domain/incident/email';
import type { IncidentStatus, ObligationStatus } from '../../domain/incident/status';
import { icsCalendar } from '../../reports/calendar';
import { sampleObligation } from '../helpers/sample-status';

const obligation = sampleObligation;

const statusWith = (obligations: ObligationStatus[], events = 2): IncidentStatus =>
  ({
    incidentId: 'INC-2026-0042', title: 'Claims portal', phase: 'open', obligations, notApplicable: [], uncovered: [], nextWakeAt: null, overdue: [],
    events: Array.from({ length: events }, (_, i) => ({ at: '2026-11-23T16:15:00Z', actor: 'system', type: `e${i}`, detail: '' })), runIds: [],
  }) as IncidentStatus;

const GENERATED = Date.parse('2026-11-24T12:00:00Z');
const ics = (status: IncidentStatus) => icsCalendar(status.obligations.flatMap((o) => calendarEntry(status, o)), GENERATED, () => 'http://localhost:3000/incidents/INC-2026-0042');

function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { cal, events: cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

afterEach(() => ICAL.TimezoneService.reset());

test('RFC 5545 shape: CRLF line ends, no line over 75 octets, DTSTAMP in UTC, one VTIMEZONE per zone used', () => {
  const text = ics(statusWith([obligation({}), obligation({ id: 'NH/regulator-notice', jurisdiction: 'NH', dueAt: '2026-11-27T23:59:59.999-05:00' })]));
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const { cal } = events(text);
  expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
  expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/Chicago', 'America/New_York']);
  for (const e of cal.getAllSubcomponents('vevent')) expect(String(e.getFirstPropertyValue('dtstamp'))).toBe('2026-11-24T12:00:00Z');
});

test('each event ends at the deadline on the regulator\'s clock, read back to the same instant', () => {
  const nh = obligation({ id: 'NH/regulator-notice', jurisdiction: 'NH', dueAt: '2026-11-27T23:59:59.999-05:00' });
  const summer = obligation({ id: 'MO/consumer-notice', kind: 'consumer-notice', dueAt: '2027-07-15T23:59:59.999-05:00' });
  const text = ics(statusWith([obligation({}), nh, summer]));
  expect(text).toContain('DTEND;TZID=America/Chicago:20261130T235959\r\n');
  expect(text).toContain('DTEND;TZID=America/New_York:20261127T235959\r\n');
  expect(text).toContain('DTEND;TZID=America/Chicago:20270715T235959\r\n');
  const ends = events(text).events.map((e) => e.endDate.toUnixTime());
  expect(ends).toEqual([Date.parse('2026-11-30T23:59:59-06:00'), Date.parse('2026-11-27T23:59:59-05:00'), Date.parse('2027-07-15T23:59:59-05:00')].map((ms) => ms / 1000));
});

test('a moved deadline keeps its UID with a higher SEQUENCE, so the calendar replaces the old entry', () => {
  const before = events(ics(statusWith([obligation({})], 2))).events[0];
  const after = events(ics(statusWith([obligation({ dueAt: '2026-11-27T23:59:59.999-06:00' })], 3))).events[0];
  expect(after.uid).toBe(before.uid);
  expect(after.sequence).toBeGreaterThan(before.sequence);
  expect(after.endDate.toUnixTime()).toBeLessThan(before.endDate.toUnixTime());
});

test('a filed obligation, and one left open at close, are cancelled under the same UID', () => {
  const open = events(ics(statusWith([obligation({}), obligation({ id: 'NH/regulator-notice', jurisdiction: 'NH' })], 2))).events;
  const later = events(ics(statusWith([obligation({ state: 'done', completedAt: '2026-11-25T15:00:00Z' }), obligation({ id: 'NH/regulator-notice', jurisdiction: 'NH', state: 'unfiled-at-close' })], 5))).events;
  expect(open.map((e) => e.component.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CONFIRMED']);
  expect(later.map((e) => e.component.getFirstPropertyValue('status'))).toEqual(['CANCELLED', 'CANCELLED']);
  expect(later.map((e) => e.uid)).toEqual(open.map((e) => e.uid));
  expect(later[0].summary).toMatch(/^Filed: /);
  expect(later.every((e) => e.component.getAllSubcomponents('valarm').length === 0)).toBe(true);
});

test('long text is folded and unfolds to what was written', () => {
  const long = obligation({ recipient: 'Missouri Director of Commerce and Insurance, Consumer Affairs; Division of Insurance Market Regulation ∴ ünïcode' });
  const [e] = events(ics(statusWith([long]))).events;
  expect(e.description).toContain('Missouri Director of Commerce and Insurance, Consumer Affairs; Division of Insurance Market Regulation ∴ ünïcode');
});

test.each([
  ['MO, the morning daylight time starts (2027-03-14)', 'MO', '2027-03-14T03:30:00.000-05:00'],
  ['MO, the evening before it starts', 'MO', '2027-03-13T23:59:59.999-06:00'],
  ['MO, the morning it ends (2027-11-07)', 'MO', '2027-11-07T03:00:00.000-06:00'],
  ['NH, summer two years on', 'NH', '2029-07-02T23:59:59.999-04:00'],
  ['AZ, no daylight time (MST all year)', 'AZ', '2027-07-01T23:59:59.999-07:00'],
  ['HI, no daylight time', 'HI', '2027-03-14T23:59:59.999-10:00'],
])('the VTIMEZONE lists the IANA zone\'s changes, so a calendar reads %s back to the same instant', (_what, jurisdiction, dueAt) => {
  const text = ics(statusWith([obligation({ id: `${jurisdiction}/regulator-notice`, jurisdiction, dueAt })]));
  expect(text).not.toContain('RRULE');
  const [e] = events(text).events;
  expect(e.endDate.toUnixTime()).toBe(Math.floor(Date.parse(dueAt) / 1000));
});
