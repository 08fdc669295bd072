/**
 * The one time-zone source (domain/incident/zone-offsets.ts): offsets read from the IANA zones through Intl,
 * checked against luxon's reading of the same zones change by change, and the words (time-words.ts) following
 * the IANA history where a rule written by hand would not.
 */
import { DateTime, IANAZone } from 'luxon';
import { humanTime, STATE_ZONES, utcOffsetAt } from '../../domain/incident/time-words';
import { ZoneOffsets } from '../../domain/incident/zone-offsets';
import { offsetMinutes } from '../../domain/rules/zoned';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const US_ZONES = [...new Set(Object.values(STATE_ZONES))];
/** Central Europe (last Sundays, at 1:00 UTC) and Lord Howe Island (a half-hour change, at a half hour UTC). */
const OTHER_ZONES = ['Europe/Berlin', 'Australia/Lord_Howe'];

type Offset = (zone: string, ms: number) => number;
interface Change {
  at: string;
  from: number;
  to: number;
}

/** Each offset change in a UTC year, to the minute: found day by day, then by quarter hour, then by minute. */
function changes(offset: Offset, zone: string, year: number): Change[] {
  const found: Change[] = [];
  const first = (from: number, to: number, step: number) => {
    let ms = from;
    while (ms < to && offset(zone, ms + step) === offset(zone, from)) ms += step;
    return ms;
  };
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY) {
    if (offset(zone, day) === offset(zone, day + DAY)) continue;
    const quarter = first(day, day + DAY, 15 * MINUTE);
    const at = first(quarter, quarter + 15 * MINUTE, MINUTE) + MINUTE;
    found.push({ at: new Date(at).toISOString(), from: offset(zone, at - MINUTE), to: offset(zone, at) });
  }
  return found;
}

const luxon: Offset = (zone, ms) => IANAZone.create(zone).offset(ms);
const fresh = new ZoneOffsets();
const ours: Offset = (zone, ms) => fresh.offsetMinutes(zone, ms);
const years = Array.from({ length: 2040 - 2007 + 1 }, (_, i) => 2007 + i);

test.each([...US_ZONES, ...OTHER_ZONES])('%s, 2007-2040: every offset change at the minute luxon finds, from and to the same offsets', (zone) => {
  for (const year of years) {
    const expected = changes(luxon, zone, year);
    expect([year, changes(ours, zone, year)]).toEqual([year, expected]);
    // The rules' reading (domain/rules/zoned.ts) is the same one.
    expect([year, changes(offsetMinutes, zone, year)]).toEqual([year, expected]);
  }
});

test('the table test can tell: the US zones with daylight time change twice a year, the others never', () => {
  const counts = US_ZONES.map((zone) => [zone, changes(ours, zone, 2030).length]);
  expect(counts).toEqual(US_ZONES.map((zone) => [zone, ['America/Phoenix', 'Pacific/Honolulu'].includes(zone) ? 0 : 2]));
  expect(changes(ours, 'Australia/Lord_Howe', 2030).map((c) => c.to - c.from)).toEqual([-30, 30]);
});

test('a change on the first instant of a month is kept (Baghdad, daylight time from 1 Apr 3:00 local, 00:00 UTC)', () => {
  const at = Date.parse('2000-04-01T00:00:00Z');
  const read = (offset: Offset) => [at - MINUTE, at, Date.parse('2000-07-01T00:00:00Z')].map((ms) => offset('Asia/Baghdad', ms));
  expect(read(ours)).toEqual(read(luxon));
  expect(read(ours)).toEqual([180, 240, 240]);
});

/**
 * Where the US rules as once written by hand (first Sunday of April before 2007) are not the IANA history: daylight
 * time began on the last Sunday of April until 1986, and ran all winter in 1974 (Emergency Daylight Saving Time
 * Energy Conservation Act of 1973).
 */
test.each([
  ['1986-04-10T12:00:00Z', 'NY', 'Thu 10 Apr 1986, 7:00 am EST (New York)'],
  ['1974-01-15T12:00:00Z', 'NY', 'Tue 15 Jan 1974, 8:00 am EDT (New York)'],
  ['1990-04-20T12:00:00Z', 'MO', 'Fri 20 Apr 1990, 7:00 am CDT (Missouri)'],
])('%s in %s reads as the IANA zone has it: "%s"', (iso, state, words) => {
  const zone = STATE_ZONES[state as keyof typeof STATE_ZONES];
  const dt = DateTime.fromISO(iso, { zone });
  expect(utcOffsetAt(Date.parse(iso), state)).toBe(dt.offset);
  expect(humanTime(iso, state)).toBe(words);
  expect(humanTime(iso, state)).toContain(` ${dt.offsetNameShort} (`);
});

test('an offset that is neither the zone\'s standard nor its daylight one is said as the offset (Alaska before 1983)', () => {
  const iso = '1980-01-15T12:00:00Z';
  expect(utcOffsetAt(Date.parse(iso), 'AK')).toBe(DateTime.fromISO(iso, { zone: 'America/Anchorage' }).offset);
  expect(humanTime(iso, 'AK')).toBe('Tue 15 Jan 1980, 2:00 am GMT-10:00 (Alaska)');
});

test('tables dropped to keep the cache small are read again alike', () => {
  const small = new ZoneOffsets(2);
  const instants = [2030, 2031, 2032, 2030].map((y) => Date.UTC(y, 6, 1));
  expect(instants.map((ms) => small.offsetMinutes('America/Chicago', ms))).toEqual(instants.map((ms) => luxon('America/Chicago', ms)));
});

test('a zone the runtime does not know is refused, not read as UTC', () => {
  expect(() => new ZoneOffsets().offsetMinutes('America/Nowhere', 0)).toThrow(RangeError);
});
