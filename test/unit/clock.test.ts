/**
 * The clock the suite runs on. `.ci/run` runs the unit tests again with the system clock moved (libfaketime:
 * a US holiday, a DST change, a year ahead) and names the instant in BREACHCLOCK_CLOCK_MOVED_TO: this proves
 * the move reaches the jest workers, the processes they start, and the time zone they read. Without it, the
 * test only reads the clock.
 */
import { spawnSync } from 'node:child_process';

const movedTo = process.env.BREACHCLOCK_CLOCK_MOVED_TO;
const within = (ms: number, from: number) => ms >= from - 1000 && ms < from + 10 * 60_000;

(movedTo ? test : test.skip)(`the clock was moved to ${movedTo ?? '(not moved: BREACHCLOCK_CLOCK_MOVED_TO unset)'}, here and in a child process`, () => {
  const at = Date.parse(movedTo!);
  expect(Number.isNaN(at)).toBe(false);
  expect({ now: new Date().toISOString(), moved: within(Date.now(), at) }).toEqual({ now: expect.any(String), moved: true });
  const child = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(Date.now()))'], { encoding: 'utf8' }).stdout);
  expect(within(child, at)).toBe(true);
  if (process.env.TZ) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
});

test('the clock reads a plausible instant', () => {
  expect(Date.now()).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
  expect(Math.abs(Date.now() - new Date().getTime())).toBeLessThan(1000);
});
