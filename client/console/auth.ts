/**
 * Who may use the console, and as whom. A request is signed in by a Bearer token (the local console token
 * as the local admin, or an API token: tokens.ts) or by a server-side session (sessions.ts) started with the
 * local token, a one-time sign-in code, or the organisation's identity provider (oidc.ts). `req.actor` is
 * then set, and the route's role (roles.ts) is checked in this one hook. Forms carry the session's CSRF
 * token. Failed credentials are limited per address and per credential (rate-limit.ts), never a valid one.
 * Every response is never cached, sends no referrer and may not be framed.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../../reports/html';
import { page } from './html';
import { LOCAL_ADMIN, mayAct, type Actor } from '../../domain/incident/actor';
import { registerOidc, type OidcOptions } from './oidc';
import { FailureLimiter } from './rate-limit';
import { doorOfRequest, fitPageTo, refusal } from './roles';
import { Sessions } from './sessions';
import { tokenIdOf, type TokenStore } from './tokens';
import { actorOf } from './identity';

export interface AuthOptions {
  /** The local console token: the local admin's (npm start, single-person installs). */
  token: string;
  now: () => number;
  /** How long a console session lasts (default 8 hours). */
  sessionTtlMs?: number;
  /** The Temporal UI's origin, allowed to call the codec endpoint (CORS). */
  uiOrigin: string;
  tokens: TokenStore;
  oidc?: OidcOptions;
}

export interface Auth {
  /** The CSRF token the request's session carries (forms embed it; changes must send it back). */
  csrfOf(req: FastifyRequest): string;
  /** A one-time, short-lived sign-in code for a link (never the token: a URL lands in history and logs). */
  issueLoginCode(): string;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Which account a wrong credential was aimed at: an API token's id, or the local token. */
const targetOf = (presented: string) => tokenIdOf(presented) ?? 'local-token';

const loginPage = (oidc: boolean, problem?: string) =>
  page('Sign in', html`<h1>Sign in</h1>${problem ? html`<p class="problem">${problem}</p>` : ''}
${oidc ? html`<p><a class="button" id="oidc-sign-in" href="/oidc/login">Sign in with your organisation's account</a></p><details><summary>Local administrator</summary>` : ''}
<form method="post" action="/login"><label>Console token <input type="password" name="token" autocomplete="off"></label> <button>Sign in</button></form>
<p class="muted">The token is BREACHCLOCK_CONSOLE_TOKEN; <code>npm start</code> prints a sign-in link.</p>${oidc ? html`</details>` : ''}`);

const SECURITY_HEADERS: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
};

/** The Temporal UI may call the codec endpoint from its own origin (CORS, with credentials). */
function cors(req: FastifyRequest, reply: FastifyReply, uiOrigin: string): void {
  if (req.headers.origin !== uiOrigin) return;
  void reply.headers({
    'Access-Control-Allow-Origin': uiOrigin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization, X-Namespace',
    Vary: 'Origin',
  });
}

const wantsJson = (req: FastifyRequest) => req.url.startsWith('/api/') || req.url.startsWith('/codec/');

type Identified = { actor: Actor; by: 'bearer' | 'cookie' } | { wrong: string } | undefined;

export function registerAuth(app: FastifyInstance, opts: AuthOptions): Auth {
  const sessions = new Sessions(opts.now, opts.sessionTtlMs ?? 8 * 3_600_000);
  const limiter = new FailureLimiter(opts.now);
  const viaCookie = new WeakSet<FastifyRequest>();
  const csrfOf = (req: FastifyRequest): string => sessions.of(req)?.csrf ?? '';

  const identify = (req: FastifyRequest): Identified => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      const presented = auth.slice(7).trim();
      if (sameText(presented, opts.token)) return { actor: LOCAL_ADMIN, by: 'bearer' };
      const actor = opts.tokens.actorOf(presented);
      return actor ? { actor, by: 'bearer' } : { wrong: presented };
    }
    const s = sessions.of(req);
    return s ? { actor: s.actor, by: 'cookie' } : undefined;
  };

  const refuse = (req: FastifyRequest, reply: FastifyReply, code: number, message: string) =>
    wantsJson(req) ? reply.code(code).send({ error: message }) : reply.code(code).type('text/html').send(code === 401 ? loginPage(!!opts.oidc) : page('Not allowed', html`<h1>Not allowed</h1><p class="problem" id="refusal">${message}</p>`));

  app.addHook('onRequest', async (req, reply) => {
    void reply.headers(SECURITY_HEADERS);
    if (req.url.startsWith('/codec/')) {
      cors(req, reply, opts.uiOrigin);
      if (req.method === 'OPTIONS') return reply.code(204).send(); // preflight carries no credentials
    }
    const door = doorOfRequest(req);
    if (door === 'public') return;
    const who = identify(req);
    if (who && 'wrong' in who) {
      // Checked after every valid credential: only wrong ones are ever limited.
      if (limiter.blocked(req, targetOf(who.wrong))) return refuse(req, reply, 429, 'too many wrong credentials; wait a few minutes');
      limiter.failed(req, targetOf(who.wrong));
      return refuse(req, reply, 401, 'a valid console or API token is required');
    }
    if (!who) return refuse(req, reply, 401, 'a valid console token is required');
    req.actor = who.actor;
    if (who.by === 'cookie') viaCookie.add(req);
    if (!mayAct(who.actor, door)) return refuse(req, reply, 403, refusal(who.actor, door));
  });
  // Cookie-authenticated changes need the CSRF token (a form field or a header); bodies are parsed by now.
  app.addHook('preValidation', async (req, reply) => {
    if (req.method === 'GET' || !viaCookie.has(req)) return;
    // The codec endpoint takes only JSON (a cross-site form cannot send it) from the UI's origin (CORS).
    if (req.url.startsWith('/codec/')) return;
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined;
    const sent = body?._csrf ?? (req.headers['x-csrf-token'] as string | undefined);
    const expected = csrfOf(req);
    if (!sent || !expected || !sameText(String(sent), expected)) return reply.code(403).type('text/plain').send('CSRF token missing or wrong');
  });
  // Pages show the actor and leave out the actions their role may not take (roles.ts).
  app.addHook('onSend', async (req, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    return req.actor && typeof payload === 'string' && type.startsWith('text/html') ? fitPageTo(payload, req.actor) : payload;
  });
  registerSignIn(app, sessions, limiter, opts);
  if (opts.oidc) registerOidc(app, sessions, opts.oidc, opts.now);
  return { csrfOf, issueLoginCode: () => sessions.issueLoginCode() };
}

function registerSignIn(app: FastifyInstance, sessions: Sessions, limiter: FailureLimiter, opts: AuthOptions): void {
  const TOO_MANY = 'Too many sign-in attempts; wait a few minutes.';
  const oidc = !!opts.oidc;
  app.get('/healthz', async () => ({ ok: true }));
  app.get<{ Querystring: { code?: unknown } }>('/login', async (req, reply) => {
    const code = typeof req.query.code === 'string' ? req.query.code : undefined;
    if (code === undefined) return reply.type('text/html').send(loginPage(oidc));
    if (sessions.redeem(code)) return sessions.start(req, reply, LOCAL_ADMIN).redirect('/');
    if (limiter.blocked(req, 'login-code')) return reply.code(429).type('text/html').send(loginPage(oidc, TOO_MANY));
    limiter.failed(req, 'login-code');
    return reply.code(401).type('text/html').send(loginPage(oidc, 'That sign-in link has expired or was used already; sign in with the token.'));
  });
  app.post<{ Body: { token?: unknown } }>('/login', async (req, reply) => {
    const given = req.body && typeof req.body === 'object' ? req.body.token : undefined;
    if (typeof given === 'string' && sameText(given, opts.token)) return sessions.start(req, reply, LOCAL_ADMIN).redirect('/');
    if (limiter.blocked(req, 'local-token')) return reply.code(429).type('text/html').send(loginPage(oidc, TOO_MANY));
    limiter.failed(req, 'local-token');
    return reply.code(401).type('text/html').send(loginPage(oidc, 'That token is not right.'));
  });
  app.post('/logout', async (req, reply) => sessions.end(req, reply).redirect('/login', 303));
  // Who the console takes the caller for (scripts check their token; people see their role).
  app.get('/api/me', async (req) => ({ actor: actorOf(req) }));
}
