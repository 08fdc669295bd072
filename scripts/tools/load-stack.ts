/**
 * What the bench and the drill both stand up: a Temporal server (a fresh dev server on a SQLite file, the
 * production shape on PostgreSQL, or one given by address), the loopback mail sink, a prebuilt workflow
 * bundle, encryption keys, a task queue of its own (its name: `bench`, `drill`; never a production one), a
 * worker in its own process and an encrypting client. Everything is undone at exit. Incidents are the
 * shipped example (examples/incident-mo-nh.json) under a new ID, determined now.
 */
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Incident } from '../../domain/incident/incident';
import { AesGcmCodec, codecKeysFromEnv, dataConverterFor } from '../../platform/codec';
import { buildBundle } from '../dev/build-bundle';
import { freePort, startCluster, TEMPORAL_SERVER_VERSION } from '../dev/cluster';
import { startMailSink, type MailSink } from '../dev/mail-sink';
import { startDevServer } from '../dev/servers';
import { Arrivals, atExit, spawnWorker, type WorkerProcess } from './load-kit';

const EXAMPLE = path.join(__dirname, '../../examples/incident-mo-nh.json');

/** The shipped example incident under `id`, determined now (so its clocks run from today), with changes. */
export function exampleIncident(id: string, changes: Partial<Incident> = {}): Incident {
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Incident;
  const { awareAt: _awareAt, ...rest } = example;
  return { ...rest, incidentId: id, determinedAt: new Date().toISOString(), ...changes };
}

export interface LoadStack {
  dir: string;
  address: string;
  namespace: string;
  topology: string;
  taskQueue: string;
  sink: MailSink;
  arrivals: Arrivals;
  bundle: { file: string; bytes: number };
  client: Client;
  /** The worker's environment, to start another after one is killed. */
  workerEnv: NodeJS.ProcessEnv;
  worker: WorkerProcess;
  /** The dev server when this stack runs one (the drill stops and restarts it). */
  devServer?: { env: TestWorkflowEnvironment; dbFilename: string; port: number };
}

export interface LoadStackOptions {
  name: string;
  /** An existing server instead of a fresh one. */
  address?: string;
  namespace?: string;
  /** The production shape (Temporal server on PostgreSQL) here. */
  cluster?: boolean;
  /** The workflow bundle's entry: the production workflows unless given (the bench adds its baseline). */
  workflowsPath?: string;
  /** Worker environment beyond the connection, mail and bundle (e.g. cache size). */
  workerEnv?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

async function startServer(opts: LoadStackOptions, dir: string): Promise<Pick<LoadStack, 'address' | 'namespace' | 'topology' | 'devServer'>> {
  if (opts.address) {
    const namespace = opts.namespace ?? 'default';
    return { address: opts.address, namespace, topology: `existing server ${opts.address} (namespace ${namespace})` };
  }
  if (opts.cluster) {
    const cluster = await startCluster({ log: opts.log });
    atExit(() => cluster.stop());
    return { address: cluster.address, namespace: 'default', topology: `Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL (${cluster.address})` };
  }
  const dbFilename = path.join(dir, 'temporal.sqlite');
  const port = await freePort();
  opts.log(`dev server on ${dbFilename} (WAL, synchronous=NORMAL, port ${port})`);
  const env = await startDevServer({ dbFilename, port });
  const devServer = { env, dbFilename, port };
  atExit(() => devServer.env.teardown());
  return { address: `127.0.0.1:${port}`, namespace: 'default', topology: 'dev server (SQLite, WAL)', devServer };
}

export async function startLoadStack(opts: LoadStackOptions): Promise<LoadStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `breachclock-${opts.name}-`));
  atExit(() => rmSync(dir, { recursive: true, force: true }));
  const server = await startServer(opts, dir);
  opts.log(`on ${server.topology}`);
  const sink = await startMailSink();
  atExit(() => sink.close());
  opts.log('building the workflow bundle (workers load it prebuilt, as in production)');
  const bundle = await buildBundle(path.join(dir, 'workflow-bundle.js'), opts.workflowsPath);
  // Encrypted payloads, as breachclock runs (a bench's baseline pays the same codec cost).
  const codecKeys = `${opts.name}:${randomBytes(32).toString('base64')}`;
  const taskQueue = opts.name;
  const workerEnv = {
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_NAMESPACE: server.namespace,
    TEMPORAL_TASK_QUEUE: taskQueue,
    SMTP_URL: sink.url,
    BREACHCLOCK_WORKFLOW_BUNDLE: bundle.file,
    BREACHCLOCK_CODEC_KEYS: codecKeys,
    BREACHCLOCK_CODEC_KEY_FILE: '',
    ...opts.workerEnv,
  };
  opts.log('starting the worker process');
  const stack: LoadStack = { dir, ...server, taskQueue, sink, arrivals: new Arrivals(sink), bundle, workerEnv, worker: await spawnWorker(workerEnv), client: undefined as never };
  atExit(async () => {
    stack.worker.kill('SIGTERM');
    await Promise.race([stack.worker.exited, new Promise((r) => setTimeout(r, 10_000))]);
    stack.worker.kill('SIGKILL');
  });
  const connection = await Connection.connect({ address: server.address });
  atExit(() => connection.close());
  stack.client = new Client({ connection, namespace: server.namespace, dataConverter: dataConverterFor(new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: codecKeys }))) });
  return stack;
}
