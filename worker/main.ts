/**
 * `npm run worker`: runs only the worker, against TEMPORAL_ADDRESS (a real cluster or `npm start`'s dev
 * server). Ctrl-C or SIGTERM drains and stops it.
 */
import { codecFromConfig, ConfigError, loadConfig, withDefaultKeyFile } from '../platform/config';
import { createBreachclockWorker } from './worker';

async function main(): Promise<void> {
  const config = withDefaultKeyFile(loadConfig());
  console.log(`breachclock worker: ${config.TEMPORAL_ADDRESS} namespace ${config.TEMPORAL_NAMESPACE} queue ${config.TEMPORAL_TASK_QUEUE}`);
  const codec = codecFromConfig(config);
  if (codec) console.log(`breachclock worker: payloads encrypted (AES-256-GCM, key ${codec.currentKeyId})`);
  else console.warn('breachclock worker: WARNING no codec key (BREACHCLOCK_CODEC_KEYS or BREACHCLOCK_CODEC_KEY_FILE): payloads are stored in plaintext');
  const worker = await createBreachclockWorker(config, { codec });
  await worker.run(); // the SDK shuts down gracefully on SIGINT/SIGTERM
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `breachclock worker failed: ${(err as Error).message}`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
