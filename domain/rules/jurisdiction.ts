/**
 * The shapes every jurisdiction file fills in (rules as data, as OpenFisca and Catala keep law).
 * Each value carries the section it comes from; figures live once, in the jurisdiction file, so counsel
 * can correct them in one place.
 */
import type { HolidayTable } from './holiday-table';
import type { LicenseeRole } from '../incident/incident';

export interface Cited {
  citation: string;
}

/**
 * Where a law object's words are kept in the repository (docs/law/), and the period it is in force, as
 * OpenFisca keeps dated parameters: the planner picks the law in force on the clock's start date.
 */
export interface Dated {
  /** Path under docs/law/ of the text this object quotes. */
  source: string;
  /** First day in force (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Last day in force, where known. */
  effectiveUntil?: string;
}

/**
 * The facts a regulator notice item is answered from (domain/rules/report.ts fills each from the incident and
 * its messages). One item may need several facts, as RSMo 375.1410.2(12) asks for a policy and a statement.
 */
export type NoticeFact =
  | 'eventDate'
  | 'identifiedDate'
  | 'exposure'
  | 'discovery'
  | 'recovery'
  | 'source'
  | 'agencyNotices'
  | 'informationTypes'
  | 'compromisedPeriod'
  | 'consumersInState'
  | 'internalReview'
  | 'remediation'
  | 'privacyPolicy'
  | 'investigationSteps'
  | 'consumerMitigation'
  | 'contactPerson'
  | 'contactDetails'
  | 'publicNotices';

/** One item the notice must contain, in the order and words of its source. */
export interface NoticeItem {
  /** The item's label in its source: "(1)", "(a)", or "1" for a bulletin bullet. */
  item: string;
  citation: string;
  text: string;
  answers: NoticeFact[];
}

/** One item of a notice's contents, labelled and cited as its statute numbers it. */
export const noticeItem = (item: string, citation: string, text: string, answers: NoticeFact[]): NoticeItem => ({ item, citation, text, answers });

/** What the notice contains, with the source's own proviso (as much as practicable; no consumer NPI). */
export interface NoticeContents extends Cited {
  wording: string;
  items: NoticeItem[];
}

/** One criterion of the regulator notice, with whether its words require nonpublic information. */
export interface NoticeCriterion extends Cited {
  /**
   * MO 375.1410.1 speaks of "a cybersecurity event involving nonpublic information" for both criteria;
   * NH I(a) does not mention nonpublic information, NH I(b) does ("the nonpublic information involves").
   */
  requiresNonpublicInformation: boolean;
  /**
   * The paragraph a notice owed to a government body under other law meets ("a cybersecurity event impacting the licensee
   * of which notice is required to be provided to any government body ..."): RSMo 375.1410.1(2)(a), S.C. Code
   * § 38-99-40(A)(2)(a). A notice this plan owes another state's regulator is such a notice (planner-cascade.ts).
   */
  governmentNoticeCitation?: string;
  /** How the prong's own words are read where they are narrower than "any state or federal law" (Iowa § 507F.7(1)(a)(1)). */
  governmentNoticeNote?: string;
}

/**
 * A deadline as the statute counts it: business days after the start day (MO, NH), or hours after the
 * start instant itself (South Carolina's "seventy-two hours after determining"), real hours across a DST change.
 */
export type DeadlineSpan = { businessDays: number; hours?: never } | { hours: number; businessDays?: never };

/**
 * The regulator notice of an insurance data security law (NAIC model #668 section 6 (1)-(2)): who must notify,
 * by when, and with what. A law whose text is in hand only in part has this much and no more.
 */
export interface RegulatorNoticeLaw extends Cited, Dated {
  title: string;
  regulator: { recipient: string };
  regulatorNotice: Cited & DeadlineSpan & {
    /** The statute's own words for the deadline. */
    wording: string;
    /** The due rule as shown, in the statute's words, e.g. "as promptly as practicable, but in no event later than 4 business days after". */
    dueRulePrefix: string;
    /** Where the statute starts the clock at something other than "a determination" (Iowa's "confirmation"): how it is read. */
    startNote?: string;
  };
  /**
   * Criterion (1)/(a): domicile or home state, plus (MO, NH) reasonable likelihood of material harm;
   * South Carolina's (A)(1) names the domicile alone (`requiresHarm: false`).
   */
  homeStateCriterion: NoticeCriterion & {
    requiresHarm: boolean;
    /** Iowa 507F.7(1)(a): the domicile plus a notice owed to a government body under other law, or harm ("any of the following"). */
    orGovernmentNotice?: boolean;
    /** Where the statute's harm is narrower or wider than "material harm to a consumer or the licensee's operations": shown when met. */
    harmNote?: string;
    /**
     * Maryland § 33-105(a)(1)(ii) asks for a likelihood of "harming", not of material harm: the incident says only
     * whether material harm is likely, so any domicile meets it (the reading that owes the notice), said so.
     */
    harmNeedNotBeMaterial?: boolean;
    /** 23 NYCRR § 500.17(a): no domicile or harm test, every covered entity notifies; how a domiciled licensee is read as one. */
    coveredEntity?: string;
  };
  /**
   * Criterion (2)/(b): residents at or above the threshold plus government notice or material harm; Virginia's
   * A 2 joins them with "or": the residents, or a notice owed to a government body under other law (`orGovernmentNotice`).
   */
  residentsCriterion: NoticeCriterion & {
    residentsAtLeast: number;
    orGovernmentNotice?: boolean;
    /**
     * Where this criterion's words are not in hand (Rhode Island's foreign insurers, New York's "cybersecurity
     * incident"): met for any residents affected, the reading that owes the notice, and these words say so.
     */
    notInHand?: string;
  };
  /** What the criteria leave to the regulator's own rules, not in hand (taken as met: the reading that owes the notice). */
  criteriaNotInHand?: string;
  /** Duties that hang on facts the incident does not carry (Maryland's managed care organizations): named with the notice, not evaluated. */
  otherDutiesNotEvaluated?: Array<Cited & { wording: string }>;
  /** Exemptions that remove a notice duty on facts the incident does not carry: named in the basis, not evaluated. */
  exemptions?: Array<Cited & { wording: string }>;
  /** Exemptions from the security program only, named so that no one reads them as exemptions from the notice (18 Del. C. § 8609(a)(1)). */
  programOnlyExemptions?: Array<Cited & { wording: string }>;
  /**
   * Who the law reaches, where narrower than every licensee: Maryland's title 33 carriers only; the NAIC model's
   * "licensee", which excludes "a licensee that is acting as an assuming insurer that is domiciled in another state".
   */
  licensees?: Cited & {
    roles: LicenseeRole[];
    wording: string;
    /** An assuming insurer domiciled in the state is reached too. */
    domesticAssumingInsurer?: boolean;
    /** Conn. Gen. Stat. § 38a-38(e)(5)(B)(i): one paragraph reaches an assuming insurer domiciled elsewhere, when its provider held the data. */
    foreignAssumingInsurerViaProvider?: Cited;
    /** The domicile criterion reaches an "other" licensee too (Maryland's carriers include MGAs and TPAs; New York's covered entities). */
    homeCriterionReachesOtherLicensees?: boolean;
  };
  /** null where the law has no third-party clause (Maryland): a provider's notice is then read as the determination. */
  thirdParty: null | (Cited & {
    /** "the day after the ... provider notifies the licensee ... or ... actual knowledge, whichever is sooner". */
    clockCitation: string;
    /** Iowa 507F.9(1) begins "on the business day after": the words shown for when counting begins (default "the day after"). */
    clockBegins?: string;
    /** How those words are read, where another reading gives a later date (18 Del. C. § 8606(d)(2)): named in the basis. */
    clockBeginsNote?: string;
    /** NH IV(a): excused when the provider itself gives the regulator the notice. MO has none. */
    providerNoticeExcuses: Cited | null;
    /** MO 4(3), NH IV(c): another licensee or the provider may fulfil the notice under an agreement; null where the text has no such clause. */
    agreements: (Cited & { wording: string }) | null;
  });
  /** null where the law has no assuming-insurer section (Maryland): an assuming insurer it reaches owes what any licensee does. */
  assumingInsurer: null | (Cited & DeadlineSpan & {
    /** Clock from receipt of the provider's notice when the provider holds the data. */
    providerClockCitation: string;
    cedingInsurersKeepConsumerDuties: Cited;
    /** MO 5(1)(c), NH V(c): the assuming insurer has no other notice duties; null where the law says nothing (SC). */
    noOtherNoticeDuties: Cited | null;
  });
  noticeContents: NoticeContents;
}

/** The insurance data security law: NAIC model #668 section 6 as each state enacted it, every duty in hand. */
export interface DataSecurityNoticeLaw extends RegulatorNoticeLaw {
  /** The investigation's minimum determinations (MO 375.1407.2, NH 420-P:5 II). */
  investigation: Cited & { items: Array<{ item: string; citation: string; text: string }> };
  /** Records of every cybersecurity event kept at least this long from the event (MO 375.1407.4, NH 420-P:5 IV). */
  recordRetention: Cited & { years: number; wording: string };
  /** Licensees governed by HIPAA's rules: what still applies (MO 375.1417.1(2)); null where the text is not in hand. */
  hipaaException: (Cited & {
    wording: string;
    /** Duties the law deems met for a HIPAA-covered licensee (40 Pa.C.S. § 4532(b): all but § 4518(a)-(c)): not owed, said so. */
    deemsMet?: Array<'consumer-notice-copy' | 'producer-notice' | 'record-retention'>;
    /** Duties a HIPAA-compliant act satisfies (Va. Code § 38.2-629 A 1: a HIPAA consumer notice meets § 38.2-626): still owed, the way to meet them named. */
    satisfiedBy?: Partial<Record<'consumer-notice' | 'record-retention', string>>;
  }) | null;
  consumerNoticeCopy: Cited & { wording: string };
  continuingUpdate: Cited & { wording: string };
  /** null where the law has no producer-of-record notice (Maryland). */
  producerNotice: null | (Cited & {
    rule: 'no-later-than-consumer-notice' | 'as-directed-by-regulator';
    wording: string;
    excused: string;
    /** RSMo 375.1410.6: "consumer notice is required by law, including section 407.1500": a consumer notice under any state's law; otherwise this state's. */
    consumerNoticeUnderAnyLaw?: boolean;
    /** The due rule in the statute's own words, where it is not "no later than the time at which notice is provided to the affected consumers". */
    dueRule?: string;
  });
}

/** The state's general breach-notice statute, as far as consumer, attorney-general and CRA notices go. */
export interface ConsumerBreachNoticeLaw extends Cited, Dated {
  title: string;
  consumerNotice: Cited & {
    wording: string;
    recipient: string;
    /** A deadline in calendar days from the determination (18 Del. C. § 8606(c)(1): "no later than 60 days after determining"). */
    calendarDays?: number;
    /**
     * Owed only with the regulator notice and a likelihood of harming a consumer (18 Del. C. § 8606(c): "a cybersecurity
     * event that has a reasonable likelihood of materially harming a consumer ... for which the licensee is required under
     * subsection (a) ... to notify the Commissioner").
     */
    onlyWithRegulatorNotice?: Cited & { wording: string };
  };
  /** Credit monitoring offered with the consumer notice (18 Del. C. § 8606(c)(2): one year where a Social Security number is involved). */
  creditMonitoring?: Cited & { wording: string };
  /** Duties another law may lay on the licensee, left open (6 Del. C. § 12B-102 beside 18 Del. C. § 8602(a)): why each is not evaluated. */
  notEvaluated?: Partial<Record<'attorney-general-notice' | 'consumer-reporting-agency-notice' | 'data-owner-notice', string>>;
  /** A person holding data it does not own notifies the owner immediately after discovery (null: the section has no such notice). */
  dataOwnerNotice: (Cited & { wording: string }) | null;
  /** Conditions that change the consumer notice, shown with it (law-enforcement delay, no-risk finding, deemed compliance). */
  conditions: Array<Cited & { wording: string }>;
  attorneyGeneralNotice: (Cited & { moreThanConsumers: number; wording: string; recipient: string }) | null;
  consumerReportingAgencyNotice: (Cited & { moreThanConsumers: number; wording: string; recipient: string }) | null;
  /** What could not be confirmed against the text; shown in the basis. */
  unconfirmed: string[];
}

/** A department bulletin: a request, not a statute; its non-binding status is shown with it. */
export interface DepartmentBulletin extends Cited, Dated {
  title: string;
  issued: string;
  recipient: string;
  calendarDays: number;
  wording: string;
  appliesTo: string;
  notBinding: string;
  noticeContents: NoticeContents;
  unconfirmed: string[];
}

/** A consumer breach statute the regulator notice points to, whose text is not in hand: named, never evaluated. */
export interface ConsumerLawNotInHand extends Cited {
  notInHand: true;
  title: string;
}

/**
 * A state whose notice section is in hand only in part (its beginning): the regulator notice from the words in
 * hand, every other duty "not evaluated: statute text not in hand". No third-party or assuming-insurer paragraph
 * is in hand, so none is assumed: a provider's notice is read as the determination (the earliest reading).
 */
export interface PartialTextLaw extends RegulatorNoticeLaw {
  partialText: {
    /** What of the section is in hand, e.g. "AS 21.23.280(a) and (b)(1)-(5)". */
    inHand: string;
    /** Conditions in the words in hand that the incident does not carry (Alaska's law-enforcement instruction). */
    conditions: Array<Cited & { wording: string }>;
    /** The continuing duty to update, where its words are in hand. */
    continuingUpdate: (Cited & { wording: string }) | null;
    /** Records of every event kept at least this long, where the investigation section is in hand (AS 21.23.270(c), 215 ILCS 215/15(d)). */
    recordRetention?: Cited & { years: number; wording: string };
    /**
     * The one assuming-insurer paragraph in hand (Illinois' closing fragment of § 20): an event held by the assuming
     * insurer's third-party service provider, counted from receipt of the provider's notice.
     */
    assumingInsurerViaProvider?: Cited & { businessDays: number; wording: string; cedingInsurersKeepConsumerDuties: Cited };
  };
  thirdParty: null;
  assumingInsurer: null;
}

/** A state with only the beginning of its notice section in hand (Alaska, Illinois, New York, Oklahoma, Rhode Island). */
export interface PartialJurisdiction {
  state: string;
  name: string;
  holidays: HolidayTable;
  dataSecurity: PartialTextLaw;
}

/** What the regulator-notice rules need of a state, full or partial. */
export interface NoticeJurisdiction {
  state: string;
  name: string;
  holidays: HolidayTable;
  dataSecurity: RegulatorNoticeLaw;
}

/** The insurance act sends consumer notice to a general breach law in hand (jurisdictions/breach/): planned there. */
export interface ConsumerLawGeneral extends Cited {
  general: true;
  title: string;
}

export interface Jurisdiction {
  state: string;
  name: string;
  holidays: HolidayTable;
  dataSecurity: DataSecurityNoticeLaw;
  consumerBreachNotice: ConsumerBreachNoticeLaw | ConsumerLawNotInHand | ConsumerLawGeneral;
  bulletin: DepartmentBulletin | null;
}

/** What of a partial text's section is in hand, or null for a law in full. */
export const partialTextOf = (law: RegulatorNoticeLaw): PartialTextLaw['partialText'] | null => ('partialText' in law ? (law as PartialTextLaw).partialText : null);
