/** Which worker deployment version a worker is (worker/build-id.ts; docs/operations.md, "Upgrading"). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../platform/config';
import { defaultBuildId, deploymentOptions } from '../../worker/build-id';

const bundle = (code: string) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bc-build-id-')), 'workflow-bundle.js');
  writeFileSync(file, code);
  return file;
};

test('unversioned by default: npm start and the tests need no current version', () => {
  expect(deploymentOptions(loadConfig({}))).toEqual({});
});

test('versioned: the deployment and build ID configured, workflows pinned unless they say otherwise', () => {
  const c = loadConfig({ BREACHCLOCK_WORKER_VERSIONING: '1', BREACHCLOCK_BUILD_ID: '1.1.0-rc2' });
  expect(deploymentOptions(c)).toEqual({
    workerDeploymentOptions: { useWorkerVersioning: true, version: { deploymentName: 'breachclock', buildId: '1.1.0-rc2' }, defaultVersioningBehavior: 'PINNED' },
  });
});

test('the default build ID is the package version and a hash of the code that runs', () => {
  const { version } = require('../../package.json') as { version: string };
  const a = defaultBuildId({ BREACHCLOCK_WORKFLOW_BUNDLE: bundle('one') });
  expect(a).toMatch(new RegExp(`^${version.replace(/\./g, '\\.')}-[0-9a-f]{12}$`));
  expect(defaultBuildId({ BREACHCLOCK_WORKFLOW_BUNDLE: bundle('one') })).toBe(a);
  expect(defaultBuildId({ BREACHCLOCK_WORKFLOW_BUNDLE: bundle('two') })).not.toBe(a);
  // Without a prebuilt bundle, the workflow sources: stable from one call to the next.
  expect(defaultBuildId({})).toBe(defaultBuildId({}));
  // The emails' words read the runtime's tz data (zone-offsets.ts): other zone rules, another version.
  expect(defaultBuildId({ BREACHCLOCK_WORKFLOW_BUNDLE: bundle('one') }, '2025c')).not.toBe(defaultBuildId({ BREACHCLOCK_WORKFLOW_BUNDLE: bundle('one') }, '2026a'));
  expect(defaultBuildId({ BREACHCLOCK_WORKFLOW_BUNDLE: bundle('one') }, process.versions.tz)).toBe(a);
});

test.each([
  ['BREACHCLOCK_WORKER_VERSIONING', 'yes'],
  ['BREACHCLOCK_DEPLOYMENT_NAME', 'breach.clock'],
  ['BREACHCLOCK_DEPLOYMENT_NAME', 'breach:clock'],
  ['BREACHCLOCK_BUILD_ID', 'a:b'],
])('refuses %s=%s naming the variable (the server splits versions at "." and ":")', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
});
