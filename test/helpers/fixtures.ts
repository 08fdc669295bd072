/** Shared test fixtures: incidents and a worker wired to a real SMTP sink on loopback. */
import { bundleWorkflowCode, Worker, type NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RecordStore } from '../../platform/record-store';
import { createActivities } from '../../activities';
import type { BusinessCalendar } from '../../domain/rules/calendar';
import type { Incident } from '../../domain/incident/incident';
import { AesGcmCodec, codecKeysFromEnv, workerDataConverter } from '../../platform/codec';
import type { ActivityMetrics } from '../../platform/metrics';
import { BUNDLE_OPTIONS } from '../../worker/worker';
import type { MailSink, ReceivedMail } from '../../scripts/dev/mail-sink';
import type { Client } from '@temporalio/client';
import { statusQuery } from '../../workflows/messages';

export function exampleIncident(name = 'incident-mo-nh.json'): Incident {
  return JSON.parse(JSON.stringify(require(`../../examples/${name}`)));
}

/** One records folder per test process (platform/record-store.ts). */
let recordsDirOnce: string | undefined;
export function testRecordsDir(): string {
  return (recordsDirOnce ??= mkdtempSync(path.join(os.tmpdir(), 'bc-records-')));
}

let seq = 0;
export function uniqueId(prefix: string): string {
  seq += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${seq}`;
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
/** The workflow bundle, built once per test file (a Worker runs once; tests make one each). */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  return (bundle ??= bundleWorkflowCode({ ...BUNDLE_OPTIONS, logger: { log() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {} } as never }));
}

/** Where the test emails link incidents (no console needs to listen there). */
export const TEST_CONSOLE_URL = 'http://console.test.example';

/** Fixed test keys, newest first (never used outside tests). */
export const TEST_CODEC_KEYS = `test-2:${Buffer.alloc(32, 2).toString('base64')},test-1:${Buffer.alloc(32, 1).toString('base64')}`;
export const testCodec = () => new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEYS: TEST_CODEC_KEYS }));

export async function testWorker(connection: NativeConnection, sink: MailSink, taskQueue: string, namespace = 'default', codec?: AesGcmCodec, calendar?: BusinessCalendar, metrics?: ActivityMetrics): Promise<Worker> {
  return Worker.create({
    dataConverter: workerDataConverter(codec, { refusePlaintext: true }),
    connection,
    namespace,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities({
      transport: nodemailer.createTransport(sink.url),
      from: 'breachclock@test.example',
      records: new RecordStore(testRecordsDir(), codec),
      consoleUrl: TEST_CONSOLE_URL,
      ...(calendar ? { calendar } : {}),
      metrics,
    }),
    maxCachedWorkflows: 50,
  });
}

/** Polls `fn` until it answers (errors count as not yet), or fails naming what it waited for. */
export async function waitFor<T>(fn: () => Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Whether a number stands in a text as a number of its own (a consumer count), not as part of an incident ID
 * such as POISON-21840-… (uniqueId carries the process id).
 */
export const mentionsNumber = (text: string, n: number): boolean => new RegExp(`(?<![0-9A-Za-z-])${n}(?![0-9])`).test(text);

/**
 * Waits for an incident's opening summary and for its workflow to have taken in the plan the summary was made
 * from: the planning activity sends it, so it can reach the sink a moment before the plan shows in status.
 */
export async function openingOf(
  sink: Pick<MailSink, 'waitFor'>,
  client: Pick<Client, 'workflow'>,
  incidentId: string,
  ms = 30_000,
): Promise<ReceivedMail> {
  const mail = await sink.waitFor((m) => m.messageId === `<${incidentId}.incident.opening@breachclock>`, ms);
  const handle = client.workflow.getHandle(incidentId);
  await waitFor(async () => ((await handle.query(statusQuery)).events.some((e) => e.type === 'emailSent') ? true : undefined), `${incidentId}'s plan taken in`, ms);
  return mail;
}
