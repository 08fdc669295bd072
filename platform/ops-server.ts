/**
 * The worker's small operations HTTP server: `/metrics` (breachclock's metrics followed by the SDK's, read from
 * the SDK's own exporter, so Prometheus scrapes one target), `/healthz` (the process answers) and `/readyz`
 * (the worker runs and reaches Temporal). No incident data is served here.
 */
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface OpsServerOptions {
  /** host:port to listen on (port 0: any free port). */
  address: string;
  registry: Registry;
  /** Ready to take work: running and connected (answers within the probe's deadline). */
  ready: () => Promise<boolean>;
  /** The SDK's Prometheus exporter (http://host:port/metrics), appended to /metrics. */
  sdkMetricsUrl?: string;
  /** When set, /metrics needs `Authorization: Bearer <token>` (health probes never do). */
  token?: string;
}

export interface OpsServer {
  /** Where it listens, e.g. http://127.0.0.1:9464. */
  url: string;
  close(): Promise<void>;
}

export function splitHostPort(address: string): { host: string; port: number } {
  const at = address.lastIndexOf(':');
  return { host: address.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(address.slice(at + 1)) };
}

/** The SDK's scrape, or a comment saying why it is missing (its absence then shows on dashboards, not as a 500). */
async function sdkScrape(url: string | undefined): Promise<string> {
  if (!url) return '';
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok ? await res.text() : `# SDK metrics unavailable: HTTP ${res.status}\n`;
  } catch (err) {
    return `# SDK metrics unavailable: ${(err as Error).name}\n`;
  }
}

function bearerIs(req: http.IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

async function answer(opts: OpsServerOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  const send = (code: number, type: string, body: string) => res.writeHead(code, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  if (req.method !== 'GET') return void send(405, 'text/plain', 'GET only\n');
  if (path === '/healthz') return void send(200, 'application/json', '{"ok":true}\n');
  if (path === '/readyz') {
    const ready = await opts.ready().catch(() => false);
    return void send(ready ? 200 : 503, 'application/json', `{"ready":${ready}}\n`);
  }
  if (path === '/metrics') {
    if (opts.token && !bearerIs(req, opts.token)) return void send(401, 'text/plain', 'a metrics token is required\n');
    const [own, sdk] = await Promise.all([opts.registry.metrics(), sdkScrape(opts.sdkMetricsUrl)]);
    return void send(200, opts.registry.contentType, `${own}\n${sdk}`);
  }
  send(404, 'text/plain', 'not found\n');
}

export async function startOpsServer(opts: OpsServerOptions): Promise<OpsServer> {
  const server = http.createServer((req, res) => {
    answer(opts, req, res).catch(() => res.headersSent || res.writeHead(500).end());
  });
  const { host, port } = splitHostPort(opts.address);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = server.address() as AddressInfo;
  const shown = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  return {
    url: `http://${shown}:${bound.port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
