/**
 * A whole local stack for integration and browser tests: dev server, worker, mail sink, console, with
 * payloads encrypted by the codec as in `npm start` (the server holds only ciphertext).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildConsole, type ConsoleApp } from '../../client/console/server';
import { startMailSink, type MailSink } from '../../scripts/dev/mail-sink';
import { startDevServer } from '../../scripts/dev/servers';
import { Client } from '@temporalio/client';
import { dataConverterFor } from '../../platform/codec';
import { TEST_CODEC_KEYS, testCodec, testWorker } from './fixtures';
import { freePort, startIdp } from './oidc';

export interface Stack {
  env: TestWorkflowEnvironment;
  sink: MailSink;
  worker: Worker;
  app: ConsoleApp;
  consoleUrl: string;
  address: string;
  token: string;
  taskQueue: string;
  /** A client that encrypts and decrypts with the stack's codec. */
  client: Client;
  /** Environment for CLI processes against this stack (address, queue, codec keys). */
  cliEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Sign-in through a real test identity provider (test/helpers/oidc.ts), started with the stack. */
  oidc?: boolean;
  tokensFile?: string;
}

export async function startStack(taskQueue: string, opts: StackOptions = {}): Promise<Stack> {
  const env = await startDevServer();
  const sink = await startMailSink();
  const codec = testCodec();
  const worker = await testWorker(env.nativeConnection, sink, taskQueue, 'default', codec);
  const running = worker.run();
  const token = 'test-console-token-0123456789';
  const client = new Client({ connection: env.connection, dataConverter: dataConverterFor(codec) });
  // The provider needs the console's callback URL, so the console's port is chosen first.
  const port = opts.oidc ? await freePort() : 0;
  const idp = opts.oidc ? await startIdp(`http://127.0.0.1:${port}`) : undefined;
  const app = await buildConsole({ client, taskQueue, token, mailbox: sink, codec, uiOrigin: 'http://localhost:8233', oidc: idp?.options, tokensFile: opts.tokensFile });
  await app.listen({ host: '127.0.0.1', port });
  return {
    env, sink, worker, app, token, taskQueue, client,
    cliEnv: { ...process.env, TEMPORAL_ADDRESS: env.connection.options.address ?? '', TEMPORAL_TASK_QUEUE: taskQueue, BREACHCLOCK_CODEC_KEYS: TEST_CODEC_KEYS },
    consoleUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    address: env.connection.options.address ?? '',
    async stop() {
      await app.close();
      await idp?.stop();
      worker.shutdown();
      await running;
      await sink.close();
      await env.teardown();
    },
  };
}

const BIN = path.join(__dirname, '../../bin/breachclock.js');

/** Runs the `breachclock` command as a user would, against a stack (or with the environment given). */
export function runCli(env: NodeJS.ProcessEnv, args: string[], input?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/**
 * A dev server, a mail sink and a running worker for one test file (registered as beforeAll/afterAll),
 * in the style of sdk-typescript's test helpers: `const t = devServerWorker('queue')`, then `t.env`, `t.sink`.
 */
export function devServerWorker(taskQueue: string, calendar?: import('../../domain/rules/calendar').BusinessCalendar) {
  const t = {} as { env: TestWorkflowEnvironment; sink: MailSink; worker: Worker; running: Promise<void> };
  beforeAll(async () => {
    t.env = await startDevServer();
    t.sink = await startMailSink();
    t.worker = await testWorker(t.env.nativeConnection, t.sink, taskQueue, 'default', undefined, calendar);
    t.running = t.worker.run();
  });
  afterAll(async () => {
    t.worker?.shutdown();
    await t.running;
    await t.sink?.close();
    await t.env?.teardown();
  });
  return t;
}
