/**
 * The bench's parts (issue 7; docs/design.md §9), each on the same stack and kit: throughput, latency at a
 * fixed offered load, worker memory with every incident asleep (and waking an evicted workflow), history
 * events per workflow asleep, and replay of each recorded life beside a bare history of the same length.
 */
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { percentile, Progress, round, runPool, waitForMail, type HeapReport } from '../load-kit';
import { KINDS, type BenchKit, type Kind } from './kit';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The newest release's recorded lives (one folder per release: test/fixtures/histories/<release>/). */
const RELEASES = path.join(__dirname, '../../../test/fixtures/histories');
const HISTORIES = path.join(
  RELEASES,
  readdirSync(RELEASES).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1) ?? '1.0',
);

export type Throughput = Record<Kind, { workflows: number; seconds: number; perSecond: number }[]>;

/** 1. Throughput, both orders (half of N each), so SQLite growth does not favour one side. */
export async function throughput(kit: BenchKit, incidents: number, concurrency: number): Promise<Throughput> {
  const runs: Throughput = { breachclock: [], baseline: [] };
  const half = Math.ceil(incidents / 2);
  for (const order of [['baseline', 'breachclock'], ['breachclock', 'baseline']] as Kind[][]) {
    for (const kind of order) {
      const ids: string[] = [];
      const t0 = Date.now();
      await runPool(half, concurrency, async () => void ids.push(await kit.startOne(kind, 'tp')), new Progress(`throughput ${kind}: start`, half));
      const missing = await waitForMail(kit.stack.arrivals, ids.map((id) => kit.mailOf(id)), `throughput ${kind}: opening emails`, 15 * 60_000);
      const last = Math.max(...ids.map((id) => kit.stack.arrivals.at(kit.mailOf(id)) ?? Date.now()));
      const seconds = (last - t0) / 1000;
      runs[kind].push({ workflows: ids.length - missing.length, seconds: round(seconds, 2)!, perSecond: round(ids.length / seconds, 2)! });
    }
  }
  return runs;
}

export const rateOf = (runs: Throughput | null, kind: Kind): number | null => {
  const r = runs?.[kind] ?? [];
  return r.length ? r.reduce((n, x) => n + x.workflows, 0) / r.reduce((n, x) => n + x.seconds, 0) : null;
};

export type Latency = { offeredPerSecond: number; started: number; p50Ms: number | null; p99Ms: number | null; maxMs: number | null };

/** Half a latency run: starts paced at `rate` (open loop, not waited for), then start-to-email times. */
async function latencyHalf(kit: BenchKit, kind: Kind, rate: number, seconds: number, part: string): Promise<number[]> {
  const n = Math.max(1, Math.round((rate * seconds) / 2));
  const ids: string[] = [];
  const bar = new Progress(`latency ${kind} at ${rate}/s (${part})`, n);
  const t0 = Date.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const wait = t0 + (i * 1000) / rate - Date.now();
    if (wait > 0) await sleep(wait);
    pending.push(kit.startOne(kind, 'lat').then((id) => void ids.push(id)));
    bar.update(i + 1);
  }
  await Promise.all(pending);
  await waitForMail(kit.stack.arrivals, ids.map((id) => kit.mailOf(id)), `latency ${kind}: opening emails`, 10 * 60_000);
  return kit.latencies(ids);
}

/**
 * 2. Latency at a fixed offered load, in both orders, half the time each (baseline, breachclock,
 * breachclock, baseline), so the growing SQLite file and the incidents already asleep favour neither side.
 */
export async function latencyAt(kit: BenchKit, rate: number, seconds: number): Promise<Record<Kind, Latency>> {
  const ms: Record<Kind, number[]> = { baseline: [], breachclock: [] };
  for (const [kind, part] of [['baseline', 'first'], ['breachclock', 'first'], ['breachclock', 'second'], ['baseline', 'second']] as [Kind, string][]) {
    ms[kind].push(...(await latencyHalf(kit, kind, rate, seconds, part)));
  }
  const stats = (xs: number[]): Latency => ({
    offeredPerSecond: rate,
    started: xs.length,
    p50Ms: round(percentile(xs, 50), 0),
    p99Ms: round(percentile(xs, 99), 0),
    maxMs: xs.length ? round(Math.max(...xs), 0) : null,
  });
  return { baseline: stats(ms.baseline), breachclock: stats(ms.breachclock) };
}

export type Wake = { sampled: number; failed: number; p50Ms: number | null; p99Ms: number | null };
export type Memory = { rssMiB: number; peakRssMiB: number; afterGc: HeapReport; wakeEvicted: Record<Kind, Wake | null> };

/** 3. Worker memory with `asleep` incidents open and asleep, then waking evicted workflows of each kind. */
export async function memory(kit: BenchKit, asleep: number, concurrency: number, wakeSamples: number): Promise<Memory> {
  const more = Math.max(0, asleep - kit.startedOf('breachclock').length);
  const moreIds: string[] = [];
  await runPool(more, concurrency, async () => void moreIds.push(await kit.startOne('breachclock', 'sleep')), new Progress(`memory: open ${more} more incidents`, more));
  await waitForMail(kit.stack.arrivals, moreIds.map((id) => kit.mailOf(id)), 'memory: opening emails', 30 * 60_000);
  console.error('memory: all asleep; reading worker memory 3 times, 10 s apart');
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    await sleep(10_000);
    samples.push(kit.stack.worker.memory().rssMiB);
  }
  // RSS is the goal's figure; the heap after a full collection says how much of it is live.
  const afterGc = await kit.stack.worker.heapAfterGc();
  const wakeEvicted: Record<Kind, Wake | null> = { breachclock: null, baseline: null };
  for (const kind of KINDS) wakeEvicted[kind] = await wakeEvictedOf(kit, kind, wakeSamples);
  return { rssMiB: round(Math.max(...samples), 0)!, peakRssMiB: round(kit.stack.worker.memory().peakMiB, 0)!, afterGc, wakeEvicted };
}

/**
 * Waking an evicted workflow: a status query on one opened long before (beyond the cache cap, so the
 * worker replays its history first), one at a time (docs/design.md §9: <= 2x the baseline's).
 */
async function wakeEvictedOf(kit: BenchKit, kind: Kind, samples: number): Promise<Wake | null> {
  const oldest = kit.startedOf(kind).slice(0, samples);
  if (!oldest.length) return null;
  const bar = new Progress(`wake evicted ${kind}`, oldest.length);
  const ms: number[] = [];
  let failed = 0;
  for (const id of oldest) {
    const t0 = performance.now();
    try {
      await kit.stack.client.workflow.getHandle(id).query('status');
      ms.push(performance.now() - t0);
    } catch (err) {
      failed += 1;
      console.error(`wake ${id}: query failed after ${Math.round(performance.now() - t0)} ms: ${(err as Error).message}`);
    }
    bar.update(ms.length + failed);
  }
  return { sampled: ms.length, failed, p50Ms: round(percentile(ms, 50), 0), p99Ms: round(percentile(ms, 99), 0) };
}

/** 4. History events per workflow once it is asleep (a sample of each kind). */
export async function historyEvents(kit: BenchKit): Promise<Record<Kind, number | null>> {
  const events: Record<Kind, number | null> = { breachclock: null, baseline: null };
  for (const kind of KINDS) {
    const sample = kit.startedOf(kind).slice(0, 20);
    if (!sample.length) continue;
    const lengths = await Promise.all(sample.map(async (id) => (await kit.stack.client.workflow.getHandle(id).describe()).historyLength));
    events[kind] = round(lengths.reduce((a, b) => a + b, 0) / lengths.length, 1);
  }
  return events;
}

export type Replay = { history: string; events: number; breachclockMs: number; baselineMs: number; ratio: number };

/** The time of one replay of `history`, between the first and the last of `copies` results (start-up left out). */
async function perReplayMs(kit: BenchKit, id: string, history: temporal.api.history.v1.IHistory, copies: number): Promise<number> {
  async function* histories() {
    for (let i = 0; i < copies; i++) yield { workflowId: `${id}-${i}`, history };
  }
  let first = 0;
  let last = 0;
  const options = { workflowBundle: { codePath: kit.stack.bundle.file }, dataConverter: kit.stack.client.options.dataConverter };
  for await (const r of Worker.runReplayHistories(options, histories())) {
    if (r.error) throw new Error(`replay of ${id} failed: ${String(r.error)}`);
    last = performance.now();
    if (!first) first = last;
  }
  return (last - first) / (copies - 1);
}

/** 5. Each recorded whole life (test/fixtures/histories/<newest release>/inc-*.json) beside a bare history of the same length. */
export async function replays(kit: BenchKit, copies: number): Promise<Replay[]> {
  const files = readdirSync(HISTORIES).filter((f) => /^inc-.*\.json$/.test(f));
  const bar = new Progress('replay: recorded lives vs bare', files.length);
  const out: Replay[] = [];
  for (const f of files) {
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(path.join(HISTORIES, f), 'utf8')));
    const events = history.events.length;
    const bareId = `bench-baseline-replay-${events}-${kit.nextSeq()}`;
    const handle = await kit.stack.client.workflow.start('baselineTimersWorkflow', { workflowId: bareId, taskQueue: kit.stack.taskQueue, args: [{ events }] });
    await handle.result();
    const breachclockMs = await perReplayMs(kit, f, history, copies);
    const baselineMs = await perReplayMs(kit, bareId, await handle.fetchHistory(), copies);
    out.push({ history: f, events, breachclockMs: round(breachclockMs, 1)!, baselineMs: round(baselineMs, 1)!, ratio: round(breachclockMs / baselineMs, 2)! });
    bar.update(out.length);
  }
  return out;
}
