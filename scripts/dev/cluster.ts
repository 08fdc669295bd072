/**
 * The production shape on this machine, without Docker: a real Temporal server (v1.29.1, the version the
 * CLI pins) on PostgreSQL (Debian's), both on free loopback ports, with the namespace created with a
 * retention fit for the records and breachclock's search attributes registered and usable.
 *
 * `npm run setup -- --with-cluster` builds the server and its SQL tool with Go next to the CLI and keeps
 * the PostgreSQL schema files beside them; `startCluster()` starts everything and `stop()` stops what it
 * started. Nothing downloads at run time.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTE_FLAGS, SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { dynamicConfig, serverConfig, type ClusterPorts, type DynamicConfigOptions } from './cluster-config';
import { stopChild } from './supervisor';
import { goInstall, type Log } from './build-progress';
import { onPath, resolveTemporalBinaries, toolsDir } from './temporal-binaries';

export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const serverBin = () => path.join(toolsDir(), 'bin', 'temporal-server');
const sqlToolBin = () => path.join(toolsDir(), 'bin', 'temporal-sql-tool');
const schemaDir = () => path.join(toolsDir(), 'temporal-schema', 'postgresql', 'v12');

/** Where Debian keeps PostgreSQL's server programs (initdb, pg_ctl), newest version first. */
function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/** What is missing for the cluster tests, or null when everything is here. */
export function clusterUnavailable(): string | null {
  if (!postgresBinDir()) return 'PostgreSQL server programs not found (apt-get install postgresql)';
  if (!existsSync(serverBin()) || !existsSync(sqlToolBin()) || !existsSync(schemaDir())) {
    return `the Temporal server ${TEMPORAL_SERVER_VERSION} is not built (npm run setup -- --with-cluster; needs Go)`;
  }
  if (process.getuid?.() === 0 && !onPath('runuser')) return 'running as root without runuser (initdb refuses root)';
  return null;
}

/** Builds the server and the SQL tool with Go, and copies the schema files out of the module cache. */
export async function ensureClusterBinaries(log: Log): Promise<void> {
  if (!clusterUnavailable()) return;
  const go = onPath('go');
  if (!go) throw new Error('Go is needed to build the Temporal server (go install go.temporal.io/server/cmd/server)');
  const gobin = mkdtempSync(path.join(os.tmpdir(), 'bc-gobin-'));
  await goInstall(
    `Building the Temporal server ${TEMPORAL_SERVER_VERSION} and its SQL tool with Go (first time takes a few minutes)`,
    go,
    [`go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`, `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`],
    { ...process.env, GOBIN: gobin, GOFLAGS: '-buildvcs=false' },
    log,
  );
  mkdirSync(path.dirname(serverBin()), { recursive: true });
  cpSync(path.join(gobin, 'server'), serverBin());
  cpSync(path.join(gobin, 'sql'), sqlToolBin());
  chmodSync(serverBin(), 0o755);
  chmodSync(sqlToolBin(), 0o755);
  rmSync(gobin, { recursive: true, force: true });
  const modcache = spawnSync(go, ['env', 'GOMODCACHE'], { encoding: 'utf8' }).stdout.trim();
  cpSync(path.join(modcache, `go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`, 'schema', 'postgresql', 'v12'), schemaDir(), { recursive: true });
  log(`Temporal server: ${serverBin()}; SQL tool: ${sqlToolBin()}; schemas: ${schemaDir()}`);
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A free port below 32768: Temporal stores membership ports as a PostgreSQL smallint. */
const tryListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
async function freeLowPort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await tryListen(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

function run(cmd: string, args: string[], opts: { asPostgres?: boolean; cwd?: string } = {}): void {
  const [c, a] = opts.asPostgres && process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(c, a, { encoding: 'utf8', cwd: opts.cwd ?? os.tmpdir() });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout || '').slice(-2000)}`);
}

export interface Cluster {
  /** host:port of the Temporal frontend. */
  address: string;
  namespace: string;
  /** Stops the Temporal server (PostgreSQL keeps running), for outage tests. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  namespace?: string;
  /** Workflow retention of the namespace: records are kept 5 years (RSA 420-P:5 IV); tests may shorten it. */
  retention?: string;
  /** Worker versioning's drainage timings (tests shorten them). */
  versioning?: DynamicConfigOptions;
  log?: Log;
}

async function waitFor(what: string, ms: number, probe: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      if (await probe()) return;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** PostgreSQL in its own data folder on a free port, with Temporal's two databases and their schemas. */
async function startPostgres(root: string, log: Log): Promise<{ pg: number; stop(mode: 'fast' | 'immediate'): void }> {
  const pgData = path.join(root, 'pg');
  const pgSock = path.join(root, 'sock');
  mkdirSync(pgData);
  mkdirSync(pgSock);
  if (process.getuid?.() === 0) run('chown', ['-R', 'postgres', pgData, pgSock]);
  const bin = postgresBinDir()!;
  const pg = await freePort();
  log(`PostgreSQL on 127.0.0.1:${pg}`);
  run(path.join(bin, 'initdb'), ['-D', pgData, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions'], { asPostgres: true });
  run(path.join(bin, 'pg_ctl'), ['-D', pgData, '-w', '-l', path.join(pgData, 'log.txt'), '-o', `-p ${pg} -k ${pgSock} -c listen_addresses=127.0.0.1`, 'start'], { asPostgres: true });
  const sql = (...args: string[]) => run(sqlToolBin(), ['--plugin', 'postgres12', '--ep', '127.0.0.1', '-p', String(pg), '-u', 'postgres', ...args]);
  for (const [db, dir] of [['temporal', 'temporal'], ['temporal_visibility', 'visibility']]) {
    sql('--db', db, 'create-database');
    sql('--db', db, 'setup-schema', '-v', '0.0');
    sql('--db', db, 'update-schema', '-d', path.join(schemaDir(), dir, 'versioned'));
  }
  return { pg, stop: (mode) => run(path.join(bin, 'pg_ctl'), ['-D', pgData, '-m', mode, 'stop'], { asPostgres: true }) };
}

/** The Temporal server process: started (and waited for until its frontend answers) and stopped at will. */
function serverProcess(root: string, address: string, log: Log) {
  let server: ChildProcess | undefined;
  const start = async () => {
    log(`Temporal server ${TEMPORAL_SERVER_VERSION} on ${address}`);
    server = spawn(serverBin(), ['--root', root, '--config', 'config', '--env', 'cluster', '--allow-no-auth', 'start'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const keep = (d: Buffer) => (stderr = (stderr + d).slice(-4000));
    server.stdout?.on('data', keep);
    server.stderr?.on('data', keep);
    await waitFor('the Temporal frontend', 60_000, async () => {
      if (server?.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
      const c = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await c.workflowService.getSystemInfo({});
        return true;
      } finally {
        await c.close();
      }
    });
  };
  const stop = async () => {
    if (server) await stopChild(server, 20_000);
  };
  return { start, stop };
}

/** The namespace with its retention and breachclock's search attributes, each made once, waited for until usable. */
async function prepareNamespace(address: string, namespace: string, retention: string): Promise<void> {
  const cli = resolveTemporalBinaries().devServer.executable as { path?: string };
  const temporal = (...args: string[]) => run(cli.path ?? 'temporal', [...args, '--address', address]);
  // "already exists" (an earlier probe got through) is as good.
  const ensure = (what: string, ...args: string[]) =>
    waitFor(what, 60_000, async () => {
      try {
        temporal(...args);
      } catch (err) {
        if (!/already/i.test((err as Error).message)) throw err;
      }
      return true;
    });
  await ensure(`namespace ${namespace}`, 'operator', 'namespace', 'create', '--namespace', namespace, '--retention', retention);
  for (const flag of SEARCH_ATTRIBUTE_FLAGS) {
    const [name, type] = flag.split('=');
    await ensure(`search attribute ${name}`, 'operator', 'search-attribute', 'create', '--namespace', namespace, '--name', name, '--type', type);
  }
  // A fresh namespace refuses its new search attributes in queries for a few seconds: wait until usable.
  await waitFor('search attributes usable in visibility queries', 60_000, async () => {
    const c = await Connection.connect({ address });
    try {
      await c.workflowService.listWorkflowExecutions({ namespace, query: SEARCH_ATTRIBUTES.map((a) => `${a.name} IS NULL`).join(' AND '), pageSize: 1 });
      return true;
    } finally {
      await c.close();
    }
  });
}

/** PostgreSQL and the Temporal server on free loopback ports; the namespace and search attributes ready to use. */
export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const missing = clusterUnavailable();
  if (missing) throw new Error(`cannot start the cluster: ${missing}`);
  const log = opts.log ?? (() => undefined);
  const namespace = opts.namespace ?? 'default';
  const root = mkdtempSync(path.join(os.tmpdir(), 'bc-cluster-'));
  chmodSync(root, 0o755);
  const postgres = await startPostgres(root, log);
  const ports: ClusterPorts = {
    pg: postgres.pg,
    frontend: await freePort(),
    history: await freePort(),
    matching: await freePort(),
    worker: await freePort(),
    http: await freePort(),
    membership: [await freeLowPort(), await freeLowPort(), await freeLowPort(), await freeLowPort()],
  };
  mkdirSync(path.join(root, 'config'));
  const dynamicConfigFile = path.join(root, 'config', 'dynamic.yaml');
  writeFileSync(dynamicConfigFile, dynamicConfig(opts.versioning));
  writeFileSync(path.join(root, 'config', 'cluster.yaml'), serverConfig(ports, dynamicConfigFile));
  const address = `127.0.0.1:${ports.frontend}`;
  const server = serverProcess(root, address, log);
  try {
    await server.start();
    await prepareNamespace(address, namespace, opts.retention ?? '43800h');
  } catch (err) {
    await server.stop();
    postgres.stop('immediate');
    throw err;
  }
  return {
    address,
    namespace,
    stopServer: server.stop,
    startServer: server.start,
    async stop() {
      await server.stop();
      try {
        postgres.stop('fast');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
