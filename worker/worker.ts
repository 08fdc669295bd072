/** Builds the breachclock worker: one workflow Worker per process (docs/design.md §9). */
import { Client } from '@temporalio/client';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import nodemailer, { type Transporter } from 'nodemailer';
import path from 'node:path';
import v8 from 'node:v8';
import { createActivities } from '../activities';
import { createWatchdogActivities } from '../activities/watchdog';
import type { AesGcmCodec } from '../platform/codec';
import type { ActivityMetrics } from '../platform/metrics';
import { dataConverterFor, workerDataConverter } from '../platform/codec';
import { FOLLOWS_CURRENT_VERSION_MEMO, WATCHDOG_WORKFLOW, WATCHDOG_WORKFLOW_ID } from '../workflows/watchdog';
import { codecFromConfig, consoleUrl, recordsDir, type Config } from '../platform/config';
import { RecordStore } from '../platform/record-store';
import { connectionOptions } from '../platform/connection';
import { deploymentOptions } from './build-id';

export const WORKFLOWS_PATH = require.resolve('../workflows');

/**
 * Modules loaded once into the reused V8 context and shared by every cached workflow, instead of once
 * per workflow (sdk-typescript #2227; issue 7): the zod library, the module that loads breachclock's
 * schemas once per worker on first use (workflows/message-validation.ts says why they are not preloaded
 * themselves: the SDK deep-freezes preloaded exports, and zod schemas cannot be frozen), and the zone
 * offset tables the emails' words read: built from Intl once per worker, not once per incident (a fresh
 * table per workflow was ~4 % of the workflow thread's time in the bench); the same for every workflow.
 */
export const PRELOADED_MODULES = ['zod', require.resolve('../workflows/message-validation'), require.resolve('../domain/incident/zone-offsets')];

export function mailTransport(config: Pick<Config, 'SMTP_URL'>): Transporter {
  return nodemailer.createTransport(config.SMTP_URL);
}

export interface WorkerParts {
  connection?: NativeConnection;
  transport?: Transporter;
  options?: Partial<WorkerOptions>;
  /** Overrides the codec from the configuration (tests). */
  codec?: AesGcmCodec;
  /** Take plaintext input although a codec is configured (incidents begun before encryption). */
  acceptPlaintext?: boolean;
  /** Counters the activities keep (worker/ops.ts serves them). */
  metrics?: ActivityMetrics;
}

/** How the workflow bundle is built: the same for a worker that bundles at start and for a prebuilt one. */
export const BUNDLE_OPTIONS = {
  workflowsPath: WORKFLOWS_PATH,
  preloadModules: PRELOADED_MODULES,
  failureConverterPath: require.resolve('../platform/failure-converter'),
};

/** The prebuilt bundle `npm run build` puts beside the compiled worker (dist/workflow-bundle.js). */
export const RELEASE_BUNDLE = path.join(__dirname, '../workflow-bundle.js');

/**
 * The workflow code a worker runs. A release (compiled, from dist/) runs the bundle prebuilt with it, or the one
 * BREACHCLOCK_WORKFLOW_BUNDLE names, and spares itself webpack and its memory; a worker run from the TypeScript
 * sources (development, tests) bundles now, with the same preloaded modules (the prebuilt one has them built in).
 */
export function workflowCode(config: Pick<Config, 'BREACHCLOCK_WORKFLOW_BUNDLE'>, compiled = __filename.endsWith('.js')): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const codePath = config.BREACHCLOCK_WORKFLOW_BUNDLE ?? (compiled ? RELEASE_BUNDLE : undefined);
  if (codePath) return { workflowBundle: { codePath } };
  return { workflowsPath: WORKFLOWS_PATH, bundlerOptions: { preloadModules: PRELOADED_MODULES } };
}

/** The workflow thread's old-space cap in MiB: the configured one, or 64 + 1 per cached workflow. */
export function workflowHeapMb(config: Pick<Config, 'BREACHCLOCK_MAX_CACHED_WORKFLOWS' | 'BREACHCLOCK_WORKFLOW_HEAP_MB'>): number {
  return config.BREACHCLOCK_WORKFLOW_HEAP_MB ?? 64 + config.BREACHCLOCK_MAX_CACHED_WORKFLOWS;
}

/**
 * Sizes the V8 heap of the SDK's workflow thread, which Worker.create starts after this (issue 7). V8 reads
 * these flags when an isolate is made, so they shape that thread and no isolate already running. Without
 * them the thread's heap grew to ~600 MiB between major collections with ~140 MiB live; a cached incident
 * is well under 1 MiB live (docs/performance.md), so 1 MiB each plus 64 MiB for the shared bundle leaves
 * headroom. Small young-generation semispaces keep the nursery from holding tens of MiB of garbage.
 */
export function sizeWorkflowThreadHeap(heapMb: number): void {
  v8.setFlagsFromString(`--max-old-space-size=${heapMb}`);
  v8.setFlagsFromString('--max-semi-space-size=2');
}

/**
 * Starts the namespace's watchdog (workflows/watchdog.ts) unless it runs already: every worker asks, one runs.
 * A versioned worker's watchdog follows the current version.
 */
export async function ensureWatchdog(client: Client, taskQueue: string, versioned = false): Promise<void> {
  const memo = versioned ? FOLLOWS_CURRENT_VERSION_MEMO : undefined;
  await client.workflow.start(WATCHDOG_WORKFLOW, { workflowId: WATCHDOG_WORKFLOW_ID, taskQueue, args: [{}], memo, workflowIdConflictPolicy: 'USE_EXISTING' });
}

export async function createBreachclockWorker(config: Config, parts: WorkerParts = {}): Promise<Worker> {
  sizeWorkflowThreadHeap(workflowHeapMb(config));
  const codec = parts.codec ?? codecFromConfig(config);
  const connection = parts.connection ?? (await NativeConnection.connect(connectionOptions(config)));
  const transport = parts.transport ?? mailTransport(config);
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(codec) });
  await ensureWatchdog(client, config.TEMPORAL_TASK_QUEUE, config.BREACHCLOCK_WORKER_VERSIONING === '1');
  const watchdog = createWatchdogActivities({ client, transport, from: config.MAIL_FROM, alertTo: config.BREACHCLOCK_ALERT_EMAIL, consoleUrl: consoleUrl(config) });
  return Worker.create({
    dataConverter: workerDataConverter(codec, { refusePlaintext: !parts.acceptPlaintext && config.BREACHCLOCK_ACCEPT_PLAINTEXT !== '1' }),
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    ...workflowCode(config),
    activities: { ...createActivities({ transport, from: config.MAIL_FROM, records: new RecordStore(recordsDir(config), codec), consoleUrl: consoleUrl(config), metrics: parts.metrics }), ...watchdog },
    maxCachedWorkflows: config.BREACHCLOCK_MAX_CACHED_WORKFLOWS,
    // A version of the worker deployment, or unversioned (worker/build-id.ts; docs/operations.md).
    ...deploymentOptions(config),
    ...parts.options,
  });
}
