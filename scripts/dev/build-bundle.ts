/**
 * `npm run build:bundle [-- file]`: writes the workflow bundle once (default dist/workflow-bundle.js), so
 * production workers load it with BREACHCLOCK_WORKFLOW_BUNDLE instead of running webpack at start.
 */
import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_OPTIONS } from '../../worker/worker';

export async function buildBundle(file: string): Promise<{ file: string; bytes: number }> {
  const { code } = await bundleWorkflowCode(BUNDLE_OPTIONS);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  return { file, bytes: code.length };
}

if (require.main === module) {
  const file = path.resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  buildBundle(file).then(
    (r) => console.log(`workflow bundle: ${r.file} (${(r.bytes / 2 ** 20).toFixed(2)} MiB); run workers with BREACHCLOCK_WORKFLOW_BUNDLE=${r.file}`),
    (err) => {
      console.error(`build:bundle failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
