/**
 * The layers the tree promises (docs/design.md §1), checked as eslint checks them: each row is an import the
 * layer may not make, linted as if written in that folder; and the repository as it stands breaks none.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');

/**
 * Runs eslint with the repository's own config in a plain node process (it loads its .mjs config with a
 * dynamic import, which jest's module system does not allow): each [file, source] linted as if it were there.
 */
function lint(inputs: Array<[string, string]>, files: string[] = []): Array<{ file: string; messages: string[] }> {
  const script = `
    const { ESLint } = require('eslint');
    const path = require('node:path');
    const { inputs, files } = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const results = [];
      for (const [file, source] of inputs) results.push(...(await eslint.lintText(source, { filePath: path.resolve(file) })));
      if (files.length) results.push(...(await eslint.lintFiles(files)));
      const restricted = (r) => r.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
      process.stdout.write(JSON.stringify(results.map((r) => ({ file: path.relative(process.cwd(), r.filePath), messages: restricted(r) }))));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify({ inputs, files }), encoding: 'utf8' }));
}


const ROWS: Array<[string, string, string]> = [
  ['workflows/x.ts', "import { DateTime } from 'luxon';\nexport const x = DateTime;", 'no calendar math'],
  ['workflows/x.ts', "import { patched } from '@temporalio/workflow';\nexport const x = patched;", 'no patch markers'],
  ['workflows/x.ts', "import { MESSAGE_SCHEMAS } from '../domain/incident/messages';\nexport const x = MESSAGE_SCHEMAS;", 'preloaded once per worker'],
  ['workflows/x.ts', "import { planIncident } from '../domain/rules/planner';\nexport const x = planIncident;", 'orchestration and domain/incident only'],
  ['domain/incident/x.ts', "import { BusinessCalendar } from '../rules/calendar';\nexport const x = BusinessCalendar;", 'bundled into the workflow'],
  ['domain/incident/state/x.ts', "import Holidays from 'date-holidays';\nexport const x = Holidays;", 'no calendar math'],
  ['domain/rules/x.ts', "import { publish } from '../../workflows/incident-effects';\nexport const x = publish;", 'innermost layer'],
  ['activities/x.ts', "import { startWorker } from '../worker/worker';\nexport const x = startWorker;", 'factory'],
  ['platform/x.ts', "import { main } from '../client/cli';\nexport const x = main;", 'import neither'],
  ['client/console/x.ts', "import { startMailSink } from '../../scripts/dev/mail-sink';\nexport const x = startMailSink;", 'dev tooling is handed in'],
  ['client/x.ts', "import { startWorker } from '../worker/worker';\nexport const x = startWorker;", 'application service'],
  ['worker/x.ts', "import { main } from '../client/cli';\nexport const x = main;", 'does not import the doors'],
];
const TYPE_ONLY: [string, string] = ['domain/incident/x.ts', "import type { Plan } from '../rules/planner';\nexport type X = Plan;"];
let linted: Array<{ file: string; messages: string[] }>;
beforeAll(() => {
  linted = lint([...ROWS.map(([file, source]): [string, string] => [file, source]), TYPE_ONLY]);
}, 60_000);

test.each(ROWS.map((row, i) => [...row, i] as const))('%s may not: %s', (_file, _source, why, i) => {
  expect(linted[i].messages.join('\n')).toContain(why);
});

test('a type from domain/rules may cross into the bundle (types are erased)', () => {
  expect(linted[ROWS.length].messages).toEqual([]);
});
test('no file in the repository crosses a layer', () => {
  const results = lint([], ['domain', 'workflows', 'activities', 'platform', 'reports', 'application', 'worker', 'client']);
  expect(results.length).toBeGreaterThan(50);
  expect(results.flatMap((r) => r.messages.map((m) => `${r.file}: ${m}`))).toEqual([]);
});
