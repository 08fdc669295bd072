/**
 * What is reported about the insurance data-security notice laws of states breachclock does not yet
 * model: their citation, the regulator deadline as reported, and how far that report can be trusted. It is
 * never computed as law: an incident with residents there lists the state in `uncovered[]` with this
 * report, so the user knows what to check. Sources: docs/law/reported.md (and the statute texts in
 * docs/law/<ST>/ where they are in hand).
 */

/**
 * `statute-text`: the whole section is in docs/law/<ST>/, not yet modelled as rules;
 * `section-beginning`: only the beginning of the section was seen (the deadline sentence), the rest not;
 * `secondary`: a department's page or a law-firm summary; the statute text was not verified.
 */
export type ReportKind = 'statute-text' | 'section-beginning' | 'secondary';

export interface ReportedLaw {
  citation: string;
  /** The regulator deadline as reported, in words, or null where none was found. */
  deadline: string | null;
  kind: ReportKind;
  /** Where a secondary report comes from. */
  from?: string;
  /** The statute text in the repository, for `statute-text`. */
  source?: string;
}

export const REPORTED_LAWS: Readonly<Record<string, ReportedLaw>> = {
  HI: { citation: 'HRS §§ 431:3B-301 to 431:3B-306 (notice section not identified)', deadline: null, kind: 'section-beginning' },
  IN: { citation: 'IC 27-2-27-21(c)-(f)', deadline: null, kind: 'section-beginning' },
  KY: { citation: 'KRS 304.3-760', deadline: '3 (days; the unit is not stated in the report)', kind: 'secondary', from: 'a law-firm summary' },
  LA: { citation: 'La. R.S. 22:2506', deadline: '3 business days from determination', kind: 'secondary', from: "the Department's paraphrase" },
  ME: { citation: '24-A M.R.S. § 2266', deadline: '3 business days from determination', kind: 'secondary', from: "the Bureau of Insurance's form page" },
  MI: { citation: 'MCL 500.559', deadline: '10 business days from determination', kind: 'secondary', from: "the department's page" },
  MN: { citation: 'Minn. Stat. § 60A.9853', deadline: '5 business days from determination', kind: 'secondary', from: "the department's FAQ" },
  MS: { citation: 'Miss. Code Ann. § 83-5-811 (inferred)', deadline: '3 business days from determination', kind: 'secondary', from: "the department's page" },
  ND: { citation: 'N.D.C.C. § 26.1-02.2-05', deadline: '3 business days from determination', kind: 'secondary', from: 'a summary' },
  OH: { citation: 'Ohio Rev. Code § 3965.04', deadline: '3 business days from determination', kind: 'secondary', from: "the department's FAQ" },
  TN: { citation: 'Tenn. Code Ann. § 56-2-1006', deadline: '3 business days from determination', kind: 'secondary', from: 'a summary' },
  VT: { citation: '9 V.S.A. § 2435(b)(3) (8 V.S.A. § 4728 reportedly has no notice clause)', deadline: '14 business days (start not retrieved)', kind: 'secondary', from: "the department's page" },
  WI: { citation: 'Wis. Stat. § 601.954', deadline: '3 business days from determination', kind: 'secondary', from: 'a summary' },
};

const KIND_WORDS: Record<ReportKind, (r: ReportedLaw) => string> = {
  'statute-text': (r) => `statute text in ${r.source}, not yet modelled in breachclock`,
  'section-beginning': () => 'from the beginning of the section; the rest of its text not seen',
  secondary: (r) => `${r.from ?? 'a secondary source'}; statute text not verified`,
};

/** "Michigan MCL 500.559: reported 10 business days from determination (the department's page; statute text not verified)". */
export function reportedWords(name: string, r: ReportedLaw): string {
  return `${name} ${r.citation}: ${r.deadline ? `reported ${r.deadline}` : 'no deadline found'} (${KIND_WORDS[r.kind](r)})`;
}
