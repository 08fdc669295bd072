/**
 * Missouri DCI Insurance Bulletin 23-04 (issued 2023-10-25). Text: docs/law/MO/dci-bulletin-23-04.txt.
 * A request of the Department, not a statute: it "does not have the force and effect of law" (RSMo 374.015),
 * shown with its own words on that.
 */
import type { DepartmentBulletin } from '../jurisdiction';

export const bulletin23_04: DepartmentBulletin = {
  title: 'Missouri DCI Insurance Bulletin 23-04',
  citation: 'MO DCI Bulletin 23-04',
  source: 'docs/law/MO/dci-bulletin-23-04.txt',
  effectiveFrom: '2023-10-25',
  issued: '2023-10-25',
  recipient:
    'Missouri Department of Commerce and Insurance, Chief Market Conduct Examiner (by mail to P.O. Box 690, Jefferson City, Mo. 65102-0690, or by email to marketconduct@insurance.mo.gov)',
  // "no later than 10 days": the unit is not stated; calendar days are the earlier reading (business days would be later).
  calendarDays: 10,
  wording: 'as soon as practicable, but no later than 10 days, after it has become aware of a breach of security as defined by RSMo 407.1500',
  appliesTo: 'insurers writing insurance coverages in Missouri (insurer as defined in RSMo 374.018)',
  notBinding: 'the Bulletin is a request of the Department: it "does not have the force and effect of law, ... and is not binding on the Department" (RSMo 374.015); breachclock tracks it as the Department asks, not as law',
  // "at a minimum, include the following" (the Bulletin's bullets, numbered here in its order).
  noticeContents: {
    citation: 'MO DCI Bulletin 23-04',
    wording: 'at a minimum, include the following (sent to the Chief Market Conduct Examiner at P.O. Box 690, Jefferson City, Mo. 65102-0690, or by email to marketconduct@insurance.mo.gov)',
    items: [
      { item: '1', citation: 'MO DCI Bulletin 23-04, item 1', text: 'The date the cybersecurity event was identified and how it was discovered', answers: ['identifiedDate', 'discovery'] },
      { item: '2', citation: 'MO DCI Bulletin 23-04, item 2', text: 'The identity of the source of the cybersecurity event, if known', answers: ['source'] },
      { item: '3', citation: 'MO DCI Bulletin 23-04, item 3', text: 'A description of how the information was exposed, lost, stolen, or breached, for example ransomware, phishing, denial or distributed denial-of-service, etc., including the specific roles and responsibilities of third-party service providers, if any', answers: ['exposure'] },
      { item: '4', citation: 'MO DCI Bulletin 23-04, item 4', text: 'A description of the specific types of information acquired without authorization', answers: ['informationTypes'] },
      { item: '5', citation: 'MO DCI Bulletin 23-04, item 5', text: 'The period during which the information system was compromised by the cybersecurity event', answers: ['compromisedPeriod'] },
      { item: '6', citation: 'MO DCI Bulletin 23-04, item 6', text: 'The total number of Missouri consumers affected by the cybersecurity event', answers: ['consumersInState'] },
      { item: '7', citation: 'MO DCI Bulletin 23-04, item 7', text: 'A description of efforts being undertaken to remediate the situation that permitted the cybersecurity event to occur', answers: ['remediation'] },
      { item: '8', citation: 'MO DCI Bulletin 23-04, item 8', text: 'A description of the steps that will be or have been taken to mitigate damage to affected consumers, such as sending notifications, credit monitoring, and/or rectifying identity or credit damage', answers: ['consumerMitigation'] },
      { item: '9', citation: 'MO DCI Bulletin 23-04, item 9', text: 'Information on whether notice has been provided to the Missouri Office of the Attorney General, credit bureaus, and any law enforcement agencies, and, if so, when such notification was provided', answers: ['publicNotices'] },
      { item: '10', citation: 'MO DCI Bulletin 23-04, item 10', text: 'The name of and contact information of a person who is both familiar with the cybersecurity event and authorized to act for the insurer', answers: ['contactDetails'] },
    ],
  },
  unconfirmed: [
    'the unit of "10 days" (calendar days assumed)',
    'whether the Bulletin still applies alongside RSMo 375.1410 after 2026-01-01 (Bulletin 26-01)',
  ],
};
