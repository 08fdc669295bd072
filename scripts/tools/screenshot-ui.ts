/**
 * `npm run screenshots`: pictures for the README, taken in a real Chromium (Debian's, driven by
 * playwright-core). Starts a throwaway dev server with the Web UI, a worker and the mail sink, opens the
 * example incidents, and photographs the Temporal UI's incident list and an incident's `status` query.
 * Writes to screenshots/ (git-ignored); copy the ones the README uses into docs/images/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openIncident } from '../../application/temporal-client';
import type { Incident } from '../../domain/incident/incident';
import { createBreachclockWorker, mailTransport } from '../../worker/worker';
import { loadConfig } from '../../platform/config';
import { startMailSink } from '../dev/mail-sink';
import { startDevServer } from '../dev/servers';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const UI_PORT = Number(process.env.SCREENSHOT_UI_PORT ?? 8299);

async function main() {
  mkdirSync(OUT, { recursive: true });
  const step = (s: string) => console.log(`screenshots: ${s}`);
  step('starting the dev server with the Web UI');
  const env = await startDevServer({ uiPort: UI_PORT });
  const sink = await startMailSink();
  const config = loadConfig({ TEMPORAL_TASK_QUEUE: 'breachclock' });
  const worker = await createBreachclockWorker(config, { connection: env.nativeConnection, transport: mailTransport({ SMTP_URL: sink.url }) });
  const running = worker.run();
  try {
    for (const f of ['incident-mo-nh.json', 'incident-reinsurer.json', 'incident-third-party-nh.json']) {
      const incident: Incident = require(`../examples/${f}`);
      await openIncident(env.client, config.TEMPORAL_TASK_QUEUE, incident);
      await sink.waitFor((m) => m.messageId === `<${incident.incidentId}.incident.opening@breachclock>`);
    }
    await new Promise((r) => setTimeout(r, 2000)); // visibility catches up
    step(`launching ${CHROMIUM}`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const ui = `http://127.0.0.1:${UI_PORT}`;
    await page.goto(`${ui}/namespaces/default/workflows?query=${encodeURIComponent("BreachclockPhase = 'open'")}`, { waitUntil: 'load' });
    await page.getByText('INC-2026-0042').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(OUT, 'temporal-ui-incidents.png') });
    step('incident list photographed');

    const handle = env.client.workflow.getHandle('INC-2026-0042');
    const runId = (await handle.describe()).runId;
    await page.goto(`${ui}/namespaces/default/workflows/INC-2026-0042/${runId}/history`, { waitUntil: 'load' });
    await page.getByText('INC-2026-0042').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(2000);
    await page.screenshot({ path: path.join(OUT, 'temporal-ui-incident.png') });
    step('incident page photographed');
    await page.getByText('Queries', { exact: true }).first().click();
    await page.getByRole('button', { name: 'Run Query' }).click();
    await page.getByText('MO/regulator-notice').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(OUT, 'temporal-ui-status-query.png'), fullPage: false });
    step('status query photographed');
    await browser.close();
  } finally {
    worker.shutdown();
    await running.catch(() => undefined);
    await sink.close();
    await env.teardown();
  }
  console.log(`screenshots written to ${OUT}`);
}

main().catch((err) => {
  console.error(`screenshots failed: ${(err as Error).message}`);
  process.exit(1);
});
