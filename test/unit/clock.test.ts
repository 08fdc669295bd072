/**
 * The clock the suite runs on. `.ci/run` runs the unit tests again with the system clock moved (libfaketime:
 * a US holiday, a DST change, a year ahead) and names the instant in BREACHCLOCK_CLOCK_MOVED_TO: this proves
 * the move reaches the jest workers, the processes they start, and the time zone they read. Without it, the
 * test only reads the clock.
 */
import { spawnSync } from 'node:child_process';

const movedTo = process.env.BREACHCLOCK_CLOCK_MOVED_TO;
const within = (ms: number, from: number) => ms >= from - 1000 && ms < from + 10 * 60_000;

// Moved: the jest worker and a process it starts both read the moved instant. Not moved: both read the same real
// instant (so the check that a move reaches child processes is itself exercised on every run).
test(`the clock ${movedTo ? `was moved to ${movedTo}` : 'is the real one'}, here and in a child process`, () => {
  const at = movedTo ? Date.parse(movedTo) : Date.now();
  expect(Number.isNaN(at)).toBe(false);
  expect(within(Date.now(), at)).toBe(true);
  const child = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(Date.now()))'], { encoding: 'utf8' }).stdout);
  expect(within(child, at)).toBe(true);
  if (process.env.TZ) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
});

test('the clock reads a plausible instant', () => {
  expect(Date.now()).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
  expect(Math.abs(Date.now() - new Date().getTime())).toBeLessThan(1000);
});
