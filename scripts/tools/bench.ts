/**
 * `npm run bench`: breachclock side by side with bare Temporal on the same dev server, SQLite file
 * (WAL, synchronous=NORMAL), worker process and loopback SMTP sink (issue 7; docs/design.md §9;
 * docs/design.md §9). A benchmark that prints figures, never a test.
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
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Incident } from '../../domain/incident/incident';
import { messageId } from '../../domain/incident/email';
import { baselineMessageId } from '../../workflows/baseline';
import { INCIDENT_WORKFLOW } from '../../workflows/messages';
import { randomBytes } from 'node:crypto';
import { AesGcmCodec, codecKeysFromEnv, dataConverterFor } from '../../platform/codec';
import { buildBundle } from '../dev/build-bundle';
import { Arrivals, atExit, commandLine, runCommand, percentile, Progress, round, runPool, spawnWorker, table, waitForMail, type HeapReport } from './load-kit';
import { startMailSink } from '../dev/mail-sink';
import { startDevServer } from '../dev/servers';
import { startCluster, TEMPORAL_SERVER_VERSION } from '../dev/cluster';

const HELP = `npm run bench -- [options]
  --incidents N      incidents and baseline workflows for the throughput run (default 2000)
  --concurrency N    start calls in flight (default 50)
  --rate R           offered load for the latency run, starts per second (default 20)
  --rate-seconds S   length of each latency run (default 30)
  --asleep N         incidents open and asleep when worker memory is read (default 10000)
  --cache N          worker maxCachedWorkflows (default 100, as BREACHCLOCK_MAX_CACHED_WORKFLOWS)
  --replay-copies N  copies of each history replayed to time one replay (default 30)
  --wake-samples N   evicted workflows of each kind woken by a status query after the memory part (default 50)
  --quick            a smoke run: 200 incidents, 10/s for 10 s, 1000 asleep
  --only LIST        run only these parts, comma-separated: throughput, latency, memory, replay (default all);
                     latency at half the knee needs the throughput part or --knee
  --knee R           the dev server's knee in workflows per second, when the throughput part is not run
  --address H:P      run against an existing Temporal server (a cluster) instead of a fresh dev server
  --namespace NS     with --address: its namespace (default default; search attributes registered)
  --cluster          start the production shape here (Temporal server on PostgreSQL, scripts/dev/cluster.ts)
  --out FILE         where to write the JSON (default bench-results/bench-<time>.json)`;

function options() {
  const cl = commandLine(HELP);
  const quick = cl.has('--quick');
  return {
    incidents: cl.number('--incidents', quick ? 200 : 2000, 2, true),
    concurrency: cl.number('--concurrency', 50, 1, true),
    rate: cl.number('--rate', quick ? 10 : 20, 0.1),
    rateSeconds: cl.number('--rate-seconds', quick ? 10 : 30, 1),
    asleep: cl.number('--asleep', quick ? 1000 : 10_000, 1, true),
    cache: cl.number('--cache', 100, 1, true),
    wakeSamples: cl.number('--wake-samples', 50, 1, true),
    replayCopies: cl.number('--replay-copies', 30, 2, true),
    out: cl.string('--out'),
    address: cl.string('--address'),
    namespace: cl.string('--namespace') ?? 'default',
    cluster: cl.has('--cluster'),
    only: onlyParts(cl.string('--only')),
    knee: cl.has('--knee') ? cl.number('--knee', 0, 0.2) : undefined,
  };
}

const PARTS = ['throughput', 'latency', 'memory', 'replay'] as const;
type Part = (typeof PARTS)[number];
function onlyParts(list: string | undefined): Set<Part> {
  if (list === undefined) return new Set(PARTS);
  const parts = list.split(',').map((p) => p.trim());
  const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (!parts.length || unknown.length) {
    console.error(`--only: must be a comma-separated list of ${PARTS.join(', ')} (got ${JSON.stringify(list)})`);
    process.exit(2);
  }
  return new Set(parts as Part[]);
}

type Kind = 'breachclock' | 'baseline';
const OWNER = 'owner@bench.example';
const farFuture = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

function benchIncident(id: string): Incident {
  return {
    incidentId: id,
    title: 'benchmark incident',
    licensee: { name: 'Bench Mutual', role: 'insurer', domicileState: 'MO' },
    determinedAt: new Date().toISOString(),
    residents: { MO: 1840, NH: 312 },
    nonpublicInformation: true,
    materialHarmLikely: true,
    otherGovernmentNoticeRequired: false,
    producersOfRecord: true,
    contacts: { owner: OWNER, escalation: ['counsel@bench.example'] },
  };
}

async function main() {
  const opt = options();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'breachclock-bench-'));
  const dbFilename = path.join(dir, 'temporal.sqlite');
  atExit(() => rmSync(dir, { recursive: true, force: true }));
  let address: string;
  let namespace = 'default';
  let topology: string;
  if (opt.address) {
    address = opt.address;
    namespace = opt.namespace;
    topology = `existing server ${address} (namespace ${namespace})`;
  } else if (opt.cluster) {
    const cluster = await startCluster({ log: (l) => console.error(`bench: ${l}`) });
    atExit(() => cluster.stop());
    address = cluster.address;
    topology = `Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL (${address})`;
  } else {
    console.error(`bench: dev server on ${dbFilename} (WAL, synchronous=NORMAL)`);
    const env = await startDevServer({ dbFilename });
    atExit(() => env.teardown());
    address = env.connection.options.address!;
    topology = 'dev server (SQLite, WAL)';
  }
  console.error(`bench: on ${topology}`);
  const connection = await Connection.connect({ address });
  atExit(() => connection.close());
  const sink = await startMailSink();
  atExit(() => sink.close());
  const arrivals = new Arrivals(sink);
  const taskQueue = 'bench';
  console.error('bench: building the workflow bundle (workers load it prebuilt, as in production)');
  const bundle = await buildBundle(path.join(dir, 'workflow-bundle.js'));
  // Encrypted payloads on both sides, as breachclock runs (the baseline pays the same codec cost).
  const codecKeys = `bench:${randomBytes(32).toString('base64')}`;
  console.error('bench: starting the worker process');
  const worker = await spawnWorker({
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: namespace,
    TEMPORAL_TASK_QUEUE: taskQueue,
    SMTP_URL: sink.url,
    BREACHCLOCK_MAX_CACHED_WORKFLOWS: String(opt.cache),
    BREACHCLOCK_WORKFLOW_BUNDLE: bundle.file,
    BREACHCLOCK_CODEC_KEYS: codecKeys,
    BREACHCLOCK_CODEC_KEY_FILE: '',
  });
  atExit(async () => {
    worker.kill('SIGTERM');
    await Promise.race([worker.exited, new Promise((r) => setTimeout(r, 10_000))]);
    worker.kill('SIGKILL');
  });
  const client = new Client({ connection, namespace, dataConverter: dataConverterFor(new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: codecKeys }))) });
  let seq = 0;
  const started = new Map<string, { kind: Kind; at: number; mail: string }>();

  const startOne = async (kind: Kind, tag: string) => {
    const id = `bench-${kind}-${tag}-${seq++}`;
    const at = Date.now();
    if (kind === 'breachclock') {
      await client.workflow.start(INCIDENT_WORKFLOW, { workflowId: id, taskQueue, args: [{ incident: benchIncident(id) }] });
      started.set(id, { kind, at, mail: messageId(id, 'incident', 'opening') });
    } else {
      await client.workflow.start('baselineWorkflow', { workflowId: id, taskQueue, args: [{ id, to: OWNER, sleepUntil: farFuture() }] });
      started.set(id, { kind, at, mail: baselineMessageId(id, 'opening') });
    }
    return id;
  };

  const startedOf = (kind: Kind) => [...started.entries()].filter(([, s]) => s.kind === kind);

  // 1. Throughput, both orders (half of N each), so SQLite growth does not favour one side.
  const throughput: Record<Kind, { workflows: number; seconds: number; perSecond: number }[]> = { breachclock: [], baseline: [] };
  const half = Math.ceil(opt.incidents / 2);
  if (opt.only.has('throughput')) {
    for (const order of [['baseline', 'breachclock'], ['breachclock', 'baseline']] as Kind[][]) {
      for (const kind of order) {
        const ids: string[] = [];
        const t0 = Date.now();
        await runPool(half, opt.concurrency, async () => void ids.push(await startOne(kind, 'tp')), new Progress(`throughput ${kind}: start`, half));
        const missing = await waitForMail(arrivals, ids.map((id) => started.get(id)!.mail), `throughput ${kind}: opening emails`, 15 * 60_000);
        const last = Math.max(...ids.map((id) => arrivals.at(started.get(id)!.mail) ?? Date.now()));
        const seconds = (last - t0) / 1000;
        throughput[kind].push({ workflows: ids.length - missing.length, seconds: round(seconds, 2)!, perSecond: round(ids.length / seconds, 2)! });
      }
    }
  }
  const rateOf = (k: Kind): number | null => {
    const r = throughput[k];
    return r.length ? r.reduce((n, x) => n + x.workflows, 0) / r.reduce((n, x) => n + x.seconds, 0) : null;
  };
  const bcRate = rateOf('breachclock');
  const baseRate = rateOf('baseline');
  const ratio = bcRate !== null && baseRate !== null ? bcRate / baseRate : null;

  // 2. Latency at a fixed offered load (open loop: starts are paced, not waited for): at the asked rate,
  //    and at half the knee (half the baseline's measured throughput, or --knee), as docs/design.md §9 states the
  //    goal. Each is run in both orders, half the time each (baseline, breachclock, breachclock, baseline),
  //    so the growing SQLite file and the incidents already asleep favour neither side.
  type Latency = { offeredPerSecond: number; started: number; p50Ms: number | null; p99Ms: number | null; maxMs: number | null };
  const latencyHalf = async (kind: Kind, rate: number, part: string): Promise<number[]> => {
    const n = Math.max(1, Math.round((rate * opt.rateSeconds) / 2));
    const ids: string[] = [];
    const bar = new Progress(`latency ${kind} at ${rate}/s (${part})`, n);
    const t0 = Date.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < n; i++) {
      const wait = t0 + (i * 1000) / rate - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(startOne(kind, 'lat').then((id) => void ids.push(id)));
      bar.update(i + 1);
    }
    await Promise.all(pending);
    await waitForMail(arrivals, ids.map((id) => started.get(id)!.mail), `latency ${kind}: opening emails`, 10 * 60_000);
    return ids.map((id) => (arrivals.at(started.get(id)!.mail) ?? NaN) - started.get(id)!.at).filter(Number.isFinite);
  };
  const latencyAt = async (rate: number): Promise<Record<Kind, Latency>> => {
    const ms: Record<Kind, number[]> = { baseline: [], breachclock: [] };
    for (const [kind, part] of [['baseline', 'first'], ['breachclock', 'first'], ['breachclock', 'second'], ['baseline', 'second']] as [Kind, string][]) {
      ms[kind].push(...(await latencyHalf(kind, rate, part)));
    }
    const stats = (xs: number[]): Latency => ({
      offeredPerSecond: rate,
      started: xs.length,
      p50Ms: round(percentile(xs, 50), 0),
      p99Ms: round(percentile(xs, 99), 0),
      maxMs: xs.length ? round(Math.max(...xs), 0) : null,
    });
    return { baseline: stats(ms.baseline), breachclock: stats(ms.breachclock) };
  };
  const knee = opt.knee ?? baseRate;
  const halfKnee = knee === null ? null : round(knee / 2, 1)!;
  let latency: Record<Kind, Latency> | null = null;
  let latencyHalfKnee: Record<Kind, Latency> | null = null;
  if (opt.only.has('latency')) {
    latency = await latencyAt(opt.rate);
    if (halfKnee !== null) latencyHalfKnee = await latencyAt(halfKnee);
    else console.error('latency at half the knee: skipped (run the throughput part too, or give --knee)');
  }

  // 3. Worker memory with every incident open and asleep.
  const openIncidents = () => startedOf('breachclock').length;
  let memory: { rssMiB: number; peakRssMiB: number; afterGc: HeapReport } | null = null;
  type Wake = { sampled: number; failed: number; p50Ms: number | null; p99Ms: number | null };
  const wake: Record<Kind, Wake | null> = { breachclock: null, baseline: null };
  if (opt.only.has('memory')) {
    const more = Math.max(0, opt.asleep - openIncidents());
    const moreIds: string[] = [];
    await runPool(more, opt.concurrency, async () => void moreIds.push(await startOne('breachclock', 'sleep')), new Progress(`memory: open ${more} more incidents`, more));
    await waitForMail(arrivals, moreIds.map((id) => started.get(id)!.mail), 'memory: opening emails', 30 * 60_000);
    console.error('memory: all asleep; reading worker memory 3 times, 10 s apart');
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 10_000));
      samples.push(worker.memory().rssMiB);
    }
    // RSS is the goal's figure; the heap after a full collection says how much of it is live.
    const afterGc = await worker.heapAfterGc();
    memory = { rssMiB: round(Math.max(...samples), 0)!, peakRssMiB: round(worker.memory().peakMiB, 0)!, afterGc };

    // Waking an evicted workflow: a status query on one opened long before (beyond the cache cap, so the
    // worker replays its history first), one at a time, for each kind (docs/design.md §9: <= 2x the baseline's).
    for (const kind of ['baseline', 'breachclock'] as Kind[]) {
      const oldest = startedOf(kind).slice(0, opt.wakeSamples);
      if (!oldest.length) continue;
      const bar = new Progress(`wake evicted ${kind}`, oldest.length);
      const ms: number[] = [];
      let failed = 0;
      for (const [id] of oldest) {
        const t0 = performance.now();
        try {
          await client.workflow.getHandle(id).query('status');
          ms.push(performance.now() - t0);
        } catch (err) {
          failed += 1;
          console.error(`wake ${id}: query failed after ${Math.round(performance.now() - t0)} ms: ${(err as Error).message}`);
        }
        bar.update(ms.length + failed);
      }
      wake[kind] = { sampled: ms.length, failed, p50Ms: round(percentile(ms, 50), 0), p99Ms: round(percentile(ms, 99), 0) };
    }
  }

  // 4. History events per workflow once it is asleep (a sample of each kind).
  const events: Record<Kind, number | null> = { breachclock: null, baseline: null };
  for (const kind of ['baseline', 'breachclock'] as Kind[]) {
    const sample = startedOf(kind).slice(0, 20);
    if (!sample.length) continue;
    const lengths = await Promise.all(sample.map(async ([id]) => (await client.workflow.getHandle(id).describe()).historyLength));
    events[kind] = round(lengths.reduce((a, b) => a + b, 0) / lengths.length, 1);
  }

  // 5. Replay: each recorded whole life (test/fixtures/histories/inc-*.json) beside a bare workflow history
  //    of the same length made on this dev server, each replayed `replayCopies` times by one replay worker;
  //    the time per replay is taken between the first and the last result, so worker start-up is left out.
  type Replay = { history: string; events: number; breachclockMs: number; baselineMs: number; ratio: number };
  const replays: Replay[] = [];
  if (opt.only.has('replay')) {
    const historiesDir = path.join(__dirname, '../../test/fixtures/histories');
    const perReplayMs = async (id: string, history: temporal.api.history.v1.IHistory): Promise<number> => {
      async function* copies() {
        for (let i = 0; i < opt.replayCopies; i++) yield { workflowId: `${id}-${i}`, history };
      }
      let first = 0;
      let last = 0;
      for await (const r of Worker.runReplayHistories({ workflowBundle: { codePath: bundle.file }, dataConverter: client.options.dataConverter }, copies())) {
        if (r.error) throw new Error(`replay of ${id} failed: ${String(r.error)}`);
        last = performance.now();
        if (!first) first = last;
      }
      return (last - first) / (opt.replayCopies - 1);
    };
    const files = readdirSync(historiesDir).filter((f) => /^inc-.*\.json$/.test(f));
    const bar = new Progress('replay: recorded lives vs bare', files.length);
    for (const f of files) {
      const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(path.join(historiesDir, f), 'utf8')));
      const events = history.events.length;
      const bareId = `bench-baseline-replay-${events}-${seq++}`;
      const handle = await client.workflow.start('baselineTimersWorkflow', { workflowId: bareId, taskQueue, args: [{ events }] });
      await handle.result();
      const bare = await handle.fetchHistory();
      const breachclockMs = await perReplayMs(f, history);
      const baselineMs = await perReplayMs(bareId, bare);
      replays.push({ history: f, events, breachclockMs: round(breachclockMs, 1)!, baselineMs: round(baselineMs, 1)!, ratio: round(breachclockMs / baselineMs, 2)! });
      bar.update(replays.length);
    }
  }

  const goals: Record<string, boolean> = {};
  if (ratio !== null) goals['throughput ratio >= 0.5'] = ratio >= 0.5;
  if (latency) goals[`p99 < 1000 ms at ${opt.rate}/s`] = (latency.breachclock.p99Ms ?? Infinity) < 1000;
  if (latencyHalfKnee) {
    goals[`p99 < 1000 ms at half the knee (${halfKnee}/s)`] = (latencyHalfKnee.breachclock.p99Ms ?? Infinity) < 1000;
    goals['p99 <= 2x baseline p99 at half the knee'] = (latencyHalfKnee.breachclock.p99Ms ?? Infinity) <= 2 * (latencyHalfKnee.baseline.p99Ms ?? 0);
  }
  if (memory) goals[`worker RSS < 300 MB with ${openIncidents()} incidents asleep`] = memory.rssMiB * 1.048576 < 300;
  if (replays.length) goals['replay of a full run <= 2x a bare workflow of equal length'] = replays.every((r) => r.ratio <= 2);
  if (wake.breachclock && wake.baseline) goals['waking an evicted incident (p50) <= 2x the baseline'] = !wake.breachclock.failed && (wake.breachclock.p50Ms ?? Infinity) <= 2 * (wake.baseline.p50Ms ?? 0);

  const result = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version },
    server: opt.address || opt.cluster ? topology : 'Temporal CLI dev server 1.5.1 (server 1.29.1), SQLite file, journal_mode=WAL, synchronous=NORMAL',
    payloads: 'AES-256-GCM codec on client and worker, both kinds',
    workflowBundleMiB: round(bundle.bytes / 2 ** 20, 2),
    options: { ...opt, only: [...opt.only] },
    throughput: opt.only.has('throughput')
      ? { breachclockPerSecond: round(bcRate, 2), baselinePerSecond: round(baseRate, 2), ratio: round(ratio, 2), runs: throughput }
      : null,
    latency,
    latencyAtHalfKnee: latencyHalfKnee,
    historyEventsPerWorkflowAsleep: events,
    replay: replays,
    workerMemory: memory && {
      incidentsAsleep: openIncidents(),
      baselineWorkflowsAsleep: startedOf('baseline').length,
      maxCachedWorkflows: opt.cache,
      ...memory,
      wakeEvicted: wake,
    },
    goals,
  };

  const out = opt.out ?? path.join('bench-results', `bench-${result.when.replace(/[:.]/g, '-')}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  const rows: Array<[string, string | number | null]> = [];
  if (result.throughput) {
    rows.push(['incidents opened + emailed per second', `${result.throughput.breachclockPerSecond}/s`]);
    rows.push(['baseline workflows per second', `${result.throughput.baselinePerSecond}/s`]);
    rows.push(['ratio (goal >= 0.5)', result.throughput.ratio]);
  }
  const p = (l: Latency) => `${l.p50Ms} / ${l.p99Ms} ms`;
  if (latency) {
    rows.push([`open -> email p50 / p99 at ${opt.rate}/s, breachclock`, `${p(latency.breachclock)} (goal p99 < 1000)`]);
    rows.push([`open -> email p50 / p99 at ${opt.rate}/s, baseline`, p(latency.baseline)]);
  }
  if (latencyHalfKnee) {
    rows.push([`open -> email p50 / p99 at ${halfKnee}/s (half the knee), breachclock`, p(latencyHalfKnee.breachclock)]);
    rows.push([`open -> email p50 / p99 at ${halfKnee}/s (half the knee), baseline`, p(latencyHalfKnee.baseline)]);
  }
  rows.push(['history events per workflow asleep', `breachclock ${events.breachclock ?? '—'}, baseline ${events.baseline ?? '—'}`]);
  if (result.workerMemory) {
    const m = result.workerMemory;
    rows.push([`worker RSS, ${m.incidentsAsleep} incidents asleep (cache ${opt.cache})`, `${m.rssMiB} MiB (peak ${m.peakRssMiB} MiB; goal < 300 MB)`]);
    rows.push(['worker after a full GC: live heap / heap / off-heap / RSS', `${m.afterGc.heapUsedMiB} / ${m.afterGc.heapTotalMiB} / ${m.afterGc.externalMiB} / ${m.afterGc.rssMiB} MiB`]);
    const w = (k: Kind) => (wake[k] ? `${wake[k]!.p50Ms} / ${wake[k]!.p99Ms} ms${wake[k]!.failed ? ` (${wake[k]!.failed} failed)` : ''}` : '—');
    rows.push(['wake an evicted workflow (status query) p50 / p99', `breachclock ${w('breachclock')}, baseline ${w('baseline')}`]);
  }
  for (const r of replays) rows.push([`replay ${r.history} (${r.events} events) vs bare`, `${r.breachclockMs} vs ${r.baselineMs} ms (${r.ratio}x; goal <= 2x)`]);
  rows.push(['workflow bundle', `${result.workflowBundleMiB} MiB`]);
  console.log(`
breachclock vs bare Temporal (${result.machine.cpus} CPUs, ${result.server})
${table(rows)}
Goals: ${Object.entries(goals).map(([k, v]) => `${v ? 'met' : 'NOT met'}: ${k}`).join('; ')}
JSON: ${out}`);
}

runCommand('bench', main);
