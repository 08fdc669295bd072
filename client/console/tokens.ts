/**
 * API tokens for scripts and service accounts: made and revoked by an admin, shown once, kept only as a
 * SHA-256 hash (a token is 256 random bits, so a hash lookup is as safe as a constant-time compare and
 * leaks nothing on timing), each scoped to a role and expiring. Kept in a small JSON file (0600, written
 * atomically) so tokens survive a restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROLES, type Actor, type Role } from '../../domain/incident/actor';

const PREFIX = 'bct_';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,79}$/;

const StoredToken = z.object({
  id: z.string(),
  name: z.string(),
  /** The person the token acts for (their identity provider subject), or none for a service account. */
  subject: z.string().optional(),
  role: z.enum(ROLES),
  hash: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().optional(),
});
export type StoredToken = z.infer<typeof StoredToken>;
const TokenFile = z.object({ tokens: z.array(StoredToken) });

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewToken {
  name: string;
  role: Role;
  /** Days until the token stops working. */
  days: number;
  subject?: string;
}

export class TokenStore {
  private tokens: StoredToken[];
  constructor(
    /** The JSON file; none keeps tokens in memory only (tests, benchmarks). */
    readonly file: string | undefined,
    private readonly now: () => number,
  ) {
    this.tokens = file && existsSync(file) ? TokenFile.parse(JSON.parse(readFileSync(file, 'utf8'))).tokens : [];
  }

  list(): readonly StoredToken[] {
    return this.tokens;
  }

  /** Makes a token and returns it: the only time its text exists outside the caller's hands. */
  create(spec: NewToken, by: Actor): { token: string; stored: StoredToken } {
    if (!NAME.test(spec.name)) throw new Error('name: letters, digits and . _ @ - only, up to 80');
    if (!Number.isInteger(spec.days) || spec.days < 1 || spec.days > 366) throw new Error('days: a whole number from 1 to 366');
    if (this.tokens.some((t) => t.name === spec.name && !t.revokedAt)) throw new Error(`name: a token named ${spec.name} exists; revoke it first`);
    const id = randomBytes(6).toString('hex');
    const token = `${PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
    const stored: StoredToken = {
      id, name: spec.name, subject: spec.subject || undefined, role: spec.role, hash: hashOf(token),
      createdAt: new Date(this.now()).toISOString(), createdBy: by.subject, expiresAt: new Date(this.now() + spec.days * 86_400_000).toISOString(),
    };
    this.tokens = [...this.tokens, stored];
    this.save();
    return { token, stored };
  }

  revoke(id: string): boolean {
    const t = this.tokens.find((x) => x.id === id && !x.revokedAt);
    if (!t) return false;
    this.tokens = this.tokens.map((x) => (x === t ? { ...x, revokedAt: new Date(this.now()).toISOString() } : x));
    this.save();
    return true;
  }

  /** The actor a presented token stands for, or undefined when it is unknown, revoked or expired. */
  actorOf(presented: string): Actor | undefined {
    if (!presented.startsWith(PREFIX)) return undefined;
    const hash = hashOf(presented);
    const t = this.tokens.find((x) => x.hash === hash);
    if (!t || t.revokedAt || Date.parse(t.expiresAt) <= this.now()) return undefined;
    return { subject: t.subject ?? `token:${t.name}`, displayName: t.subject ? `${t.subject} (token ${t.name})` : `token ${t.name}`, authenticatedBy: 'api-token', role: t.role };
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify({ tokens: this.tokens }, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}

/** The part of a presented token that names which token it claims to be (rate limits count failures per token). */
export const tokenIdOf = (presented: string): string | undefined => (presented.startsWith(PREFIX) ? presented.slice(PREFIX.length).split('_')[0] : undefined);
