/**
 * `npm run bench`: breachclock side by side with bare Temporal on the same dev server, SQLite file
 * (WAL, synchronous=NORMAL), worker process and loopback SMTP sink (issue 7; docs/design.md §9).
 * A benchmark that prints figures, never a test.
 *
 *  1. Throughput: open N incidents (default 2,000) and N baseline workflows (one email, then sleep), half
 *     in each order, and count per second until each has sent its opening email (arrived at the sink).
 *  2. Latency at a fixed offered load (default 20/s, and half the knee, 30 s of each kind in both orders):
 *     start call to email arrival, p50/p99.
 *  3. Worker memory: resident and peak with every incident open and asleep (default 10,000 incidents),
 *     the live heap after a full collection, and the time to wake an evicted workflow of each kind.
 *  4. History events per workflow once asleep.
 *  5. Replay of each recorded whole incident life beside a bare workflow history of the same length.
 *
 *   npm run bench -- --incidents 2000 --rate 20 --rate-seconds 30 --asleep 10000 --cache 500
 *   npm run bench -- --quick          (200 incidents, 10/s for 10 s, 1,000 asleep: a smoke run)
 */
import { DefaultLogger, Runtime } from '@temporalio/worker';
import os from 'node:os';
import { commandLine } from '../command-line';
import { runCommand, round } from '../load-kit';
import { startLoadStack } from '../load-stack';
import { BenchKit } from './kit';
import { historyEvents, latencyAt, memory, rateOf, replays, throughput } from './parts';
import { goalsOf, report, type BenchResult } from './report';

const PARTS = ['throughput', 'latency', 'memory', 'replay'] as const;
type Part = (typeof PARTS)[number];

function options() {
  const cl = commandLine('npm run bench -- [options]', {
    incidents: { type: 'number', value: 'N', min: 2, help: 'incidents and baseline workflows for the throughput run (default 2000)' },
    concurrency: { type: 'number', value: 'N', min: 1, help: 'start calls in flight (default 50)' },
    rate: { type: 'number', value: 'R', min: 0.1, fraction: true, help: 'offered load for the latency run, starts per second (default 20)' },
    'rate-seconds': { type: 'number', value: 'S', min: 1, fraction: true, help: 'length of each latency run (default 30)' },
    asleep: { type: 'number', value: 'N', min: 1, help: 'incidents open and asleep when worker memory is read (default 10000)' },
    cache: { type: 'number', value: 'N', min: 1, help: 'worker maxCachedWorkflows (default 100, as BREACHCLOCK_MAX_CACHED_WORKFLOWS)' },
    'replay-copies': { type: 'number', value: 'N', min: 2, help: 'copies of each history replayed to time one replay (default 30)' },
    'wake-samples': { type: 'number', value: 'N', min: 1, help: 'evicted workflows of each kind woken by a status query (default 50)' },
    quick: { type: 'boolean', help: 'a smoke run: 200 incidents, 10/s for 10 s, 1000 asleep' },
    only: { type: 'string', value: 'LIST', help: `run only these parts, comma-separated: ${PARTS.join(', ')} (default all)` },
    knee: { type: 'number', value: 'R', min: 0.2, fraction: true, help: "the server's knee in workflows per second, when the throughput part is not run" },
    address: { type: 'string', value: 'H:P', help: 'run against an existing Temporal server (a cluster) instead of a fresh dev server' },
    namespace: { type: 'string', value: 'NS', help: 'with --address: its namespace (default default; search attributes registered)' },
    cluster: { type: 'boolean', help: 'start the production shape here (Temporal server on PostgreSQL, scripts/dev/cluster.ts)' },
    out: { type: 'string', value: 'FILE', help: 'where to write the JSON (default bench-results/bench-<time>.json)' },
  });
  const quick = cl.has('quick');
  const only = (cl.string('only') ?? PARTS.join(',')).split(',').map((p) => p.trim());
  if (only.some((p) => !(PARTS as readonly string[]).includes(p))) {
    console.error(`--only: must be a comma-separated list of ${PARTS.join(', ')} (got ${JSON.stringify(cl.string('only'))})`);
    process.exit(2);
  }
  return {
    incidents: cl.number('incidents', quick ? 200 : 2000),
    concurrency: cl.number('concurrency', 50),
    rate: cl.number('rate', quick ? 10 : 20),
    rateSeconds: cl.number('rate-seconds', quick ? 10 : 30),
    asleep: cl.number('asleep', quick ? 1000 : 10_000),
    cache: cl.number('cache', 100),
    wakeSamples: cl.number('wake-samples', 50),
    replayCopies: cl.number('replay-copies', 30),
    out: cl.string('out'),
    address: cl.string('address'),
    namespace: cl.string('namespace') ?? 'default',
    cluster: cl.has('cluster'),
    only: new Set(only as Part[]),
    knee: cl.has('knee') ? cl.number('knee', 0) : undefined,
  };
}

async function main() {
  const opt = options();
  // The replay part's workers would log every state change: warnings only.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const stack = await startLoadStack({
    name: 'bench',
    workflowsPath: require.resolve('./workflows'),
    address: opt.address,
    namespace: opt.namespace,
    cluster: opt.cluster,
    workerEnv: { BREACHCLOCK_MAX_CACHED_WORKFLOWS: String(opt.cache) },
    log: (l) => console.error(`bench: ${l}`),
  });
  const kit = new BenchKit(stack);
  const runs = opt.only.has('throughput') ? await throughput(kit, opt.incidents, opt.concurrency) : null;
  const [bcRate, baseRate] = [rateOf(runs, 'breachclock'), rateOf(runs, 'baseline')];
  const ratio = bcRate !== null && baseRate !== null ? bcRate / baseRate : null;
  // Half the knee: half the baseline's measured throughput, or --knee, as docs/design.md §9 states the goal.
  const knee = opt.knee ?? baseRate;
  const halfKnee = knee === null ? null : round(knee / 2, 1)!;
  const latency = opt.only.has('latency') ? await latencyAt(kit, opt.rate, opt.rateSeconds) : null;
  if (opt.only.has('latency') && halfKnee === null) console.error('latency at half the knee: skipped (run the throughput part too, or give --knee)');
  const atHalfKnee = opt.only.has('latency') && halfKnee !== null ? { ...(await latencyAt(kit, halfKnee, opt.rateSeconds)), rate: halfKnee } : null;
  const worker = opt.only.has('memory') ? await memory(kit, opt.asleep, opt.concurrency, opt.wakeSamples) : null;
  const events = await historyEvents(kit);
  const replay = opt.only.has('replay') ? await replays(kit, opt.replayCopies) : [];

  const result: Omit<BenchResult, 'goals'> = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version },
    server: opt.address || opt.cluster ? stack.topology : 'Temporal CLI dev server 1.5.1 (server 1.29.1), SQLite file, journal_mode=WAL, synchronous=NORMAL',
    payloads: 'AES-256-GCM codec on client and worker, both kinds',
    workflowBundleMiB: round(stack.bundle.bytes / 2 ** 20, 2),
    options: { ...opt, only: [...opt.only] },
    throughput: runs ? { breachclockPerSecond: round(bcRate, 2), baselinePerSecond: round(baseRate, 2), ratio: round(ratio, 2), runs } : null,
    latency,
    latencyAtHalfKnee: atHalfKnee,
    historyEventsPerWorkflowAsleep: events,
    replay,
    workerMemory: worker && {
      incidentsAsleep: kit.startedOf('breachclock').length,
      baselineWorkflowsAsleep: kit.startedOf('baseline').length,
      maxCachedWorkflows: opt.cache,
      ...worker,
    },
  };
  report({ ...result, goals: goalsOf(result) }, opt.out);
}

runCommand('bench', main);
