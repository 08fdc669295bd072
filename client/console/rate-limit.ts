/**
 * Failed credentials, counted per client address and per credential presented. Only failures are limited:
 * a request is checked for a valid credential first, so a valid token or session is never refused because
 * of someone else's failures (on loopback or behind a proxy every caller may share one address).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { bounded } from './sessions';

export const FAILURE_LIMITS = { perAddress: 20, perCredential: 10, windowMs: 10 * 60_000 };

type Count = { count: number; since: number };

export class FailureLimiter {
  private readonly counts = new Map<string, Count>();
  constructor(private readonly now: () => number) {}

  private keys(req: FastifyRequest, credential: string | undefined): Array<[string, number]> {
    const keys: Array<[string, number]> = [[`ip:${req.ip}`, FAILURE_LIMITS.perAddress]];
    if (credential) keys.push([`cred:${createHash('sha256').update(credential).digest('base64url')}`, FAILURE_LIMITS.perCredential]);
    return keys;
  }

  private current(key: string): number {
    const c = this.counts.get(key);
    if (c && this.now() - c.since > FAILURE_LIMITS.windowMs) this.counts.delete(key);
    return this.counts.get(key)?.count ?? 0;
  }

  /** True when this address, or this credential from anywhere, has failed too often of late. */
  blocked(req: FastifyRequest, credential?: string): boolean {
    return this.keys(req, credential).some(([key, limit]) => this.current(key) >= limit);
  }

  failed(req: FastifyRequest, credential?: string): void {
    for (const [key] of this.keys(req, credential)) {
      const c = this.counts.get(key) ?? { count: 0, since: this.now() };
      c.count += 1;
      this.counts.set(key, c);
      bounded(this.counts);
    }
  }
}
