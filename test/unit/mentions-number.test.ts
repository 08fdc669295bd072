/** The tests' check that an email holds no consumer count (test/helpers/fixtures.ts `mentionsNumber`) must not be fooled by an incident ID. */
import { mentionsNumber } from '../helpers/fixtures';
describe('a consumer count is told from an incident ID that happens to contain its digits', () => {
  test.each([
    ['Incident POISON-21840-mxd2q3kn-4 Credential-stuffing', false],
    ['Incident POISON-1840-mxd2q3kn-4', false],
    ['MO: 1840 residents', true],
    ['count changed from 1840 to 900', true],
    ['=201840', false],
    ['18400 residents', false],
  ])('%s', (text, found) => expect(mentionsNumber(text, 1840)).toBe(found));
});
