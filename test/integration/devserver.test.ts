/**
 * End to end on the real Temporal dev server (CLI, SQLite) with a worker and a real SMTP server on
 * loopback: start an incident, query its status, see the opening email and the search attributes,
 * and refuse bad messages without failing a workflow task.
 */
import { LOCAL_ADMIN } from '../../domain/incident/actor';
import { WorkflowExecutionAlreadyStartedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { openIncident } from '../../application/temporal-client';
import { signals, statusQuery, updates } from '../../workflows/messages';
import { NEXT_DEADLINE, OVERDUE_COUNT, PHASE, JURISDICTIONS_SA } from '../../workflows/search-attributes';
import { exampleIncident, uniqueId, waitFor, openingOf } from '../helpers/fixtures';
import { devServerWorker } from '../helpers/stack';
import { signedOff } from '../helpers/sign-off';

const taskQueue = 'devserver-test';
const stack = devServerWorker(taskQueue);


test('an incident starts on the dev server, answers status, emails its owner and shows in visibility', async () => {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('DEV');
  await openIncident(stack.env.client, taskQueue, incident);
  const handle = stack.env.client.workflow.getHandle(incident.incidentId);

  const opening = await openingOf(stack.sink, stack.env.client, incident.incidentId);
  expect(opening.subject).toContain(incident.incidentId);

  // The email can arrive a moment before the activity's completion is recorded.
  const status = await waitFor(async () => {
    const s = await handle.query(statusQuery);
    return s.events.length >= 2 ? s : undefined;
  }, 'opening email recorded');
  expect(status.incidentId).toBe(incident.incidentId);
  expect(status.phase).toBe('open');
  const mo = status.obligations.find((o) => o.id === 'MO/regulator-notice')!;
  expect(mo.dueAt).toBe('2026-11-30T23:59:59.999-06:00');
  expect(mo.citation).toBe('RSMo 375.1410.1');
  // Planned, then the opening email; the example's fixed November 2026 deadlines have passed, so only
  // escalations of what is overdue may follow at once.
  expect(status.events.slice(0, 2).map((e) => e.type)).toEqual(['planned', 'emailSent']);
  expect(status.events.slice(2).filter((e) => e.type !== 'escalated')).toEqual([]);

  const desc = await waitFor(async () => {
    const d = await handle.describe();
    return d.typedSearchAttributes.get(PHASE) === 'open' ? d : undefined;
  }, 'search attributes');
  expect(desc.typedSearchAttributes.get(JURISDICTIONS_SA)).toEqual(['MO', 'NH']);
  expect(desc.typedSearchAttributes.get(OVERDUE_COUNT)).toBe(status.overdue.length);
  const nextDue = status.obligations.filter((o) => o.state === 'pending' && o.dueAt).map((o) => Date.parse(o.dueAt!)).sort((a, b) => a - b)[0];
  expect(desc.typedSearchAttributes.get(NEXT_DEADLINE)?.getTime()).toBe(nextDue);

  // Visible in the Temporal UI's list, filterable by our search attributes.
  const listed = await waitFor(async () => {
    for await (const wf of stack.env.client.workflow.list({ query: `WorkflowId = '${incident.incidentId}' AND BreachclockPhase = 'open'` })) return wf;
    return undefined;
  }, 'visibility');
  expect(listed.workflowId).toBe(incident.incidentId);

  // A second start with the same incidentId is refused.
  await expect(openIncident(stack.env.client, taskQueue, incident)).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
});

test('bad messages: an update is refused before history; a signal is recorded as rejected; no task fails', async () => {
  const incident = exampleIncident('incident-third-party-nh.json');
  incident.incidentId = uniqueId('BAD');
  // On the real clock: determined now, the provider's notice two days before (a future date would be refused).
  incident.determinedAt = new Date().toISOString();
  incident.thirdParty = { provider: 'Northline Claims Services LLC', notifiedLicenseeAt: new Date(Date.now() - 2 * 86_400_000).toISOString() };
  await openIncident(stack.env.client, taskQueue, incident);
  const handle = stack.env.client.workflow.getHandle(incident.incidentId);
  // Let the opening run settle (email recorded, workflow asleep) before counting history events.
  await openingOf(stack.sink, stack.env.client, incident.incidentId);
  await new Promise((r) => setTimeout(r, 500));

  const before = (await handle.fetchHistory()).events!.length;
  const now = () => new Date().toISOString(); // filings after the incident began, on the real clock
  const refusal = async (p: Promise<unknown>): Promise<string> => {
    const err = await p.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
    return String((err as WorkflowUpdateFailedError).cause?.message);
  };
  const bad = await refusal(
    handle.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'MO/regulator-notice', completedAt: 'tomorrow', completedBy: '' } as never] }),
  );
  expect(bad).toContain('completedAt');
  expect(bad).toContain('completedBy');
  // Unknown obligation: refused by the validator too.
  const unknown = await refusal(
    handle.executeUpdate(updates.obligationCompleted, {
      args: [{ obligationId: 'MO/regulator-notice', completedAt: now(), completedBy: 'x' }],
    }),
  );
  expect(unknown).toContain('not an obligation of this incident');
  const afterRefusals = (await handle.fetchHistory()).events!;
  expect(afterRefusals.length).toBe(before);
  expect(afterRefusals.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toEqual([]);

  await handle.signal(signals.residentsUpdate, { state: 'NH', count: -5 });
  const status = await waitFor(async () => {
    const s = await handle.query(statusQuery);
    return s.events.some((e) => e.type === 'rejected') ? s : undefined;
  }, 'rejected signal recorded');
  const rejected = status.events.find((e) => e.type === 'rejected')!;
  expect(rejected.detail).toContain('residentsUpdate');
  expect(rejected.detail).toContain('count');

  // A good update still works afterwards, and returns the new status.
  const after = await handle.executeUpdate(updates.obligationCompleted, {
    args: [{ obligationId: 'NH/regulator-notice', completedAt: now(), completedBy: 'compliance', reference: 'NHID-1' }],
  });
  expect(after.obligations.find((o) => o.id === 'NH/regulator-notice')!.state).toBe('done');

  const history = await handle.fetchHistory();
  const failed = history.events!.filter((e) => e.workflowTaskFailedEventAttributes);
  expect(failed).toEqual([]);
});

test('an update applies the parsed message as a signal does (text trimmed); a refusal carries field paths as details', async () => {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('PARSED');
  await openIncident(stack.env.client, taskQueue, incident);
  const handle = stack.env.client.workflow.getHandle(incident.incidentId);
  const s = await handle.executeUpdate(updates.obligationCompleted, {
    args: [{ obligationId: 'NH/regulator-notice', completedAt: '2026-11-23T11:30:00-05:00', completedBy: '  compliance lead  ', reference: ' NHID-7 ' }],
  });
  const nh = s.obligations.find((o) => o.id === 'NH/regulator-notice')!;
  expect([nh.completedBy, nh.reference]).toEqual(['compliance lead', 'NHID-7']);

  const refused = await handle
    .executeUpdate(updates.residentsUpdate, { args: [{ state: 'MO', count: -3, asOf: 'soon' }] })
    .catch((e: unknown) => e as WorkflowUpdateFailedError);
  expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
  const { ApplicationFailure } = await import('@temporalio/common');
  const cause = (refused as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect((cause as InstanceType<typeof ApplicationFailure>).details?.[0]).toEqual([
    { path: 'count', message: 'must not be negative' },
    { path: 'asOf', message: expect.stringContaining('ISO-8601') },
  ]);
});

test('news sent the moment an incident opens waits for the first plan (update and signal); a refusal then fails only the update', async () => {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('EARLY');
  await openIncident(stack.env.client, taskQueue, incident);
  const handle = stack.env.client.workflow.getHandle(incident.incidentId);
  // Sent before the planning activity has returned: the obligation does not exist yet.
  // A directive may bring the statutory date (Fri 27 Nov) earlier, never later (RSA 420-P:6 I).
  const directive = { obligationId: 'NH/regulator-notice', dueAt: '2026-11-25T17:00:00-05:00', note: 'early' };
  const [s] = await Promise.all([
    signedOff(handle, 'regulatorDirective', directive),
    handle.signal(signals.followUpPlanned, { followUpId: 'risk-reassessment', owner: 'risk@show-me-mutual.example' }),
  ]);
  expect(s.obligations.find((o) => o.id === 'NH/regulator-notice')!.dueAt).toBe('2026-11-25T17:00:00.000-05:00');
  const after = await waitFor(async () => {
    const q = await handle.query(statusQuery);
    return q.followUps?.find((f) => f.id === 'risk-reassessment')?.owner === 'risk@show-me-mutual.example' ? q : undefined;
  }, 'early signal applied');
  expect(after.events.some((e) => e.type === 'rejected')).toBe(false);

  const other = exampleIncident();
  other.incidentId = uniqueId('EARLY-BAD');
  await openIncident(stack.env.client, taskQueue, other);
  const h2 = stack.env.client.workflow.getHandle(other.incidentId);
  await expect(h2.executeUpdate(updates.regulatorDirective, { args: [{ obligationId: 'TX/regulator-notice', dueAt: '2026-12-10T17:00:00-05:00' }] }))
    .rejects.toBeInstanceOf(WorkflowUpdateFailedError);
  expect((await h2.query(statusQuery)).phase).toBe('open');
});

test('news for an incident whose workflow has ended says so and points to its kept record, instead of failing', async () => {
  const { IncidentService } = await import('../../application/incidents');
  const incident = exampleIncident();
  incident.incidentId = uniqueId('ENDED');
  await openIncident(stack.env.client, taskQueue, incident);
  const handle = stack.env.client.workflow.getHandle(incident.incidentId);
  await openingOf(stack.sink, stack.env.client, incident.incidentId);
  await handle.terminate('ended for the test');
  const service = new IncidentService({ client: async () => stack.env.client, taskQueue });
  const r = await service.send(LOCAL_ADMIN, incident.incidentId, 'residentsUpdate', { state: 'MO', count: 1900, asOf: new Date().toISOString() });
  expect(r).toMatchObject({ ok: false, kind: 'not-found', problems: [{ path: 'incidentId', message: expect.stringContaining('its workflow has ended') }] });
});

test('every covered state at once: one workflow plans 15 regulators, emails one opening summary grouped by day, and lists them all', async () => {
  const incident = exampleIncident('incident-national.json');
  incident.incidentId = uniqueId('NAT');
  await openIncident(stack.env.client, taskQueue, incident);
  const handle = stack.env.client.workflow.getHandle(incident.incidentId);
  const opening = await openingOf(stack.sink, stack.env.client, incident.incidentId);
  expect(opening.subject).toMatch(/^27 deadline\(s\) running, first due Thu 26 Nov/);
  expect(opening.text).toMatch(/^Thu 26 Nov 2026 \(10\):$/m);
  expect(opening.text).toMatch(/^Mon 30 Nov 2026 \(3\):$/m);
  const status = await waitFor(async () => {
    const s = await handle.query(statusQuery);
    return s.events.some((e) => e.type === 'emailSent') ? s : undefined;
  }, 'opening email recorded');
  const regulators = status.obligations.filter((o) => o.kind === 'regulator-notice').map((o) => o.jurisdiction).sort();
  expect(regulators).toEqual(['AK', 'AL', 'CT', 'DE', 'IA', 'IL', 'MD', 'MO', 'NH', 'NY', 'OK', 'PA', 'RI', 'SC', 'VA']);
  expect(status.uncovered.map((u) => u.state)).toEqual(['MI', 'TX']);
  const desc = await waitFor(async () => {
    const d = await handle.describe();
    return d.typedSearchAttributes.get(PHASE) === 'open' ? d : undefined;
  }, 'search attributes');
  expect(desc.typedSearchAttributes.get(JURISDICTIONS_SA)).toEqual(expect.arrayContaining(regulators));
});
