/**
 * The payload codec (issue 6, item 3): AES-256-GCM, key id in the metadata, rotation (the newest key
 * encrypts, older ones still decrypt), and key configuration refused by name at the worker-config door.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmCodec, codecKeysFromEnv, ENCRYPTED_ENCODING, KEY_ID_METADATA, UNDECODABLE_MARKER, UNENCRYPTED_MARKER, WorkerInputCodec } from '../../platform/codec';
import { codecFromConfig, ConfigError, loadConfig } from '../../platform/config';

const key = (n: number) => Buffer.alloc(32, n).toString('base64');
const payload = (v: unknown) => defaultPayloadConverter.toPayload(v);
const value = (p: Parameters<typeof defaultPayloadConverter.fromPayload>[0]) => defaultPayloadConverter.fromPayload(p);
const text = (b?: Uint8Array | null) => Buffer.from(b ?? []).toString('utf8');

describe('AES-256-GCM payload codec', () => {
  const codec = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: `k2:${key(2)},k1:${key(1)}` }));

  test('round trip; the stored bytes hold no plaintext; the key id is in the metadata', async () => {
    const [enc] = await codec.encode([payload({ title: 'Ransomware at Show-Me Mutual', owner: 'privacy.officer@show-me-mutual.example' })]);
    expect(text(enc.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(enc.metadata![KEY_ID_METADATA])).toBe('k2');
    expect(Buffer.from(enc.data!).includes('Ransomware')).toBe(false);
    expect(Buffer.from(enc.data!).includes('privacy.officer')).toBe(false);
    const [dec] = await codec.decode([enc]);
    expect(value(dec)).toEqual({ title: 'Ransomware at Show-Me Mutual', owner: 'privacy.officer@show-me-mutual.example' });
  });

  test('a payload under a retired key still decodes after rotation', async () => {
    const before = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: `k1:${key(1)}` }));
    const [old] = await before.encode([payload('written before rotation')]);
    expect(text(old.metadata![KEY_ID_METADATA])).toBe('k1');
    expect(value((await codec.decode([old]))[0])).toBe('written before rotation');
  });

  test('an unknown key id, or tampered ciphertext, is refused', async () => {
    const other = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: `k9:${key(9)}` }));
    const [foreign] = await other.encode([payload('x')]);
    await expect(codec.decode([foreign])).rejects.toThrow(/key id k9, which is not configured/);
    const [enc] = await codec.encode([payload('y')]);
    const data = Buffer.from(enc.data!);
    data[20] ^= 1;
    await expect(codec.decode([{ ...enc, data }])).rejects.toThrow();
  });

  test('payloads written before encryption pass through decode unchanged', async () => {
    const plain = payload('old plaintext');
    expect(value((await codec.decode([plain]))[0])).toBe('old plaintext');
  });
});

describe('codec keys at the worker-config door', () => {
  const env = (extra: Record<string, string>) => ({ ...extra });
  test.each([
    [{ BREACHCLOCK_CODEC_KEYS: 'nocolon' }, /BREACHCLOCK_CODEC_KEYS: each entry must be id:base64key/],
    [{ BREACHCLOCK_CODEC_KEYS: `k1:${Buffer.alloc(16).toString('base64')}` }, /BREACHCLOCK_CODEC_KEYS: key k1 must be 32 bytes/],
    [{ BREACHCLOCK_CODEC_KEYS: `bad id:${key(1)}` }, /key id "bad id"/],
    [{ BREACHCLOCK_CODEC_KEYS: `k1:${key(1)},k1:${key(2)}` }, /key id k1 is given twice/],
    [{ BREACHCLOCK_CODEC_KEY_FILE: '/nonexistent/keys.json' }, /BREACHCLOCK_CODEC_KEY_FILE \(\/nonexistent\/keys.json\): cannot read/],
  ])('%j is refused by name', (vars, message) => {
    expect(() => codecFromConfig(loadConfig(env(vars)))).toThrow(ConfigError);
    expect(() => codecFromConfig(loadConfig(env(vars)))).toThrow(message);
  });

  test('a key file, newest first; no key at all means no codec', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bc-keys-'));
    const file = path.join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify({ keys: [{ id: 'new', key: key(4) }, { id: 'old', key: key(3) }] }));
    expect(codecFromConfig(loadConfig({ BREACHCLOCK_CODEC_KEY_FILE: file }))!.currentKeyId).toBe('new');
    expect(codecFromConfig(loadConfig({}))).toBeUndefined();
  });
});

describe("the worker's codec never throws: what it cannot read reaches the workflow as a marker it refuses", () => {
  const codec = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: `k2:${key(2)}` }));
  const worker = new WorkerInputCodec(codec, true);
  const enc = (s: string) => new TextEncoder().encode(s);
  const marker = async (p: Parameters<typeof defaultPayloadConverter.fromPayload>[0]) => value((await worker.decode([p]))[0]) as Record<string, unknown>;

  test.each([
    ['an unknown key id', { metadata: { encoding: enc(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: enc('nope') }, data: enc('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx') }, /key id nope, which this worker does not hold/],
    ['no key id', { metadata: { encoding: enc(ENCRYPTED_ENCODING) }, data: enc('x') }, /key id \(none\)/],
    ['a failed authentication tag', { metadata: { encoding: enc(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: enc('k2') }, data: enc('not ciphertext, long enough to have a tag......') }, /authentication failed/],
    ['an encoding the converter does not know (json/protobuf)', { metadata: { encoding: enc('json/protobuf') }, data: enc('{}') }, /encoding json\/protobuf is not one breachclock reads/],
    ['no encoding at all', { metadata: {}, data: enc('{}') }, /encoding \(none\)/],
  ])('%s', async (_what, p, why) => {
    const m = await marker(p);
    expect(String(m[UNDECODABLE_MARKER])).toMatch(why);
  });

  test('encrypted JSON that does not parse, and a plaintext payload, are marked; a good payload passes', async () => {
    const [bad] = await codec.encode([{ metadata: { encoding: enc('json/plain') }, data: enc('{not json') }]);
    expect(String((await marker(bad))[UNDECODABLE_MARKER])).toMatch(/JSON does not parse/);
    expect((await marker(payload({ a: 1 })!))[UNENCRYPTED_MARKER]).toBe(true);
    const [good] = await codec.encode([payload({ a: 1 })!]);
    expect(await marker(good)).toEqual({ a: 1 });
  });

  test('the incident workflow refuses the marker as a message, naming the payload', () => {
    const { messageProblems } = require('../../workflows/message-validation');
    expect(messageProblems('residentsUpdate', { [UNDECODABLE_MARKER]: 'encoding json/protobuf is not one breachclock reads' })).toEqual([
      { path: '(payload)', message: 'the payload could not be read (encoding json/protobuf is not one breachclock reads); nothing of it was applied' },
    ]);
  });
});
