/**
 * One notice triggers the next (issue 24). Nearly every act owes the regulator notice where enough residents are
 * affected and "notice is required to be provided to any government body ... pursuant to any state or federal law"
 * (RSMo 375.1410.1(2)(a), S.C. Code § 38-99-40(A)(2)(a), Ala. Code § 27-62-6(a)(2)a. ...; Va. Code § 38.2-625 A 2 "or
 * ... the laws of another state"): a notice this plan owes one government body (a regulator, an Attorney General)
 * meets that prong in every other state. The plan is the least fixed point: a chain starts only from a notice owed on
 * its own grounds (two states cannot justify each other), and a state's own regulator notice never meets its own prong.
 *
 * Each state is judged once without and once with a notice owed elsewhere; since any notice owed on its own grounds
 * lifts every state the prong can lift, one round reaches the fixed point. The words are written once, after.
 */
import type { BusinessCalendar } from './calendar';
import { dataSecurityClock, type ClockStart } from './clocks';
import type { Incident } from '../incident/incident';
import type { Jurisdiction, NoticeJurisdiction } from './jurisdiction';
import { JURISDICTIONS, PARTIAL_TEXT_JURISDICTIONS } from './jurisdictions';
import { lawInForce, obligationId, residentsIn, touches } from './plan-model';
import { reachOf, regulatorNoticeApplicability, regulatorNoticeMet } from './planner-criteria';
import { assumingInsurerNotice, hasAssumingInsurerSection, partialAssumingMode } from './planner-reinsurer';
import { consumerNoticeStatus, type ConsumerStatus } from './planner-consumers';
import { breachConsumerDue, breachStatus, generalLawFor, thresholdCount } from './breach-status';

/** A notice this plan owes a government body, as a basis names it. */
export interface GovernmentNotice {
  id: string;
  words: string;
}

/** The regulator notice of one state, decided once per plan. */
export interface RegulatorDecision {
  clock: ClockStart;
  /** The clock's start date in the regulator's zone, and whether the law is in force on it. */
  startLocal: string;
  inForce: boolean;
  applies: boolean;
  why: string[];
  /** The notices owed on their own grounds that made this one owed, where it is owed through them alone. */
  triggeredBy: string[];
}

export interface Cascade {
  /** By state, for every state whose criteria this plan judges (not an assuming insurer under its own paragraph). */
  regulator: Partial<Record<string, RegulatorDecision>>;
  /** By state, whether its consumer notice is owed (full laws the licensee owes under). */
  consumer: Partial<Record<string, ConsumerStatus>>;
  /** By state, the consumer notice's own deadline where its law gives one (18 Del. C. § 8606(c)(1)). */
  consumerDue: Partial<Record<string, string>>;
  /** Every notice this plan owes a government body, starting points first. */
  government: GovernmentNotice[];
}

const FULL = Object.values(JURISDICTIONS);
const PARTIAL = Object.values(PARTIAL_TEXT_JURISDICTIONS);

/** Whether the criteria of this state's regulator notice are judged for this licensee (planner.ts, planner-partial.ts plan it). */
function judged(incident: Incident, j: NoticeJurisdiction): boolean {
  if (!touches(incident, j.state) || reachOf(incident, j).kind !== 'licensee') return false;
  if (incident.licensee.role !== 'assuming-insurer') return true;
  if ('partialText' in j.dataSecurity) return partialAssumingMode(incident, j) === 'domestic';
  return !hasAssumingInsurerSection(j as Jurisdiction);
}

/** A notice in a basis: "Alabama Commissioner of Insurance under Ala. Code § 27-62-6(a) (AL/regulator-notice)". */
const named = (recipient: string, citation: string, id: string): GovernmentNotice => ({ id, words: `${recipient} under ${citation} (${id})` });

/**
 * A state's regulator notice as a government notice. One the provider gave itself, excusing the licensee (RSA 420-P:6
 * IV(a)), is still a notice the event requires: it counts, said so (docs/legal-open-questions.md).
 */
function regulatorNotice(incident: Incident, j: NoticeJurisdiction): GovernmentNotice {
  const law = j.dataSecurity;
  const n = named(law.regulator.recipient, law.regulatorNotice.citation, obligationId(j.state, 'regulator-notice'));
  const excused = !!law.thirdParty?.providerNoticeExcuses && !!incident.thirdParty?.providerNotifiedRegulators?.some((s) => s === j.state);
  return excused ? { id: n.id, words: `${n.words}, given by ${incident.thirdParty!.provider}` } : n;
}

/** At most three notices by name, then how many more: a plan touching every state would otherwise repeat thirteen. */
function wordsOf(notices: GovernmentNotice[]): string[] {
  if (notices.length <= 3) return notices.map((n) => n.words);
  return [...notices.slice(0, 3).map((n) => n.words), `and ${notices.length - 3} more`];
}

/** Notices to a government body owed whatever any regulator notice is: Attorneys General (RSMo 407.1500.2(8)), an assuming insurer's. */
function startingPoints(incident: Incident, calendar: BusinessCalendar, consumer: Cascade['consumer']): GovernmentNotice[] {
  const out: GovernmentNotice[] = [];
  for (const j of FULL) {
    const cn = j.consumerBreachNotice;
    if ('notInHand' in cn || 'general' in cn || !cn.attorneyGeneralNotice || !judged(incident, j)) continue;
    const status = (consumer[j.state] = consumerNoticeStatus(incident, calendar, j, undefined));
    const ag = cn.attorneyGeneralNotice;
    if (status === true && residentsIn(incident, j.state) > ag.moreThanConsumers) out.push(named(ag.recipient, ag.citation, obligationId(j.state, 'attorney-general-notice')));
  }
  // The general breach laws' Attorney General notices (Conn. Gen. Stat. § 36a-701b(b)(2)(A) ...), owed whoever the licensee is.
  for (const state of Object.keys(incident.residents)) {
    const law = generalLawFor(incident, state);
    const ag = law?.attorneyGeneralNotice;
    if (!law || !ag || thresholdCount(incident, state, ag.counts) <= ag.moreThan || !breachStatus(incident, law).owed) continue;
    out.push(named(ag.recipient, ag.citation, obligationId(state, 'attorney-general-notice')));
  }
  const assuming = assumingInsurerNotice(incident);
  if (assuming) out.push(named(assuming.recipient, assuming.citation, assuming.id));
  return out;
}

/** The regulator notices of every judged state, and the consumer notices that hang on them, as the least fixed point. */
export function workCascade(incident: Incident, calendar: BusinessCalendar): Cascade {
  const consumer: Cascade['consumer'] = {};
  const government = startingPoints(incident, calendar, consumer);
  const states = [...FULL, ...PARTIAL].filter((j) => judged(incident, j)).map((j) => {
    const clock = dataSecurityClock(incident, j);
    const startLocal = calendar.localStartDate(j.state, clock.at);
    // In force when the clock starts or when the licensee determines: a provider's notice dated before the act took
    // effect never takes away a notice the act requires of a determination made under it (never "not owed" wrongly).
    const inForce = lawInForce(j.dataSecurity, startLocal) || lawInForce(j.dataSecurity, calendar.localStartDate(j.state, incident.determinedAt));
    const grounded = inForce && regulatorNoticeMet(incident, j, false);
    return { j, clock, startLocal, inForce, grounded, liftable: inForce && !grounded && regulatorNoticeMet(incident, j, true) };
  });
  for (const s of states) if (s.grounded) government.push(regulatorNotice(incident, s.j));
  const startedFrom = government.slice();
  for (const s of states) if (s.liftable && startedFrom.length) government.push(regulatorNotice(incident, s.j));
  const regulator: Cascade['regulator'] = {};
  for (const s of states) {
    const own = obligationId(s.j.state, 'regulator-notice');
    const lifted = s.liftable && startedFrom.length > 0;
    const triggers = (lifted ? startedFrom : government).filter((g) => g.id !== own);
    const { applies, why } = regulatorNoticeApplicability(incident, s.j, wordsOf(triggers));
    regulator[s.j.state] = { clock: s.clock, startLocal: s.startLocal, inForce: s.inForce, applies: s.inForce && applies, why, triggeredBy: lifted ? triggers.map((t) => t.id) : [] };
  }
  const consumerDue: Cascade['consumerDue'] = {};
  for (const j of FULL) {
    if (consumer[j.state] === undefined && judged(incident, j)) consumer[j.state] = consumerNoticeStatus(incident, calendar, j, !!regulator[j.state]?.applies);
    const days = 'notInHand' in j.consumerBreachNotice || 'general' in j.consumerBreachNotice ? undefined : j.consumerBreachNotice.consumerNotice.calendarDays;
    if (days && consumer[j.state] === true) consumerDue[j.state] = calendar.addCalendarDays(j.state, regulator[j.state]!.clock.at, days).dueAtIso;
  }
  for (const state of Object.keys(incident.residents)) {
    const law = generalLawFor(incident, state);
    const due = law?.consumerNotice.days && breachStatus(incident, law).owed ? breachConsumerDue(incident, calendar, law) : null;
    if (due) consumerDue[state] = due.dueAt;
  }
  return { regulator, consumer, consumerDue, government };
}
