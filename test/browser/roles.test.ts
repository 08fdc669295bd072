/**
 * Each role in a real Chromium, signed in through a real identity provider (test/helpers/oidc-provider.mjs)
 * as a person of that role: what each may do, and what each is not offered or is refused with the role it
 * needs. Screenshots go to screenshots/ (git-ignored).
 */
/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { exampleIncident, uniqueId, openingOf } from '../helpers/fixtures';
import { PERSON_WITH } from '../helpers/oidc';
import { startStack, type Stack } from '../helpers/stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '../../screenshots');
let stack: Stack;
let browser: Browser;
let incidentId = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  stack = await startStack('browser-roles', { oidc: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const incident = exampleIncident();
  incident.incidentId = incidentId = uniqueId('ROLEWEB');
  const r = await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' }, body: JSON.stringify(incident) });
  expect(r.status).toBe(201);
  await openingOf(stack.sink, stack.client, incidentId);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A fresh browser (no cookies at the console or the provider), signed in through the provider's form. */
async function signedInAs(login: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${stack.consoleUrl}/`);
  await page.click('#oidc-sign-in');
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', 'any password');
  await page.click('button[type=submit]');
  return page;
}

async function incidentPage(page: Page) {
  await page.goto(`${stack.consoleUrl}/incidents/${incidentId}`);
  await page.getByRole('heading', { name: incidentId }).waitFor();
}

test('a viewer reads incidents and their drafts but is offered no change, and is refused one with the role named', async () => {
  const page = await signedInAs(PERSON_WITH.viewer);
  await page.getByRole('heading', { name: 'Incidents' }).waitFor();
  await expect(page.locator('#signed-in-as').innerText()).resolves.toContain('Vera Viewer <vera@insurer.example> · viewer');
  expect(await page.getByRole('link', { name: 'Open incident' }).count()).toBe(0);
  await incidentPage(page);
  expect(await page.locator('form[data-message]').count()).toBe(0);
  await page.screenshot({ path: path.join(SHOTS, 'roles-viewer-incident.png'), fullPage: true });
  await page.click('#report-link');
  await page.waitForURL(`**/incidents/${incidentId}/report`);
  await page.goto(`${stack.consoleUrl}/open`);
  await expect(page.locator('#refusal').innerText()).resolves.toContain('This needs the responder role; you are signed in as Vera Viewer');
  await page.close();
});

test('a responder records a filing in their own name, and is not offered or let into the tokens page', async () => {
  const page = await signedInAs(PERSON_WITH.responder);
  await page.getByRole('heading', { name: 'Incidents' }).waitFor();
  expect(await page.locator('#tokens-link').count()).toBe(0);
  await incidentPage(page);
  const filing = page.locator('form[data-message="obligationCompleted"]');
  await filing.locator('select[name=obligationId]').selectOption('MO/regulator-notice');
  await filing.locator('select[name=_zone]').selectOption('America/Chicago');
  await filing.getByLabel('Filed (completed) at').fill('2026-11-23T10:30');
  await filing.getByLabel('Filed by').fill('Rory Responder');
  await filing.locator('button').click();
  await page.getByText('obligationCompleted recorded.').waitFor();
  await page.goto(`${stack.consoleUrl}/admin/tokens`);
  await expect(page.locator('#refusal').innerText()).resolves.toContain('This needs the admin role');
  await page.close();
});

test('an approver is offered what a responder is, and no admin page', async () => {
  const page = await signedInAs(PERSON_WITH.approver);
  await incidentPage(page);
  await expect(page.locator('#signed-in-as').innerText()).resolves.toContain('· approver');
  expect(await page.locator('form[data-message="obligationCompleted"]').count()).toBe(1);
  expect(await page.locator('#tokens-link').count()).toBe(0);
  await page.close();
});

test('an admin makes an API token (shown once), sees it listed without its text, and revokes it', async () => {
  const page = await signedInAs(PERSON_WITH.admin);
  await page.getByRole('heading', { name: 'Incidents' }).waitFor();
  await page.click('#tokens-link');
  const form = page.locator('#token-form');
  await form.getByLabel('Name').fill('nightly-export');
  await form.getByLabel('Role').selectOption('viewer');
  await form.getByLabel('Expires after (days)').fill('30');
  await page.click('#make-token');
  const token = await page.locator('#token-text').innerText();
  expect(token).toMatch(/^bct_/);
  await page.screenshot({ path: path.join(SHOTS, 'roles-admin-token.png'), fullPage: true });
  const as = async () => (await fetch(`${stack.consoleUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status;
  expect(await as()).toBe(200);
  await page.goto(`${stack.consoleUrl}/admin/tokens`);
  const row = page.locator('tr[data-token="nightly-export"]');
  await expect(row.innerText()).resolves.toContain('viewer');
  expect(await page.content()).not.toContain(token);
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.locator('tr[data-token="nightly-export"]').innerText()).resolves.toContain('revoked');
  expect(await as()).toBe(401);
  await page.close();
});

test('someone in none of the mapped groups is turned away at sign-in', async () => {
  const page = await signedInAs('nora');
  await expect(page.locator('#sign-in-problem').innerText()).resolves.toContain('Nora Nobody is in none of the groups');
  await page.goto(`${stack.consoleUrl}/`);
  await page.getByText('Console token').waitFor({ state: 'attached' });
  await page.close();
});
