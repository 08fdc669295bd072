/**
 * docker-compose.yml's breachclock services start with the configuration they are given (issue 16): the
 * worker and console configuration is loaded from each service's environment block as the image would,
 * so a refused value (once: MAIL_FROM breachclock@localhost) fails here, not in a crash-looping container.
 * Compose keeps closed incidents 5 years, runs the Temporal server image with its schema set up by the SQL
 * tool (not the deprecated auto-setup image), and publishes nothing beyond loopback.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadConfig } from '../../platform/config';

type Service = {
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  build?: unknown;
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
};
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

test('closed incidents are kept 5 years, not the default of 24 hours (RSA 420-P:5 IV)', () => {
  const setup = compose.services['temporal-setup'];
  expect(setup.environment?.NAMESPACE_RETENTION).toBe('43800h');
  expect(setup.command?.join(' ')).toMatch(/namespace create --namespace default --retention \$\$NAMESPACE_RETENTION/);
  expect(setup.command?.join(' ')).toMatch(/namespace update --namespace default --retention \$\$NAMESPACE_RETENTION/);
});

test('Temporal runs from the server image on a schema the SQL tool set up, not the deprecated auto-setup image', () => {
  const images = Object.values(compose.services).map((s) => s.image ?? '');
  expect(images.filter((i) => i.includes('auto-setup'))).toEqual([]);
  expect(compose.services.temporal.image).toMatch(/^temporalio\/server:/);
  const schema = compose.services['temporal-schema'];
  expect(schema.image).toMatch(/^temporalio\/admin-tools:/);
  const script = schema.command?.join(' ') ?? '';
  for (const step of ['create-database', 'setup-schema -v 0.0', 'update-schema']) expect(script).toContain(step);
  for (const db of ['temporal:temporal', 'temporal_visibility:visibility']) expect(script).toContain(db);
  // Each step waits for the one before it: the schema for PostgreSQL, the server for its schema, setup for the server.
  expect(schema.depends_on?.postgresql.condition).toBe('service_healthy');
  expect(compose.services.temporal.depends_on?.['temporal-schema'].condition).toBe('service_completed_successfully');
  expect(compose.services['temporal-setup'].depends_on?.temporal.condition).toBe('service_healthy');
  for (const name of ['worker', 'console']) expect(compose.services[name].depends_on?.['temporal-setup'].condition).toBe('service_completed_successfully');
});

test('every published port is bound to loopback', () => {
  const ports = Object.values(compose.services).flatMap((s) => s.ports ?? []);
  expect(ports.length).toBeGreaterThan(0);
  for (const p of ports) expect(String(p)).toMatch(/^127\.0\.0\.1:/);
});

test('every file a breachclock service writes (API tokens, records) lies on a volume mounted writable and handed to the runtime user', () => {
  const withVolumes = compose.services as Record<string, Service & { volumes?: string[] }>;
  const init = withVolumes['records-init'];
  for (const [name, s] of ours) {
    const env = s.environment ?? {};
    const written = [name === 'worker' ? env.BREACHCLOCK_RECORDS_DIR : undefined, name === 'console' ? path.posix.dirname(env.BREACHCLOCK_TOKENS_FILE ?? '') : undefined].filter(
      (x): x is string => !!x && x !== '.',
    );
    for (const dir of written) {
      const mount = (withVolumes[name].volumes ?? []).find((v) => v.split(':')[1] === dir);
      expect({ service: name, dir, mount }).toEqual({ service: name, dir, mount: expect.not.stringMatching(/:ro$/) });
      expect(init.volumes).toContain(mount);
      expect(s.depends_on?.['records-init']).toEqual({ condition: 'service_completed_successfully' });
    }
  }
  expect(ours.map(([n]) => n)).toEqual(expect.arrayContaining(['worker', 'console']));
  // The image's own folder is not the runtime user's to write: the tokens file must be placed on a volume.
  expect(withVolumes.console.environment?.BREACHCLOCK_TOKENS_FILE).toMatch(/^\/[^/]+\//);
});
