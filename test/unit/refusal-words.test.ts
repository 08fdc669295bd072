/**
 * Refusals speak to people (issue #27 item 7): a field left empty "is required" (never "must be text"), dates in
 * words (no ISO instant), and each problem linked to its input in the console form, which names it (aria-describedby).
 */
import { FORM_FIELDS, formPayload, messageForm, problemSummary, INCIDENT_FIELDS, incidentFormFields } from '../../client/console/forms';
import { IncidentService } from '../../application/incidents';
import { LOCAL_ADMIN } from '../../domain/incident/actor';
import { parseIncident } from '../../domain/incident/incident';
import { parseMessageOf } from '../../domain/incident/messages';
import type { IncidentStatus } from '../../domain/incident/status';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const example = () => JSON.parse(readFileSync(path.join(__dirname, '../../examples/incident-mo-nh.json'), 'utf8')) as Record<string, unknown>;

test('an empty form field is required, whatever its type', () => {
  const payload = formPayload(FORM_FIELDS.obligationCompleted, { obligationId: 'MO/regulator-notice', completedAt: '2026-11-25T09:00', completedBy: '   ', _zone: 'America/Chicago' });
  const r = parseMessageOf('obligationCompleted', payload);
  expect(r.ok ? [] : r.problems).toEqual([{ path: 'completedBy', message: 'is required' }]);
  const incident = example();
  delete incident.title;
  delete (incident.licensee as Record<string, unknown>).name;
  const open = parseIncident(incident);
  expect(open.ok ? [] : open.problems).toEqual([{ path: 'title', message: 'is required' }, { path: 'licensee.name', message: 'is required' }]);
  // Text where text belongs still says what is wrong with it.
  const wrong = parseMessageOf('obligationCompleted', { ...payload, completedBy: 42 });
  expect(wrong.ok ? [] : wrong.problems).toEqual([{ path: 'completedBy', message: 'must be text' }]);
});

test('a refusal names dates in words: a determination in the future, at either door', async () => {
  const service = new IncidentService({ client: () => Promise.reject(new Error('refused before any server')), taskQueue: 'breachclock', now: () => Date.parse('2026-11-23T17:00:00Z') });
  const r = await service.open(LOCAL_ADMIN, { ...example(), determinedAt: '2026-11-24T10:15:00-06:00' });
  expect(r).toMatchObject({ ok: false, kind: 'invalid' });
  const [p] = r.ok ? [] : r.problems;
  expect(p).toEqual({ path: 'determinedAt', message: 'Tue 24 Nov 2026, 10:15 am CST is in the future (it is now Mon 23 Nov 2026, 11:00 am CST): a date on which something happened cannot be later than now' });
  expect(JSON.stringify(r)).not.toMatch(ISO);
});

const status = { incidentId: 'INC-1', title: 't', phase: 'open', obligations: [], notApplicable: [], uncovered: [], nextWakeAt: null, overdue: [], events: [], runIds: [] } as unknown as IncidentStatus;

/** Every summary link points at an element of the form, and that element is described by the problem's text. */
function expectLinked(page: string, problems: number) {
  const links = [...page.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]);
  expect(links).toHaveLength(problems);
  for (const id of links) {
    const el = new RegExp(`<(?:input|select|textarea|fieldset|form)[^>]* id="${id.replace(/[.]/g, '\\.')}"[^>]*>`).exec(page);
    expect({ id, found: !!el }).toEqual({ id, found: true });
    const describedBy = /aria-describedby="([^"]+)"/.exec(el![0])?.[1];
    if (!el![0].startsWith('<form')) {
      expect({ id, describedBy }).toEqual({ id, describedBy: `${id}-problem` });
      expect(page).toContain(`id="${describedBy}"`);
    }
  }
}

test('a message form: each problem linked to its input, which names the problem', () => {
  const problems = [
    { path: 'completedBy', message: 'is required' },
    { path: 'completedAt', message: 'must be between the years 2000 and 2100' },
    { path: 'incidentId', message: 'INC-1 is closed; news is no longer recorded (its records are kept)' },
  ];
  const page = problemSummary('obligationCompleted', FORM_FIELDS.obligationCompleted, problems).html + messageForm(status, 'obligationCompleted', 'c', [], { values: {}, problems }).html;
  expectLinked(page, 3);
  expect(page).toContain('aria-invalid="true"');
});

test('the open form: a problem inside a row is linked to that row\'s input', () => {
  const problems = [
    { path: 'thirdParty.provider', message: 'is required' },
    { path: 'noHarmDetermination.MO.madeAt', message: 'must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T10:15:00-06:00' },
    { path: 'contacts.escalation', message: 'must be a list' },
  ].filter((p) => INCIDENT_FIELDS.some((f) => p.path === f.name || p.path.startsWith(`${f.name}.`)));
  expect(problems.length).toBeGreaterThanOrEqual(2);
  const page = problemSummary('incident', INCIDENT_FIELDS, problems).html + incidentFormFields(INCIDENT_FIELDS, { values: {}, problems }).html;
  expectLinked(page, problems.length);
});
