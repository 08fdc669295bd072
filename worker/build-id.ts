/**
 * Which worker deployment version this worker is (docs/operations.md, "Upgrading: worker versions"): the
 * release's build ID, or by default the package version and a short hash of the workflow code, so that two
 * workers share a build ID exactly when they run the same workflow code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { WorkerDeploymentOptions } from '@temporalio/worker';
import type { Config } from '../platform/config';

const ROOT = path.join(__dirname, '..');
/** What the workflow bundle is built from (docs/design.md §1: workflows import only these). */
const WORKFLOW_SOURCES = ['workflows', 'domain/incident'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : /\.ts$/.test(name) ? [full] : [];
    });
}

/** A short SHA-256 of the files given (their paths relative to the repository, and their bytes). */
export function contentHash(files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(path.relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** The prebuilt bundle when one is configured (the code that runs), otherwise the workflow sources. */
export function defaultBuildId(config: Pick<Config, 'BREACHCLOCK_WORKFLOW_BUNDLE'>): string {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const files = config.BREACHCLOCK_WORKFLOW_BUNDLE ? [path.resolve(config.BREACHCLOCK_WORKFLOW_BUNDLE)] : WORKFLOW_SOURCES.flatMap((d) => filesUnder(path.join(ROOT, d)));
  return `${version}-${contentHash(files)}`;
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
