/**
 * The Temporal UI decodes from the first run (issue #27): `npm start` gives the dev server's UI the console's
 * codec endpoint, and the UI on BREACHCLOCK_UI_PORT asks for it with credentials, from the origin the console's
 * CORS allows. Started here as `npm start` starts it (scripts/dev/start.ts), on free ports and a fresh data folder;
 * then, in Chromium, a browser signed in to the console reads an incident's `status` query decoded in the UI.
 */
/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { freePort } from '../../scripts/dev/ui-proxy';
import { exampleIncident, uniqueId } from '../helpers/fixtures';
import { runCli } from '../helpers/stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const root = path.join(__dirname, '../..');
const TOKEN = 'ui-codec-test-token-0123456789';
let child: ChildProcess;
let ports: { grpc: number; ui: number; smtp: number; console: number };
let output = '';
let dataDir = '';

beforeAll(async () => {
  ports = { grpc: await freePort(), ui: await freePort(), smtp: await freePort(), console: await freePort() };
  const env = {
    ...process.env,
    TEMPORAL_ADDRESS: `127.0.0.1:${ports.grpc}`,
    BREACHCLOCK_UI_PORT: String(ports.ui),
    SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
    BREACHCLOCK_CONSOLE_PORT: String(ports.console),
    BREACHCLOCK_CONSOLE_TOKEN: TOKEN,
    BREACHCLOCK_DATA_DIR: (dataDir = mkdtempSync(path.join(os.tmpdir(), 'bc-start-'))),
  };
  child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/dev/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 150_000);
    const seen = (d: Buffer) => {
      output += d.toString();
      if (output.includes('breachclock is running.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) => reject(new Error(`npm start exited ${code}:\n${output}`)));
  });
}, 180_000);

afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  await exited;
});

const uiOrigin = () => `http://localhost:${ports.ui}`;
const consoleUrl = () => `http://127.0.0.1:${ports.console}`;

test("the UI's settings name the console's codec endpoint, with credentials", async () => {
  const settings = (await (await fetch(`http://127.0.0.1:${ports.ui}/api/v1/settings`)).json()) as { Codec: { Endpoint: string; IncludeCredentials: boolean } };
  expect(settings.Codec.Endpoint).toBe(`http://localhost:${ports.console}/codec`);
  expect(settings.Codec.IncludeCredentials).toBe(true);
  // The UI itself is served on that port.
  const page = await fetch(`http://127.0.0.1:${ports.ui}/namespaces/default/workflows`);
  expect(page.status).toBe(200);
  expect(await page.text()).toMatch(/<html/i);
});

test("the console's codec endpoint answers the UI's origin with credentials, and only a signed-in browser", async () => {
  const preflight = await fetch(`${consoleUrl()}/codec/decode`, {
    method: 'OPTIONS',
    headers: { origin: uiOrigin(), 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe(uiOrigin());
  expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
  expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-namespace');

  const decode = (cookie?: string) =>
    fetch(`${consoleUrl()}/codec/decode`, {
      method: 'POST',
      headers: { origin: uiOrigin(), 'content-type': 'application/json', 'x-namespace': 'default', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ payloads: [] }),
    });
  expect((await decode()).status).toBe(401);
  const signIn = await fetch(`${consoleUrl()}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${TOKEN}` });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const ok = await decode(cookie);
  expect(ok.status).toBe(200);
  expect(ok.headers.get('access-control-allow-origin')).toBe(uiOrigin());
  expect(await ok.json()).toEqual({ payloads: [] });
});

test('in Chromium, signed in to the console, the UI shows an incident\'s status query decoded', async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const incident = exampleIncident();
  incident.incidentId = uniqueId('UIDECODE');
  const cliEnv = { ...process.env, TEMPORAL_ADDRESS: `127.0.0.1:${ports.grpc}`, BREACHCLOCK_CODEC_KEY_FILE: path.join(dataDir, 'codec-keys.json') };
  const opened = await runCli(cliEnv, ['incident', 'open', '-', '--determined-at', 'now', '--json'], JSON.stringify(incident));
  expect(opened.stderr).toBe('');
  const { runId } = JSON.parse(opened.stdout) as { runId: string };

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://localhost:${ports.console}/login`);
    await page.fill('input[name=token]', TOKEN);
    await page.click('button');
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
    const decoded: number[] = [];
    page.on('response', (r) => {
      if (r.url() === `http://localhost:${ports.console}/codec/decode`) decoded.push(r.status());
    });
    // The plan is made by the worker (bundled at its start): retry the query until it answers with obligations.
    // The answer is shown in a CodeMirror view (only the lines in view are in the page).
    const result = page.locator('.cm-content').filter({ hasText: '"obligations"' }).first();
    for (let i = 0; i < 30; i++) {
      await page.goto(`${uiOrigin()}/namespaces/default/workflows/${incident.incidentId}/${runId}/query`, { waitUntil: 'load' });
      // The Queries tab lists the SDK's own queries beside ours: pick `status`.
      await page.getByText('Query Type').waitFor({ timeout: 30_000 });
      await page.getByTestId('query-select-button').click({ timeout: 5_000 }).catch(() => undefined);
      await page.locator('#query-select-select [role=option]').filter({ hasText: /^\s*status\s*$/ }).click({ timeout: 5_000 }).catch(() => undefined);
      await page.getByRole('button', { name: /(Run|Refresh) Query/i }).click({ timeout: 5_000 }).catch(() => undefined);
      if (await result.isVisible({ timeout: 3_000 }).catch(() => false)) break;
    }
    await page.screenshot({ path: path.join(__dirname, '../../screenshots/temporal-ui-decoded-status.png') }).catch(() => undefined);
    const shown = await result.innerText();
    // The status query's own answer, decoded: the incident's phase and obligations at its top level (reportSource
    // nests them under "status"); undecoded, the UI would show the codec's encrypted payload instead.
    expect(shown).toContain(`"incidentId": "${incident.incidentId}"`);
    expect(shown).toMatch(/"phase": "open",\s*"obligations": \[/);
    expect(shown).toContain('/regulator-notice"');
    expect(shown).not.toContain('"status": {');
    expect(decoded.length).toBeGreaterThan(0);
    expect(decoded.every((s) => s === 200)).toBe(true);
  } finally {
    await browser.close();
  }
}, 240_000);
