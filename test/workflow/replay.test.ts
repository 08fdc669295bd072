/**
 * Determinism guard: the recorded histories of every released version (test/fixtures/histories/<release>/,
 * 1.0 on) replay against the current workflow code, and the guard is known to bite: a deliberately
 * incompatible change fails on them, and a history from before 1.0 (its patch markers folded into the
 * baseline) fails too. A change that cannot replay ships as a new worker deployment version (docs/design.md §9):
 * the incidents already running stay on the version they started on.
 */
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_OPTIONS } from '../../worker/worker';
import { workflowBundle } from '../helpers/fixtures';

const fixtures = path.join(__dirname, '../fixtures');
const load = (dir: string) =>
  readdirSync(path.join(fixtures, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ workflowId: f.replace(/\.json$/, ''), history: temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(path.join(fixtures, dir, f), 'utf8'))) }));
/** Each release's folder under histories/, oldest first: every one must still replay. */
const releases = readdirSync(path.join(fixtures, 'histories'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const released = releases.flatMap((release) => load(path.join('histories', release)).map((h) => ({ ...h, workflowId: `${release}/${h.workflowId}` })));

async function replayErrors(bundle: WorkflowBundleWithSourceMap, histories: typeof released): Promise<Array<{ workflowId: string; error?: unknown }>> {
  async function* all() {
    yield* histories;
  }
  const results: Array<{ workflowId: string; error?: unknown }> = [];
  for await (const r of Worker.runReplayHistories({ workflowBundle: bundle }, all())) results.push({ workflowId: r.workflowId, error: r.error });
  return results;
}

test('there are recorded histories to replay, 1.0 first, and no history outside a release folder', () => {
  expect(releases[0]).toBe('1.0');
  expect(load('histories/1.0').length).toBeGreaterThanOrEqual(3);
  expect(readdirSync(path.join(fixtures, 'histories')).filter((f) => f.endsWith('.json'))).toEqual([]);
});

test('every recorded history replays without a determinism error', async () => {
  const results = await replayErrors(await workflowBundle(), released);
  expect(results.map((r) => r.workflowId).sort()).toEqual(released.map((h) => h.workflowId).sort());
  expect(results.filter((r) => r.error).map((r) => `${r.workflowId}: ${String(r.error)}`)).toEqual([]);
});

test('must fail: a deliberately incompatible change does not replay the recorded histories', async () => {
  const incompatible = await bundleWorkflowCode({
    ...BUNDLE_OPTIONS,
    workflowsPath: require.resolve('../fixtures/incompatible/workflows'),
    logger: { log() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {} } as never,
  });
  const results = await replayErrors(incompatible, released);
  expect(results).toHaveLength(released.length);
  for (const r of results) expect({ workflowId: r.workflowId, error: String(r.error) }).toEqual({ workflowId: r.workflowId, error: expect.stringMatching(/[Nn]ondeterminism/) });
});

test('must fail: a history from before 1.0 (with patch markers) does not replay on the folded baseline', async () => {
  const results = await replayErrors(await workflowBundle(), load('pre-1.0'));
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) expect(String(r.error)).toMatch(/patch marker|[Nn]ondeterminism/);
});
