/**
 * The incident's state stays bounded whatever the traffic (issue 23), and side work that fails shows without
 * holding anything back: pure functions of domain/incident/state (effects.ts, state.ts record).
 */
import * as S from '../../domain/incident/state';
import { exampleIncident } from '../helpers/fixtures';

const state = () => S.newState(exampleIncident());
const email = { to: ['o@example.com'], subject: 's', text: 't', messageId: '<m@breachclock>' };

describe('the audit trail', () => {
  test('a refusal repeated within the last 20 entries is counted, not kept again; another entry between keeps it merging', () => {
    const s = state();
    for (let i = 0; i < 1000; i++) S.record(s, i, 'signal', 'rejected', 'residentsUpdate: count: must not be negative');
    S.record(s, 2000, 'signal', 'residentsUpdate', 'MO best estimate 3');
    S.record(s, 3000, 'signal', 'rejected', 'residentsUpdate: count: must not be negative');
    expect(s.status.events).toHaveLength(2);
    expect(s.status.events[0]).toMatchObject({ count: 1001, at: new Date(0).toISOString(), lastAt: new Date(3000).toISOString() });
  });
  test('accepted news is never merged (each is its own entry); each detail is capped', () => {
    const s = state();
    S.record(s, 0, 'update', 'obligationCompleted', 'x');
    S.record(s, 1, 'update', 'obligationCompleted', 'x');
    S.record(s, 2, 'update', 'note', 'y'.repeat(5000));
    expect(s.status.events).toHaveLength(3);
    expect(s.status.events[2].detail).toHaveLength(S.AUDIT_DETAIL_MAX);
  });
  test('past 400 entries the oldest 200 are due as a page; once written they leave the state, counted', () => {
    const s = state();
    for (let i = 0; i < 401; i++) S.record(s, i, 'update', 'obligationCompleted', `entry ${i}`);
    const page = S.auditPageDue(s)!;
    expect([page.page, page.events.length, page.events[0].detail]).toEqual([1, 200, 'entry 0']);
    S.auditPageExported(s, page.page, page.events.length);
    expect([s.status.events.length, s.status.eventsPagedOut, s.status.events[0].detail, S.auditPageDue(s)]).toEqual([201, 200, 'entry 200', null]);
  });
  test('the status query shows the newest 400 entries while pages cannot be written', () => {
    const s = state();
    for (let i = 0; i < 1000; i++) S.record(s, i, 'update', 'obligationCompleted', `entry ${i}`);
    const view = S.statusView(s);
    expect([view.events.length, view.eventsNotShown, view.events[399].detail]).toEqual([400, 600, 'entry 999']);
    expect(s.status.events).toHaveLength(1000); // nothing recorded is lost
  });
});

describe('side work that fails', () => {
  test('a failing record store is recorded and emailed once per streak; success clears it and says so', () => {
    const s = state();
    const first = S.exportFailed(s, 'record version 1', 'ENOSPC', 0);
    const again = S.exportFailed(s, 'record version 1', 'ENOSPC', 600_000);
    expect(first.alert?.subject).toMatch(/^ACTION NEEDED: breachclock cannot write the incident record/);
    expect(again.alert).toBeUndefined();
    expect(again.pauseMs).toBeGreaterThan(first.pauseMs);
    expect(s.status.effectProblems).toEqual([expect.objectContaining({ effect: 'records', attempts: 2 })]);
    S.exportSucceeded(s, 1, 700_000);
    expect(s.status.effectProblems).toBeUndefined();
    expect(s.status.events.map((e) => e.type)).toEqual(['recordExportFailed', 'recordExported', 'recordExportRecovered']);
  });
  test('an email that keeps failing pauses 10 minutes doubling to 6 hours, and is given up after 72 hours', () => {
    const s = state();
    const item = S.enqueueEmail(s, email, 'emailSent', 'opening summary');
    const pauses = [0, 1, 2, 3, 4, 5, 6].map((h) => S.emailDelayed(s, item, '421', h * 3_600_000));
    expect(pauses.slice(0, 4)).toEqual([600_000, 1_200_000, 2_400_000, 4_800_000]);
    expect(S.retryPauseMs(20)).toBe(6 * 3_600_000);
    expect(S.emailDelayed(s, item, '421', 72 * 3_600_000)).toBeNull();
    expect(s.status.events.filter((e) => e.type === 'emailDelayed')).toHaveLength(1);
    S.emailDropped(s, item);
    expect(s.outbox).toEqual([]);
  });
  test('a sent email leaves the outbox and is recorded with its Message-ID; the mail problem clears', () => {
    const s = state();
    const item = S.enqueueEmail(s, email, 'reminderSent', 'reminder 1-business-day-before for NH/regulator-notice');
    S.emailDelayed(s, item, '421', 0);
    S.emailSent(s, item, 1000);
    expect(s.outbox).toEqual([]);
    expect(s.status.effectProblems).toBeUndefined();
    expect(s.status.events.map((e) => e.detail)).toContain('reminder 1-business-day-before for NH/regulator-notice: <m@breachclock> to 1 recipient(s)');
  });
});
