/**
 * Long builds that show their own progress: with `echo`, every line of the build's output as it comes,
 * and a heartbeat (elapsed time, what was done so far, the last line) so a first build of minutes never
 * looks hung, even through a silent step such as linking. Used for the Temporal CLI and server builds with
 * Go (scripts/dev/temporal-binaries.ts, scripts/dev/cluster.ts) and the test server's fetch with Maven.
 */
import { spawn } from 'node:child_process';

export type Log = (line: string) => void;

export interface ProgressOptions {
  /** Echo each line of the command's output as it comes. */
  echo?: boolean;
  /** Sees each line of output (to count what was done). */
  onLine?: (line: string) => void;
  /** What was done so far, for the heartbeat and the last line, e.g. "120 modules downloaded, 300 packages built". */
  summary?: () => string;
}

/** What `go install -v` has done so far: its "go: downloading" lines, and the import paths of the packages it built. */
export function goProgress(): Required<Pick<ProgressOptions, 'onLine' | 'summary'>> {
  let downloaded = 0;
  let built = 0;
  return {
    onLine(line) {
      if (/^go: downloading /.test(line)) downloaded++;
      else if (/^[\w.~-]+(\/[\w.~-]+)*$/.test(line.trim())) built++;
    },
    // Nothing to count when every package is in Go's build cache: then only linking is left, which says nothing.
    summary: () => [downloaded && `${downloaded} modules downloaded`, built && `${built} packages built`].filter(Boolean).join(', '),
  };
}

export function runWithProgress(what: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, log: Log, opts: ProgressOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 1000);
    const summary = () => {
      const done = opts.summary?.();
      return done ? `, ${done}` : '';
    };
    log(`${what}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastLines: string[] = [];
    const onData = (buf: Buffer) => {
      for (const line of buf.toString().split('\n')) {
        if (!line.trim()) continue;
        lastLines = [...lastLines.slice(-20), line];
        opts.onLine?.(line);
        if (opts.echo) log(`  ${line}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const beat = setInterval(() => {
      const last = lastLines[lastLines.length - 1];
      log(`${what}: still working, ${seconds()}s${summary()}${last ? ` (last: ${last.slice(0, 100)})` : ''}`);
    }, 15_000);
    child.on('error', (err) => {
      clearInterval(beat);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(beat);
      if (code === 0) {
        log(`${what}: done in ${seconds()}s${summary()}`);
        resolve();
      } else {
        reject(new Error(`${what} failed (exit ${code}) after ${seconds()}s:\n${lastLines.join('\n')}`));
      }
    });
  });
}

/** `go install -v`: each module fetched and package built is echoed as it comes and counted in the heartbeat. */
export function goInstall(what: string, go: string, packages: string[], env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  return runWithProgress(what, go, ['install', '-v', ...packages], env, log, { echo: true, ...goProgress() });
}
