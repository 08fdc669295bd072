/** No consumer nonpublic information enters breachclock (RSMo 375.1410.2): free text is checked. */
import { parseIncident, parseWith } from '../../domain/incident/incident';
import { FollowUpPlanned, ObligationCompleted } from '../../domain/incident/messages';
import { nonpublicInformationIn } from '../../domain/incident/npi';

const SSN = 'a Social Security number';
const ITIN = 'an individual taxpayer identification number';
const CARD = 'a payment card number';
const NPI = (what: string) => `looks like ${what}: consumer nonpublic information must not enter breachclock (RSMo 375.1410.2)`;
const ONE_LINE = (cp: string) => `must be one line of visible text: no control, line-separator or invisible formatting characters, no bidirectional overrides (found ${cp})`;
/** `text`'s ASCII digits written in the decimal digit set whose zero is `zero`. */
const inScript = (zero: number, text: string) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
const example = () => require('../../examples/incident-mo-nh.json');

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
  ['title', 'Breach\u001b[2J of portal', ONE_LINE('U+001B')],
  ['title', 'Portal \u202eevil', ONE_LINE('U+202E')],
  ['title', 'two\nlines', ONE_LINE('U+000A')],
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

/**
 * The security probe's gaps, one row per sample: [case, text, what it looks like or null for let through].
 * SSNs are screened strictly; a card hit needs a plausible card (network range and length, or a card's grouping).
 */
test.each<[string, string, string | null]>([
  ['SSN, mixed separators', '123-45.6789', SSN],
  ['SSN, repeated separators with spaces', '123 - 45 - 6789', SSN],
  ['SSN, doubled dashes', '123--45--6789', SSN],
  ['SSN, en dashes', '123\u201345\u20136789', SSN],
  ['SSN, em dashes', '123\u201445\u20146789', SSN],
  ['SSN, minus signs', '123\u221245\u22126789', SSN],
  ['SSN, underscores', '123_45_6789', SSN],
  ['SSN, colons', '123:45:6789', SSN],
  ['SSN, commas', '123,45,6789', SSN],
  ['SSN, commas and spaces', 'member 123, 45, 6789', SSN],
  ['SSN, across lines', 'x\n123\n45\n6789', SSN],
  ['SSN, variation selector inside', '123\ufe0f-45-6789', SSN],
  ['SSN, supplementary variation selector inside', '12\u{e0100}3-45-6789', SSN],
  ['SSN, combining marks inside', '1\u03012\u03083-45-6789', SSN],
  ['SSN, tag characters inside', '123-4\u{e0035}5-67\u{e0020}89', SSN],
  ['SSN, zero-width space inside', '078-05\u200b-1120', SSN],
  ['SSN, left-to-right mark inside', '078\u200e-05-1120', SSN],
  ['SSN, word joiner inside a bare number', '07805\u20601120', SSN],
  ['SSN, Adlam digits', inScript(0x1e950, '123-45-6789'), SSN],
  ['SSN, Limbu digits', inScript(0x1946, '123-45-6789'), SSN],
  ['SSN, Balinese digits', inScript(0x1b50, '123-45-6789'), SSN],
  ['SSN, Kawi digits (Unicode 15)', inScript(0x11f50, '123456789'), SSN],
  ['SSN, Tai Tham digits (the second of two adjoining sets)', inScript(0x1a90, '123-45-6789'), SSN],
  ['SSN, mathematical monospace digits', inScript(0x1d7f6, '123-45-6789'), SSN],
  ['SSN, scripts mixed', `${inScript(0x0966, '123')}-${inScript(0x0e50, '45')}-${inScript(0x1e950, '6789')}`, SSN],
  ['SSN, glued to its label', 'SSN123-45-6789', SSN],
  ['SSN, glued to letters', 'abc123-45-6789', SSN],
  ['SSN, letters glued after', 'see 123-45-6789abc', SSN],
  ['SSN, bare, glued to its label', 'SSN123456789', SSN],
  ['SSN, bare, label and underscore', 'ssn_078051120', SSN],
  ['SSN, bare, "ss#" and a space', 'ss# 078051120', SSN],
  ['SSN, bare, a word merely ending like a label', 'casino 078051120', SSN],
  ['ITIN, en dashes', '912\u201370\u20131234', ITIN],
  ['card, double spaces', '4111  1111  1111  1111', CARD],
  ['card, underscores', '4111_1111_1111_1111', CARD],
  ['card, dashes in odd groups', '4111-11111111-1111', CARD],
  ['card, doubled dashes', '4111--1111--1111--1111', CARD],
  ['card, pairs of digits', '41 11 11 11 11 11 11 11', CARD],
  ['card, en dashes', '4111\u20131111\u20131111\u20131111', CARD],
  ['card, zero-width spaces', '4111\u200b1111\u200b1111\u200b1111', CARD],
  ['card, Arabic-Indic digits', inScript(0x0660, '4111111111111111'), CARD],
  ['card, American Express 4-6-5', '3782 822463 10005', CARD],
  ['card, Diners Club 4-6-4', '3056 930902 5904', CARD],
  ['card, Mastercard 2-series', '2223000048400011', CARD],
  ['card, JCB', '3530111333300000', CARD],
  ['card, Discover at 19 digits', '6011111111111111110', CARD],
  ['card, Visa at 13 digits', 'card 4111111111119', CARD],
  ['card, no known network but printed 4-4-4-4', '1234 5678 9012 3452', CARD],
  ['card, after a year', 'ref 2026 4111 1111 1111 1111', CARD],
  ['card, after a country code but longer than any phone number', '+1 4111 1111 1111 1111', CARD],
  ['identifier, OPS1796616565-0123 as quoted (fails the Luhn check)', 'OPS1796616565-0123', null],
  ['identifier, its Luhn-valid twin glued to letters', 'OPS1796616565-0121', null],
  ['identifier, Luhn-valid, no network, odd grouping', '1796616565-0121', null],
  ['identifier, Luhn-valid, no network, contiguous', 'tracking 1234567890123452', null],
  ['identifier, Diners Club range glued to letters', 'OPS3056930902-5904', null],
  ['identifier, Visa range glued to letters', 'INV4111111111111111', null],
  ['card, Visa range at a length Visa never issues (15)', '411111111111116', null],
  ['card, American Express range at 16 digits', '3400000000000000', null],
  ['card, fails the Luhn check', 'policy 4111 1111 1111 1112', null],
  ['phone, German mobile of 13 Luhn-valid digits starting with 4', 'call +49 151 23456787', null],
  ['phone, US number', 'call (573) 751-4126 or 573-751-4126', null],
  ['SSN, ZIP+4 is not one', 'Jefferson City, MO 65101-1234', null],
  ['SSN, a never-issued area', '000-12-3456', null],
  ['SSN, labelled ticket with a 9-digit body', 'ticket 123456789', null],
  ['SSN, labelled claim number', 'claim number: 123456789', null],
  ['SSN, case number after "#"', 'case #123456789', null],
  ['SSN, policy reference glued to its prefix', 'POL123456789', null],
  ['SSN, date-times and clock times', 'from 2026-11-27T10:00:00-06:00 to 11:30, 3 hours', null],
])('%s: %j → %s', (_case, text, what) => {
  expect(nonpublicInformationIn(text)).toBe(what);
});

test('the screen stays fast on hostile text (no catastrophic backtracking)', () => {
  const hostile = ['account' + ' '.repeat(3990) + '!', '1 '.repeat(2000), '4111-'.repeat(800), '123 - '.repeat(660), '9'.repeat(4000)];
  const start = Date.now();
  for (const text of hostile) nonpublicInformationIn(text);
  expect(Date.now() - start).toBeLessThan(1000); // the labelled-ID pattern once took 80 s on the first
});

test.each<[string, (incident: any) => void, string]>([
  ['contacts.owner', (i) => (i.contacts.owner = '123-45-6789@example.com'), NPI(SSN)],
  ['contacts.escalation.0', (i) => (i.contacts.escalation = ['4111111111111111@x.example']), NPI(CARD)],
  ['eventDetails.contactPerson.email', (i) => (i.eventDetails = { contactPerson: { name: 'J. Roe', email: '078051120@example.com' } }), NPI(SSN)],
  ['eventDetails.contactPerson.phone', (i) => (i.eventDetails = { contactPerson: { name: 'J. Roe', phone: '123-45-6789' } }), NPI(SSN)],
  ['eventDetails.contactPerson.phone', (i) => (i.eventDetails = { contactPerson: { name: 'J. Roe', phone: '612 345 678' } }), NPI(SSN)],
  ['eventDetails.contactPerson.phone', (i) => (i.eventDetails = { contactPerson: { name: 'J. Roe', phone: '4111 1111 1111 1111' } }), NPI(CARD)],
  ['title', (i) => (i.title = 'Portal\u200bbreach'), ONE_LINE('U+200B')],
  ['title', (i) => (i.title = 'Portal \u200ebreach'), ONE_LINE('U+200E')],
  ['title', (i) => (i.title = 'Portal\u2028breach'), ONE_LINE('U+2028')],
  ['licensee.name', (i) => (i.licensee.name = 'Acme\u2029Mutual'), ONE_LINE('U+2029')],
  ['eventDetails.agencyNotices.0.reference', (i) => (i.eventDetails = { agencyNotices: [{ agency: 'DCI', notifiedAt: '2026-11-24T10:00:00-06:00', reference: 'DCI\u{e0041}1' }] }), ONE_LINE('U+E0041')],
  ['eventDetails.exposure', (i) => (i.eventDetails = { exposure: 'a list held\n078-05\u200b-1120' }), NPI(SSN)],
  ['incidentId', (i) => (i.incidentId = 'INC_078051120'), NPI(SSN)],
])('the incident refuses %s, naming it', (path, change, message) => {
  const incident = structuredClone(example());
  change(incident);
  const r = parseIncident(incident);
  expect(r.ok ? [] : r.problems).toEqual([{ path, message }]);
});

test.each<[string, (incident: any) => void]>([
  ['a plain address and a US phone', (i) => (i.eventDetails = { contactPerson: { name: 'J. Roe', email: 'jane.doe+2026@example.com', phone: '(573) 751-4126' } })],
  ['an international phone', (i) => (i.eventDetails = { contactPerson: { name: 'J. Roe', phone: '+49 151 23456787' } })],
  ['an operations reference as the incident ID', (i) => (i.incidentId = 'OPS1796616565-0121')],
])('the incident accepts %s', (_case, change) => {
  const incident = structuredClone(example());
  change(incident);
  expect(parseIncident(incident)).toMatchObject({ ok: true });
});

test('messages screen email addresses and one-line fields too', () => {
  const planned = parseWith(FollowUpPlanned, { followUpId: 'risk-reassessment', owner: '4111-1111-1111-1111@example.com' });
  expect(planned.ok ? [] : planned.problems).toEqual([{ path: 'owner', message: NPI(CARD) }]);
  const done = parseWith(ObligationCompleted, { obligationId: 'MO/regulator-notice', completedAt: '2026-11-27T10:00:00-06:00', completedBy: 'J.\u200bRoe' });
  expect(done.ok ? [] : done.problems).toEqual([{ path: 'completedBy', message: ONE_LINE('U+200B') }]);
});
