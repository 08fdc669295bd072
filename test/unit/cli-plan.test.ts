/** `breachclock plan` through the package's bin, as a user runs it (docs/design.md §4). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = path.join(__dirname, '../../bin/breachclock.js');
const example = path.join(__dirname, '../../examples/incident-mo-nh.json');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60_000 });

test('prints one JSON plan and exits 0', () => {
  const r = run(['plan', example]);
  expect(r.status).toBe(0);
  const plan = JSON.parse(r.stdout);
  expect(plan.incidentId).toBe('INC-2026-0042');
  expect(plan.obligations[0]).toEqual(
    expect.objectContaining({ id: 'NH/regulator-notice', jurisdiction: 'NH', kind: 'regulator-notice', citation: 'RSA 420-P:6, I' }),
  );
  expect(plan.obligations.find((o: { id: string }) => o.id === 'MO/regulator-notice').dueAt).toBe('2026-11-30T23:59:59.999-06:00');
  expect(Array.isArray(plan.notApplicable)).toBe(true);
  expect(plan.uncovered).toEqual([]);
});

test('reads standard input with -', () => {
  const r = run(['plan', '-'], JSON.stringify(require(example)));
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).incidentId).toBe('INC-2026-0042');
});

test('--format table is sorted by due date and readable', () => {
  const r = run(['plan', example, '--format', 'table']);
  expect(r.status).toBe(0);
  const lines = r.stdout.split('\n');
  const nh = lines.findIndex((l) => l.includes('NH/regulator-notice'));
  const mo = lines.findIndex((l) => l.includes('MO/regulator-notice '));
  expect(nh).toBeGreaterThan(0);
  expect(mo).toBeGreaterThan(nh);
  expect(r.stdout).toContain('Fri 27 Nov 2026, 11:59 pm EST');
  expect(r.stdout).toContain('not law');
});

test('invalid input exits 2 naming every bad field, without a stack trace', () => {
  const bad = { ...require(example), incidentId: 'bad id', residents: { MO: -4 }, extra: 1 };
  const r = run(['plan', '-'], JSON.stringify(bad));
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('incidentId:');
  expect(r.stderr).toContain('residents.MO: must not be negative');
  expect(r.stderr).toContain('extra: unknown field');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
});

test('not JSON, or a missing file, exits 2', () => {
  expect(run(['plan', '-'], '{nope').status).toBe(2);
  const r = run(['plan', '/nonexistent/incident.json']);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('cannot read');
});

test('an uncovered state is warned about on stderr and listed', () => {
  const r = run(['plan', '-'], JSON.stringify({ ...require(example), residents: { MO: 1840, TX: 40 } }));
  expect(r.status).toBe(0);
  expect(r.stderr).toContain('warning: TX (40 residents): no Texas rules in breachclock: check Texas law');
  expect(JSON.parse(r.stdout).uncovered).toEqual([{ state: 'TX', residents: 40, warning: 'no Texas rules in breachclock: check Texas law' }]);
});

test('--help on every command; unknown options refused', () => {
  for (const cmd of ['plan', 'incident', 'schema']) {
    const r = run([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`breachclock ${cmd}`);
  }
  expect(run(['--help']).stdout).toContain('Exit codes');
  // The states, by tier: computed, or only reported (never computed).
  const help = run(['plan', '--help']).stdout.replace(/\s+/g, ' ');
  expect(help).toContain('States: computed in full for AL, CT, DE, IA, MD, MO, NH, PA, SC, VA; the regulator notice only');
  expect(help).toContain('for AK, IL, NY, OK, RI; reported');
  expect(run(['plan', example, '--format', 'xml']).status).toBe(2);
  expect(run(['plan', example, '--colour']).status).toBe(2);
});

test('incident send --help prints that command\'s own help, with the example intact', () => {
  const r = run(['incident', 'send', '--help']);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^breachclock incident send\n/);
  expect(r.stdout).not.toContain('open <incident.json');
  expect(r.stdout).toMatch(/obligationCompleted \\\n\s+'\{"obligationId"/);
});


test('a list deadline reads in its regulator\'s local time, not a day late in UTC', () => {
  const { formatDeadlineFor } = require('../../client/plan-format');
  expect(formatDeadlineFor('2026-11-28T04:59:59.999Z', ['MO', 'NH'])).toBe('Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)');
  expect(formatDeadlineFor('2026-12-01T05:59:59.999Z', ['MO', 'NH'])).toBe('Mon 30 Nov 2026, 11:59 pm CST (Missouri)');
  expect(formatDeadlineFor('2026-12-01T12:00:00Z', ['NH'])).toBe('Tue 1 Dec 2026, 7:00 am EST (New Hampshire)');
});
