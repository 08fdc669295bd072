/**
 * Finds or gets the two Temporal servers breachclock runs on (docs/design.md §8):
 *  - the Temporal CLI dev server (full server, SQLite, Web UI), and
 *  - the Java time-skipping test server.
 *
 * Order for each: an explicit path (TEMPORAL_CLI / TEMPORAL_TEST_SERVER); a copy on PATH or one already
 * built or downloaded into the tools dir; then
 *  - the dev server: the SDK's own download where its site answers (seconds; the site is probed first, so a
 *    machine without internet loses no time), else a build with Go from the module proxy (minutes, once),
 *    its progress shown as it goes (each module fetched and package built);
 *  - the test server: Maven Central (quick: jars, no compile), else the SDK's own download.
 * BREACHCLOCK_SDK_DOWNLOAD=0 skips the SDK's download (to build with the toolchains only).
 *
 * `ensureTemporalBinaries()` may build or download and is called only by `npm run setup` (which
 * `npm start` and `npm test` run first). `resolveTemporalBinaries()` never builds or downloads: it is what
 * the tests and the main job use at run time.
 *
 * Run directly (`npm run temporal:binaries`) to build and print what was found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing';
import { goInstall, runWithProgress, type Log } from './build-progress';

export type { Log } from './build-progress';

/** The CLI tag to build: later tags carry a `replace` directive and cannot be go-installed (docs/design.md §8). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
/** The pom that pins io.temporal:temporal-test-server. */
export const TEST_SERVER_POM = path.join(__dirname, 'test-server', 'pom.xml');
export const TEST_SERVER_MAIN_CLASS = 'io.temporal.testserver.TestServer';

export type BinarySource = 'env' | 'path' | 'tools-dir' | 'built' | 'sdk-download';

export interface ResolvedServer {
  /** What the SDK's ephemeral-server API is handed. */
  executable: EphemeralServerExecutable;
  source: BinarySource;
  /** Human-readable: the path, or the download dir. */
  where: string;
}

export interface TemporalBinaries {
  devServer: ResolvedServer;
  /** null when it was not asked for (npm start) and is not here. */
  testServer: ResolvedServer | null;
}

export class MissingTemporalBinaryError extends Error {}

/** Where built tools live: outside the repo so every clone on this machine shares them. Never committed. */
export function toolsDir(): string {
  const explicit = process.env.BREACHCLOCK_TOOLS_DIR;
  if (explicit) return path.resolve(explicit);
  const cache = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(cache, 'breachclock', 'tools');
}

const manifestPath = () => path.join(toolsDir(), 'binaries.json');
const builtCli = () => path.join(toolsDir(), 'bin', 'temporal');
const builtTestServer = () => path.join(toolsDir(), 'temporal-test-server', 'temporal-test-server');
const sdkDownloadDir = () => path.join(toolsDir(), 'sdk-download');

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A `temporal` on PATH is only the dev server if it bundles a server (the plain CLI builds do). */
function isTemporalCli(p: string): boolean {
  const r = spawnSync(p, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return r.status === 0 && /Server\s+\d/.test(r.stdout);
}

function explicitPath(envName: string): string | undefined {
  const p = process.env[envName];
  if (!p) return undefined;
  if (!existsSync(p)) {
    throw new MissingTemporalBinaryError(`${envName} is set to ${p}, but no file is there`);
  }
  return path.resolve(p);
}

function existing(p: string, source: BinarySource): ResolvedServer {
  return { executable: { type: 'existing-path', path: p }, source, where: p };
}

function findDevServer(): ResolvedServer | undefined {
  const env = explicitPath('TEMPORAL_CLI');
  if (env) return existing(env, 'env');
  const built = builtCli();
  if (existsSync(built)) return existing(built, 'tools-dir');
  const gobin = path.join(process.env.GOPATH || path.join(homedir(), 'go'), 'bin', 'temporal');
  for (const p of [onPath('temporal'), gobin]) {
    if (p && existsSync(p) && isTemporalCli(p)) return existing(p, 'path');
  }
  return undefined;
}

function findTestServer(): ResolvedServer | undefined {
  const env = explicitPath('TEMPORAL_TEST_SERVER');
  if (env) return existing(env, 'env');
  const built = builtTestServer();
  if (existsSync(built) && existsSync(path.join(path.dirname(built), 'lib'))) return existing(built, 'tools-dir');
  const p = onPath('temporal-test-server');
  if (p) return existing(p, 'path');
  return undefined;
}

interface Manifest {
  /** path: the downloaded executable, when it was found in the download dir (the SDK does not say where). */
  devServer?: { source: 'sdk-download'; path?: string };
  testServer?: { source: 'sdk-download' };
}

function readManifest(): Manifest {
  try {
    return JSON.parse(readFileSync(manifestPath(), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

function sdkDownload(): ResolvedServer {
  // A long TTL: setup downloaded it once; run time must reuse that copy, never fetch again.
  return {
    executable: { type: 'cached-download', downloadDir: sdkDownloadDir(), ttl: '3650 days' },
    source: 'sdk-download',
    where: sdkDownloadDir(),
  };
}

/** Run-time lookup: never builds, never downloads (beyond a copy setup already cached). */
export function resolveTemporalBinaries(): TemporalBinaries {
  const manifest = readManifest();
  const downloadedCli = manifest.devServer?.path;
  const devServer =
    findDevServer() ??
    (downloadedCli && existsSync(downloadedCli) ? existing(downloadedCli, 'sdk-download') : manifest.devServer ? sdkDownload() : undefined);
  const testServer = findTestServer() ?? (manifest.testServer ? sdkDownload() : undefined);
  // The test server is looked for only where it is used (servers.ts): npm start never sets it up.
  if (!devServer) throw new MissingTemporalBinaryError('Missing: the Temporal CLI dev server (set TEMPORAL_CLI, or run `npm run setup`)');
  return { devServer, testServer: testServer ?? null };
}

async function buildCli(log: Log): Promise<ResolvedServer | undefined> {
  const go = onPath('go');
  if (!go) return undefined;
  mkdirSync(path.dirname(builtCli()), { recursive: true });
  await goInstall(
    'Building the Temporal CLI with Go (first time takes several minutes)',
    go,
    [TEMPORAL_CLI_MODULE],
    { ...process.env, GOBIN: path.dirname(builtCli()), GOFLAGS: '-buildvcs=false' },
    log,
  );
  return existing(builtCli(), 'built');
}

async function buildTestServer(log: Log): Promise<ResolvedServer | undefined> {
  const mvn = onPath('mvn');
  const java = onPath('java');
  if (!mvn || !java) return undefined;
  const dir = path.dirname(builtTestServer());
  const lib = path.join(dir, 'lib');
  mkdirSync(dir, { recursive: true });
  await runWithProgress(
    'Fetching the Temporal time-skipping test server from Maven Central',
    mvn,
    ['-B', '-q', '-f', TEST_SERVER_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'],
    process.env,
    log,
  );
  if (!readdirSync(lib).some((f) => f.startsWith('temporal-test-server'))) {
    throw new Error(`Maven finished but ${lib} has no temporal-test-server jar`);
  }
  // The SDK runs `<path> <port> --enable-time-skipping`; the launcher passes those to TestServer's main.
  writeFileSync(
    builtTestServer(),
    `#!/bin/sh\n# Written by breachclock's scripts/dev/temporal-binaries.ts\nDIR="$(cd "$(dirname "$0")" && pwd)"\nexec java -cp "$DIR/lib/*" ${TEST_SERVER_MAIN_CLASS} "$@"\n`,
  );
  chmodSync(builtTestServer(), 0o755);
  return existing(builtTestServer(), 'built');
}

/** Where the SDK looks up its downloads (sdk-core's ephemeral server). */
export const SDK_DOWNLOAD_SITE = 'https://temporal.download/';
/** The SDK's download takes seconds where the site answers; past this, building is the better bet. */
const SDK_DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/**
 * Whether to try the SDK's download: null when its site answered (any HTTP status) within a few seconds,
 * or a proxy is configured (Node's fetch does not use it, the SDK's download does); else why not.
 */
export async function sdkDownloadUnavailable(timeoutMs = 5000): Promise<string | null> {
  if (process.env.BREACHCLOCK_SDK_DOWNLOAD === '0') return 'BREACHCLOCK_SDK_DOWNLOAD=0';
  if (['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy'].some((v) => process.env[v])) return null;
  try {
    await fetch(SDK_DOWNLOAD_SITE, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return null;
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return `${SDK_DOWNLOAD_SITE} did not answer: ${cause?.code ?? cause?.message ?? (err as Error).message}`;
  }
}

/** The dev server executable the SDK put in its download dir, if one there answers like the CLI. */
function downloadedCli(): string | undefined {
  const dir = sdkDownloadDir();
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .map((f) => path.join(dir, f))
    .filter((f) => /cli/i.test(path.basename(f)) && !f.endsWith('.downloading') && statSync(f).isFile() && (statSync(f).mode & 0o111) !== 0)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .find(isTemporalCli);
}

/** Lets the SDK download its own copy once, into the tools dir (it starts it once to do so), and records that. */
async function warmSdkDownload(kind: 'dev-server' | 'time-skipping', log: Log): Promise<ResolvedServer> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const exe = sdkDownload();
  const what = kind === 'dev-server' ? 'the Temporal CLI dev server' : 'the time-skipping test server';
  log(`Fetching ${what} with the Temporal SDK's own download into ${exe.where}`);
  const started = Date.now();
  const beat = setInterval(() => log(`Fetching ${what}: still downloading, ${Math.round((Date.now() - started) / 1000)}s`), 15_000);
  const pending =
    kind === 'dev-server'
      ? TestWorkflowEnvironment.createLocal({ server: { executable: exe.executable } })
      : TestWorkflowEnvironment.createTimeSkipping({ server: { executable: exe.executable } });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no copy after ${SDK_DOWNLOAD_TIMEOUT_MS / 60_000} minutes`)), SDK_DOWNLOAD_TIMEOUT_MS);
  });
  try {
    const env = await Promise.race([pending, timeout]);
    await env.teardown();
  } catch (err) {
    // Given up on: should the download finish after all, it starts a server; stop that one too.
    pending.then((env) => env.teardown(), () => undefined);
    throw err;
  } finally {
    clearInterval(beat);
    clearTimeout(timer);
  }
  log(`Fetched ${what} in ${Math.round((Date.now() - started) / 1000)}s`);
  const manifest = readManifest();
  let found: ResolvedServer = exe;
  if (kind === 'dev-server') {
    // Run time (and the cluster harness, which runs `temporal operator`) wants the executable itself.
    const cli = downloadedCli();
    manifest.devServer = { source: 'sdk-download', ...(cli ? { path: cli } : {}) };
    if (cli) found = existing(cli, 'sdk-download');
  } else manifest.testServer = { source: 'sdk-download' };
  mkdirSync(toolsDir(), { recursive: true });
  writeFileSync(manifestPath(), JSON.stringify(manifest, null, 2));
  return found;
}

type Attempt = (log: Log) => Promise<ResolvedServer | string>;
const firstLine = (err: unknown) => (err as Error).message.split('\n')[0];

async function viaSdkDownload(kind: 'dev-server' | 'time-skipping', log: Log): Promise<ResolvedServer | string> {
  const unavailable = await sdkDownloadUnavailable();
  if (unavailable) return `the SDK's download was not tried (${unavailable})`;
  try {
    return await warmSdkDownload(kind, log);
  } catch (err) {
    return `the SDK's download failed (${firstLine(err)}): no internet here, or the download site is unreachable`;
  }
}

async function viaGo(log: Log): Promise<ResolvedServer | string> {
  try {
    return (await buildCli(log)) ?? 'Go is not installed, so it could not be built here';
  } catch (err) {
    return `Go is installed but the build failed (${firstLine(err)}); the Go module proxy may be unreachable`;
  }
}

async function viaMaven(log: Log): Promise<ResolvedServer | string> {
  try {
    return (await buildTestServer(log)) ?? 'Java 17 and Maven are not installed, so it could not be fetched from Maven Central';
  } catch (err) {
    return `Java 17 and Maven are installed but the fetch failed (${firstLine(err)}); Maven Central may be unreachable`;
  }
}

/**
 * Finds, downloads or builds the servers: the dev server always, the time-skipping test server unless
 * `withTestServer` is false (`npm start` does not need it; only the tests do). Safe to call again: a found
 * copy is reused at once. When one cannot be had, the error says what was tried and what failed.
 */
export async function ensureTemporalBinaries(log: Log = (l) => console.error(`[setup] ${l}`), opts: { withTestServer?: boolean } = {}): Promise<TemporalBinaries> {
  const problems: string[] = [];
  const get = async (label: string, find: () => ResolvedServer | undefined, attempts: Attempt[]): Promise<ResolvedServer | undefined> => {
    const found = find();
    if (found) return found;
    const tried: string[] = [];
    for (const attempt of attempts) {
      const r = await attempt(log);
      if (typeof r !== 'string') return r;
      tried.push(r);
      log(`${label}: ${r}`);
    }
    problems.push(`${label}: not found in the tools dir or on PATH; ${tried.join('; ')}.`);
    return undefined;
  };
  const devServer = await get('Temporal CLI dev server', findDevServer, [(l) => viaSdkDownload('dev-server', l), viaGo]);
  const testServer =
    opts.withTestServer === false
      ? (findTestServer() ?? null)
      : await get('Time-skipping test server', findTestServer, [viaMaven, (l) => viaSdkDownload('time-skipping', l)]);
  if (!devServer || testServer === undefined) throw new MissingTemporalBinaryError(problems.join('\n'));
  return { devServer, testServer };
}

if (require.main === module) {
  ensureTemporalBinaries()
    .then((b) => {
      console.log(`dev server:  ${b.devServer.where} (${b.devServer.source})`);
      console.log(`test server: ${b.testServer ? `${b.testServer.where} (${b.testServer.source})` : 'not needed'}`);
    })
    .catch((err) => {
      console.error(err instanceof MissingTemporalBinaryError ? err.message : err);
      process.exit(1);
    });
}
