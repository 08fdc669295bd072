/**
 * The console's operations endpoints (docs/operations.md, "Metrics, health and logs"): `/metrics` (requests by
 * route and status, their latency, refusals) and `/readyz` (Temporal answers), both answered before sign-in;
 * `/healthz` is the auth module's. `/metrics` takes BREACHCLOCK_METRICS_TOKEN as a Bearer token when one is set,
 * and otherwise answers loopback only: a scraper should not hold the console's token, which opens every incident.
 * One JSON log line per request, naming the route pattern (never the URL: a sign-in link carries its code).
 */
import type { Client } from '@temporalio/client';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { scrubbed } from '../../platform/log';
import { METRIC_NAMES } from '../../platform/metrics';

export interface ConsoleMetricsOptions {
  client: Client;
  /** Bearer token /metrics requires; without one, /metrics answers loopback only. */
  token?: string;
}

const REFUSALS: Record<number, string> = { 400: 'invalid', 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 429: 'rate-limited' };
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const OPS_PATHS = new Set(['/metrics', '/readyz']);
const started = Symbol('started');

type Timed = FastifyRequest & { [started]?: bigint };

function consoleRegistry() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({ name: METRIC_NAMES.httpRequests, help: 'Console HTTP requests by route, method and status.', labelNames: ['route', 'method', 'status'], registers }),
    duration: new Histogram({ name: METRIC_NAMES.httpDuration, help: 'Console HTTP request latency by route.', labelNames: ['route', 'method'], buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers }),
    refusals: new Counter({ name: METRIC_NAMES.refusals, help: 'Console requests refused, by kind (invalid, unauthenticated, forbidden, not-found, conflict, rate-limited).', labelNames: ['kind'], registers }),
  };
}

const pathOf = (req: FastifyRequest) => req.url.split('?')[0];
/** A bounded label: the route's pattern, never its values. */
const routeOf = (req: FastifyRequest) => req.routeOptions.url ?? (OPS_PATHS.has(pathOf(req)) ? pathOf(req) : 'unmatched');

function bearerIs(req: FastifyRequest, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** A client on this host, not one a local reverse proxy forwards (its socket is loopback too). */
const fromLoopback = (req: FastifyRequest) =>
  LOOPBACK.has(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'] && !req.headers.forwarded;

async function ready(client: Client): Promise<boolean> {
  try {
    await client.connection.withDeadline(Date.now() + 2000, () => client.workflowService.getSystemInfo({}));
    return true;
  } catch {
    return false;
  }
}

/** Registered before the auth module, so its hook answers /metrics and /readyz before sign-in is asked for. */
export function registerConsoleMetrics(app: FastifyInstance, opts: ConsoleMetricsOptions): void {
  const m = consoleRegistry();
  const answerOps = async (req: FastifyRequest, reply: FastifyReply) => {
    void reply.header('Cache-Control', 'no-store');
    if (pathOf(req) === '/readyz') {
      const ok = await ready(opts.client);
      return reply.code(ok ? 200 : 503).send({ ready: ok });
    }
    const allowed = opts.token ? bearerIs(req, opts.token) : fromLoopback(req);
    if (!allowed) return reply.code(401).type('text/plain').send(opts.token ? 'a metrics token is required\n' : 'metrics are served on loopback only without BREACHCLOCK_METRICS_TOKEN\n');
    return reply.type(m.registry.contentType).send(await m.registry.metrics());
  };
  app.addHook('onRequest', async (req: Timed, reply) => {
    req[started] = process.hrtime.bigint();
    if (req.method === 'GET' && OPS_PATHS.has(pathOf(req))) return answerOps(req, reply);
  });
  app.addHook('onResponse', async (req: Timed, reply) => {
    const route = routeOf(req);
    const seconds = Number(process.hrtime.bigint() - (req[started] ?? process.hrtime.bigint())) / 1e9;
    m.requests.inc({ route, method: req.method, status: String(reply.statusCode) });
    m.duration.observe({ route, method: req.method }, seconds);
    const refusal = REFUSALS[reply.statusCode];
    if (refusal) m.refusals.inc({ kind: refusal });
    req.log.info({ method: req.method, route, status: reply.statusCode, ms: Math.round(seconds * 1000) }, 'request');
  });
  app.addHook('onError', async (req, _reply, err) => {
    if (!(err.statusCode && err.statusCode < 500)) req.log.error({ route: routeOf(req), error: { type: err.name, message: scrubbed(err.message) } }, 'request failed');
  });
}
