/**
 * The ops console in a real Chromium (Debian's, driven by playwright-core) against a live dev server:
 * sign in, open an incident, see its obligations and deadlines, record a filing and see the state change,
 * and see a bad form value flagged beside its field. Screenshots go to screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { exampleIncident, uniqueId } from '../helpers/fixtures';
import { startStack, type Stack } from '../helpers/stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '../../screenshots');
let stack: Stack;
let browser: Browser;
let page: Page;
let incidentId = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  stack = await startStack('browser');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

test('without the token there is only the sign-in page; a wrong token is refused', async () => {
  await page.goto(`${stack.consoleUrl}/`);
  await page.getByText('Console token').waitFor();
  await page.fill('input[name=token]', 'not-the-token');
  await page.click('button');
  await page.getByText('That token is not right.').waitFor();
});

test('open an incident, see its obligations and deadlines, record a filing, see the state change', async () => {
  await page.goto(`${stack.consoleUrl}/login?code=${stack.app.issueLoginCode()}`);
  await page.getByRole('heading', { name: 'Incidents' }).waitFor();

  const incident = exampleIncident();
  incident.incidentId = uniqueId('WEB');
  incidentId = incident.incidentId;
  await page.goto(`${stack.consoleUrl}/open`);
  await page.fill('#incident', JSON.stringify(incident, null, 2));
  await page.click('text=Open incident >> nth=-1');
  await page.waitForURL(`**/incidents/${incident.incidentId}`);

  // The plan is made by the workflow's first activity; reload until it shows.
  const row = page.locator('tr[data-obligation="MO/regulator-notice"]');
  for (let i = 0; i < 50 && !(await row.count()); i++) {
    await page.waitForTimeout(200);
    await page.reload();
  }
  await expect(row.locator('td').nth(3).innerText()).resolves.toContain('2026-11-30T23:59:59.999-06:00');
  await expect(row.locator('td').nth(2).innerText()).resolves.toBe('RSMo 375.1410.1');
  await expect(page.locator('tr[data-obligation="NH/regulator-notice"] td').nth(3).innerText()).resolves.toContain('2026-11-27T23:59:59.999-05:00');
  expect(await page.locator('svg[aria-label="Deadline timeline"]').count()).toBe(1);
  await page.screenshot({ path: path.join(SHOTS, 'console-incident.png'), fullPage: true });

  const form = page.locator('form[data-message="obligationCompleted"]');
  await form.locator('select[name=obligationId]').selectOption('MO/regulator-notice');
  await form.locator('input[name=completedAt]').fill('2026-11-27T10:00:00-06:00');
  await form.locator('input[name=completedBy]').fill('privacy officer');
  await form.locator('input[name=reference]').fill('DCI-2026-118');
  await form.locator('button').click();
  await page.getByText('obligationCompleted recorded.').waitFor();
  await expect(page.locator('tr[data-obligation="MO/regulator-notice"] td.state-done').innerText()).resolves.toContain('done');
  await expect(page.locator('#events').innerText()).resolves.toContain('MO/regulator-notice done at 2026-11-27T10:00:00-06:00 by privacy officer (ref DCI-2026-118)');
});

test('a bad form value is flagged beside its field, and nothing is recorded', async () => {
  await page.goto(`${stack.consoleUrl}/incidents/${incidentId}`);
  const form = page.locator('form[data-message="residentsUpdate"]');
  await form.locator('input[name=state]').fill('NH');
  await form.locator('input[name=count]').fill('-12');
  await form.locator('input[name=asOf]').fill('yesterday');
  await form.locator('button').click();
  const flagged = page.locator('form[data-message="residentsUpdate"] .error[data-field="count"]');
  await flagged.waitFor();
  await expect(flagged.innerText()).resolves.toBe('must not be negative');
  await expect(page.locator('form[data-message="residentsUpdate"] .error[data-field="asOf"]').innerText()).resolves.toContain('ISO-8601');
  // The field keeps what was typed, so it can be corrected.
  await expect(page.locator('form[data-message="residentsUpdate"] input[name=count]').inputValue()).resolves.toBe('-12');
  await expect(page.locator('#events').innerText()).resolves.not.toContain('residentsUpdate');
  await page.screenshot({ path: path.join(SHOTS, 'console-field-error.png'), fullPage: true });

  // A refusal from the workflow's validator (an unknown obligation) is placed beside its field too.
  const close = page.locator('form[data-message="regulatorDirective"]');
  await close.locator('input[name=dueAt]').fill('2026-12-10T17:00:00-05:00');
  await close.locator('button').click();
  await expect(page.locator('form[data-message="regulatorDirective"] .error[data-field="obligationId"]').innerText()).resolves.toBe('required');
});

test('the incident list shows it, with its overdue count, and the mail page what the sink received', async () => {
  await page.goto(`${stack.consoleUrl}/`);
  await page.locator('table').getByText('WEB-', { exact: false }).first().waitFor();
  await page.goto(`${stack.consoleUrl}/mail`);
  await page.getByText('[breachclock]', { exact: false }).first().waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'console-mail.png') });
});

test('record event details in the form (a Social Security number is flagged beside its field), then open the notice drafts', async () => {
  await page.goto(`${stack.consoleUrl}/incidents/${incidentId}`);
  const form = page.locator('form[data-message="eventDetailsUpdate"]');
  await form.locator('textarea[name=discovery]').fill('Alert from the fraud team, SSN 123-45-6789');
  await form.locator('button').click();
  const flagged = page.locator('form[data-message="eventDetailsUpdate"] .error[data-field="discovery"]');
  await flagged.waitFor();
  await expect(flagged.innerText()).resolves.toContain('Social Security number');

  const again = page.locator('form[data-message="eventDetailsUpdate"]');
  await again.locator('textarea[name=discovery]').fill('Alert from the fraud team on unusual portal logins.');
  await again.locator('textarea[name=informationTypes]').fill('names\npolicy numbers');
  await again.locator('input[name="contactPerson.name"]').fill('Pat Example');
  await again.locator('button').click();
  await page.getByText('eventDetailsUpdate recorded.').waitFor();
  // The MO notice was filed in the test above: the change is a supplement owed.
  await expect(page.locator('tr[data-obligation="MO/regulator-update"]').innerText()).resolves.toContain('supplement owed');
  await expect(page.locator('#follow-ups').innerText()).resolves.toContain('target (not law)');

  await page.click('#report-link');
  await page.waitForURL(`**/incidents/${incidentId}/report`);
  const mo = page.locator('section[data-obligation="MO/regulator-notice"]');
  await expect(mo.locator('.heading').innerText()).resolves.toBe('Supplement No. 1 (draft)');
  await expect(mo.locator('tr[data-item="(3)"]').innerText()).resolves.toContain('unusual portal logins');
  await expect(mo.locator('tr[data-item="(7)"]').innerText()).resolves.toContain('names; policy numbers');
  await expect(mo.locator('tr[data-item="(5)"]').innerText()).resolves.toContain('MISSING');
  await expect(mo.locator('table.changes').innerText()).resolves.toContain('(13)');
  await page.screenshot({ path: path.join(SHOTS, 'console-report.png'), fullPage: true });
});
