/**
 * Whether a general breach law's consumer notice is owed, and from when its days count: pure, from the incident alone
 * (no regulator notice decides it), so the cascade can ask it before the plan is written (planner-cascade.ts).
 */
import type { Incident } from '../incident/incident';
import type { BusinessCalendar } from './calendar';
import type { GeneralBreachLaw } from './breach-law';
import { GENERAL_BREACH_LAWS, JURISDICTIONS } from './jurisdictions';
import { earliest, lawInForce, residentsIn, touches } from './plan-model';
import { reachOf } from './planner-criteria';
import { hasAssumingInsurerSection } from './planner-reinsurer';

export interface BreachStatus {
  owed: boolean;
  /** Why, in the law's terms (basis lines where owed, the reason where not). */
  why: string[];
}

/**
 * Whether the insurance path writes this state's consumer notice (its own act's, or "not in hand"), so the general law
 * is not planned beside it: a licensee the act reaches whose consumer law is the act's own (Va. Code § 38.2-626, 18 Del.
 * C. § 8606(c)) or not in hand (MD, PA), and an assuming insurer the act's own paragraph governs.
 */
export function insuranceActOwnsConsumerNotice(incident: Incident, state: string): boolean {
  const j = JURISDICTIONS[state];
  if (!j || !touches(incident, state) || reachOf(incident, j).kind === 'outside') return false;
  // An assuming insurer under its act's own paragraph: a general law in hand is still planned (its clause named there).
  if (incident.licensee.role === 'assuming-insurer' && hasAssumingInsurerSection(j)) return !GENERAL_BREACH_LAWS[state];
  return !('general' in j.consumerBreachNotice);
}

/** The general breach law this plan computes for a state, or null (no law in hand, no residents, or the insurance act's own). */
export function generalLawFor(incident: Incident, state: string): GeneralBreachLaw | null {
  const law = GENERAL_BREACH_LAWS[state];
  if (!law || residentsIn(incident, state) === 0 || insuranceActOwnsConsumerNotice(incident, state)) return null;
  return law;
}

/** The number a threshold counts: this state's residents, or every individual the incident counts (N.D.C.C. § 51-30-02). */
export function thresholdCount(incident: Incident, state: string, counts: 'all-individuals' | undefined): number {
  if (counts !== 'all-individuals') return residentsIn(incident, state);
  let total = 0;
  for (const n of Object.values(incident.residents)) total += n ?? 0;
  return total;
}

function noHarmWords(incident: Incident, law: GeneralBreachLaw): BreachStatus | null {
  const d = incident.noHarmDetermination?.[law.state as keyof NonNullable<Incident['noHarmDetermination']>];
  const h = law.harmExemption;
  if (!d) return null;
  if (!h) return { owed: true, why: [`A no-harm determination is recorded, but ${law.noHarmTest ?? `${law.citation} has no harm exemption`}.`] };
  const missing = [
    ...(h.needsWriting && !d.inWriting ? ['it is not in writing'] : []),
    ...(h.needsAttorneyGeneralNotice && (!d.attorneyGeneralNotifiedAt || Date.parse(d.attorneyGeneralNotifiedAt) > Date.parse(d.madeAt)) ? ['the Attorney General was not first told in writing'] : []),
  ];
  if (missing.length) return { owed: true, why: [`A no-harm determination is recorded (${d.madeAt}), but ${missing.join(' and ')}: ${h.wording} (${h.citation}); the notice stays owed.`] };
  return { owed: false, why: [`Not owed: a no-harm determination was made on ${d.madeAt}${d.inWriting ? ' in writing' : ''}${d.attorneyGeneralNotifiedAt ? `, the Attorney General told on ${d.attorneyGeneralNotifiedAt}` : ''}: ${h.wording} (${h.citation}).`] };
}

/** Whether the consumer notice of a general breach law is owed, and why. */
export function breachStatus(incident: Incident, law: GeneralBreachLaw): BreachStatus {
  const count = residentsIn(incident, law.state);
  const pi = law.personalInformation;
  if (count === 0) return { owed: false, why: [`Not owed: no ${law.name} residents affected (${law.consumerNotice.citation}).`] };
  if (!lawInForce(law, incident.determinedAt.slice(0, 10))) return { owed: false, why: [`${law.citation} is in force from ${law.effectiveFrom}; the determination falls before it.`] };
  if (!(incident.breachOfSecurity ?? incident.nonpublicInformation)) return { owed: false, why: [`Not owed: no breach of security of personal information (${law.consumerNotice.citation}).`] };
  const kinds = incident.dataKinds;
  const covered = kinds?.filter((k) => pi.kinds.includes(k));
  if (kinds && !covered!.length) return { owed: false, why: [`Not owed: none of the kinds of data recorded (${kinds.join(', ')}) is "personal information" under ${pi.citation}.`] };
  const harm = noHarmWords(incident, law);
  if (harm && !harm.owed) return harm;
  const kindWords = kinds
    ? `the data includes ${covered!.join(', ')}, personal information under ${pi.citation}`
    : `the kinds of data are not recorded (dataKinds): taken as personal information under ${pi.citation}, the reading that owes the notice`;
  const harmTest = law.harmExemption ? [`Harm test: ${law.harmExemption.wording} (${law.harmExemption.citation}); no determination removing the notice is recorded, so it is owed.`] : law.noHarmTest ? [`${law.noHarmTest}.`] : [];
  return { owed: true, why: [`${count} ${law.name} residents affected by a breach of security; ${kindWords}.`, ...(pi.note ? [`Read: ${pi.note}.`] : []), ...harmTest, ...(harm?.why ?? [])] };
}

/** The instant a law's days count from, with the words saying which reading it is (never later than the law). */
export function breachClockStart(incident: Incident, law: GeneralBreachLaw): { at: string; basis: string[] } | null {
  const days = law.consumerNotice.days;
  if (!days) return null;
  const tp = incident.thirdParty;
  if (days.from === 'discovery') {
    if (incident.discoveredAt) return { at: incident.discoveredAt, basis: [`Counted from the discovery as recorded (discoveredAt), "${days.fromWords}" (${days.citation}).`] };
    const at = earliest(incident.awareAt, incident.determinedAt)!;
    return { at, basis: [`No discoveredAt recorded: the discovery ("${days.fromWords}", ${days.citation}) is taken as the earliest instant the incident knows (${incident.awareAt && at === incident.awareAt ? 'awareAt' : 'determinedAt'}), never later than the law.`] };
  }
  const provider = law.consumerNotice.providerNoticeStarts ? tp?.notifiedLicenseeAt : undefined;
  const at = earliest(incident.determinedAt, provider)!;
  const which = provider && at === provider ? "the third-party agent's notice (thirdParty.notifiedLicenseeAt)" : 'the determination (determinedAt)';
  return { at, basis: [`Counted from ${which}, read as "${days.fromWords}" (${days.citation}): the earliest reading; a later ${days.from} would give a later date, not used.`] };
}

/** Today's reading for a state's calendar-day count, for the cascade and the planner alike. */
export function breachConsumerDue(incident: Incident, calendar: BusinessCalendar, law: GeneralBreachLaw): { dueAt: string; startDate: string; start: { at: string; basis: string[] } } | null {
  const start = breachClockStart(incident, law);
  if (!start) return null;
  const r = calendar.addCalendarDays(law.state, start.at, law.consumerNotice.days!.count);
  return { dueAt: r.dueAtIso, startDate: r.startDate, start };
}
