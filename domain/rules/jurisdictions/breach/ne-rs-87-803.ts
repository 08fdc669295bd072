/**
 * Neb. Rev. Stat. §§ 87-801 to 87-808, Financial Data Protection and Consumer Notification of Data Security Breach
 * Act of 2006 (Laws 2006, LB 876; 2016, LB835; 2018, LB757). Text: docs/law/NE/neb-87-801-808.txt. No Nebraska
 * insurance data security act was found.
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `Neb. Rev. Stat. § 87-${s}`;

export const neb87_803: GeneralBreachLaw = {
  state: 'NE',
  name: 'Nebraska',
  title: 'Financial Data Protection and Consumer Notification of Data Security Breach Act of 2006 (Neb. Rev. Stat. §§ 87-801 to 87-808)',
  citation: 'Neb. Rev. Stat. §§ 87-801 to 87-808',
  source: 'docs/law/NE/neb-87-801-808.txt',
  // § 87-807: applies to a breach discovered or notified on or after July 14, 2006.
  effectiveFrom: '2006-07-14',
  timeZone: 'America/Chicago',
  personalInformation: {
    citation: S('802(5)'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-number-with-code', 'biometric-data', 'username-or-email-with-password'],
  },
  consumerNotice: {
    citation: S('803(1)'),
    recipient: 'each affected Nebraska resident',
    wording: 'as soon as possible and without unreasonable delay (no number of days)',
    contents: [],
  },
  harmExemption: {
    citation: S('803(1)'),
    wording: 'owed where the investigation determines that use of the information for an unauthorized purpose has occurred or is reasonably likely to occur',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S('803(4)'),
    wording: 'may be delayed if a law-enforcement agency determines the notice will impede a criminal investigation; made as soon as possible after it says so no longer',
    needsWriting: false,
  },
  attorneyGeneralNotice: {
    citation: S('803(2)'),
    recipient: 'Nebraska Attorney General',
    moreThan: 0,
    wording: 'not later than the time when notice is provided to the Nebraska resident',
    due: { kind: 'with-consumer-notice' },
  },
  consumerReportingAgencyNotice: null,
  dataOwnerNotice: { citation: S('803(3)'), wording: 'give notice to and cooperate with the owner or licensee when it becomes aware of the breach (no number of days)' },
  deemedCompliance: [
    { citation: S('804(1)'), wording: 'a person following its own notice procedures consistent with the timing is deemed compliant if it notifies residents and the Attorney General' },
    { citation: S('804(2)'), wording: "a person regulated by state or federal law following its primary or functional regulator's procedures is deemed compliant if it notifies residents and the Attorney General" },
  ],
  interplay: { kind: 'none-in-hand', wording: 'no Nebraska insurance data security act was found; the Act is applied as written' },
  unconfirmed: [],
};
