/**
 * S.C. Code Ann. § 39-1-90, breach of the security of business data (2008 Act No. 190, eff. 2009-07-01; 2013 Act
 * No. 15). Text: docs/law/SC/sc-code-39-1-90.txt. The insurance act sends consumer notice here: S.C. Code § 38-99-40(C).
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `S.C. Code § 39-1-90${s}`;

export const scCode39_1_90: GeneralBreachLaw = {
  state: 'SC',
  name: 'South Carolina',
  title: 'S.C. Code § 39-1-90, breach of the security of business data',
  citation: S(''),
  source: 'docs/law/SC/sc-code-39-1-90.txt',
  effectiveFrom: '2009-07-01',
  timeZone: 'America/New_York',
  personalInformation: {
    citation: S('(D)(3)'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-number-with-code', 'account-or-card-number-alone', 'passport-number', 'military-id', 'other-government-id', 'taxpayer-id'],
    note: '(d) "other numbers or information which may be used to access a person\'s financial accounts or ... issued by a governmental or regulatory entity" is read to take in an account number alone and government-issued numbers',
  },
  consumerNotice: {
    citation: S('(A)'),
    recipient: 'each affected South Carolina resident',
    wording: 'in the most expedient time possible and without unreasonable delay (no number of days)',
    contents: [],
  },
  harmExemption: {
    citation: S('(A), (D)(1)'),
    wording: 'owed only where illegal use of the information has occurred or is reasonably likely to occur, or its use creates a material risk of harm to the resident',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S('(C)'),
    wording: 'may be delayed if a law-enforcement agency determines the notice impedes a criminal investigation; made after the agency determines it no longer compromises it',
    needsWriting: false,
  },
  attorneyGeneralNotice: {
    citation: S('(K)'),
    recipient: 'Consumer Protection Division, South Carolina Department of Consumer Affairs',
    moreThan: 1000,
    wording: 'without unreasonable delay, of the timing, distribution, and content of the notice, where more than one thousand persons are notified at one time (no number of days)',
    due: { kind: 'no-date' },
  },
  consumerReportingAgencyNotice: {
    citation: S('(K)'),
    recipient: 'every nationwide consumer reporting agency',
    moreThan: 1000,
    wording: 'without unreasonable delay, of the timing, distribution, and content of the notice (no number of days)',
    due: { kind: 'no-date' },
  },
  dataOwnerNotice: { citation: S('(B)'), wording: 'notify the owner or licensee immediately following discovery ("immediately": no number of days)' },
  deemedCompliance: [
    { citation: S('(F)'), wording: 'a person following its own notification procedures consistent with the timing of the section is compliant' },
    { citation: S('(I)'), wording: 'the section does not apply to a bank or financial institution subject to and in compliance with GLBA privacy and security provisions' },
    { citation: S('(J)'), wording: 'a financial institution complying with the federal Interagency Guidance is compliant' },
  ],
  interplay: {
    kind: 'insurance-act-points-here',
    citation: 'S.C. Code § 38-99-40(C)',
    wording: 'the insurance act requires a licensee to comply with the notice requirements of § 39-1-90',
  },
  unconfirmed: ['the heading of § 39-1-90 is not in the copy in hand'],
};
