/**
 * Which states breachclock computes, and how much of each: in full (the whole notice section in hand), the
 * regulator notice only (the beginning of the section in hand), or reported and never computed. Derived from the
 * jurisdiction registries, so `plan --help`, the README check and the plan itself cannot disagree.
 */
import { JURISDICTIONS, PARTIAL_TEXT_JURISDICTIONS } from './jurisdictions';
import { REPORTED_LAWS, type ReportKind } from './reported-laws';

export interface Coverage {
  full: string[];
  regulatorNoticeOnly: string[];
  reported: Record<ReportKind, string[]>;
}

export function coverage(): Coverage {
  const reported: Record<ReportKind, string[]> = { 'statute-text': [], 'section-beginning': [], secondary: [] };
  for (const [state, r] of Object.entries(REPORTED_LAWS)) reported[r.kind].push(state);
  for (const list of Object.values(reported)) list.sort();
  return { full: Object.keys(JURISDICTIONS).sort(), regulatorNoticeOnly: Object.keys(PARTIAL_TEXT_JURISDICTIONS).sort(), reported };
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
  ].join(' ');
}
