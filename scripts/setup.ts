/**
 * `npm run setup`: everything a fresh clone needs beyond `npm ci`, run before `npm start` and `npm test`.
 * Finds or builds the Temporal dev server and time-skipping test server (scripts/temporal-binaries.ts).
 * Quick when they already exist.
 */
import { ensureTemporalBinaries, MissingTemporalBinaryError } from './temporal-binaries';

ensureTemporalBinaries()
  .then((b) => {
    console.error(`[setup] Temporal dev server: ${b.devServer.where} (${b.devServer.source})`);
    console.error(`[setup] time-skipping test server: ${b.testServer.where} (${b.testServer.source})`);
  })
  .catch((err) => {
    console.error(`[setup] ${err instanceof MissingTemporalBinaryError ? err.message : (err as Error).stack}`);
    console.error('[setup] Install Go (for the dev server) and Java 17 with Maven (for the test server), or set TEMPORAL_CLI and TEMPORAL_TEST_SERVER.');
    process.exit(1);
  });
