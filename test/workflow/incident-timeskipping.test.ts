/**
 * The incident workflow on the Java time-skipping test server with a real SMTP server on loopback:
 * days of sleeping pass in seconds.
 */
import { statusQuery, updates } from '../../workflows/messages';
import { INCIDENT_WORKFLOW } from '../../workflows/messages';
import type { incidentWorkflow } from '../../workflows/incident';
import { exampleIncident, mentionsNumber, uniqueId, openingOf } from '../helpers/fixtures';
import { timeSkippingWorker } from '../helpers/time-skipping';
import { signedOff } from '../helpers/sign-off';

const taskQueue = 'timeskipping-test';
const t = timeSkippingWorker(taskQueue);

test('sleeps more than 3 days to the MO deadline, escalates it overdue, and finishes in seconds', async () => {
  const wallStart = Date.now();
  const incident = exampleIncident();
  incident.incidentId = uniqueId('TS');
  // Determined "now" in the server's clock, so the 4-business-day deadline is at least 4 days ahead.
  const serverNow = new Date(await t.env.currentTimeMs());
  incident.determinedAt = serverNow.toISOString();
  incident.awareAt = serverNow.toISOString();

  await t.runUntil(async () => {
    const handle = await t.env.client.workflow.start<typeof incidentWorkflow>(INCIDENT_WORKFLOW, {
      workflowId: incident.incidentId,
      taskQueue,
      args: [{ incident }],
    });
    const opening = await openingOf(t.sink, t.env.client, incident.incidentId);
    expect(opening.to).toEqual([incident.contacts.owner]);
    expect(opening.raw).toContain('MO/regulator-notice');
    expect(opening.raw).toContain('RSMo 375.1410.1');
    expect(mentionsNumber(opening.raw, 1840)).toBe(false); // no consumer counts in email

    let status = await handle.query(statusQuery);
    const mo = status.obligations.find((o) => o.id === 'MO/regulator-notice')!;
    expect(status.overdue).toEqual([]);
    expect(Date.parse(mo.dueAt!) - serverNow.getTime()).toBeGreaterThan(3 * 86_400_000);
    expect(status.nextWakeAt).not.toBeNull();

    // Skip past the MO deadline: the workflow wakes, marks it overdue and emails owner + first escalation.
    await t.env.sleep(Date.parse(mo.dueAt!) - serverNow.getTime() + 60_000);
    const overdue = await t.sink.waitFor((m) => m.messageId === `<${incident.incidentId}.MO_regulator-notice.overdue-0-${mo.dueAt!.slice(0, 10)}@breachclock>`);
    expect(overdue.to).toEqual([incident.contacts.owner, incident.contacts.escalation[0]]);
    status = await handle.query(statusQuery);
    expect(status.overdue).toContain('MO/regulator-notice');
    expect(status.obligations.find((o) => o.id === 'MO/regulator-notice')!.state).toBe('overdue');

    // Record the filing, then close with an override for what is still owed.
    const afterDone = await handle.executeUpdate(updates.obligationCompleted, {
      args: [{ obligationId: 'MO/regulator-notice', completedAt: new Date(await t.env.currentTimeMs()).toISOString(), completedBy: 'privacy officer', reference: 'DCI-123' }],
    });
    expect(afterDone.obligations.find((o) => o.id === 'MO/regulator-notice')!.state).toBe('done');
    expect(afterDone.overdue).not.toContain('MO/regulator-notice');
    await signedOff(handle, 'closeIncident', { closedAt: new Date(await t.env.currentTimeMs()).toISOString(), reason: 'test over', override: true });
    const final = await handle.result();
    expect(final.phase).toBe('closed');
    expect(final.events.map((e) => e.type)).toEqual(expect.arrayContaining(['planned', 'emailSent', 'reminderSent', 'escalated', 'obligationCompleted', 'closeIncident']));
  });
  // The days above passed in seconds of wall time.
  expect(Date.now() - wallStart).toBeLessThan(60_000);
});
