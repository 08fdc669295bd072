/**
 * An assuming insurer's duties (RSMo 375.1410.5, RSA 420-P:6 V): "notify its affected ceding insurers and the
 * commissioner or director of insurance for its state of domicile within three business days", and "no
 * other notice obligations" (5(1)(c), V(c)). Every covered state whose law reaches the assuming insurer is
 * evaluated; the notice is one notice to one regulator, so the earliest date is shown and the others named. Most
 * states' "licensee" leaves out an assuming insurer domiciled elsewhere (RSMo 375.1402(10)): only its domicile's law,
 * laws whose definition is not in hand (RSA 420-P:3), and paragraphs that name it (Conn. Gen. Stat. § 38a-38(e)(5)(B)(i),
 * Illinois' provider paragraph of 215 ILCS 215/20) reach it.
 */
import type { BusinessCalendar } from './calendar';
import { businessDayDeadline, dataSecurityClock, hoursDeadline, hoursFrom, type ClockStart } from './clocks';
import type { Incident } from '../incident/incident';
import { partialTextOf, type Cited, type DeadlineSpan, type Jurisdiction, type NoticeJurisdiction } from './jurisdiction';
import { GENERAL_BREACH_LAWS, JURISDICTIONS, NOTICE_JURISDICTIONS, PARTIAL_TEXT_JURISDICTIONS } from './jurisdictions';
import { obligationId, stateReaches, touches, type PlanBuilder } from './plan-model';
import { reachOf } from './planner-criteria';
import { stateName } from '../incident/states';
import { parseInstant } from './days';

/** One state's assuming-insurer paragraph, as it reaches this assuming insurer. */
interface Section {
  j: NoticeJurisdiction;
  citation: string;
  span: DeadlineSpan;
  providerClockCitation: string;
  cedingKeepConsumerDuties: string;
  noOtherNoticeDuties: Cited | null;
  /** Only the provider paragraph reaches it (Connecticut's (e)(5)(B)(i), Illinois' fragment): its clock starts at the provider's notice alone. */
  providerOnly: boolean;
  /** The state's law in full, where it is in hand (its other duties are then named as not owed). */
  full: Jurisdiction | null;
}

interface Reading {
  s: Section;
  clockAt: string;
  dueAt: string;
  dueRule: string;
  basis: string[];
}

/** Laws with an assuming-insurer section; one without (Maryland's title 33) is planned as for any licensee it reaches. */
export const hasAssumingInsurerSection = (j: Jurisdiction): boolean => j.dataSecurity.assumingInsurer !== null;

/** Whether the planner-reinsurer plans this state's notice for an assuming insurer (the partial-text planner leaves it alone). */
export function assumingInsurerParagraphInHand(incident: Incident, j: NoticeJurisdiction): boolean {
  const partial = partialTextOf(j.dataSecurity);
  return partial ? !!partial.assumingInsurerViaProvider && !!incident.thirdParty : j.dataSecurity.assumingInsurer !== null;
}

/**
 * How a partial text treats an assuming insurer: its provider paragraph is in hand (planned here), one domiciled in the
 * state is an insurer domiciled there (AS 21.23.280(a)(1)), or its paragraph is not in hand.
 */
export function partialAssumingMode(incident: Incident, j: NoticeJurisdiction): 'reinsurer' | 'domestic' | 'not-evaluated' {
  if (assumingInsurerParagraphInHand(incident, j)) return 'reinsurer';
  return j.dataSecurity.licensees?.domesticAssumingInsurer && incident.licensee.domicileState === j.state ? 'domestic' : 'not-evaluated';
}

function fullSection(incident: Incident, j: Jurisdiction): Section | null {
  const a = j.dataSecurity.assumingInsurer;
  if (!a || !touches(incident, j.state)) return null;
  const reach = reachOf(incident, j);
  if (reach.kind === 'outside') return null;
  const providerOnly = reach.kind === 'assuming-via-provider';
  const span: DeadlineSpan = a.hours !== undefined ? { hours: a.hours } : { businessDays: a.businessDays! };
  return {
    j, citation: providerOnly ? reach.citation : a.citation, span, providerClockCitation: a.providerClockCitation,
    cedingKeepConsumerDuties: a.cedingInsurersKeepConsumerDuties.citation, noOtherNoticeDuties: a.noOtherNoticeDuties, providerOnly, full: j,
  };
}

/** Every paragraph that reaches this assuming insurer, full laws first, in the registries' order. */
function sectionsOf(incident: Incident): Section[] {
  const out: Section[] = [];
  for (const j of Object.values(JURISDICTIONS)) {
    const s = fullSection(incident, j);
    if (s) out.push(s);
  }
  for (const j of Object.values(PARTIAL_TEXT_JURISDICTIONS)) {
    const p = j.dataSecurity.partialText.assumingInsurerViaProvider;
    if (!p || !incident.thirdParty || !touches(incident, j.state) || reachOf(incident, j).kind === 'outside') continue;
    out.push({
      j, citation: p.citation, span: { businessDays: p.businessDays }, providerClockCitation: p.citation,
      cedingKeepConsumerDuties: p.cedingInsurersKeepConsumerDuties.citation, noOtherNoticeDuties: null, providerOnly: true, full: null,
    });
  }
  return out;
}

/** "3 business days" or "72 hours": a span in words. */
const spanWords = (span: DeadlineSpan) => (span.hours !== undefined ? `${span.hours} hours` : `${span.businessDays} business days`);

/** The section's date for this incident, or null where its clock has not started (a provider paragraph before the provider's notice). */
function reading(incident: Incident, calendar: BusinessCalendar, s: Section): Reading | null {
  const tp = incident.thirdParty;
  const j = s.j;
  if (s.providerOnly) {
    if (!tp?.notifiedLicenseeAt) return null;
    const event = `receipt of ${tp.provider}'s notice`;
    if (s.span.hours !== undefined) {
      const d = hoursFrom(tp.notifiedLicenseeAt, event, s.citation, j, s.span.hours);
      return { s, clockAt: d.clockAt, dueAt: d.dueAt, dueRule: `within ${s.span.hours} hours of ${event}`, basis: d.basis };
    }
    const clock: ClockStart = { at: tp.notifiedLicenseeAt, event, basis: [`Clock runs from ${event} (${s.citation}), the only paragraph that reaches this assuming insurer.`] };
    const d = businessDayDeadline(calendar, j, clock, s.span.businessDays!);
    return { s, clockAt: clock.at, dueAt: d.dueAt, dueRule: `${s.span.businessDays} business days after ${event}`, basis: d.basis };
  }
  const full = s.full!;
  if (s.span.hours !== undefined) {
    const d = hoursDeadline(incident, full, s.span.hours);
    return { s, clockAt: d.clockAt, dueAt: d.dueAt, dueRule: `within ${s.span.hours} hours of ${d.event}`, basis: d.basis };
  }
  const clock = dataSecurityClock(incident, full);
  const d = businessDayDeadline(calendar, full, clock, s.span.businessDays!);
  return { s, clockAt: clock.at, dueAt: d.dueAt, dueRule: `${s.span.businessDays} business days after ${clock.event}`, basis: d.basis };
}

function notOwedElsewhere(b: PlanBuilder, s: Section): void {
  if (!s.full) return; // a partial text's other duties are listed as not evaluated by planner-partial
  const keep = `the ceding insurers with the direct relationship keep the consumer duties (${s.cedingKeepConsumerDuties})`;
  const noOther = s.noOtherNoticeDuties
    ? `an assuming insurer "shall have no other notice obligations relating to a cybersecurity event or other data breach under this section or any other law of the state" (${s.noOtherNoticeDuties.citation}); ${keep}`
    : keep;
  const S = s.j.state;
  // A general breach law in hand reaches anyone holding its residents' data: its notices are planned (planner-breach.ts),
  // the act's clause named there as the other reading (never an owed notice shown as not owed).
  const general = !!GENERAL_BREACH_LAWS[S] && (b.incident.residents[S as keyof typeof b.incident.residents] ?? 0) > 0;
  for (const kind of ['consumer-notice', 'consumer-notice-copy', 'producer-notice', 'attorney-general-notice', 'consumer-reporting-agency-notice', 'data-owner-notice'] as const) {
    if (general && kind !== 'consumer-notice-copy' && kind !== 'producer-notice') continue;
    b.na(obligationId(S, kind), `Not owed by an assuming insurer: ${noOther}.`);
  }
  if (s.full.bulletin) b.na(obligationId(S, 'regulator-notice-bulletin'), `Not owed by an assuming insurer: ${noOther}. The Bulletin is addressed to insurers writing coverages in ${s.j.name}.`);
}

/**
 * The state the one notice is shown under: the domicile where its law reaches the assuming insurer, else the first
 * paragraph that reaches it in full, else the first that reaches it at all.
 */
function primaryOf(reaching: Section[], dom: string): Section {
  return reaching.find((s) => s.j.state === dom) ?? reaching.find((s) => !s.providerOnly) ?? reaching[0];
}

/** The regulator of the assuming insurer's domicile, by name where breachclock knows it. */
const domicileRegulator = (dom: string) => (NOTICE_JURISDICTIONS[dom] ? NOTICE_JURISDICTIONS[dom].dataSecurity.regulator.recipient : `insurance regulator of ${stateName(dom)} (the state of domicile)`);

/** The notice an assuming insurer owes its domicile's regulator, where one is owed: a notice to a government body (planner-cascade.ts). */
export function assumingInsurerNotice(incident: Incident): { id: string; recipient: string; citation: string } | null {
  if (incident.licensee.role !== 'assuming-insurer' || !incident.nonpublicInformation) return null;
  const reaching = sectionsOf(incident).filter((s) => stateReaches(incident, s.j.state));
  if (!reaching.length) return null;
  const primary = primaryOf(reaching, incident.licensee.domicileState);
  return { id: obligationId(primary.j.state, 'regulator-notice'), recipient: domicileRegulator(incident.licensee.domicileState), citation: primary.citation };
}

/** The notices to the ceding insurers and the domicile's regulator, under the earliest reading, the others named. */
function planMerged(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar, reaching: Section[]): void {
  const dom = incident.licensee.domicileState;
  const readings = reaching.flatMap((s) => reading(incident, calendar, s) ?? []).sort((x, y) => parseInstant(x.dueAt) - parseInstant(y.dueAt));
  const primary = primaryOf(reaching, dom);
  const P = primary.j.state;
  const sameNotice = `Evaluated with ${P}/%KIND%: an assuming insurer notifies the regulator of its state of domicile and its ceding insurers under every covered state's law that reaches it; the earliest date is shown there.`;
  for (const s of reaching) {
    if (s === primary) continue;
    for (const kind of ['regulator-notice', 'ceding-insurer-notice', 'regulator-update'] as const) b.na(obligationId(s.j.state, kind), sameNotice.replace('%KIND%', kind));
  }
  const best = readings[0];
  const waiting = reaching.filter((s) => s.providerOnly && !incident.thirdParty?.notifiedLicenseeAt).map((s) => `${s.citation} (${s.j.name} law) counts ${spanWords(s.span)} from receipt of the provider's notice, not yet received.`);
  const others = readings.slice(1).map((r) => `Under ${r.s.citation} (${r.s.j.name} law) the same notice is due ${r.dueAt}: later, not used.`);
  const zone = primary.j.holidays.timeZone;
  const citation = best?.s.citation ?? primary.citation;
  const regulator = domicileRegulator(dom);
  const common = best
    ? { jurisdiction: P, citation, clockStartsAt: calendar.caches.inZone(best.clockAt, zone), dueAt: calendar.caches.inZone(best.dueAt, zone), dueRule: best.dueRule }
    : { jurisdiction: P, citation, clockStartsAt: null, dueAt: null, dueRule: `within ${spanWords(primary.span)} of receipt of the provider's notice` };
  const tail = [...(best?.basis ?? []), ...others, ...waiting];
  b.add({
    id: obligationId(P, 'regulator-notice'), kind: 'regulator-notice', recipient: regulator, ...common,
    basis: [`The licensee is an assuming insurer without a direct contractual relationship with the affected consumers (${citation}).`, ...tail],
  });
  const ceding = incident.cedingInsurers?.length ? incident.cedingInsurers.join('; ') : 'the affected ceding insurers';
  b.add({
    id: obligationId(P, 'ceding-insurer-notice'), kind: 'ceding-insurer-notice', recipient: ceding, ...common,
    basis: [`An assuming insurer notifies its affected ceding insurers within ${spanWords((best?.s ?? primary).span)} (${citation}).`, ...tail],
  });
  const update = primary.full?.dataSecurity.continuingUpdate ?? partialTextOf(primary.j.dataSecurity)?.continuingUpdate ?? null;
  if (!update) return b.na(obligationId(P, 'regulator-update'), `Not evaluated: the duty to update is not in the words of ${primary.j.dataSecurity.citation} in hand.`);
  b.add({
    id: obligationId(P, 'regulator-update'), kind: 'regulator-update', recipient: regulator, jurisdiction: P,
    citation: update.citation, clockStartsAt: null, dueAt: null, dueRule: update.wording,
    basis: ["Kept as a duty to update the notice filed; whether the duty to update reaches an assuming insurer's notice is an open question for counsel (docs/legal-open-questions.md)."],
  });
}

export function planAssumingInsurer(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar): void {
  const all = sectionsOf(incident);
  for (const s of all) notOwedElsewhere(b, s);
  const reaching = all.filter((s) => stateReaches(incident, s.j.state));
  for (const s of all) {
    if (reaching.includes(s) && incident.nonpublicInformation) continue;
    const why = !incident.nonpublicInformation
      ? `the event involves no nonpublic information (${s.citation})`
      : `${s.j.name} is not the state of domicile and no ${s.j.name} residents are affected (${s.citation})`;
    b.na(obligationId(s.j.state, 'regulator-notice'), `Not owed: ${why}.`);
    b.na(obligationId(s.j.state, 'ceding-insurer-notice'), `Not owed under ${s.j.name} law: ${why}.`);
    if (!s.full) b.na(obligationId(s.j.state, 'regulator-update'), `Not owed: ${why}.`);
  }
  if (!reaching.length || !incident.nonpublicInformation) return;
  planMerged(b, incident, calendar, reaching);
}
