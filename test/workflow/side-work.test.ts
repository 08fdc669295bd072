/**
 * Deadlines never wait on side work (issue 23): with the record store refusing every write, an incident that
 * recorded a filing still goes overdue and escalates on time, shows the problem in status and the audit trail,
 * emails its owner once, and writes everything owed once the store takes writes again. On the time-skipping
 * server with a real SMTP sink; the store refuses because the incident's records folder is blocked by a file.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RecordStore } from '../../platform/record-store';
import { statusQuery, updates } from '../../workflows/messages';
import { exampleIncident, testRecordsDir } from '../helpers/fixtures';
import { find, in2054, lifeHelpers } from '../helpers/lives';
import { timeSkippingWorker } from '../helpers/time-skipping';

const t = timeSkippingWorker('side-work');
const { advanceTo, start } = lifeHelpers(t);

test('a refusing record store holds back no escalation; it shows, alerts once, and catches up', async () => {
  const incident = in2054(exampleIncident('incident-mo-nh.json'));
  incident.incidentId = 'INC-SIDE-WORK';
  const blocked = path.join(testRecordsDir(), incident.incidentId);
  mkdirSync(testRecordsDir(), { recursive: true });
  writeFileSync(blocked, 'not a folder'); // every write under it fails
  await advanceTo('2026-11-23T10:15:00-06:00');
  await t.runUntil(async () => {
    const h = await start(incident);
    await advanceTo('2026-11-23T10:40:00-06:00');
    // A filing calls for a record version, which the store refuses.
    await h.executeUpdate(updates.obligationCompleted, {
      args: [{ obligationId: 'NH/regulator-notice', completedAt: in2054('2026-11-23T11:30:00-05:00'), completedBy: 'privacy officer' }],
    });
    // Missouri's director notice is due Mon 30 Nov 11:59 pm CST; one minute later it is overdue and escalated.
    await advanceTo('2026-12-01T00:01:00-06:00');
    await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.MO_regulator-notice.`) && /overdue/i.test(m.subject));
    let s = await h.query(statusQuery);
    expect(find(s, 'MO/regulator-notice')!.state).toBe('overdue');
    // On time: escalated within a minute of the deadline, while the export was failing.
    const escalated = s.events.find((e) => e.type === 'escalated' && e.detail.startsWith('escalation rung 0 for MO/regulator-notice'))!;
    expect(Date.parse(escalated.at) - Date.parse('2054-12-01T05:59:59.999Z')).toBeLessThan(60_000);
    expect(s.effectProblems).toEqual([expect.objectContaining({ effect: 'records', detail: expect.stringContaining('record version 1') })]);
    expect(s.events.filter((e) => e.type === 'recordExportFailed')).toHaveLength(1);
    const alert = await t.sink.waitFor((m) => m.subject.startsWith('ACTION NEEDED: breachclock cannot write the incident record'));
    expect(alert.to).toEqual([incident.contacts.owner]);

    // The store is freed: the next retry writes the version, clears the problem and says so.
    rmSync(blocked);
    await advanceTo('2026-12-02T00:01:00-06:00');
    s = await h.query(statusQuery);
    expect(s.effectProblems).toBeUndefined();
    expect(s.events.some((e) => e.type === 'recordExported' && e.detail === 'record version 1')).toBe(true);
    expect(s.events.some((e) => e.type === 'recordExportRecovered')).toBe(true);
    expect(new RecordStore(testRecordsDir()).versions(incident.incidentId)).toEqual([1]);
  });
}, 120_000);
