/**
 * The worker's operations server (platform/ops-server.ts) over real HTTP on loopback: /metrics appends the SDK
 * exporter's scrape (or says why it is missing), takes its token when one is set, and /readyz follows `ready`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWorkerMetrics } from '../../platform/metrics';
import { startOpsServer, type OpsServer } from '../../platform/ops-server';

let sdk: http.Server;
let sdkUrl: string;
const servers: OpsServer[] = [];

beforeAll(async () => {
  sdk = http.createServer((_req, res) => res.end('# TYPE temporal_num_pollers gauge\ntemporal_num_pollers{poller_type="workflow_task"} 2\n'));
  await new Promise<void>((r) => sdk.listen(0, '127.0.0.1', r));
  sdkUrl = `http://127.0.0.1:${(sdk.address() as AddressInfo).port}/metrics`;
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await new Promise((r) => sdk.close(r));
});

async function serve(opts: { ready?: boolean; sdkMetricsUrl?: string; token?: string }) {
  const metrics = createWorkerMetrics();
  const server = await startOpsServer({ address: '127.0.0.1:0', registry: metrics.registry, ready: async () => opts.ready ?? true, sdkMetricsUrl: opts.sdkMetricsUrl, token: opts.token });
  servers.push(server);
  return { metrics, url: server.url };
}

test('/metrics: breachclock metrics then the SDK scrape; /healthz; /readyz follows ready; other paths 404', async () => {
  const { metrics, url } = await serve({ sdkMetricsUrl: sdkUrl });
  metrics.activities.emailSent();
  const text = await (await fetch(`${url}/metrics`)).text();
  expect(text).toContain('breachclock_emails_sent_total 1');
  expect(text).toContain('temporal_num_pollers{poller_type="workflow_task"} 2');
  expect(text.indexOf('breachclock_emails_sent_total')).toBeLessThan(text.indexOf('temporal_num_pollers'));
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  expect((await fetch(`${url}/incidents`)).status).toBe(404);
  const notReady = await serve({ ready: false });
  expect((await fetch(`${notReady.url}/readyz`)).status).toBe(503);
});

test('an SDK exporter that does not answer leaves a comment, not a failed scrape', async () => {
  const { url } = await serve({ sdkMetricsUrl: 'http://127.0.0.1:1/metrics' });
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(await res.text()).toMatch(/# SDK metrics unavailable: \w+/);
});

test('with a token, /metrics needs it; the health probes never do', async () => {
  const { url } = await serve({ token: 'metrics-token-0123456789' });
  expect((await fetch(`${url}/metrics`)).status).toBe(401);
  expect((await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } })).status).toBe(200);
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
});
