/**
 * The ops console (docs/design.md §6), assembled from its route groups: auth (sessions, CSRF, security
 * headers), pages and forms, the JSON API, the codec endpoint for the Temporal UI. Every operation goes
 * through the application service the CLI also uses; every input is checked by the same zod schemas as the
 * CLI and the workflow, and a refusal is shown beside its field. Server-rendered HTML; no CDN, no scripts.
 */
import formbody from '@fastify/formbody';
import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { IncidentService, type ListRequest, type Outcome } from '../../application/incidents';
import type { IncidentPage } from '../../application/incident-list';
import type { RecordStore } from '../../platform/record-store';
import { html } from '../../reports/html';
import { registerApi } from './api';
import { registerAuth } from './auth';
import type { OidcOptions } from './oidc';
import { recordRoutes } from './roles';
import { registerTokenPages } from './tokens-page';
import { TokenStore } from './tokens';
import { registerCodecEndpoint } from './codec-endpoint';
import { registerConsoleMetrics } from './metrics';
import type { Mailbox } from './context';
import { page } from './html';
import { registerPages } from './pages';

export interface ConsoleOptions {
  client: Client;
  taskQueue: string;
  token: string;
  /** Serves /codec/encode and /codec/decode for the Temporal UI (issue 6, item 3). */
  codec?: PayloadCodec;
  /** The Temporal UI's origin, allowed to call the codec endpoint (CORS). */
  uiOrigin?: string;
  /** The local mail sink in `npm start` mode: shown on the mail page. */
  mailbox?: Mailbox;
  now?: () => number;
  /** How long a console session lasts (default 8 hours). */
  sessionTtlMs?: number;
  /** Incident records kept past Temporal's retention (platform/record-store.ts). */
  records?: RecordStore;
  /** How long a page of the incident list is shared between requests (default 3 s; the list bench uses 0). */
  listCacheMs?: number;
  /** Where API tokens are kept (hashed): a JSON file, 0600 (none: in memory, for tests and benchmarks). */
  tokensFile?: string;
  /** Sign-in with the organisation's identity provider (oidc.ts); without it only the local token signs in. */
  oidc?: OidcOptions;
  /** Serve TLS directly: PEM certificate chain and key. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Trust X-Forwarded-* from a TLS proxy (fastify trustProxy: true, or the proxy's addresses); default off. */
  trustProxy?: boolean | string;
  /** JSON request logs (platform/log.ts); none without one. */
  logger?: FastifyBaseLogger;
  /** Bearer token for /metrics; without one it answers loopback only (client/console/metrics.ts). */
  metricsToken?: string;
}

/** The console with its one-time sign-in codes (npm start prints a link with one, never the token) and its routes with their roles. */
export type ConsoleApp = FastifyInstance & { issueLoginCode(): string; routeRoles: ReturnType<typeof recordRoutes> };


/**
 * Pages of the incident list, shared for a few seconds: forty people opening the console at once cost one
 * set of visibility queries (SQL visibility allows 10 requests a second per namespace by default). Any
 * change made through the console (a POST) clears it, so it shows in the next list at once.
 */
function sharedListPages(service: IncidentService, now: () => number, cacheMs: number) {
  const cache = new Map<string, { at: number; page: Promise<Outcome<IncidentPage>> }>();
  const listPage = (req: ListRequest): Promise<Outcome<IncidentPage>> => {
    const key = `${!!req.overdueOnly}|${req.limit ?? ''}|${req.pageToken ?? ''}`;
    const hit = cache.get(key);
    if (hit && now() - hit.at < cacheMs) return hit.page;
    const page = service.list(req);
    page.then((r) => !r.ok && cache.delete(key), () => cache.delete(key));
    if (cache.size > 200) cache.clear();
    cache.set(key, { at: now(), page });
    return page;
  };
  return { listPage, clear: () => cache.clear() };
}

export async function buildConsole(opts: ConsoleOptions): Promise<ConsoleApp> {
  const now = opts.now ?? (() => Date.now());
  const app = Fastify({ ...(opts.logger ? { loggerInstance: opts.logger, logController: new LogController({ disableRequestLogging: true }) } : { logger: false }), bodyLimit: 256 * 1024, trustProxy: opts.trustProxy ?? false, ...(opts.tls ? { https: opts.tls } : {}) }) as unknown as FastifyInstance;
  const routeRoles = recordRoutes(app);
  await app.register(formbody);
  const service = new IncidentService({ client: async () => opts.client, taskQueue: opts.taskQueue, records: opts.records, now });
  const list = sharedListPages(service, now, opts.listCacheMs ?? 3000);
  app.addHook('onRequest', async (req) => {
    if (req.method === 'POST' && !req.url.startsWith('/codec/')) list.clear();
  });

  registerConsoleMetrics(app, { client: opts.client, token: opts.metricsToken });
  const tokens = new TokenStore(opts.tokensFile, now);
  const auth = registerAuth(app, { token: opts.token, now, sessionTtlMs: opts.sessionTtlMs, uiOrigin: opts.uiOrigin ?? 'http://localhost:8233', tokens, oidc: opts.oidc });
  registerTokenPages(app, tokens, auth.csrfOf, now);
  const ctx = { service, now, csrfOf: auth.csrfOf, mailbox: opts.mailbox, listPage: list.listPage };
  registerApi(app, ctx);
  registerPages(app, ctx);
  if (opts.codec) registerCodecEndpoint(app, opts.codec);

  app.setErrorHandler((err, req, reply) => {
    const e = err as { statusCode?: number; message: string };
    const code = e.statusCode && e.statusCode < 500 ? e.statusCode : 500;
    const message = code === 500 ? 'internal error' : e.message;
    if (req.url.startsWith('/api/')) return reply.code(code).send({ errors: [{ path: '(request)', message }] });
    return reply.code(code).type('text/html').send(page('Error', html`<h1>Something went wrong</h1><p>${message}</p>`));
  });
  // A FastifyInstance is thenable (ready()): the async return awaits it, so the type is restated.
  return Object.assign(app, { issueLoginCode: auth.issueLoginCode, routeRoles }) as unknown as ConsoleApp;
}

/** Refuses to listen beyond loopback without a token (issue 5, item 3). */
export function checkListen(host: string, token: string | undefined): void {
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (!token) throw new Error(loopback ? 'BREACHCLOCK_CONSOLE_TOKEN: required' : `BREACHCLOCK_CONSOLE_TOKEN: required to listen on ${host} (beyond loopback)`);
}
