/**
 * States breachclock does not model yet: listed in `uncovered[]` with what is reported about their
 * insurance data-security law (citation, reported deadline, how far the report can be trusted), and never
 * computed as law.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { planIncident } from '../../domain/rules/planner';
import { GENERAL_BREACH_LAWS } from '../../domain/rules/jurisdictions';
import { REPORTED_LAWS } from '../../domain/rules/reported-laws';
import { coverage } from '../../domain/rules/coverage';
import { stateName } from '../../domain/incident/states';
import { exampleIncident } from '../helpers/fixtures';

const root = path.join(__dirname, '../..');

test.each([
  ['MI', "Michigan MCL 500.559: reported 10 business days from determination (the department's page; statute text not verified)"],
  ['MN', "Minnesota Minn. Stat. § 60A.9853: reported 5 business days from determination (the department's FAQ; statute text not verified)"],
  ['HI', 'Hawaii HRS §§ 431:3B-301 to 431:3B-306 (notice section not identified): no deadline found (from the beginning of the section; the rest of its text not seen)'],
])('%s residents: uncovered, with what is reported, and nothing computed as law', (state, words) => {
  const incident = exampleIncident();
  incident.residents = { ...incident.residents, [state]: 400 };
  const plan = planIncident(incident);
  const entry = plan.uncovered.find((u) => u.state === state)!;
  expect(entry.warning).toContain(words);
  expect(entry.reported).toEqual(REPORTED_LAWS[state]);
  // Its insurance act is never computed; its general breach law is, where the text is in hand (issue #26: MI, HI, ND).
  for (const o of plan.obligations.filter((x) => x.jurisdiction === state)) expect(o.basis.join(' ')).toContain(GENERAL_BREACH_LAWS[state].personalInformation.citation);
  expect(plan.obligations.filter((o) => o.jurisdiction === state && o.kind !== 'consumer-notice' && o.kind !== 'attorney-general-notice' && o.kind !== 'consumer-reporting-agency-notice')).toEqual([]);
});

test.each(['AL', 'IA', 'MD', 'AK', 'IL', 'NY', 'OK', 'RI'])('%s, computed (in full, or its regulator notice) from the text in hand, is never listed as uncovered', (state) => {
  const incident = exampleIncident();
  incident.residents = { ...incident.residents, [state]: 400 };
  expect(planIncident(incident).uncovered.find((u) => u.state === state)).toBeUndefined();
  expect(REPORTED_LAWS[state]).toBeUndefined();
});

test('a state with no report says only to check its law', () => {
  const incident = exampleIncident();
  incident.residents = { ...incident.residents, TX: 40 };
  const tx = planIncident(incident).uncovered.find((u) => u.state === 'TX')!;
  expect(tx).toEqual({ state: 'TX', residents: 40, warning: 'no Texas rules in breachclock: check Texas law' });
});

test('every report that cites statute text points to a file in docs/law, and secondary reports name their source', () => {
  for (const [state, r] of Object.entries(REPORTED_LAWS)) {
    if (r.kind === 'statute-text') expect([state, existsSync(path.join(root, r.source!))]).toEqual([state, true]);
    if (r.kind === 'secondary') expect([state, !!r.from]).toEqual([state, true]);
  }
});

test('the README lists the states by the same tiers as the registries (plan --help derives its list from them)', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const tiers = readme.slice(readme.indexOf('**States covered**'), readme.indexOf('Each incident runs as one long-lived'));
  const section = (from: string, to: string) => tiers.slice(tiers.indexOf(from), to ? tiers.indexOf(to) : undefined);
  const c = coverage();
  const full = section('**computed in full**', '**the regulator notice only**');
  for (const s of c.full) expect([s, full.includes(stateName(s))]).toEqual([s, true]);
  const partial = section('**the regulator notice only**', '**reported, never computed**');
  for (const s of c.regulatorNoticeOnly) expect([s, partial.includes(stateName(s))]).toEqual([s, true]);
  const reported = section('**reported, never computed**', '');
  for (const s of [...c.reported['section-beginning'], ...c.reported.secondary]) expect([s, reported.includes(s)]).toEqual([s, true]);
  // Issue #26: the consumer tiers, from the breach-law registry.
  const consumer = readme.slice(readme.indexOf('**The consumer side**'), readme.indexOf('Each incident runs as one long-lived'));
  for (const s of c.consumerComputed) expect([s, consumer.includes(stateName(s))]).toEqual([s, true]);
});
