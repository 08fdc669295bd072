/**
 * The operations material in ops/ names only metrics that exist: every metric in the alert rules and the
 * dashboard is registered by breachclock (worker or console), by prom-client's process metrics, or emitted by
 * the Temporal SDK (the SDK names are checked against a real scrape in test/integration/operable.test.ts).
 * Also: the console's /metrics and /readyz answer before sign-in, /metrics on loopback or with its token only;
 * log lines are JSON with addresses masked and objects dropped; the metrics addresses are validated.
 */
import { Client, Connection } from '@temporalio/client';
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import yaml from 'js-yaml';
import { registerConsoleMetrics } from '../../client/console/metrics';
import { ConfigError, loadConfig } from '../../platform/config';
import { jsonLogger, safeFields, scrubbed, sdkLogger } from '../../platform/log';
import { createWorkerMetrics, METRIC_NAMES, PROCESS_METRIC_NAMES, SDK_METRIC_NAMES } from '../../platform/metrics';

const OPS = path.join(__dirname, '../../ops');
/** Prometheus's own series (`up` per scrape target). */
const PROMETHEUS_SERIES = ['up'];
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset']);

/** The metric names a PromQL expression reads: identifiers outside label matchers, ranges and grouping, not called. */
function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ');
  return [...bare.matchAll(/([A-Za-z_:][A-Za-z0-9_:]*)\s*(\()?/g)].filter((m) => !m[2] && !KEYWORDS.has(m[1]) && !/^\d/.test(m[1])).map((m) => m[1]);
}

const alertExprs = (): string[] => {
  const doc = yaml.load(readFileSync(path.join(OPS, 'prometheus/alerts.yml'), 'utf8')) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };
  return doc.groups.flatMap((g) => g.rules.map((r) => r.expr));
};
const dashboardExprs = (): string[] => {
  const doc = JSON.parse(readFileSync(path.join(OPS, 'grafana/breachclock.json'), 'utf8')) as { panels: Array<{ targets?: Array<{ expr: string }> }> };
  return doc.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
};

const known = new Set<string>([...Object.values(METRIC_NAMES), ...SDK_METRIC_NAMES, ...PROCESS_METRIC_NAMES, ...PROMETHEUS_SERIES]);
const unknown = (names: string[]) => names.filter((n) => !known.has(n) && !known.has(n.replace(/_(bucket|sum|count)$/, '')));

test('the name reader finds metrics and skips functions, labels, ranges and grouping', () => {
  expect(metricNamesIn('histogram_quantile(0.95, sum by (le, route) (rate(foo_bucket{job="x", a=~"b|c"}[5m]))) or absent(bar{x="y"}) and time() - baz > 1'))
    .toEqual(['foo_bucket', 'bar', 'baz']);
  expect(unknown(['breachclock_nope_total', 'temporal_request', 'breachclock_console_http_request_duration_seconds_bucket'])).toEqual(['breachclock_nope_total']);
});

test.each([
  ['ops/prometheus/alerts.yml', alertExprs],
  ['ops/grafana/breachclock.json', dashboardExprs],
])('%s names only metrics that exist', (_file, exprs) => {
  const names = exprs().flatMap(metricNamesIn);
  expect(names.length).toBeGreaterThan(5);
  expect(unknown(names)).toEqual([]);
});

test('the alert rules cover an overdue obligation, a worker with no pollers, and email failures', () => {
  const names = new Set(alertExprs().flatMap(metricNamesIn));
  for (const n of [METRIC_NAMES.overdueObligations, 'temporal_num_pollers', METRIC_NAMES.emailsFailed]) expect(names).toContain(n);
});

test('the worker registry holds every worker metric and the process metrics the dashboard shows', async () => {
  const registered = (await createWorkerMetrics().registry.getMetricsAsJSON()).map((m) => m.name);
  const console = [METRIC_NAMES.httpRequests, METRIC_NAMES.httpDuration, METRIC_NAMES.refusals];
  const worker = Object.values(METRIC_NAMES).filter((n) => !(console as string[]).includes(n));
  expect([...worker, ...PROCESS_METRIC_NAMES].filter((n) => !registered.includes(n))).toEqual([]);
});

describe('the console: /metrics and /readyz before sign-in', () => {
  // Nothing listens on port 1: readiness must say no.
  const client = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  const appWith = async (token?: string) => {
    const app = Fastify();
    registerConsoleMetrics(app, { client, token });
    app.addHook('onRequest', async (_req, reply) => reply.code(401).send('sign in')); // stands for the auth module
    app.get('/incidents/:id', async () => 'never');
    await app.ready();
    return app;
  };

  test('loopback only without a token; the route pattern, never the ID, is the label', async () => {
    const app = await appWith();
    await app.inject({ url: '/incidents/INC-SECRET-1' });
    expect((await app.inject({ url: '/metrics', remoteAddress: '10.0.0.5' })).statusCode).toBe(401);
    // A reverse proxy on this host connects from loopback too: what it forwards is not local.
    expect((await app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } })).statusCode).toBe(401);
    const res = await app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('breachclock_console_http_requests_total{route="/incidents/:id",method="GET",status="401"} 1');
    expect(res.body).toContain('breachclock_console_refusals_total{kind="unauthenticated"} 3');
    expect(res.body).not.toContain('INC-SECRET-1');
    expect(METRIC_NAMES.httpDuration).toBe('breachclock_console_http_request_duration_seconds');
    expect(res.body).toContain(`${METRIC_NAMES.httpDuration}_count{route="/incidents/:id",method="GET"} 1`);
    await app.close();
  });

  test('with a token, /metrics needs it even on loopback; /readyz says 503 when Temporal does not answer', async () => {
    const app = await appWith('metrics-token-0123456789');
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/metrics', headers: { authorization: 'Bearer metrics-token-0123456789' } })).statusCode).toBe(200);
    const ready = await app.inject({ url: '/readyz' });
    expect([ready.statusCode, ready.json()]).toEqual([503, { ready: false }]);
    await app.close();
  });
});

describe('logs', () => {
  test('one JSON line per event; addresses masked, objects dropped, errors reduced to type and message', () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (c, _e, done) => { lines.push(String(c)); done(); } });
    const log = sdkLogger(jsonLogger('test', { stream }));
    log.warn('Activity failed for ciso@show-me-mutual.example', { attempt: 2, activityType: 'sendEmail', args: [{ text: 'Dear consumer' }], error: new Error('550 <a.b@c.example> rejected') });
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith('\n')).toBe(true);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 'warn', service: 'test', msg: 'Activity failed for <address>', attempt: 2, activityType: 'sendEmail', error: { type: 'Error', message: '550 <<address>> rejected' } });
    expect(line.args).toBeUndefined();
    expect(typeof line.time).toBe('string');
  });

  test('long text is bounded; plain values kept', () => {
    expect(scrubbed('x'.repeat(600))).toHaveLength(501);
    expect(safeFields({ workflowId: 'INC-1', n: 1, ok: true, payload: { data: 'secret' }, taskToken: 'Ci...' })).toEqual({ workflowId: 'INC-1', n: 1, ok: true });
  });
});

test('metrics addresses: host:port or 0 (off), refused by name otherwise', () => {
  expect(loadConfig({}).BREACHCLOCK_WORKER_METRICS_ADDRESS).toBe('127.0.0.1:9464');
  expect(loadConfig({ BREACHCLOCK_WORKER_METRICS_ADDRESS: '0' }).BREACHCLOCK_WORKER_METRICS_ADDRESS).toBe('0');
  expect(loadConfig({ BREACHCLOCK_SDK_METRICS_ADDRESS: '0.0.0.0:9465' }).BREACHCLOCK_SDK_METRICS_ADDRESS).toBe('0.0.0.0:9465');
  for (const [name, value] of [['BREACHCLOCK_WORKER_METRICS_ADDRESS', 'nope'], ['BREACHCLOCK_METRICS_TOKEN', 'short'], ['BREACHCLOCK_LOG_LEVEL', 'loud']]) {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  }
});

test('docker-compose: Prometheus loads the alert rules and scrapes the worker where it serves /metrics, under the job the rules name', () => {
  const compose = yaml.load(readFileSync(path.join(__dirname, '../../docker-compose.yml'), 'utf8')) as { services: Record<string, { environment?: Record<string, string>; volumes?: string[] }> };
  const prom = yaml.load(readFileSync(path.join(OPS, 'prometheus/prometheus.yml'), 'utf8')) as { rule_files: string[]; scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }> };
  expect(compose.services.prometheus.volumes).toContain('./ops/prometheus:/etc/prometheus:ro');
  expect(prom.rule_files).toEqual(['/etc/prometheus/alerts.yml']);
  const port = compose.services.worker.environment?.BREACHCLOCK_WORKER_METRICS_ADDRESS.split(':')[1];
  expect(prom.scrape_configs.find((j) => j.job_name === 'breachclock-worker')?.static_configs[0].targets).toEqual([`worker:${port}`]);
  expect(alertExprs().join('\n')).toContain('job="breachclock-worker"');
});
