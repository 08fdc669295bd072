/**
 * The whole life of each example incident on the time-skipping test server, with a real SMTP server on
 * loopback (issue 4, item 8), moved 28 years ahead (test/helpers/lives.ts). The server's clock only moves
 * forward, so the tests run in calendar order.
 */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { IncidentStatus } from '../../domain/incident/status';
import type { incidentWorkflow } from '../../workflows/incident';
import { INCIDENT_WORKFLOW, reportSourceQuery, signals, statusQuery, updates } from '../../workflows/messages';
import { exampleIncident, mentionsNumber, TEST_CONSOLE_URL, openingOf } from '../helpers/fixtures';
import { at, expectRemindersAt, find, in2054, lifeHelpers } from '../helpers/lives';
import { timeSkippingWorker } from '../helpers/time-skipping';
import { signedOff } from '../helpers/sign-off';

const t = timeSkippingWorker('lives');
const worker = { runUntil: t.runUntil };
const { advanceTo, start, saveHistory } = lifeHelpers(t);

/**
 * A closed incident keeps running while its records are under retention (RSMo 375.1407.4, RSA 420-P:5 IV):
 * each life checks it is closed and still keeping records; the last test lets the years pass.
 */
const keptAfterClose: Array<{ workflowId: string; history?: string }> = [];
async function closedAndKept(h: { workflowId: string; query: (q: typeof statusQuery) => Promise<IncidentStatus> }, history?: string): Promise<IncidentStatus> {
  const s = await h.query(statusQuery);
  expect(s.phase).toBe('closed');
  expect(s.obligations.filter((o) => o.kind === 'record-retention' && o.state === 'pending').length).toBeGreaterThan(0);
  // Nothing else is listed as pending once closed: what was still open is marked unfiled at close.
  expect(s.obligations.filter((o) => o.kind !== 'record-retention' && (o.state === 'pending' || o.state === 'overdue')).map((o) => o.id)).toEqual([]);
  keptAfterClose.push({ workflowId: h.workflowId, history });
  return s;
}

test('INC-2026-0061 (assuming insurer): ceding-insurer and domiciliary notices in 3 business days; a one-rung ladder', async () => {
  const incident = in2054(exampleIncident('incident-reinsurer.json'));
  await advanceTo('2026-07-02T14:00:00-05:00');
  await worker.runUntil(async () => {
    const h = await start(incident);
    let s = await h.query(statusQuery);
    expect(s.obligations.filter((o) => o.dueAt).map((o) => [o.id, o.dueAt])).toEqual([
      ['MO/ceding-insurer-notice', '2054-07-07T23:59:59.999-05:00'],
      ['MO/regulator-notice', '2054-07-07T23:59:59.999-05:00'],
      ['MO/record-retention', '2057-07-02T23:59:59.999-05:00'],
    ]);
    expect(find(s, 'MO/consumer-notice')).toBeUndefined();

    await advanceTo('2026-07-08T08:00:00-05:00');
    s = await h.query(statusQuery);
    expectRemindersAt(s, [
      ['MO/ceding-insurer-notice', '2-business-days-before', '2026-07-03T09:00:00-05:00'],
      ['MO/ceding-insurer-notice', '1-business-day-before', '2026-07-06T09:00:00-05:00'],
      ['MO/regulator-notice', 'due-day-09:00', '2026-07-07T09:00:00-05:00'],
      ['MO/regulator-notice', '2-hours-before', '2026-07-07T21:59:59.999-05:00'],
    ]);
    expect(s.overdue.sort()).toEqual(['MO/ceding-insurer-notice', 'MO/regulator-notice']);
    const rung0 = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.MO_ceding-insurer-notice.overdue-0-`));
    expect(rung0.to).toEqual(['security@ozark-re.example', 'cfo@ozark-re.example']);
    // One contact only: the ladder has no further rung.
    await advanceTo('2026-07-09T10:30:00-05:00');
    s = await h.query(statusQuery);
    expect(s.events.filter((e) => e.type === 'escalated')).toHaveLength(2);
    // Nothing legal left to wake for: the next wake-up is the first close-out follow-up reminder,
    // 3 days before the risk reassessment's company target (30 days on, next business day, 17:00).
    const risk = s.followUps!.find((f) => f.id === 'risk-reassessment')!;
    expect(risk.target.at).toBe('2054-08-03T17:00:00.000-05:00');
    expect(s.followUps!.find((f) => f.id === 'service-provider-oversight')!.state).toBe('not-applicable');
    expect(Date.parse(s.nextWakeAt!)).toBe(Date.parse(risk.target.at) - 3 * 86_400_000);

    for (const id of ['MO/ceding-insurer-notice', 'MO/regulator-notice']) {
      await h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: id, completedAt: in2054('2026-07-09T09:00:00-05:00'), completedBy: 'security' }] });
    }
    // Dated notices filed, but the close-out follow-ups (20 CSR 100-6.110) are still open: a plain close is refused.
    await expect(h.executeUpdate(updates.closeIncident, { args: [{ closedAt: in2054('2026-07-09T10:00:00-05:00'), reason: 'notices filed' }] }))
      .rejects.toMatchObject({ cause: { message: expect.stringContaining('follow-up risk-reassessment') } });

    // The follow-up reminder arrives 3 days before its target, to the owner, worded as a company target.
    await advanceTo('2026-07-31T18:00:00-05:00');
    const reminder = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.followup-risk-reassessment.3-days-before-`));
    expect(reminder.to).toEqual(['security@ozark-re.example']);
    expect(reminder.text).toContain('not a legal deadline');
    // The follow-ups are done that evening (news is dated when it happened, never ahead of the clock).
    await advanceTo('2026-07-31T19:45:00-05:00');
    await h.executeUpdate(updates.followUpCompleted, { args: [{ followUpId: 'risk-reassessment', completedAt: in2054('2026-07-31T18:00:00-05:00'), completedBy: 'security', outcome: 'Lapse found: bordereaux sent without recipient check.' }] });
    s = await h.executeUpdate(updates.followUpCompleted, { args: [{ followUpId: 'program-adjustment', completedAt: in2054('2026-07-31T18:30:00-05:00'), completedBy: 'security', outcome: 'Two-person check added for outbound files.' }] });
    // Their outcomes are the supplement that closes the continuing duty to update.
    expect(find(s, 'MO/regulator-update')!.note).toContain('close-out follow-ups done');
    await expect(h.executeUpdate(updates.closeIncident, { args: [{ closedAt: in2054('2026-07-31T19:00:00-05:00'), reason: 'done' }] }))
      .rejects.toMatchObject({ cause: { message: expect.stringContaining('MO/regulator-update (supplement owed)') } });
    const report = await h.query(reportSourceQuery);
    expect(report.filings.map((f) => [f.obligationId, f.number])).toEqual([['MO/regulator-notice', 0]]);
    await h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'MO/regulator-update', completedAt: in2054('2026-07-31T19:00:00-05:00'), completedBy: 'security' }] });
    await h.executeUpdate(updates.closeIncident, { args: [{ closedAt: in2054('2026-07-31T19:30:00-05:00'), reason: 'notices filed, close-out done' }] });
    const final = await closedAndKept(h, 'inc-2026-0061-life');
    // No follow-up reminder after completion: only the one sent before.
    expect(final.events.filter((e) => e.type === 'followUpReminderSent')).toHaveLength(1);
  });
});

test('INC-2026-0042 (MO insurer, MO+NH residents): reminders, a count crossing 250, producer date, escalation ladder, close', async () => {
  const incident = in2054(exampleIncident('incident-mo-nh.json'));
  incident.residents.NH = 120; // below 250: New Hampshire's notice is not yet owed
  await advanceTo('2026-11-23T10:15:00-06:00');
  await worker.runUntil(async () => {
    const h = await start(incident);
    let s = await h.query(statusQuery);
    expect(find(s, 'NH/regulator-notice')).toBeUndefined();
    expect(s.notApplicable.find((n) => n.id === 'NH/regulator-notice')!.reason).toContain('120 New Hampshire residents (fewer than 250)');
    expect(find(s, 'MO/regulator-notice')!.dueAt).toBe('2054-11-30T23:59:59.999-06:00');

    // Tue 24 Nov 10:00 CST: the estimate crosses 250 and opens NH's notice (RSA 420-P:6 I(b)), due Fri 27.
    await advanceTo('2026-11-24T10:00:00-06:00');
    s = await h.executeUpdate(updates.residentsUpdate, { args: [{ state: 'NH', count: 312, asOf: in2054('2026-11-24T10:00:00-06:00') }] });
    expect(find(s, 'NH/regulator-notice')!.dueAt).toBe('2054-11-27T23:59:59.999-05:00');

    // Its 2-business-days reminder (Tue 09:00 ET) was already past: skipped, not sent late.
    await advanceTo('2026-11-25T10:00:00-06:00');
    s = await h.query(statusQuery);
    const sent = expectRemindersAt(s, [
      ['NH/regulator-notice', '1-business-day-before', '2026-11-25T09:00:00-05:00'],
      ['MO/regulator-notice', '2-business-days-before', '2026-11-25T09:00:00-06:00'],
      ['MO/regulator-notice-bulletin', '2-business-days-before', '2026-11-25T09:00:00-06:00'],
    ]);
    expect(sent.some((e) => e.detail.startsWith('reminder 2-business-days-before for NH/regulator-notice'))).toBe(false);
    expect(sent).toHaveLength(3);
    const mail = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.NH_regulator-notice.1-business-day-before-`));
    expect(mail.text).toContain('RSA 420-P:6, I');
    expect([1840, 312].filter((n) => mentionsNumber(mail.text, n))).toEqual([]); // no consumer counts in email
    // What is due when, in the regulator's local time, and a link and a calendar entry to act on it.
    expect(mail.subject).toBe(`Due Fri 27 Nov, 11:59 pm EST (on the next business day): NH Insurance Commissioner notice — ${incident.incidentId} ${incident.title}`);
    expect(mail.text).toContain('Due Fri 27 Nov 2054, 11:59 pm EST (New Hampshire), on the next business day');
    expect(mail.text).toContain(`Open the incident: ${TEST_CONSOLE_URL}/incidents/${incident.incidentId}`);
    expect(mail.html).toContain(`href="${TEST_CONSOLE_URL}/incidents/${incident.incidentId}"`);
    const ics = mail.attachments.find((a) => a.filename === 'deadlines.ics')!;
    expect(ics.contentType).toBe('text/calendar');
    expect(ics.content).toContain('DTEND;TZID=America/New_York:20541127T235959'); // on New Hampshire's clock
    expect(ics.content).toContain('SUMMARY:Due: NH Insurance Commissioner notice');

    // The NH filing is made: its reminders stop.
    s = await h.executeUpdate(updates.obligationCompleted, {
      args: [{ obligationId: 'NH/regulator-notice', completedAt: in2054('2026-11-25T11:00:00-05:00'), completedBy: 'privacy officer', reference: 'NHID-77' }],
    });
    expect(find(s, 'NH/regulator-notice')!.state).toBe('done');

    // The consumer notice is scheduled: it fixes the MO producer notice (RSMo 375.1410.6), not NH's (VI).
    s = await h.executeUpdate(updates.consumerNoticeScheduled, { args: [{ state: 'MO', scheduledFor: in2054('2026-12-04T12:00:00-06:00') }] });
    expect(find(s, 'MO/producer-notice')!.dueAt).toBe('2054-12-04T12:00:00.000-06:00');
    expect(find(s, 'NH/producer-notice')!.dueAt).toBeNull();
    expect(find(s, 'MO/consumer-notice')!.target?.at).toBe('2054-12-04T12:00:00.000-06:00');

    // Through Mon 30 Nov: every MO reminder at its minute, none for NH after the filing.
    await advanceTo('2026-11-30T23:00:00-06:00');
    s = await h.query(statusQuery);
    expectRemindersAt(s, [
      ['MO/regulator-notice', '1-business-day-before', '2026-11-27T09:00:00-06:00'],
      ['MO/regulator-notice', 'due-day-09:00', '2026-11-30T09:00:00-06:00'],
      ['MO/regulator-notice', '2-hours-before', '2026-11-30T21:59:59.999-06:00'],
      ['MO/regulator-notice-bulletin', 'due-day-09:00', '2026-11-30T09:00:00-06:00'],
    ]);
    expect(s.events.filter((e) => e.type === 'reminderSent' && e.detail.includes('NH/regulator-notice'))).toHaveLength(1);
    expect(s.overdue).toEqual([]);

    // Midnight passes: both MO notices are overdue; owner and general counsel are emailed at once.
    await advanceTo('2026-12-01T00:00:30-06:00');
    s = await h.query(statusQuery);
    expect(s.overdue.sort()).toEqual(['MO/regulator-notice', 'MO/regulator-notice-bulletin']);
    expect(find(s, 'MO/regulator-notice')!.escalationRung).toBe(0);
    const rung0 = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.MO_regulator-notice.overdue-0-`));
    expect(rung0.to).toEqual(['privacy.officer@show-me-mutual.example', 'general.counsel@show-me-mutual.example']);
    const rung0Event = s.events.find((e) => e.type === 'escalated' && e.detail.includes('rung 0 for MO/regulator-notice'))!;
    expect(Date.parse(rung0Event.at) - at('2026-11-30T23:59:59.999-06:00')).toBeLessThan(60_000);

    // Four hours later the ladder climbs one rung, to the CISO; then it is at the top and stops.
    await advanceTo('2026-12-01T04:01:00-06:00');
    const rung1 = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.MO_regulator-notice.overdue-1-`));
    expect(rung1.to).toEqual(['privacy.officer@show-me-mutual.example', 'general.counsel@show-me-mutual.example', 'ciso@show-me-mutual.example']);
    await advanceTo('2026-12-01T12:00:00-06:00');
    s = await h.query(statusQuery);
    expect(find(s, 'MO/regulator-notice')!.escalationRung).toBe(1);
    expect(s.events.filter((e) => e.type === 'escalated' && e.detail.includes('for MO/regulator-notice:'))).toHaveLength(2);

    // Filings recorded; a new MO count after filing opens a supplement (RSMo 375.1410.2(9)).
    for (const id of ['MO/regulator-notice', 'MO/regulator-notice-bulletin']) {
      await h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: id, completedAt: in2054('2026-12-01T12:00:00-06:00'), completedBy: 'privacy officer' }] });
    }
    s = await h.executeUpdate(updates.residentsUpdate, { args: [{ state: 'MO', count: 2100, asOf: in2054('2026-12-01T12:00:00-06:00') }] });
    expect(s.overdue).toEqual([]);
    expect(find(s, 'MO/regulator-update')!.state).toBe('pending');
    expect(find(s, 'MO/regulator-update')!.note).toContain('consumer count changed from 1840 to 2100');

    // Closing is refused while the producer notice is owed; a signal refusal is recorded, not thrown.
    await expect(h.executeUpdate(updates.closeIncident, { args: [{ closedAt: in2054('2026-12-01T12:00:00-06:00'), reason: 'done' }] }))
      .rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await h.signal(signals.closeIncident, { closedAt: in2054('2026-12-01T12:00:00-06:00'), reason: 'done' });
    await h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'MO/producer-notice', completedAt: in2054('2026-12-01T12:00:00-06:00'), completedBy: 'agency desk' }] });
    // Close-out: both follow-ups done (signals work too), then the supplements they make owed are filed.
    await h.signal(signals.followUpCompleted, { followUpId: 'risk-reassessment', completedAt: in2054('2026-12-01T12:00:00-06:00'), completedBy: 'CISO', outcome: 'Credential-stuffing controls were missing on the agent portal.' });
    await h.executeUpdate(updates.followUpCompleted, { args: [{ followUpId: 'program-adjustment', completedAt: in2054('2026-12-01T12:00:00-06:00'), completedBy: 'CISO', outcome: 'Rate limiting and MFA for the agent portal.' }] });
    for (const id of ['MO/regulator-update', 'NH/regulator-update']) {
      await h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: id, completedAt: in2054('2026-12-01T12:00:00-06:00'), completedBy: 'privacy officer' }] });
    }
    const report = await h.query(reportSourceQuery);
    expect(report.filings.filter((f) => f.track === 'MO/regulator-notice').map((f) => f.number)).toEqual([0, 1]);
    s = await h.executeUpdate(updates.closeIncident, { args: [{ closedAt: in2054('2026-12-01T12:00:00-06:00'), reason: 'all dated notices filed' }] });
    expect(s.phase).toBe('closed');
    const final = await closedAndKept(h, 'inc-2026-0042-life');
    expect(final.events.find((e) => e.type === 'rejected')!.detail).toContain('still owed: MO/producer-notice');
    expect(final.events.some((e) => e.type === 'closeIncident')).toBe(true);
  });
});

test('INC-2026-0057 (third-party provider, NH): an earlier actual knowledge moves the clock back and makes it overdue', async () => {
  const incident = in2054(exampleIncident('incident-third-party-nh.json'));
  await advanceTo('2026-12-28T09:00:00-05:00');
  await worker.runUntil(async () => {
    const h = await start(incident);
    let s = await h.query(statusQuery);
    // RSA 420-P:6 IV(b): the day after the provider's notice (Wed 23 Dec), not the determination.
    expect(find(s, 'NH/regulator-notice')!.clockStartsAt).toBe('2054-12-23T15:30:00.000-05:00');
    expect(find(s, 'NH/regulator-notice')!.dueAt).toBe('2054-12-29T23:59:59.999-05:00');
    expect(s.overdue).toEqual([]);

    // A bad signal is recorded and ignored; a bad update is refused.
    await h.signal(signals.thirdPartyNotice, { provider: 'Northline' });
    await expect(h.executeUpdate(updates.thirdPartyNotice, { args: [{ actualKnowledgeAt: 'last week' }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);

    // The licensee learns it knew on Mon 21 Dec: the clock starts then, due Thu 24 Dec, already past.
    s = await h.executeUpdate(updates.thirdPartyNotice, { args: [{ actualKnowledgeAt: in2054('2026-12-21T08:00:00-05:00') }] });
    expect(find(s, 'NH/regulator-notice')!.dueAt).toBe('2054-12-24T23:59:59.999-05:00');
    // The owner is told at once that the deadline moved earlier, with both dates.
    const moved = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.NH_regulator-notice.moved-`));
    expect(moved.subject).toBe(`Deadline moved earlier: NH Insurance Commissioner notice now due Thu 24 Dec, 11:59 pm EST (+1 more) — ${incident.incidentId} ${incident.title}`);
    expect(moved.text).toContain("MO Department notice (Bulletin 23-04) (MO/regulator-notice-bulletin): now due Thu 31 Dec 2054");
    expect(moved.text).toContain('now due Thu 24 Dec 2054, 11:59 pm EST (New Hampshire), was Tue 29 Dec 2054, 11:59 pm EST (New Hampshire)');
    await advanceTo('2026-12-28T09:05:00-05:00');
    s = await h.query(statusQuery);
    expect(s.overdue).toEqual(['NH/regulator-notice']);
    const mail = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.NH_regulator-notice.overdue-0-`));
    expect(mail.to).toEqual(['compliance@granite-casualty.example', 'coo@granite-casualty.example']);
    expect(s.events.find((e) => e.type === 'rejected')!.detail).toContain('thirdPartyNotice');

    // A directive cannot extend "within 3 business days" (RSA 420-P:6 I): the update is refused naming the
    // section and its limit, the signal is recorded as rejected, and the notice stays overdue.
    await expect(h.executeUpdate(updates.regulatorDirective, { args: [{ obligationId: 'NH/regulator-notice', dueAt: in2054('2026-12-31T17:00:00-05:00'), note: 'call with NHID' }] }))
      .rejects.toMatchObject({ cause: { message: expect.stringContaining('due no later than 2054-12-24T23:59:59.999-05:00 under RSA 420-P:6, I') } });
    await h.signal(signals.regulatorDirective, { obligationId: 'NH/regulator-notice', dueAt: in2054('2026-12-31T17:00:00-05:00') });
    s = await h.query(statusQuery);
    expect(s.events.filter((e) => e.type === 'rejected').at(-1)!.detail).toContain('regulatorDirective: dueAt: NH/regulator-notice is due no later than');
    expect(find(s, 'NH/regulator-notice')!.state).toBe('overdue');
    expect(find(s, 'NH/regulator-notice')!.dueAt).toBe('2054-12-24T23:59:59.999-05:00');
    // A filing dated tomorrow (a typo) is refused naming the field; the one dated now is recorded.
    await expect(h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'NH/regulator-notice', completedAt: in2054('2026-12-29T09:05:00-05:00'), completedBy: 'compliance' }] }))
      .rejects.toMatchObject({ cause: { message: expect.stringMatching(/^completedAt: Tue 29 Dec 2054, 9:05 am EST is in the future/) } });
    await h.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'NH/regulator-notice', completedAt: in2054('2026-12-28T09:05:00-05:00'), completedBy: 'compliance' }] });
    await advanceTo('2027-01-04T12:00:00-06:00');
    // Closing with notices owed takes a second sign-off (four eyes): asked by one person, approved by another.
    s = await signedOff(h, 'closeIncident', { closedAt: new Date(await t.env.currentTimeMs()).toISOString(), reason: 'closing with the Bulletin notice outstanding', override: true });
    // (A record export may finish around the close: look for the close itself, not the last event.)
    expect(s.events.find((e) => e.type === 'closeIncident')!.detail).toContain('closed with override');
    await closedAndKept(h, 'inc-2026-0057-life');
  });
});

test('a permanently refused address is recorded and escalated once, not retried forever', async () => {
  const incident = in2054(exampleIncident('incident-reinsurer.json'));
  incident.incidentId = 'INC-BAD-ADDRESS';
  const now = () => t.env.currentTimeMs().then((t) => new Date(t).toISOString());
  incident.determinedAt = await now();
  t.sink.refuseWith(550, 'security@ozark-re.example'); // the owner's address is refused for good
  await worker.runUntil(async () => {
    const h = await t.env.client.workflow.start<typeof incidentWorkflow>(INCIDENT_WORKFLOW, { workflowId: incident.incidentId, taskQueue: t.taskQueue, args: [{ incident }] });
    let s: IncidentStatus;
    for (;;) {
      s = await h.query(statusQuery);
      if (s.events.some((e) => e.type === 'emailFailed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const notice = await t.sink.waitFor((m) => m.messageId.startsWith(`<${incident.incidentId}.delivery.`));
    t.sink.refuseWith(null);
    expect(notice.to).toEqual(['cfo@ozark-re.example']);
    s = await h.query(statusQuery);
    expect(s.events.find((e) => e.type === 'emailFailed')!.detail).toContain('550');
    expect(s.phase).toBe('open');
    await signedOff(h, 'closeIncident', { closedAt: await now(), reason: 'test', override: true });
    await closedAndKept(h);
  });
});

test('a transient SMTP refusal (421) is retried with backoff until the mail goes through', async () => {
  const incident = in2054(exampleIncident('incident-reinsurer.json'));
  incident.incidentId = 'INC-SMTP-OUTAGE';
  incident.determinedAt = new Date(await t.env.currentTimeMs()).toISOString();
  t.sink.refuseWith(421);
  await worker.runUntil(async () => {
    const h = await t.env.client.workflow.start<typeof incidentWorkflow>(INCIDENT_WORKFLOW, { workflowId: incident.incidentId, taskQueue: t.taskQueue, args: [{ incident }] });
    await new Promise((r) => setTimeout(r, 1500)); // at least one refused attempt
    const refusedSoFar = t.sink.messages.filter((m) => m.messageId.includes(incident.incidentId)).length;
    expect(refusedSoFar).toBe(0);
    t.sink.refuseWith(null);
    const mail = await openingOf(t.sink, t.env.client, incident.incidentId, 60_000);
    expect(mail.to).toEqual(['security@ozark-re.example']);
    // The activity completes a moment after the sink has the message.
    let s = await h.query(statusQuery);
    for (let i = 0; i < 100 && !s.events.some((e) => e.type === 'emailSent'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      s = await h.query(statusQuery);
    }
    expect(s.events.some((e) => e.type === 'emailSent')).toBe(true);
    expect(s.events.some((e) => e.type === 'emailFailed')).toBe(false);
    await signedOff(h, 'closeIncident', { closedAt: new Date(await t.env.currentTimeMs()).toISOString(), reason: 'test', override: true });
    await closedAndKept(h);
  });
});

test('RSMo 375.1407.4 and RSA 420-P:5 IV: closed incidents keep their records, are reminded 30 days before the period ends, then complete', async () => {
  expect(keptAfterClose.length).toBeGreaterThanOrEqual(5);
  await worker.runUntil(async () => {
    // The years pass: result() lets the test server skip time until each incident's last retention period ends.
    for (const { workflowId, history } of keptAfterClose) {
      const final = await t.env.client.workflow.getHandle<typeof incidentWorkflow>(workflowId).result();
      expect(final.phase).toBe('closed');
      const retention = final.obligations.filter((o) => o.kind === 'record-retention');
      expect(retention.every((o) => o.state === 'done' && o.completedAt === o.dueAt)).toBe(true);
      expect(final.events.filter((e) => e.type === 'retentionEnded')).toHaveLength(retention.length);
      for (const o of retention) {
        await t.sink.waitFor((m) => m.messageId.startsWith(`<${workflowId}.${o.id.replace('/', '_')}.retention-30-days-before-`));
        await t.sink.waitFor((m) => m.messageId.startsWith(`<${workflowId}.${o.id.replace('/', '_')}.retention-ended-`));
      }
      if (history) await saveHistory(workflowId, history);
    }
  });
});
