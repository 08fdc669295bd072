/**
 * A state whose notice section is in hand only in part (docs/law/README.md): the regulator notice from the words
 * in hand, the duty to update where its words are in hand, and every other duty "not evaluated: statute text not
 * in hand", so that silence is never read as "not owed".
 */
import type { BusinessCalendar } from './calendar';
import { regulatorNoticeDeadline } from './clocks';
import type { Incident } from '../incident/incident';
import type { PartialJurisdiction } from './jurisdiction';
import { obligationId, residentsIn, type ObligationKind, type PlanBuilder } from './plan-model';
import { outsideLicensees } from './planner-criteria';
import type { Cascade } from './planner-cascade';
import { assumingInsurerParagraphInHand, partialAssumingMode } from './planner-reinsurer';
import { planRecords } from './planner-records';

/** Every duty a full law has beyond the regulator notice and its update. */
const OTHER_DUTIES: ObligationKind[] = ['consumer-notice', 'consumer-notice-copy', 'producer-notice', 'ceding-insurer-notice', 'data-owner-notice', 'record-retention'];

/**
 * An assuming insurer: its notice is planned with the other states' (planner-reinsurer) where the paragraph is in hand
 * (Illinois' provider paragraph); one domiciled here is an insurer domiciled here (AS 21.23.280(a)(1)); otherwise its
 * paragraph is not in hand. Returns the words for the basis, or null where the notice is not planned here.
 */
function assumingInsurerHere(b: PlanBuilder, incident: Incident, j: PartialJurisdiction): string | null {
  const law = j.dataSecurity;
  const id = obligationId(j.state, 'regulator-notice');
  const mode = partialAssumingMode(incident, j);
  if (mode === 'reinsurer') return null;
  if (mode === 'domestic') {
    return `An assuming insurer domiciled in ${j.name} is an insurer domiciled in this state (${law.homeStateCriterion.citation}); the assuming insurer's own paragraph is not in hand.`;
  }
  const via = law.partialText.assumingInsurerViaProvider;
  b.na(id, via
    ? `Not evaluated: of ${law.citation}, only the paragraph for an event held by an assuming insurer's third-party service provider is in hand (${via.citation}); this event is not recorded as held by one.`
    : `Not evaluated: an assuming insurer's paragraph of ${law.citation} is not in hand (only ${law.partialText.inHand}).`);
  return null;
}

function planPartialNotice(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar, j: PartialJurisdiction, cascade: Cascade): boolean {
  const law = j.dataSecurity;
  const id = obligationId(j.state, 'regulator-notice');
  const assumingNote = incident.licensee.role === 'assuming-insurer' ? assumingInsurerHere(b, incident, j) : null;
  if (incident.licensee.role === 'assuming-insurer' && !assumingNote) return false;
  const test = cascade.regulator[j.state]!;
  if (!test.inForce) {
    b.na(id, `${law.citation} is in force from ${law.effectiveFrom}; the clock's start (${test.startLocal}) falls before it.`);
    return false;
  }
  if (!test.applies) {
    b.na(id, `Neither criterion is met. ${test.why.join(' ')}`);
    return false;
  }
  const deadline = regulatorNoticeDeadline(incident, calendar, j, test.clock);
  b.add({
    id, jurisdiction: j.state, kind: 'regulator-notice', recipient: law.regulator.recipient, citation: law.regulatorNotice.citation,
    clockStartsAt: calendar.caches.inZone(deadline.clockAt, j.holidays.timeZone), dueAt: deadline.dueAt, dueRule: `${law.regulatorNotice.dueRulePrefix} ${deadline.event}`,
    basis: [
      `Only ${law.partialText.inHand} is in hand: this notice is computed from those words; the rest of the section is not evaluated.`,
      ...(assumingNote ? [assumingNote] : []),
      ...test.why,
      ...law.partialText.conditions.map((c) => `Condition in the words in hand, not evaluated (the incident does not say): ${c.wording} (${c.citation}).`),
      ...(law.exemptions ?? []).map((e) => `Exemption, not evaluated: ${e.wording} (${e.citation}).`),
      ...deadline.basis,
    ],
    ...(test.triggeredBy.length ? { triggeredBy: test.triggeredBy } : {}),
  });
  return true;
}

/** The regulator notice and what else the words in hand say; every other duty named as not evaluated. */
export function planPartialState(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar, j: PartialJurisdiction, cascade: Cascade): void {
  const law = j.dataSecurity;
  const outside = outsideLicensees(incident, j);
  if (outside) return b.na(obligationId(j.state, '*'), outside);
  const owed = planPartialNotice(b, incident, calendar, j, cascade);
  const update = law.partialText.continuingUpdate;
  const notInHand = `Not evaluated: statute text not in hand (breachclock has only ${law.partialText.inHand}).`;
  const byReinsurerPlanner = incident.licensee.role === 'assuming-insurer' && assumingInsurerParagraphInHand(incident, j);
  if (owed && update) {
    b.add({
      id: obligationId(j.state, 'regulator-update'), jurisdiction: j.state, kind: 'regulator-update', recipient: law.regulator.recipient,
      citation: update.citation, clockStartsAt: null, dueAt: null, dueRule: update.wording, basis: ['No date in the words in hand.'],
    });
  } else if (owed) {
    b.na(obligationId(j.state, 'regulator-update'), notInHand);
  }
  const records = law.partialText.recordRetention;
  for (const kind of OTHER_DUTIES) {
    if (kind === 'record-retention' && records) planRecords(b, incident, calendar, j, records);
    else if (residentsIn(incident, j.state) > 0 && (kind === 'consumer-notice' || kind === 'data-owner-notice')) continue; // the breach law's (planner-breach.ts)
    else if (!(kind === 'ceding-insurer-notice' && byReinsurerPlanner)) b.na(obligationId(j.state, kind), notInHand);
  }
}
