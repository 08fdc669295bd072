/**
 * Where incident records are kept past Temporal's retention: a folder (BREACHCLOCK_RECORDS_DIR, by default
 * records/ under BREACHCLOCK_DATA_DIR), one subfolder per incident, one immutable file per version, encrypted
 * with the payload codec's current key when one is configured. Written by the worker's activity; read by
 * the CLI (`breachclock incident record`) and the console. Shared plumbing: no Temporal workflow code.
 */
import { defaultPayloadConverter } from '@temporalio/common';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { INCIDENT_ID_PATTERN } from '../domain/incident/incident';
import type { IncidentRecord } from '../domain/incident/record';
import type { AuditEvent } from '../domain/incident/status';
import type { AesGcmCodec } from './codec';

const ID = INCIDENT_ID_PATTERN;
const file = (dir: string, id: string, version: number, ext: string) => path.join(dir, id, `record-v${String(version).padStart(4, '0')}.${ext}`);

async function seal(codec: AesGcmCodec | undefined, bytes: Uint8Array): Promise<Buffer> {
  if (!codec) return Buffer.from(bytes);
  const [p] = await codec.encode([{ metadata: { encoding: new TextEncoder().encode('binary/plain') }, data: bytes }]);
  return Buffer.from(temporal.api.common.v1.Payload.encode(p).finish());
}

async function open(codec: AesGcmCodec | undefined, bytes: Buffer): Promise<Buffer> {
  if (!codec) return bytes;
  const [p] = await codec.decode([temporal.api.common.v1.Payload.decode(bytes)]);
  return Buffer.from(p.data ?? new Uint8Array());
}

/**
 * One link of a record's hash chain, stored beside its version: sha256 over the version's canonical bytes
 * (the record JSON as written, before encryption), its PDF's digest and the previous link's hash. An altered
 * version no longer matches its link; a removed one leaves a gap, or falls short of the chain's head.
 */
export interface ChainLink {
  version: number;
  /** The previous version's `sha256` (empty for version 1). */
  previous: string;
  /** sha256 of the record JSON's bytes. */
  json: string;
  /** sha256 of the PDF's bytes, or empty when none was kept. */
  pdf: string;
  sha256: string;
}

/** What `verify` found: every version and audit page intact, or the first one that broke and how. */
export type ChainCheck =
  | { ok: true; versions: number; head: string; auditPages: number }
  | { ok: false; version: number; problem: string; auditPage?: number };

/** One link of the audit pages' own chain: the page's stored bytes (decrypted) and the previous page's link. */
interface PageLink {
  page: number;
  previous: string;
  bytes: string;
  sha256: string;
}

const sha256 = (...parts: Array<string | Uint8Array>): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};
const linkHash = (version: number, json: string, pdf: string, previous: string): string => sha256(`breachclock-record-chain-v1\n${version}\n${json}\n${pdf}\n${previous}`);
const HEAD = 'chain-head.json';
const AUDIT_HEAD = 'audit-chain-head.json';
const pageHash = (page: number, bytes: string, previous: string): string => sha256(`breachclock-audit-chain-v1\n${page}\n${bytes}\n${previous}`);
const pageFile = (dir: string, id: string, page: number, ext: string) => path.join(dir, id, `audit-p${String(page).padStart(5, '0')}.${ext}`);

/** A small JSON file written whole or not at all (0600). */
function writeJson(to: string, body: unknown): void {
  const tmp = `${to}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, to);
}
const readJson = <T>(from: string): T | null => (existsSync(from) ? (JSON.parse(readFileSync(from, 'utf8')) as T) : null);

export class RecordStore {
  constructor(
    readonly dir: string,
    private readonly codec?: AesGcmCodec,
  ) {}

  private ext(kind: 'json' | 'pdf'): string {
    return this.codec ? `${kind}.enc` : kind;
  }

  /**
   * Writes one version once (a retried activity finds it there and leaves it): immutable, 0600, and linked
   * into the incident's hash chain (the link is written after the version, so a retry completes it).
   */
  async write(record: IncidentRecord, pdf?: Uint8Array): Promise<{ written: boolean; path: string; sha256: string }> {
    if (!ID.test(record.incidentId)) throw new Error(`incidentId: ${record.incidentId} is not a safe file name`);
    const target = file(this.dir, record.incidentId, record.version, this.ext('json'));
    const written = !existsSync(target);
    if (written) {
      mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      if (pdf) await this.put(file(this.dir, record.incidentId, record.version, this.ext('pdf')), pdf);
      await this.put(target, defaultPayloadConverter.toPayload(record)!.data!);
    }
    const link = await this.link(record.incidentId, record.version);
    return { written, path: target, sha256: link.sha256 };
  }

  private async put(to: string, bytes: Uint8Array): Promise<void> {
    const tmp = `${to}.tmp-${process.pid}`;
    writeFileSync(tmp, await seal(this.codec, bytes), { mode: 0o600 });
    renameSync(tmp, to);
  }

  private chainFile(incidentId: string, version: number): string {
    return file(this.dir, incidentId, version, 'chain.json');
  }

  private readLink(incidentId: string, version: number): ChainLink | null {
    const f = this.chainFile(incidentId, version);
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as ChainLink) : null;
  }

  /** The digests of a version as it is stored now (decrypted), or why they cannot be read. */
  private async digests(incidentId: string, version: number): Promise<{ json: string; pdf: string } | string> {
    const jsonFile = file(this.dir, incidentId, version, this.ext('json'));
    if (!existsSync(jsonFile)) return `record version ${version} is missing (removed?)`;
    const pdfFile = file(this.dir, incidentId, version, this.ext('pdf'));
    try {
      const json = sha256(await open(this.codec, readFileSync(jsonFile)));
      return { json, pdf: existsSync(pdfFile) ? sha256(await open(this.codec, readFileSync(pdfFile))) : '' };
    } catch (err) {
      return `record version ${version} cannot be read or decrypted (altered?): ${(err as Error).message}`;
    }
  }

  /** The version's chain link, written once from its stored bytes and the previous link; the head moves to it. */
  private async link(incidentId: string, version: number): Promise<ChainLink> {
    const existing = this.readLink(incidentId, version);
    if (existing) return existing;
    const previous = version > 1 ? (this.readLink(incidentId, version - 1)?.sha256 ?? '') : '';
    const d = await this.digests(incidentId, version);
    if (typeof d === 'string') throw new Error(d);
    const link: ChainLink = { version, previous, json: d.json, pdf: d.pdf, sha256: linkHash(version, d.json, d.pdf, previous) };
    writeJson(this.chainFile(incidentId, version), link);
    writeJson(path.join(this.dir, incidentId, HEAD), { version, sha256: link.sha256 });
    return link;
  }

  /**
   * Walks the chain from version 1: each version's bytes must match its link, each link name the one before,
   * and the last must be the head's. Reports the first version that broke.
   */
  async verify(incidentId: string): Promise<ChainCheck> {
    const dir = path.join(this.dir, incidentId);
    if (!ID.test(incidentId) || !existsSync(dir)) return { ok: false, version: 0, problem: `no record of ${incidentId.slice(0, 64)} is kept` };
    const head = existsSync(path.join(dir, HEAD)) ? (JSON.parse(readFileSync(path.join(dir, HEAD), 'utf8')) as { version: number; sha256: string }) : null;
    const numbers = readdirSync(dir).map((f) => /^record-v(\d+)\./.exec(f)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
    const last = Math.max(0, head?.version ?? 0, ...numbers);
    if (!last) return { ok: false, version: 0, problem: `no record version of ${incidentId} is kept` };
    let previous = '';
    for (let v = 1; v <= last; v++) {
      const broke = await this.checkLink(incidentId, v, previous);
      if (typeof broke === 'string') return { ok: false, version: v, problem: broke };
      previous = broke.sha256;
    }
    if (!head || head.version !== last || head.sha256 !== previous) return { ok: false, version: last, problem: `the chain's head does not name version ${last} as the newest (a newer version removed, or the head altered)` };
    const pages = await this.verifyAuditPages(incidentId);
    if (typeof pages !== 'number') return { ok: false, version: last, ...pages };
    return { ok: true, versions: last, head: previous, auditPages: pages };
  }

  /** The audit pages' chain walked from page 1 to its head: how many pages are intact, or the first that broke. */
  private async verifyAuditPages(incidentId: string): Promise<number | { auditPage: number; problem: string }> {
    const dir = path.join(this.dir, incidentId);
    const head = readJson<{ page: number; sha256: string }>(path.join(dir, AUDIT_HEAD));
    const numbers = readdirSync(dir).map((f) => /^audit-p(\d+)\.json/.exec(f)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
    const last = Math.max(0, head?.page ?? 0, ...numbers);
    let previous = '';
    for (let page = 1; page <= last; page++) {
      const link = readJson<PageLink>(pageFile(this.dir, incidentId, page, 'chain.json'));
      const bytes = await this.pageDigest(incidentId, page);
      const problem =
        bytes === null ? `audit page ${page} is missing (removed?)`
        : !link ? `audit page ${page} has no hash-chain link (written before chains, or the link removed)`
        : link.previous !== previous ? `audit page ${page}'s link does not follow page ${page - 1}'s (a page removed or replaced)`
        : link.bytes !== bytes ? `audit page ${page} was altered: its bytes no longer match its hash`
        : link.sha256 !== pageHash(page, link.bytes, link.previous) ? `audit page ${page}'s hash-chain link was altered`
        : null;
      if (problem || !link) return { auditPage: page, problem: problem ?? '' };
      previous = link.sha256;
    }
    if (last && (!head || head.page !== last || head.sha256 !== previous)) return { auditPage: last, problem: `the audit chain's head does not name page ${last} as the newest (a newer page removed, or the head altered)` };
    return last;
  }

  /** sha256 of an audit page's stored bytes, decrypted; null when the page is not there; a digest of nothing when unreadable. */
  private async pageDigest(incidentId: string, page: number): Promise<string | null> {
    const f = pageFile(this.dir, incidentId, page, this.ext('json'));
    if (!existsSync(f)) return null;
    try {
      return sha256(await open(this.codec, readFileSync(f)));
    } catch {
      return 'unreadable';
    }
  }

  /** The page's chain link, written once from its stored bytes and the previous page's link; the audit head moves to it. */
  private async linkPage(incidentId: string, page: number): Promise<void> {
    const to = pageFile(this.dir, incidentId, page, 'chain.json');
    if (existsSync(to)) return;
    const previous = page > 1 ? (readJson<PageLink>(pageFile(this.dir, incidentId, page - 1, 'chain.json'))?.sha256 ?? '') : '';
    const bytes = await this.pageDigest(incidentId, page);
    if (bytes === null) throw new Error(`audit page ${page} of ${incidentId} is missing`);
    const link: PageLink = { page, previous, bytes, sha256: pageHash(page, bytes, previous) };
    writeJson(to, link);
    writeJson(path.join(this.dir, incidentId, AUDIT_HEAD), { page, sha256: link.sha256 });
  }

  private async checkLink(incidentId: string, v: number, previous: string): Promise<ChainLink | string> {
    const d = await this.digests(incidentId, v);
    if (typeof d === 'string') return d;
    const link = this.readLink(incidentId, v);
    if (!link) return `record version ${v} has no hash-chain link (written before chains, or the link removed)`;
    if (link.previous !== previous) return `record version ${v}'s link does not follow version ${v - 1}'s (a version removed or replaced)`;
    if (link.json !== d.json) return `record version ${v} was altered: its bytes no longer match its hash`;
    if (link.pdf !== d.pdf) return `record version ${v}'s PDF was altered or removed`;
    if (link.sha256 !== linkHash(v, link.json, link.pdf, link.previous)) return `record version ${v}'s hash-chain link was altered`;
    return link;
  }

  /**
   * One page of the audit trail moved out of the workflow (domain/incident/state/effects.ts), written once:
   * page n holds the events before page n+1's, so the trail is the pages in order, then the workflow's own.
   */
  async writeAuditPage(incidentId: string, page: number, events: AuditEvent[]): Promise<{ written: boolean; path: string }> {
    if (!ID.test(incidentId)) throw new Error(`incidentId: ${incidentId} is not a safe file name`);
    const target = pageFile(this.dir, incidentId, page, this.ext('json'));
    const written = !existsSync(target);
    if (written) {
      mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      await this.put(target, defaultPayloadConverter.toPayload({ incidentId, page, events })!.data!);
    }
    // Linked after the page is written, so a retried activity completes a link a crash left unwritten.
    await this.linkPage(incidentId, page);
    return { written, path: target };
  }

  /** The audit trail's pages kept in the store, oldest first. */
  async auditPages(incidentId: string): Promise<AuditEvent[]> {
    const dir = path.join(this.dir, incidentId);
    if (!ID.test(incidentId) || !existsSync(dir)) return [];
    const pages = readdirSync(dir).filter((f) => /^audit-p\d+\.json(\.enc)?$/.test(f)).sort();
    const out: AuditEvent[] = [];
    for (const f of pages) out.push(...(JSON.parse((await open(this.codec, readFileSync(path.join(dir, f)))).toString('utf8')) as { events: AuditEvent[] }).events);
    return out;
  }

  versions(incidentId: string): number[] {
    if (!ID.test(incidentId) || !existsSync(path.join(this.dir, incidentId))) return [];
    return readdirSync(path.join(this.dir, incidentId))
      .map((f) => /^record-v(\d+)\.json(\.enc)?$/.exec(f))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
  }

  /** The newest version (or the one asked for), or null when none is kept. */
  async read(incidentId: string, version?: number): Promise<IncidentRecord | null> {
    const all = this.versions(incidentId);
    const v = version ?? all[all.length - 1];
    if (v === undefined || !all.includes(v)) return null;
    const bytes = await open(this.codec, readFileSync(file(this.dir, incidentId, v, this.ext('json'))));
    return JSON.parse(bytes.toString('utf8')) as IncidentRecord;
  }

  async readPdf(incidentId: string, version: number): Promise<Buffer | null> {
    const f = file(this.dir, incidentId, version, this.ext('pdf'));
    return existsSync(f) ? open(this.codec, readFileSync(f)) : null;
  }
}
