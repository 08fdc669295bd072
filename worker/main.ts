/**
 * `npm run worker`: runs only the worker, against TEMPORAL_ADDRESS (a real cluster or `npm start`'s dev
 * server). Ctrl-C or SIGTERM drains and stops it.
 */
import { ConfigError, loadConfig } from './config';
import { createBreachclockWorker } from './worker';

async function main(): Promise<void> {
  const config = loadConfig();
  console.log(`breachclock worker: ${config.TEMPORAL_ADDRESS} namespace ${config.TEMPORAL_NAMESPACE} queue ${config.TEMPORAL_TASK_QUEUE}`);
  const worker = await createBreachclockWorker(config);
  await worker.run(); // the SDK shuts down gracefully on SIGINT/SIGTERM
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `breachclock worker failed: ${(err as Error).message}`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
