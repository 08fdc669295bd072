/**
 * Encryption at rest in Temporal (issue 6, item 3): a payload codec with AES-256-GCM. Every payload the
 * client, worker and console send (incident input, messages, query and activity results, memo) is stored
 * on the server as ciphertext; the key id travels in the payload's metadata so keys can rotate: the
 * newest key encrypts, older keys still decrypt. Workflow IDs and search attributes are never encrypted
 * (docs/design.md §9), so they carry no consumer data.
 *
 * Keys come from the environment: BREACHCLOCK_CODEC_KEYS ("id:base64key,..." newest first) or
 * BREACHCLOCK_CODEC_KEY_FILE (JSON {"keys":[{"id","key"}]} newest first). Each key is 32 random bytes.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface CodecKey {
  id: string;
  key: Buffer;
}

export class CodecKeyError extends Error {}

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null | undefined) => (b ? Buffer.from(b).toString('utf8') : undefined);

export class AesGcmCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;

  /** `keys[0]` encrypts; every key decrypts what was encrypted under its id. */
  constructor(readonly keys: CodecKey[]) {
    if (!keys.length) throw new CodecKeyError('at least one codec key is required');
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  get currentKeyId(): string {
    return this.keys[0].id;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const { id, key } = this.keys[0];
    return payloads.map((p) => {
      const plain = temporal.api.common.v1.Payload.encode(p).finish();
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(id)); // binds the ciphertext to its key id
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return {
        metadata: { encoding: utf8(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: utf8(id) },
        data: Buffer.concat([iv, body, cipher.getAuthTag()]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => {
      if (text(p.metadata?.encoding) !== ENCRYPTED_ENCODING) return p; // written before encryption was on
      const id = text(p.metadata?.[KEY_ID_METADATA]);
      const key = id === undefined ? undefined : this.byId.get(id);
      if (!key) throw new CodecKeyError(`payload encrypted under key id ${id ?? '(none)'}, which is not configured (BREACHCLOCK_CODEC_KEYS / BREACHCLOCK_CODEC_KEY_FILE)`);
      const data = Buffer.from(p.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(id!));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

function parseKey(id: string, b64: string, where: string): CodecKey {
  if (!KEY_ID.test(id)) throw new CodecKeyError(`${where}: key id "${id}" must be 1-64 letters, digits, ".", "_" or "-"`);
  const key = Buffer.from(b64.trim(), 'base64');
  if (key.length !== 32) throw new CodecKeyError(`${where}: key ${id} must be 32 bytes, base64-encoded (got ${key.length} bytes)`);
  return { id, key };
}

/** Keys from the environment, newest first; an empty list when none is configured. */
export function codecKeysFromEnv(env: Partial<Record<'BREACHCLOCK_CODEC_KEYS' | 'BREACHCLOCK_CODEC_KEY_FILE', string>>): CodecKey[] {
  const keys: CodecKey[] = [];
  if (env.BREACHCLOCK_CODEC_KEYS) {
    for (const part of env.BREACHCLOCK_CODEC_KEYS.split(',').map((x) => x.trim()).filter(Boolean)) {
      const i = part.indexOf(':');
      if (i < 1) throw new CodecKeyError('BREACHCLOCK_CODEC_KEYS: each entry must be id:base64key (newest first, comma-separated)');
      keys.push(parseKey(part.slice(0, i), part.slice(i + 1), 'BREACHCLOCK_CODEC_KEYS'));
    }
  }
  if (env.BREACHCLOCK_CODEC_KEY_FILE) {
    const where = `BREACHCLOCK_CODEC_KEY_FILE (${env.BREACHCLOCK_CODEC_KEY_FILE})`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(env.BREACHCLOCK_CODEC_KEY_FILE, 'utf8'));
    } catch (err) {
      throw new CodecKeyError(`${where}: cannot read a JSON key file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const list = (json as { keys?: unknown }).keys;
    if (!Array.isArray(list) || !list.length) throw new CodecKeyError(`${where}: must hold {"keys":[{"id":"...","key":"base64"}]}, newest first`);
    list.forEach((k: { id?: unknown; key?: unknown }, n) => {
      if (typeof k?.id !== 'string' || typeof k?.key !== 'string') throw new CodecKeyError(`${where}: keys.${n} must have string id and key`);
      keys.push(parseKey(k.id, k.key, `${where} keys.${n}`));
    });
  }
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k.id)) throw new CodecKeyError(`codec keys: key id ${k.id} is given twice`);
    seen.add(k.id);
  }
  return keys;
}

/** A new key file with one fresh key (mode 0600), for `npm start`'s embedded default. */
export function ensureKeyFile(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const id = `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`;
  writeFileSync(file, `${JSON.stringify({ keys: [{ id, key: randomBytes(32).toString('base64') }] }, null, 2)}\n`, { mode: 0o600 });
}

/** What the worker sees instead of a plaintext JSON payload (workflows/message-validation.ts refuses it). */
export const UNENCRYPTED_MARKER = '__breachclockUnencrypted';
/** What the worker sees instead of a payload it cannot read (unknown key, failed tag, unknown encoding, bad JSON). */
export const UNDECODABLE_MARKER = '__breachclockUndecodable';

/** Encodings the worker's payload converter reads; anything else would throw inside the workflow task. */
const READABLE_ENCODINGS = new Set(['binary/null', 'binary/plain', 'json/plain']);

const markerPayload = (value: Record<string, unknown>): Payload => ({ metadata: { encoding: utf8('json/plain') }, data: utf8(JSON.stringify(value)) });
/** Text from outside (a key id, an encoding name) as the audit trail may show it: short, plain characters only. */
const shown = (s: string | undefined) => (s === undefined ? '(none)' : s.replace(/[^A-Za-z0-9._/-]/g, '?').slice(0, 64));

/**
 * The worker's codec: it never throws. A payload it cannot read (encrypted under a key this worker does not
 * hold, a failed authentication tag, an encoding the converter does not know, JSON that does not parse) would
 * fail every workflow task of its incident for good: instead the workflow sees a marker and records the
 * message as rejected, its bytes never applied. With `refusePlaintext`, a plaintext JSON payload (sent with
 * the temporal CLI or UI without the codec endpoint) is marked the same way: its content is not applied, nor
 * echoed into the audit trail. BREACHCLOCK_ACCEPT_PLAINTEXT=1 lifts that for incidents begun before
 * encryption was turned on.
 */
export class WorkerInputCodec implements PayloadCodec {
  constructor(
    private readonly inner: AesGcmCodec | undefined,
    private readonly refusePlaintext: boolean,
  ) {}

  encode(payloads: Payload[]): Promise<Payload[]> {
    return this.inner ? this.inner.encode(payloads) : Promise.resolve(payloads);
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    const out: Payload[] = [];
    for (const p of payloads) out.push(await this.decodeOne(p));
    return out;
  }

  private async decodeOne(p: Payload): Promise<Payload> {
    const sent = text(p.metadata?.encoding);
    if (sent === 'json/plain' && this.inner && this.refusePlaintext) return markerPayload({ [UNENCRYPTED_MARKER]: true });
    let decoded: Payload;
    try {
      [decoded] = this.inner ? await this.inner.decode([p]) : [p];
    } catch (err) {
      const why = err instanceof CodecKeyError ? `encrypted under key id ${shown(text(p.metadata?.[KEY_ID_METADATA]))}, which this worker does not hold` : 'could not be decrypted (authentication failed)';
      return markerPayload({ [UNDECODABLE_MARKER]: why });
    }
    const encoding = text(decoded.metadata?.encoding);
    if (encoding === undefined || !READABLE_ENCODINGS.has(encoding)) return markerPayload({ [UNDECODABLE_MARKER]: `encoding ${shown(encoding)} is not one breachclock reads` });
    if (encoding === 'json/plain') {
      try {
        JSON.parse(text(decoded.data) ?? '');
      } catch {
        return markerPayload({ [UNDECODABLE_MARKER]: 'its JSON does not parse' });
      }
    }
    return decoded;
  }
}

/** The data converter client, worker and console share: the codec, and failure messages encoded too. */
export function dataConverterFor(codec: AesGcmCodec | undefined): DataConverter | undefined {
  if (!codec) return undefined;
  return { payloadCodecs: [codec], failureConverterPath: require.resolve('./failure-converter') };
}

/** The worker's data converter: never throws on what it receives (WorkerInputCodec), encrypted when a key is configured. */
export function workerDataConverter(codec: AesGcmCodec | undefined, opts: { refusePlaintext: boolean }): DataConverter {
  return {
    payloadCodecs: [new WorkerInputCodec(codec, opts.refusePlaintext)],
    ...(codec ? { failureConverterPath: require.resolve('./failure-converter') } : {}),
  };
}
