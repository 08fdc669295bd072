/** The HTML email (issue #27): a table of the deadlines it is about, soonest first, before anything else. */
import { openingSummary, overdueNotice } from '../../domain/incident/email';
import type { IncidentStatus } from '../../domain/incident/status';
import { emailHtml } from '../../reports/email-html';
import { sampleObligation } from '../helpers/sample-status';

const obligation = sampleObligation;

const status = {
  incidentId: 'INC-2026-0042', title: 'Claims portal <script>', phase: 'open', licenseeState: 'MO',
  obligations: [
    obligation({}),
    obligation({ id: 'NH/regulator-notice', jurisdiction: 'NH', recipient: 'New Hampshire Insurance Commissioner & Co <b>', citation: 'RSA 420-P:6, I', dueAt: '2026-11-27T23:59:59.999-05:00', dueRule: '3 business days' }),
    obligation({ id: 'MO/producer-notice', kind: 'producer-notice', recipient: 'producers of record', dueAt: null, dueRule: 'no later than the consumer notice' }),
  ],
  notApplicable: [], uncovered: [], nextWakeAt: null, overdue: [], events: [], runIds: [],
} as unknown as IncidentStatus;

const body = (html: string) => html.slice(html.indexOf('<body'), html.indexOf('</body>'));
const cells = (row: string) => [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));

test('the opening email: the deadlines table comes first, soonest first, each on its regulator\'s clock', () => {
  const m = openingSummary(status, 'owner@example.com', Date.parse('2026-11-28T12:00:00Z'));
  const html = emailHtml(m.text, 'http://localhost:3000/incidents/INC-2026-0042', m.deadlines);
  const b = body(html);
  expect(b.replace(/^<body[^>]*>\s*/, '')).toMatch(/^<table id="deadlines"/);
  expect(b.indexOf('<table')).toBeLessThan(b.indexOf('<p'));
  const rows = [...b.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].slice(1).map((r) => cells(r[1]));
  expect(rows.map((r) => r[0])).toEqual(['OVERDUE: Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)', 'Mon 30 Nov 2026, 11:59 pm CST (Missouri)']);
  expect(rows[0][2]).toBe('New Hampshire Insurance Commissioner &amp; Co &lt;b&gt;');
  expect(rows[1][1]).toBe('MO Director of Commerce and Insurance notice (MO/regulator-notice)');
  expect(rows[1][3]).toBe('4 business days after determination; RSMo 375.1410.1');
  expect(html).not.toContain('<script>');
});

test('an overdue notice: its one deadline, marked overdue, first', () => {
  const m = overdueNotice(status, status.obligations[1], 0, ['owner@example.com']);
  const b = body(emailHtml(m.text, undefined, m.deadlines));
  expect(b).toMatch(/^<body[^>]*>\s*<table id="deadlines"/);
  expect(b).toContain('<tr class="overdue">');
  expect(b).toContain('OVERDUE: Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)');
});

test('an email without deadlines has no table', () => {
  expect(emailHtml('just words')).not.toContain('<table');
});
