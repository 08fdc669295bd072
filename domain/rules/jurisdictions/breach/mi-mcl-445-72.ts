/**
 * MCL 445.72, notice of security breach (Identity Theft Protection Act, 2006 PA 566, am. 2010 PA 315), with the
 * definitions of MCL 445.63. Text: docs/law/MI/mcl-445.63-445.72.txt. Michigan's insurance act (MCL 500.550-500.565)
 * is not in hand. No notice to the Attorney General in § 445.72.
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `MCL 445.72${s}`;

export const mcl445_72: GeneralBreachLaw = {
  state: 'MI',
  name: 'Michigan',
  title: 'MCL 445.72, notice of security breach (Identity Theft Protection Act)',
  citation: S(''),
  source: 'docs/law/MI/mcl-445.63-445.72.txt',
  // § 445.72(16): applies to the discovery or notification of a breach on or after July 2, 2006.
  effectiveFrom: '2006-07-02',
  timeZone: 'America/Detroit',
  personalInformation: {
    citation: 'MCL 445.63(r)',
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-number-with-code'],
  },
  consumerNotice: {
    citation: S('(1), (4)'),
    recipient: 'each affected Michigan resident',
    wording: 'without unreasonable delay (no number of days); a delay to determine the scope and restore the database is allowed',
    contents: [
      { item: '(c)', citation: S('(6)(c)'), text: 'Describe the security breach in general terms.', answers: ['description'] },
      { item: '(d)', citation: S('(6)(d)'), text: 'Describe the type of personal information that is the subject of the unauthorized access or use.', answers: ['dataKinds'] },
      { item: '(e)', citation: S('(6)(e)'), text: 'If applicable, generally describe what has been done to protect data from further security breaches.', answers: ['protection'] },
      { item: '(f)', citation: S('(6)(f)'), text: 'Include a telephone number where a notice recipient may obtain assistance or additional information.', answers: ['phone'] },
      { item: '(g)', citation: S('(6)(g)'), text: 'Remind notice recipients of the need to remain vigilant for incidents of fraud and identity theft.', answers: [] },
    ],
  },
  harmExemption: {
    citation: S('(1), (3)'),
    wording: 'not owed where the person determines, with the care of an ordinarily prudent person, that the breach has not caused and is not likely to cause substantial loss or injury to, or identity theft with respect to, one or more Michigan residents',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S('(4)(b)'),
    wording: 'may be delayed where a law-enforcement agency determines and advises that notice will impede a criminal or civil investigation or jeopardize homeland or national security; given without unreasonable delay once it no longer will',
    needsWriting: false,
  },
  attorneyGeneralNotice: null,
  consumerReportingAgencyNotice: {
    citation: S('(8)'),
    recipient: 'every nationwide consumer reporting agency',
    moreThan: 1000,
    wording: 'without unreasonable delay after the residents\' notice, with the number of notices and their timing (no number of days)',
    due: { kind: 'no-date' },
    unlessNotEvaluated: { citation: S('(8)(b)'), wording: 'not owed by a person subject to 15 USC 6801 to 6809 (GLBA), which may include an insurer (15 U.S.C. § 6809(3)); the incident does not say, so the notice is kept' },
  },
  dataOwnerNotice: { citation: S('(2)'), wording: 'a person maintaining data it does not own notifies the owner or licensor (no number of days: "without unreasonable delay", (4))' },
  deemedCompliance: [
    { citation: S('(7)'), wording: 'notice may be given under an agreement with another person' },
    { citation: S('(9)'), wording: 'a financial institution under the federal interagency guidance is compliant' },
    { citation: S('(10)'), wording: 'a person subject to and complying with HIPAA and 45 CFR parts 160 and 164 is compliant' },
  ],
  interplay: { kind: 'none-in-hand', wording: "Michigan's insurance act (MCL 500.550-500.565) is not in hand; § 445.72 is applied as written" },
  unconfirmed: [],
};
