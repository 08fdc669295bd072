/**
 * The worker process of `npm run bench` and `npm run drill`: the production worker as released (compiled
 * JavaScript from dist/, no tsx; real SMTP), configured from the environment, running the stack's prebuilt
 * bundle (the bench's adds the baseline workflows). Prints READY once it polls, so the parent can measure it
 * and kill it. Plain JavaScript so that nothing in this process goes through a TypeScript loader.
 */
'use strict';
const { loadConfig } = require('../../dist/platform/config');
const { createBreachclockWorker } = require('../../dist/worker/worker');

async function main() {
  const config = loadConfig();
  const worker = await createBreachclockWorker(config);
  const running = worker.run();
  // The bench asks over IPC for the heap after a full collection (RSS alone counts garbage not yet
  // collected). Not a signal: the SDK's runtime shuts the worker down on SIGUSR2 as on SIGINT/SIGTERM.
  process.on('message', (m) => {
    if (m !== 'heap') return;
    if (typeof globalThis.gc === 'function') globalThis.gc();
    const u = process.memoryUsage();
    const mib = (x) => Math.round((x / 2 ** 20) * 10) / 10;
    if (process.send) process.send({ heap: { heapUsedMiB: mib(u.heapUsed), heapTotalMiB: mib(u.heapTotal), externalMiB: mib(u.external), rssMiB: mib(u.rss) } });
  });
  process.stdout.write('READY\n');
  await running;
  // Shut down (SIGTERM): exit now, so a `--cpu-prof` of this process is written (BENCH_WORKER_NODE_FLAGS).
  process.exit(0);
}

main().catch((err) => {
  console.error(`bench worker: ${(err && err.stack) || err}`);
  process.exit(1);
});
