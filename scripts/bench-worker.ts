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
  // The bench asks for the live heap after a full collection (RSS alone counts garbage not yet collected).
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const mib = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;
    const report = { heapUsedMiB: mib(m.heapUsed), heapTotalMiB: mib(m.heapTotal), externalMiB: mib(m.external), rssMiB: mib(m.rss) };
    process.stdout.write(`HEAP ${JSON.stringify(report)}\n`);
  });
  process.stdout.write('READY\n');
  await running;
}

main().catch((err) => {
  console.error(`bench worker: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
