/** The order of a plan's not-owed entries (domain/rules/id-order.ts) is exactly a stable code-point sort by id, at any length. */
import { compareText, sortById } from '../../domain/rules/id-order';
import { PlanningCaches } from '../../domain/rules/planning-caches';

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const STATES = ['AL', 'AK', 'CT', 'IA', 'MD', 'MO', 'NH', 'NY', 'VA', 'ZZ', 'A', 'MO/x', ''];
const KINDS = ['*', 'regulator-notice', 'regulator-notice-bulletin', 'consumer-notice', 'consumer-notice-copy', 'record-retention', 'Z', ''];

function entries(n: number, tag: string): Array<{ id: string; n: number }> {
  return Array.from({ length: n }, (_, i) => ({ id: `${STATES[Math.floor(rand() * STATES.length)]}/${KINDS[Math.floor(rand() * KINDS.length)]}${tag}`, n: i }));
}

describe('sortById agrees with a stable comparator sort', () => {
  // One set of caches for every case, as one calendar keeps for every plan.
  const caches = new PlanningCaches();
  test.each([0, 1, 2, 3, 40, 82, 129, 1000, 5000])('%i entries, ids repeated, some never seen before', (n) => {
    for (let round = 0; round < 12; round++) {
      // Every fourth round brings ids the rank table has not seen, in the middle of a run.
      const xs = entries(n, round % 4 === 0 ? `#${n}-${round}` : '');
      const expected = [...xs].sort((a, b) => compareText(a.id, b.id)).map((x) => x.n);
      expect(sortById(xs, caches).map((x) => x.n)).toEqual(expected);
      expect(xs.map((x) => x.n)).toEqual(Array.from({ length: n }, (_, i) => i)); // the input is left as it was
    }
  });

  test('short lists after long ones: the reused key storage holds no keys of an earlier, longer list', () => {
    for (const n of [5000, 7, 300, 2, 129, 80]) {
      const xs = entries(n, '');
      expect(sortById(xs, caches).map((x) => x.n)).toEqual([...xs].sort((a, b) => compareText(a.id, b.id)).map((x) => x.n));
    }
  });
});
