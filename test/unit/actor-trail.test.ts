/**
 * Who acted, as pure decisions: the sender taken out of the message onto the audit event, the filing's
 * recorder in the notice draft, and the CLI's configured identity (client/cli-actor.ts).
 */
import { cliActor } from '../../client/cli-actor';
import type { Actor } from '../../domain/incident/actor';
import type { Incident } from '../../domain/incident/incident';
import { parseMessageOf } from '../../domain/incident/messages';
import * as S from '../../domain/incident/state';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';
import { buildReport } from '../../domain/rules/report';
import { reportMarkdown } from '../../reports/render';

const calendar = new BusinessCalendar();
const incident: Incident = require('../../examples/incident-mo-nh.json');
const now = Date.parse('2026-11-24T16:00:00Z');
const dana: Actor = { subject: 'dana@example.com', displayName: 'Dana Reyes', authenticatedBy: 'oidc', role: 'responder' };

function planned(): S.IncidentState {
  const state = S.newState(incident);
  const plan = planIncident(incident, calendar, {});
  S.applyPlan(state, { plan, reminders: reminderSchedule(plan, calendar) }, Date.parse('2026-11-23T16:15:00Z'));
  return state;
}
const filing = { obligationId: 'NH/regulator-notice', completedAt: '2026-11-24T10:00:00-05:00', completedBy: 'the privacy office' };

test('the actor travels in the message and lands on the audit event, beside the free-text "completed by"', () => {
  const s = planned();
  const m = parseMessageOf('obligationCompleted', { ...filing, actor: dana });
  expect(m.ok).toBe(true);
  expect(S.applyMessage(s, 'obligationCompleted', m.ok ? m.value : (undefined as never), now, 'update')).toMatchObject({ ok: true });
  const e = s.status.events.at(-1)!;
  expect(e).toMatchObject({ actor: 'update', by: dana, type: 'obligationCompleted', detail: expect.stringContaining('by the privacy office') });
  // Not a field of the obligation or the incident: only the event and the filing carry it.
  expect(JSON.stringify(s.status.obligations)).not.toContain('Dana Reyes');
  expect(JSON.stringify(s.incident)).not.toContain('Dana Reyes');
});

test('a message without an actor (recorded before actors) is taken, its event names no one', () => {
  const s = planned();
  const m = parseMessageOf('obligationCompleted', filing);
  expect(S.applyMessage(s, 'obligationCompleted', m.ok ? m.value : (undefined as never), now, 'signal')).toMatchObject({ ok: true });
  expect(s.status.events.at(-1)!.by).toBeUndefined();
  expect(s.status.events.at(-1)!.actor).toBe('signal');
});

test('a malformed actor is refused by the schema, naming the field', () => {
  const m = parseMessageOf('obligationCompleted', { ...filing, actor: { ...dana, role: 'owner' } });
  expect(m.ok ? [] : m.problems.map((p) => p.path)).toEqual(['actor.role']);
});

test('the notice draft says who recorded each filing', () => {
  const s = planned();
  const m = parseMessageOf('obligationCompleted', { ...filing, actor: dana });
  S.applyMessage(s, 'obligationCompleted', m.ok ? m.value : (undefined as never), now, 'update');
  const doc = buildReport(S.reportSource(s), '2026-11-25T12:00:00Z');
  const nh = doc.drafts.find((d) => d.jurisdiction === 'NH' && d.previousFilings.length)!;
  expect(nh.previousFilings[0].recordedBy).toBe('Dana Reyes <dana@example.com>, oidc');
  expect(reportMarkdown(doc)).toContain('recorded by Dana Reyes \\<dana@example.com\\>, oidc');
});

describe("the CLI's configured identity (not verified by breachclock)", () => {
  test('"Name <email>": the address is the subject', () => {
    expect(cliActor('Dana Reyes <Dana@Example.com>', {})).toEqual({ subject: 'dana@example.com', displayName: 'Dana Reyes', authenticatedBy: 'cli-configured', role: 'admin' });
  });
  test('--as wins over BREACHCLOCK_ACTOR; a bare name is both; the OS user without either', () => {
    expect(cliActor(undefined, { BREACHCLOCK_ACTOR: 'ops-bot' })).toMatchObject({ subject: 'ops-bot', displayName: 'ops-bot' });
    expect(cliActor('Ravi <ravi@example.com>', { BREACHCLOCK_ACTOR: 'ops-bot' }).subject).toBe('ravi@example.com');
    expect(cliActor(undefined, {}).subject).toBe(require('node:os').userInfo().username);
  });
});
