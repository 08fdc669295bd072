/**
 * 6 Del. C. ch. 12B, computer security breaches (75 Del. Laws c. 61; 81 Del. Laws c. 129). Text:
 * docs/law/DE/del-code-6-ch12B.txt (§ 12B-100 cut off; nothing below rests on it). For a Delaware insurance licensee,
 * 18 Del. C. § 8602(a) makes ch. 86 "the exclusive state standards" for notices to the Commissioner and consumers: its
 * own consumer notice (§ 8606(c)) is planned, and whether this chapter still reaches it is shown as a question.
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `6 Del. C. § 12B-${s}`;

export const del6_12B: GeneralBreachLaw = {
  state: 'DE',
  name: 'Delaware',
  title: '6 Del. C. ch. 12B, computer security breaches',
  citation: '6 Del. C. §§ 12B-101 to 12B-104',
  source: 'docs/law/DE/del-code-6-ch12B.txt',
  effectiveFrom: '2005-01-01',
  timeZone: 'America/New_York',
  personalInformation: {
    citation: S('101(7)'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'military-id', 'other-government-id', 'account-number-with-code', 'passport-number', 'username-or-email-with-password', 'medical-information', 'dna-profile', 'health-insurance-information', 'biometric-data', 'taxpayer-id'],
  },
  consumerNotice: {
    citation: S('102(a), (c)'),
    recipient: 'each affected Delaware resident',
    wording: 'without unreasonable delay but not later than 60 days after determination of the breach of security',
    days: { count: 60, from: 'determination', citation: S('102(c)'), fromWords: 'determination of the breach of security ("the point in time at which a person ... has sufficient evidence to conclude that a breach of security ... has taken place", § 12B-101(2))' },
    contents: [],
  },
  harmExemption: {
    citation: S('102(a)'),
    wording: 'not owed if, after an appropriate investigation, the person reasonably determines that the breach is unlikely to result in harm',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S('102(c)(2)'),
    wording: 'delayed where a law-enforcement agency determines the notice will impede a criminal investigation and asks for the delay; made after it says the notice will not compromise the investigation',
    needsWriting: false,
  },
  attorneyGeneralNotice: {
    citation: S('102(d)'),
    recipient: 'Delaware Attorney General',
    moreThan: 500,
    wording: 'not later than the time when notice is provided to the resident',
    due: { kind: 'with-consumer-notice' },
  },
  consumerReportingAgencyNotice: null,
  identityTheftServices: {
    citation: S('102(e)'),
    kinds: ['social-security-number'],
    wording: 'offer credit monitoring services at no cost for 1 year, with what is needed to enroll and how to place a credit freeze, unless the person reasonably determines the breach is unlikely to result in harm',
  },
  dataOwnerNotice: { citation: S('102(b)'), wording: 'give notice to and cooperate with the owner or licensee immediately following determination of the breach ("immediately": no number of days)' },
  deemedCompliance: [
    { citation: S('103(a)'), wording: 'a person following its own notice procedures consistent with the timing of the chapter is deemed compliant' },
    { citation: S('103(b)'), wording: "a person regulated by state or federal law (HIPAA, GLBA named) following its primary or functional regulator's breach procedures is deemed compliant" },
  ],
  interplay: {
    kind: 'insurance-act-exclusive',
    citation: '18 Del. C. § 8602(a)',
    wording: 'ch. 86 establishes "the exclusive state standards" for a licensee\'s notices to the Commissioner and consumers',
    question: 'whether 6 Del. C. ch. 12B (its consumer notice, and the Attorney General notice of § 12B-102(d) above 500 residents) still reaches a Delaware insurance licensee beside 18 Del. C. § 8602(a) is an open question for counsel (docs/legal-open-questions.md): no date from ch. 12B is shown',
  },
  unconfirmed: ['§ 12B-100 is cut off in the copy in hand', 'the in-force date of the 60-day rule (81 Del. Laws c. 129) is not in the text: the chapter is taken as in force from 2005-01-01'],
};
