/**
 * `npm run drill`: fault drills against a real dev server, worker process and loopback SMTP (issue 7;
 * docs/design.md §9). Incidents are set up so that reminders, escalations and a follow-up reminder fall
 * due within minutes (incidents.ts); while they fall due the worker is killed with SIGKILL at random
 * moments, the dev server is stopped and restarted on the same SQLite file, the SMTP server refuses mail
 * for 2 minutes, and every incident is re-planned after its first escalations (faults.ts). At the end it
 * reports incidents lost, reminders and escalations missed, duplicate emails (each checked against the
 * crashes that can explain it), sends recorded twice, incidents stuck in planning, typos accepted, and
 * workflow task failures (findings.ts).
 *
 *   npm run drill -- --incidents 40 --kills 5 --outage-seconds 120
 */
import { commandLine } from '../command-line';
import { Progress, runCommand } from '../load-kit';
import { startLoadStack } from '../load-stack';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runFaults, superviseWorker, type Fault } from './faults';
import { recordsDisk } from './input-faults';
import { findings, report } from './findings';
import { setUpIncidents, type Expected } from './incidents';

function options() {
  const cl = commandLine('npm run drill -- [options]', {
    incidents: { type: 'number', value: 'N', min: 1, help: 'incidents in the drill (default 40)' },
    kills: { type: 'number', value: 'N', help: 'SIGKILLs of the worker at random moments (default 5)' },
    'outage-seconds': { type: 'number', value: 'S', help: 'how long the SMTP server refuses mail with 421 (default 120)' },
    out: { type: 'string', value: 'FILE', help: 'where to write the JSON (default drill-results/drill-<time>.json)' },
  });
  return { incidents: cl.number('incidents', 40), kills: cl.number('kills', 5), outageSeconds: cl.number('outage-seconds', 120), out: cl.string('out') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => console.error(`drill ${new Date().toISOString().slice(11, 19)} ${s}`);

/** Waits for every email owed, with a bar; retries after the outage need up to 2 minutes. */
async function settle(arrivals: { update(): void; first: Map<string, number> }, expected: Expected, until: number): Promise<void> {
  const all = [...expected.opening, ...expected.reminders, ...expected.escalations];
  const bar = new Progress('waiting for every email owed', all.length);
  for (;;) {
    arrivals.update();
    const got = all.filter((m) => arrivals.first.has(m)).length;
    bar.update(got);
    if (got === all.length || Date.now() > until) break;
    await sleep(1000);
  }
  await sleep(5000); // late duplicates, if any, land now
}

async function main() {
  const opt = options();
  // The records folder on a disk the drill fills; a small cache, so incidents are evicted and replayed while they plan.
  const disk = recordsDisk(mkdtempSync(path.join(os.tmpdir(), 'bc-drill-')));
  const stack = await startLoadStack({ name: 'drill', log, workerEnv: { BREACHCLOCK_RECORDS_DIR: disk.dir, BREACHCLOCK_MAX_CACHED_WORKFLOWS: '5' } });
  const supervisor = superviseWorker(stack);
  const faults: Fault[] = [];
  const T0 = Date.now() + 30_000 + opt.incidents * 150;
  const unexpected = (what: string) => faults.push({ at: Date.now(), what: `UNEXPECTED: ${what}` });
  const { ids, expected } = await setUpIncidents(stack, opt.incidents, T0, unexpected);
  log(`set up; the first reminders fall due at ${new Date(T0 + 60_000).toISOString()}`);
  if (Date.now() < T0) await sleep(T0 - Date.now());
  await runFaults(stack, { T0, kills: opt.kills, outageSeconds: opt.outageSeconds, ids, disk }, faults, log);
  await settle(stack.arrivals, expected, Math.max(Date.now(), T0 + 390_000) + 240_000);
  report(await findings(stack, { ids, expected, faults, T0, options: opt }), opt.out);
  await supervisor.stop();
  disk.unmount();
}

runCommand('drill', main);
