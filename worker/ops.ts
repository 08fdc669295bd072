/**
 * What makes the worker operable (docs/operations.md, "Metrics, health and logs"): the SDK's Runtime with JSON
 * logs and its Prometheus exporter, and the worker's own operations server with breachclock's metrics, health
 * and readiness, and the incident gauges sampled from visibility.
 */
import { Client } from '@temporalio/client';
import { Runtime, type NativeConnection, type Worker } from '@temporalio/worker';
import type { Logger as Pino } from 'pino';
import { sdkLogger } from '../platform/log';
import type { WorkerMetrics } from '../platform/metrics';
import { startOpsServer } from '../platform/ops-server';
import { sampleIncidentGaugesEvery } from './incident-gauges';

/** An address from the configuration, or undefined where it says 0 (off). */
export const addressOrOff = (address: string): string | undefined => (address === '0' ? undefined : address);

/**
 * Installs the SDK's Runtime before any connection is made (it is one per process): its logs, the native core's
 * included, go to the JSON logger; its metrics to a Prometheus exporter when an address is given.
 */
export function installRuntime(log: Pino, sdkMetricsAddress: string | undefined): Runtime {
  return Runtime.install({
    logger: sdkLogger(log),
    telemetryOptions: {
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(sdkMetricsAddress ? { metrics: { prometheus: { bindAddress: sdkMetricsAddress } } } : {}),
    },
  });
}

export interface WorkerOpsOptions {
  worker: Worker;
  /** Reached for readiness and the incident gauges. */
  connection: NativeConnection;
  client: Client;
  metrics: WorkerMetrics;
  /** host:port of the operations server. */
  address: string;
  /** host:port of the SDK's exporter, merged into /metrics. */
  sdkMetricsAddress?: string;
  token?: string;
  /** How often the incident gauges are read (default one minute). */
  gaugeIntervalMs?: number;
}

/** Running and answering Temporal within two seconds. */
export async function workerReady(worker: Worker, connection: NativeConnection): Promise<boolean> {
  if (worker.getState() !== 'RUNNING') return false;
  await connection.withDeadline(Date.now() + 2000, () => connection.workflowService.getSystemInfo({}));
  return true;
}

export async function startWorkerOps(opts: WorkerOpsOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const server = await startOpsServer({
    address: opts.address,
    registry: opts.metrics.registry,
    ready: () => workerReady(opts.worker, opts.connection),
    sdkMetricsUrl: opts.sdkMetricsAddress ? `http://${opts.sdkMetricsAddress}/metrics` : undefined,
    token: opts.token,
  });
  const sampler = sampleIncidentGaugesEvery(opts.client, opts.metrics.gauges, opts.gaugeIntervalMs ?? 60_000);
  return {
    url: server.url,
    async stop() {
      await sampler.stop();
      await server.close();
    },
  };
}

