/**
 * `npm run bench:plan`: plans N varied incidents (default 10,000), each touching every covered state (in full and
 * regulator-notice-only) and half of them some states only reported on, and prints how long they took and peak
 * memory. Goal: all 10,000 in under 2 seconds on a 2-core machine. A benchmark, not a test.
 *
 * Each trial is a fresh Node process (a cold start is the point of "cold"), run under Node's defaults (as the CLI
 * plans) and under the worker's own V8 flags (memory-lean: docs/performance.md); the median of the trials and
 * their range are printed, because one run on a shared machine moves by a fifth. The planner timed is the
 * release's (dist/, compiled: `npm run bench:plan` builds it when stale); --source times the TypeScript through tsx.
 *   npm run bench:plan -- --trials 5 --json
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type * as Calendar from '../../domain/rules/calendar';
import type { Incident } from '../../domain/incident/incident';
import type * as Planner from '../../domain/rules/planner';
import type * as Coverage from '../../domain/rules/coverage';
import { commandLine } from './command-line';
import { PRODUCTION_WORKER_FLAGS } from './load-kit';

const cl = commandLine('npm run bench:plan -- [options]', {
  count: { type: 'number', value: 'N', min: 1, help: 'incidents to plan (default 10000)' },
  trials: { type: 'number', value: 'N', min: 1, help: 'fresh processes per runtime (default 3); the median is reported' },
  json: { type: 'boolean', help: 'print one JSON object' },
  trial: { type: 'boolean', help: 'run one trial in this process and print its JSON (what each fresh process runs)' },
  source: { type: 'boolean', help: 'time the TypeScript sources through tsx instead of the compiled release (dist/)' },
});
const count = cl.number('count', 10_000);
const json = cl.has('json');
const source = cl.has('source');

/** The planner timed: the compiled release or, with --source, the TypeScript sources (through tsx's loader). */
function plannerCode(): typeof Calendar & typeof Planner & typeof Coverage {
  const base = path.join(__dirname, '../..', source ? '' : 'dist');
  const load = (m: string) => require(path.join(base, 'domain/rules', m));
  return { ...load('calendar'), ...load('planner'), ...load('coverage') };
}
const { BusinessCalendar, planIncident, coverage } = plannerCode();

// A small seeded PRNG so every run plans the same incidents.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
/** Every state breachclock computes (in full or the regulator notice only): each bench incident touches them all. */
const COVERED = [...coverage().full, ...coverage().regulatorNoticeOnly] as Array<Incident['licensee']['domicileState']>;

function incident(i: number): Incident {
  const start = Date.parse('2026-01-01T00:00:00Z') + Math.floor(rand() * 3 * 365 * 86_400_000);
  const role = pick(['insurer', 'insurer', 'producer', 'assuming-insurer'] as const);
  const tp = rand() < 0.25;
  return {
    incidentId: `BENCH-${i}`,
    title: 'benchmark incident',
    licensee: { name: 'L', role, domicileState: pick([...COVERED, 'TX', 'MI'] as const) },
    determinedAt: new Date(start).toISOString(),
    ...(rand() < 0.5 ? { awareAt: new Date(start - 86_400_000).toISOString() } : {}),
    ...(tp ? { thirdParty: { provider: 'V', notifiedLicenseeAt: new Date(start - 2 * 86_400_000).toISOString() } } : {}),
    // Many states at once: every covered state, and some the plan only reports on.
    residents: { ...Object.fromEntries(COVERED.map((s) => [s, Math.floor(rand() * 1500)])), ...(rand() < 0.5 ? { TX: 10, MI: 300 } : {}) },
    nonpublicInformation: rand() < 0.9,
    materialHarmLikely: rand() < 0.5,
    otherGovernmentNoticeRequired: rand() < 0.3,
    producersOfRecord: rand() < 0.5,
    contacts: { owner: 'o@example.com', escalation: [] },
  };
}

const calendar = new BusinessCalendar();
let peakRss = process.memoryUsage().rss;

/**
 * One round: `count` new incidents through one calendar. The first round in a process also reads every state's
 * holidays off date-holidays and meets every date for the first time ("cold"); the second plans different
 * incidents on a calendar already warm, as a worker that has been running does ("warm").
 */
function round(label: string, offset: number): Figures {
  const incidents = Array.from({ length: count }, (_, i) => incident(offset + i));
  let obligations = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const step = Math.max(1, Math.floor(count / 10));
  for (let i = 0; i < count; i++) {
    obligations += planIncident(incidents[i], calendar).obligations.length;
    if (i % step === step - 1) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (!json && !cl.has('trial')) process.stderr.write(`\r${label}: planned ${i + 1}/${count}`);
    }
  }
  if (!json && !cl.has('trial')) process.stderr.write('\n');
  const cpu = process.cpuUsage(cpu0);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, obligations };
}

interface Figures {
  seconds: number;
  /** CPU time of the process (all its threads, the collector's too): steadier than seconds when other work shares the cores. */
  cpuSeconds: number;
  obligations: number;
}
interface Trial {
  cold: Figures;
  warm: Figures;
  peakRssMB: number;
}

/** One trial in this process: a cold round, then a warm one. */
function trial(): Trial {
  const cold = round('cold', 0);
  const warm = round('warm', count);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { cold, warm, peakRssMB: Number((peakRss / 1048576).toFixed(1)) };
}

/** One trial in a fresh Node process with these V8 flags. */
function trialIn(flags: string[]): Promise<Trial> {
  const args = [...flags, ...process.execArgv, __filename, '--trial', '--count', String(count), ...(source ? ['--source'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Trial) : reject(new Error(`a bench trial exited with ${code}`))));
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNTIMES = [
  { name: 'Node defaults (the CLI)', flags: [] as string[] },
  { name: `worker's V8 flags (${PRODUCTION_WORKER_FLAGS.join(' ')})`, flags: PRODUCTION_WORKER_FLAGS },
];

async function main(): Promise<void> {
  const trials = cl.number('trials', 3);
  const results = [];
  for (const runtime of RUNTIMES) {
    const runs: Trial[] = [];
    for (let t = 1; t <= trials; t++) {
      if (!json) process.stderr.write(`${runtime.name}: trial ${t}/${trials}\n`);
      runs.push(await trialIn(runtime.flags));
    }
    const summary = (pick: (r: Trial) => Figures) => {
      const secs = runs.map((r) => pick(r).seconds);
      const med = median(secs);
      return {
        seconds: Number(med.toFixed(3)),
        cpuSeconds: Number(median(runs.map((r) => pick(r).cpuSeconds)).toFixed(3)),
        min: Number(Math.min(...secs).toFixed(3)),
        max: Number(Math.max(...secs).toFixed(3)),
        incidentsPerSecond: Math.round(count / med),
        obligations: pick(runs[0]).obligations,
        goalMet: count === 10_000 ? med < 2 : null,
      };
    };
    results.push({ runtime: runtime.name, flags: runtime.flags, cold: summary((r) => r.cold), warm: summary((r) => r.warm), peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)) });
  }
  const code = source ? 'TypeScript sources through tsx' : 'compiled (dist/)';
  const result = { incidents: count, statesPerIncident: COVERED.length, trials, code, goal: 'all 10,000 in under 2 s', node: process.version, results };
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`planned ${count} incidents touching ${COVERED.length} covered states each, ${code}; median of ${trials} fresh processes (range):`);
  for (const r of results) {
    console.log(`  ${r.runtime}, peak RSS ${r.peakRssMB} MB`);
    for (const [name, f] of [['cold (first use: holidays read, dates met)', r.cold], ['warm (a running process)', r.warm]] as const) {
      const goal = f.goalMet === null ? '' : `; goal (10,000 in < 2 s): ${f.goalMet ? 'met' : 'NOT met'}`;
      console.log(`    ${name}: ${f.seconds} s (${f.min}-${f.max}; CPU ${f.cpuSeconds} s), ${f.incidentsPerSecond} incidents/s, ${f.obligations} obligations${goal}`);
    }
  }
}

if (cl.has('trial')) console.log(JSON.stringify(trial()));
else
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
