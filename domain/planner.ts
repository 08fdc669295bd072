/**
 * The obligation planner: from an incident (and the facts later messages add) to every notice owed,
 * to whom, under which section, and by when (design.md §3, §4). Pure: the calendar is handed in and
 * nothing reads the clock, so the same input always gives the same plan.
 */
import { DateTime } from 'luxon';
import { BusinessCalendar, defaultCalendar, describeDate } from './calendar';
import type { Incident } from './incident';
import type { Jurisdiction } from './jurisdiction';
import { JURISDICTIONS } from './jurisdictions';
import { stateName } from './states';
import { isoInZone, parseInstant } from './zoned';

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
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

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
  dueRule: string;
  basis: string[];
  /** A date the company set for itself: shown as a target, never as the law. */
  target?: { at: string; source: string };
}

export interface NotApplicable {
  id: string;
  reason: string;
}

export interface Uncovered {
  state: string;
  residents: number;
  warning: string;
}

export interface Plan {
  incidentId: string;
  obligations: Obligation[];
  notApplicable: NotApplicable[];
  uncovered: Uncovered[];
}

/** Facts that arrive after the incident opens, through workflow messages (design.md §5). */
export interface PlanFacts {
  /** consumerNoticeScheduled: state -> instant the consumer notice goes out. */
  consumerNoticeScheduled?: Record<string, string>;
  /** regulatorDirective: obligation id -> the date the regulator fixed, and its note. */
  regulatorDirectives?: Record<string, { dueAt: string; note?: string }>;
}

const iso = (dt: DateTime): string => isoInZone(dt.toMillis(), dt.zoneName!);
const inZone = (s: string, zone: string): string => isoInZone(parseInstant(s), zone);
const earliest = (...xs: Array<string | undefined>): string | undefined =>
  xs.filter((x): x is string => !!x).sort((a, b) => parseInstant(a) - parseInstant(b))[0];

interface ClockStart {
  at: string;
  event: string;
  basis: string[];
}

/** The start of a licensee's data-security clock (design.md §3, "Start event"). */
function dataSecurityClock(incident: Incident, j: Jurisdiction): ClockStart {
  const law = j.dataSecurity;
  const tp = incident.thirdParty;
  if (incident.licensee.role === 'assuming-insurer') {
    if (tp?.notifiedLicenseeAt) {
      return {
        at: tp.notifiedLicenseeAt,
        event: `receipt of ${tp.provider}'s notice`,
        basis: [
          `The data sits with the assuming insurer's third-party service provider: the clock runs from receipt of the provider's notice (${law.assumingInsurer.providerClockCitation}).`,
        ],
      };
    }
    return {
      at: incident.determinedAt,
      event: 'determination',
      basis: [`Clock runs from the determination that a cybersecurity event occurred (${law.assumingInsurer.citation}).`],
    };
  }
  if (tp) {
    const start = earliest(tp.notifiedLicenseeAt, tp.actualKnowledgeAt)!;
    const which = start === tp.notifiedLicenseeAt ? `${tp.provider}'s notice to the licensee` : 'the licensee\'s actual knowledge';
    return {
      at: start,
      event: which,
      basis: [
        `Event in a system kept by a third-party service provider (${law.thirdParty.citation}): counting begins the day after the provider's notice or the licensee's actual knowledge, whichever is sooner (${law.thirdParty.clockCitation}); here ${which}, not the later determination.`,
      ],
    };
  }
  return {
    at: incident.determinedAt,
    event: 'determination',
    basis: [`Clock runs from the determination that a cybersecurity event occurred (${law.regulatorNotice.citation}).`],
  };
}

/** Deadline of n business days from a start, with every holiday and disputed day named in the basis. */
function businessDayDeadline(calendar: BusinessCalendar, j: Jurisdiction, start: ClockStart, n: number) {
  const r = calendar.addBusinessDays(j.state, start.at, n);
  const basis = [
    ...start.basis,
    `Counting starts the day after ${describeDate(r.startDate)} (${j.holidays.timeZone}); the start day never counts. Business days exclude weekends and ${j.name} legal holidays (${j.holidays.citation}).`,
  ];
  for (const h of r.holidaysSkipped) basis.push(`Skipped legal holiday ${describeDate(h.date)}, ${h.name} (${h.citation}).`);
  for (const d of r.disputedCounted) {
    basis.push(`Disputed day ${describeDate(d.date)} (${d.label}: ${d.why}; ${d.citation}) counted as a business day.`);
  }
  if (r.dueAtIfDisputedHeld) {
    basis.push(
      `If the disputed day(s) were holidays the deadline would be ${describeDate(r.dueAtIfDisputedHeld.toISODate()!)}; breachclock shows the earlier, defensible date.`,
    );
  }
  basis.push('The day ends at 23:59:59.999 local time: a project convention; no source sets an hour.');
  return { dueAt: iso(r.dueAt), basis };
}

function residentsIn(incident: Incident, state: string): number {
  return incident.residents[state as keyof Incident['residents']] ?? 0;
}

/** Criterion (1)/(a) and (2)/(b) of the regulator notice, exactly as the statutes read. */
function regulatorNoticeApplicability(incident: Incident, j: Jurisdiction): { applies: boolean; why: string[] } {
  const law = j.dataSecurity;
  const why: string[] = [];
  const home = incident.licensee.domicileState === j.state;
  const harm = incident.materialHarmLikely;
  const count = residentsIn(incident, j.state);
  const threshold = law.residentsCriterion.residentsAtLeast;
  const homeLabel = incident.licensee.role === 'producer' ? 'home state' : 'state of domicile';
  const c1 = home && harm;
  const c2 = count >= threshold && (incident.otherGovernmentNoticeRequired || harm);
  if (c1) {
    why.push(`${j.name} is the licensee's ${homeLabel} and the event has a reasonable likelihood of material harm (${law.homeStateCriterion.citation}).`);
  } else {
    why.push(
      `${law.homeStateCriterion.citation} not met: ${home ? `${j.name} is the ${homeLabel}` : `${j.name} is not the ${homeLabel}`}, and material harm is ${harm ? '' : 'not '}reasonably likely.`,
    );
  }
  if (c2) {
    const also = incident.otherGovernmentNoticeRequired
      ? 'notice is owed to another government or supervisory body'
      : 'the event has a reasonable likelihood of material harm';
    why.push(`${count} ${j.name} residents (${threshold} or more) and ${also} (${law.residentsCriterion.citation}).`);
  } else {
    why.push(
      `${law.residentsCriterion.citation} not met: ${count} ${j.name} residents${count >= threshold ? ', but neither notice to another government body nor material harm' : ` (fewer than ${threshold})`}.`,
    );
  }
  return { applies: c1 || c2, why };
}

class PlanBuilder {
  readonly obligations: Obligation[] = [];
  readonly notApplicable: NotApplicable[] = [];
  constructor(
    private readonly incident: Incident,
    private readonly facts: PlanFacts,
  ) {}

  add(o: Obligation): void {
    const directive = this.facts.regulatorDirectives?.[o.id];
    if (directive) {
      const zone = JURISDICTIONS[o.jurisdiction]?.holidays.timeZone ?? 'UTC';
      o.basis.push(
        `The regulator directed a date${directive.note ? ` (${directive.note})` : ''}; it replaces ${o.dueAt ? `the computed ${o.dueAt}` : 'the open date'}.`,
      );
      o.dueAt = inZone(directive.dueAt, zone);
      o.dueRule = `as directed by the regulator; ${o.dueRule}`;
    }
    this.obligations.push(o);
  }

  na(id: string, reason: string): void {
    this.notApplicable.push({ id, reason });
  }
}

function planAssumingInsurer(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar, j: Jurisdiction): void {
  const law = j.dataSecurity;
  const S = j.state;
  const dom = incident.licensee.domicileState;
  const domCovered = !!JURISDICTIONS[dom];
  const noOther = `an assuming insurer has no other notice obligations (${law.assumingInsurer.noOtherNoticeDuties.citation}); the ceding insurers with the direct relationship keep the consumer duties (${law.assumingInsurer.cedingInsurersKeepConsumerDuties.citation})`;
  const reaches = dom === S || (!domCovered && residentsIn(incident, S) > 0);
  if (!reaches || !incident.nonpublicInformation) {
    const why = !incident.nonpublicInformation
      ? `the event involves no nonpublic information (${law.assumingInsurer.citation})`
      : `an assuming insurer notifies the regulator of its state of domicile (${law.assumingInsurer.citation}), which is ${stateName(dom)}; ${noOther}`;
    b.na(`${S}/regulator-notice`, `Not owed: ${why}.`);
    b.na(`${S}/ceding-insurer-notice`, `Not owed under ${j.name} law: ${why}.`);
  } else {
    const clock = dataSecurityClock(incident, j);
    const n = law.assumingInsurer.businessDays;
    const deadline = businessDayDeadline(calendar, j, clock, n);
    const regulator = dom === S ? law.regulator.recipient : `insurance regulator of ${stateName(dom)} (the state of domicile)`;
    const clockAt = inZone(clock.at, j.holidays.timeZone);
    const dueRule = `${n} business days after ${clock.event}`;
    b.add({
      id: `${S}/regulator-notice`, jurisdiction: S, kind: 'regulator-notice', recipient: regulator,
      citation: law.assumingInsurer.citation, clockStartsAt: clockAt, dueAt: deadline.dueAt, dueRule,
      basis: [`The licensee is an assuming insurer without a direct contractual relationship with the affected consumers (${law.assumingInsurer.citation}).`, ...deadline.basis],
    });
    const ceding = incident.cedingInsurers?.length ? incident.cedingInsurers.join('; ') : 'the affected ceding insurers';
    b.add({
      id: `${S}/ceding-insurer-notice`, jurisdiction: S, kind: 'ceding-insurer-notice', recipient: ceding,
      citation: law.assumingInsurer.citation, clockStartsAt: clockAt, dueAt: deadline.dueAt, dueRule,
      basis: [`An assuming insurer notifies its affected ceding insurers within ${n} business days (${law.assumingInsurer.citation}).`, ...deadline.basis],
    });
    b.add({
      id: `${S}/regulator-update`, jurisdiction: S, kind: 'regulator-update', recipient: regulator,
      citation: law.continuingUpdate.citation, clockStartsAt: null, dueAt: null,
      dueRule: law.continuingUpdate.wording,
      basis: ['Kept as a duty to update the notice filed; whether the duty to update reaches an assuming insurer\'s notice is an open question for counsel (docs/legal-open-questions.md).'],
    });
  }
  for (const kind of ['consumer-notice', 'consumer-notice-copy', 'producer-notice', 'attorney-general-notice', 'consumer-reporting-agency-notice'] as const) {
    b.na(`${S}/${kind}`, `Not owed by an assuming insurer: ${noOther}.`);
  }
  if (j.bulletin) b.na(`${S}/regulator-notice-bulletin`, `Not owed by an assuming insurer: ${noOther}. The Bulletin is addressed to insurers writing coverages in ${j.name}.`);
}

function planLicensee(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar, j: Jurisdiction, facts: PlanFacts): void {
  const law = j.dataSecurity;
  const S = j.state;
  const tz = j.holidays.timeZone;
  const count = residentsIn(incident, S);
  const breach = incident.breachOfSecurity ?? incident.nonpublicInformation;
  const determinedLocal = calendar.localStartDate(S, incident.determinedAt);

  // Regulator notice (RSMo 375.1410.1 / RSA 420-P:6 I).
  let regulatorNoticeOwed = false;
  const regId = `${S}/regulator-notice`;
  if (determinedLocal < law.effectiveFrom) {
    b.na(regId, `${law.citation} is in force from ${law.effectiveFrom}; the determination (${determinedLocal}) came before it.`);
  } else if (law.regulatorNotice.requiresNonpublicInformation && !incident.nonpublicInformation) {
    b.na(regId, `The event involves no nonpublic information (${law.regulatorNotice.citation}).`);
  } else {
    const test = regulatorNoticeApplicability(incident, j);
    const excusedBy = law.thirdParty.providerNoticeExcuses;
    if (test.applies && incident.thirdParty?.providerNotifiedRegulators?.includes(S) && excusedBy) {
      b.na(regId, `${incident.thirdParty.provider} gave the ${law.regulator.recipient} the notice itself, which excuses the licensee (${excusedBy.citation}).`);
    } else if (!test.applies) {
      b.na(regId, `Neither criterion is met. ${test.why.join(' ')}`);
    } else {
      regulatorNoticeOwed = true;
      const clock = dataSecurityClock(incident, j);
      const n = law.regulatorNotice.businessDays;
      const deadline = businessDayDeadline(calendar, j, clock, n);
      const basis = [...test.why, ...deadline.basis];
      if (incident.thirdParty && !law.thirdParty.providerNoticeExcuses && incident.thirdParty.providerNotifiedRegulators?.includes(S)) {
        basis.push(`${j.name} has no exception where the provider notifies the regulator itself (${law.thirdParty.citation}); the licensee still files.`);
      }
      b.add({
        id: regId, jurisdiction: S, kind: 'regulator-notice', recipient: law.regulator.recipient,
        citation: law.regulatorNotice.citation, clockStartsAt: inZone(clock.at, tz), dueAt: deadline.dueAt,
        dueRule: `${n} business days after ${clock.event}`, basis,
      });
    }
  }

  // Consumer notice under the state's breach statute (RSMo 407.1500 / RSA 359-C:20).
  const cn = j.consumerBreachNotice;
  const consumerNoticeOwed = breach && count > 0;
  const scheduled = facts.consumerNoticeScheduled?.[S];
  if (!consumerNoticeOwed) {
    const why = !breach ? 'no breach of security under the state\'s breach statute' : `no ${j.name} residents affected`;
    b.na(`${S}/consumer-notice`, `Not owed: ${why} (${cn.consumerNotice.citation}).`);
  } else {
    b.add({
      id: `${S}/consumer-notice`, jurisdiction: S, kind: 'consumer-notice', recipient: cn.consumerNotice.recipient,
      citation: cn.consumerNotice.citation, clockStartsAt: null, dueAt: null, dueRule: cn.consumerNotice.wording,
      basis: [
        `${count} ${j.name} residents affected by a breach of security (${cn.citation}).`,
        'The statute gives no date: breachclock shows none as law.',
        ...cn.unconfirmed.map((u) => `Unconfirmed: ${u}.`),
      ],
      ...(scheduled ? { target: { at: inZone(scheduled, tz), source: 'consumer notice scheduled by the company' } } : {}),
    });
  }
  for (const [kind, rule] of [
    ['attorney-general-notice', cn.attorneyGeneralNotice],
    ['consumer-reporting-agency-notice', cn.consumerReportingAgencyNotice],
  ] as const) {
    const id = `${S}/${kind}`;
    if (!rule) {
      b.na(id, `No such notice is taken in for insurance licensees under ${cn.citation} (see ${law.consumerNoticeCopy.citation}).`);
    } else if (!consumerNoticeOwed || count <= rule.moreThanConsumers) {
      b.na(id, `Owed only when more than ${rule.moreThanConsumers} ${j.name} consumers are notified (${rule.citation}); best estimate ${count}.`);
    } else {
      b.add({
        id, jurisdiction: S, kind, recipient: rule.recipient, citation: rule.citation, clockStartsAt: null,
        dueAt: null, dueRule: rule.wording,
        basis: [`${count} ${j.name} consumers, more than ${rule.moreThanConsumers} (${rule.citation}).`, 'The statute gives no date: breachclock shows none as law.'],
      });
    }
  }

  // Copy of the consumer notice to the regulator, and the continuing duty to update.
  if (regulatorNoticeOwed && consumerNoticeOwed) {
    b.add({
      id: `${S}/consumer-notice-copy`, jurisdiction: S, kind: 'consumer-notice-copy', recipient: law.regulator.recipient,
      citation: law.consumerNoticeCopy.citation, clockStartsAt: null, dueAt: null, dueRule: law.consumerNoticeCopy.wording,
      basis: ['Owed because the regulator notice is owed and consumers are notified.', 'No date in the statute; sending it with the consumer notice would be a company target, not law.'],
    });
  } else {
    b.na(`${S}/consumer-notice-copy`, `Owed only where both the regulator notice and a consumer notice are owed (${law.consumerNoticeCopy.citation}).`);
  }
  if (regulatorNoticeOwed) {
    b.add({
      id: `${S}/regulator-update`, jurisdiction: S, kind: 'regulator-update', recipient: law.regulator.recipient,
      citation: law.continuingUpdate.citation, clockStartsAt: null, dueAt: null, dueRule: law.continuingUpdate.wording,
      basis: ['Opens with the first filing; each material change (such as a new consumer count) is a supplement.'],
    });
  } else {
    b.na(`${S}/regulator-update`, `No notice to the regulator is owed, so there is nothing to update (${law.continuingUpdate.citation}).`);
  }

  // Producers of record (RSMo 375.1410.6 / RSA 420-P:6 VI).
  const prodId = `${S}/producer-notice`;
  const reaches = incident.licensee.domicileState === S || count > 0;
  if (incident.licensee.role !== 'insurer') {
    b.na(prodId, `Owed by insurers only (${law.producerNotice.citation}).`);
  } else if (!incident.producersOfRecord) {
    b.na(prodId, `Affected consumers did not come through independent producers (${law.producerNotice.citation}).`);
  } else if (!reaches || !breach) {
    b.na(prodId, `No ${j.name} consumer notice is owed and ${j.name} is not the state of domicile (${law.producerNotice.citation}).`);
  } else if (law.producerNotice.rule === 'no-later-than-consumer-notice') {
    const firstConsumerNotice = earliest(...Object.values(facts.consumerNoticeScheduled ?? {}));
    b.add({
      id: prodId, jurisdiction: S, kind: 'producer-notice', recipient: 'producers of record of all affected consumers',
      citation: law.producerNotice.citation, clockStartsAt: null,
      dueAt: firstConsumerNotice ? inZone(firstConsumerNotice, tz) : null,
      dueRule: 'no later than the time at which notice is provided to the affected consumers',
      basis: [
        firstConsumerNotice
          ? 'Fixed by the earliest scheduled consumer notice.'
          : 'No date until the consumer notice is scheduled (consumerNoticeScheduled fixes it).',
        law.producerNotice.excused + '.',
      ],
    });
  } else {
    b.add({
      id: prodId, jurisdiction: S, kind: 'producer-notice', recipient: 'producers of record of all affected consumers',
      citation: law.producerNotice.citation, clockStartsAt: null, dueAt: null,
      dueRule: 'as soon as practicable as directed by the commissioner',
      basis: ['No date until the commissioner directs one (regulatorDirective fixes it).', law.producerNotice.excused + '.'],
    });
  }

  // Department bulletin (MO Bulletin 23-04).
  const bulletin = j.bulletin;
  if (bulletin) {
    const id = `${S}/regulator-notice-bulletin`;
    const writesHere = incident.licensee.domicileState === S || count > 0;
    if (incident.licensee.role !== 'insurer') {
      b.na(id, `The Bulletin is addressed to ${bulletin.appliesTo}; producers are not covered (${bulletin.citation}).`);
    } else if (!breach) {
      b.na(id, `No breach of security as defined by ${cn.citation} (${bulletin.citation}).`);
    } else if (!writesHere) {
      b.na(id, `Neither domiciled in ${j.name} nor any ${j.name} residents affected (${bulletin.citation}).`);
    } else {
      const aware = incident.awareAt ?? incident.determinedAt;
      const tp = incident.thirdParty;
      const start = earliest(aware, tp?.notifiedLicenseeAt, tp?.actualKnowledgeAt)!;
      const r = calendar.addCalendarDays(S, start, bulletin.calendarDays);
      b.add({
        id, jurisdiction: S, kind: 'regulator-notice-bulletin', recipient: bulletin.recipient,
        citation: bulletin.citation, clockStartsAt: inZone(start, tz), dueAt: iso(r.dueAt),
        dueRule: `${bulletin.calendarDays} days after becoming aware of the breach`,
        basis: [
          `${bulletin.wording} (${bulletin.citation}, issued ${bulletin.issued}).`,
          incident.awareAt ? 'Awareness as recorded (awareAt).' : 'No awareAt given: awareness taken as the determination.',
          ...(start !== aware ? ['The third-party provider\'s notice or actual knowledge came earlier and is taken as awareness.'] : []),
          `Writing coverages in ${j.name} is inferred from domicile or affected ${j.name} residents.`,
          `Counting starts the day after ${describeDate(r.startDate)} (${tz}); calendar days, and the last day does not roll off a weekend or holiday.`,
          `Not binding: ${bulletin.notBinding}.`,
          ...bulletin.unconfirmed.map((u) => `Unconfirmed: ${u}.`),
        ],
      });
    }
  }
}

const byDue = (a: Obligation, b: Obligation): number => {
  if (a.dueAt && b.dueAt) {
    const d = parseInstant(a.dueAt) - parseInstant(b.dueAt);
    if (d !== 0) return d;
  } else if (a.dueAt) return -1;
  else if (b.dueAt) return 1;
  return a.id.localeCompare(b.id);
};

/** Every notice owed for an incident, with its basis; and what is not owed, with why. */
export function planIncident(incident: Incident, calendar: BusinessCalendar = defaultCalendar(), facts: PlanFacts = {}): Plan {
  const b = new PlanBuilder(incident, facts);
  for (const j of Object.values(JURISDICTIONS)) {
    if (incident.licensee.role === 'assuming-insurer') planAssumingInsurer(b, incident, calendar, j);
    else planLicensee(b, incident, calendar, j, facts);
  }
  const uncovered: Uncovered[] = [];
  const listed = new Set<string>();
  for (const [state, residents] of Object.entries(incident.residents)) {
    if (JURISDICTIONS[state]) continue;
    listed.add(state);
    uncovered.push({
      state,
      residents: residents ?? 0,
      warning: `no ${stateName(state)} rules in breachclock: check ${stateName(state)} law`,
    });
  }
  const dom = incident.licensee.domicileState;
  if (!JURISDICTIONS[dom] && !listed.has(dom)) {
    uncovered.push({ state: dom, residents: 0, warning: `no ${stateName(dom)} rules in breachclock, the licensee's domicile: check ${stateName(dom)} law` });
  }
  uncovered.sort((a, b2) => a.state.localeCompare(b2.state));
  b.obligations.sort(byDue);
  b.notApplicable.sort((a, b2) => a.id.localeCompare(b2.id));
  return { incidentId: incident.incidentId, obligations: b.obligations, notApplicable: b.notApplicable, uncovered };
}
