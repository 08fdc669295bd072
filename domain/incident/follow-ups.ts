/**
 * Close-out follow-ups: the internal work an incident owes the licensee's information security program
 * before it closes, under Missouri's safeguarding rule 20 CSR 100-6.110 (docs/law/MO/20-csr-100-6.110.txt)
 * and common post-breach review practice. The rule binds Missouri licensees; for others the same
 * follow-ups are tracked as company practice, and labelled so. Their outcomes answer the notice's items
 * on internal review and remediation (RSMo 375.1410.2(10)-(11), RSA 420-P:6 II(j)-(k)) and become the
 * supplement that closes the continuing duty to update.
 *
 * The rule sets no date for any of them: 20 CSR 100-6.110(4) calls sections (5)-(8) "non-exclusive
 * illustrations" of how to meet sections (2)-(3). Every date here is a company target, shown as a target,
 * never as the law. Pure data (bundled into the workflow; no luxon).
 */

export const FOLLOW_UP_IDS = ['risk-reassessment', 'service-provider-oversight', 'program-adjustment'] as const;
export type FollowUpId = (typeof FOLLOW_UP_IDS)[number];

export interface FollowUpRule {
  id: FollowUpId;
  title: string;
  citation: string;
  /** What the rule describes, in its words. */
  wording: string;
  /** Which notice item its outcome answers. */
  feeds: 'internalReview' | 'remediation';
  /** Only where a third-party service provider was involved. */
  onlyWithThirdParty: boolean;
  /** Company default: calendar days after the determination, ending 17:00 in the licensee's home time zone. */
  defaultTargetDays: number;
}

export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  {
    id: 'risk-reassessment',
    title: 'Risk reassessment',
    citation: '20 CSR 100-6.110(5)',
    wording:
      'identifies reasonably foreseeable internal or external threats, assesses their likelihood and potential damage, and assesses the sufficiency of policies, procedures, customer information systems and other safeguards',
    feeds: 'internalReview',
    onlyWithThirdParty: false,
    defaultTargetDays: 30,
  },
  {
    id: 'service-provider-oversight',
    title: 'Service-provider oversight review',
    citation: '20 CSR 100-6.110(7)',
    wording:
      'exercises appropriate due diligence in selecting service providers and requires them to implement appropriate measures, confirming where the risk assessment indicates that they have',
    feeds: 'internalReview',
    onlyWithThirdParty: true,
    defaultTargetDays: 30,
  },
  {
    id: 'program-adjustment',
    title: 'Information security program adjustment',
    citation: '20 CSR 100-6.110(8)',
    wording:
      'evaluates and adjusts the information security program in light of relevant changes in technology, sensitivity of customer information, internal or external threats and business arrangements',
    feeds: 'remediation',
    onlyWithThirdParty: false,
    defaultTargetDays: 60,
  },
];

export const FOLLOW_UP_NO_DATE =
  'No date in law: 20 CSR 100-6.110(4) makes sections (5)-(8) non-exclusive illustrations; the date is a company target.';

/** What the planning activity works out for each follow-up (recorded in history). */
export interface FollowUpTarget {
  id: FollowUpId;
  applies: boolean;
  /** Why it does not apply, where it does not. */
  reason?: string;
  /** Company default target, ISO with the licensee's local offset. */
  targetAt: string;
  targetRule: string;
  /** Set where the rule does not bind the licensee (not a Missouri licensee): tracked as company practice. */
  practiceOnly?: string;
}

export type FollowUpState = 'open' | 'done' | 'not-applicable';

export interface FollowUpStatus {
  id: FollowUpId;
  title: string;
  citation: string;
  wording: string;
  feeds: FollowUpRule['feeds'];
  state: FollowUpState;
  reason?: string;
  owner: string;
  /** A company target, never a legal deadline. */
  target: { at: string; source: string };
  /** The target has passed with the follow-up still open. */
  pastTarget: boolean;
  remindersSent: number;
  completedAt: string | null;
  completedBy?: string;
  outcome?: string;
}

/** Reminder slots of a follow-up, relative to its target (company practice). */
export const FOLLOW_UP_REMINDERS = [
  { slot: '3-days-before', offsetMs: -3 * 86_400_000 },
  { slot: '1-day-before', offsetMs: -86_400_000 },
  { slot: 'target-passed', offsetMs: 1 },
] as const;
