/**
 * Console sessions and one-time sign-in codes, held in memory with bounds and expiry. A session keeps the
 * actor who started it (the local admin, or a person from the identity provider) and its own CSRF token.
 * The cookie is HttpOnly, SameSite=Strict, and `__Host-` with Secure when the request came over TLS
 * (directly or through a trusted proxy).
 */
import { parse as parseCookies } from 'cookie';
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/incident/actor';

const SESSION_COOKIE = 'bc_session';
const LOGIN_CODE_TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 10_000;

export const random = () => randomBytes(32).toString('base64url');
export const secure = (req: FastifyRequest) => req.protocol === 'https';

/** Drops the oldest entry of a map past its bound (insertion order is age). */
export const bounded = <K, V>(map: Map<K, V>) => {
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
};

/** A cookie named for the transport: `__Host-` prefixed and Secure over TLS. */
export function cookie(req: FastifyRequest, name: string, value: string, maxAgeS: number, sameSite: 'Strict' | 'Lax' = 'Strict'): string {
  const full = secure(req) ? `__Host-${name}` : name;
  return `${full}=${value}; Path=/; HttpOnly; SameSite=${sameSite}; Max-Age=${maxAgeS}${secure(req) ? '; Secure' : ''}`;
}

export function cookieValue(req: FastifyRequest, name: string): string | undefined {
  const cookies = parseCookies(req.headers.cookie ?? '');
  return cookies[`__Host-${name}`] ?? cookies[name];
}

export interface Session {
  id: string;
  csrf: string;
  actor: Actor;
}

export class Sessions {
  private readonly sessions = new Map<string, { expiresAt: number; csrf: string; actor: Actor }>();
  private readonly loginCodes = new Map<string, number>();
  constructor(
    private readonly now: () => number,
    private readonly ttlMs: number,
  ) {}

  of(req: FastifyRequest): Session | undefined {
    const id = cookieValue(req, SESSION_COOKIE);
    const s = id ? this.sessions.get(id) : undefined;
    if (!id || !s) return undefined;
    if (s.expiresAt > this.now()) return { id, csrf: s.csrf, actor: s.actor };
    this.sessions.delete(id);
    return undefined;
  }

  start(req: FastifyRequest, reply: FastifyReply, actor: Actor): FastifyReply {
    for (const [id, s] of this.sessions) if (s.expiresAt <= this.now()) this.sessions.delete(id);
    const id = random();
    this.sessions.set(id, { expiresAt: this.now() + this.ttlMs, csrf: random(), actor });
    bounded(this.sessions);
    return reply.header('Set-Cookie', cookie(req, SESSION_COOKIE, id, Math.floor(this.ttlMs / 1000)));
  }

  end(req: FastifyRequest, reply: FastifyReply): FastifyReply {
    const s = this.of(req);
    if (s) this.sessions.delete(s.id);
    return reply.header('Set-Cookie', cookie(req, SESSION_COOKIE, '', 0));
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
}
