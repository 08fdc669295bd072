/**
 * docker-compose.yml's breachclock services start with the configuration they are given (issue 16): the
 * worker and console configuration is loaded from each service's environment block as the image would,
 * so a refused value (once: MAIL_FROM breachclock@localhost) fails here, not in a crash-looping container.
 * Compose keeps closed incidents 5 years and publishes nothing beyond loopback.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadConfig } from '../../platform/config';

type Service = { environment?: Record<string, string>; ports?: string[]; build?: unknown; command?: string[] };
const compose = yaml.load(readFileSync(path.join(__dirname, '../../docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };

/** ${VAR:?message} and ${VAR:-default} as compose expands them, with sample values for the required ones. */
const SAMPLES: Record<string, string> = {
  BREACHCLOCK_CONSOLE_TOKEN: 'compose-test-token-0123456789',
  BREACHCLOCK_CODEC_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
};
const expand = (v: string) => v.replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (_m, name: string) => SAMPLES[name] ?? '');

const ours = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

test('the worker and the console are built from this repository', () => {
  expect(ours.map(([name]) => name).sort()).toEqual(['console', 'worker']);
});

test.each(ours)('%s: its environment block is a valid configuration', (_name, service) => {
  const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, expand(String(v))]));
  const config = loadConfig(env as NodeJS.ProcessEnv);
  expect(config.TEMPORAL_ADDRESS).toBe('temporal:7233');
  expect(config.BREACHCLOCK_RECORDS_DIR).toBe('/records');
});

test('closed incidents are kept 5 years, not the image default of 24 hours (RSA 420-P:5 IV)', () => {
  expect(compose.services.temporal.environment?.DEFAULT_NAMESPACE_RETENTION).toBe('43800h');
});

test('every published port is bound to loopback', () => {
  const ports = Object.values(compose.services).flatMap((s) => s.ports ?? []);
  expect(ports.length).toBeGreaterThan(0);
  for (const p of ports) expect(String(p)).toMatch(/^127\.0\.0\.1:/);
});
