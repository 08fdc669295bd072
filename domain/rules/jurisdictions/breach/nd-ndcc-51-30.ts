/**
 * N.D.C.C. ch. 51-30, notice of security breach for personal information (S.L. 2005, ch. 447; 2015, ch. 352).
 * Text: docs/law/ND/ndcc-51-30.txt (Public.Resource.Org release of 2022). North Dakota's insurance act (N.D.C.C.
 * ch. 26.1-02.2) is not in hand.
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `N.D.C.C. § 51-30-${s}`;

export const ndcc51_30: GeneralBreachLaw = {
  state: 'ND',
  name: 'North Dakota',
  title: 'N.D.C.C. ch. 51-30, notice of security breach for personal information',
  citation: 'N.D.C.C. ch. 51-30',
  source: 'docs/law/ND/ndcc-51-30.txt',
  effectiveFrom: '2005-08-01',
  timeZone: 'America/Chicago',
  personalInformation: {
    citation: S('01(4)'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-number-with-code', 'date-of-birth', 'mothers-maiden-name', 'medical-information', 'health-insurance-information', 'employer-id-with-code', 'electronic-signature'],
  },
  consumerNotice: {
    citation: S('02'),
    recipient: 'each affected North Dakota resident',
    wording: 'in the most expedient time possible and without unreasonable delay (no number of days)',
    contents: [],
  },
  harmExemption: null,
  noHarmTest: 'N.D.C.C. § 51-30-02 has no harm or risk-of-harm test: a determination of no harm does not remove the notice',
  lawEnforcementDelay: {
    citation: S('04'),
    wording: 'may be delayed if a law-enforcement agency determines the notice will impede a criminal investigation; made after it determines the notice will not compromise the investigation',
    needsWriting: false,
  },
  attorneyGeneralNotice: {
    citation: S('02'),
    recipient: 'North Dakota Attorney General (by mail or electronic mail)',
    moreThan: 250,
    counts: 'all-individuals',
    wording: 'any breach "which exceeds two hundred fifty individuals", in the most expedient time possible and without unreasonable delay (no number of days)',
    due: { kind: 'no-date' },
  },
  consumerReportingAgencyNotice: null,
  dataOwnerNotice: { citation: S('03'), wording: 'notify the owner or licensee immediately following the discovery ("immediately": no number of days)' },
  deemedCompliance: [
    { citation: S('06'), wording: 'a person following its own notification procedures consistent with the timing of the chapter, a financial institution under the federal interagency guidance, and a HIPAA covered entity or business associate are deemed compliant' },
  ],
  interplay: { kind: 'none-in-hand', wording: "North Dakota's insurance act (N.D.C.C. ch. 26.1-02.2) is not in hand; ch. 51-30 is applied as written" },
  unconfirmed: ['the copy in hand is of 2022: later amendments are not in it'],
};
