/**
 * The worker process of `npm run bench` and `npm run drill`: the production worker (incident and baseline
 * workflows, real SMTP), configured from the environment. Prints READY once it polls, so the parent can
 * measure it and kill it.
 */
import { loadConfig } from '../worker/config';
import { createBreachclockWorker } from '../worker/worker';

async function main() {
  const config = loadConfig();
  const worker = await createBreachclockWorker(config);
  const running = worker.run();
  process.stdout.write('READY\n');
  await running;
}

main().catch((err) => {
  console.error(`bench worker: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
