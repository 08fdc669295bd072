/**
 * An incident touching every covered state at once (issue: "many states at once"): one regulator notice per state on
 * its own clock and zone, the opening email grouped by due date and undated duties by state, and the notice drafts
 * one section per regulator with an index first.
 */
import type { Incident } from '../../domain/incident/incident';
import * as S from '../../domain/incident/state';
import { openingSummary } from '../../domain/incident/email';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { coverage } from '../../domain/rules/coverage';
import { followUpTargets } from '../../domain/rules/follow-up-schedule';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';
import { buildReport } from '../../domain/rules/report';
import { reportHtml, reportMarkdown } from '../../reports/render';
import { planTable } from '../../client/plan-format';
import { exampleIncident } from '../helpers/fixtures';

const calendar = new BusinessCalendar();
const covered = [...coverage().full, ...coverage().regulatorNoticeOnly];
// examples/incident-national.json: every covered state (300 residents each), and TX and MI, which are not.
const incident: Incident = exampleIncident('incident-national.json');
const NOW = Date.parse('2026-11-23T17:00:00Z');

function planned(): S.IncidentState {
  const state = S.newState(incident);
  const plan = planIncident(incident, calendar, {});
  S.applyPlan(state, { plan, reminders: reminderSchedule(plan, calendar), followUps: followUpTargets(incident, plan, calendar) }, NOW);
  return state;
}

test(`every covered state (${covered.length}) gets its own regulator notice, in its regulator's zone; the others are uncovered`, () => {
  const plan = planIncident(incident, calendar, {});
  expect(covered.length).toBeGreaterThanOrEqual(14);
  for (const s of covered) expect([s, !!plan.obligations.find((o) => o.id === `${s}/regulator-notice`)]).toEqual([s, true]);
  expect(plan.obligations.find((o) => o.id === 'AK/regulator-notice')!.dueAt).toMatch(/-09:00$/); // Alaska time
  expect(plan.obligations.find((o) => o.id === 'NY/regulator-notice')!.dueAt).toBe('2026-11-26T11:15:00.000-05:00'); // 72 hours
  expect(plan.uncovered.map((u) => u.state)).toEqual(['MI', 'TX']);
});

test('the opening email groups dated deadlines by day, in due order, and undated duties by state', () => {
  const state = planned();
  const mail = openingSummary(state.status, 'owner@continental.example', NOW);
  const dated = state.status.obligations.filter((o) => o.dueAt && o.kind !== 'record-retention' && o.kind !== 'regulator-notice-bulletin');
  const days = new Set(dated.map((o) => o.dueAt!.slice(0, 10)));
  const legal = mail.text.slice(mail.text.indexOf('With a legal deadline:'), mail.text.indexOf('Owed, with no date in law yet:'));
  const headings = legal.split('\n').filter((l) => /^\w{3} \d{1,2} \w{3} \d{4} \(\d+\):$/.test(l));
  expect(headings.length).toBe(days.size);
  expect(headings.reduce((n, h) => n + Number(/\((\d+)\):$/.exec(h)![1]), 0)).toBe(dated.length);
  // Every dated obligation appears once, under its day.
  for (const o of dated) expect([o.id, legal.split(`(${o.id})`).length - 1]).toEqual([o.id, 1]);
  const undated = mail.text.slice(mail.text.indexOf('Owed, with no date in law yet:'));
  for (const name of ['Alabama', 'Iowa', 'Missouri', 'New York']) expect(undated).toMatch(new RegExp(`^${name} \\(\\d+\\):$`, 'm'));
  expect(mail.subject).toMatch(/^\d+ deadline\(s\) running, first due /);
  expect(mail.calendar!.length).toBeGreaterThanOrEqual(covered.length);
});

test('the drafts: an index of regulators by due date, then one section per regulator', () => {
  const doc = buildReport(S.reportSource(planned()), '2026-11-24T00:00:00Z');
  const regulatorDrafts = doc.drafts.filter((d) => d.obligationId.endsWith('/regulator-notice'));
  expect(regulatorDrafts.map((d) => d.jurisdiction).sort()).toEqual([...covered].sort());
  const md = reportMarkdown(doc);
  expect(md).toContain(`## ${doc.drafts.length} notices drafted, by due date`);
  expect(md.match(/^## [A-Z]{2}: /gm)!.length).toBe(doc.drafts.length);
  const dues = doc.drafts.map((d) => (d.dueAt ? Date.parse(d.dueAt) : Infinity));
  expect(dues).toEqual([...dues].sort((a, b) => a - b));
  const html = reportHtml(doc);
  for (const d of doc.drafts) expect(html).toContain(`href="#draft-${d.obligationId.replace('/', '-')}"`);
});

test.each([80, 120, 200])('the plan table for every covered state fits %i columns: no line is wider', (width) => {
  const text = planTable(planIncident(incident, calendar, {}), width);
  const over = text.split('\n').filter((l) => l.length > width);
  expect(over).toEqual([]);
  // The table itself never wraps: from its header to the first blank line, no continuation lines.
  const lines = text.split('\n');
  const table = lines.slice(lines.findIndex((l) => l.startsWith('DUE')), lines.indexOf('', lines.findIndex((l) => l.startsWith('DUE'))));
  expect(table.filter((l) => /^\s/.test(l))).toEqual([]);
  // Each regulator notice keeps its own row, with its due time and citation readable.
  for (const s of covered) expect(text).toMatch(new RegExp(`^\\S.* ${s}/regulator-notice `, 'm'));
});

test('every regulator zone the rules count in is the zone the emails, console and timeline speak in', () => {
  const { STATE_ZONES } = require('../../domain/incident/time-words');
  const { NOTICE_JURISDICTIONS } = require('../../domain/rules/jurisdictions');
  for (const [state, j] of Object.entries(NOTICE_JURISDICTIONS) as Array<[string, { holidays: { timeZone: string } }]>) {
    expect([state, j.holidays.timeZone]).toEqual([state, STATE_ZONES[state]]);
  }
});
