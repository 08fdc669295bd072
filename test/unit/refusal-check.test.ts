/**
 * One pure refusal check (domain/incident/state/refusals.ts `refusalOf`): the update validator parses a message
 * once and runs this alone, with no copy of the state. It must refuse exactly what applying would refuse, with the
 * same field and words, and change nothing.
 */
import { parseMessageOf, type MessageMap, type MessageName } from '../../domain/incident/messages';
import * as S from '../../domain/incident/state';
import { person, plannedState, STATE_NOW } from '../helpers/sample-status';

const now = STATE_NOW;
const dana = person('dana@example.com', 'responder');
const ravi = person('ravi@example.com', 'approver');
const vic = person('vic@example.com', 'viewer');

const planned = (): S.IncidentState => plannedState();
const parsed = <N extends MessageName>(name: N, m: Record<string, unknown>): MessageMap[N] => {
  const r = parseMessageOf(name, m);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const close = { closedAt: '2026-11-23T16:10:00Z', reason: 'contained' };
const moDue = () => planned().status.obligations.find((o) => o.id === 'MO/regulator-notice')!.dueAt!;
/** A state with an override close pending (P1), asked by dana. */
const withPending = () => {
  const s = planned();
  S.applyMessage(s, 'closeIncident', parsed('closeIncident', { ...close, override: true, actor: dana }), now, 'update');
  return s;
};

const withCompromiseFrom = () => {
  const s = planned();
  S.applyMessage(s, 'eventDetailsUpdate', parsed('eventDetailsUpdate', { compromisedFrom: '2026-11-20T00:00:00Z', actor: dana }), now, 'update');
  return s;
};

const CASES: Array<[string, () => S.IncidentState, MessageName, Record<string, unknown>]> = [
  ['RSMo 375.1410.1: a filing of an obligation the plan has', planned, 'obligationCompleted', { obligationId: 'MO/regulator-notice', completedAt: '2026-11-23T16:00:00Z', completedBy: 'x', actor: dana }],
  ['an obligation the incident does not have', planned, 'obligationCompleted', { obligationId: 'TX/regulator-notice', completedAt: '2026-11-23T16:00:00Z', completedBy: 'x', actor: dana }],
  ['a filing dated before its clock started', planned, 'obligationCompleted', { obligationId: 'MO/regulator-notice', completedAt: '2020-01-01T00:00:00Z', completedBy: 'x', actor: dana }],
  ['a viewer sending news', planned, 'residentsUpdate', { state: 'MO', count: 3, asOf: '2026-11-23T16:00:00Z', actor: vic }],
  ['a close while notices are owed, no override', planned, 'closeIncident', { ...close, actor: dana }],
  ['an override close while owed (held for a second sign-off)', planned, 'closeIncident', { ...close, override: true, actor: dana }],
  ['an override close that names nobody', planned, 'closeIncident', { ...close, override: true }],
  ['a directive later than the law (RSMo 375.1410.1 "in no event later than")', planned, 'regulatorDirective', { obligationId: 'MO/regulator-notice', dueAt: '2027-06-01T12:00:00Z', actor: dana }],
  ['a directive earlier than the law (held for a second sign-off)', planned, 'regulatorDirective', { obligationId: 'MO/regulator-notice', dueAt: '2026-11-24T12:00:00Z', actor: dana }],
  ['a directive for an obligation the incident does not have', planned, 'regulatorDirective', { obligationId: 'TX/regulator-notice', dueAt: '2026-11-24T12:00:00Z', actor: dana }],
  ['event details ending before they began (with what was recorded)', withCompromiseFrom, 'eventDetailsUpdate', { compromisedUntil: '2026-11-19T00:00:00Z', actor: dana }],
  ['event details in order', withCompromiseFrom, 'eventDetailsUpdate', { compromisedUntil: '2026-11-21T00:00:00Z', actor: dana }],
  ['a follow-up the incident does not track', planned, 'followUpCompleted', { followUpId: 'risk-reassessment', completedAt: '2026-11-23T16:00:00Z', completedBy: 'x', outcome: 'y', actor: dana }],
  ['a provider notice naming no provider', planned, 'thirdPartyNotice', { notifiedLicenseeAt: '2026-11-23T16:00:00Z', actor: dana }],
  ['approving your own request', withPending, 'approveChange', { pendingId: 'P1', actor: dana }],
  ['approving as an approver', withPending, 'approveChange', { pendingId: 'P1', actor: ravi }],
  ['approving a change that does not exist', withPending, 'approveChange', { pendingId: 'P9', actor: ravi }],
  ['withdrawing your own request', withPending, 'rejectChange', { pendingId: 'P1', reason: 'not yet', actor: dana }],
  ['a viewer rejecting', withPending, 'rejectChange', { pendingId: 'P1', reason: 'no', actor: vic }],
];

test.each(CASES)('%s: the check refuses exactly what applying refuses, and changes nothing', (_what, state, name, raw) => {
  const m = parsed(name, raw);
  const s = state();
  const before = JSON.stringify(s);
  const checked = S.refusalOf(s, name, m, now, 'update');
  expect(JSON.stringify(s)).toBe(before);
  const unsigned = S.unsignedRefusal(s, name, m as Record<string, unknown>);
  const applied = unsigned ? { ok: false as const, problem: unsigned } : S.applyMessage(s, name, m, now, 'update');
  expect(checked).toEqual(applied.ok ? null : applied.problem);
});

test('the table reaches both answers for every message it names, and a directive earlier than the law is not refused', () => {
  const answers = new Map<MessageName, Set<boolean>>();
  for (const [, state, name, raw] of CASES) answers.set(name, (answers.get(name) ?? new Set()).add(S.refusalOf(state(), name, parsed(name, raw), now, 'update') === null));
  expect([...answers.values()].filter((a) => a.size === 2).length).toBeGreaterThanOrEqual(5);
  expect(Date.parse('2026-11-24T12:00:00Z')).toBeLessThanOrEqual(Date.parse(moDue()));
});
