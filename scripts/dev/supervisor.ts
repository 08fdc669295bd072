/**
 * Runs the worker in its own process for `npm start`, and brings it back when it dies, as a process
 * manager would in production. Planning runs on the worker's event loop; in its own process it can never
 * freeze the console or the mail sink, and a crashed or killed worker loses nothing (Temporal re-delivers
 * its tasks). Restarts back off (1 s doubling to 30 s) and the back-off resets after a minute of good health.
 * It runs the compiled release worker (dist/, which npm start builds first) with its prebuilt workflow bundle.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PRODUCTION_WORKER_FLAGS } from '../tools/load-kit';

export interface SupervisedWorker {
  /** How many times the worker has been started. */
  starts(): number;
  /** The current worker process id, if running. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

const ROOT = path.join(__dirname, '../..');

/** Asks a child process to stop (SIGTERM), and kills it if it has not after the grace period. */
export function stopChild(c: ChildProcess, graceMs: number): Promise<void> {
  if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => c.kill('SIGKILL'), graceMs);
    c.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    c.kill('SIGTERM');
  });
}


export function superviseWorker(env: NodeJS.ProcessEnv, log: (line: string) => void): SupervisedWorker {
  let child: ChildProcess | undefined;
  let count = 0;
  let stopping = false;
  let backoffMs = 1000;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    count += 1;
    const startedAt = Date.now();
    child = spawn(process.execPath, [...PRODUCTION_WORKER_FLAGS, path.join(ROOT, 'dist/worker/main.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    child.on('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      if (Date.now() - startedAt > 60_000) backoffMs = 1000;
      log(`worker exited (${signal ?? `code ${code}`}); restarting in ${Math.round(backoffMs / 1000)} s`);
      timer = setTimeout(start, backoffMs);
      backoffMs = Math.min(backoffMs * 2, 30_000);
    });
  };
  start();
  return {
    starts: () => count,
    pid: () => child?.pid,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (child) await stopChild(child, 15_000);
    },
  };
}
