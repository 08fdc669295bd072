/**
 * Iowa Code ch. 715C, personal information security breach protection (Iowa Code 2024: §§ 715C.1, 715C.2). Text:
 * docs/law/IA/iowa-code-715C.txt (spacing mangled in places, words intact). The insurance act sends consumer notice
 * here: Iowa Code § 507F.8(1). Chapter in force from 2008-07-01 (2008 Acts, ch 1154).
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `Iowa Code § 715C.${s}`;

export const iaCode715C: GeneralBreachLaw = {
  state: 'IA',
  name: 'Iowa',
  title: 'Iowa Code ch. 715C, personal information security breach protection',
  citation: 'Iowa Code ch. 715C',
  source: 'docs/law/IA/iowa-code-715C.txt',
  effectiveFrom: '2008-07-01',
  timeZone: 'America/Chicago',
  personalInformation: {
    citation: S('1(11)'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'passport-number', 'military-id', 'other-government-id', 'taxpayer-id', 'account-number-with-code', 'biometric-data'],
    note: '"other unique identification number created or collected by a government body" is read to take in passport, military and taxpayer numbers',
  },
  consumerNotice: {
    citation: S('2(1)'),
    recipient: 'each affected Iowa consumer',
    wording: 'in the most expeditious manner possible and without unreasonable delay (no number of days)',
    contents: [
      { item: 'a', citation: S('2(5)(a)'), text: 'A description of the breach of security.', answers: ['description'] },
      { item: 'b', citation: S('2(5)(b)'), text: 'The approximate date of the breach of security.', answers: ['breachDate'] },
      { item: 'c', citation: S('2(5)(c)'), text: 'The type of personal information obtained as a result of the breach of security.', answers: ['dataKinds'] },
      { item: 'd', citation: S('2(5)(d)'), text: 'Contact information for consumer reporting agencies.', answers: [] },
      { item: 'e', citation: S('2(5)(e)'), text: 'Advice to the consumer to report suspected incidents of identity theft to local law enforcement or the attorney general.', answers: [] },
    ],
  },
  harmExemption: {
    citation: S('2(6)'),
    wording: 'not required if, after an appropriate investigation or consultation with law enforcement, the person determined that no reasonable likelihood of financial harm has resulted or will result; the determination documented in writing and kept five years',
    needsWriting: true,
  },
  lawEnforcementDelay: {
    citation: S('2(3)'),
    wording: 'may be delayed where a law-enforcement agency determines the notice will impede a criminal investigation and has made a written request; made after the agency says in writing it will not compromise the investigation',
    needsWriting: true,
  },
  attorneyGeneralNotice: {
    citation: S('2(8)'),
    recipient: 'Director of the Consumer Protection Division, Office of the Iowa Attorney General',
    moreThan: 500,
    wording: 'written notice within five business days after giving notice of the breach of security to any consumer',
    due: { kind: 'business-days-after-consumer-notice', days: 5 },
  },
  consumerReportingAgencyNotice: null,
  dataOwnerNotice: { citation: S('2(2)'), wording: 'notify the owner or licensor immediately following discovery ("immediately": no number of days)' },
  deemedCompliance: [
    { citation: S('2(7)(a)'), wording: 'a person complying with more protective rules of its primary or functional federal regulator is outside the section' },
    { citation: S('2(7)(b)'), wording: 'a person complying with a state or federal law at least as protective and thorough is outside the section' },
    { citation: S('2(7)(c)'), wording: 'a person subject to and complying with the GLBA Title V regulations is outside the section' },
    { citation: S('2(7)(d)'), wording: 'a person subject to and complying with the HIPAA/HITECH rules is outside the section' },
  ],
  interplay: {
    kind: 'insurance-act-points-here',
    citation: 'Iowa Code § 507F.8(1)',
    wording: 'the insurance act requires a licensee to comply with the notification requirements of § 715C.2',
  },
  unconfirmed: [],
};
