/**
 * Where incident records are kept past Temporal's retention: a folder (BREACHCLOCK_RECORDS_DIR, by default
 * records/ under BREACHCLOCK_DATA_DIR), one subfolder per incident, one immutable file per version, encrypted
 * with the payload codec's current key when one is configured. Written by the worker's activity; read by
 * the CLI (`breachclock incident record`) and the console. Shared plumbing: no Temporal workflow code.
 */
import { defaultPayloadConverter } from '@temporalio/common';
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

export class RecordStore {
  constructor(
    readonly dir: string,
    private readonly codec?: AesGcmCodec,
  ) {}

  private ext(kind: 'json' | 'pdf'): string {
    return this.codec ? `${kind}.enc` : kind;
  }

  /** Writes one version once (a retried activity finds it there and leaves it): immutable, 0600. */
  async write(record: IncidentRecord, pdf?: Uint8Array): Promise<{ written: boolean; path: string }> {
    if (!ID.test(record.incidentId)) throw new Error(`incidentId: ${record.incidentId} is not a safe file name`);
    const target = file(this.dir, record.incidentId, record.version, this.ext('json'));
    if (existsSync(target)) return { written: false, path: target };
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const put = async (to: string, bytes: Uint8Array) => {
      const tmp = `${to}.tmp-${process.pid}`;
      writeFileSync(tmp, await seal(this.codec, bytes), { mode: 0o600 });
      renameSync(tmp, to);
    };
    if (pdf) await put(file(this.dir, record.incidentId, record.version, this.ext('pdf')), pdf);
    await put(target, defaultPayloadConverter.toPayload(record)!.data!);
    return { written: true, path: target };
  }

  /**
   * One page of the audit trail moved out of the workflow (domain/incident/state/effects.ts), written once:
   * page n holds the events before page n+1's, so the trail is the pages in order, then the workflow's own.
   */
  async writeAuditPage(incidentId: string, page: number, events: AuditEvent[]): Promise<{ written: boolean; path: string }> {
    if (!ID.test(incidentId)) throw new Error(`incidentId: ${incidentId} is not a safe file name`);
    const target = path.join(this.dir, incidentId, `audit-p${String(page).padStart(5, '0')}.${this.ext('json')}`);
    if (existsSync(target)) return { written: false, path: target };
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const tmp = `${target}.tmp-${process.pid}`;
    writeFileSync(tmp, await seal(this.codec, defaultPayloadConverter.toPayload({ incidentId, page, events })!.data!), { mode: 0o600 });
    renameSync(tmp, target);
    return { written: true, path: target };
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
