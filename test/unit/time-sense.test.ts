/** News that makes sense in time (domain/incident/time-sense.ts): a date something happened is never in the future. */
import { CLOCK_SKEW_MS, incidentFutureProblems, messageFutureProblems } from '../../domain/incident/time-sense';

const NOW = Date.parse('2026-11-23T17:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();

test.each([
  ['obligationCompleted', { completedAt: at(3_600_000) }, ['completedAt']],
  ['obligationCompleted', { completedAt: at(CLOCK_SKEW_MS - 1) }, []], // a clock a few minutes ahead is not a typo
  ['closeIncident', { closedAt: at(86_400_000) }, ['closedAt']],
  ['residentsUpdate', { asOf: at(-1) }, []],
  ['thirdPartyNotice', { notifiedLicenseeAt: at(-86_400_000), actualKnowledgeAt: at(86_400_000) }, ['actualKnowledgeAt']],
  ['eventDetailsUpdate', { agencyNotices: [{ agency: 'FBI', notifiedAt: at(-1) }, { agency: 'police', notifiedAt: at(7_200_000) }] }, ['agencyNotices.1.notifiedAt']],
  ['eventDetailsUpdate', { investigation: { occurred: { doneAt: at(7_200_000) } } }, ['investigation.occurred.doneAt']],
  // Dates ahead are what these messages are for.
  ['regulatorDirective', { dueAt: at(86_400_000) }, []],
  ['consumerNoticeScheduled', { scheduledFor: at(86_400_000) }, []],
  ['followUpPlanned', { targetAt: at(86_400_000) }, []],
] as const)('%s %j: refused fields %j', (name, m, fields) => {
  expect(messageFutureProblems(name, m, NOW).map((p) => p.path)).toEqual(fields);
});

test('an incident determined tomorrow, or with a provider notice tomorrow, is refused naming the field', () => {
  const problems = incidentFutureProblems({ determinedAt: at(86_400_000), thirdParty: { provider: 'V', notifiedLicenseeAt: at(3_600_000) } }, NOW);
  expect(problems.map((p) => p.path)).toEqual(['determinedAt', 'thirdParty.notifiedLicenseeAt']);
  expect(problems[0].message).toMatch(/^\w{3} \d+ Nov 2026, \d+:\d\d [ap]m \w+ is in the future \(it is now Mon 23 Nov 2026, \d+:\d\d [ap]m \w+\)/);
  expect(problems[0].message).not.toMatch(/\d{4}-\d\d-\d\dT/);
  expect(incidentFutureProblems({ determinedAt: at(-1) }, NOW)).toEqual([]);
});
