/**
 * Missouri DCI Insurance Bulletin 23-04 (issued 2023-10-25). Text: shared/seeds/mo-dci-bulletin-23-04.txt.
 * A request of the Department, not a statute: shown with its own words on that.
 */
import type { DepartmentBulletin } from '../jurisdiction';

export const bulletin23_04: DepartmentBulletin = {
  title: 'Missouri DCI Insurance Bulletin 23-04',
  citation: 'MO DCI Bulletin 23-04',
  issued: '2023-10-25',
  recipient: 'Missouri Department of Commerce and Insurance, Chief Market Conduct Examiner (marketconduct@insurance.mo.gov)',
  // "no later than 10 days": the unit is not stated; calendar days assumed (research-rules.md a.2, MB).
  calendarDays: 10,
  wording: 'as soon as practicable, but no later than 10 days, after it has become aware of a breach of security as defined by RSMo 407.1500',
  appliesTo: 'insurers writing insurance coverages in Missouri (insurer as defined in RSMo 374.018)',
  notBinding: 'the Bulletin "does not have the force and effect of law" (RSMo 374.015); breachclock still tracks it as the Department asks',
  unconfirmed: [
    'the unit of "10 days" (calendar days assumed)',
    'whether the Bulletin still applies alongside RSMo 375.1410 after 2026-01-01 (Bulletin 26-01)',
  ],
};
