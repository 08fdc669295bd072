/**
 * An operable worker and console (issue 25, item 5) on the real dev server with a real SMTP sink: the worker's
 * /metrics (breachclock's counters and gauges, the SDK's metrics merged in) moves as an incident runs, its
 * /readyz follows the worker, the console answers /healthz, /readyz and /metrics before sign-in, and every log
 * line is one JSON object that carries nothing an incident says.
 */
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { openIncident } from '../../application/temporal-client';
import { buildConsole, type ConsoleApp } from '../../client/console/server';
import { shiftIncident } from '../../domain/incident/shift';
import { dataConverterFor } from '../../platform/codec';
import { jsonLogger } from '../../platform/log';
import { createWorkerMetrics, SDK_METRIC_NAMES } from '../../platform/metrics';
import { startMailSink, type MailSink } from '../../scripts/dev/mail-sink';
import { startDevServer } from '../../scripts/dev/servers';
import { installRuntime, startWorkerOps } from '../../worker/ops';
import { exampleIncident, testCodec, testWorker, uniqueId, waitFor, openingOf } from '../helpers/fixtures';

const taskQueue = 'operable-test';
const DAY = 86_400_000;
const lines: string[] = [];
const capture = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** The value of one sample (`name{labels} value`) in a scrape, or undefined when it is absent. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `) || (!labels && l.startsWith(`${name}{`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}
const names = (text: string) => new Set(text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/[{ ]/)[0]));

const t = {} as {
  env: TestWorkflowEnvironment; sink: MailSink; worker: Worker; running: Promise<void>; client: Client;
  ops: { url: string; stop(): Promise<void> }; app: ConsoleApp; consoleUrl: string;
};
const codec = testCodec();
const metrics = createWorkerMetrics();
const metricsToken = 'test-metrics-token-0123456789';

beforeAll(async () => {
  // The Runtime is one per process and comes before any connection (the dev server's included).
  const sdkMetricsAddress = `127.0.0.1:${await freePort()}`;
  installRuntime(jsonLogger('breachclock-worker', { level: 'debug', stream: capture }), sdkMetricsAddress);
  t.env = await startDevServer();
  t.sink = await startMailSink();
  t.worker = await testWorker(t.env.nativeConnection, t.sink, taskQueue, 'default', codec, undefined, metrics.activities);
  t.running = t.worker.run();
  t.client = new Client({ connection: t.env.connection, dataConverter: dataConverterFor(codec) });
  t.ops = await startWorkerOps({ worker: t.worker, connection: t.env.nativeConnection, client: t.client, metrics, address: '127.0.0.1:0', sdkMetricsAddress, gaugeIntervalMs: 300 });
  const logger = jsonLogger('breachclock-console', { stream: capture });
  t.app = await buildConsole({ client: t.client, taskQueue, token: 'test-console-token-0123456789', codec, logger, metricsToken });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  t.consoleUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await t.app?.close();
  await t.ops?.stop();
  if (t.worker?.getState() === 'RUNNING') t.worker.shutdown();
  await t.running;
  await t.sink?.close();
  await t.env?.teardown();
});

const scrape = async () => (await fetch(`${t.ops.url}/metrics`)).text();

test('the worker: counters move as emails go, gauges follow visibility, the SDK metrics are merged in', async () => {
  expect((await fetch(`${t.ops.url}/healthz`)).status).toBe(200);
  expect((await fetch(`${t.ops.url}/readyz`)).status).toBe(200);
  const before = await scrape();
  expect(sample(before, 'breachclock_emails_sent_total')).toBe(0);

  // Determined 60 days before now (whatever day this runs): its regulator notices are overdue.
  const incident = shiftIncident({ ...exampleIncident(), incidentId: uniqueId('OPS') }, Date.now() - 60 * DAY);
  t.sink.refuseWith(421); // the first attempts fail (transient), then the mail server takes them
  await openIncident(t.client, taskQueue, incident);
  // Two refusals: the opening summary sent with the plan, then the email lane's first attempt (its retry is counted).
  await waitFor(async () => ((sample(await scrape(), 'breachclock_emails_failed_total', 'kind="transient"') ?? 0) > 1 ? true : undefined), 'two failed emails counted');
  t.sink.refuseWith(null);
  await openingOf(t.sink, t.client, incident.incidentId, 30_000);

  const after = await waitFor(async () => {
    const text = await scrape();
    const moved = (sample(text, 'breachclock_emails_sent_total') ?? 0) > 0 && (sample(text, 'breachclock_incidents', 'phase="open"') ?? 0) > 0 &&
      (sample(text, 'breachclock_obligations_overdue') ?? 0) > 0;
    return moved ? text : undefined;
  }, 'counters and gauges moved', 40_000);
  expect(sample(after, 'breachclock_emails_retried_total')).toBeGreaterThan(0);
  expect(sample(after, 'breachclock_incidents_overdue')).toBeGreaterThan(0);
  expect(sample(after, 'breachclock_incident_gauges_sampled_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
  // Every SDK metric the alert rules and dashboard rely on is in a real scrape.
  const seen = names(after);
  expect(SDK_METRIC_NAMES.filter((n) => ![n, `${n}_bucket`].some((s) => seen.has(s)))).toEqual([]);
  // No incident ID, address or title in any label.
  for (const secret of [incident.incidentId, incident.title, incident.contacts.owner]) expect(after).not.toContain(secret);
});

test('the console: /healthz, /readyz and /metrics answer before sign-in; /metrics needs its own token', async () => {
  expect((await fetch(`${t.consoleUrl}/healthz`)).status).toBe(200);
  expect(await (await fetch(`${t.consoleUrl}/readyz`)).json()).toEqual({ ready: true });
  expect((await fetch(`${t.consoleUrl}/api/incidents`)).status).toBe(401);
  expect((await fetch(`${t.consoleUrl}/login?code=not-a-code`)).status).toBe(401);
  expect((await fetch(`${t.consoleUrl}/metrics`)).status).toBe(401);
  const res = await fetch(`${t.consoleUrl}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(sample(text, 'breachclock_console_http_requests_total', 'route="/healthz",method="GET",status="200"')).toBe(1);
  expect(sample(text, 'breachclock_console_refusals_total', 'kind="unauthenticated"')).toBeGreaterThanOrEqual(3);
  expect(sample(text, 'breachclock_console_http_request_duration_seconds_count', 'route="/login",method="GET"')).toBe(1);
});

test('logs: one JSON object a line, the request log names the route, never the sign-in code or an incident\'s words', () => {
  const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(parsed.some((l) => l.service === 'breachclock-worker' && typeof l.msg === 'string')).toBe(true);
  expect(parsed.find((l) => l.service === 'breachclock-console' && l.route === '/login')).toMatchObject({ level: 'info', status: 401, method: 'GET' });
  const all = lines.join('\n');
  for (const secret of ['not-a-code', 'Credential-stuffing', 'show-me-mutual.example']) expect(all).not.toContain(secret);
  // The activities' own lines (the SDK's) are there, with their IDs but without their task tokens.
  expect(parsed.some((l) => l.activityType === 'sendEmail' && l.workflowId && l.taskToken === undefined)).toBe(true);
  expect(parsed.filter((l) => 'taskToken' in l)).toEqual([]);
});

test('the worker is not ready once it stops', async () => {
  t.worker.shutdown();
  await t.running;
  expect((await fetch(`${t.ops.url}/readyz`)).status).toBe(503);
  expect((await fetch(`${t.ops.url}/healthz`)).status).toBe(200);
});
