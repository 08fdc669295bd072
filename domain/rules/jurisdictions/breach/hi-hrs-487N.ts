/**
 * HRS ch. 487N, security breach of personal information (L 2006, c 135; am L 2008, c 19): § 487N-1 definitions,
 * § 487N-2 notice. Text: docs/law/HI/hrs-487N-1-4.txt (capitol.hawaii.gov via a 2026 scrape). Hawaii's insurance
 * act (HRS ch. 431, art. 3B) is not in hand.
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `HRS § 487N-${s}`;

export const hrs487N: GeneralBreachLaw = {
  state: 'HI',
  name: 'Hawaii',
  title: 'HRS ch. 487N, security breach of personal information',
  citation: 'HRS §§ 487N-1 to 487N-4',
  source: 'docs/law/HI/hrs-487N-1-4.txt',
  effectiveFrom: '2006-01-01',
  timeZone: 'Pacific/Honolulu',
  personalInformation: {
    citation: S('1'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-or-card-number-alone', 'account-number-with-code'],
    note: '"Account number, credit or debit card number, access code, or password that would permit access" is read to take in a number alone (the reading that owes the notice)',
  },
  consumerNotice: {
    citation: S('2(a)'),
    recipient: 'each affected person',
    wording: 'without unreasonable delay (no number of days)',
    contents: [
      { item: '(1)', citation: S('2(d)(1)'), text: 'The incident in general terms.', answers: ['description'] },
      { item: '(2)', citation: S('2(d)(2)'), text: 'The type of personal information that was subject to the unauthorized access and acquisition.', answers: ['dataKinds'] },
      { item: '(3)', citation: S('2(d)(3)'), text: 'The general acts of the business to protect the personal information from further unauthorized access.', answers: ['protection'] },
      { item: '(4)', citation: S('2(d)(4)'), text: 'A telephone number that the person may call for further information and assistance, if one exists.', answers: ['phone'] },
      { item: '(5)', citation: S('2(d)(5)'), text: 'Advice that directs the person to remain vigilant by reviewing account statements and monitoring free credit reports.', answers: [] },
    ],
  },
  harmExemption: {
    citation: S('1 ("Security breach")'),
    wording: 'a security breach is one where illegal use of the information has occurred, or is reasonably likely to occur, and that creates a risk of harm to a person',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S('2(c)'),
    wording: 'delayed if a law-enforcement agency says notice may impede a criminal investigation or jeopardize national security and asks for a delay, in writing or documented contemporaneously in writing with the officer\'s name and agency',
    needsWriting: true,
  },
  attorneyGeneralNotice: {
    citation: S('2(f)'),
    recipient: "State of Hawaii's Office of Consumer Protection",
    moreThan: 1000,
    wording: 'in writing, without unreasonable delay, of the timing, distribution, and content of the notice (no number of days)',
    due: { kind: 'no-date' },
  },
  consumerReportingAgencyNotice: {
    citation: S('2(f)'),
    recipient: 'every nationwide consumer reporting agency',
    moreThan: 1000,
    wording: 'in writing, without unreasonable delay, of the timing, distribution, and content of the notice (no number of days)',
    due: { kind: 'no-date' },
  },
  dataOwnerNotice: { citation: S('2(b)'), wording: 'notify the owner or licensee immediately following discovery ("immediately": no number of days)' },
  deemedCompliance: [
    { citation: S('2(g)(1)'), wording: 'a financial institution subject to the federal Interagency Guidance or 12 C.F.R. Part 748 is deemed compliant' },
    { citation: S('2(g)(2)'), wording: 'a health plan or health care provider subject to and in compliance with the HIPAA standards is deemed compliant' },
  ],
  interplay: { kind: 'none-in-hand', wording: "Hawaii's insurance act (HRS ch. 431, art. 3B) is not in hand; ch. 487N is applied as written" },
  unconfirmed: ['the effective date of L 2006, c 135 is not in the text in hand: taken as 2006-01-01, the earliest it could be'],
};
