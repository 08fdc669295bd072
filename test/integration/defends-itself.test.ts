/**
 * Nothing a user types can stop an incident (issue 13), on the real dev server with a real SMTP sink:
 * a workflow started by hand with nonsense refuses it cleanly (no workflow task fails), and a plan that
 * cannot be made is recorded, alerts its owner and leaves every other incident's clocks running.
 */
import { WorkflowFailedError } from '@temporalio/client';
import { openIncident } from '../../application/temporal-client';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { INCIDENT_WORKFLOW, statusQuery, updates } from '../../workflows/messages';
import { exampleIncident, mentionsNumber, uniqueId, openingOf } from '../helpers/fixtures';
import { devServerWorker } from '../helpers/stack';

/** A fault injected below the planning activity: this one start instant cannot be counted from. */
const POISON = '2026-11-23T10:15:00-06:00';
class FaultyCalendar extends BusinessCalendar {
  override addBusinessDays(state: string, start: Parameters<BusinessCalendar['addBusinessDays']>[1], n: number) {
    if (start === POISON) throw new RangeError('not a valid instant (injected)');
    return super.addBusinessDays(state, start, n);
  }
}

const taskQueue = 'defends-itself';
const stack = devServerWorker(taskQueue, new FaultyCalendar());

const taskFailures = async (id: string) =>
  ((await stack.env.client.workflow.getHandle(id).fetchHistory()).events ?? []).filter((e) => e.workflowTaskFailedEventAttributes).length;

test.each([
  ['{}', {}, 'incident.(root): is required'],
  ['null', null, 'input: must be an object'],
  ['an incident without a title and a year-9999 determination', { incident: { ...exampleIncident(), title: undefined, determinedAt: '9999-12-31T00:00:00Z' } }, 'incident.determinedAt: must be between the years 2000 and 2100'],
])('started by hand with %s: the workflow refuses its input by field, no task fails', async (_what, input, message) => {
  const id = uniqueId('RAW');
  const handle = await stack.env.client.workflow.start(INCIDENT_WORKFLOW, { workflowId: id, taskQueue, args: [input] });
  const err = await handle.result().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WorkflowFailedError);
  expect(String((err as WorkflowFailedError).cause?.message)).toContain(message);
  expect(await taskFailures(id)).toBe(0);
});

test('a plan that cannot be made is recorded and alerts the owner; another incident runs on; a correction plans again', async () => {
  const bad = exampleIncident();
  bad.incidentId = uniqueId('POISON');
  bad.determinedAt = POISON;
  const good = exampleIncident();
  good.incidentId = uniqueId('HEALTHY');
  good.determinedAt = '2026-11-23T10:16:00-06:00';
  await openIncident(stack.env.client, taskQueue, bad);
  await openIncident(stack.env.client, taskQueue, good);

  const alert = await stack.sink.waitFor((m) => m.subject === `ACTION NEEDED: planning failed — ${bad.incidentId} ${bad.title}`);
  expect(alert.to).toEqual([bad.contacts.owner]);
  expect(alert.text).toContain('work out the regulator deadlines by hand');
  expect([1840, 312].filter((n) => mentionsNumber(alert.text, n))).toEqual([]); // no consumer counts in email
  const h = stack.env.client.workflow.getHandle(bad.incidentId);
  let s = await h.query(statusQuery);
  expect(s.phase).toBe('open');
  expect(s.planningError?.reason).toContain('not a valid instant (injected)');
  expect(s.events.some((e) => e.type === 'planningFailed')).toBe(true);

  // The other incident on the same worker planned and emailed as usual.
  await openingOf(stack.sink, stack.env.client, good.incidentId);
  expect((await stack.env.client.workflow.getHandle(good.incidentId).query(statusQuery)).obligations.length).toBeGreaterThan(3);

  // News that moves the clock start (a provider's notice before the determination) plans again.
  s = await h.executeUpdate(updates.thirdPartyNotice, { args: [{ provider: 'Vendor', notifiedLicenseeAt: '2026-11-20T09:00:00-06:00' }] });
  expect(s.planningError).toBeUndefined();
  // Fri 20 Nov: Mon 23, Tue 24, Wed 25, (Thanksgiving), Fri 27 (RSMo 375.1410.4(2)).
  expect(s.obligations.find((o) => o.id === 'MO/regulator-notice')!.dueAt).toBe('2026-11-27T23:59:59.999-06:00');
  expect(await taskFailures(bad.incidentId)).toBe(0);
});
