/**
 * `npm run build:bundle [-- file]`: writes the workflow bundle once (default dist/workflow-bundle.js, which
 * `npm run build` makes and the compiled worker loads), so production workers do not run webpack at start.
 * Another path goes with BREACHCLOCK_WORKFLOW_BUNDLE. The bench builds its own entry (scripts/tools/bench/workflows.ts).
 */
import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_OPTIONS } from '../../worker/worker';

const quiet = () => {};
/** webpack's module list is noise in a build log; its errors still throw. */
const quietLogger = { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) };

export async function buildBundle(file: string, workflowsPath: string = BUNDLE_OPTIONS.workflowsPath): Promise<{ file: string; bytes: number }> {
  const { code } = await bundleWorkflowCode({ ...BUNDLE_OPTIONS, workflowsPath, logger: quietLogger });
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
