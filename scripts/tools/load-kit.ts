/**
 * What `npm run bench` and `npm run drill` share: a worker in its own process (so its memory can be read
 * and it can be killed with SIGKILL), arrival times of mail at the loopback sink by Message-ID, a
 * progress bar on stderr, percentiles, and a bounded-concurrency runner.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MailSink } from '../dev/mail-sink';

const ROOT = path.join(__dirname, '../..');

/** A progress bar on stderr (redrawn in place on a terminal, a line every 10 % otherwise). */
export class Progress {
  private lastPct = -1;
  private lastDraw = 0;
  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}
  update(done: number, extra = ''): void {
    const pct = this.total ? Math.floor((done / this.total) * 100) : 100;
    const now = Date.now();
    if (process.stderr.isTTY) {
      if (now - this.lastDraw < 100 && done < this.total) return;
      this.lastDraw = now;
      const width = 30;
      const fill = Math.round((pct / 100) * width);
      process.stderr.write(`\r${this.label.padEnd(34)} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${String(pct).padStart(3)}% ${done}/${this.total} ${extra}   `);
      if (done >= this.total) process.stderr.write('\n');
    } else if (Math.floor(pct / 10) > Math.floor(this.lastPct / 10) || (done >= this.total && this.lastPct < 100)) {
      process.stderr.write(`${this.label}: ${pct}% (${done}/${this.total}) ${extra}\n`);
    }
    this.lastPct = pct;
  }
}

export function percentile(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** First arrival time of each Message-ID at the sink, and how many times each arrived. */
export class Arrivals {
  private seen = 0;
  readonly first = new Map<string, number>();
  readonly count = new Map<string, number>();
  constructor(private readonly sink: MailSink) {}
  update(): void {
    const msgs = this.sink.messages;
    for (; this.seen < msgs.length; this.seen++) {
      const m = msgs[this.seen];
      if (!this.first.has(m.messageId)) this.first.set(m.messageId, m.receivedAt.getTime());
      this.count.set(m.messageId, (this.count.get(m.messageId) ?? 0) + 1);
    }
  }
  at(messageId: string): number | undefined {
    this.update();
    return this.first.get(messageId);
  }
}

/** Waits until every Message-ID has arrived (or the timeout), with a progress bar. */
export async function waitForMail(arrivals: Arrivals, ids: string[], label: string, timeoutMs: number): Promise<string[]> {
  const bar = new Progress(label, ids.length);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    arrivals.update();
    const missing = ids.filter((id) => !arrivals.first.has(id));
    bar.update(ids.length - missing.length);
    if (!missing.length || Date.now() > deadline) return missing;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs `task(i)` for i in [0, n) with at most `concurrency` at once. */
export async function runPool(n: number, concurrency: number, task: (i: number) => Promise<void>, bar?: Progress): Promise<void> {
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      await task(i);
      done += 1;
      bar?.update(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
}

export interface HeapReport {
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  rssMiB: number;
}

export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  /** Resident memory now and its peak (VmHWM), in MiB, from /proc. */
  memory(): { rssMiB: number; peakMiB: number };
  /** After a full garbage collection in the worker: live V8 heap, heap reserved, off-heap and RSS, in MiB. */
  heapAfterGc(): Promise<HeapReport>;
  kill(signal?: NodeJS.Signals): void;
  exited: Promise<number | null>;
}

/** The V8 flags the worker runs with in production (`npm run worker`, which the image runs too), read from package.json so they cannot drift. */
export const PRODUCTION_WORKER_FLAGS: string[] = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts.worker
  .split(' ')
  .filter((a) => /^--(max-(semi|old)-space-size=\d+|optimize-for-size)$/.test(a));

/** Starts `scripts/tools/bench-worker.js` (the compiled worker from dist/) in its own Node process; resolves once it polls. */
export async function spawnWorker(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
  // --expose-gc only so the bench can ask (over IPC) for a heap report after a full collection.
  // BENCH_WORKER_NODE_FLAGS (e.g. --trace-gc) and BENCH_WORKER_LOG (a file for its output) are for diagnosis.
  const flags = (process.env.BENCH_WORKER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, ['--expose-gc', ...PRODUCTION_WORKER_FLAGS, ...flags, path.join(ROOT, 'scripts/tools/bench-worker.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let errText = '';
  child.stderr!.on('data', (d) => (errText = (errText + d).slice(-4000)));
  if (process.env.BENCH_WORKER_LOG) {
    const log = createWriteStream(process.env.BENCH_WORKER_LOG, { flags: 'a' });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  const heapWaiters: Array<(r: HeapReport) => void> = [];
  child.on('message', (m: { heap?: HeapReport }) => {
    if (m.heap) heapWaiters.shift()?.(m.heap);
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('READY')) resolve();
    });
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready:\n${errText}`)));
  });
  const field = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  };
  return {
    child,
    pid: child.pid!,
    memory: () => ({ rssMiB: field('VmRSS'), peakMiB: field('VmHWM') }),
    heapAfterGc: () =>
      new Promise<HeapReport>((resolve) => {
        heapWaiters.push(resolve);
        child.send('heap');
      }),
    kill: (signal = 'SIGTERM') => child.kill(signal),
    exited,
  };
}

export const round = (x: number | null, digits = 1): number | null => (x === null || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));

export function table(rows: Array<[string, string | number | null]>): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v ?? '—'}`).join('\n');
}

/** What a long command must undo however it ends: the dev server, the mail sink, the worker process. */
const undo: Array<() => unknown> = [];
export function atExit(fn: () => unknown): void {
  undo.push(fn);
}

/**
 * Runs a long command: its exit code is main's (0 when it returns nothing); on failure or Ctrl-C it says
 * why and still stops every server it started (newest first), so no dev server is left running.
 */
export function runCommand(name: string, main: () => Promise<number | void>): void {
  let finishing = false;
  const finish = async (code: number) => {
    if (finishing) return;
    finishing = true;
    for (const fn of undo.splice(0).reverse()) {
      try {
        await fn();
      } catch {
        // Best effort: the rest must still be undone.
      }
    }
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`${name}: interrupted; stopping what it started`);
      void finish(130);
    });
  }
  main().then(
    (code) => finish(code ?? 0),
    (err) => {
      console.error(`${name} failed: ${(err as Error).stack ?? err}`);
      return finish(1);
    },
  );
}
