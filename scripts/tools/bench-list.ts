/**
 * `npm run bench:list`: the incident list at size (issue 15). Starts incidents on a fresh dev server in
 * stages (default up to 10,000; no worker needed: each carries the search attributes a running incident
 * publishes, a tenth of them overdue), and at each stage times the first page as `breachclock incident list`
 * reads it (the application service) and as the console serves it (HTTP, page cache off), and reads the
 * console's heap after a full collection. Goals: first page under 300 ms; console memory flat as incidents
 * grow. A benchmark that prints figures, never a test.
 *
 *   npm run bench:list -- --incidents 10000 --stages 4 --samples 15
 */
import { Client, type Client as ClientType } from '@temporalio/client';
import os from 'node:os';
import { IncidentService } from '../../application/incidents';
import { buildConsole } from '../../client/console/server';
import { INCIDENT_WORKFLOW } from '../../workflows/messages';
import { JURISDICTIONS_SA, NEXT_DEADLINE, OVERDUE_COUNT, PHASE } from '../../workflows/search-attributes';
import { startDevServer } from '../dev/servers';
import { commandLine } from './command-line';
import { atExit, percentile, Progress, round, runCommand, runPool, table } from './load-kit';

const cl = commandLine('npm run bench:list -- [options]', {
  incidents: { type: 'number', value: 'N', min: 10, help: 'incidents at the last stage (default 10000)' },
  stages: { type: 'number', value: 'N', min: 1, help: 'stages the incidents are started in; figures after each (default 4)' },
  samples: { type: 'number', value: 'N', min: 3, help: 'first-page requests timed at each stage (default 15)' },
  concurrency: { type: 'number', value: 'N', min: 1, help: 'start calls in flight (default 50)' },
});
const opt = { incidents: cl.number('incidents', 10_000), stages: cl.number('stages', 4), samples: cl.number('samples', 15), concurrency: cl.number('concurrency', 50) };
const DAY = 86_400_000;

/** Starts incidents `from`..`to` (exclusive) with the search attributes a running incident would publish. */
async function startIncidents(client: ClientType, from: number, to: number): Promise<void> {
  const bar = new Progress(`start incidents ${from + 1}-${to}`, to - from);
  let done = 0;
  await runPool(to - from, opt.concurrency, async (k) => {
    const i = from + k;
    const overdue = i % 10 === 0;
    const next = Date.now() + (overdue ? -((i % 7) + 1) * DAY : ((i * 7919) % (90 * 24)) * 3_600_000);
    await client.workflow.start(INCIDENT_WORKFLOW, {
      workflowId: `LIST-${String(i).padStart(6, '0')}`,
      taskQueue: 'bench-list-no-worker', // nothing polls it: visibility is all the list reads
      args: [{ incident: { incidentId: `LIST-${i}` } }],
      typedSearchAttributes: [
        { key: PHASE, value: 'open' },
        { key: JURISDICTIONS_SA, value: i % 3 ? ['MO', 'NH'] : ['NH'] },
        { key: NEXT_DEADLINE, value: new Date(next) },
        { key: OVERDUE_COUNT, value: overdue ? 1 : 0 },
      ],
    });
    bar.update(++done);
  });
}

async function timed(fn: () => Promise<unknown>, n: number): Promise<{ p50: number | null; p95: number | null }> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { p50: round(percentile(ms, 50), 0), p95: round(percentile(ms, 95), 0) };
}

const heapMiB = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return round(process.memoryUsage().heapUsed / 2 ** 20, 1)!;
};

async function main() {
  console.error('bench:list: starting a dev server (no worker: only visibility is read)');
  const env = await startDevServer();
  atExit(() => env.teardown());
  const client = new Client({ connection: env.connection, namespace: 'default' });
  const service = new IncidentService({ client: async () => client, taskQueue: 'bench-list-no-worker' });
  const app = await buildConsole({ client, taskQueue: 'bench-list-no-worker', token: 'bench-list-token-0123456789', listCacheMs: 0 });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  atExit(() => app.close());
  const headers = { authorization: 'Bearer bench-list-token-0123456789' };
  const rows: Array<{ incidents: number; cli: { p50: number | null; p95: number | null }; console: { p50: number | null; p95: number | null }; heapMiB: number }> = [];
  const baseline = heapMiB();
  for (let stage = 1; stage <= opt.stages; stage++) {
    const to = Math.round((opt.incidents * stage) / opt.stages);
    await startIncidents(client, rows.length ? rows[rows.length - 1].incidents : 0, to);
    await new Promise((r) => setTimeout(r, 2000)); // visibility catches up
    const cli = await timed(() => service.list({ limit: 50 }), opt.samples);
    const web = await timed(async () => (await fetch(`${url}/`, { headers })).text(), opt.samples);
    rows.push({ incidents: to, cli, console: web, heapMiB: heapMiB() });
  }
  const last = rows[rows.length - 1];
  const goals = {
    'first page of incident list < 300 ms (p50)': (last.cli.p50 ?? Infinity) < 300,
    'first page of the console list < 300 ms (p50)': (last.console.p50 ?? Infinity) < 300,
    'console heap flat as incidents grow (last stage within 10 MiB of the first)': Math.abs(last.heapMiB - rows[0].heapMiB) < 10,
  };
  console.log(`
breachclock incident list at size (${os.cpus().length} CPUs, Temporal CLI dev server, SQLite; heap before any list ${baseline} MiB)
${table(rows.map((r) => [`${r.incidents} incidents`, `incident list p50/p95 ${r.cli.p50}/${r.cli.p95} ms; console p50/p95 ${r.console.p50}/${r.console.p95} ms; heap ${r.heapMiB} MiB`]))}
Goals: ${Object.entries(goals).map(([k, v]) => `${v ? 'met' : 'NOT met'}: ${k}`).join('; ')}`);
}

runCommand('bench:list', main);
