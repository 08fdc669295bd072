/** No consumer nonpublic information enters breachclock (RSMo 375.1410.2): free text is checked. */
import { parseIncident, parseWith } from '../../domain/incident';
import { ObligationCompleted } from '../../domain/messages';
import { nonpublicInformationIn } from '../../domain/npi';

test.each([
  ['SSN 123-45-6789 exposed', 'a Social Security number'],
  ['ssn: 123456789', 'a Social Security number'],
  ['card 4111 1111 1111 1111 leaked', 'a payment card number'],
  ['4111-1111-1111-1111', 'a payment card number'],
  ['5500005555555559', 'a payment card number'],
])('flags %j as %s', (text, what) => {
  expect(nonpublicInformationIn(text)).toBe(what);
});

test.each([
  'Credential-stuffing attack on the agent portal',
  'DCI reference 2026-118-0042',
  'filed 2026-11-27 10:00, ticket 123456789',
  'policy 4111 1111 1111 1112 (fails the Luhn check)',
  'phone 573-751-4126',
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
