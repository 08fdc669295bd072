/** The bench's result: the goals it checks (docs/design.md §9), the JSON it writes and the table it prints. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { table } from '../load-kit';
import type { Kind } from './kit';
import type { Latency, Memory, Replay } from './parts';

export interface BenchResult {
  when: string;
  machine: { cpus: number; memoryGiB: number | null; node: string };
  server: string;
  payloads: string;
  workflowBundleMiB: number | null;
  options: Record<string, unknown> & { rate: number; cache: number };
  throughput: { breachclockPerSecond: number | null; baselinePerSecond: number | null; ratio: number | null; runs: unknown } | null;
  latency: Record<Kind, Latency> | null;
  latencyAtHalfKnee: (Record<Kind, Latency> & { rate: number }) | null;
  historyEventsPerWorkflowAsleep: Record<Kind, number | null>;
  replay: Replay[];
  workerMemory: (Memory & { incidentsAsleep: number; baselineWorkflowsAsleep: number; maxCachedWorkflows: number }) | null;
  goals: Record<string, boolean>;
}

export function goalsOf(r: Omit<BenchResult, 'goals'>): Record<string, boolean> {
  const goals: Record<string, boolean> = {};
  const p99 = (l: Latency | undefined) => l?.p99Ms ?? Infinity;
  if (r.throughput?.ratio != null) goals['throughput ratio >= 0.5'] = r.throughput.ratio >= 0.5;
  if (r.latency) goals[`p99 < 1000 ms at ${r.options.rate}/s`] = p99(r.latency.breachclock) < 1000;
  const h = r.latencyAtHalfKnee;
  if (h) {
    goals[`p99 < 1000 ms at half the knee (${h.rate}/s)`] = p99(h.breachclock) < 1000;
    goals['p99 <= 2x baseline p99 at half the knee'] = p99(h.breachclock) <= 2 * (h.baseline.p99Ms ?? 0);
  }
  const m = r.workerMemory;
  if (m) goals[`worker RSS < 300 MB with ${m.incidentsAsleep} incidents asleep`] = m.rssMiB * 1.048576 < 300;
  if (r.replay.length) goals['replay of a full run <= 2x a bare workflow of equal length'] = r.replay.every((x) => x.ratio <= 2);
  const w = m?.wakeEvicted;
  if (w?.breachclock && w.baseline) goals['waking an evicted incident (p50) <= 2x the baseline'] = !w.breachclock.failed && (w.breachclock.p50Ms ?? Infinity) <= 2 * (w.baseline.p50Ms ?? 0);
  return goals;
}

function rowsOf(r: BenchResult): Array<[string, string | number | null]> {
  const rows: Array<[string, string | number | null]> = [];
  const p = (l: Latency) => `${l.p50Ms} / ${l.p99Ms} ms`;
  if (r.throughput) {
    rows.push(['incidents opened + emailed per second', `${r.throughput.breachclockPerSecond}/s`], ['baseline workflows per second', `${r.throughput.baselinePerSecond}/s`], ['ratio (goal >= 0.5)', r.throughput.ratio]);
  }
  if (r.latency) {
    rows.push([`open -> email p50 / p99 at ${r.options.rate}/s, breachclock`, `${p(r.latency.breachclock)} (goal p99 < 1000)`], [`open -> email p50 / p99 at ${r.options.rate}/s, baseline`, p(r.latency.baseline)]);
  }
  const h = r.latencyAtHalfKnee;
  if (h) rows.push([`open -> email p50 / p99 at ${h.rate}/s (half the knee), breachclock`, p(h.breachclock)], [`open -> email p50 / p99 at ${h.rate}/s (half the knee), baseline`, p(h.baseline)]);
  const e = r.historyEventsPerWorkflowAsleep;
  rows.push(['history events per workflow asleep', `breachclock ${e.breachclock ?? '—'}, baseline ${e.baseline ?? '—'}`]);
  const m = r.workerMemory;
  if (m) {
    rows.push([`worker RSS, ${m.incidentsAsleep} incidents asleep (cache ${r.options.cache})`, `${m.rssMiB} MiB (peak ${m.peakRssMiB} MiB; goal < 300 MB)`]);
    rows.push(['worker after a full GC: live heap / heap / off-heap / RSS', `${m.afterGc.heapUsedMiB} / ${m.afterGc.heapTotalMiB} / ${m.afterGc.externalMiB} / ${m.afterGc.rssMiB} MiB`]);
    const w = (k: Kind) => {
      const x = m.wakeEvicted[k];
      return x ? `${x.p50Ms} / ${x.p99Ms} ms${x.failed ? ` (${x.failed} failed)` : ''}` : '—';
    };
    rows.push(['wake an evicted workflow (status query) p50 / p99', `breachclock ${w('breachclock')}, baseline ${w('baseline')}`]);
  }
  for (const x of r.replay) rows.push([`replay ${x.history} (${x.events} events) vs bare`, `${x.breachclockMs} vs ${x.baselineMs} ms (${x.ratio}x; goal <= 2x)`]);
  rows.push(['workflow bundle', `${r.workflowBundleMiB} MiB`]);
  return rows;
}

/** Writes the JSON and prints the figures with each goal met or not. */
export function report(result: BenchResult, out?: string): void {
  const file = out ?? path.join('bench-results', `bench-${result.when.replace(/[:.]/g, '-')}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`
breachclock vs bare Temporal (${result.machine.cpus} CPUs, ${result.server})
${table(rowsOf(result))}
Goals: ${Object.entries(result.goals).map(([k, v]) => `${v ? 'met' : 'NOT met'}: ${k}`).join('; ')}
JSON: ${file}`);
}
