/**
 * The shapes every jurisdiction file fills in (rules as data, as OpenFisca and Catala keep law).
 * Each value carries the section it comes from; figures live once, in the jurisdiction file, so counsel
 * can correct them in one place.
 */
import type { HolidayTable } from './holiday-table';

export interface Cited {
  citation: string;
}

/**
 * The facts a regulator notice item is answered from (domain/report.ts fills each from the incident and
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

/** What the notice contains, with the source's own proviso (as much as practicable; no consumer NPI). */
export interface NoticeContents extends Cited {
  wording: string;
  items: NoticeItem[];
}

/** The insurance data security law: NAIC model #668 section 6 as each state enacted it. */
export interface DataSecurityNoticeLaw extends Cited {
  title: string;
  /** The date the section is in force; a determination before it is not governed by it. */
  effectiveFrom: string;
  regulator: { recipient: string; timeZone: string };
  regulatorNotice: Cited & {
    businessDays: number;
    wording: string;
    /** MO 375.1410.1 speaks of "a cybersecurity event involving nonpublic information"; NH I does not. */
    requiresNonpublicInformation: boolean;
  };
  /** Criterion (1)/(a): domicile or home state plus reasonable likelihood of material harm. */
  homeStateCriterion: Cited;
  /** Criterion (2)/(b): residents at or above the threshold plus government notice or material harm. */
  residentsCriterion: Cited & { residentsAtLeast: number };
  thirdParty: Cited & {
    /** "the day after the ... provider notifies the licensee ... or ... actual knowledge, whichever is sooner". */
    clockCitation: string;
    /** NH IV(a): excused when the provider itself gives the regulator the notice. MO has none. */
    providerNoticeExcuses: Cited | null;
  };
  assumingInsurer: Cited & {
    businessDays: number;
    /** Clock from receipt of the provider's notice when the provider holds the data. */
    providerClockCitation: string;
    cedingInsurersKeepConsumerDuties: Cited;
    noOtherNoticeDuties: Cited;
  };
  consumerNoticeCopy: Cited & { wording: string };
  noticeContents: NoticeContents;
  continuingUpdate: Cited & { wording: string };
  producerNotice: Cited & {
    rule: 'no-later-than-consumer-notice' | 'as-directed-by-regulator';
    wording: string;
    excused: string;
  };
}

/** The state's general breach-notice statute, as far as consumer, attorney-general and CRA notices go. */
export interface ConsumerBreachNoticeLaw extends Cited {
  title: string;
  consumerNotice: Cited & { wording: string; recipient: string };
  attorneyGeneralNotice: (Cited & { moreThanConsumers: number; wording: string; recipient: string }) | null;
  consumerReportingAgencyNotice: (Cited & { moreThanConsumers: number; wording: string; recipient: string }) | null;
  /** What could not be confirmed against the text; shown in the basis. */
  unconfirmed: string[];
}

/** A department bulletin: a request, not a statute; its non-binding status is shown with it. */
export interface DepartmentBulletin extends Cited {
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

export interface Jurisdiction {
  state: 'MO' | 'NH';
  name: string;
  holidays: HolidayTable;
  dataSecurity: DataSecurityNoticeLaw;
  consumerBreachNotice: ConsumerBreachNoticeLaw;
  bulletin: DepartmentBulletin | null;
}
