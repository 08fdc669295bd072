/**
 * Who may use the console: a token guards every page and API call, as a Bearer header for scripts or a
 * random server-side session (HttpOnly, SameSite=Strict, expiring; `__Host-` and Secure over TLS) started by
 * the token or by a one-time sign-in code, ended by /logout. Forms carry the session's own CSRF token.
 * Sign-in attempts are rate-limited; every response is never cached, sends no referrer and may not be framed.
 */
import { parse as parseCookies } from 'cookie';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../../reports/html';
import { page } from './html';
import { LOCAL_ADMIN } from '../../domain/incident/actor';
import './identity';

const SESSION_COOKIE = 'bc_session';
const SECURE_SESSION_COOKIE = '__Host-bc_session';
const LOGIN_CODE_TTL_MS = 10 * 60_000;
const MAX_SESSIONS = 10_000;
/** Failed sign-ins allowed per client address in a window, before 429. */
const SIGN_IN_LIMIT = { failures: 10, windowMs: 10 * 60_000 };

export interface AuthOptions {
  token: string;
  now: () => number;
  /** How long a console session lasts (default 8 hours). */
  sessionTtlMs?: number;
  /** The Temporal UI's origin, allowed to call the codec endpoint (CORS). */
  uiOrigin: string;
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

const random = () => randomBytes(32).toString('base64url');
const secure = (req: FastifyRequest) => req.protocol === 'https';
const bounded = <K, V>(map: Map<K, V>) => {
  if (map.size > MAX_SESSIONS) map.delete(map.keys().next().value!);
};

const loginPage = (problem?: string) =>
  page('Sign in', html`<h1>Sign in</h1>${problem ? html`<p class="problem">${problem}</p>` : ''}
<form method="post" action="/login"><label>Console token <input type="password" name="token" autocomplete="off"></label> <button>Sign in</button></form>
<p class="muted">The token is BREACHCLOCK_CONSOLE_TOKEN; <code>npm start</code> prints a sign-in link.</p>`);

/** Sessions, one-time sign-in codes and failed sign-ins, held in memory with bounds and expiry. */
class Sessions {
  private readonly sessions = new Map<string, { expiresAt: number; csrf: string }>();
  private readonly loginCodes = new Map<string, number>();
  private readonly failures = new Map<string, { count: number; since: number }>();
  constructor(
    private readonly now: () => number,
    private readonly ttlMs: number,
  ) {}

  of(req: FastifyRequest): { id: string; csrf: string } | undefined {
    const cookies = parseCookies(req.headers.cookie ?? '');
    const id = cookies[SECURE_SESSION_COOKIE] ?? cookies[SESSION_COOKIE];
    const s = id ? this.sessions.get(id) : undefined;
    if (!id || !s) return undefined;
    if (s.expiresAt > this.now()) return { id, csrf: s.csrf };
    this.sessions.delete(id);
    return undefined;
  }

  start(req: FastifyRequest, reply: FastifyReply): FastifyReply {
    for (const [id, s] of this.sessions) if (s.expiresAt <= this.now()) this.sessions.delete(id);
    const id = random();
    this.sessions.set(id, { expiresAt: this.now() + this.ttlMs, csrf: random() });
    bounded(this.sessions);
    return reply.header('Set-Cookie', `${cookieName(req)}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(this.ttlMs / 1000)}${secure(req) ? '; Secure' : ''}`);
  }

  end(req: FastifyRequest, reply: FastifyReply): FastifyReply {
    const s = this.of(req);
    if (s) this.sessions.delete(s.id);
    return reply.header('Set-Cookie', `${cookieName(req)}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure(req) ? '; Secure' : ''}`);
  }

  issueLoginCode(): string {
    for (const [c, exp] of this.loginCodes) if (exp <= this.now()) this.loginCodes.delete(c);
    const code = random();
    this.loginCodes.set(code, this.now() + LOGIN_CODE_TTL_MS);
    bounded(this.loginCodes);
    return code;
  }

  /** Spends a sign-in code: true once, while it is fresh. */
  redeem(code: string): boolean {
    const expires = this.loginCodes.get(code);
    this.loginCodes.delete(code);
    return !!expires && expires > this.now();
  }

  tooManyFailures(req: FastifyRequest): boolean {
    const f = this.failures.get(req.ip);
    if (f && this.now() - f.since > SIGN_IN_LIMIT.windowMs) this.failures.delete(req.ip);
    return (this.failures.get(req.ip)?.count ?? 0) >= SIGN_IN_LIMIT.failures;
  }

  failed(req: FastifyRequest): void {
    const f = this.failures.get(req.ip) ?? { count: 0, since: this.now() };
    f.count += 1;
    this.failures.set(req.ip, f);
    bounded(this.failures);
  }
}

const cookieName = (req: FastifyRequest) => (secure(req) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

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

export function registerAuth(app: FastifyInstance, opts: AuthOptions): Auth {
  const sessions = new Sessions(opts.now, opts.sessionTtlMs ?? 8 * 3_600_000);
  const csrfOf = (req: FastifyRequest): string => sessions.of(req)?.csrf ?? '';
  const authed = (req: FastifyRequest): 'cookie' | 'bearer' | null => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && sameText(auth.slice(7), opts.token)) return 'bearer';
    return sessions.of(req) ? 'cookie' : null;
  };

  app.addHook('onRequest', async (req, reply) => {
    void reply.headers(SECURITY_HEADERS);
    if (req.url === '/login' || req.url.startsWith('/login?') || req.url === '/healthz') return;
    if (req.url.startsWith('/codec/')) {
      cors(req, reply, opts.uiOrigin);
      if (req.method === 'OPTIONS') return reply.code(204).send(); // preflight carries no credentials
    }
    if (authed(req)) {
      req.actor = LOCAL_ADMIN;
      return;
    }
    if (req.url.startsWith('/api/') || req.url.startsWith('/codec/')) return reply.code(401).send({ error: 'a valid console token is required' });
    return reply.code(401).type('text/html').send(loginPage());
  });
  // Cookie-authenticated changes need the CSRF token (a form field or a header); bodies are parsed by now.
  app.addHook('preValidation', async (req, reply) => {
    if (req.url.startsWith('/login') || req.method === 'GET') return;
    // The codec endpoint takes only JSON (a cross-site form cannot send it) from the UI's origin (CORS).
    if (req.url.startsWith('/codec/') || authed(req) !== 'cookie') return;
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined;
    const sent = body?._csrf ?? (req.headers['x-csrf-token'] as string | undefined);
    const expected = csrfOf(req);
    if (!sent || !expected || !sameText(String(sent), expected)) return reply.code(403).type('text/plain').send('CSRF token missing or wrong');
  });
  registerSignIn(app, sessions, opts.token);
  return { csrfOf, issueLoginCode: () => sessions.issueLoginCode() };
}

function registerSignIn(app: FastifyInstance, sessions: Sessions, token: string): void {
  const TOO_MANY = 'Too many sign-in attempts; wait a few minutes.';
  app.get('/healthz', async () => ({ ok: true }));
  app.get<{ Querystring: { code?: unknown } }>('/login', async (req, reply) => {
    const code = typeof req.query.code === 'string' ? req.query.code : undefined;
    if (code === undefined) return reply.type('text/html').send(loginPage());
    if (sessions.tooManyFailures(req)) return reply.code(429).type('text/html').send(loginPage(TOO_MANY));
    if (sessions.redeem(code)) return sessions.start(req, reply).redirect('/');
    sessions.failed(req);
    return reply.code(401).type('text/html').send(loginPage('That sign-in link has expired or was used already; sign in with the token.'));
  });
  app.post<{ Body: { token?: unknown } }>('/login', async (req, reply) => {
    if (sessions.tooManyFailures(req)) return reply.code(429).type('text/html').send(loginPage(TOO_MANY));
    const given = req.body && typeof req.body === 'object' ? req.body.token : undefined;
    if (typeof given === 'string' && sameText(given, token)) return sessions.start(req, reply).redirect('/');
    sessions.failed(req);
    return reply.code(401).type('text/html').send(loginPage('That token is not right.'));
  });
  app.post('/logout', async (req, reply) => sessions.end(req, reply).redirect('/login', 303));
}
