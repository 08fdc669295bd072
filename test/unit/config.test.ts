/** Worker configuration refuses bad values by name (docs/design.md §7). */
import { ConfigError, loadConfig } from '../../platform/config';
import { workflowHeapMb } from '../../worker/worker';

test('defaults', () => {
  const c = loadConfig({});
  expect(c.TEMPORAL_ADDRESS).toBe('localhost:7233');
  expect(c.TEMPORAL_NAMESPACE).toBe('default');
  expect(c.TEMPORAL_TASK_QUEUE).toBe('breachclock');
  expect(c.SMTP_URL).toBe('smtp://localhost:1025');
  expect(c.BREACHCLOCK_CONSOLE_PORT).toBe(3000);
});

test.each([
  ['TEMPORAL_ADDRESS', 'localhost'],
  ['SMTP_URL', 'http://mail'],
  ['MAIL_FROM', 'nobody'],
  ['BREACHCLOCK_CONSOLE_PORT', '99999'],
  ['BREACHCLOCK_CONSOLE_TOKEN', 'short'],
  ['BREACHCLOCK_MAX_CACHED_WORKFLOWS', 'many'],
  ['BREACHCLOCK_WORKFLOW_HEAP_MB', 'lots'],
  ['BREACHCLOCK_WORKFLOW_HEAP_MB', '16'],
])('refuses %s=%s naming the variable', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
});

test('TLS cert and key go together', () => {
  expect(() => loadConfig({ TEMPORAL_TLS_CERT: '/x.pem' })).toThrow(/TEMPORAL_TLS_KEY: set TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY together/);
});

test('the workflow thread heap cap follows the cache cap unless it is set', () => {
  expect(workflowHeapMb(loadConfig({}))).toBe(164);
  expect(workflowHeapMb(loadConfig({ BREACHCLOCK_MAX_CACHED_WORKFLOWS: '500' }))).toBe(564);
  expect(workflowHeapMb(loadConfig({ BREACHCLOCK_MAX_CACHED_WORKFLOWS: '500', BREACHCLOCK_WORKFLOW_HEAP_MB: '256' }))).toBe(256);
});

describe('the temporal CLI configuration (@temporalio/envconfig): one configuration serves both', () => {
  const dir = require('node:fs').mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'bc-profile-'));
  const file = require('node:path').join(dir, 'temporal.toml');
  require('node:fs').writeFileSync(file, '[profile.default]\naddress = "temporal.example.org:7233"\nnamespace = "claims-prod"\n\n[profile.dr]\naddress = "dr.example.org:7233"\napi_key = "k-123"\n');

  test.each([
    ['the default profile', { TEMPORAL_CONFIG_FILE: file }, 'temporal.example.org:7233', 'claims-prod'],
    ['a named profile', { TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'dr' }, 'dr.example.org:7233', 'default'],
    ['the environment over the profile', { TEMPORAL_CONFIG_FILE: file, TEMPORAL_ADDRESS: 'localhost:7299' }, 'localhost:7299', 'claims-prod'],
    ['no file at all', { TEMPORAL_CONFIG_FILE: require('node:path').join(dir, 'absent.toml') }, 'localhost:7233', 'default'],
  ])('%s', (_what, env, address, namespace) => {
    const c = loadConfig(env);
    expect([c.TEMPORAL_ADDRESS, c.TEMPORAL_NAMESPACE]).toEqual([address, namespace]);
  });

  test('the profile\'s API key is used; an unknown profile is refused naming TEMPORAL_PROFILE', () => {
    expect(loadConfig({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'dr' }).TEMPORAL_API_KEY).toBe('k-123');
    expect(() => loadConfig({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'nope' })).toThrow(/TEMPORAL_PROFILE: Profile 'nope' not found/);
  });
});
