/**
 * An assuming insurer's duties (RSMo 375.1410.5, RSA 420-P:6 V): "notify its affected ceding insurers and the
 * commissioner or director of insurance for its state of domicile within three business days", and "no
 * other notice obligations" (5(1)(c), V(c)). Every covered state whose law reaches the assuming insurer is
 * evaluated; the notice is one notice to one regulator, so the earliest date is shown and the others named.
 */
import type { BusinessCalendar } from './calendar';
import { businessDayDeadline, dataSecurityClock, hoursDeadline } from './clocks';
import type { Incident } from '../incident/incident';
import type { Jurisdiction } from './jurisdiction';
import { JURISDICTIONS } from './jurisdictions';
import { obligationId, inZone, stateReaches, touches, type PlanBuilder } from './plan-model';
import { stateName } from '../incident/states';
import { parseInstant } from './days';

interface Reading {
  j: Jurisdiction;
  clockAt: string;
  dueAt: string;
  dueRule: string;
  basis: string[];
}

/** The assuming-insurer section of a law that has one (filtered by `withSection`). */
const section = (j: Jurisdiction) => j.dataSecurity.assumingInsurer!;

/** Laws with an assuming-insurer section; one without (Maryland's title 33) is planned as for any licensee it reaches. */
export const hasAssumingInsurerSection = (j: Jurisdiction): boolean => j.dataSecurity.assumingInsurer !== null;

function reading(incident: Incident, calendar: BusinessCalendar, j: Jurisdiction): Reading {
  const span = section(j);
  if (span.hours !== undefined) {
    const d = hoursDeadline(incident, j, span.hours);
    return { j, clockAt: d.clockAt, dueAt: d.dueAt, dueRule: `within ${span.hours} hours of ${d.event}`, basis: d.basis };
  }
  const clock = dataSecurityClock(incident, j);
  const deadline = businessDayDeadline(calendar, j, clock, span.businessDays);
  return { j, clockAt: clock.at, dueAt: deadline.dueAt, dueRule: `${span.businessDays} business days after ${clock.event}`, basis: deadline.basis };
}

/** "3 business days" or "72 hours": an assuming insurer's span in words. */
const spanWords = (j: Jurisdiction) => {
  const a = section(j);
  return a.hours !== undefined ? `${a.hours} hours` : `${a.businessDays} business days`;
};

function notOwedElsewhere(b: PlanBuilder, j: Jurisdiction): void {
  const a = section(j);
  const keep = `the ceding insurers with the direct relationship keep the consumer duties (${a.cedingInsurersKeepConsumerDuties.citation})`;
  const noOther = a.noOtherNoticeDuties
    ? `an assuming insurer "shall have no other notice obligations relating to a cybersecurity event or other data breach under this section or any other law of the state" (${a.noOtherNoticeDuties.citation}); ${keep}`
    : keep;
  const S = j.state;
  for (const kind of ['consumer-notice', 'consumer-notice-copy', 'producer-notice', 'attorney-general-notice', 'consumer-reporting-agency-notice', 'data-owner-notice'] as const) {
    b.na(obligationId(S, kind), `Not owed by an assuming insurer: ${noOther}.`);
  }
  if (j.bulletin) b.na(obligationId(S, 'regulator-notice-bulletin'), `Not owed by an assuming insurer: ${noOther}. The Bulletin is addressed to insurers writing coverages in ${j.name}.`);
}

export function planAssumingInsurer(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar): void {
  const dom = incident.licensee.domicileState;
  const all = Object.values(JURISDICTIONS).filter((j) => touches(incident, j.state) && hasAssumingInsurerSection(j));
  for (const j of all) notOwedElsewhere(b, j);
  const reaching = all.filter((j) => stateReaches(incident, j.state));
  for (const j of all) {
    if (reaching.includes(j) && incident.nonpublicInformation) continue;
    const cite = section(j).citation;
    const why = !incident.nonpublicInformation
      ? `the event involves no nonpublic information (${cite})`
      : `${j.name} is not the state of domicile and no ${j.name} residents are affected (${cite})`;
    b.na(obligationId(j.state, 'regulator-notice'), `Not owed: ${why}.`);
    b.na(obligationId(j.state, 'ceding-insurer-notice'), `Not owed under ${j.name} law: ${why}.`);
  }
  if (!reaching.length || !incident.nonpublicInformation) return;
  const readings = reaching.map((j) => reading(incident, calendar, j)).sort((x, y) => parseInstant(x.dueAt) - parseInstant(y.dueAt));
  const primary = reaching.find((j) => j.state === dom) ?? reaching[0];
  const best = readings[0];
  const zone = primary.holidays.timeZone;
  const others = readings.slice(1).map((r) => `Under ${section(r.j).citation} (${r.j.name} law) the same notice is due ${r.dueAt}: later, not used.`);
  const sameNotice = `Evaluated with ${primary.state}/%KIND%: an assuming insurer notifies the regulator of its state of domicile and its ceding insurers under every covered state's law; the earliest date is shown there.`;
  for (const j of reaching) {
    if (j === primary) continue;
    b.na(obligationId(j.state, 'regulator-notice'), sameNotice.replace('%KIND%', 'regulator-notice'));
    b.na(obligationId(j.state, 'ceding-insurer-notice'), sameNotice.replace('%KIND%', 'ceding-insurer-notice'));
    b.na(obligationId(j.state, 'regulator-update'), sameNotice.replace('%KIND%', 'regulator-update'));
  }
  const a = section(best.j);
  const regulator = JURISDICTIONS[dom] ? JURISDICTIONS[dom].dataSecurity.regulator.recipient : `insurance regulator of ${stateName(dom)} (the state of domicile)`;
  const common = { jurisdiction: primary.state, citation: a.citation, clockStartsAt: inZone(best.clockAt, zone), dueAt: inZone(best.dueAt, zone), dueRule: best.dueRule };
  const P = primary.state;
  b.add({
    id: obligationId(P, 'regulator-notice'), kind: 'regulator-notice', recipient: regulator, ...common,
    basis: [`The licensee is an assuming insurer without a direct contractual relationship with the affected consumers (${a.citation}).`, ...best.basis, ...others],
  });
  const ceding = incident.cedingInsurers?.length ? incident.cedingInsurers.join('; ') : 'the affected ceding insurers';
  b.add({
    id: obligationId(P, 'ceding-insurer-notice'), kind: 'ceding-insurer-notice', recipient: ceding, ...common,
    basis: [`An assuming insurer notifies its affected ceding insurers within ${spanWords(best.j)} (${a.citation}).`, ...best.basis, ...others],
  });
  b.add({
    id: obligationId(P, 'regulator-update'), kind: 'regulator-update', recipient: regulator, jurisdiction: P,
    citation: primary.dataSecurity.continuingUpdate.citation, clockStartsAt: null, dueAt: null,
    dueRule: primary.dataSecurity.continuingUpdate.wording,
    basis: ["Kept as a duty to update the notice filed; whether the duty to update reaches an assuming insurer's notice is an open question for counsel (docs/legal-open-questions.md)."],
  });
}
