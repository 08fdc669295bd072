/**
 * The consumer side of an event, under each state's general breach statute (RSMo 407.1500, RSA 359-C:20):
 * notice to consumers, to the Attorney General and the consumer reporting agencies above the statute's
 * count, and to the owner of data the licensee holds but does not own.
 */
import type { BusinessCalendar } from './calendar';
import type { Incident } from '../incident/incident';
import type { ConsumerBreachNoticeLaw, Jurisdiction } from './jurisdiction';
import { hipaaSatisfiedBy, obligationId, lawInForce, residentsIn, type DutyContext, type Obligation } from './plan-model';
import { laterStartBasis } from './clocks';
import { harmIn } from './planner-criteria';
import { GENERAL_BREACH_LAWS } from './jurisdictions';
import { breachStatus } from './breach-status';

/** Whether a consumer notice is owed: yes, no, or not evaluated (the statute's text is not in hand). */
export type ConsumerStatus = boolean | 'not-evaluated';

/**
 * Whether the state's consumer notice is owed. `regulatorOwed`: whether its regulator notice is, for a consumer notice
 * that hangs on it (18 Del. C. § 8606(c)); undefined before the cascade has decided it (planner-cascade.ts).
 */
export function consumerNoticeStatus(incident: Incident, calendar: BusinessCalendar, j: Jurisdiction, regulatorOwed: boolean | undefined): ConsumerStatus {
  const cn = j.consumerBreachNotice;
  const count = residentsIn(incident, j.state);
  const breach = incident.breachOfSecurity ?? incident.nonpublicInformation;
  if ('notInHand' in cn) return breach && count > 0 ? 'not-evaluated' : false;
  if ('general' in cn) {
    const law = GENERAL_BREACH_LAWS[j.state];
    return !!law && breachStatus(incident, law).owed;
  }
  if (!lawInForce(cn, calendar.localStartDate(j.state, incident.determinedAt))) return false;
  if (cn.consumerNotice.onlyWithRegulatorNotice) return !!regulatorOwed && count > 0 && harmIn(incident, j.state).likely;
  return breach && count > 0;
}

/** The general breach law this insurance act's consumer notice stands in for (Va. Code § 18.2-186.6 K, 18 Del. C. § 8602(a)). */
function generalLawAside(state: string): string[] {
  const i = GENERAL_BREACH_LAWS[state]?.interplay;
  if (i?.kind === 'steps-aside-for-insurance-licensees') return [`${GENERAL_BREACH_LAWS[state].citation} steps aside: ${i.wording} (${i.citation}); a licensee this act reaches is taken as one.`];
  if (i?.kind === 'insurance-act-exclusive') return [`Open question, no date shown: ${i.question}.`];
  return [];
}

/** Why a consumer notice is not owed, in its statute's own terms. */
function notOwedWhy(c: DutyContext, cn: ConsumerBreachNoticeLaw): string {
  const { j, count, breach } = c;
  const only = cn.consumerNotice.onlyWithRegulatorNotice;
  if (only) {
    const missing = [
      ...(c.cascade.regulator[j.state]?.applies ? [] : [`the notice to the ${j.dataSecurity.regulator.recipient} is not owed`]),
      ...(harmIn(c.incident, j.state).likely ? [] : ['material harm to a consumer is not reasonably likely']),
      ...(count > 0 ? [] : [`no ${j.name} residents are affected`]),
    ];
    return [`Not owed: ${only.wording}, and ${missing.join(', and ')} (${only.citation}).`, ...generalLawAside(j.state)].join(' ');
  }
  return `Not owed: ${!breach ? "no breach of security under the state's breach statute" : `no ${j.name} residents affected`} (${cn.consumerNotice.citation}).`;
}

/** A consumer notice with a number of days (18 Del. C. § 8606(c)(1)): from the regulator notice's clock start, calendar days. */
function consumerDeadline(c: DutyContext, days: number): Pick<Obligation, 'clockStartsAt' | 'dueAt'> & { basis: string[] } {
  const clock = c.cascade.regulator[c.j.state]!.clock;
  const r = c.calendar.addCalendarDays(c.j.state, clock.at, days);
  const provider = c.j.dataSecurity.thirdParty && c.incident.thirdParty
    ? [`For a provider's event, ${c.j.dataSecurity.thirdParty.clockCitation} begins the computation "on ${c.j.dataSecurity.thirdParty.clockBegins ?? 'the day after'}" the provider's notice or actual knowledge: breachclock counts from the day after, the earlier reading.`]
    : [];
  return {
    clockStartsAt: c.calendar.caches.inZone(clock.at, c.j.holidays.timeZone),
    dueAt: r.dueAtIso,
    basis: [...clock.basis, `${days} calendar days after ${r.startDate} (${c.j.holidays.timeZone}); the last day does not roll off a weekend or holiday.`, ...provider, ...laterStartBasis(r)],
  };
}

/**
 * Consumer notice under the state's breach statute (RSMo 407.1500.2(1), RSA 359-C:20 I(a)): no date in either; under
 * 18 Del. C. § 8606(c)(1), 60 days. Where that statute's text is not in hand (S.C. Code § 39-1-90), the duty is named
 * and not evaluated.
 */
export function planConsumerNotice(c: DutyContext): ConsumerStatus {
  const { b, j, count } = c;
  const S = j.state;
  const cn = j.consumerBreachNotice;
  if ('notInHand' in cn) {
    const why = `${cn.citation} (${cn.title}): its text is not in hand, so breachclock does not evaluate the consumer notice, or notices to the Attorney General, the consumer reporting agencies or a data owner, under it: check it (${j.dataSecurity.consumerNoticeCopy.citation} requires compliance with it).`;
    for (const kind of ['consumer-notice', 'attorney-general-notice', 'consumer-reporting-agency-notice', 'data-owner-notice'] as const) b.na(obligationId(S, kind), `Not evaluated: ${why}`);
    return c.cascade.consumer[S] ?? false;
  }
  if ('general' in cn) return c.cascade.consumer[S] ?? false; // planned under the general law (planner-breach.ts)
  const discovered = c.calendar.localStartDate(S, c.incident.determinedAt);
  if (!lawInForce(cn, discovered)) {
    b.na(obligationId(S, 'consumer-notice'), `${cn.citation} is in force from ${cn.effectiveFrom}; the determination (${discovered}) falls outside it.`);
    return false;
  }
  if (c.cascade.consumer[S] !== true) {
    b.na(obligationId(S, 'consumer-notice'), notOwedWhy(c, cn));
    return false;
  }
  const scheduled = c.facts.consumerNoticeScheduled?.[S];
  const days = cn.consumerNotice.calendarDays;
  const dated = days ? consumerDeadline(c, days) : { clockStartsAt: null, dueAt: null, basis: ['The statute gives no date: breachclock shows none as law.'] };
  const only = cn.consumerNotice.onlyWithRegulatorNotice;
  b.add({
    id: obligationId(S, 'consumer-notice'), jurisdiction: S, kind: 'consumer-notice', recipient: cn.consumerNotice.recipient,
    citation: cn.consumerNotice.citation, clockStartsAt: dated.clockStartsAt, dueAt: dated.dueAt, dueRule: cn.consumerNotice.wording,
    basis: [
      only
        ? `${count} ${j.name} residents affected; the notice to the ${j.dataSecurity.regulator.recipient} is owed and material harm to a consumer is taken as reasonably likely (${only.citation}).`
        : `${count} ${j.name} residents affected by a breach of security (${cn.citation}).`,
      ...dated.basis,
      ...cn.conditions.map((x) => `Condition: ${x.wording} (${x.citation}).`),
      ...(cn.creditMonitoring ? [`With it: ${cn.creditMonitoring.wording} (${cn.creditMonitoring.citation}); whether a Social Security number is involved is not recorded in the incident.`] : []),
      ...cn.unconfirmed.map((u) => `Unconfirmed: ${u}.`),
      ...hipaaSatisfiedBy(c, 'consumer-notice'),
      ...generalLawAside(S),
    ],
    ...(scheduled ? { target: { at: c.calendar.caches.inZone(scheduled, j.holidays.timeZone), source: 'consumer notice scheduled by the company' } } : {}),
  });
  return true;
}

/** Attorney General and consumer reporting agencies above the statute's count (RSMo 407.1500.2(8); RSA 359-C:20 VI). */
export function planPublicNotices(c: DutyContext, consumerNoticeOwed: boolean | 'not-evaluated'): void {
  const { b, j, count } = c;
  const cn = j.consumerBreachNotice;
  if ('notInHand' in cn || 'general' in cn) return; // named by planConsumerNotice, or planned under the general law
  for (const [kind, rule] of [
    ['attorney-general-notice', cn.attorneyGeneralNotice],
    ['consumer-reporting-agency-notice', cn.consumerReportingAgencyNotice],
  ] as const) {
    const id = obligationId(j.state, kind);
    const open = cn.notEvaluated?.[kind];
    if (open) {
      b.na(id, `Not evaluated: ${open}`);
    } else if (!rule) {
      const copy = j.dataSecurity.consumerNoticeCopy.citation;
      b.na(id, `No such notice is taken in for insurance licensees under ${cn.citation}${copy === cn.citation ? '' : ` (see ${copy})`}.`);
    } else if (consumerNoticeOwed !== true || count <= rule.moreThanConsumers) {
      b.na(id, `Owed only when more than ${rule.moreThanConsumers} ${j.name} consumers are notified (${rule.citation}); best estimate ${count}.`);
    } else {
      b.add({
        id, jurisdiction: j.state, kind, recipient: rule.recipient, citation: rule.citation, clockStartsAt: null,
        dueAt: null, dueRule: rule.wording,
        basis: [`${count} ${j.name} consumers, more than ${rule.moreThanConsumers} (${rule.citation}).`, 'The statute gives no date: breachclock shows none as law.'],
      });
    }
  }
}

/** Notice to the owner of data the licensee holds but does not own (RSMo 407.1500.2(2), RSA 359-C:20 I(c)): "immediately". */
export function planDataOwnerNotice(c: DutyContext): void {
  const { b, incident, j, count, breach } = c;
  if ('notInHand' in j.consumerBreachNotice || 'general' in j.consumerBreachNotice) return; // named by planConsumerNotice, or planned under the general law
  const rule = j.consumerBreachNotice.dataOwnerNotice;
  const id = obligationId(j.state, 'data-owner-notice');
  const open = j.consumerBreachNotice.notEvaluated?.['data-owner-notice'];
  if (open) return b.na(id, `Not evaluated: ${open}`);
  if (!rule) return b.na(id, `Not evaluated: ${j.consumerBreachNotice.citation} has no notice to a data owner, and ${j.name}'s general breach statute is not in hand: check it.`);
  if (!incident.dataOwner) return b.na(id, `The licensee owns or licenses the data (no dataOwner given) (${rule.citation}).`);
  if (!breach || count === 0) return b.na(id, `No breach of security of ${j.name} residents' personal information (${rule.citation}).`);
  b.add({
    id, jurisdiction: j.state, kind: 'data-owner-notice', recipient: incident.dataOwner, citation: rule.citation,
    clockStartsAt: null, dueAt: null, dueRule: rule.wording,
    basis: [`The licensee holds ${j.name} residents' data that ${incident.dataOwner} owns or licenses (${rule.citation}).`, 'The statute says "immediately": no number of days, so no date is shown as law; act now.'],
  });
}
