/**
 * The law in the repository: every law object in domain/rules/jurisdictions/ names the text it quotes under
 * docs/law/, and is dated (effectiveFrom, as OpenFisca keeps dated parameters). No file in the repository
 * points outside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERAL_BREACH_LAWS, JURISDICTIONS, NOTICE_JURISDICTIONS } from '../../domain/rules/jurisdictions';
import { lawInForce } from '../../domain/rules/plan-model';

const root = path.join(__dirname, '../..');
const laws = Object.values(JURISDICTIONS).flatMap((j) => [
  [j.state, 'data security', j.dataSecurity] as const,
  ...('notInHand' in j.consumerBreachNotice || 'general' in j.consumerBreachNotice ? [] : [[j.state, 'consumer breach notice', j.consumerBreachNotice] as const]),
  [j.state, 'holidays', { ...j.holidays, effectiveFrom: '1900-01-01' }] as const,
  ...(j.bulletin ? [[j.state, 'bulletin', j.bulletin] as const] : []),
]);
const breachLaws = Object.values(GENERAL_BREACH_LAWS).map((l) => [l.state, 'general breach law', l] as const);

describe.each(breachLaws)('%s %s', (_state, _what, law) => {
  test(`${law.citation}: its text is in docs/law and it is dated`, () => {
    expect(law.source).toMatch(/^docs\/law\//);
    expect(existsSync(path.join(root, law.source))).toBe(true);
    expect(law.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe.each(laws)('%s %s', (_state, _what, law) => {
  test(`${law.citation}: its text is in docs/law and it is dated`, () => {
    expect(law.source).toMatch(/^docs\/law\//);
    expect(existsSync(path.join(root, law.source))).toBe(true);
    expect(law.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

test('RSMo 375.1410 quotes match its text in docs/law (375.1410.1 "in no event later than four business days")', () => {
  const text = readFileSync(path.join(root, JURISDICTIONS.MO.dataSecurity.source), 'utf8');
  expect(text).toContain(JURISDICTIONS.MO.dataSecurity.regulatorNotice.wording);
  for (const item of JURISDICTIONS.MO.dataSecurity.noticeContents.items) expect(text).toContain(item.text);
});

test('RSA 420-P:6 II items match its text in docs/law', () => {
  const text = readFileSync(path.join(root, JURISDICTIONS.NH.dataSecurity.source), 'utf8').replace(/\s+/g, ' ');
  for (const item of JURISDICTIONS.NH.dataSecurity.noticeContents.items) expect(text).toContain(item.text);
});

/** Whitespace and case folded, so "(1) the date of the cybersecurity event;" holds "The date of the cybersecurity event". */
const folded = (t: string) => t.replace(/\s+/g, ' ').toLowerCase();

describe.each(Object.values(JURISDICTIONS).map((j) => [j.state, j] as const))('%s: the regulator notice quotes its statute', (_state, j) => {
  const text = folded(readFileSync(path.join(root, j.dataSecurity.source), 'utf8'));
  test(`${j.dataSecurity.regulatorNotice.citation}: the deadline's words`, () => {
    expect(text).toContain(folded(j.dataSecurity.regulatorNotice.wording));
  });
  test.each(j.dataSecurity.noticeContents.items.map((i) => [i.citation, i.text] as const))('%s: the item\'s words', (_c, itemText) => {
    expect(text).toContain(folded(itemText));
  });
});

test('a law applies only from its effective date (RSMo 375.1410, in force 2026-01-01)', () => {
  expect(lawInForce(JURISDICTIONS.MO.dataSecurity, '2025-12-31')).toBe(false);
  expect(lawInForce(JURISDICTIONS.MO.dataSecurity, '2026-01-01')).toBe(true);
  expect(lawInForce({ effectiveFrom: '2020-01-01', effectiveUntil: '2025-12-31' }, '2026-01-01')).toBe(false);
});

test('no file in the repository refers to the team folder outside it', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|js|mjs|md|json|yml|sh)$/.test(f) && !f.startsWith('test/fixtures/'));
  const outside = new RegExp(['\\.\\./shared', 'shared/seeds', 'research-rules', 'research-perf'].join('|'));
  const offenders = tracked.filter((f) => f !== 'test/unit/law-sources.test.ts' && outside.test(readFileSync(path.join(root, f), 'utf8')));
  expect(offenders).toEqual([]);
});

describe('the law tables cannot be changed at run time', () => {
  test.each(Object.values(NOTICE_JURISDICTIONS).map((j) => [j.state, j] as const))('%s: every object and list in its table is frozen', (_state, j) => {
    const unfrozen: string[] = [];
    const walk = (v: unknown, where: string): void => {
      if (v === null || typeof v !== 'object') return;
      if (!Object.isFrozen(v)) unfrozen.push(where);
      for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
    };
    walk(j, j.state);
    expect(unfrozen).toEqual([]);
  });
  test('writing a statute value throws instead of changing it', () => {
    const notice = JURISDICTIONS.MO.dataSecurity.regulatorNotice as { businessDays?: number };
    expect(() => (notice.businessDays = 99)).toThrow(TypeError);
    expect(() => (JURISDICTIONS.MO.holidays.holidays as unknown[]).push({})).toThrow(TypeError);
    expect(JURISDICTIONS.MO.dataSecurity.regulatorNotice.businessDays).toBe(4);
  });
});
