/** Legal-holiday tables (RSMo 9.010, RSA 288:1) and their corrections to date-holidays (docs/design.md §3). */
import Holidays from 'date-holidays';
import { BusinessCalendar, describeDate } from '../../domain/rules/calendar';
import { DayTable, epochDay, fromEpochDay, yearOfDay } from '../../domain/rules/days';
import { holidayLibrary } from '../../domain/rules/state-days';
import { parseInstant } from '../../domain/rules/days';
import { missouriHolidays } from '../../domain/rules/jurisdictions/mo-holidays-rsmo-9-010';
import { newHampshireHolidays } from '../../domain/rules/jurisdictions/nh-holidays-rsa-288-1';
import { virginiaHolidays } from '../../domain/rules/jurisdictions/va-holidays-2-2-3300';
import { alabamaHolidays } from '../../domain/rules/jurisdictions/al-holidays-1-3-8';
import { iowaHolidays } from '../../domain/rules/jurisdictions/ia-holidays-1C';
import { connecticutHolidays } from '../../domain/rules/jurisdictions/ct-holidays-1-4';
import { southCarolinaHolidays } from '../../domain/rules/jurisdictions/sc-holidays-53-5-10';
import { delawareHolidays } from '../../domain/rules/jurisdictions/de-holidays-1-del-c-501';

const calendar = new BusinessCalendar();

// Weekday legal holidays, worked out by hand from the statutes.
const expectedHolidays: Record<string, Record<number, string[]>> = {
  MO: {
    2026: ['2026-01-01', '2026-01-19', '2026-02-12', '2026-02-16', '2026-05-08', '2026-05-25', '2026-06-19', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
    2027: ['2027-01-01', '2027-01-18', '2027-02-12', '2027-02-15', '2027-05-31', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25'],
    2028: ['2028-01-17', '2028-02-21', '2028-05-08', '2028-05-29', '2028-06-19', '2028-07-04', '2028-09-04', '2028-10-09', '2028-11-23', '2028-12-25'],
  },
  NH: {
    2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-09-07', '2026-11-11', '2026-11-26', '2026-12-25'],
    2027: ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-09-06', '2027-11-11', '2027-11-25'],
    2028: ['2028-01-17', '2028-02-21', '2028-05-29', '2028-07-04', '2028-09-04', '2028-11-23', '2028-12-25'],
  },
};

const expectedDisputed: Record<string, Record<number, string[]>> = {
  MO: {
    2026: ['2026-07-03'],
    2027: ['2027-05-07', '2027-06-18', '2027-12-24', '2027-12-31'],
    2028: ['2028-02-11', '2028-11-10'],
  },
  NH: {
    2026: ['2026-06-19', '2026-07-03', '2026-10-12', '2026-11-03', '2026-11-27'],
    2027: ['2027-06-18', '2027-07-05', '2027-10-11', '2027-11-26', '2027-12-24', '2027-12-31'],
    2028: ['2028-06-19', '2028-10-09', '2028-11-07', '2028-11-10', '2028-11-24'],
  },
};

describe.each(['MO', 'NH'])('%s legal holidays', (state) => {
  const citation = state === 'MO' ? 'RSMo 9.010' : 'RSA 288:1';
  test.each([2026, 2027, 2028])(`${citation}: weekday holidays in %i`, (year) => {
    expect(calendar.holidaysOf(state, year).map((h) => h.date)).toEqual(expectedHolidays[state][year]);
  });
  test.each([2026, 2027, 2028])(`docs/design.md §3: disputed days in %i count as business days`, (year) => {
    const disputed = calendar.disputedOf(state, year).map((d) => d.date);
    expect(disputed).toEqual(expectedDisputed[state][year]);
    for (const d of disputed) expect(calendar.isBusinessDay(state, d)).toBe(true);
    for (const d of disputed) expect(calendar.isBusinessDay(state, d, true)).toBe(false);
  });
  test('every holiday is not a business day; weekends never are', () => {
    for (const h of calendar.holidaysOf(state, 2027)) expect(calendar.isBusinessDay(state, h.date)).toBe(false);
    expect(calendar.isBusinessDay(state, '2026-11-28')).toBe(false);
    expect(calendar.isBusinessDay(state, '2026-11-29')).toBe(false);
    expect(calendar.isBusinessDay(state, '2026-11-30')).toBe(true);
  });
});

describe('RSMo 9.010 Sunday rule', () => {
  test('Sunday Veterans Day 2029 is observed Monday 2029-11-12', () => {
    expect(calendar.holiday('MO', '2029-11-12')?.name).toMatch(/Veterans Day \(observed\)/);
    expect(calendar.holiday('MO', '2029-11-12')?.citation).toBe('RSMo 9.010 (Sunday rule)');
  });
  test('RSA 288:1 has no confirmed Sunday rule: NH Monday 2029-11-12 is disputed, not a holiday', () => {
    expect(calendar.holiday('NH', '2029-11-12')).toBeUndefined();
    expect(calendar.disputed('NH', '2029-11-12')?.label).toBe('Monday after a Sunday holiday');
  });
});

describe.each([missouriHolidays, newHampshireHolidays, virginiaHolidays, alabamaHolidays, iowaHolidays, connecticutHolidays, southCarolinaHolidays, delawareHolidays])('$citation corrections to date-holidays still match the library', (table) => {
  test.each(table.corrections)('$dateHolidaysName on $example: $dateHolidaysSays', (c) => {
    const hd = new Holidays('US', table.state);
    const year = Number(c.example.slice(0, 4));
    const entries = hd.getHolidays(year).filter((h) => h.date.slice(0, 10) === c.example);
    const publicNonSub = entries.filter((h) => h.type === 'public' && !(h as { substitute?: boolean }).substitute);
    // Every correction is a day where taking date-holidays' public list as-is would be wrong.
    const libraryHoliday = publicNonSub.length > 0 || entries.some((h) => h.type === 'public');
    const ours = calendar.holiday(table.state, c.example) !== undefined;
    if (/^holiday/.test(c.correction)) {
      expect(ours).toBe(true);
      expect(libraryHoliday).toBe(false);
    } else if (/business day/.test(c.correction)) {
      expect(ours).toBe(false);
      expect(calendar.disputed(table.state, c.example)).toBeDefined();
      if (c.dateHolidaysSays.startsWith('type')) expect(libraryHoliday).toBe(false);
      else if (!c.dateHolidaysSays.startsWith('no ')) expect(libraryHoliday).toBe(true);
    } else {
      expect(ours).toBe(false);
    }
    expect(c.citation.length).toBeGreaterThan(0);
  });
});

test('describeDate names the weekday', () => {
  expect(describeDate('2026-11-30')).toBe('Mon 2026-11-30');
});

test('start dates are read in the regulator zone', () => {
  expect(calendar.localStartDate('MO', '2026-11-24T03:00:00Z')).toBe('2026-11-23');
  expect(calendar.localStartDate('NH', '2026-11-24T03:00:00Z')).toBe('2026-11-23');
  expect(calendar.localStartDate('NH', '2026-11-24T05:00:00Z')).toBe('2026-11-24');
  expect(calendar.localStartDate('MO', '2026-11-24T05:00:00Z')).toBe('2026-11-23');
});

describe('RSMo 9.010 as amended by A.L. 2022 H.B. 1738: the nineteenth day of June', () => {
  test('Juneteenth is a Missouri public holiday, not a disputed day', () => {
    expect(calendar.holiday('MO', '2026-06-19')?.citation).toBe('RSMo 9.010');
    expect(calendar.disputed('MO', '2026-06-19')).toBeUndefined();
  });
  test('a Sunday Juneteenth is observed on Monday (the Sunday rule)', () => {
    expect(calendar.holiday('MO', '2033-06-20')?.name).toMatch(/Juneteenth \(observed\)/);
  });
  test('not a holiday before the amendment took effect (2022-08-28)', () => {
    expect(calendar.holiday('MO', '2022-06-20')).toBeUndefined();
    expect(calendar.holiday('MO', '2021-06-18')).toBeUndefined();
  });
});

describe('Va. Code § 2.2-3300: Virginia legal holidays, its own weekend rule, and the days it adds', () => {
  // Worked out by hand from the statute: a Saturday holiday is kept the Friday before, a Sunday one the Monday after.
  test.each([
    [2026, ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-03', '2026-11-11', '2026-11-26', '2026-11-27', '2026-12-25']],
    [2027, ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-02', '2027-11-11', '2027-11-25', '2027-11-26', '2027-12-24', '2027-12-31']],
  ])('weekday holidays in %i', (year, days) => {
    expect(calendar.holidaysOf('VA', year).map((h) => h.date)).toEqual(days);
  });

  test.each([
    ['2026-07-03', 'Independence Day (observed)', 'Va. Code § 2.2-3300 (Saturday rule)'], // July 4, 2026 is a Saturday
    ['2027-12-31', "New Year's Day (observed)", 'Va. Code § 2.2-3300 (Saturday rule)'], // Jan 1, 2028 is a Saturday
    ['2027-07-05', 'Independence Day (observed)', 'Va. Code § 2.2-3300 (Sunday rule)'],
    ['2027-11-02', 'Election Day', 'Va. Code § 2.2-3300'], // every year, though date-holidays has it in even years only
  ])('%s is %s (%s)', (date, name, citation) => {
    expect(calendar.holiday('VA', date)).toEqual({ date, name, citation });
  });

  test('Juneteenth and Election Day count from the 2020 amendments; Lee-Jackson Day (2020) is not in the statute as kept', () => {
    expect(calendar.holiday('VA', '2020-11-03')).toBeUndefined();
    expect(calendar.holiday('VA', '2020-06-19')).toBeUndefined();
    expect(calendar.holiday('VA', '2020-01-17')).toBeUndefined();
    expect(calendar.holiday('VA', '2021-06-18')?.name).toBe('Juneteenth (observed)');
  });
});

describe('addYears: the same local date years later (record retention)', () => {
  test.each([
    ['2026-11-23', 5, '2031-11-23T23:59:59.999-06:00'],
    ['2028-02-29', 3, '2031-02-28T23:59:59.999-06:00'], // no 29 Feb in 2031
    ['2028-02-29', 4, '2032-02-29T23:59:59.999-06:00'],
    ['2026-07-01', 3, '2029-07-01T23:59:59.999-05:00'], // daylight time
  ])('%s + %i years', (date, years, end) => {
    expect(calendar.addYears('MO', date, years).toISO()).toBe(end);
  });
});

describe('date-holidays read without a time zone (state-days.ts, holidayLibrary)', () => {
  // breachclock reads a holiday's calendar date, name and type only; reading them without the state's zone is
  // three times faster and must give the same days in every state the calendar keeps, over its whole range.
  test.each(calendar.states())('%s: the same dates, names and types as the zoned reading, 1999-2110', (state) => {
    const zoned = new Holidays('US', state);
    const plain = holidayLibrary(state);
    const read = (hd: Holidays, year: number) => hd.getHolidays(year).map((e) => [e.date, e.name, e.type, !!e.substitute].join('|'));
    for (let year = 1999; year <= 2110; year++) expect([year, read(plain, year)]).toEqual([year, read(zoned, year)]);
  });
});

describe('yearOfDay: the year of a day number by arithmetic', () => {
  test('agrees with Date on every day 1999-2110', () => {
    const first = epochDay('1999-01-01');
    const last = epochDay('2110-12-31');
    let wrong = 0;
    for (let day = first; day <= last; day++) if (yearOfDay(day) !== new Date(day * 86_400_000).getUTCFullYear()) wrong++;
    expect(wrong).toBe(0);
    expect([yearOfDay(first - 1), yearOfDay(first), yearOfDay(last), yearOfDay(last + 1)]).toEqual([1998, 1999, 2110, 2111]);
  });
});

describe('day numbers by arithmetic (days.ts): the same as Date', () => {
  test('epochDay and fromEpochDay agree with Date.parse and toISOString on every day 1990-2250', () => {
    let wrong = 0;
    for (let day = Math.floor(Date.UTC(1990, 0, 1) / 86_400_000); day <= Math.floor(Date.UTC(2250, 11, 31) / 86_400_000); day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromEpochDay(day) !== iso || epochDay(iso) !== day || epochDay(fromEpochDay(day)) !== day) wrong++;
    }
    expect(wrong).toBe(0);
  });
  test('fromEpochDay writes years outside 1000-9999 as toISOString does', () => {
    for (const y of [-1, 0, 999, 10_000, 275_000]) {
      const day = Math.floor(new Date(0).setUTCFullYear(y, 0, 1) / 86_400_000) - 1;
      expect([y, fromEpochDay(day), fromEpochDay(day + 1)]).toEqual([y, new Date(day * 86_400_000).toISOString().slice(0, 10), new Date((day + 1) * 86_400_000).toISOString().slice(0, 10)]);
    }
  });
  test('a date that is no real day is read as Date.parse reads it, as before', () => {
    for (const odd of ['2026-02-29', '2026-02-30', '2026-04-31', '2028-02-29', '0999-12-31', '2026-13-01', '2026-1-01', 'nonsense']) {
      const before = Math.floor(Date.parse(`${odd}T00:00:00Z`) / 86_400_000);
      expect([odd, epochDay(odd)]).toEqual([odd, before]);
    }
  });
  test('parseInstant reads edge shapes as Date.parse does, or refuses what it refuses', () => {
    const shapes = ['2026-01-01T00:00:00+24:00', '2026-01-01T00:00:00+23:59', '2026-01-01T00:00:00-00:60', '2026-01-01T24:00:00Z', '2026-02-29T00:00:00Z',
      '2028-02-29T12:00:00.5Z', '0050-01-01T00:00:00Z', '2026-11-01T01:30:00.000-05:00', '2026-13-01T00:00:00Z', '2026-11-23T10:15:00.000-06:00'];
    for (const s of shapes) {
      const expected = Date.parse(s);
      if (Number.isNaN(expected)) expect(() => parseInstant(s)).toThrow(RangeError);
      else expect([s, parseInstant(s)]).toEqual([s, expected]);
    }
  });
  test('DayTable keeps values by day inside and outside its blocks', () => {
    const t = new DayTable<string>();
    const days = [-800_000, -1, 0, 10_592, 10_593, 11_103, 11_104, 60_000, 92_000, 3_000_000, 1.5];
    days.forEach((d) => t.set(d, `v${d}`));
    expect(days.map((d) => t.get(d))).toEqual(days.map((d) => `v${d}`));
    expect([t.get(10_594), t.get(2)]).toEqual([undefined, undefined]);
  });
});
