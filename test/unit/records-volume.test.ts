/**
 * The records volume is writable by the worker's user (issue #27): the image runs as uid 1000, and compose's
 * records-init gives /records to that uid on every start (Docker copies the image's ownership only onto a new,
 * empty named volume). Exercised for real: compose's own init script runs on a root-owned folder (a volume made
 * before, a bind mount), then a process running as that uid writes a record there with the record store.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';

const root = path.join(__dirname, '../..');
type Service = { image?: string; user?: string; command?: string[]; entrypoint?: string[]; volumes?: string[]; depends_on?: Record<string, { condition: string }> };
const compose = yaml.load(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
/** The runtime stage's last USER, as uid:gid. */
const runtimeUser = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].at(-1)?.[1];
const [uid, gid] = (runtimeUser ?? '').split(':').map(Number);
const init = compose.services['records-init'];

test('the image runs as a fixed non-root uid, and compose gives the records volume to that uid before the worker starts', () => {
  expect(runtimeUser).toMatch(/^\d+:\d+$/);
  expect(uid).toBeGreaterThan(0);
  expect(init.user).toBe('0:0');
  expect(init.volumes).toContain('records:/records');
  expect(init.command?.join(' ')).toContain(`chown ${uid}:${gid}`);
  expect(compose.services.worker.depends_on?.['records-init']?.condition).toBe('service_completed_successfully');
  expect(compose.services.worker.volumes).toContain('records:/records');
});

/** Writes one record as the image's uid with the record store; the exit code and what it said. */
function writeAsImageUser(dir: string) {
  const script = `require(${JSON.stringify(path.join(root, 'platform/record-store.ts'))}).RecordStore.prototype.write.call(
    new (require(${JSON.stringify(path.join(root, 'platform/record-store.ts'))}).RecordStore)(${JSON.stringify(dir)}),
    { incidentId: 'INC-VOLUME-1', version: 1 }).then((r) => console.log(r.path), (e) => { console.error(e.code ?? e.message); process.exit(1); })`;
  return spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { uid, gid, cwd: root, encoding: 'utf8', env: { ...process.env, HOME: os.tmpdir() } });
}

// Changing a process's uid needs root: the CI container runs as root; elsewhere this says why it did not run.
const asRoot = process.getuid?.() === 0 ? test : test.skip;
asRoot('a root-owned records folder: refused to the worker\'s uid, then writable once compose\'s init has run', () => {
  const volume = mkdtempSync(path.join(os.tmpdir(), 'bc-volume-'));
  chmodSync(volume, 0o755);
  mkdirSync(path.join(volume, 'INC-EARLIER'), { mode: 0o700 }); // left by an earlier image running as root
  expect(writeAsImageUser(volume)).toMatchObject({ status: 1, stderr: expect.stringContaining('EACCES') });

  const script = init.command!.join(' ').replaceAll('/records', volume);
  const ran = spawnSync(init.entrypoint![0], [...init.entrypoint!.slice(1), script], { encoding: 'utf8' });
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);

  const wrote = writeAsImageUser(volume);
  expect(wrote.stderr).toBe('');
  expect(wrote.stdout.trim()).toBe(path.join(volume, 'INC-VOLUME-1', 'record-v0001.json'));
});

const composeCli = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
(composeCli ? test : test.skip)('docker-compose config accepts the file', () => {
  const env = { ...process.env, BREACHCLOCK_CONSOLE_TOKEN: 'compose-test-token-0123456789', BREACHCLOCK_CODEC_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}` };
  const r = spawnSync('docker-compose', ['-f', path.join(root, 'docker-compose.yml'), 'config', '-q'], { encoding: 'utf8', env, cwd: root });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
