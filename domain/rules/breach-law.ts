/**
 * The shape every general breach-notification law fills in (Ala. Code ch. 8-38, Conn. Gen. Stat. § 36a-701b, ...):
 * a law that reaches anyone holding its residents' personal information, insurance licensee or not (issue #26).
 * Each value carries its section; the figures live once, in the law's file under jurisdictions/.
 */
import type { DataKind } from '../incident/incident';
import type { Cited, Dated } from './jurisdiction';

/** The event a count of days starts from, in the law's own words. */
export type ClockEvent = 'discovery' | 'determination' | 'confirmation';

/** A notice to a government office or the consumer reporting agencies, above the law's count. */
export interface AgencyNoticeRule extends Cited {
  recipient: string;
  /** Owed where more than this many are notified; 0: with every consumer notice (Conn. Gen. Stat. § 36a-701b(b)(2)(A)). */
  moreThan: number;
  /** Whose number the threshold counts: this state's residents, or every individual (N.D.C.C. § 51-30-02 "exceeds two hundred fifty individuals"). */
  counts?: 'all-individuals';
  /** The law's own words for when. */
  wording: string;
  /** When, as breachclock computes it. */
  due:
    | { kind: 'no-date' }
    | { kind: 'with-consumer-notice' }
    | { kind: 'days-like-consumer-notice' }
    | { kind: 'business-days-after-consumer-notice'; days: number };
  /** A clause that lifts the notice on facts the incident does not carry (AS 45.48.040(c): GLBA): named, the notice kept. */
  unlessNotEvaluated?: Cited & { wording: string };
  /** What the notice must contain (Ala. Code § 8-38-6(b)). */
  contents?: ContentItem[];
}

/**
 * What answers a content item in a draft (domain/rules/report-breach.ts): a fact the incident records, never a
 * consumer's data. An item with no answers is standard wording the incident cannot supply (marked missing).
 */
export type BreachFact = 'description' | 'breachDate' | 'discoveryDate' | 'dataKinds' | 'protection' | 'services' | 'contact' | 'phone' | 'residents';

/** One item a notice must contain, in its section's order and words. */
export interface ContentItem {
  item: string;
  citation: string;
  text: string;
  /** The incident's facts that fill the item in a draft; none: wording counsel supplies. */
  answers?: BreachFact[];
}

/** How the state's insurance act and this law meet, for an insurance licensee. */
export type InsuranceInterplay =
  /** The insurance act sends consumer notice to this law (Ala. Code § 27-62-6(d), Conn. Gen. Stat. § 38a-38(e)(3)). */
  | (Cited & { kind: 'insurance-act-points-here'; wording: string })
  /** This law does not apply to the entities the insurance regulator regulates (Va. Code § 18.2-186.6 K). */
  | (Cited & { kind: 'steps-aside-for-insurance-licensees'; wording: string })
  /** The insurance act is the "exclusive" standard for consumer notice (18 Del. C. § 8602(a)): the question is shown, no date. */
  | (Cited & { kind: 'insurance-act-exclusive'; wording: string; question: string })
  /** No insurance act is in hand, or its consumer paragraph is not: this law is applied as written. */
  | { kind: 'none-in-hand'; wording: string };

export interface GeneralBreachLaw extends Cited, Dated {
  state: string;
  name: string;
  title: string;
  /** The zone dates are written in (the state's capital). */
  timeZone: string;
  /** What "personal information" covers: a name with one of these kinds. */
  personalInformation: Cited & { kinds: DataKind[]; note?: string };
  consumerNotice: Cited & {
    recipient: string;
    wording: string;
    /** A number of calendar days, where the law gives one. */
    days?: { count: number; from: ClockEvent; citation: string; fromWords: string };
    /** Whether a third-party agent's notice also starts the count (Ala. Code § 8-38-5(b)). */
    providerNoticeStarts?: boolean;
    contents: ContentItem[];
  };
  /** Where a finding of no (risk of) harm removes the notice, and what it needs. */
  harmExemption: null | (Cited & {
    wording: string;
    needsWriting: boolean;
    /** AS 45.48.010(c): "after written notification to the attorney general". */
    needsAttorneyGeneralNotice?: boolean;
  });
  /** Where the law has no harm test at all, how to say so (N.D.C.C. § 51-30-02). */
  noHarmTest?: string;
  lawEnforcementDelay: Cited & { wording: string; needsWriting: boolean };
  attorneyGeneralNotice: AgencyNoticeRule | null;
  consumerReportingAgencyNotice: AgencyNoticeRule | null;
  /** Identity-theft or credit-monitoring services offered with the notice, where some kinds are involved. */
  identityTheftServices?: Cited & { kinds: DataKind[]; wording: string };
  dataOwnerNotice: (Cited & { wording: string }) | null;
  /** Deemed-compliance and exemption clauses (own procedures, GLBA, HIPAA, another regime): named, not evaluated. */
  deemedCompliance: Array<Cited & { wording: string }>;
  interplay: InsuranceInterplay;
  unconfirmed: string[];
}

/** A state's breach law whose text is not in hand: named, never evaluated (issue #26 item 5). */
export interface BreachLawNotInHand extends Cited {
  title: string;
  /** Where the citation comes from and how far to trust it. */
  citationSource: string;
}
