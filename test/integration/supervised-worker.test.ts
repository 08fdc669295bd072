/**
 * `npm start` runs the worker in its own process under a supervisor (issue 13): planning never shares an
 * event loop with the console, and a killed worker comes back, as a crashed one would in production.
 */
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openIncident } from '../../application/temporal-client';
import { loadConfig } from '../../platform/config';
import { dataConverterFor, ensureKeyFile, AesGcmCodec, codecKeysFromEnv } from '../../platform/codec';
import { startMailSink, type MailSink } from '../../scripts/dev/mail-sink';
import { startDevServer } from '../../scripts/dev/servers';
import { superviseWorker, type SupervisedWorker } from '../../scripts/dev/supervisor';
import { statusQuery } from '../../workflows/messages';
import { exampleIncident, uniqueId, openingOf } from '../helpers/fixtures';

let env: TestWorkflowEnvironment;
let sink: MailSink;
let supervised: SupervisedWorker;
let client: Client;
const lines: string[] = [];
const taskQueue = 'supervised';

beforeAll(async () => {
  env = await startDevServer();
  sink = await startMailSink();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bc-supervised-'));
  const keyFile = path.join(dir, 'codec-keys.json');
  ensureKeyFile(keyFile);
  const codec = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEY_FILE: keyFile }));
  client = new Client({ connection: env.connection, dataConverter: dataConverterFor(codec) });
  supervised = superviseWorker(
    { ...process.env, TEMPORAL_ADDRESS: env.connection.options.address, TEMPORAL_TASK_QUEUE: taskQueue, SMTP_URL: sink.url, BREACHCLOCK_CODEC_KEY_FILE: keyFile, BREACHCLOCK_DATA_DIR: dir },
    (line) => lines.push(line),
  );
}, 60_000);
afterAll(async () => {
  await supervised?.stop();
  await sink?.close();
  await env?.teardown();
});

async function opened(id: string): Promise<void> {
  const incident = exampleIncident();
  incident.incidentId = id;
  await openIncident(client, taskQueue, incident);
  await openingOf(sink, client, id, 90_000);
}

test('the worker runs in its own process; killed with SIGKILL it comes back and incidents go on', async () => {
  await opened(uniqueId('SUP-A'));
  const first = supervised.pid()!;
  expect(first).toBeGreaterThan(0);
  expect(first).not.toBe(process.pid);
  process.kill(first, 'SIGKILL');
  // An incident opened while the worker is down is planned and emailed once it is back.
  const id = uniqueId('SUP-B');
  await opened(id);
  expect(supervised.starts()).toBe(2);
  expect(supervised.pid()).not.toBe(first);
  expect(lines.some((l) => /worker exited \(SIGKILL\); restarting/.test(l))).toBe(true);
  const s = await client.workflow.getHandle(id).query(statusQuery);
  expect(s.phase).toBe('open');
}, 180_000);

test('the worker accepts the documented default MAIL_FROM (breachclock@localhost)', () => {
  expect(loadConfig({ MAIL_FROM: 'breachclock@localhost' } as NodeJS.ProcessEnv).MAIL_FROM).toBe('breachclock@localhost');
});
