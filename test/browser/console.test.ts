/**
 * The ops console in a real Chromium (Debian's, driven by playwright-core) against a live dev server, as a
 * compliance lead uses it: sign in, open an incident with the form, read its deadlines in the regulator's
 * local time, record a filing with a date picker, see a refused value summarised at the top and flagged
 * beside its field, record agency notices as rows, read the mail, and see a timeline of twenty obligations
 * whose labels never overlap. Screenshots go to screenshots/ (git-ignored) for a reviewer to look at.
 */
/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { uniqueId } from '../helpers/fixtures';
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

/** The plan is made by the workflow's first activity: reload until a row shows. */
async function waitForRow(id: string) {
  const row = page.locator(`tr[data-obligation="${id}"]`);
  for (let i = 0; i < 50 && !(await row.count()); i++) {
    await page.waitForTimeout(200);
    await page.reload();
  }
  return row;
}

test('without the token there is only the sign-in page; a wrong token is refused', async () => {
  await page.goto(`${stack.consoleUrl}/`);
  await page.getByText('Console token').waitFor();
  await page.fill('input[name=token]', 'not-the-token');
  await page.click('button');
  await page.getByText('That token is not right.').waitFor();
});

test('open an incident with the form: deadlines in the regulator\'s local time; a filing recorded with the date picker', async () => {
  await page.goto(`${stack.consoleUrl}/login?code=${stack.app.issueLoginCode()}`);
  await page.getByRole('heading', { name: 'Incidents' }).waitFor();
  incidentId = uniqueId('WEB');
  await page.goto(`${stack.consoleUrl}/open`);
  const form = page.locator('#open-form');
  await form.locator('select[name=_zone]').selectOption('America/Chicago');
  await form.getByLabel('Incident ID').fill(incidentId);
  await form.getByLabel('Title (no consumer data)').fill('Credential-stuffing attack on the agent portal');
  await form.getByLabel('Licensee — Name').fill('Show-Me Mutual Insurance Company');
  await form.getByLabel('Licensee — Role').selectOption('insurer');
  await form.getByLabel('Licensee — State of domicile').selectOption('MO');
  await form.getByLabel('Determined that a cybersecurity event occurred at').fill('2026-11-23T10:15');
  await form.locator('select[name="residents.0.key"]').selectOption('MO');
  await form.locator('input[name="residents.0.value"]').fill('1840');
  await form.locator('select[name="residents.1.key"]').selectOption('NH');
  await form.locator('input[name="residents.1.value"]').fill('312');
  await form.getByLabel('Involves nonpublic information').selectOption('yes');
  await form.getByLabel('Reasonable likelihood of material harm').selectOption('yes');
  await form.getByLabel('Notice owed to another government body').selectOption('no');
  await form.getByLabel('Contacts — Owner (email)').fill('privacy.officer@show-me-mutual.example');
  await form.getByLabel('Contacts — Escalation ladder').fill('general.counsel@show-me-mutual.example\nciso@show-me-mutual.example');
  await page.screenshot({ path: path.join(SHOTS, 'console-open-form.png'), fullPage: true });
  await page.click('#open-incident');
  await page.waitForURL(`**/incidents/${incidentId}`);

  const row = await waitForRow('MO/regulator-notice');
  await expect(row.locator('td').nth(3).innerText()).resolves.toContain('Mon 30 Nov 2026, 11:59 pm CST');
  await expect(row.locator('td').nth(2).innerText()).resolves.toBe('RSMo 375.1410.1');
  await expect(page.locator('tr[data-obligation="NH/regulator-notice"] td').nth(3).innerText()).resolves.toContain('Fri 27 Nov 2026, 11:59 pm EST');
  expect(await page.locator('svg[aria-label="Deadline timeline"]').count()).toBe(1);
  await page.screenshot({ path: path.join(SHOTS, 'console-incident.png'), fullPage: true });

  const filing = page.locator('form[data-message="obligationCompleted"]');
  await filing.locator('select[name=obligationId]').selectOption('MO/regulator-notice');
  // The times are given in the zone the form states: Missouri's here.
  await filing.locator('select[name=_zone]').selectOption('America/Chicago');
  await filing.getByLabel('Filed (completed) at').fill('2026-11-23T10:30');
  await filing.getByLabel('Filed by').fill('privacy officer');
  await filing.getByLabel('Reference').fill('DCI-2026-118');
  await filing.locator('button').click();
  await page.getByText('obligationCompleted recorded.').waitFor();
  await expect(page.locator('tr[data-obligation="MO/regulator-notice"] td.state-done').innerText()).resolves.toContain('Mon 23 Nov 2026, 10:30 am CST');
  await expect(page.locator('#events').innerText()).resolves.toContain('MO/regulator-notice done at Mon 23 Nov 2026, 10:30 am CST (Missouri) by privacy officer (ref DCI-2026-118)');
});

test('a refused value: a summary at the top links to the field, the problem is beside it, the input is kept, nothing recorded', async () => {
  await page.goto(`${stack.consoleUrl}/incidents/${incidentId}`);
  const form = page.locator('form[data-message="residentsUpdate"]');
  await form.locator('select[name=state]').selectOption('NH');
  await form.getByLabel('Affected residents (best estimate)').fill('-12');
  await form.getByLabel('Estimate as of').fill('2026-11-23T10:30');
  await form.locator('button').click();
  const summary = page.locator('#problems');
  await summary.waitFor();
  // The summary is the first thing on the page, and its link leads to the field.
  expect(await page.evaluate(() => document.getElementById('problems')!.getBoundingClientRect().top)).toBeLessThan(150);
  await expect(summary.innerText()).resolves.toContain('Affected residents (best estimate): must not be negative');
  await summary.locator('a').first().click();
  expect(page.url()).toContain('#residentsUpdate-count');
  const flagged = page.locator('form[data-message="residentsUpdate"] .error[data-field="count"]');
  await expect(flagged.innerText()).resolves.toBe('must not be negative');
  await expect(page.locator('form[data-message="residentsUpdate"] input[name=count]').inputValue()).resolves.toBe('-12');
  await expect(page.locator('#events').innerText()).resolves.not.toContain('residentsUpdate');
  await page.screenshot({ path: path.join(SHOTS, 'console-field-error.png'), fullPage: false });

  // A refusal from the workflow's validator (an unknown obligation) is placed beside its field too.
  const directive = page.locator('form[data-message="regulatorDirective"]');
  await directive.getByLabel('Due at, as the regulator directed').fill('2026-12-10T17:00');
  await directive.locator('button').click();
  await expect(page.locator('form[data-message="regulatorDirective"] .error[data-field="obligationId"]').innerText()).resolves.toBe('is required');
});

test('agency notices as rows, a Social Security number flagged beside its field, then the notice drafts', async () => {
  await page.goto(`${stack.consoleUrl}/incidents/${incidentId}`);
  const form = page.locator('form[data-message="eventDetailsUpdate"]');
  await form.getByLabel('How the event was discovered').fill('Alert from the fraud team, SSN 123-45-6789');
  await form.locator('button').click();
  const flagged = page.locator('form[data-message="eventDetailsUpdate"] .error[data-field="discovery"]');
  await flagged.waitFor();
  await expect(flagged.innerText()).resolves.toContain('Social Security number');

  const again = page.locator('form[data-message="eventDetailsUpdate"]');
  await again.getByLabel('How the event was discovered').fill('Alert from the fraud team on unusual portal logins.');
  await again.getByLabel('Types of information involved').fill('names\npolicy numbers');
  await again.locator('select[name=_zone]').selectOption('America/Chicago');
  await again.locator('input[name="agencyNotices.0.agency"]').fill('FBI Kansas City field office');
  await again.locator('input[name="agencyNotices.0.notifiedAt"]').fill('2026-11-23T10:20');
  await again.getByLabel('Contact person — Name').fill('Pat Example');
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
  await expect(mo.locator('tr[data-item="(6)"]').innerText()).resolves.toContain('FBI Kansas City field office: notified Mon 23 Nov 2026, 10:20 am CST (Missouri)');
  await expect(mo.locator('tr[data-item="(7)"]').innerText()).resolves.toContain('names; policy numbers');
  await expect(mo.locator('tr[data-item="(5)"]').innerText()).resolves.toContain('MISSING');
  await expect(mo.locator('table.changes').innerText()).resolves.toContain('(13)');
  await page.screenshot({ path: path.join(SHOTS, 'console-report.png'), fullPage: true });
});

test('the list shows the incident; the mail page pages and links each message to its content', async () => {
  await page.goto(`${stack.consoleUrl}/`);
  await page.locator('table').getByText('WEB-', { exact: false }).first().waitFor();
  await page.goto(`${stack.consoleUrl}/mail`);
  await expect(page.locator('#mail-count').innerText()).resolves.toMatch(/of \d+ message\(s\), newest first/);
  const opening = page.locator('#mail a', { hasText: `— ${incidentId} Credential-stuffing attack` }).last();
  await page.screenshot({ path: path.join(SHOTS, 'console-mail.png') });
  await opening.click();
  await expect(page.locator('pre.mail-text').innerText()).resolves.toContain(`Incident ${incidentId}`);
  await expect(page.locator('p.muted').first().innerText()).resolves.toContain('attached: deadlines.ics');
});

test('a timeline of twenty obligations, deadlines clustered: no two labels overlap (measured in Chromium)', async () => {
  const base = Date.parse('2026-11-27T23:59:59.999-05:00');
  const obligations = Array.from({ length: 20 }, (_, i) => {
    const j = i % 2 ? 'NH' : 'MO';
    // Clustered: pairs at the same instant, groups an hour apart, all within two days.
    const dueAt = new Date(base + Math.floor(i / 2) * 3_600_000 * (i < 10 ? 1 : 5)).toISOString();
    return {
      id: `${j}/duty-${String(i).padStart(2, '0')}`, jurisdiction: j, kind: 'regulator-notice', recipient: 'x', citation: 'x', clockStartsAt: '2026-11-23T16:15:00.000Z',
      dueAt, dueRule: 'x', basis: [], state: i < 4 ? 'done' : i < 8 ? 'overdue' : 'pending', completedAt: i < 4 ? new Date(base - 86_400_000 + i * 600_000).toISOString() : null,
      remindersSent: 0, escalationRung: null,
    };
  });
  const status = { incidentId: 'WIDE', title: 't', phase: 'open', obligations, notApplicable: [], uncovered: [], nextWakeAt: null, overdue: [], events: [], runIds: [] };
  const { timelineSvg } = await import('../../client/console/timeline');
  await page.setContent(`<html><body style="margin:0;width:1200px">${timelineSvg(status as never, base + 30 * 3_600_000)}</body></html>`);
  const boxes = await page.evaluate(() =>
    Array.from(document.querySelectorAll('svg text')).map((t) => {
      const b = (t as SVGTextElement).getBoundingClientRect();
      return { text: t.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    }),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(15);
  const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => `${a.text} / ${b.text}`));
  expect(overlaps).toEqual([]);
  // Every label inside the picture, in local time.
  expect(boxes.every((b) => b.left >= 0 && b.right <= 1200)).toBe(true);
  expect(boxes.some((b) => /EST|CST/.test(b.text ?? ''))).toBe(true);
  await page.locator('svg').screenshot({ path: path.join(SHOTS, 'console-timeline-20.png') });
});
