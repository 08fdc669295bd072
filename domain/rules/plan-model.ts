/**
 * The shapes of a plan (docs/design.md §4) and the builder the duty functions fill in. The builder keeps
 * the promise that no message moves a statutory date later: a regulator's directive may fix a date the law
 * leaves open or bring one earlier, never later ("in no event later than", RSMo 375.1410.1; RSA 420-P:6 I).
 */
import type { BusinessCalendar } from './calendar';
import { directiveRefusal } from '../incident/directive';
import type { Incident } from '../incident/incident';
import { STATE_CODES } from '../incident/states';
import type { Jurisdiction } from './jurisdiction';
import { NOTICE_JURISDICTIONS } from './jurisdictions';
import type { ReportedLaw } from './reported-laws';
import { parseInstant } from './days';
import type { PlanningCaches } from './planning-caches';
import { compareText } from './id-order';
import type { Cascade } from './planner-cascade';

export const OBLIGATION_KINDS = [
  'regulator-notice',
  'regulator-notice-bulletin',
  'consumer-notice',
  'consumer-notice-copy',
  'attorney-general-notice',
  'consumer-reporting-agency-notice',
  'producer-notice',
  'ceding-insurer-notice',
  'regulator-update',
  'data-owner-notice',
  'record-retention',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/**
 * Every obligation id, made once at load and never changed: states and kinds are closed lists. A plan looks its ids
 * up in sets and maps and sorts them many times; a string made per call is a new rope to flatten and hash each time,
 * and handing out the one flat string per id saved a tenth of warm planning time, compiled (docs/performance.md).
 */
const IDS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  STATE_CODES.map((state) => [state, new Map(['*' as const, ...OBLIGATION_KINDS].map((kind) => [kind, `${state}/${kind}`]))]),
);

/** An obligation's id, `<STATE>/<kind>` (`<STATE>/*` for a state that owes nothing). */
export function obligationId(state: string, kind: ObligationKind | '*'): string {
  return IDS.get(state)?.get(kind) ?? `${state}/${kind}`;
}

export interface Obligation {
  /** `<STATE>/<kind>` */
  id: string;
  jurisdiction: string;
  kind: ObligationKind;
  recipient: string;
  citation: string;
  /** The start event, in the regulator's local offset; null where no clock runs. */
  clockStartsAt: string | null;
  /** The legal deadline in the regulator's local offset, or null where the law gives no date (yet). */
  dueAt: string | null;
  /**
   * The date the law itself gives, before any regulator's directive (null where it gives none). A directive
   * may bring a date earlier than this, never later. Absent on plans made before it existed.
   */
  statutoryDueAt?: string | null;
  dueRule: string;
  basis: string[];
  /** A date the company set for itself: shown as a target, never as the law. */
  target?: { at: string; source: string };
  /**
   * Where a notice is owed only because this plan owes another government body a notice (issue 24: "one notice
   * triggers the next"), the ids of the notices owed on their own grounds that trigger it.
   */
  triggeredBy?: string[];
}

export interface NotApplicable {
  id: string;
  reason: string;
}

export interface Uncovered {
  state: string;
  residents: number;
  warning: string;
  /** What is reported about the state's insurance data-security law: never computed as law. */
  reported?: ReportedLaw;
}

/** One of the investigation's four determinations, with the sections of every state whose law asks for it. */
export interface InvestigationDuty {
  id: string;
  text: string;
  citations: string[];
}

export interface Plan {
  incidentId: string;
  obligations: Obligation[];
  notApplicable: NotApplicable[];
  uncovered: Uncovered[];
  /** The investigation the covered states' laws require (RSMo 375.1407.2, RSA 420-P:5 II). */
  investigation?: InvestigationDuty[];
  /** What this plan does not evaluate, so silence is never read as "not owed". */
  notEvaluated?: string[];
}

/** Facts that arrive after the incident opens, through workflow messages (docs/design.md §5). */
export interface PlanFacts {
  /** consumerNoticeScheduled: state -> instant the consumer notice goes out. */
  consumerNoticeScheduled?: Record<string, string>;
  /** regulatorDirective: obligation id -> the date the regulator fixed, and its note. */
  regulatorDirectives?: Record<string, { dueAt: string; note?: string }>;
  /** consumer notice given, by state (a completed `<ST>/consumer-notice`): starts clocks such as Iowa Code § 715C.2(8). */
  consumerNoticeGivenAt?: Record<string, string>;
}

/** What every duty function is handed: the incident, one jurisdiction, and what the plan knows of it. */
export interface DutyContext {
  b: PlanBuilder;
  incident: Incident;
  calendar: BusinessCalendar;
  j: Jurisdiction;
  facts: PlanFacts;
  /** Affected consumers residing in the state (best estimate). */
  count: number;
  /** A breach of security under the state's general breach statute. */
  breach: boolean;
  /** The regulator and consumer notices of every state, decided together once per plan (planner-cascade.ts). */
  cascade: Cascade;
}

/** A duty the law deems met for a HIPAA-covered licensee (40 Pa.C.S. § 4532(b)): why it is not owed, or null where it is. */
export function hipaaDeemsMet(c: DutyContext, kind: 'consumer-notice-copy' | 'producer-notice' | 'record-retention'): string | null {
  const h = c.j.dataSecurity.hipaaException;
  if (!c.incident.hipaaCovered || !h?.deemsMet?.includes(kind)) return null;
  return `Deemed met for a HIPAA-covered licensee: ${h.wording} (${h.citation}).`;
}

/** How a HIPAA-covered licensee may meet a duty that stays owed (Va. Code § 38.2-629 A 1), for its basis. */
export function hipaaSatisfiedBy(c: DutyContext, kind: 'consumer-notice' | 'record-retention'): string[] {
  const h = c.j.dataSecurity.hipaaException;
  const words = c.incident.hipaaCovered ? h?.satisfiedBy?.[kind] : undefined;
  return words ? [`HIPAA-covered licensee: ${words} (${h!.citation}).`] : [];
}

export function residentsIn(incident: Incident, state: string): number {
  return incident.residents[state as keyof Incident['residents']] ?? 0;
}

/**
 * Whether a state's law reaches the licensee as breachclock reads it: domiciled there (its home state), or
 * consumers residing there affected (a licensee doing business with them is licensed there).
 */
export function stateReaches(incident: Incident, state: string): boolean {
  return incident.licensee.domicileState === state || residentsIn(incident, state) > 0;
}

/**
 * Whether the incident touches a state at all: its domicile, a count of its residents (even 0), or its
 * regulator already told by a provider. A state untouched owes nothing under the covered laws, whose criteria
 * all need the domicile or residents, and is left out of the plan rather than listed state by state.
 */
export function touches(incident: Incident, state: string): boolean {
  return incident.licensee.domicileState === state || state in incident.residents || !!incident.thirdParty?.providerNotifiedRegulators?.some((s) => s === state);
}

/** Whether a dated law object is in force on a local date (YYYY-MM-DD). */
export function lawInForce(law: { effectiveFrom: string; effectiveUntil?: string }, date: string): boolean {
  return date >= law.effectiveFrom && (!law.effectiveUntil || date <= law.effectiveUntil);
}

export const earliest = (...xs: Array<string | undefined | null>): string | undefined =>
  xs.filter((x): x is string => !!x).sort((a, b) => parseInstant(a) - parseInstant(b))[0];

export class PlanBuilder {
  readonly obligations: Obligation[] = [];
  readonly notApplicable: NotApplicable[] = [];
  /** Every id planned so far, owed or not: a later pass (the general breach laws) never writes a second answer for one. */
  private readonly ids = new Set<string>();
  constructor(
    readonly incident: Incident,
    readonly facts: PlanFacts,
    /** The planning calendar's caches (planning-caches.ts). */
    private readonly caches: PlanningCaches,
  ) {}

  add(o: Obligation): void {
    const directive = this.facts.regulatorDirectives?.[o.id];
    if (directive) this.direct(o, directive);
    this.ids.add(o.id);
    this.obligations.push(o);
  }

  /** A regulator's directive: it fixes an open date or brings the law's date earlier; a later one is named, not used. */
  private direct(o: Obligation, directive: { dueAt: string; note?: string }): void {
    const zone = NOTICE_JURISDICTIONS[o.jurisdiction]?.holidays.timeZone ?? 'UTC';
    const note = directive.note ? ` (${directive.note})` : '';
    const refusal = directiveRefusal({ ...o, statutoryDueAt: o.dueAt }, directive.dueAt);
    if (refusal) {
      o.basis.push(`A directive${note} named ${this.caches.inZone(directive.dueAt, zone)}, later than the law allows; the statutory date stands (${o.citation}).`);
      return;
    }
    o.statutoryDueAt = o.dueAt;
    o.basis.push(`The regulator directed a date${note}; it replaces ${o.dueAt ? `the statutory ${o.dueAt}, which it brings earlier` : 'the open date'}.`);
    o.dueAt = this.caches.inZone(directive.dueAt, zone);
    o.dueRule = `as directed by the regulator; ${o.dueRule}`;
  }

  na(id: string, reason: string): void {
    this.ids.add(id);
    this.notApplicable.push({ id, reason });
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }
}

export { compareText, sortById } from './id-order';

/** Obligations by due instant (undated last), then by id: each due instant is parsed once, not per comparison. */
export function sortByDue(obligations: Obligation[]): Obligation[] {
  const keyed = obligations.map((o) => ({ o, t: o.dueAt ? parseInstant(o.dueAt) : Number.POSITIVE_INFINITY }));
  keyed.sort((a, b) => (a.t !== b.t ? (a.t < b.t ? -1 : 1) : compareText(a.o.id, b.o.id)));
  return keyed.map((k) => k.o);
}
