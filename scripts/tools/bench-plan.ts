/**
 * `npm run bench:plan`: plans N varied incidents (default 10,000), each touching every covered state (in full and
 * regulator-notice-only) and half of them some states only reported on, and prints incidents per second and peak
 * memory. Goal: all 10,000 in under 2 seconds on a 2-core machine. A benchmark, not a test.
 *   npm run bench:plan -- --count 20000 --json
 */
import { BusinessCalendar } from '../../domain/rules/calendar';
import type { Incident } from '../../domain/incident/incident';
import { planIncident } from '../../domain/rules/planner';
import { coverage } from '../../domain/rules/coverage';
import { commandLine } from './command-line';

const cl = commandLine('npm run bench:plan -- [options]', {
  count: { type: 'number', value: 'N', min: 1, help: 'incidents to plan (default 10000)' },
  json: { type: 'boolean', help: 'print one JSON object' },
});
const count = cl.number('count', 10_000);
const json = cl.has('json');

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
function round(label: string, offset: number): { seconds: number; obligations: number } {
  const incidents = Array.from({ length: count }, (_, i) => incident(offset + i));
  let obligations = 0;
  const t0 = process.hrtime.bigint();
  const step = Math.max(1, Math.floor(count / 10));
  for (let i = 0; i < count; i++) {
    obligations += planIncident(incidents[i], calendar).obligations.length;
    if (i % step === step - 1) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (!json) process.stderr.write(`\r${label}: planned ${i + 1}/${count}`);
    }
  }
  if (!json) process.stderr.write('\n');
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, obligations };
}

const cold = round('cold', 0);
const warm = round('warm', count);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const figures = (r: { seconds: number; obligations: number }) => ({
  seconds: Number(r.seconds.toFixed(3)),
  incidentsPerSecond: Math.round(count / r.seconds),
  obligations: r.obligations,
  goalMet: count === 10_000 ? r.seconds < 2 : null,
});
const result = {
  incidents: count,
  statesPerIncident: COVERED.length,
  cold: figures(cold),
  warm: figures(warm),
  peakRssMB: Number((peakRss / 1048576).toFixed(1)),
  goal: 'all 10,000 in under 2 s',
  node: process.version,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`planned ${count} incidents touching ${COVERED.length} covered states each, twice (peak RSS ${result.peakRssMB} MB):`);
  for (const [name, r] of [['cold (first use: holidays read, dates met)', result.cold], ['warm (a running worker)', result.warm]] as const) {
    const goal = r.goalMet === null ? '' : `; goal (10,000 in < 2 s): ${r.goalMet ? 'met' : 'NOT met'}`;
    console.log(`  ${name}: ${r.seconds} s, ${r.incidentsPerSecond} incidents/s, ${r.obligations} obligations${goal}`);
  }
}
