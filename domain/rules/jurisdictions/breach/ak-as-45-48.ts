/**
 * AS 45.48.010-45.48.090, breach of security involving personal information (§ 4 ch 92 SLA 2008). Text:
 * docs/law/AK/as-45.48.010-090.txt (Public.Resource.Org release of 2023). Alaska's insurance act is in hand only in
 * its beginning (AS 21.23.280(a), (b)(1)-(5)): no consumer paragraph.
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `AS 45.48.${s}`;

export const as45_48: GeneralBreachLaw = {
  state: 'AK',
  name: 'Alaska',
  title: 'AS 45.48.010-45.48.090, breach of security involving personal information',
  citation: 'AS 45.48.010-45.48.090',
  source: 'docs/law/AK/as-45.48.010-090.txt',
  effectiveFrom: '2008-01-01',
  timeZone: 'America/Anchorage',
  personalInformation: {
    citation: S('090(7)'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-or-card-number-alone', 'account-number-with-code'],
    note: 'an account, credit card or debit card number alone is personal information ((B)(iii)), as are passwords or access codes for financial accounts ((B)(v)); information "in any form", paper too',
  },
  consumerNotice: {
    citation: S('010(a)-(b)'),
    recipient: 'each affected Alaska resident',
    wording: 'in the most expeditious time possible and without unreasonable delay (no number of days)',
    contents: [],
  },
  harmExemption: {
    citation: S('010(c)'),
    wording: 'not required if, after an appropriate investigation and after written notification to the attorney general, the covered person determines there is no reasonable likelihood of harm; documented in writing and kept five years',
    needsWriting: true,
    needsAttorneyGeneralNotice: true,
  },
  lawEnforcementDelay: {
    citation: S('020'),
    wording: 'may be delayed if an appropriate law-enforcement agency determines disclosure will interfere with a criminal investigation; made without unreasonable delay after the agency says in writing it no longer will',
    needsWriting: false,
  },
  attorneyGeneralNotice: null,
  consumerReportingAgencyNotice: {
    citation: S('040(a)'),
    recipient: 'every nationwide consumer credit reporting agency',
    moreThan: 1000,
    wording: 'without unreasonable delay, with the timing, distribution, and content of the notices (no number of days)',
    due: { kind: 'no-date' },
    unlessNotEvaluated: { citation: S('040(c)'), wording: 'the section does not apply to an information collector subject to the Gramm-Leach-Bliley Act, which may include an insurer (15 U.S.C. § 6809(3)); the incident does not say, so the notice is kept' },
  },
  dataOwnerNotice: { citation: S('070(a)'), wording: 'an information recipient notifies the information distributor immediately after discovering the breach ("immediately": no number of days)' },
  deemedCompliance: [],
  interplay: { kind: 'none-in-hand', wording: "Alaska's insurance act is in hand only in its beginning (AS 21.23.280(a), (b)(1)-(5)); AS 45.48 is applied as written" },
  unconfirmed: ['the effective date of ch 92 SLA 2008 is not in the text in hand: taken as 2008-01-01, the earliest it could be'],
};
