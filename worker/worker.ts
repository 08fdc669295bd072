/** Builds the breachclock worker: one workflow Worker per process (research-perf §1.4). */
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import nodemailer, { type Transporter } from 'nodemailer';
import { createActivities } from '../activities';
import type { AesGcmCodec } from './codec';
import { dataConverterFor } from './codec';
import { codecFromConfig, type Config } from './config';
import { connectionOptions } from './connection';

export const WORKFLOWS_PATH = require.resolve('../workflows');

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

export async function createBreachclockWorker(config: Config, parts: WorkerParts = {}): Promise<Worker> {
  const codec = parts.codec ?? codecFromConfig(config);
  const connection = parts.connection ?? (await NativeConnection.connect(connectionOptions(config)));
  return Worker.create({
    dataConverter: dataConverterFor(codec),
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowsPath: WORKFLOWS_PATH,
    activities: createActivities({ transport: parts.transport ?? mailTransport(config), from: config.MAIL_FROM }),
    maxCachedWorkflows: config.BREACHCLOCK_MAX_CACHED_WORKFLOWS,
    ...parts.options,
  });
}
