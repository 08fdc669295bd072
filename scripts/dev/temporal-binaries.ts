/**
 * Finds or gets the two Temporal servers breachclock runs on (docs/design.md §8):
 *  - the Temporal CLI dev server (full server, SQLite, Web UI), and
 *  - the Java time-skipping test server.
 *
 * Order for each: an explicit path (TEMPORAL_CLI / TEMPORAL_TEST_SERVER); a copy on PATH or one already
 * built into the tools dir; a build from the package registries (Go module proxy / Maven Central);
 * last, the SDK's own cached download where the machine has internet.
 *
 * `ensureTemporalBinaries()` may build or download and is called only by `npm run setup` (which
 * `npm start` and `npm test` run first). `resolveTemporalBinaries()` never builds or downloads: it is what
 * the tests and the main job use at run time.
 *
 * Run directly (`npm run temporal:binaries`) to build and print what was found.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing';

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
  devServer?: { source: 'sdk-download' };
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
  const devServer = findDevServer() ?? (manifest.devServer ? sdkDownload() : undefined);
  const testServer = findTestServer() ?? (manifest.testServer ? sdkDownload() : undefined);
  // The test server is looked for only where it is used (servers.ts): npm start never sets it up.
  if (!devServer) throw new MissingTemporalBinaryError('Missing: the Temporal CLI dev server (set TEMPORAL_CLI, or run `npm run setup`)');
  return { devServer, testServer: testServer ?? null };
}

export type Log = (line: string) => void;

/** Runs a long build, echoing its output and a heartbeat so a first build (minutes) never looks hung. */
export function runWithProgress(what: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    log(`${what}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastLines: string[] = [];
    const onData = (buf: Buffer) => {
      for (const line of buf.toString().split('\n')) {
        if (!line.trim()) continue;
        lastLines = [...lastLines.slice(-20), line];
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const beat = setInterval(() => {
      const s = Math.round((Date.now() - started) / 1000);
      const tail = lastLines.length ? ` (last: ${lastLines[lastLines.length - 1].slice(0, 100)})` : '';
      log(`${what}: still working, ${s}s${tail}`);
    }, 15_000);
    child.on('error', (err) => {
      clearInterval(beat);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(beat);
      const s = Math.round((Date.now() - started) / 1000);
      if (code === 0) {
        log(`${what}: done in ${s}s`);
        resolve();
      } else {
        reject(new Error(`${what} failed (exit ${code}) after ${s}s:\n${lastLines.join('\n')}`));
      }
    });
  });
}

async function buildCli(log: Log): Promise<ResolvedServer | undefined> {
  const go = onPath('go');
  if (!go) return undefined;
  mkdirSync(path.dirname(builtCli()), { recursive: true });
  await runWithProgress(
    'Building the Temporal CLI (first time takes several minutes)',
    go,
    ['install', TEMPORAL_CLI_MODULE],
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

/** Last resort: let the SDK download its own copy once, into the tools dir, and record that. */
async function warmSdkDownload(kind: 'dev-server' | 'time-skipping', log: Log): Promise<ResolvedServer> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const exe = sdkDownload();
  log(`No local way to build the ${kind === 'dev-server' ? 'dev server' : 'time-skipping test server'}; trying the SDK's own download into ${exe.where}`);
  const env =
    kind === 'dev-server'
      ? await TestWorkflowEnvironment.createLocal({ server: { executable: exe.executable } })
      : await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: exe.executable } });
  await env.teardown();
  const manifest = readManifest();
  if (kind === 'dev-server') manifest.devServer = { source: 'sdk-download' };
  else manifest.testServer = { source: 'sdk-download' };
  mkdirSync(toolsDir(), { recursive: true });
  writeFileSync(manifestPath(), JSON.stringify(manifest, null, 2));
  return exe;
}

/**
 * Finds, builds or downloads the servers: the dev server always, the time-skipping test server unless
 * `withTestServer` is false (`npm start` does not need it; only the tests do). Safe to call again: a found
 * copy is reused at once. When one cannot be had, the error says what was tried and what failed.
 */
export async function ensureTemporalBinaries(log: Log = (l) => console.error(`[setup] ${l}`), opts: { withTestServer?: boolean } = {}): Promise<TemporalBinaries> {
  const problems: string[] = [];
  const get = async (
    label: string,
    find: () => ResolvedServer | undefined,
    build: (log: Log) => Promise<ResolvedServer | undefined>,
    kind: 'dev-server' | 'time-skipping',
  ): Promise<ResolvedServer | undefined> => {
    const found = find();
    if (found) return found;
    const tried: string[] = [];
    const toolchain = kind === 'dev-server' ? 'Go' : 'Java 17 and Maven';
    try {
      const built = await build(log);
      if (built) return built;
      tried.push(`${toolchain} not installed, so it could not be built here`);
    } catch (err) {
      tried.push(`${toolchain} is installed but the build failed (${(err as Error).message.split('\n')[0]}); the Go module proxy or Maven Central may be unreachable`);
    }
    log(`${label}: ${tried[0]}`);
    try {
      return await warmSdkDownload(kind, log);
    } catch (err) {
      tried.push(`the SDK's download failed (${(err as Error).message.split('\n')[0]}): no internet here, or the download site is unreachable`);
      problems.push(`${label}: not found in the tools dir or on PATH; ${tried.join('; ')}.`);
      return undefined;
    }
  };
  const devServer = await get('Temporal CLI dev server', findDevServer, buildCli, 'dev-server');
  const testServer = opts.withTestServer === false ? (findTestServer() ?? null) : await get('Time-skipping test server', findTestServer, buildTestServer, 'time-skipping');
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
