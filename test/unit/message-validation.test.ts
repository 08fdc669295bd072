/**
 * The incident workflow checks messages with the same zod schemas as every other door (docs/design.md §5),
 * through workflows/message-validation.ts, which the worker preloads so the schemas exist once per worker
 * rather than once per cached incident (issue 7; sdk-typescript #2227).
 */
import { MESSAGE_NAMES as DOOR_MESSAGE_NAMES, MESSAGE_SCHEMAS } from '../../domain/incident/messages';
import { PRELOADED_MODULES } from '../../worker/worker';
import { messageProblems, parseMessage } from '../../workflows/message-validation';
import { MESSAGE_NAMES } from '../../workflows/messages';

test('the workflow handles exactly the messages the doors validate', () => {
  expect([...MESSAGE_NAMES].sort()).toEqual([...DOOR_MESSAGE_NAMES].sort());
});

test('refusals name the field, as at the other doors', () => {
  expect(messageProblems('residentsUpdate', { state: 'MO', count: -1, asOf: '2026-03-02T15:00:00Z' })).toEqual([{ path: 'count', message: 'must not be negative' }]);
  expect(messageProblems('obligationCompleted', { obligationId: 'nope' })).toContainEqual({ path: 'obligationId', message: expect.stringMatching(/must be an obligation id/) });
  expect(messageProblems('closeIncident', null)).toBeDefined();
});

test('a valid message passes and parses to what its schema outputs', () => {
  const m = { obligationId: 'MO/regulator-notice', completedAt: '2026-03-02T15:00:00Z', completedBy: 'J. Ortiz' };
  expect(messageProblems('obligationCompleted', m)).toBeUndefined();
  expect(parseMessage('obligationCompleted', m)).toEqual(MESSAGE_SCHEMAS.obligationCompleted.parse(m));
  expect(() => parseMessage('obligationCompleted', {})).toThrow();
});

test('the worker preloads the module that holds the schemas once per worker', () => {
  expect(PRELOADED_MODULES).toContain(require.resolve('../../workflows/message-validation'));
});

// That no other workflow module loads the schemas itself is eslint's rule (eslint.config.mjs SCHEMAS_ONCE);
// test/unit/layers.test.ts lints a sample that crosses it.
