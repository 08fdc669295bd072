/**
 * In a running incident, recording `<ST>/consumer-notice` as completed starts the clocks that run from the consumer
 * notice (issue 26, item 3): Iowa Code § 715C.2(8), the consumer-protection division within five business days.
 */
import * as S from '../../domain/incident/state';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';
import { exampleIncident } from '../helpers/fixtures';

const calendar = new BusinessCalendar();
const replan = (s: S.IncidentState) => {
  const plan = planIncident(s.incident, calendar, s.facts);
  return { plan, reminders: reminderSchedule(plan, calendar) };
};

test('Iowa Code § 715C.2(8): IA/consumer-notice completed Tue 1 Dec 2026 dates the division notice five business days later', () => {
  const s = S.newState({ ...exampleIncident(), residents: { MO: 10, IA: 600 } });
  S.applyPlan(s, replan(s), Date.parse('2026-11-23T18:00:00Z'));
  const before = s.status.obligations.find((o) => o.id === 'IA/attorney-general-notice');
  expect(before?.dueAt ?? null).toBeNull();
  const r = S.applyObligationCompleted(s, { obligationId: 'IA/consumer-notice', completedAt: '2026-12-01T10:00:00-06:00', completedBy: 'privacy officer' }, Date.parse('2026-12-01T16:30:00Z'), 'update');
  expect(r).toEqual({ ok: true, replan: true });
  expect(s.facts.consumerNoticeGivenAt).toEqual({ IA: '2026-12-01T10:00:00-06:00' });
  S.applyPlan(s, replan(s), Date.parse('2026-12-01T16:31:00Z'));
  expect(s.status.obligations.find((o) => o.id === 'IA/attorney-general-notice')!.dueAt).toBe('2026-12-08T23:59:59.999-06:00');
  // The same completion again changes nothing and asks for no re-plan.
  expect(S.applyObligationCompleted(s, { obligationId: 'IA/consumer-notice', completedAt: '2026-12-01T10:00:00-06:00', completedBy: 'privacy officer' }, Date.parse('2026-12-01T17:00:00Z'), 'update')).toEqual({ ok: true, replan: false });
});
