/**
 * `npm run build`: the release. tsc (tsconfig.build.json: the product, no tests or scripts) into dist/, then the
 * prebuilt workflow bundle the compiled worker loads (dist/workflow-bundle.js, scripts/dev/build-bundle.ts).
 * `--if-stale` builds only when dist is missing or a source is newer than the last build: what `npm start`,
 * `npm test` (jest's globalSetup) and the bench run, so an unchanged tree costs one walk of the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const RELEASE_BUNDLE = path.join(DIST, 'workflow-bundle.js');
/** Written last, so a build cut short is stale. */
const STAMP = path.join(DIST, '.build-stamp');
const SOURCE_DIRS = ['domain', 'workflows', 'activities', 'reports', 'platform', 'application', 'worker', 'client'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/dev/build.ts', 'scripts/dev/build-bundle.ts'];

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), s.mtimeMs);
}

/** Why dist must be built again, or null when it is newer than every source. */
export function staleness(): string | null {
  if (!existsSync(STAMP)) return 'dist/ is not built';
  const built = statSync(STAMP).mtimeMs;
  const newer = [...SOURCE_DIRS, ...SOURCE_FILES].find((p) => newestMtime(path.join(ROOT, p)) > built);
  return newer ? `${newer} changed since the last build` : null;
}

/** Removes what tsc emitted for sources since deleted (an incremental build leaves it), so dist/ ships no stray module. */
function pruneOrphans(dir = DIST): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) pruneOrphans(p);
    else if (/\.js(\.map)?$/.test(name) && p !== RELEASE_BUNDLE) {
      const source = path.join(ROOT, path.relative(DIST, p).replace(/\.js(\.map)?$/, '.ts'));
      if (!existsSync(source)) rmSync(p);
    }
  }
}

export async function build(log: (line: string) => void): Promise<void> {
  const t0 = Date.now();
  rmSync(STAMP, { force: true });
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json exited with ${tsc.status ?? tsc.signal}`);
  pruneOrphans();
  // Loaded here: the Temporal worker package costs a second, which an up-to-date check does not pay.
  const { buildBundle } = await import('./build-bundle');
  const bundle = await buildBundle(RELEASE_BUNDLE);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  log(`built dist/ and ${path.relative(ROOT, bundle.file)} (${(bundle.bytes / 2 ** 20).toFixed(2)} MiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  const log = (line: string) => console.error(`[build] ${line}`);
  const ifStale = process.argv.includes('--if-stale');
  const why = ifStale ? staleness() : 'asked';
  // A full build starts clean, so no output of a deleted source is shipped.
  if (!ifStale) rmSync(DIST, { recursive: true, force: true });
  if (why === null) process.exit(0);
  if (ifStale) log(`${why}: building`);
  build(log).catch((err) => {
    log(`failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
