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

export function registerAuth(app: FastifyInstance, opts: AuthOptions): Auth {
  const { now } = opts;
  const ttl = opts.sessionTtlMs ?? 8 * 3_600_000;
  const sessions = new Map<string, { expiresAt: number; csrf: string }>();
  const loginCodes = new Map<string, number>();
  const failures = new Map<string, { count: number; since: number }>();

  const sessionOf = (req: FastifyRequest) => {
    const cookies = parseCookies(req.headers.cookie ?? '');
    const id = cookies[SECURE_SESSION_COOKIE] ?? cookies[SESSION_COOKIE];
    const s = id ? sessions.get(id) : undefined;
    if (!id || !s) return undefined;
    if (s.expiresAt > now()) return { id, ...s };
    sessions.delete(id);
    return undefined;
  };
  const csrfOf = (req: FastifyRequest): string => sessionOf(req)?.csrf ?? '';
  const authed = (req: FastifyRequest): 'cookie' | 'bearer' | null => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && sameText(auth.slice(7), opts.token)) return 'bearer';
    return sessionOf(req) ? 'cookie' : null;
  };
  const tooManyFailures = (req: FastifyRequest): boolean => {
    const f = failures.get(req.ip);
    if (f && now() - f.since > SIGN_IN_LIMIT.windowMs) failures.delete(req.ip);
    return (failures.get(req.ip)?.count ?? 0) >= SIGN_IN_LIMIT.failures;
  };
  const failedSignIn = (req: FastifyRequest) => {
    const f = failures.get(req.ip) ?? { count: 0, since: now() };
    f.count += 1;
    failures.set(req.ip, f);
    bounded(failures);
  };
  const cookieName = (req: FastifyRequest) => (secure(req) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
  const startSession = (req: FastifyRequest, reply: FastifyReply) => {
    for (const [id, s] of sessions) if (s.expiresAt <= now()) sessions.delete(id);
    const id = random();
    sessions.set(id, { expiresAt: now() + ttl, csrf: random() });
    bounded(sessions);
    return reply.header('Set-Cookie', `${cookieName(req)}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(ttl / 1000)}${secure(req) ? '; Secure' : ''}`);
  };
  const cors = (req: FastifyRequest, reply: FastifyReply) => {
    if (req.headers.origin !== opts.uiOrigin) return;
    void reply.header('Access-Control-Allow-Origin', opts.uiOrigin);
    void reply.header('Access-Control-Allow-Credentials', 'true');
    void reply.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
    void reply.header('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Namespace');
    void reply.header('Vary', 'Origin');
  };

  app.addHook('onRequest', async (req, reply) => {
    void reply.header('X-Frame-Options', 'DENY');
    void reply.header('Referrer-Policy', 'no-referrer');
    void reply.header('Cache-Control', 'no-store');
    void reply.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'");
    void reply.header('X-Content-Type-Options', 'nosniff');
    if (req.url === '/login' || req.url.startsWith('/login?') || req.url === '/healthz') return;
    if (req.url.startsWith('/codec/')) {
      cors(req, reply);
      if (req.method === 'OPTIONS') return reply.code(204).send(); // preflight carries no credentials
    }
    if (authed(req)) return;
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

  const TOO_MANY = 'Too many sign-in attempts; wait a few minutes.';
  app.get('/healthz', async () => ({ ok: true }));
  app.get<{ Querystring: { code?: unknown } }>('/login', async (req, reply) => {
    const code = typeof req.query.code === 'string' ? req.query.code : undefined;
    if (code === undefined) return reply.type('text/html').send(loginPage());
    if (tooManyFailures(req)) return reply.code(429).type('text/html').send(loginPage(TOO_MANY));
    const expires = loginCodes.get(code);
    loginCodes.delete(code);
    if (expires && expires > now()) return startSession(req, reply).redirect('/');
    failedSignIn(req);
    return reply.code(401).type('text/html').send(loginPage('That sign-in link has expired or was used already; sign in with the token.'));
  });
  app.post<{ Body: { token?: unknown } }>('/login', async (req, reply) => {
    if (tooManyFailures(req)) return reply.code(429).type('text/html').send(loginPage(TOO_MANY));
    const token = req.body && typeof req.body === 'object' ? req.body.token : undefined;
    if (typeof token === 'string' && sameText(token, opts.token)) return startSession(req, reply).redirect('/');
    failedSignIn(req);
    return reply.code(401).type('text/html').send(loginPage('That token is not right.'));
  });
  app.post('/logout', async (req, reply) => {
    const s = sessionOf(req);
    if (s) sessions.delete(s.id);
    return reply.header('Set-Cookie', `${cookieName(req)}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure(req) ? '; Secure' : ''}`).redirect('/login', 303);
  });

  return {
    csrfOf,
    issueLoginCode: () => {
      for (const [c, exp] of loginCodes) if (exp <= now()) loginCodes.delete(c);
      const code = random();
      loginCodes.set(code, now() + LOGIN_CODE_TTL_MS);
      bounded(loginCodes);
      return code;
    },
  };
}
