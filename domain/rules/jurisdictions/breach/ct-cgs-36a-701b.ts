/**
 * Conn. Gen. Stat. § 36a-701b, breach of security (as amended through P.A. 23-98). Text: docs/law/CT/cgs-36a-701b.txt.
 * The insurance act sends consumer notice here: Conn. Gen. Stat. § 38a-38(e)(3). In force from 2006-01-01; the
 * 60 days and the 24 months read below are the amended text (P.A. 21-59, P.A. 18-90).
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `Conn. Gen. Stat. § 36a-701b${s}`;

export const cgs36a_701b: GeneralBreachLaw = {
  state: 'CT',
  name: 'Connecticut',
  title: 'Conn. Gen. Stat. § 36a-701b, breach of security re computerized data containing personal information',
  citation: S(''),
  source: 'docs/law/CT/cgs-36a-701b.txt',
  effectiveFrom: '2006-01-01',
  timeZone: 'America/New_York',
  personalInformation: {
    citation: S('(a)(2)'),
    kinds: ['social-security-number', 'taxpayer-id', 'drivers-license-or-state-id', 'passport-number', 'military-id', 'other-government-id', 'account-or-card-number-alone', 'account-number-with-code', 'medical-information', 'health-insurance-information', 'biometric-data', 'precise-geolocation', 'username-or-email-with-password'],
    note: 'a credit or debit card number alone is personal information ((a)(2)(A)(v)); an account number needs its code ((vi))',
  },
  consumerNotice: {
    citation: S('(b)(1)'),
    recipient: 'each affected Connecticut resident',
    wording: 'without unreasonable delay but not later than sixty days after the discovery of such breach, unless a shorter time is required under federal law',
    days: { count: 60, from: 'discovery', citation: S('(b)(1)'), fromWords: 'the discovery of such breach' },
    contents: [],
  },
  harmExemption: {
    citation: S('(b)(1)'),
    wording: 'not required if, after an appropriate investigation, the person reasonably determines that the breach will not likely result in harm to the individuals',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S('(d)'),
    wording: 'delayed for a reasonable period where a law-enforcement agency determines the notice will impede a criminal investigation and has asked for the delay; made after it says the notice will not compromise the investigation',
    needsWriting: false,
  },
  attorneyGeneralNotice: {
    citation: S('(b)(2)(A)'),
    recipient: 'Connecticut Attorney General',
    moreThan: 0,
    wording: 'not later than the time when notice is provided to the resident',
    due: { kind: 'with-consumer-notice' },
  },
  consumerReportingAgencyNotice: null,
  identityTheftServices: {
    citation: S('(b)(2)(B)'),
    kinds: ['social-security-number', 'taxpayer-id'],
    wording: 'offer appropriate identity theft prevention services and, if applicable, identity theft mitigation services, at no cost for not less than 24 months, with how to enroll and how to place a credit freeze (Social Security or taxpayer identification numbers, (a)(2)(A)(i)-(ii))',
  },
  dataOwnerNotice: { citation: S('(c)'), wording: 'notify the owner or licensee immediately following discovery ("immediately": no number of days)' },
  deemedCompliance: [
    { citation: S('(g)'), wording: "a person following its own breach procedures, or its primary or functional regulator's, is deemed compliant if it meets the timing, notifies as required, and tells the Attorney General not later than the residents" },
    { citation: S('(h)'), wording: 'a person in compliance with HIPAA and HITECH is deemed compliant if it tells the Attorney General not later than the residents and offers the (b)(2)(B) services' },
  ],
  interplay: {
    kind: 'insurance-act-points-here',
    citation: 'Conn. Gen. Stat. § 38a-38(e)(3)',
    wording: "the insurance act requires a licensee's consumer notice to comply with § 36a-701b",
  },
  unconfirmed: [],
};
