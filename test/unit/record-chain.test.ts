/**
 * The kept record's hash chain (platform/record-store.ts) through `breachclock incident verify`: intact
 * versions pass; an altered or removed version fails, naming it. Real files, the real codec, no server.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type Io } from '../../client/cli';
import type { IncidentRecord } from '../../domain/incident/record';
import { RecordStore } from '../../platform/record-store';
import { TEST_CODEC_KEYS, testCodec } from '../helpers/fixtures';

const ID = 'INC-CHAIN-1';
let dir: string;
const saved = { ...process.env };

function recordOf(version: number): IncidentRecord {
  return { incidentId: ID, version, reason: `filing ${version}`, source: { incidentId: ID, title: 'chain test', filings: [], status: { events: [{ at: '2026-11-23T16:00:00.000Z', actor: 'update', type: 'opened', detail: `v${version}` }] } } as never };
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += `${s}\n`), stderr: (s) => void (err += `${s}\n`), readStdin: () => '' };
  const code = await main(args, io);
  return { code, out, err };
}

const versionFile = (v: number, ext = 'json.enc') => path.join(dir, ID, `record-v${String(v).padStart(4, '0')}.${ext}`);

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bc-chain-'));
  Object.assign(process.env, { BREACHCLOCK_RECORDS_DIR: dir, BREACHCLOCK_CODEC_KEYS: TEST_CODEC_KEYS });
  const store = new RecordStore(dir, testCodec());
  for (const v of [1, 2, 3]) await store.write(recordOf(v), Buffer.from(`%PDF-fake ${v}`));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env = { ...saved };
});

test('intact: every version verifies, exit 0', async () => {
  const r = await cli('incident', 'verify', ID);
  expect(r).toEqual({ code: 0, out: expect.stringContaining(`${ID}: 3 record version(s) intact; chain head sha256 `), err: '' });
});

test('each link names the previous hash; a retried write changes nothing', async () => {
  const link = (v: number) => JSON.parse(readFileSync(versionFile(v, 'chain.json'), 'utf8'));
  expect(link(1).previous).toBe('');
  expect(link(2).previous).toBe(link(1).sha256);
  expect(link(3).previous).toBe(link(2).sha256);
  const again = await new RecordStore(dir, testCodec()).write(recordOf(2));
  expect(again).toMatchObject({ written: false, sha256: link(2).sha256 });
});

test('a tampered version file fails, naming it (exit 4)', async () => {
  // Re-sealed with the real key, so it decrypts: only the chain can tell.
  const store = new RecordStore(dir, testCodec());
  unlinkSync(versionFile(2));
  await store.write({ ...recordOf(2), reason: 'rewritten after the fact' });
  const r = await cli('incident', 'verify', ID);
  expect(r.code).toBe(4);
  expect(r.err).toContain('record version 2 broke the chain: record version 2 was altered');
});

test('a version file altered byte-wise fails, naming it', async () => {
  const bytes = readFileSync(versionFile(1));
  bytes[bytes.length - 3] ^= 0xff;
  writeFileSync(versionFile(1), bytes);
  const r = await cli('incident', 'verify', ID);
  expect(r.code).toBe(4);
  expect(r.err).toContain('record version 1 broke the chain');
});

test('a removed version fails, naming it; a removed newest version too', async () => {
  unlinkSync(versionFile(2));
  unlinkSync(versionFile(2, 'chain.json'));
  let r = await cli('incident', 'verify', ID);
  expect(r.code).toBe(4);
  expect(r.err).toContain('record version 2 broke the chain: record version 2 is missing');

  rmSync(path.join(dir, ID), { recursive: true });
  const store = new RecordStore(dir, testCodec());
  for (const v of [1, 2, 3]) await store.write(recordOf(v));
  for (const ext of ['json.enc', 'pdf.enc', 'chain.json']) rmSync(versionFile(3, ext), { force: true });
  r = await cli('incident', 'verify', ID);
  expect(r.code).toBe(4);
  expect(r.err).toContain('record version 3 broke the chain: record version 3 is missing');
});

test('a replaced PDF fails; an incident with no record is not found (exit 3)', async () => {
  const store = new RecordStore(dir);
  expect((await store.verify('INC-NONE')).ok).toBe(false);
  writeFileSync(versionFile(3, 'pdf.enc'), readFileSync(versionFile(1, 'pdf.enc')));
  const r = await cli('incident', 'verify', ID);
  expect(r.err).toContain("record version 3 broke the chain: record version 3's PDF was altered");
  expect((await cli('incident', 'verify', 'INC-NONE')).code).toBe(3);
});

describe('the audit trail pages moved out of the workflow have a chain of their own', () => {
  const pageFile = (p: number, ext = 'json.enc') => path.join(dir, ID, `audit-p${String(p).padStart(5, '0')}.${ext}`);
  const events = (p: number) => [{ at: '2026-11-23T16:00:00.000Z', actor: 'update', type: 'residentsUpdate', detail: `page ${p}` }];
  beforeEach(async () => {
    const store = new RecordStore(dir, testCodec());
    for (const p of [1, 2, 3]) await store.writeAuditPage(ID, p, events(p) as never);
  });

  test('intact: verify counts them; a retried write changes nothing', async () => {
    expect(await new RecordStore(dir, testCodec()).writeAuditPage(ID, 2, events(2) as never)).toMatchObject({ written: false });
    const r = await cli('incident', 'verify', ID);
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('3 record version(s) intact') });
    expect(r.out).toContain('3 audit page(s) intact');
  });

  test('a page altered, rewritten, removed, or the newest removed fails, naming the page (exit 4)', async () => {
    const bytes = readFileSync(pageFile(2));
    bytes[bytes.length - 3] ^= 0xff;
    writeFileSync(pageFile(2), bytes);
    let r = await cli('incident', 'verify', ID);
    expect(r.code).toBe(4);
    expect(r.err).toContain('audit page 2 broke the chain: audit page 2 was altered');

    // Re-sealed with the real key, so it decrypts: only the chain can tell.
    unlinkSync(pageFile(2));
    await new RecordStore(dir, testCodec()).writeAuditPage(ID, 2, [{ ...events(2)[0], detail: 'rewritten after the fact' }] as never);
    r = await cli('incident', 'verify', ID);
    expect(r.err).toContain('audit page 2 broke the chain: audit page 2 was altered');

    unlinkSync(pageFile(2));
    r = await cli('incident', 'verify', ID);
    expect(r.err).toContain('audit page 2 broke the chain: audit page 2 is missing');
  });

  test('the newest page removed with its link is caught by the head', async () => {
    unlinkSync(pageFile(3));
    unlinkSync(pageFile(3, 'chain.json'));
    const r = await cli('incident', 'verify', ID);
    expect(r.code).toBe(4);
    expect(r.err).toContain('audit page 3 broke the chain: audit page 3 is missing');
  });
});

test('no server path in a refusal: an incident with no record says so without the records folder', async () => {
  const r = await cli('incident', 'verify', 'INC-NONE');
  expect(r.code).toBe(3);
  expect(r.err).not.toContain(dir);
});
