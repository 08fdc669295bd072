/**
 * Four eyes as pure decisions (domain/incident/state/four-eyes.ts): an override close and a directive wait as
 * pending changes; only someone else with the approver or admin role applies them.
 */
import type { Actor } from '../../domain/incident/actor';
import { parseMessageOf, type MessageMap, type MessageName } from '../../domain/incident/messages';
import * as S from '../../domain/incident/state';
import { MO_NH, person, plannedState, STATE_NOW } from '../helpers/sample-status';

const incident = MO_NH;
const now = STATE_NOW;
const dana = person('dana@example.com', 'responder');
const ravi = person('ravi@example.com', 'approver');
const vic = person('vic@example.com', 'viewer');
const rosa = person('rosa@example.com', 'responder');
const ada = person('ada@example.com', 'admin');

const planned = (): S.IncidentState => plannedState();
function send<N extends MessageName>(state: S.IncidentState, name: N, m: Record<string, unknown>, by?: Actor): S.Applied {
  const parsed = parseMessageOf(name, by ? { ...m, actor: by } : m);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return S.applyMessage(state, name, parsed.value as MessageMap[N], now, 'update');
}
const close = { closedAt: '2026-11-23T16:10:00Z', reason: 'contained; counsel advises', override: true };

describe('an override close while notices are owed', () => {
  test('is held as pending, recorded with who asked, and the escalation list is emailed', () => {
    const s = planned();
    const r = send(s, 'closeIncident', close, dana);
    expect(r).toMatchObject({ ok: true, replan: false });
    expect(s.status.phase).toBe('open');
    expect(s.status.pendingChanges).toEqual([expect.objectContaining({ id: 'P1', message: 'closeIncident', state: 'pending', requestedBy: dana })]);
    expect(s.status.events.at(-1)).toMatchObject({ type: 'changeRequested', by: dana });
    const emails = r.ok ? (r.emails ?? []) : [];
    expect(emails.map((e) => e.email.to)).toEqual([incident.contacts.escalation]);
    expect(emails[0].email.subject).toContain('Second sign-off needed (P1)');
    expect(emails[0].email.text).not.toContain('counsel advises');
    // The same request again is the same pending change.
    expect(send(s, 'closeIncident', close, dana)).toEqual({ ok: true, replan: false });
    expect(s.status.pendingChanges).toHaveLength(1);
  });

  test('the same person approving is refused with a field error', () => {
    const s = planned();
    send(s, 'closeIncident', close, ada);
    expect(send(s, 'approveChange', { pendingId: 'P1' }, ada)).toEqual({ ok: false, problem: { path: 'actor', message: expect.stringContaining('must come from someone else') } });
    expect(s.status.phase).toBe('open');
  });

  test.each([
    ['a viewer', vic],
    ['a responder', rosa],
  ])('%s approving is refused', (_who, actor) => {
    const s = planned();
    send(s, 'closeIncident', close, dana);
    const r = send(s, 'approveChange', { pendingId: 'P1' }, actor);
    expect(r).toEqual({ ok: false, problem: { path: 'actor', message: expect.stringContaining('may not approve') } });
    expect(s.status.pendingChanges![0].state).toBe('pending');
  });

  test('an approver other than who asked applies it; the close is recorded as the requester asked it, the approval by the approver', () => {
    const s = planned();
    send(s, 'closeIncident', close, dana);
    expect(send(s, 'approveChange', { pendingId: 'P1', note: 'agreed with counsel' }, ravi)).toMatchObject({ ok: true });
    expect(s.status.phase).toBe('closed');
    expect(s.status.pendingChanges![0]).toMatchObject({ state: 'approved', decidedBy: ravi, note: 'agreed with counsel' });
    const closeEvent = s.status.events.find((e) => e.type === 'closeIncident')!;
    expect(closeEvent.by).toEqual(dana);
    expect(closeEvent.detail).toContain('closed with override');
    expect(s.status.events.find((e) => e.type === 'changeApproved')!.by).toEqual(ravi);
    // Decided once: approving again by someone else is refused.
    expect(send(s, 'approveChange', { pendingId: 'P1' }, ada)).toMatchObject({ ok: false });
  });

  test('a viewer cannot ask for anything; a rejection leaves the incident as it was', () => {
    const s = planned();
    expect(send(s, 'closeIncident', close, vic)).toEqual({ ok: false, problem: { path: 'actor', message: expect.stringContaining('may not record news') } });
    send(s, 'closeIncident', close, dana);
    expect(send(s, 'rejectChange', { pendingId: 'P1', reason: 'the NH notice is due tomorrow' }, rosa)).toMatchObject({ ok: false, problem: { path: 'actor' } });
    expect(send(s, 'rejectChange', { pendingId: 'P1', reason: 'the NH notice is due tomorrow' }, ravi)).toMatchObject({ ok: true });
    expect(s.status.phase).toBe('open');
    expect(s.status.pendingChanges![0]).toMatchObject({ state: 'rejected', decidedBy: ravi });
    expect(send(s, 'approveChange', { pendingId: 'P1' }, ada)).toMatchObject({ ok: false, problem: { path: 'pendingId' } });
  });

  test('an unknown pending id names the field', () => {
    expect(send(planned(), 'approveChange', { pendingId: 'P9' }, ravi)).toEqual({ ok: false, problem: { path: 'pendingId', message: 'P9 is not a change of this incident' } });
  });

  test('a close with nothing owed needs no second sign-off', () => {
    const s = planned();
    for (const o of s.status.obligations) if (o.state === 'pending') o.state = 'done';
    delete s.status.followUps;
    expect(send(s, 'closeIncident', close, dana)).toMatchObject({ ok: true });
    expect(s.status.phase).toBe('closed');
    expect(s.status.pendingChanges).toBeUndefined();
  });

  test('without an actor (histories from before actors) the close applies at once, and the doors that can refuse do', () => {
    const s = planned();
    expect(S.unsignedRefusal(s, 'closeIncident', close)).toEqual({ path: 'actor', message: expect.stringContaining('needs a second sign-off') });
    expect(S.unsignedRefusal(s, 'obligationCompleted', { obligationId: 'MO/regulator-notice', completedAt: '2026-11-23T16:00:00Z', completedBy: 'x' })).toBeNull();
    expect(send(s, 'closeIncident', close)).toMatchObject({ ok: true });
    expect(s.status.phase).toBe('closed');
    expect(s.status.events.at(-1)).toMatchObject({ type: 'closeIncident', actor: 'update' });
    expect(s.status.events.at(-1)!.by).toBeUndefined();
  });
});

describe('a regulator directive that moves a date', () => {
  const directive = { obligationId: 'NH/regulator-notice', dueAt: '2026-11-24T17:00:00-05:00' };

  test('waits for a second sign-off, then sets the date and asks for a new plan', () => {
    const s = planned();
    expect(send(s, 'regulatorDirective', directive, dana)).toMatchObject({ ok: true, replan: false });
    expect(s.facts.regulatorDirectives).toBeUndefined();
    expect(send(s, 'approveChange', { pendingId: 'P1' }, ada)).toEqual({ ok: true, replan: true });
    expect(s.facts.regulatorDirectives?.['NH/regulator-notice']?.dueAt).toBe(directive.dueAt);
  });

  test('one still waiting when the incident closes is closed with it, never applied', () => {
    const s = planned();
    send(s, 'regulatorDirective', directive, dana);
    send(s, 'closeIncident', close, dana);
    send(s, 'approveChange', { pendingId: 'P2' }, ravi);
    expect(s.status.phase).toBe('closed');
    expect(s.status.pendingChanges![0]).toMatchObject({ state: 'rejected', note: 'the incident closed first' });
    expect(send(s, 'approveChange', { pendingId: 'P1' }, ravi)).toMatchObject({ ok: false });
    expect(s.facts.regulatorDirectives).toBeUndefined();
  });

  test('a directive the law does not allow is refused at once, never held', () => {
    const s = planned();
    const r = send(s, 'regulatorDirective', { ...directive, dueAt: '2027-03-01T17:00:00-05:00' }, dana);
    expect(r).toMatchObject({ ok: false, problem: { path: 'dueAt' } });
    expect(s.status.pendingChanges).toBeUndefined();
  });
});
