/**
 * The drill's faults while reminders and escalations fall due: SIGKILLs of the worker at random moments
 * (a supervisor replaces it, as a process manager would), an SMTP outage (421), a dev server stop and
 * restart on the same SQLite file, and re-plans after the first escalations.
 */
import { startDevServer } from '../../dev/servers';
import { spawnWorker } from '../load-kit';
import type { LoadStack } from '../load-stack';
import { replanAll } from './incidents';
import { inputFaultSteps, type recordsDisk } from './input-faults';

export interface Fault {
  at: number;
  what: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Keeps one worker running: a killed one is replaced after 1-3 s (the server may be down: it tries again). */
export function superviseWorker(stack: LoadStack): { stop(): Promise<void> } {
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      await stack.worker.exited;
      if (stopping) return;
      await sleep(1000 + Math.random() * 2000);
      for (;;) {
        try {
          stack.worker = await spawnWorker(stack.workerEnv);
          break;
        } catch {
          await sleep(2000);
        }
      }
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      stack.worker.kill('SIGKILL');
      await loop.catch(() => undefined);
    },
  };
}

export interface FaultPlan {
  T0: number;
  kills: number;
  outageSeconds: number;
  ids: string[];
  disk: ReturnType<typeof recordsDisk>;
}


/** Runs every fault at its moment, in order, recording each; resolves after the last has begun. */
export async function runFaults(stack: LoadStack, plan: FaultPlan, faults: Fault[], log: (s: string) => void): Promise<void> {
  const { T0 } = plan;
  const record = (what: string) => {
    faults.push({ at: Date.now(), what });
    log(what);
  };
  const [windowStart, windowEnd] = [T0 + 20_000, T0 + 330_000];
  const kill = async () => {
    // Kill a live worker: wait for the supervisor to have replaced the last one killed.
    while (stack.worker.child.exitCode !== null || stack.worker.child.signalCode !== null) await sleep(200);
    record(`worker ${stack.worker.pid} killed (SIGKILL)`);
    stack.worker.kill('SIGKILL');
  };
  const outage = async () => {
    record(`SMTP refuses mail (421) for ${plan.outageSeconds} s`);
    stack.sink.refuseWith(421);
    setTimeout(() => {
      stack.sink.refuseWith(null);
      record('SMTP accepts mail again');
    }, plan.outageSeconds * 1000);
  };
  const replan = async () => {
    record('new consumer counts for every incident (re-plans after escalations)');
    await replanAll(stack, plan.ids);
  };
  const restart = async () => {
    const dev = stack.devServer!;
    record('dev server stopped');
    await dev.env.teardown();
    await sleep(5000);
    dev.env = await startDevServer({ dbFilename: dev.dbFilename, port: dev.port });
    record('dev server restarted on the same SQLite file');
  };
  const steps = [
    ...inputFaultSteps(stack, plan, record, kill),
    ...Array.from({ length: plan.kills }, () => ({ at: windowStart + Math.random() * (windowEnd - windowStart), run: kill })),
    { at: T0 + 90_000, run: outage },
    { at: T0 + 170_000, run: restart },
    // After the first escalations (NH rung 0 at T0 + 150 s + offset): none may send an email twice.
    { at: T0 + 260_000, run: replan },
  ].sort((a, b) => a.at - b.at);
  for (const step of steps) {
    if (Date.now() < step.at) await sleep(step.at - Date.now());
    await step.run();
  }
}
