/**
 * The release is compiled (issue 25): the bin runs dist/ (built by jest's globalSetup, as `npm start` and
 * `npm test` build it), loads no TypeScript, no tsx and no Temporal client for `plan`; the compiled worker runs
 * the workflow bundle prebuilt beside it, which holds the production workflows only (the bench's baseline is in
 * the bench's own bundle).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { staleness } from '../../scripts/dev/build';
import { workflowCode } from '../../worker/worker';

const root = path.join(__dirname, '../..');
const bin = path.join(root, 'bin/breachclock.js');
const bundle = path.join(root, 'dist/workflow-bundle.js');

/** Runs the bin in a Node process that reports, at exit, every file it loaded. */
function planThroughBin(): { status: number | null; stdout: string; loaded: string[] } {
  const example = path.join(root, 'examples/incident-national.json');
  const script = `process.argv = [process.execPath, ${JSON.stringify(bin)}, 'plan', ${JSON.stringify(example)}];
process.on('exit', () => require('node:fs').writeSync(2, '\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));
require(${JSON.stringify(bin)});`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  return { status: r.status, stdout: r.stdout, loaded: line ? (JSON.parse(line.slice(7)) as string[]) : [] };
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
}

test('dist/ is built, newer than every source, and holds no module whose source is gone', () => {
  expect(staleness()).toBeNull();
  expect(existsSync(bundle)).toBe(true);
  const dist = path.join(root, 'dist');
  const orphans = modules(dist).filter((f) => f !== bundle && !existsSync(path.join(root, path.relative(dist, f)).replace(/\.js$/, '.ts')));
  expect(orphans).toEqual([]);
});

test('the bin plans with compiled JavaScript only: no TypeScript, no tsx, no Temporal client', () => {
  const r = planThroughBin();
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).obligations.length).toBeGreaterThan(10);
  const ours = r.loaded.filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
  expect(ours).toContain(path.join(root, 'dist/client/cli.js'));
  expect(ours.filter((f) => !f.startsWith(path.join(root, 'dist')) && f !== bin)).toEqual([]);
  expect(r.loaded.filter((f) => /\.ts$|[\\/]tsx[\\/]|@temporalio[\\/]client/.test(f))).toEqual([]);
});

test('the compiled worker runs the prebuilt bundle; one run from the sources bundles at start', () => {
  const compiled = require(path.join(root, 'dist/worker/worker.js')) as { workflowCode: typeof workflowCode };
  expect(compiled.workflowCode({})).toEqual({ workflowBundle: { codePath: bundle } });
  expect(compiled.workflowCode({ BREACHCLOCK_WORKFLOW_BUNDLE: '/elsewhere.js' })).toEqual({ workflowBundle: { codePath: '/elsewhere.js' } });
  expect(workflowCode({})).toEqual(expect.objectContaining({ workflowsPath: require.resolve('../../workflows') }));
});

test('production workflows do not include the bench baseline; the bench bundle entry does', () => {
  expect(Object.keys(require('../../workflows')).sort()).toEqual(['incidentWatchdogWorkflow', 'incidentWorkflow']);
  const code = readFileSync(bundle, 'utf8');
  expect(code).toContain('incidentWorkflow');
  expect(code).not.toMatch(/baselineWorkflow|baselineTimersWorkflow/);
  expect(Object.keys(require('../../scripts/tools/bench/workflows'))).toEqual(expect.arrayContaining(['incidentWorkflow', 'baselineWorkflow', 'baselineTimersWorkflow']));
});
