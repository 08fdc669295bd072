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
