/**
 * The Temporal Web UI as `npm start` serves it: the dev server's own UI behind a loopback pass-through that
 * turns on the UI's "include cross-origin credentials" codec setting. The dev server takes the codec endpoint
 * (`--ui-codec-endpoint`) but has no flag for credentials, and the console's codec endpoint answers only a
 * signed-in browser (client/console/auth.ts: CORS from the UI's origin, with credentials): without them the UI
 * could not decode until each user ticked the box by hand. Everything else passes through unchanged.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SETTINGS = '/api/v1/settings';

/** The UI's settings with the codec's credentials on (the endpoint as the dev server was given it). */
export function withCodecCredentials(body: string): string {
  const settings = JSON.parse(body) as { Codec?: Record<string, unknown> };
  if (settings.Codec?.Endpoint) settings.Codec.IncludeCredentials = true;
  return JSON.stringify(settings);
}

function forward(req: IncomingMessage, res: ServerResponse, upstream: { host: string; port: number }): void {
  const settings = (req.url ?? '').split('?')[0] === SETTINGS;
  const headers = { ...req.headers, host: `${upstream.host}:${upstream.port}`, ...(settings ? { 'accept-encoding': 'identity' } : {}) };
  const out = request({ ...upstream, method: req.method, path: req.url, headers }, (up) => {
    if (!settings || up.statusCode !== 200) {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
      return;
    }
    const chunks: Buffer[] = [];
    up.on('data', (c: Buffer) => chunks.push(c));
    up.on('end', () => {
      const body = withCodecCredentials(Buffer.concat(chunks).toString('utf8'));
      const { 'content-length': _length, ...rest } = up.headers;
      res.writeHead(200, { ...rest, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  out.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('the Temporal Web UI is not answering');
  });
  req.pipe(out);
}

/** Listens on `port` (loopback) and passes every request to the dev server's UI at `upstreamPort`. */
export async function startUiProxy(port: number, upstreamPort: number): Promise<Server> {
  const server = createServer((req, res) => forward(req, res, { host: '127.0.0.1', port: upstreamPort }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

export const portOf = (server: Server): number => (server.address() as AddressInfo).port;

/** A loopback port free now, for the dev server's own UI behind the pass-through. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = portOf(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
