/** Shared test fixtures: incidents and a worker wired to a real SMTP sink on loopback. */
import { Worker, type NativeConnection } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createActivities } from '../../activities';
import type { Incident } from '../../domain/incident';
import { WORKFLOWS_PATH } from '../../worker/worker';
import type { MailSink } from '../../scripts/mail-sink';

export function exampleIncident(name = 'incident-mo-nh.json'): Incident {
  return JSON.parse(JSON.stringify(require(`../../examples/${name}`)));
}

let seq = 0;
export function uniqueId(prefix: string): string {
  seq += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${seq}`;
}

export async function testWorker(connection: NativeConnection, sink: MailSink, taskQueue: string, namespace = 'default'): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowsPath: WORKFLOWS_PATH,
    activities: createActivities({ transport: nodemailer.createTransport(sink.url), from: 'breachclock@test.example' }),
    maxCachedWorkflows: 50,
  });
}
