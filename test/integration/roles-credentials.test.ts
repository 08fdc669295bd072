/**
 * Credentials at the console's door, over real HTTP on loopback (no Temporal call is made: every route
 * tried here answers before the service): API tokens kept only as hashes, scoped, expiring, revocable and
 * surviving a restart; wrong credentials limited per address and per credential while valid ones always
 * pass; Secure `__Host-` cookies behind a trusted TLS proxy and over the console's own TLS.
 */
import { Client, Connection } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildConsole, type ConsoleApp, type ConsoleOptions } from '../../client/console/server';
import { FAILURE_LIMITS } from '../../client/console/rate-limit';
import { freePort } from '../helpers/oidc';

const TOKEN = 'roles-credentials-local-token-0123';
const DAY = 86_400_000;
let clock = Date.parse('2026-12-01T09:00:00Z');
const dir = mkdtempSync(path.join(os.tmpdir(), 'bc-tokens-'));
const tokensFile = path.join(dir, 'api-tokens.json');
// A client that never connects: nothing here reaches the service.
const client = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
const open: ConsoleApp[] = [];

async function consoleWith(extra: Partial<ConsoleOptions> = {}): Promise<{ app: ConsoleApp; url: string }> {
  const app = await buildConsole({ client, taskQueue: 'none', token: TOKEN, now: () => clock, tokensFile, ...extra });
  await app.listen({ host: '127.0.0.1', port: 0 });
  open.push(app);
  return { app, url: `${extra.tls ? 'https' : 'http'}://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}
afterAll(async () => {
  for (const app of open) await app.close();
});

const bearer = (token: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...extra } });
const makeToken = async (url: string, body: Record<string, unknown>) => {
  const r = await fetch(`${url}/api/tokens`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(r.status).toBe(201);
  return (await r.json()) as { token: string; id: string; expiresAt: string };
};

describe('API tokens', () => {
  test('stored only as a hash (0600), scoped to a role, acting as the service account or the person', async () => {
    const { url } = await consoleWith();
    const svc = await makeToken(url, { name: 'nightly-export', role: 'viewer', days: 30 });
    const person = await makeToken(url, { name: 'rory-laptop', role: 'responder', days: 30, subject: 'idp.example/rory' });
    expect(svc.token).toMatch(/^bct_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const file = readFileSync(tokensFile, 'utf8');
    expect(file).not.toContain(svc.token);
    expect(file).not.toContain(svc.token.split('_').pop());
    expect(file).toContain(require('node:crypto').createHash('sha256').update(svc.token).digest('hex'));
    expect(statSync(tokensFile).mode & 0o777).toBe(0o600);

    const me = async (t: string) => ((await (await fetch(`${url}/api/me`, bearer(t))).json()) as { actor: unknown }).actor;
    expect(await me(svc.token)).toEqual({ subject: 'token:nightly-export', displayName: 'token nightly-export', authenticatedBy: 'api-token', role: 'viewer' });
    expect(await me(person.token)).toMatchObject({ subject: 'idp.example/rory', authenticatedBy: 'api-token', role: 'responder' });
    // The viewer token may not make tokens; the listing never shows a token or its hash.
    const refused = await fetch(`${url}/api/tokens`, { method: 'POST', ...bearer(svc.token, { 'content-type': 'application/json' }), body: '{"name":"x","role":"admin"}' });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain('needs the admin role');
    const listing = await (await fetch(`${url}/api/tokens`, bearer(TOKEN))).text();
    expect(listing).toContain('nightly-export');
    expect(listing).not.toMatch(/bct_|"hash"/);
  });

  test('a token expires, can be revoked, and both survive a restart of the console', async () => {
    const first = await consoleWith();
    const expiring = await makeToken(first.url, { name: 'short-lived', role: 'viewer', days: 2 });
    const revoked = await makeToken(first.url, { name: 'leaked', role: 'responder', days: 90 });
    const kept = await makeToken(first.url, { name: 'kept', role: 'viewer', days: 90 });
    expect((await fetch(`${first.url}/api/me`, bearer(revoked.token))).status).toBe(200);
    expect((await fetch(`${first.url}/api/tokens/${revoked.id}`, { method: 'DELETE', ...bearer(TOKEN) })).status).toBe(204);
    expect((await fetch(`${first.url}/api/me`, bearer(revoked.token))).status).toBe(401);

    const second = await consoleWith(); // a restart: the same file, a new process state
    expect((await fetch(`${second.url}/api/me`, bearer(kept.token))).status).toBe(200);
    expect((await fetch(`${second.url}/api/me`, bearer(expiring.token))).status).toBe(200);
    expect((await fetch(`${second.url}/api/me`, bearer(revoked.token))).status).toBe(401);
    clock += 2 * DAY;
    expect((await fetch(`${second.url}/api/me`, bearer(expiring.token))).status).toBe(401);
    expect((await fetch(`${second.url}/api/me`, bearer(kept.token))).status).toBe(200);
  });

  test('the admin makes one on the tokens page: shown once, then only listed', async () => {
    const { url } = await consoleWith();
    const made = await fetch(`${url}/admin/tokens`, { method: 'POST', ...bearer(TOKEN, { 'content-type': 'application/x-www-form-urlencoded' }), body: 'name=page-made&role=approver&days=7' });
    expect(made.status).toBe(201);
    const token = /id="token-text">([^<]+)</.exec(await made.text())![1];
    expect(((await (await fetch(`${url}/api/me`, bearer(token))).json()) as { actor: { role: string } }).actor.role).toBe('approver');
    const again = await (await fetch(`${url}/admin/tokens`, bearer(TOKEN))).text();
    expect(again).toContain('page-made');
    expect(again).not.toContain(token);
    const bad = await fetch(`${url}/admin/tokens`, { method: 'POST', ...bearer(TOKEN, { 'content-type': 'application/x-www-form-urlencoded' }), body: 'name=x&role=owner' });
    expect(bad.status).toBe(400);
  });
});

describe('rate limits on wrong credentials', () => {
  test('200 wrong bearer guesses from one address meet 429; the right token still passes at once', async () => {
    const { url } = await consoleWith();
    const viewer = await makeToken(url, { name: 'limit-viewer', role: 'viewer', days: 1 });
    const codes: number[] = [];
    for (let i = 0; i < 200; i++) codes.push((await fetch(`${url}/api/incidents`, bearer(`guess-${i}-${'x'.repeat(20)}`))).status);
    expect(codes.slice(0, FAILURE_LIMITS.perCredential)).toEqual(Array(FAILURE_LIMITS.perCredential).fill(401));
    expect(codes.slice(-50)).toEqual(Array(50).fill(429));
    // Valid credentials from the same (locked) address are never refused for others' failures.
    expect((await fetch(`${url}/api/me`, bearer(TOKEN))).status).toBe(200);
    expect((await fetch(`${url}/api/me`, bearer(viewer.token))).status).toBe(200);
    const signIn = await fetch(`${url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${TOKEN}` });
    expect(signIn.status).toBe(302);
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    expect((await fetch(`${url}/api/me`, { headers: { cookie } })).status).toBe(200);
  });

  test('guesses at one API token from many addresses are limited per token; other addresses are not locked out', async () => {
    const { url } = await consoleWith({ trustProxy: true }); // X-Forwarded-For names the caller behind the proxy
    const target = await makeToken(url, { name: 'limit-target', role: 'viewer', days: 1 });
    const prefix = target.token.slice(0, target.token.lastIndexOf('_') + 1);
    const codes: number[] = [];
    for (let i = 0; i < FAILURE_LIMITS.perCredential + 3; i++) {
      codes.push((await fetch(`${url}/api/me`, bearer(`${prefix}${'A'.repeat(42)}${i % 10}`, { 'x-forwarded-for': `203.0.113.${i + 1}` }))).status);
    }
    expect(codes.at(-1)).toBe(429);
    expect((await fetch(`${url}/api/me`, bearer(target.token, { 'x-forwarded-for': '203.0.113.1' }))).status).toBe(200);
    // One address guessing at many tokens is limited as an address; another address is not locked out by it.
    for (let i = 0; i < FAILURE_LIMITS.perAddress; i++) {
      await fetch(`${url}/api/me`, bearer(`bct_${String(i).padStart(12, '0')}_guess`, { 'x-forwarded-for': '198.51.100.7' }));
    }
    expect((await fetch(`${url}/api/me`, bearer('bct_111111111111_fresh', { 'x-forwarded-for': '198.51.100.7' }))).status).toBe(429);
    expect((await fetch(`${url}/api/me`, bearer('bct_111111111111_fresh', { 'x-forwarded-for': '198.51.100.8' }))).status).toBe(401);
  });
});

test('with the identity provider down, its sign-in says so and the local token still signs in', async () => {
  const down = `http://127.0.0.1:${await freePort()}`;
  const { url } = await consoleWith({ oidc: { issuer: down, clientId: 'c', clientSecret: 's', redirectUrl: 'http://127.0.0.1:1/oidc/callback', roleClaim: 'groups', roleMap: { 'bc-admins': 'admin' } } });
  expect(await (await fetch(`${url}/login`)).text()).toContain('id="oidc-sign-in"');
  const r = await fetch(`${url}/oidc/login`, { redirect: 'manual' });
  expect(r.status).toBe(503);
  expect(await r.text()).toContain(`the identity provider at ${down} did not answer`);
  const local = await fetch(`${url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${TOKEN}` });
  expect(local.status).toBe(302);
});

describe('cookies and TLS', () => {
  const signIn = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: `token=${TOKEN}` });

  test('behind a TLS proxy the session cookie is __Host- and Secure only when the proxy is trusted', async () => {
    const trusting = await consoleWith({ trustProxy: '127.0.0.1' });
    const viaProxy = (await signIn(trusting.url, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')!;
    expect(viaProxy).toMatch(/^__Host-bc_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    const cookie = viaProxy.split(';')[0];
    expect((await fetch(`${trusting.url}/api/me`, { headers: { cookie, 'x-forwarded-proto': 'https' } })).status).toBe(200);

    const plain = await consoleWith(); // default: no proxy trusted, so a forged header changes nothing
    const forged = (await signIn(plain.url, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')!;
    expect(forged).toMatch(/^bc_session=/);
    expect(forged).not.toMatch(/Secure/);
  });

  test('the console serves TLS itself from a certificate and key', async () => {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const { url } = await consoleWith({ tls: { cert: readFileSync(cert), key: readFileSync(key) } });
    expect(url).toMatch(/^https:/);
    const answer = await new Promise<{ status: number; setCookie: string[] }>((resolve, reject) => {
      const req = request(`${url}/login`, { method: 'POST', ca: readFileSync(cert), headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, setCookie: res.headers['set-cookie'] ?? [] });
      });
      req.on('error', reject);
      req.end(`token=${TOKEN}`);
    });
    expect(answer.status).toBe(302);
    expect(answer.setCookie[0]).toMatch(/^__Host-bc_session=[^;]+;.*; Secure$/);
  });
});
