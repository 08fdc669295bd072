/**
 * The workflow's decisions as pure functions, tested without Temporal: reminders at their slots, the
 * escalation ladder, what a message changes, when to wake (issue 4, item 1).
 */
import { BusinessCalendar } from '../../domain/rules/calendar';
import type { Incident } from '../../domain/incident/incident';
import * as S from '../../domain/incident/state';
import { planIncident, type PlanFacts } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';

const calendar = new BusinessCalendar();
const incident: Incident = require('../../examples/incident-mo-nh.json');
const t = (iso: string) => Date.parse(iso);
const about = (x: S.Action) => (x.kind === 'followUp' ? x.followUpId : x.obligationId);

function planned(inc: Incident = incident, facts: PlanFacts = {}, now = t('2026-11-23T16:15:00Z')): S.IncidentState {
  const state = S.newState(inc);
  state.facts = facts;
  const plan = planIncident(inc, calendar, facts);
  S.applyPlan(state, { plan, reminders: reminderSchedule(plan, calendar, inc.notifications?.reminders) }, now);
  return state;
}

describe('reminder schedule (default: 2 business days, 1 business day, 09:00 on the day, 2 hours before)', () => {
  const plan = planIncident(incident, calendar);
  const reminders = reminderSchedule(plan, calendar);
  test.each([
    ['MO/regulator-notice', '2-business-days-before', '2026-11-25T09:00:00.000-06:00', 'Thanksgiving is not a business day'],
    ['MO/regulator-notice', '1-business-day-before', '2026-11-27T09:00:00.000-06:00', 'the Friday after Thanksgiving counts in MO'],
    ['MO/regulator-notice', 'due-day-09:00', '2026-11-30T09:00:00.000-06:00', ''],
    ['MO/regulator-notice', '2-hours-before', '2026-11-30T21:59:59.999-06:00', ''],
    ['NH/regulator-notice', '2-business-days-before', '2026-11-24T09:00:00.000-05:00', ''],
    ['NH/regulator-notice', '1-business-day-before', '2026-11-25T09:00:00.000-05:00', ''],
  ])('%s %s at %s %s', (id, slot, at) => {
    expect(reminders.find((r) => r.obligationId === id && r.slot === slot)?.at).toBe(at);
  });
  test('no reminders for obligations without a date; a custom schedule is honoured', () => {
    expect(reminders.some((r) => r.obligationId === 'MO/consumer-notice')).toBe(false);
    const only = reminderSchedule(plan, calendar, ['2-hours-before']);
    expect(new Set(only.map((r) => r.slot))).toEqual(new Set(['2-hours-before']));
  });
});

describe('actions due', () => {
  test('a reminder is taken once, at its time, and not for a filed obligation', () => {
    const s = planned();
    expect(S.takeDueActions(s, t('2026-11-24T13:59:00Z'))).toEqual([]);
    const a = S.takeDueActions(s, t('2026-11-24T14:00:00Z'));
    expect(a.map((x) => [x.kind, about(x)])).toEqual([['reminder', 'NH/regulator-notice']]);
    expect(S.takeDueActions(s, t('2026-11-24T14:00:00Z'))).toEqual([]);
    S.applyObligationCompleted(s, { obligationId: 'NH/regulator-notice', completedAt: '2026-11-24T15:00:00Z', completedBy: 'x' }, t('2026-11-24T15:00:00Z'), 'test');
    const later = S.takeDueActions(s, t('2026-11-25T14:00:00Z'));
    expect(later.some((x) => about(x) === 'NH/regulator-notice')).toBe(false);
  });

  test('reminders already past when the plan is made are skipped, not sent late', () => {
    const s = planned(incident, {}, t('2026-11-26T12:00:00Z'));
    const a = S.takeDueActions(s, t('2026-11-26T12:00:00Z'));
    expect(a).toEqual([]);
  });

  test('the ladder: owner + first contact at once, one rung per interval, stops at the top', () => {
    const s = planned();
    const due = t('2026-12-01T05:59:59.999Z'); // MO deadline, end of Mon 30 Nov CST
    S.takeDueActions(s, due - 1); // drain reminders
    const r0 = S.takeDueActions(s, due + 1).filter((x) => x.kind === 'escalation' && about(x) === 'MO/regulator-notice');
    expect(r0).toHaveLength(1);
    expect(r0[0].email.to).toEqual(['privacy.officer@show-me-mutual.example', 'general.counsel@show-me-mutual.example']);
    expect(s.status.overdue).toContain('MO/regulator-notice');
    expect(S.takeDueActions(s, due + 4 * 3_600_000 - 10)).toEqual([]);
    const r1 = S.takeDueActions(s, due + 4 * 3_600_000 + 1).filter((x) => about(x) === 'MO/regulator-notice');
    expect(r1.map((x) => x.kind === 'escalation' && x.rung)).toEqual([1]);
    expect(r1[0].email.to).toHaveLength(3);
    expect(S.takeDueActions(s, due + 48 * 3_600_000).filter((x) => about(x) === 'MO/regulator-notice')).toEqual([]);
    expect(s.status.obligations.find((o) => o.id === 'MO/regulator-notice')!.escalationRung).toBe(1);
  });

  test('a configured interval is used', () => {
    const s = planned({ ...incident, notifications: { escalationIntervalHours: 1 } });
    const due = t('2026-12-01T05:59:59.999Z');
    S.takeDueActions(s, due + 1);
    expect(S.takeDueActions(s, due + 3_600_000 + 2).some((x) => x.kind === 'escalation' && x.rung === 1)).toBe(true);
  });

  test('consumer notices and other undated duties never escalate', () => {
    const s = planned();
    const all = S.takeDueActions(s, t('2027-06-01T00:00:00Z'));
    expect(all.every((x) => !about(x).endsWith('consumer-notice'))).toBe(true);
  });
});

describe('messages', () => {
  test('duplicate deliveries change nothing and ask for no re-plan', () => {
    const s = planned();
    const m = { state: 'MO' as const, scheduledFor: '2026-12-04T18:00:00Z' };
    expect(S.applyConsumerNoticeScheduled(s, m, 0, 'signal')).toEqual({ ok: true, replan: true });
    expect(S.applyConsumerNoticeScheduled(s, m, 0, 'signal')).toEqual({ ok: true, replan: false });
    const d = { obligationId: 'NH/producer-notice', dueAt: '2026-12-10T17:00:00-05:00' };
    expect(S.applyRegulatorDirective(s, d, 0, 'signal')).toEqual({ ok: true, replan: true });
    expect(S.applyRegulatorDirective(s, d, 0, 'signal')).toEqual({ ok: true, replan: false });
    expect(s.status.events.filter((e) => e.type === 'consumerNoticeScheduled')).toHaveLength(1);
  });

  test('a count after filing opens a supplement (RSMo 375.1410.2(9)); the same count again changes nothing', () => {
    const s = planned();
    S.applyObligationCompleted(s, { obligationId: 'MO/regulator-notice', completedAt: '2026-11-25T15:00:00Z', completedBy: 'x' }, t('2026-11-25T15:00:00Z'), 'test');
    S.applyObligationCompleted(s, { obligationId: 'MO/regulator-update', completedAt: '2026-11-25T15:00:00Z', completedBy: 'x' }, t('2026-11-25T15:00:00Z'), 'test');
    expect(S.applyResidentsUpdate(s, { state: 'MO', count: 1900, asOf: '2026-11-26T00:00:00Z' }, t('2026-11-26T00:00:00Z'), 'test')).toEqual({ ok: true, replan: true });
    const update = s.status.obligations.find((o) => o.id === 'MO/regulator-update')!;
    expect(update.state).toBe('pending');
    expect(update.note).toContain('1840 to 1900');
    expect(S.applyResidentsUpdate(s, { state: 'MO', count: 1900, asOf: '2026-11-27T00:00:00Z' }, t('2026-11-27T00:00:00Z'), 'test')).toEqual({ ok: true, replan: false });
  });

  test('an unknown obligation is refused with its field named', () => {
    const s = planned();
    const r = S.applyObligationCompleted(s, { obligationId: 'TX/regulator-notice', completedAt: '2026-11-25T15:00:00Z', completedBy: 'x' }, 0, 'test');
    expect(r).toEqual({ ok: false, problem: { path: 'obligationId', message: 'TX/regulator-notice is not an obligation of this incident' } });
    expect(S.applyRegulatorDirective(s, { obligationId: 'TX/producer-notice', dueAt: '2026-12-01T00:00:00Z' }, 0, 'test').ok).toBe(false);
  });

  test('close: refused while a dated obligation is owed, unless overridden', () => {
    const s = planned();
    expect(S.applyClose(s, { closedAt: '2026-11-24T00:00:00Z', reason: 'x' }, 0, 'test')).toEqual(expect.objectContaining({ ok: false }));
    expect(S.applyClose(s, { closedAt: '2026-11-24T00:00:00Z', reason: 'x', override: true }, 0, 'test')).toEqual({ ok: true, replan: false });
    expect(s.status.phase).toBe('closed');
    // RSMo 375.1407.4: closing does not end the record-retention clock; the next wake is its 30-day notice.
    const retention = s.status.obligations.filter((o) => o.kind === 'record-retention').map((o) => Date.parse(o.dueAt!));
    expect(S.nextWakeAt(s)).toBe(new Date(Math.min(...retention) - 30 * 86_400_000).toISOString());
    expect(S.isActive(s)).toBe(true);
    expect(S.closeBlockers(s).filter((id) => id.includes('record-retention'))).toEqual([]);
  });

  test('RSMo 375.1407.4: retention notices 30 days before and at the end; then the incident is done', () => {
    const s = planned();
    S.applyClose(s, { closedAt: '2026-11-24T00:00:00Z', reason: 'x', override: true }, t('2026-11-24T00:00:00Z'), 'test');
    const mo = s.status.obligations.find((o) => o.id === 'MO/record-retention')!;
    const before = S.takeDueActions(s, Date.parse(mo.dueAt!) - 29 * 86_400_000);
    expect(before.map((a) => a.email.subject)).toEqual(['MO/record-retention: minimum retention period ends in 30 days (Fri 23 Nov 2029) — INC-2026-0042 Credential-stuffing attack on the agent portal']);
    expect(S.takeDueActions(s, Date.parse(mo.dueAt!) - 28 * 86_400_000)).toEqual([]);
    const ended = S.takeDueActions(s, Date.parse(mo.dueAt!) + 1);
    expect(ended.map((a) => a.email.subject)).toEqual([expect.stringContaining('MO/record-retention: minimum retention period ended (Fri 23 Nov 2029)')]);
    expect(s.status.obligations.find((o) => o.id === 'MO/record-retention')!.state).toBe('done');
    expect(s.status.overdue).toEqual([]);
    for (const o of s.status.obligations.filter((x) => x.kind === 'record-retention')) S.takeDueActions(s, Date.parse(o.dueAt!) + 1);
    expect(S.isActive(s)).toBe(false);
  });

  test('RSMo 375.1410.1: a directive later than the statutory date is refused, naming the section and its limit', () => {
    const s = planned();
    const mo = s.status.obligations.find((o) => o.id === 'MO/regulator-notice')!;
    const r = S.applyRegulatorDirective(s, { obligationId: 'MO/regulator-notice', dueAt: '2026-12-31T17:00:00-06:00' }, 0, 'signal');
    expect(r).toEqual({ ok: false, problem: { path: 'dueAt', message: `MO/regulator-notice is due no later than ${mo.dueAt} under RSMo 375.1410.1; a directive may set a date the law leaves open or bring it earlier, never later` } });
    expect(S.applyRegulatorDirective(s, { obligationId: 'MO/regulator-notice', dueAt: '2026-11-25T17:00:00-06:00' }, 0, 'signal').ok).toBe(true);
    // After an earlier directive, the limit is still the statute's date, not the directed one.
    s.status.obligations.find((o) => o.id === 'MO/regulator-notice')!.statutoryDueAt = mo.dueAt;
    s.status.obligations.find((o) => o.id === 'MO/regulator-notice')!.dueAt = '2026-11-25T17:00:00.000-06:00';
    expect(S.applyRegulatorDirective(s, { obligationId: 'MO/regulator-notice', dueAt: '2026-11-27T17:00:00-06:00' }, 0, 'signal').ok).toBe(true);
  });

  test('RSA 420-P:6 VI: a directive may set the date the law leaves "as directed"', () => {
    const s = planned({ ...incident, producersOfRecord: true });
    expect(S.applyRegulatorDirective(s, { obligationId: 'NH/producer-notice', dueAt: '2027-03-01T17:00:00-05:00' }, 0, 'signal').ok).toBe(true);
  });

  test('a re-plan after an escalation never re-sends what was sent (residentsUpdate after OVERDUE)', () => {
    const s = planned();
    const late = t('2026-12-01T07:00:00Z');
    const first = S.takeDueActions(s, late);
    expect(first.filter((a) => a.kind === 'escalation').map((a) => a.obligationId).sort()).toEqual(['MO/regulator-notice', 'MO/regulator-notice-bulletin', 'NH/regulator-notice']);
    for (let i = 0; i < 3; i++) {
      S.applyResidentsUpdate(s, { state: 'MO', count: 1900 + i, asOf: '2026-12-01T07:00:00Z' }, late, 'test');
      const inc = s.incident;
      const plan = planIncident(inc, calendar, s.facts);
      S.applyPlan(s, { plan, reminders: reminderSchedule(plan, calendar) }, late + 1);
      expect(S.takeDueActions(s, late + 2).filter((a) => a.kind === 'escalation' && a.rung === 0)).toEqual([]);
    }
    expect(s.status.overdue.sort()).toEqual(['MO/regulator-notice', 'MO/regulator-notice-bulletin', 'NH/regulator-notice']);
  });

  test('a reminder that fell due just before a re-plan (same deadline) is still sent, not swallowed', () => {
    const s = planned();
    const due = t('2026-11-25T15:00:00Z'); // MO 2-business-days-before, 09:00 Chicago
    S.applyResidentsUpdate(s, { state: 'MO', count: 1900, asOf: '2026-11-25T15:00:00Z' }, due + 1000, 'test');
    const plan = planIncident(s.incident, calendar, s.facts);
    S.applyPlan(s, { plan, reminders: reminderSchedule(plan, calendar) }, due + 1000);
    const sent = S.takeDueActions(s, due + 2000).filter((a) => a.kind === 'reminder').map((a) => `${about(a)} ${a.kind === 'reminder' ? a.key.split('|')[1] : ''}`);
    expect(sent).toContain('MO/regulator-notice 2-business-days-before');
  });


  test('next wake-up is the earliest reminder, deadline or rung', () => {
    const s = planned();
    expect(s.status.nextWakeAt).toBe('2026-11-24T14:00:00.000Z');
    expect(S.summaryLine(s)).toBe('NH commissioner notice due Fri 27 Nov');
    S.applyObligationCompleted(s, { obligationId: 'NH/regulator-notice', completedAt: '2026-11-24T15:00:00Z', completedBy: 'x' }, t('2026-11-24T15:00:00Z'), 'test');
    S.takeDueActions(s, t('2026-12-01T07:00:00Z'));
    expect(S.summaryLine(s)).toBe('no dated deadline ahead; 2 overdue');
  });

  test('a permanent delivery failure is escalated once per address', () => {
    const s = planned();
    const email = { to: ['privacy.officer@show-me-mutual.example'], subject: 's', text: 't', messageId: '<m>' };
    const first = S.recordDeliveryFailure(s, email, '550', 0);
    expect(first?.to).toEqual(['general.counsel@show-me-mutual.example', 'ciso@show-me-mutual.example']);
    expect(S.recordDeliveryFailure(s, email, '550', 0)).toBeNull();
  });
});

describe('news that makes sense in time; nothing recorded after close', () => {
  test('a filing dated before its clock started is refused, naming the field (no supplement dated before the event)', () => {
    const s = planned();
    const r = S.messageRefusal(s, 'obligationCompleted', { obligationId: 'MO/regulator-notice', completedAt: '2025-12-20T10:00:00-06:00', completedBy: 'x' });
    expect(r).toEqual({ path: 'completedAt', message: '2025-12-20T10:00:00-06:00 is before its clock started (2026-11-23T16:15:00.000Z)' });
    expect(S.messageRefusal(s, 'obligationCompleted', { obligationId: 'MO/regulator-notice', completedAt: '2026-11-24T10:00:00-06:00', completedBy: 'x' })).toBeNull();
    expect(S.messageRefusal(s, 'closeIncident', { closedAt: '2020-01-01T00:00:00Z', reason: 'x' })).toMatchObject({ path: 'closedAt', message: expect.stringMatching(/is before the incident began/) });
  });
  test('a message to a closed incident says it is closed', () => {
    const s = planned();
    S.applyClose(s, { closedAt: '2026-11-24T00:00:00Z', reason: 'x', override: true }, t('2026-11-24T00:00:00Z'), 'test');
    expect(S.messageRefusal(s, 'residentsUpdate', { state: 'MO', count: 1, asOf: '2026-11-24T00:00:00Z' })).toEqual({ path: 'incidentId', message: `${s.status.incidentId} is closed; news is no longer recorded (its records are kept)` });
    expect(S.messageRefusal(s, 'closeIncident', { closedAt: '2026-11-24T00:00:00Z', reason: 'again' })).toBeNull();
  });
});

describe('the opening email of an incident already overdue says so', () => {
  test('a deadline already past when the incident opens is flagged in the subject and beside it', () => {
    const { openingSummary } = require('../../domain/incident/email');
    const s = planned();
    const late = openingSummary(s.status, 'o@example.com', t('2026-11-28T12:00:00Z'));
    expect(late.subject).toBe('3 deadline(s) running, first due Fri 27 Nov, 11:59 pm EST, 1 ALREADY PAST DUE — INC-2026-0042 Credential-stuffing attack on the agent portal'); // NH's Fri 27 Nov has passed; MO's Mon 30 Nov has not
    expect(late.text).toMatch(/\(NH\/regulator-notice\)[^\n]*\n {2}due Fri 27 Nov 2026, 11:59 pm EST \(New Hampshire\)[^\n]*\n {2}ALREADY PAST DUE when breachclock opened the incident \(overdue by 7 hours\)/);
    const onTime = openingSummary(s.status, 'o@example.com', t('2026-11-23T17:00:00Z'));
    expect(onTime.subject).not.toContain('PAST DUE');
    expect(onTime.text).not.toContain('PAST DUE');
  });
});
