/** No consumer nonpublic information enters breachclock (RSMo 375.1410.2): free text is checked. */
import { parseIncident, parseWith } from '../../domain/incident/incident';
import { ObligationCompleted } from '../../domain/incident/messages';
import { nonpublicInformationIn } from '../../domain/incident/npi';

test.each([
  ['SSN 123-45-6789 exposed', 'a Social Security number'],
  ['ssn: 123456789', 'a Social Security number'],
  ['card 4111 1111 1111 1111 leaked', 'a payment card number'],
  ['4111-1111-1111-1111', 'a payment card number'],
  ['5500005555555559', 'a payment card number'],
  // Widened screen (RSMo 407.1500.1(9); RSMo 375.1402 and RSA 420-P:3 nonpublic information).
  ['member J. Doe 078051120', 'a Social Security number'],
  ['078.05.1120', 'a Social Security number'],
  ['078/05/1120', 'a Social Security number'],
  ['\uff10\uff17\uff18-\uff10\uff15-\uff11\uff11\uff12\uff10', 'a Social Security number'],
  ['\u0660\u0667\u0668-\u0660\u0665-\u0661\u0661\u0662\u0660', 'a Social Security number'],
  ['078-05\u200b-1120', 'a Social Security number'],
  ['ITIN 912-70-1234', 'a Social Security number'],
  ['912-70-1234', 'an individual taxpayer identification number'],
  ['4111.1111.1111.1111', 'a payment card number'],
  ['4111/1111/1111/1111', 'a payment card number'],
  ['account number 00123456789', 'a account number'],
  ['routing # 021000021', 'a routing number'],
  ["driver's license M1234567", "a driver's license number"],
  ['passport no. X12345678', 'a passport number'],
])('flags %j as %s', (text, what) => {
  expect(nonpublicInformationIn(text)).toBe(what);
});

test.each([
  'Credential-stuffing attack on the agent portal',
  'DCI reference 2026-118-0042',
  'filed 2026-11-27 10:00, ticket 123456789',
  'policy 4111 1111 1111 1112 (fails the Luhn check)',
  'phone 573-751-4126',
  'policy HO-2026-00412 and claim CLM-88812',
  'claim number 123456789',
  'policy 078051120',
  'NAIC 12345, FEIN 43-1234567',
  'filed on 2026/11/27 at 10:00',
  'affected 1,840 Missouri residents',
  'DCI-2026-118 acknowledged',
])('lets ordinary text through: %j', (text) => {
  expect(nonpublicInformationIn(text)).toBeNull();
});

test('an incident title with an SSN is refused, naming the field and the reason', () => {
  const incident = { ...require('../../examples/incident-mo-nh.json'), title: 'Breach of J. Doe 078-05-1120' };
  const r = parseIncident(incident);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.problems).toEqual([{ path: 'title', message: 'looks like a Social Security number: consumer nonpublic information must not enter breachclock (RSMo 375.1410.2)' }]);
  }
});

test('a message note with a card number is refused', () => {
  const r = parseWith(ObligationCompleted, {
    obligationId: 'MO/regulator-notice', completedAt: '2026-11-27T10:00:00-06:00', completedBy: 'x', note: 'card 4111111111111111',
  });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problems[0].path).toBe('note');
});

test.each([
  ['title', 'Breach\u001b[2J of portal', 'must be one line without control characters or bidirectional overrides'],
  ['title', 'Portal \u202eevil', 'must be one line without control characters or bidirectional overrides'],
  ['title', 'two\nlines', 'must be one line without control characters or bidirectional overrides'],
])('free text refuses control characters and bidi overrides (%s %j)', (field, value, message) => {
  const r = parseIncident({ ...require('../../examples/incident-mo-nh.json'), [field]: value });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problems).toEqual([{ path: field, message }]);
});

test('multi-line fields keep newlines, still refuse escapes', () => {
  const ok = parseWith(ObligationCompleted, { obligationId: 'MO/regulator-notice', completedAt: '2026-11-27T10:00:00-06:00', completedBy: 'x', note: 'line one\nline two' });
  expect(ok.ok).toBe(true);
  const bad = parseWith(ObligationCompleted, { obligationId: 'MO/regulator-notice', completedAt: '2026-11-27T10:00:00-06:00', completedBy: 'x', note: 'x\u0007' });
  expect(bad.ok).toBe(false);
});

test.each(['123-45-6789', '4111111111111111', 'a.b', '..', 'INC/1'])('the incident ID %j is refused (shape or nonpublic information)', (incidentId) => {
  const r = parseIncident({ ...require('../../examples/incident-mo-nh.json'), incidentId });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problems[0].path).toBe('incidentId');
});
