/**
 * Va. Code Ann. § 18.2-186.6, breach of personal information notification (2008, cc. 566, 801, through 2020, c. 264;
 * in force 2008-07-01). Text: docs/law/VA/va-code-18.2-186.6.txt. Subsection K: "Nothing in this section shall apply
 * to an individual or entity regulated by the State Corporation Commission's Bureau of Insurance": a Virginia
 * licensee notifies consumers under Va. Code § 38.2-626 instead (va-code-38-2-625.ts).
 */
import type { GeneralBreachLaw } from '../../breach-law';

const S = (s: string) => `Va. Code § 18.2-186.6${s}`;

export const vaCode18_2_186_6: GeneralBreachLaw = {
  state: 'VA',
  name: 'Virginia',
  title: 'Va. Code § 18.2-186.6, breach of personal information notification',
  citation: S(''),
  source: 'docs/law/VA/va-code-18.2-186.6.txt',
  effectiveFrom: '2008-07-01',
  timeZone: 'America/New_York',
  personalInformation: {
    citation: S(' A'),
    kinds: ['social-security-number', 'drivers-license-or-state-id', 'account-number-with-code', 'passport-number', 'military-id'],
  },
  consumerNotice: {
    citation: S(' B'),
    recipient: 'each affected Virginia resident',
    wording: 'without unreasonable delay (no number of days); it may be reasonably delayed to determine the scope of the breach and restore the system',
    contents: [
      { item: '(1)', citation: S(' A ("Notice")'), text: 'The incident in general terms.', answers: ['description'] },
      { item: '(2)', citation: S(' A ("Notice")'), text: 'The type of personal information that was subject to the unauthorized access and acquisition.', answers: ['dataKinds'] },
      { item: '(3)', citation: S(' A ("Notice")'), text: 'The general acts of the individual or entity to protect the personal information from further unauthorized access.', answers: ['protection'] },
      { item: '(4)', citation: S(' A ("Notice")'), text: 'A telephone number that the person may call for further information and assistance, if one exists.', answers: ['phone'] },
      { item: '(5)', citation: S(' A ("Notice")'), text: 'Advice that directs the person to remain vigilant by reviewing account statements and monitoring free credit reports.', answers: [] },
    ],
  },
  harmExemption: {
    citation: S(' A, B'),
    wording: 'owed only where the breach causes, or is reasonably believed to have caused or to cause, identity theft or other fraud to a Virginia resident',
    needsWriting: false,
  },
  lawEnforcementDelay: {
    citation: S(' B'),
    wording: 'may be delayed if, after the entity notifies a law-enforcement agency, the agency advises that notice will impede a criminal or civil investigation or homeland or national security; made without unreasonable delay after it says so no longer',
    needsWriting: false,
  },
  attorneyGeneralNotice: {
    citation: S(' B, E'),
    recipient: 'Virginia Office of the Attorney General',
    moreThan: 0,
    wording: 'without unreasonable delay, with every notice to residents (B); above 1,000 persons at one time also of the timing, distribution, and content of the notice (E) (no number of days)',
    due: { kind: 'no-date' },
  },
  consumerReportingAgencyNotice: {
    citation: S(' E'),
    recipient: 'every nationwide consumer reporting agency',
    moreThan: 1000,
    wording: 'without unreasonable delay, of the timing, distribution, and content of the notice (no number of days)',
    due: { kind: 'no-date' },
  },
  dataOwnerNotice: { citation: S(' D'), wording: 'notify the owner or licensee without unreasonable delay following discovery (no number of days)' },
  deemedCompliance: [
    { citation: S(' F'), wording: 'an entity following its own notification procedures consistent with the timing of the section is compliant' },
    { citation: S(' G'), wording: 'an entity subject to GLBA Title V with breach procedures under it is deemed compliant' },
    { citation: S(' H'), wording: "an entity complying with its primary or functional state or federal regulator's notification rules is compliant" },
  ],
  interplay: {
    kind: 'steps-aside-for-insurance-licensees',
    citation: S(' K'),
    wording: "nothing in the section applies to an individual or entity regulated by the State Corporation Commission's Bureau of Insurance",
  },
  unconfirmed: [],
};
