/** The incident schema refuses bad input and names the field path (docs/design.md §2). */
import { formatProblems, incidentJsonSchema, parseIncident } from '../../domain/incident';
import { MESSAGE_SCHEMAS } from '../../domain/messages';
import { parseWith } from '../../domain/incident';

const good = require('../../examples/incident-mo-nh.json');
const clone = () => JSON.parse(JSON.stringify(good));

test.each(['incident-mo-nh.json', 'incident-reinsurer.json', 'incident-third-party-nh.json'])('example %s is valid', (f) => {
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
