/**
 * `npm run worker`: runs only the worker, against TEMPORAL_ADDRESS (a real cluster or `npm start`'s dev
 * server). Ctrl-C or SIGTERM drains and stops it. Logs are JSON lines on stdout; metrics, health and
 * readiness are served on BREACHCLOCK_WORKER_METRICS_ADDRESS (docs/operations.md).
 */
import { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { dataConverterFor } from '../platform/codec';
import { codecFromConfig, ConfigError, loadConfig, withDefaultKeyFile } from '../platform/config';
import { connectionOptions } from '../platform/connection';
import { jsonLogger, scrubbed } from '../platform/log';
import { createWorkerMetrics } from '../platform/metrics';
import { addressOrOff, installRuntime, startWorkerOps } from './ops';
import { createBreachclockWorker } from './worker';

const log = jsonLogger('breachclock-worker');

/** The Runtime with the SDK's exporter, or without it when its address cannot be bound; the exporter's address or undefined. */
function installRuntimeOrWithoutMetrics(address: string | undefined): string | undefined {
  try {
    installRuntime(log, address);
    return address;
  } catch (err) {
    if (!address) throw err;
    log.error({ address, error: scrubbed((err as Error).message) }, 'SDK metrics not exported');
    installRuntime(log, undefined);
    return undefined;
  }
}

async function main(): Promise<void> {
  const config = withDefaultKeyFile(loadConfig());
  log.level = config.BREACHCLOCK_LOG_LEVEL;
  const opsAddress = addressOrOff(config.BREACHCLOCK_WORKER_METRICS_ADDRESS);
  const sdkMetricsAddress = opsAddress && addressOrOff(config.BREACHCLOCK_SDK_METRICS_ADDRESS);
  const sdkMetrics = installRuntimeOrWithoutMetrics(sdkMetricsAddress);
  log.info({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE }, 'worker starting');
  const codec = codecFromConfig(config);
  if (codec) log.info({ keyId: codec.currentKeyId }, 'payloads encrypted (AES-256-GCM)');
  else log.warn('no codec key (BREACHCLOCK_CODEC_KEYS or BREACHCLOCK_CODEC_KEY_FILE): payloads are stored in plaintext');
  const connection = await NativeConnection.connect(connectionOptions(config));
  const metrics = createWorkerMetrics();
  const worker = await createBreachclockWorker(config, { codec, connection, metrics: metrics.activities });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(codec) });
  // A port in use costs the metrics, never the worker: its deadlines matter more (the scrape's failure alerts).
  const ops = opsAddress
    ? await startWorkerOps({ worker, connection, client, metrics, address: opsAddress, sdkMetricsAddress: sdkMetrics, token: config.BREACHCLOCK_METRICS_TOKEN })
      .catch((err: Error) => void log.error({ address: opsAddress, error: scrubbed(err.message) }, 'metrics and health not served'))
    : undefined;
  if (ops) log.info({ url: ops.url, sdkMetrics: sdkMetrics ?? 'off' }, 'metrics, /healthz and /readyz served');
  try {
    await worker.run(); // the SDK shuts down gracefully on SIGINT/SIGTERM
  } finally {
    await ops?.stop();
    await connection.close();
  }
  log.info('worker stopped');
}

main().catch((err) => {
  log.error({ error: scrubbed((err as Error).message) }, err instanceof ConfigError ? 'invalid configuration' : 'worker failed');
  process.exit(err instanceof ConfigError ? 2 : 1);
});
