/**
 * The worker process of `npm run bench` and `npm run drill`: the production worker (real SMTP), configured
 * from the environment, running the stack's prebuilt bundle (the bench's adds the baseline workflows). Prints
 * READY once it polls, so the parent can measure it and kill it.
 */
import { loadConfig } from '../../platform/config';
import { createBreachclockWorker } from '../../worker/worker';

async function main() {
  const config = loadConfig();
  const worker = await createBreachclockWorker(config);
  const running = worker.run();
  // The bench asks over IPC for the heap after a full collection (RSS alone counts garbage not yet
  // collected). Not a signal: the SDK's runtime shuts the worker down on SIGUSR2 as on SIGINT/SIGTERM.
  process.on('message', (m) => {
    if (m !== 'heap') return;
    (globalThis as { gc?: () => void }).gc?.();
    const u = process.memoryUsage();
    const mib = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;
    process.send?.({ heap: { heapUsedMiB: mib(u.heapUsed), heapTotalMiB: mib(u.heapTotal), externalMiB: mib(u.external), rssMiB: mib(u.rss) } });
  });
  process.stdout.write('READY\n');
  await running;
}

main().catch((err) => {
  console.error(`bench worker: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
