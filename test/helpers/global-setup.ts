/**
 * jest's globalSetup: builds the release (dist/, `npm run build -- --if-stale`) before any test file runs, once,
 * so the tests that spawn the CLI or the worker run the compiled code users run. Quick when dist is up to date.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function buildRelease(): void {
  const root = path.join(__dirname, '../..');
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'scripts/dev/build.ts'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building dist/ failed (${r.status ?? r.signal}): the tests run the compiled CLI and worker`);
}
