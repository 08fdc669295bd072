/**
 * Which states breachclock computes, and how much of each: in full (the whole notice section in hand), the
 * regulator notice only (the beginning of the section in hand), or reported and never computed. Derived from the
 * jurisdiction registries, so `plan --help`, the README check and the plan itself cannot disagree.
 */
import { BREACH_LAWS_NOT_IN_HAND, GENERAL_BREACH_LAWS, JURISDICTIONS, PARTIAL_TEXT_JURISDICTIONS } from './jurisdictions';
import { REPORTED_LAWS, type ReportKind } from './reported-laws';

export interface Coverage {
  full: string[];
  regulatorNoticeOnly: string[];
  reported: Record<ReportKind, string[]>;
  /** The consumer side: general breach laws computed (text in hand), and those only named. MO and NH with their acts. */
  consumerComputed: string[];
  consumerNamed: string[];
}

export function coverage(): Coverage {
  const reported: Record<ReportKind, string[]> = { 'statute-text': [], 'section-beginning': [], secondary: [] };
  for (const [state, r] of Object.entries(REPORTED_LAWS)) reported[r.kind].push(state);
  for (const list of Object.values(reported)) list.sort();
  return {
    full: Object.keys(JURISDICTIONS).sort(), regulatorNoticeOnly: Object.keys(PARTIAL_TEXT_JURISDICTIONS).sort(), reported,
    consumerComputed: ['MO', 'NH', ...Object.keys(GENERAL_BREACH_LAWS)].sort(), consumerNamed: Object.keys(BREACH_LAWS_NOT_IN_HAND).sort(),
  };
}

/** The tiers in one paragraph, for `plan --help` (the CLI wraps it to its width). */
export function coverageWords(): string {
  const c = coverage();
  const reported = [
    c.reported['statute-text'].length ? `${c.reported['statute-text'].join(', ')} (statute text in hand, not yet modelled)` : '',
    c.reported['section-beginning'].length ? `${c.reported['section-beginning'].join(', ')} (beginning of the section)` : '',
    c.reported.secondary.length ? `${c.reported.secondary.join(', ')} (secondary sources)` : '',
  ].filter(Boolean);
  return [
    `States: computed in full for ${c.full.join(', ')};`,
    `the regulator notice only, from the beginning of the section in hand (every other duty listed as not evaluated), for ${c.regulatorNoticeOnly.join(', ')};`,
    `reported (what is known about the law, never computed) for ${reported.join('; ')}. Any other state: check its law.`,
    `Consumer side (each state's general breach law, for every state whose residents are affected): computed for ${c.consumerComputed.join(', ')};`,
    `named and not evaluated (statute text not in hand) for ${c.consumerNamed.join(', ')}.`,
  ].join(' ');
}
