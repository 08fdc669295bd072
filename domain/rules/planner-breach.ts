/**
 * The consumer side under each state's general breach-notification law (issue #26): for every state whose residents
 * are affected, insurance licensee or not, the consumer notice, the notice to the Attorney General (or consumer
 * protection office) and to the consumer reporting agencies, and to a data owner; where the law's text is not in hand,
 * one line naming it, "not evaluated". Runs after the insurance acts' duties, and never writes a second answer for an id.
 */
import type { Incident } from '../incident/incident';
import type { BusinessCalendar } from './calendar';
import type { PlanningCaches } from './planning-caches';
import type { AgencyNoticeRule, GeneralBreachLaw } from './breach-law';
import { BREACH_LAWS_NOT_IN_HAND, JURISDICTIONS } from './jurisdictions';
import { obligationId, residentsIn, type Obligation, type PlanBuilder, type PlanFacts } from './plan-model';
import { breachConsumerDue, breachStatus, generalLawFor, thresholdCount } from './breach-status';
import { reachOf } from './planner-criteria';
import { stateName } from '../incident/states';

interface BreachContext {
  b: PlanBuilder;
  incident: Incident;
  calendar: BusinessCalendar;
  facts: PlanFacts;
  law: GeneralBreachLaw;
}

/** When consumers were told, from the incident or a completed `<ST>/consumer-notice` (facts), the earlier. */
function givenAt(x: BreachContext): string | undefined {
  const a = x.incident.consumerNoticeGivenAt?.[x.law.state as keyof NonNullable<Incident['consumerNoticeGivenAt']>];
  const f = x.facts.consumerNoticeGivenAt?.[x.law.state];
  if (!a || !f) return a ?? f;
  return Date.parse(a) <= Date.parse(f) ? a : f;
}

/** How the state's insurance act and this law meet, for this licensee, in one basis line. */
function interplayWords(incident: Incident, law: GeneralBreachLaw): string {
  const i = law.interplay;
  const j = JURISDICTIONS[law.state];
  const outside = j ? reachOf(incident, j) : null;
  if (i.kind === 'none-in-hand') return `${i.wording}.`;
  const own = j?.dataSecurity.assumingInsurer?.noOtherNoticeDuties;
  if (incident.licensee.role === 'assuming-insurer' && own && outside?.kind !== 'outside') {
    return `${own.citation} says an assuming insurer has no other notice obligations "under this section or any other law of the state"; ${law.citation} reaches anyone holding ${law.name} residents' data, so its notice is shown, the reading that owes it (docs/legal-open-questions.md).`;
  }
  if (i.kind === 'insurance-act-points-here') return `${i.citation}: ${i.wording}${outside?.kind === 'outside' ? '; this licensee is outside that act, and the law reaches it as anyone holding its residents\' data' : ''}.`;
  const why = outside?.kind === 'outside' ? outside.why : `the licensee is outside ${j?.dataSecurity.citation ?? 'the insurance act'}`;
  if (i.kind === 'steps-aside-for-insurance-licensees') {
    return `${i.citation}: ${i.wording}. ${why} It is taken as not so regulated, the reading that owes this notice; if it is, the insurance act's consumer notice governs instead (docs/legal-open-questions.md).`;
  }
  return `${i.citation}: ${i.wording}; ${why}, so ${law.citation} applies to it as written.`;
}

/** The law-enforcement delay, where one is recorded: named, the date without it kept (the earliest reading). */
function delayWords(incident: Incident, law: GeneralBreachLaw): string[] {
  const d = incident.lawEnforcementDelay;
  const rule = law.lawEnforcementDelay;
  if (!d) return [`Law-enforcement delay (none recorded): ${rule.wording} (${rule.citation}).`];
  const valid = !rule.needsWriting || d.inWriting;
  return [`A law-enforcement delay was requested on ${d.requestedAt}${d.inWriting ? ' in writing' : ' (not in writing)'}${d.liftedAt ? `, lifted ${d.liftedAt}` : ''}: ${rule.wording} (${rule.citation}).${valid ? '' : ' This law asks for a written request: the delay may not be relied on.'} The date shown is the law's date without the delay, the earliest reading.`];
}

function servicesWords(incident: Incident, law: GeneralBreachLaw): string[] {
  const s = law.identityTheftServices;
  if (!s) return [];
  const kinds = incident.dataKinds;
  if (kinds && !kinds.some((k) => s.kinds.includes(k))) return [`No ${s.kinds.join(' or ')} recorded: the services of ${s.citation} are not owed.`];
  return [`With it: ${s.wording} (${s.citation})${kinds ? '' : `; the kinds of data are not recorded, so ${s.kinds.join(' or ')} are taken as involved`}.`];
}

/** The lines that are the same for every incident under a law (its contents, deemed compliance, unconfirmed), made once. */
function lawLines(caches: PlanningCaches, law: GeneralBreachLaw): string[] {
  let lines = caches.lawLines.get(law);
  if (lines) return lines;
  const items = law.consumerNotice.contents;
  lines = [
    items.length ? `The notice contains: ${items.map((i) => `${i.item} ${i.text}`).join(' ')} (${items[0].citation} ff.).` : `${law.consumerNotice.citation} lists no content items for the notice.`,
    ...law.deemedCompliance.map((d) => `Deemed compliance, not evaluated (the incident does not say): ${d.wording} (${d.citation}).`),
    ...law.unconfirmed.map((u) => `Unconfirmed: ${u}.`),
  ];
  caches.lawLines.set(law, lines);
  return lines;
}

function planConsumer(x: BreachContext): { owed: boolean; dueAt: string | null } {
  const { b, incident, calendar, law } = x;
  const S = law.state;
  const id = obligationId(S, 'consumer-notice');
  const status = breachStatus(incident, law);
  if (!status.owed) {
    b.na(id, `${status.why.join(' ')} (${law.title}.)`);
    return { owed: false, dueAt: null };
  }
  const due = breachConsumerDue(incident, calendar, law);
  const days = law.consumerNotice.days;
  const dated = due
    ? [...due.start.basis, `${days!.count} calendar days after ${due.startDate} (${calendar.timeZone(S)}); the last day does not roll off a weekend or holiday.`]
    : ['The statute gives no number of days: no date is shown as law.'];
  const scheduled = x.facts.consumerNoticeScheduled?.[S];
  b.add({
    id, jurisdiction: S, kind: 'consumer-notice', recipient: law.consumerNotice.recipient, citation: law.consumerNotice.citation,
    clockStartsAt: due ? calendar.caches.inZone(due.start.at, calendar.timeZone(S)) : null, dueAt: due?.dueAt ?? null, dueRule: law.consumerNotice.wording,
    basis: [
      ...status.why, ...dated, interplayWords(incident, law), ...delayWords(incident, law), ...servicesWords(incident, law), ...lawLines(calendar.caches, law),
    ],
    ...(scheduled ? { target: { at: calendar.caches.inZone(scheduled, law.timeZone), source: 'consumer notice scheduled by the company' } } : {}),
  });
  return { owed: true, dueAt: due?.dueAt ?? null };
}

/** When an agency notice is due, by its rule: no date, with the consumer notice, the same days, or business days after it. */
function agencyDue(x: BreachContext, rule: AgencyNoticeRule, consumerDue: string | null): Pick<Obligation, 'dueAt' | 'clockStartsAt'> & { basis: string[] } {
  const given = givenAt(x);
  const zone = x.law.timeZone;
  switch (rule.due.kind) {
    case 'no-date':
      return { dueAt: null, clockStartsAt: null, basis: ['The statute gives no number of days: no date is shown as law.'] };
    case 'days-like-consumer-notice':
      return { dueAt: consumerDue, clockStartsAt: null, basis: ['The same count as the consumer notice.'] };
    case 'with-consumer-notice':
      if (given) return { dueAt: x.calendar.caches.inZone(given, zone), clockStartsAt: null, basis: [`Consumers were told at ${given}: this notice was due not later than that.`] };
      return { dueAt: consumerDue, clockStartsAt: null, basis: [consumerDue ? "Not later than the consumer notice: shown with the consumer notice's own latest date." : 'Not later than the consumer notice, which has no date in law: none is shown.'] };
    case 'business-days-after-consumer-notice': {
      if (!given) return { dueAt: null, clockStartsAt: null, basis: [`${rule.due.days} business days after the first consumer notice: dated once consumerNoticeGivenAt.${x.law.state} is recorded (or ${x.law.state}/consumer-notice completed).`] };
      const r = x.calendar.addBusinessDays(x.law.state, given, rule.due.days);
      return { dueAt: r.dueAtIso, clockStartsAt: x.calendar.caches.inZone(given, x.calendar.timeZone(x.law.state)), basis: [`Consumers were told at ${given}; ${rule.due.days} business days after ${r.startDate} on ${x.law.name}'s holidays.`] };
    }
  }
}

function planAgency(x: BreachContext, kind: 'attorney-general-notice' | 'consumer-reporting-agency-notice', rule: AgencyNoticeRule | null, consumer: { owed: boolean; dueAt: string | null }): void {
  const { b, incident, law } = x;
  const id = obligationId(law.state, kind);
  if (!rule) return b.na(id, `${law.citation} has no such notice.`);
  if (!consumer.owed) return b.na(id, `Owed only with a consumer notice under ${law.citation}, which is not owed (${rule.citation}).`);
  const n = thresholdCount(incident, law.state, rule.counts);
  const whose = rule.counts === 'all-individuals' ? 'individuals in all (every state counted, the earliest reading; counting North Dakota residents only would need more)' : `${law.name} residents`;
  if (n <= rule.moreThan) return b.na(id, `Owed only where more than ${rule.moreThan} are notified (${rule.citation}); best estimate ${n} ${whose}.`);
  const due = agencyDue(x, rule, consumer.dueAt);
  b.add({
    id, jurisdiction: law.state, kind, recipient: rule.recipient, citation: rule.citation, clockStartsAt: due.clockStartsAt, dueAt: due.dueAt, dueRule: rule.wording,
    basis: [
      rule.moreThan ? `${n} ${whose}, more than ${rule.moreThan} (${rule.citation}).` : `Owed with every consumer notice under ${law.citation} (${rule.citation}).`,
      ...due.basis,
      ...(rule.unlessNotEvaluated ? [`Unless, not evaluated: ${rule.unlessNotEvaluated.wording} (${rule.unlessNotEvaluated.citation}).`] : []),
    ],
  });
}

function planDataOwner(x: BreachContext): void {
  const { b, incident, law } = x;
  const id = obligationId(law.state, 'data-owner-notice');
  const rule = law.dataOwnerNotice;
  if (!rule) return b.na(id, `${law.citation} has no notice to a data owner by the person holding the data.`);
  if (!incident.dataOwner) return b.na(id, `The licensee owns or licenses the data (no dataOwner given) (${rule.citation}).`);
  b.add({
    id, jurisdiction: law.state, kind: 'data-owner-notice', recipient: incident.dataOwner, citation: rule.citation, clockStartsAt: null, dueAt: null, dueRule: rule.wording,
    basis: [`The licensee holds ${law.name} residents' data that ${incident.dataOwner} owns or licenses (${rule.citation}).`, 'No number of days in the statute: no date is shown as law.'],
  });
}

/** Every affected state's breach law: computed where in hand, named where not (after the insurance acts' duties). */
export function planBreachLaws(b: PlanBuilder, incident: Incident, calendar: BusinessCalendar, facts: PlanFacts): void {
  for (const state of Object.keys(incident.residents)) {
    if (residentsIn(incident, state) === 0 || b.has(obligationId(state, 'consumer-notice'))) continue;
    const law = generalLawFor(incident, state);
    if (law) {
      const x: BreachContext = { b, incident, calendar, facts, law };
      const consumer = planConsumer(x);
      planAgency(x, 'attorney-general-notice', law.attorneyGeneralNotice, consumer);
      planAgency(x, 'consumer-reporting-agency-notice', law.consumerReportingAgencyNotice, consumer);
      if (!b.has(obligationId(state, 'data-owner-notice'))) planDataOwner(x);
      continue;
    }
    const named = BREACH_LAWS_NOT_IN_HAND[state];
    if (named) b.na(obligationId(state, 'consumer-notice'), `Not evaluated: ${named.citation} (${named.title}), ${stateName(state)}'s breach-notification law: statute text not in hand (${named.citationSource}); check it, with its Attorney General and consumer reporting agency notices.`);
  }
}
