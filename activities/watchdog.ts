/**
 * The watchdog's activity: finds incidents whose workflow tasks keep failing (application/stuck.ts) and emails
 * their owner and escalation contacts once per stuck spell, so no incident stops in silence. Made by a
 * factory that receives its dependencies (the Temporal client, the mail transport).
 */
import type { Client } from '@temporalio/client';
import { decodeArrayFromPayloads } from '@temporalio/common/lib/internal-non-workflow';
import type { Transporter } from 'nodemailer';
import { stuckAmong, type Stuck } from '../platform/stuck';
import { messageId } from '../domain/incident/email';
import type { Incident } from '../domain/incident/incident';
import { INCIDENT_WORKFLOW } from '../workflows/messages';
import { incidentLink } from './index';

export interface WatchdogDeps {
  client: Client;
  transport: Transporter;
  from: string;
  /** Operations address told of every stuck incident (and the only one told when its contacts cannot be read). */
  alertTo?: string;
  consoleUrl?: string;
}

/** Stuck incidents already alerted: incident ID -> the failing task's first-scheduled time (one alert per spell). */
export type Alerted = Record<string, string>;

async function runningIncidents(client: Client): Promise<string[]> {
  const ids: string[] = [];
  for await (const wf of client.workflow.list({ query: `WorkflowType = '${INCIDENT_WORKFLOW}' AND ExecutionStatus = 'Running'`, pageSize: 1000 })) ids.push(wf.workflowId);
  return ids;
}

/** The incident as the current run began (its contacts), or undefined when it cannot be read. */
async function incidentOf(client: Client, incidentId: string): Promise<Incident | undefined> {
  const { history } = await client.workflowService.getWorkflowExecutionHistory({ namespace: client.options.namespace, execution: { workflowId: incidentId }, maximumPageSize: 1 });
  const started = history?.events?.[0]?.workflowExecutionStartedEventAttributes;
  const [input] = await decodeArrayFromPayloads(client.workflow.options.loadedDataConverter, started?.input?.payloads);
  const incident = (input as { incident?: Incident } | undefined)?.incident;
  return incident?.contacts?.owner ? incident : undefined;
}

function stuckEmail(incidentId: string, incident: Incident | undefined, stuck: Stuck, link: string | undefined) {
  const title = incident ? `${incidentId} ${incident.title}` : incidentId;
  return {
    subject: `STUCK: incident ${title} is not keeping its clocks`,
    text: [
      `Incident ${title}`,
      '',
      `Its workflow task has failed ${stuck.attempts} times${stuck.since ? ` since ${stuck.since}` : ''}: ${stuck.cause}.`,
      'While it is stuck, breachclock sends this incident no reminder or escalation and takes no news for it; every other incident runs on.',
      'Work its open deadlines by hand until it is repaired (docs/operations.md, "A stuck incident": find the cause, deploy the fix, then temporal workflow reset).',
      ...(link ? ['', `Open the incident: ${link}`] : []),
    ].join('\n'),
    messageId: messageId(incidentId, 'stuck', (stuck.since ?? 'unknown').replace(/[^0-9]/g, '')),
  };
}

export function createWatchdogActivities(deps: WatchdogDeps) {
  return {
    /** One sweep: alerts each newly stuck incident once; returns who is alerted now (recovered ones dropped). */
    async sweepStuckIncidents(alerted: Alerted): Promise<{ alerted: Alerted; stuck: string[] }> {
      const stuck = await stuckAmong(deps.client, await runningIncidents(deps.client), 16);
      const now: Alerted = {};
      for (const [id, s] of stuck) {
        const spell = s.since ?? 'unknown';
        now[id] = spell;
        if (alerted[id] === spell) continue;
        const incident = await incidentOf(deps.client, id).catch(() => undefined);
        const to = [...new Set([...(incident ? [incident.contacts.owner, ...incident.contacts.escalation] : []), ...(deps.alertTo ? [deps.alertTo] : [])])];
        if (!to.length) continue; // nobody to tell: the list and the console still show it
        const email = stuckEmail(id, incident, s, incidentLink(deps.consoleUrl, id));
        await deps.transport.sendMail({ from: deps.from, to, subject: email.subject, text: email.text, messageId: email.messageId });
      }
      return { alerted: now, stuck: [...stuck.keys()] };
    },
  };
}

export type WatchdogActivities = ReturnType<typeof createWatchdogActivities>;
