/**
 * The obligation planner: from an incident (and the facts later messages add) to every notice owed,
 * to whom, under which section, and by when (docs/design.md §3, §4). Pure: the calendar is handed in and
 * nothing reads the clock, so the same input always gives the same plan. One function per duty below,
 * each quoting the paragraph it applies.
 */
import { BusinessCalendar, defaultCalendar } from './calendar';
import { laterStartBasis, regulatorNoticeDeadline } from './clocks';
import { INVESTIGATION_ITEMS, type Incident } from '../incident/incident';
import { GENERAL_BREACH_LAWS, JURISDICTIONS, PARTIAL_TEXT_JURISDICTIONS } from './jurisdictions';
import { planPartialState } from './planner-partial';
import { hipaaDeemsMet, obligationId, compareText, sortByDue, sortById, earliest, lawInForce, PlanBuilder, residentsIn, stateReaches, touches, type DutyContext, type InvestigationDuty, type Plan, type PlanFacts, type Uncovered } from './plan-model';
import { hasAssumingInsurerSection, planAssumingInsurer } from './planner-reinsurer';
import { planConsumerNotice, planDataOwnerNotice, planPublicNotices } from './planner-consumers';
import { planRecordRetention } from './planner-records';
import { stateName } from '../incident/states';
import { REPORTED_LAWS, reportedWords } from './reported-laws';
import { reachOf } from './planner-criteria';
import { workCascade, type RegulatorDecision } from './planner-cascade';
import { planProducerNotice } from './planner-producers';
import { planBreachLaws } from './planner-breach';

export { harmIn } from './planner-criteria';

export * from './plan-model';

/** Notice to the regulator (RSMo 375.1410.1 "as promptly as practicable, but in no event later than four business days"; RSA 420-P:6 I "within 3 business days"). */
function planRegulatorNotice(c: DutyContext, d: RegulatorDecision): boolean {
  const { b, incident, j } = c;
  const law = j.dataSecurity;
  const S = j.state;
  const regId = obligationId(S, 'regulator-notice');
  const excusedBy = law.thirdParty?.providerNoticeExcuses ?? null;
  const providerFiled = !!incident.thirdParty?.providerNotifiedRegulators?.some((x) => x === S);
  if (d.applies && providerFiled && excusedBy) {
    b.na(regId, `${incident.thirdParty!.provider} gave the ${law.regulator.recipient} the notice itself, which excuses the licensee (${excusedBy.citation}).`);
    return false;
  }
  if (!d.applies) {
    b.na(regId, `Neither criterion is met. ${d.why.join(' ')}`);
    return false;
  }
  const deadline = regulatorNoticeDeadline(c.incident, c.calendar, j, d.clock);
  const basis = [...d.why, ...(law.regulatorNotice.startNote ? [law.regulatorNotice.startNote] : []), ...deadline.basis];
  if (providerFiled && !excusedBy) {
    const agreement = law.thirdParty?.agreements ?? null;
    basis.push(`${incident.thirdParty!.provider} says it notified the regulator: ${agreement ? `that fulfils the licensee's notice only under an agreement (${agreement.citation}: ${agreement.wording}); if so, record this notice as completed by the provider` : `${law.citation} has no clause letting it fulfil the licensee's notice: the licensee still owes it`}.`);
  }
  if (incident.hipaaCovered && law.hipaaException) basis.push(`HIPAA-covered licensee: ${law.hipaaException.wording} (${law.hipaaException.citation}).`);
  for (const e of law.exemptions ?? []) basis.push(`Exemption, not evaluated (the incident does not say): ${e.wording} (${e.citation}).`);
  for (const e of law.programOnlyExemptions ?? []) basis.push(`Not an exemption from this notice: ${e.wording} (${e.citation}).`);
  for (const e of law.otherDutiesNotEvaluated ?? []) basis.push(`Where it applies (not evaluated: the incident does not say): ${e.wording} (${e.citation}).`);
  b.add({
    id: regId, jurisdiction: S, kind: 'regulator-notice', recipient: law.regulator.recipient,
    citation: law.regulatorNotice.citation, clockStartsAt: c.calendar.caches.inZone(deadline.clockAt, j.holidays.timeZone), dueAt: deadline.dueAt,
    dueRule: `${law.regulatorNotice.dueRulePrefix} ${deadline.event}`, basis,
    ...(d.triggeredBy.length ? { triggeredBy: d.triggeredBy } : {}),
  });
  return true;
}

/** Copy of the consumer notice to the regulator (RSMo 375.1410.3, RSA 420-P:6 III) and the continuing duty to update (375.1410.2, 420-P:6 II). */
function planCopyAndUpdate(c: DutyContext, regulatorNoticeOwed: boolean, consumerNoticeOwed: boolean | 'not-evaluated'): void {
  const { b, j } = c;
  const law = j.dataSecurity;
  const S = j.state;
  if (regulatorNoticeOwed && consumerNoticeOwed === 'not-evaluated' && !hipaaDeemsMet(c, 'consumer-notice-copy')) {
    b.add({
      id: obligationId(S, 'consumer-notice-copy'), jurisdiction: S, kind: 'consumer-notice-copy', recipient: law.regulator.recipient,
      citation: law.consumerNoticeCopy.citation, clockStartsAt: null, dueAt: null, dueRule: law.consumerNoticeCopy.wording,
      basis: [`Owed with any notice sent to consumers under ${j.consumerBreachNotice.citation}, whose text breachclock does not have: whether consumers must be notified is not evaluated.`, 'No date in the statute.'],
    });
  } else if (regulatorNoticeOwed && consumerNoticeOwed && hipaaDeemsMet(c, 'consumer-notice-copy')) {
    b.na(obligationId(S, 'consumer-notice-copy'), hipaaDeemsMet(c, 'consumer-notice-copy')!);
  } else if (regulatorNoticeOwed && consumerNoticeOwed) {
    b.add({
      id: obligationId(S, 'consumer-notice-copy'), jurisdiction: S, kind: 'consumer-notice-copy', recipient: law.regulator.recipient,
      citation: law.consumerNoticeCopy.citation, clockStartsAt: null, dueAt: null, dueRule: law.consumerNoticeCopy.wording,
      basis: ['Owed because the regulator notice is owed and consumers are notified.', 'No date in the statute; sending it with the consumer notice would be a company target, not law.'],
    });
  } else {
    b.na(obligationId(S, 'consumer-notice-copy'), `Owed only where both the regulator notice and a consumer notice are owed (${law.consumerNoticeCopy.citation}).`);
  }
  if (regulatorNoticeOwed) {
    b.add({
      id: obligationId(S, 'regulator-update'), jurisdiction: S, kind: 'regulator-update', recipient: law.regulator.recipient,
      citation: law.continuingUpdate.citation, clockStartsAt: null, dueAt: null, dueRule: law.continuingUpdate.wording,
      basis: ['Opens with the first filing; each material change (such as a new consumer count) is a supplement.'],
    });
  } else {
    b.na(obligationId(S, 'regulator-update'), `No notice to the regulator is owed, so there is nothing to update (${law.continuingUpdate.citation}).`);
  }
}

/** The Department's request (MO Bulletin 23-04): 10 days after awareness; not law, and shown as such. */
function planBulletin(c: DutyContext): void {
  const { b, incident, j, breach } = c;
  const bulletin = j.bulletin;
  if (!bulletin) return;
  const S = j.state;
  const id = obligationId(S, 'regulator-notice-bulletin');
  const cn = j.consumerBreachNotice;
  if (incident.licensee.role !== 'insurer') return b.na(id, `The Bulletin is addressed to ${bulletin.appliesTo}; other licensees are not covered (${bulletin.citation}).`);
  if (!breach) return b.na(id, `No breach of security as defined by ${cn.citation} (${bulletin.citation}).`);
  if (!stateReaches(incident, S)) return b.na(id, `Neither domiciled in ${j.name} nor any ${j.name} residents affected (${bulletin.citation}).`);
  // Awareness of a breach of security may come after the determination of a cybersecurity event (awareAt);
  // a provider's or reinsurer's notice before it is awareness too.
  const aware = incident.awareAt ?? incident.determinedAt;
  const tp = incident.thirdParty;
  const start = earliest(aware, tp?.notifiedLicenseeAt, tp?.actualKnowledgeAt, incident.reinsurerNotice?.notifiedAt)!;
  const r = c.calendar.addCalendarDays(S, start, bulletin.calendarDays);
  const tz = j.holidays.timeZone;
  if (!lawInForce(bulletin, r.startDate)) return b.na(id, `${bulletin.citation} was issued ${bulletin.issued}; the awareness (${r.startDate}) came before it.`);
  b.add({
    id, jurisdiction: S, kind: 'regulator-notice-bulletin', recipient: bulletin.recipient,
    citation: bulletin.citation, clockStartsAt: c.calendar.caches.inZone(start, tz), dueAt: r.dueAtIso,
    dueRule: `as soon as practicable, but no later than ${bulletin.calendarDays} days after becoming aware of the breach (a Department request)`,
    basis: [
      `${bulletin.wording} (${bulletin.citation}, issued ${bulletin.issued}).`,
      incident.awareAt ? 'Awareness as recorded (awareAt).' : 'No awareAt given: awareness taken as the determination.',
      ...(start !== aware ? ["An earlier provider's or reinsurer's notice, or actual knowledge, is taken as awareness."] : []),
      `Writing coverages in ${j.name} is inferred from domicile or affected ${j.name} residents.`,
      `Counting starts the day after ${r.startDate} (${tz}); calendar days (the earlier reading of "10 days"), and the last day does not roll off a weekend or holiday.`,
      ...laterStartBasis(r),
      `Not binding: ${bulletin.notBinding}.`,
      ...bulletin.unconfirmed.map((u) => `Unconfirmed: ${u}.`),
    ],
  });
}

function planLicensee(c: DutyContext): void {
  const { j, b } = c;
  const law = j.dataSecurity;
  const d = c.cascade.regulator[j.state]!;
  let regulatorNoticeOwed = false;
  if (!d.inForce) {
    b.na(obligationId(j.state, 'regulator-notice'), `${law.citation} is in force from ${law.effectiveFrom}${law.effectiveUntil ? ` until ${law.effectiveUntil}` : ''}; the clock's start (${d.startLocal}) falls outside it.`);
  } else {
    regulatorNoticeOwed = planRegulatorNotice(c, d);
  }
  const consumerNoticeOwed = planConsumerNotice(c);
  planPublicNotices(c, consumerNoticeOwed);
  planCopyAndUpdate(c, regulatorNoticeOwed, consumerNoticeOwed);
  planProducerNotice(c);
  planBulletin(c);
  planDataOwnerNotice(c);
}

/** The investigation's determinations, with each covered state's section that asks for them (RSMo 375.1407.2, RSA 420-P:5 II). */
function investigationDuties(incident: Incident): InvestigationDuty[] {
  const reached = FULL.filter((j) => stateReaches(incident, j.state));
  if (!reached.length) return [];
  return INVESTIGATION_ITEMS.map((id, n) => ({
    id,
    text: reached[0].dataSecurity.investigation.items[n].text,
    citations: reached.map((j) => j.dataSecurity.investigation.items[n].citation),
  }));
}

/** The states computed in full, and those whose regulator notice only is computed, in the registries' order. */
const FULL = Object.values(JURISDICTIONS);
const PARTIAL = Object.values(PARTIAL_TEXT_JURISDICTIONS);

/** What breachclock cannot decide from any incident as given (the same for every plan, so made once). */
const NOT_EVALUATED: readonly string[] = [
  'Whether the event is a "cybersecurity event" at all: encrypted data taken without the key, and information returned or destroyed unused, are excluded (RSMo 375.1402(3), RSA 420-P:3); breachclock takes the determination as given.',
  'The no-risk determination that removes the Missouri consumer notice (RSMo 407.1500.2(5)) and a law-enforcement delay (407.1500.2(3)): record them and close the consumer notice by hand.',
  'Deemed compliance with RSMo 407.1500 under the licensee\'s own or its functional regulator\'s procedures, or GLBA/Interagency Guidance (407.1500.3).',
  `Federal duties (HIPAA breach notification, SEC, GLBA, banking regulators) and other states' laws: only ${FULL.map((j) => j.name).join(', ')} are covered, and ${PARTIAL.map((j) => j.name).join(', ')} as to the regulator notice only.`,
  'Exceptions in RSA 420-P whose text is not in hand (docs/law/README.md).',
];

/** What breachclock cannot decide from the incident as given: listed so that silence is never read as "not owed". */
function notEvaluated(incident: Incident): string[] {
  const out = NOT_EVALUATED.slice();
  if (incident.hipaaCovered) out.push('HIPAA-covered licensee: which RSMo 375.1410 duties beyond subsections 1 and 2 still apply under 375.1417.1(2) is a question for counsel (docs/legal-open-questions.md).');
  // 18 Del. C. § 8602(a) makes ch. 86 "the exclusive state standards" for notices to the Commissioner and consumers.
  if (residentsIn(incident, 'DE') > 500) {
    out.push('Delaware: whether the Attorney General notice of 6 Del. C. § 12B-102(d) (more than 500 Delaware residents) still reaches a licensee under 18 Del. C. § 8602(a) is an open question (docs/legal-open-questions.md); if it does, it is a notice to a government body that meets other states\' government-notice criteria. Not evaluated, no date shown.');
  }
  return out;
}

/** A state breachclock has no rules for: the warning, with what is reported about its law (never computed). */
function uncoveredEntry(state: string, residents: number, domicile: boolean): Uncovered {
  const name = stateName(state);
  const reported = REPORTED_LAWS[state];
  const breach = GENERAL_BREACH_LAWS[state];
  const where = `${domicile ? ", the licensee's domicile" : ''}${breach ? ` for its insurance act (its breach law, ${breach.citation}, is computed: ${state}/consumer-notice)` : ''}`;
  const warning = reported
    ? `no ${name} rules in breachclock${where}: ${reportedWords(name, reported)}; check ${name} law`
    : `no ${name} rules in breachclock${where}: check ${name} law`;
  return { state, residents, warning, ...(reported ? { reported } : {}) };
}

function uncoveredStates(incident: Incident): Uncovered[] {
  const uncovered: Uncovered[] = [];
  for (const [state, residents] of Object.entries(incident.residents)) {
    if (!JURISDICTIONS[state] && !PARTIAL_TEXT_JURISDICTIONS[state]) uncovered.push(uncoveredEntry(state, residents ?? 0, false));
  }
  const dom = incident.licensee.domicileState;
  if (!JURISDICTIONS[dom] && !PARTIAL_TEXT_JURISDICTIONS[dom] && !uncovered.some((u) => u.state === dom)) uncovered.push(uncoveredEntry(dom, 0, true));
  return uncovered.sort((a, b2) => compareText(a.state, b2.state));
}

/** Every notice owed for an incident, with its basis; and what is not owed, with why. */
export function planIncident(incident: Incident, calendar: BusinessCalendar = defaultCalendar(), facts: PlanFacts = {}): Plan {
  const b = new PlanBuilder(incident, facts, calendar.caches);
  const breach = incident.breachOfSecurity ?? incident.nonpublicInformation;
  const cascade = workCascade(incident, calendar);
  if (incident.licensee.role === 'assuming-insurer') planAssumingInsurer(b, incident, calendar);
  for (const j of FULL) {
    if (!touches(incident, j.state)) {
      b.na(obligationId(j.state, '*'), `Nothing owed under ${j.name} law: the licensee is not domiciled there, no ${j.name} residents are affected, and no provider notified its regulator.`);
      continue;
    }
    const reach = reachOf(incident, j);
    if (reach.kind === 'outside') {
      b.na(obligationId(j.state, '*'), reach.why);
      continue;
    }
    const c: DutyContext = { b, incident, calendar, j, facts, count: residentsIn(incident, j.state), breach, cascade };
    if (incident.licensee.role !== 'assuming-insurer' || !hasAssumingInsurerSection(j)) planLicensee(c);
    if (reach.kind === 'licensee') planRecordRetention(c);
    else b.na(obligationId(j.state, 'record-retention'), `Not a licensee under ${j.dataSecurity.licensees!.citation}: only ${reach.citation} reaches this assuming insurer, and it asks for no records (${j.dataSecurity.recordRetention.citation}).`);
  }
  for (const j of PARTIAL.filter((x) => touches(incident, x.state))) planPartialState(b, incident, calendar, j, cascade);
  planBreachLaws(b, incident, calendar, facts);
  const obligations = sortByDue(b.obligations);
  return {
    incidentId: incident.incidentId,
    obligations,
    notApplicable: sortById(b.notApplicable, calendar.caches),
    uncovered: uncoveredStates(incident),
    investigation: investigationDuties(incident),
    notEvaluated: notEvaluated(incident),
  };
}
