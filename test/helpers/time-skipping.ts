/**
 * The time-skipping test server, a real SMTP server on loopback and one worker for a whole test file
 * (registered as beforeAll/afterAll), in the style of sdk-typescript's test helpers:
 * `const t = timeSkippingWorker('queue')`, then `t.env`, `t.sink`, `await t.runUntil(async () => ...)`.
 * One worker for the file, as in production: incidents stay cached across tests, and a later test never
 * waits on an earlier worker's sticky queue.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { startMailSink, type MailSink } from '../../scripts/dev/mail-sink';
import { startTimeSkippingServer } from '../../scripts/dev/servers';
import { testWorker } from './fixtures';

export interface TimeSkipping {
  env: TestWorkflowEnvironment;
  sink: MailSink;
  taskQueue: string;
  /** Runs `fn` with the file's worker polling (started on first use, stopped after the last test). */
  runUntil<T>(fn: () => Promise<T>): Promise<T>;
}

export function timeSkippingWorker(taskQueue: string): TimeSkipping {
  let running: { worker: Worker; done: Promise<void> } | undefined;
  const t = {
    taskQueue,
    runUntil: async <T>(fn: () => Promise<T>): Promise<T> => {
      if (!running) {
        const worker = await testWorker(t.env.nativeConnection, t.sink, taskQueue);
        running = { worker, done: worker.run() };
      }
      return fn();
    },
  } as TimeSkipping;
  beforeAll(async () => {
    t.env = await startTimeSkippingServer();
    t.sink = await startMailSink();
  });
  afterAll(async () => {
    if (running) {
      running.worker.shutdown();
      await running.done;
    }
    await t.sink?.close();
    await t.env?.teardown();
  });
  return t;
}
