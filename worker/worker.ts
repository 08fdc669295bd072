/** Builds the breachclock worker: one workflow Worker per process (research-perf §1.4). */
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import nodemailer, { type Transporter } from 'nodemailer';
import { createActivities } from '../activities';
import type { AesGcmCodec } from './codec';
import { dataConverterFor } from './codec';
import { codecFromConfig, type Config } from './config';
import { connectionOptions } from './connection';

export const WORKFLOWS_PATH = require.resolve('../workflows');

/**
 * Modules loaded once into the reused V8 context and shared by every cached workflow, instead of once
 * per workflow (sdk-typescript #2227). Only the zod library: the SDK deep-freezes preloaded modules, and
 * zod schemas cache properties on themselves lazily on first parse, so schemas preloaded (frozen) fail
 * with "Cannot define property" (the replay test caught it). The schemas stay per workflow.
 */
export const PRELOADED_MODULES = ['zod'];

export function mailTransport(config: Pick<Config, 'SMTP_URL'>): Transporter {
  return nodemailer.createTransport(config.SMTP_URL);
}

export interface WorkerParts {
  connection?: NativeConnection;
  transport?: Transporter;
  options?: Partial<WorkerOptions>;
  /** Overrides the codec from the configuration (tests). */
  codec?: AesGcmCodec;
}

/** How the workflow bundle is built: the same for a worker that bundles at start and for a prebuilt one. */
export const BUNDLE_OPTIONS = {
  workflowsPath: WORKFLOWS_PATH,
  preloadModules: PRELOADED_MODULES,
  failureConverterPath: require.resolve('./failure-converter'),
};

export async function createBreachclockWorker(config: Config, parts: WorkerParts = {}): Promise<Worker> {
  const codec = parts.codec ?? codecFromConfig(config);
  const connection = parts.connection ?? (await NativeConnection.connect(connectionOptions(config)));
  return Worker.create({
    dataConverter: dataConverterFor(codec),
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    // A prebuilt bundle (npm run build:bundle) spares the worker webpack and its memory; otherwise bundle now.
    ...(config.BREACHCLOCK_WORKFLOW_BUNDLE ? { workflowBundle: { codePath: config.BREACHCLOCK_WORKFLOW_BUNDLE } } : { workflowsPath: WORKFLOWS_PATH }),
    activities: createActivities({ transport: parts.transport ?? mailTransport(config), from: config.MAIL_FROM }),
    maxCachedWorkflows: config.BREACHCLOCK_MAX_CACHED_WORKFLOWS,
    bundlerOptions: { preloadModules: PRELOADED_MODULES },
    ...parts.options,
  });
}
