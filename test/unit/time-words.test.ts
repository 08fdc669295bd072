/**
 * Times a person reads (domain/incident/time-words.ts): the regulator's local time in words, checked
 * against luxon's IANA zones over the whole accepted range, and countdowns.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { countdown, humanDay, humanTime, spanWords, STATE_ZONES } from '../../domain/incident/time-words';

test.each([
  ['2026-11-27T23:59:59.999-05:00', 'NH', 'Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)'],
  ['2026-11-28T04:59:59.999Z', 'NH', 'Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)'],
  ['2026-11-30T23:59:59.999-06:00', 'MO', 'Mon 30 Nov 2026, 11:59 pm CST (Missouri)'],
  ['2026-07-07T23:59:59.999-05:00', 'MO', 'Tue 7 Jul 2026, 11:59 pm CDT (Missouri)'],
  // The spring change: 2:00 am EST on Sun 8 Mar 2026 is 3:00 am EDT.
  ['2026-03-08T06:59:00Z', 'NH', 'Sun 8 Mar 2026, 1:59 am EST (New Hampshire)'],
  ['2026-03-08T07:00:00Z', 'NH', 'Sun 8 Mar 2026, 3:00 am EDT (New Hampshire)'],
  // The autumn change: 2:00 am EDT on Sun 1 Nov 2026 is 1:00 am EST.
  ['2026-11-01T05:59:00Z', 'NH', 'Sun 1 Nov 2026, 1:59 am EDT (New Hampshire)'],
  ['2026-11-01T06:00:00Z', 'NH', 'Sun 1 Nov 2026, 1:00 am EST (New Hampshire)'],
  ['2026-06-01T12:00:00Z', 'AZ', 'Mon 1 Jun 2026, 5:00 am MST (Arizona)'],
  ['2026-06-01T12:00:00Z', undefined, 'Mon 1 Jun 2026, 12:00 pm UTC'],
])('%s in %s reads "%s"', (iso, state, words) => {
  expect(humanTime(iso, state)).toBe(words);
});

test('short form, a day, and an undated obligation', () => {
  expect(humanTime('2026-11-27T23:59:59.999-05:00', 'NH', { short: true })).toBe('Fri 27 Nov, 11:59 pm EST');
  expect(humanDay('2029-11-24T05:59:59.999Z', 'MO')).toBe('Fri 23 Nov 2029');
  expect(humanTime(null, 'MO')).toBe('no date in law');
});

test('every state, every instant from 2000 to 2100: the same wall clock and abbreviation as the IANA zone', () => {
  const states = Object.keys(STATE_ZONES) as Array<keyof typeof STATE_ZONES>;
  fc.assert(
    fc.property(fc.constantFrom(...states), fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-12-31T00:00:00Z') }), (state, ms) => {
      const dt = DateTime.fromMillis(ms, { zone: STATE_ZONES[state] });
      const expected = `${dt.toFormat('ccc d LLL yyyy, h:mm')} ${dt.toFormat('a').toLowerCase()}`;
      expect(humanTime(new Date(ms).toISOString(), state).startsWith(expected)).toBe(true);
      const abbr = dt.offsetNameShort!.replace(/^GMT-10$/, 'HST');
      expect(humanTime(new Date(ms).toISOString(), state)).toContain(` ${abbr} (`);
    }),
    { numRuns: 3000 },
  );
});

test('countdowns before and after a deadline', () => {
  const due = '2026-11-27T23:59:59.999-05:00';
  const at = Date.parse(due);
  expect(countdown(due, at - (3 * 24 + 4) * 3_600_000 - 1)).toBe('in 3 days 4 hours');
  expect(countdown(due, at + 2 * 3_600_000 + 1)).toBe('overdue by 2 hours');
  expect(spanWords(61 * 60_000)).toBe('1 hour 1 minute');
  expect(countdown(null, at)).toBe('no date in law');
});

test('the words read a covered state in the same zone its deadlines are computed in', () => {
  const { JURISDICTIONS } = require('../../domain/rules/jurisdictions');
  for (const [state, j] of Object.entries(JURISDICTIONS as Record<string, { holidays: { timeZone: string } }>)) {
    expect([state, STATE_ZONES[state as keyof typeof STATE_ZONES]]).toEqual([state, j.holidays.timeZone]);
  }
});
