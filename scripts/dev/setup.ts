/**
 * `npm run setup`: everything a fresh clone needs beyond `npm ci`, run before `npm start` and
 * `npm test`. Finds, downloads or builds the Temporal dev server and time-skipping test server
 * (scripts/dev/temporal-binaries.ts), and makes sure Chromium is there for the browser tests (Debian's
 * package, installed with apt-get when running as root) and, with --with-cluster, that the Temporal
 * server v1.29.1 and its SQL tool are built for the tests on PostgreSQL (scripts/dev/cluster.ts). Quick when
 * everything already exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { clusterUnavailable, ensureClusterBinaries } from './cluster';
import { ensureTemporalBinaries, MissingTemporalBinaryError } from './temporal-binaries';

const log = (l: string) => console.error(`[setup] ${l}`);

function ensureChromium(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    log(`Chromium not found at ${path}: the browser tests need it (apt-get install chromium, or set CHROMIUM_PATH).`);
    return;
  }
  log('Installing Chromium for the browser tests (apt-get install chromium; takes a minute or two)...');
  const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: ['ignore', 'ignore', 'inherit'] });
  log(r.status === 0 ? 'Chromium installed.' : 'Could not install Chromium; the browser tests will say so.');
}

// `npm start` (and the benchmarks) run the dev server only; the time-skipping test server is for the tests.
const withTestServer = !process.argv.includes('--without-test-server');
ensureTemporalBinaries(log, { withTestServer })
  .then((b) => {
    log(`Temporal dev server: ${b.devServer.where} (${b.devServer.source})`);
    if (b.testServer) log(`time-skipping test server: ${b.testServer.where} (${b.testServer.source})`);
    if (process.argv.includes('--with-browser')) ensureChromium();
    if (process.argv.includes('--with-cluster')) {
      // The production shape for the cluster tests: a Temporal server on PostgreSQL. Without Go or
      // PostgreSQL those tests are skipped and say why; nothing else depends on it.
      return ensureClusterBinaries(log).then(
        () => log(clusterUnavailable() ?? 'Temporal server on PostgreSQL: ready for the cluster tests'),
        (err) => log(`Temporal server on PostgreSQL not available (${(err as Error).message.split('\n')[0]}); the cluster tests will be skipped`),
      );
    }
  })
  .catch((err) => {
    log(err instanceof MissingTemporalBinaryError ? err.message : String((err as Error).stack));
    log('Or point at copies you have: TEMPORAL_CLI (the temporal binary) and TEMPORAL_TEST_SERVER.');
    process.exit(1);
  });
