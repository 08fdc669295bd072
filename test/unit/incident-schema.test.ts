/** The incident schema refuses bad input and names the field path (docs/design.md §2). */
import { formatProblems, incidentJsonSchema, parseIncident } from '../../domain/incident/incident';
import { MESSAGE_SCHEMAS, ThirdPartyNotice } from '../../domain/incident/messages';
import { parseWith } from '../../domain/incident/incident';

const good = require('../../examples/incident-mo-nh.json');
const clone = () => JSON.parse(JSON.stringify(good));

test.each(['incident-mo-nh.json', 'incident-reinsurer.json', 'incident-third-party-nh.json', 'incident-national.json'])('example %s is valid', (f) => {
  expect(parseIncident(require(`../../examples/${f}`)).ok).toBe(true);
});

type Mutation = [path: string, mutate: (x: any) => void];
const mutations: Mutation[] = [
  ['incidentId', (x) => (x.incidentId = 'has space')],
  ['incidentId', (x) => (x.incidentId = 'x'.repeat(65))],
  ['title', (x) => (x.title = '')],
  ['title', (x) => delete x.title],
  ['licensee.name', (x) => (x.licensee.name = '')],
  ['licensee.role', (x) => (x.licensee.role = 'agent')],
  ['licensee.domicileState', (x) => (x.licensee.domicileState = 'XX')],
  ['licensee.extra', (x) => (x.licensee.extra = 1)],
  ['determinedAt', (x) => (x.determinedAt = '2026-11-23T10:15:00')],
  ['determinedAt', (x) => (x.determinedAt = 'yesterday')],
  ['awareAt', (x) => (x.awareAt = '2026-13-01T00:00:00Z')],
  ['thirdParty.provider', (x) => (x.thirdParty = { provider: '', notifiedLicenseeAt: '2026-11-20T00:00:00Z' })],
  ['thirdParty.notifiedLicenseeAt', (x) => (x.thirdParty = { provider: 'V' })],
  ['thirdParty.providerNotifiedRegulators.0', (x) => (x.thirdParty = { provider: 'V', actualKnowledgeAt: '2026-11-20T00:00:00Z', providerNotifiedRegulators: ['ZZ'] })],
  ['residents.MO', (x) => (x.residents.MO = -1)],
  ['residents.MO', (x) => (x.residents.MO = 1.5)],
  ['residents.MO', (x) => (x.residents.MO = '12')],
  ['residents.ZZ', (x) => (x.residents.ZZ = 3)],
  ['nonpublicInformation', (x) => (x.nonpublicInformation = 'yes')],
  ['materialHarmLikely', (x) => delete x.materialHarmLikely],
  ['otherGovernmentNoticeRequired', (x) => (x.otherGovernmentNoticeRequired = null)],
  ['breachOfSecurity', (x) => (x.breachOfSecurity = 1)],
  ['producersOfRecord', (x) => (x.producersOfRecord = 'true')],
  ['cedingInsurers.0', (x) => (x.cedingInsurers = [''])],
  ['contacts.owner', (x) => (x.contacts.owner = 'not-an-email')],
  ['contacts.escalation.1', (x) => (x.contacts.escalation[1] = 'nope')],
  ['unknownField', (x) => (x.unknownField = true)],
];

test.each(mutations)('refuses a bad %s and names it', (path, mutate) => {
  const x = clone();
  mutate(x);
  const r = parseIncident(x);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.problems.map((p) => p.path)).toContain(path);
    expect(formatProblems(r.problems)).toContain(`${path}: `);
  }
});

test('the JSON Schema is exported from the zod schema', () => {
  const schema = incidentJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['incidentId', 'licensee', 'determinedAt', 'residents', 'contacts']));
  expect(schema.additionalProperties).toBe(false);
});

describe('message payloads (docs/design.md §5)', () => {
  test.each([
    ['obligationCompleted', { obligationId: 'MO/regulator-notice', completedAt: 'soon', completedBy: 'x' }, 'completedAt'],
    ['obligationCompleted', { obligationId: 'regulator', completedAt: '2026-11-25T10:00:00Z', completedBy: 'x' }, 'obligationId'],
    ['residentsUpdate', { state: 'NH', count: -3, asOf: '2026-11-25T10:00:00Z' }, 'count'],
    ['consumerNoticeScheduled', { state: 'QQ', scheduledFor: '2026-11-25T10:00:00Z' }, 'state'],
    ['regulatorDirective', { obligationId: 'NH/producer-notice', dueAt: '2026-11-25' }, 'dueAt'],
    ['closeIncident', { closedAt: '2026-11-25T10:00:00Z' }, 'reason'],
    ['thirdPartyNotice', { provider: 'V' }, 'notifiedLicenseeAt'],
  ] as const)('%s refuses %j naming %s', (name, payload, path) => {
    const r = parseWith(MESSAGE_SCHEMAS[name] as never, payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(path);
  });
});

describe('bounded input: every instant plausible, every list and string capped', () => {
  const ex = () => JSON.parse(JSON.stringify(require('../../examples/incident-mo-nh.json')));
  test.each(['9999-12-31T00:00:00Z', '1026-12-24T08:00:00-05:00', '0000-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z'])(
    'determinedAt %s is refused as implausible',
    (determinedAt) => {
      const r = parseIncident({ ...ex(), determinedAt });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toEqual([{ path: 'determinedAt', message: 'must be between the years 2000 and 2100' }]);
    },
  );
  test('a message date is held to the same range (actualKnowledgeAt typo 1026)', () => {
    const r = parseWith(ThirdPartyNotice, { actualKnowledgeAt: '1026-12-24T08:00:00-05:00' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toEqual({ path: 'actualKnowledgeAt', message: 'must be between the years 2000 and 2100' });
  });
  test.each([
    ['notifications.reminders', { notifications: { reminders: Array(10_000).fill('due-day-09:00') } }, 'must list at most the 4 reminder slots'],
    ['notifications.reminders', { notifications: { reminders: ['due-day-09:00', 'due-day-09:00'] } }, 'must not list a slot twice'],
    ['contacts.escalation', { contacts: { owner: 'o@example.com', escalation: Array.from({ length: 11 }, (_, i) => `e${i}@example.com`) } }, 'must list at most 10 escalation contacts'],
    ['cedingInsurers', { cedingInsurers: Array.from({ length: 51 }, (_, i) => `Ceding ${i}`) }, 'must list at most 50 ceding insurers'],
    ['title', { title: 'x'.repeat(100_000) }, 'must be at most 200 characters'],
  ])('%s is capped', (path, change, message) => {
    const r = parseIncident({ ...ex(), ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.find((p) => p.path === path)?.message).toBe(message);
  });
});
