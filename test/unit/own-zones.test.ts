/**
 * Every date in its own state's clock (issue #27 item 6): an obligation's in its regulator's zone, labelled; the
 * incident's own dates (close-out targets, entries about no one obligation) in the licensee's home state's; the
 * forms default to the licensee's zone and say so. A Missouri licensee whose first deadline is New Hampshire's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { incidentBody } from '../../client/console/incident-page';
import { zoneChoices } from '../../client/console/forms';
import { timelineSvg } from '../../client/console/timeline';
import { followUpNotice, openingSummary } from '../../domain/incident/email';
import type { FollowUpStatus } from '../../domain/incident/follow-ups';
import type { IncidentStatus } from '../../domain/incident/status';
import { humanTimeAsWritten, instantsInWords, jurisdictionIn, writtenInStateOf } from '../../domain/incident/time-words';
import * as S from '../../domain/incident/state';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { followUpTargets } from '../../domain/rules/follow-up-schedule';
import { planIncident } from '../../domain/rules/planner';
import { reminderSchedule } from '../../domain/rules/reminders';
import { buildReport } from '../../domain/rules/report';
import { reportMarkdown } from '../../reports/render';
import { sampleObligation } from '../helpers/sample-status';

const obligation = sampleObligation;

const followUp: FollowUpStatus = {
  id: 'risk-reassessment', title: 'Risk reassessment', citation: '20 CSR 100-6.110(5)', wording: 'reassesses', feeds: 'internalReview',
  state: 'open', owner: 'owner@example.com', target: { at: '2026-12-23T17:00:00.000-06:00', source: 'company target' }, pastTarget: false,
  remindersSent: 0, completedAt: null,
};

function status(licenseeState?: string): IncidentStatus {
  return {
    incidentId: 'INC-2026-0042', title: 'Claims portal', phase: 'open', ...(licenseeState ? { licenseeState } : {}),
    // New Hampshire's notice is due first, so it leads the list: the page must not read Missouri's dates on its clock.
    obligations: [
      obligation({ id: 'NH/regulator-notice', jurisdiction: 'NH', recipient: 'New Hampshire Insurance Commissioner', citation: 'RSA 420-P:6, I', clockStartsAt: '2026-11-23T11:15:00.000-05:00', dueAt: '2026-11-27T23:59:59.999-05:00' }),
      obligation({ state: 'done', completedAt: '2026-11-25T15:00:00.000Z', completedBy: 'privacy officer', clockStartsAt: '2026-11-23T09:00:00.000-06:00' }),
    ],
    notApplicable: [], uncovered: [], nextWakeAt: null, overdue: [], runIds: [], followUps: [followUp],
    events: [
      { at: '2026-11-23T16:15:00.000Z', actor: 'breachclock', type: 'planned', detail: '2 obligations' },
      { at: '2026-11-25T15:00:00.000Z', actor: 'update', type: 'obligationCompleted', detail: 'MO/regulator-notice done at 2026-11-25T15:00:00.000Z by privacy officer' },
      { at: '2026-11-25T15:05:00.000Z', actor: 'signal', type: 'rejected', detail: 'closeIncident: closedAt: 2026-11-24T10:00:00-05:00 is before the incident began (2026-11-23T16:15:00.000Z)' },
    ],
  } as IncidentStatus;
}

const NOW = Date.parse('2026-11-26T12:00:00Z');
const page = (s: IncidentStatus) => incidentBody(s, NOW, 'csrf').html;
const cell = (htmlText: string, marker: string) => htmlText.slice(htmlText.indexOf(marker)).split('</tr>')[0];

test('a Missouri close-out target reads on Missouri\'s clock, labelled, though New Hampshire\'s deadline comes first', () => {
  for (const s of [status('MO'), status()]) {
    const row = cell(page(s), 'data-follow-up="risk-reassessment"');
    expect(row).toContain('Wed 23 Dec 2026, 5:00 pm CST (Missouri)');
    expect(row).not.toContain('New Hampshire');
  }
});

test('each obligation\'s dates on its own regulator\'s clock, labelled', () => {
  const html = page(status('MO'));
  expect(cell(html, 'data-obligation="NH/regulator-notice"')).toContain('Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)');
  const mo = cell(html, 'data-obligation="MO/regulator-notice"');
  expect(mo).toContain('Mon 30 Nov 2026, 11:59 pm CST (Missouri)');
  expect(mo).toContain('Wed 25 Nov 2026, 9:00 am CST (Missouri)'); // filed
});

test('audit rows: an entry about an obligation in its state\'s zone, the others in the licensee\'s; no ISO instant shown', () => {
  const html = page(status('MO'));
  const trail = html.slice(html.indexOf('id="events"'));
  expect(trail).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  expect(trail).toContain('MO/regulator-notice done at Wed 25 Nov 2026, 9:00 am CST (Missouri) by privacy officer');
  expect(trail).toContain('is before the incident began (Mon 23 Nov 2026, 10:15 am CST (Missouri))');
  expect(trail).not.toContain('New Hampshire');
  // The Granite State licensee of the same incident reads its own entries on Eastern time.
  const nh = page(status('NH'));
  expect(nh.slice(nh.indexOf('id="events"'))).toContain('Mon 23 Nov 2026, 11:15 am EST (New Hampshire)');
});

test('the forms default to the licensee\'s zone and say whose it is', () => {
  const [first] = zoneChoices(['NH', 'MO'], 'MO');
  expect(first.value).toBe('America/Chicago');
  expect(first.label).toContain("the licensee's home state MO");
  expect(page(status('MO'))).toMatch(/<option value="America\/Chicago" selected>[^<]*the licensee&#39;s home state MO/);
});

test('the timeline: the clock start on the clock of the obligation it starts, reminders on the obligation\'s', () => {
  const s = status('MO');
  s.events.push({ at: '2026-11-26T15:00:00.000Z', actor: 'breachclock', type: 'reminderSent', detail: 'reminder 1-business-day-before for NH/regulator-notice' });
  const svg = timelineSvg(s, NOW, 'MO');
  expect(svg).toContain('clock starts · Mon 23 Nov, 9:00 am CST');
  expect(svg).toContain('now · Thu 26 Nov, 6:00 am CST');
  expect(svg).toContain('<title>reminder Thu 26 Nov 2026, 10:00 am EST (New Hampshire)</title>');
});

test('emails read a close-out target on the licensee\'s clock', () => {
  const s = status();
  expect(followUpNotice(s, followUp, '3-days-before', ['owner@example.com']).text).toContain('Company target Wed 23 Dec 2026, 5:00 pm CST (Missouri)');
  expect(openingSummary(s, 'owner@example.com').text).toContain('target Wed 23 Dec 2026, 5:00 pm CST (Missouri)');
});

test('words for instants', () => {
  expect(humanTimeAsWritten('2026-11-23T10:15:00-06:00')).toBe('Mon 23 Nov 2026, 10:15 am CST');
  expect(humanTimeAsWritten('2027-07-01T10:15:00-05:00')).toBe('Thu 1 Jul 2027, 10:15 am CDT');
  expect(humanTimeAsWritten('2026-11-23T16:15:00Z')).toBe('Mon 23 Nov 2026, 4:15 pm UTC');
  expect(instantsInWords('due 2026-11-30T23:59:59.999-06:00 as directed', 'MO')).toBe('due Mon 30 Nov 2026, 11:59 pm CST (Missouri) as directed');
  expect(instantsInWords('must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T10:15:00-06:00')).toBe('must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T10:15:00-06:00');
  expect(jurisdictionIn('reminder due-day-09:00 for NH/regulator-notice')).toBe('NH');
  expect(jurisdictionIn('2 obligations')).toBeUndefined();
  expect(writtenInStateOf('2026-12-23T17:00:00.000-06:00', ['NH', 'MO'])).toBe('MO');
});

describe('the notice drafts: a close-out target on the clock it was set on', () => {
  test.each([
    ['incident-mo-nh.json', 'Missouri', 'CST'],
    ['incident-third-party-nh.json', 'New Hampshire', 'EST'],
  ])('%s: targets read in the licensee\'s home state (%s)', (file, state, abbr) => {
    const calendar = new BusinessCalendar();
    const incident = JSON.parse(readFileSync(path.join(__dirname, '../../examples', file), 'utf8'));
    const s = S.newState(incident);
    const plan = planIncident(incident, calendar, {});
    S.applyPlan(s, { plan, reminders: reminderSchedule(plan, calendar), followUps: followUpTargets(incident, plan, calendar) }, Date.parse(incident.determinedAt));
    const doc = buildReport(S.reportSource(s), '2026-11-24T00:00:00Z');
    const md = reportMarkdown(doc);
    const rows = md.split('\n').filter((l) => l.startsWith('| Risk reassessment'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(`5:00 pm ${abbr} (${state})`);
  });
});
