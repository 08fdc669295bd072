/**
 * A year-long incident with 1,000 messages: continue-as-new carries the whole state, and every run's
 * history stays under 2,000 events (issue 4, item 7; docs/design.md §9).
 */
import { Client } from '@temporalio/client';
import type { incidentWorkflow } from '../../workflows/incident';
import { INCIDENT_WORKFLOW, signals, statusQuery } from '../../workflows/messages';
import { exampleIncident } from '../helpers/fixtures';
import { timeSkippingWorker } from '../helpers/time-skipping';

const t = timeSkippingWorker('year');

test('1,000 messages over a year: several runs, each under 2,000 events, nothing lost', async () => {
  const incident = exampleIncident('incident-mo-nh.json');
  incident.incidentId = 'INC-YEAR';
  const start = await t.env.currentTimeMs();
  incident.determinedAt = new Date(start).toISOString();
  incident.awareAt = incident.determinedAt;
  const plain = new Client({ connection: t.env.connection, namespace: 'default' });

  await t.runUntil(async () => {
    const h = await t.env.client.workflow.start<typeof incidentWorkflow>(INCIDENT_WORKFLOW, { workflowId: incident.incidentId, taskQueue: 'year', args: [{ incident }] });
    let accepted = 0;
    let refused = 0;
    const batches = Number(process.env.YEAR_BATCHES ?? 25);
    const perBatch = 1000 / batches;
    for (let b = 0; b < batches; b++) {
      const asOf = new Date(await t.env.currentTimeMs()).toISOString();
      const sends: Array<Promise<void>> = [];
      for (let i = 0; i < perBatch; i++) {
        const n = b * perBatch + i;
        if (n % 3 === 0) {
          sends.push(h.signal(signals.residentsUpdate, { state: 'MO', count: 2000 + n, asOf }));
          accepted += 1;
        } else if (n % 3 === 1) {
          sends.push(h.signal(signals.residentsUpdate, { state: 'MO', count: -1 })); // refused, recorded
          refused += 1;
        } else {
          sends.push(h.signal(signals.consumerNoticeScheduled, { state: 'NH', scheduledFor: new Date(start + 30 * 86_400_000 + n * 60_000).toISOString() }));
          accepted += 1;
        }
      }
      await Promise.all(sends);
      await t.env.sleep(Math.round((365 * 86_400_000) / batches));
    }
    // Let the last messages be handled, then read the state through the latest run.
    let status = await plain.workflow.getHandle(incident.incidentId).query(statusQuery);
    for (let i = 0; i < 100 && status.events.filter((e) => e.type === 'rejected').length < refused; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = await plain.workflow.getHandle(incident.incidentId).query(statusQuery);
    }
    expect(status.events.filter((e) => e.type === 'rejected')).toHaveLength(refused);
    expect(status.events.filter((e) => e.type === 'residentsUpdate' || e.type === 'consumerNoticeScheduled')).toHaveLength(accepted);
    expect(status.runIds.length).toBeGreaterThan(1);
    // Every run, read back from the server, stayed under the budget.
    for (const runId of status.runIds) {
      const history = await plain.workflow.getHandle(incident.incidentId, runId).fetchHistory();
      expect({ runId, events: history.events!.length < 2000 }).toEqual({ runId, events: true });
    }
    expect(status.obligations.find((o) => o.id === 'MO/regulator-notice')!.state).toBe('overdue');
  });
});
