/**
 * Determinism guard: every recorded history in test/fixtures/histories replays against the current
 * workflow code. A change that would break running incidents fails here; guard it with patched().
 */
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workflowBundle } from '../helpers/fixtures';

const dir = path.join(__dirname, '../fixtures/histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('there are recorded histories to replay', () => {
  expect(files.length).toBeGreaterThanOrEqual(3);
});

test('every recorded history replays without a determinism error', async () => {
  async function* histories() {
    for (const f of files) {
      yield { workflowId: f.replace(/\.json$/, ''), history: temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))) };
    }
  }
  const results: Array<{ workflowId: string; error?: unknown }> = [];
  for await (const r of Worker.runReplayHistories({ workflowBundle: await workflowBundle() }, histories())) {
    results.push({ workflowId: r.workflowId, error: r.error });
  }
  expect(results.map((r) => r.workflowId).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
  expect(results.filter((r) => r.error).map((r) => `${r.workflowId}: ${String(r.error)}`)).toEqual([]);
});
