/**
 * A year-long incident with 1,000 messages: continue-as-new carries the whole state, and every run's
 * history stays under 2,000 events (issue 4, item 7; docs/design.md §9).
 */
import { Client } from '@temporalio/client';
import type { incidentWorkflow } from '../../workflows/incident';
import { INCIDENT_WORKFLOW, signals, statusQuery } from '../../workflows/messages';
import { AUDIT_EVENTS_KEPT } from '../../domain/incident/state';
import type { AuditEvent } from '../../domain/incident/status';
import { RecordStore } from '../../platform/record-store';
import { exampleIncident, testRecordsDir } from '../helpers/fixtures';
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
    // Let the last messages be handled, then read the whole trail: the pages in the record store, then the workflow's own.
    const store = new RecordStore(testRecordsDir());
    const trail = async () => {
      const status = await plain.workflow.getHandle(incident.incidentId).query(statusQuery);
      return { status, events: [...(await store.auditPages(incident.incidentId)), ...status.events] };
    };
    const total = (events: AuditEvent[], types: string[]) => events.filter((e) => types.includes(e.type)).reduce((n, e) => n + (e.count ?? 1), 0);
    let { status, events } = await trail();
    for (let i = 0; i < 100 && total(events, ['rejected']) < refused; i++) {
      await new Promise((r) => setTimeout(r, 100));
      ({ status, events } = await trail());
    }
    // Repeated refusals are kept once with their count, older entries paged out to the store: none lost.
    expect(total(events, ['rejected'])).toBe(refused);
    expect(events.filter((e) => e.type === 'rejected').length).toBeLessThan(refused / 4);
    expect(total(events, ['residentsUpdate', 'consumerNoticeScheduled'])).toBe(accepted);
    expect(status.events.length).toBeLessThanOrEqual(AUDIT_EVENTS_KEPT + 50);
    expect(status.eventsPagedOut).toBe(events.length - status.events.length);
    expect(status.runIds.length).toBeGreaterThan(1);
    // Every run, read back from the server, stayed under the budget.
    for (const runId of status.runIds) {
      const history = await plain.workflow.getHandle(incident.incidentId, runId).fetchHistory();
      expect({ runId, events: history.events!.length < 2000 }).toEqual({ runId, events: true });
    }
    expect(status.obligations.find((o) => o.id === 'MO/regulator-notice')!.state).toBe('overdue');
  });
});
