/**
 * Which worker deployment version this worker is (docs/operations.md, "Upgrading: worker versions"): the
 * release's build ID, or by default the package version and a short hash of the workflow code and the runtime's
 * tz data, so that two workers running different workflow code (or reading different zone rules) never share one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { WorkerDeploymentOptions } from '@temporalio/worker';
import type { Config } from '../platform/config';

const ROOT = path.join(__dirname, '..');
/**
 * What the workflow bundle is built from (docs/design.md §1: workflows import only these), its failure
 * converter, and the lockfile (the SDK's and zod's versions; any dependency change makes a new build ID).
 */
const WORKFLOW_SOURCES = ['workflows', 'domain/incident'];
const BUNDLED_FILES = ['platform/failure-converter.ts', 'package-lock.json'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : /\.ts$/.test(name) ? [full] : [];
    });
}

/** A short SHA-256 of the named contents given (a name: where a source file sits in the repository). */
export function contentHash(parts: Array<{ name: string; bytes: Buffer }>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p.name).update('\0').update(p.bytes).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/**
 * The prebuilt bundle's bytes when one is configured (the code that runs, wherever the file is), otherwise
 * the workflow sources with their places in the repository.
 */
export function defaultBuildId(config: Pick<Config, 'BREACHCLOCK_WORKFLOW_BUNDLE'>, tzData = process.versions.tz ?? ''): string {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const parts = config.BREACHCLOCK_WORKFLOW_BUNDLE
    ? [{ name: 'bundle', bytes: readFileSync(config.BREACHCLOCK_WORKFLOW_BUNDLE) }]
    : [...WORKFLOW_SOURCES.flatMap((d) => filesUnder(path.join(ROOT, d))), ...BUNDLED_FILES.map((f) => path.join(ROOT, f))].map((f) => ({ name: path.relative(ROOT, f), bytes: readFileSync(f) }));
  // The words in a workflow's emails read the runtime's tz data (domain/incident/zone-offsets.ts): newer data, new version.
  const tz = { name: 'tz', bytes: Buffer.from(tzData) };
  return `${version}-${contentHash([...parts, tz])}`;
}

type VersioningConfig = Pick<Config, 'BREACHCLOCK_WORKER_VERSIONING' | 'BREACHCLOCK_DEPLOYMENT_NAME' | 'BREACHCLOCK_BUILD_ID' | 'BREACHCLOCK_WORKFLOW_BUNDLE'>;

/**
 * The worker's deployment options, or none (an unversioned worker). Workflows without their own annotation
 * are pinned: a run never meets code it did not start on (docs/design.md §9).
 */
export function deploymentOptions(config: VersioningConfig): { workerDeploymentOptions?: WorkerDeploymentOptions } {
  if (config.BREACHCLOCK_WORKER_VERSIONING !== '1') return {};
  const version = { deploymentName: config.BREACHCLOCK_DEPLOYMENT_NAME, buildId: config.BREACHCLOCK_BUILD_ID ?? defaultBuildId(config) };
  return { workerDeploymentOptions: { useWorkerVersioning: true, version, defaultVersioningBehavior: 'PINNED' } };
}
