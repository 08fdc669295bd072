/** A whole local stack for integration and browser tests: dev server, worker, mail sink, console. */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildConsole } from '../../client/console/server';
import { startMailSink, type MailSink } from '../../scripts/mail-sink';
import { startDevServer } from '../../scripts/servers';
import { testWorker } from './fixtures';

export interface Stack {
  env: TestWorkflowEnvironment;
  sink: MailSink;
  worker: Worker;
  app: FastifyInstance;
  consoleUrl: string;
  address: string;
  token: string;
  taskQueue: string;
  stop(): Promise<void>;
}

export async function startStack(taskQueue: string): Promise<Stack> {
  const env = await startDevServer();
  const sink = await startMailSink();
  const worker = await testWorker(env.nativeConnection, sink, taskQueue);
  const running = worker.run();
  const token = 'test-console-token-0123456789';
  const app = await buildConsole({ client: env.client, taskQueue, token, mailSink: sink });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return {
    env, sink, worker, app, token, taskQueue,
    consoleUrl: `http://127.0.0.1:${port}`,
    address: env.connection.options.address ?? '',
    async stop() {
      await app.close();
      worker.shutdown();
      await running;
      await sink.close();
      await env.teardown();
    },
  };
}
