/**
 * Producers of record. RSMo 375.1410.6: where "consumer notice is required by law, including section 407.1500", "no
 * later than the time at which notice is provided to the affected consumers"; 18 Del. C. § 8606(f): where consumer
 * notice is required "under this section", "at a time reasonably concurrent with" it. RSA 420-P:6 VI: an event
 * "involving nonpublic information", "as soon as practicable as directed by the commissioner" (no consumer-notice
 * condition).
 */
import { JURISDICTIONS } from './jurisdictions';
import { earliest, hipaaDeemsMet, obligationId, stateReaches, type DutyContext } from './plan-model';

/** The consumer notices the producer notice hangs on: this state's, or (RSMo 375.1410.6) every state's this plan owes or cannot evaluate. */
function consumerNoticesRequired(c: DutyContext, anyLaw: boolean): { owed: string[]; notEvaluated: string[] } {
  const owed: string[] = [];
  const notEvaluated: string[] = [];
  for (const j of anyLaw ? Object.values(JURISDICTIONS) : [c.j]) {
    const status = c.cascade.consumer[j.state];
    if (status === true) owed.push(`${j.state}/consumer-notice (${'notInHand' in j.consumerBreachNotice || 'general' in j.consumerBreachNotice ? j.consumerBreachNotice.citation : j.consumerBreachNotice.consumerNotice.citation})`);
    else if (status === 'not-evaluated') notEvaluated.push(j.consumerBreachNotice.citation);
  }
  return { owed, notEvaluated };
}

/** "No later than the consumer notice": the earliest scheduled consumer notice, or the earliest consumer notice the law itself dates. */
function dueWithConsumerNotice(c: DutyContext): { dueAt: string | null; basis: string } {
  const scheduled = earliest(...Object.values(c.facts.consumerNoticeScheduled ?? {}));
  const dated = Object.entries(c.cascade.consumerDue).map(([s, at]) => ({ s, at: at! }));
  const first = earliest(scheduled, ...dated.map((d) => d.at));
  if (!first) return { dueAt: null, basis: 'No date until the consumer notice is scheduled (consumerNoticeScheduled fixes it).' };
  const law = dated.find((d) => d.at === first);
  return {
    dueAt: c.calendar.caches.inZone(first, c.j.holidays.timeZone),
    basis: first === scheduled ? 'Fixed by the earliest scheduled consumer notice.' : `No later than the ${law!.s} consumer notice, which its law requires by ${law!.at}.`,
  };
}

export function planProducerNotice(c: DutyContext): void {
  const { b, incident, j } = c;
  const law = j.dataSecurity;
  const S = j.state;
  const prodId = obligationId(S, 'producer-notice');
  if (!law.producerNotice) return b.na(prodId, `${law.citation} has no notice to producers of record.`);
  const rule = law.producerNotice;
  const cite = rule.citation;
  const recipient = 'producers of record of all affected consumers';
  if (incident.licensee.role !== 'insurer') return b.na(prodId, `Owed by insurers only (${cite}).`);
  if (!incident.producersOfRecord) return b.na(prodId, `Affected consumers did not come through independent producers (${cite}).`);
  if (!stateReaches(incident, S)) return b.na(prodId, `No ${j.name} consumers are affected and ${j.name} is not the state of domicile (${cite}).`);
  const deemed = hipaaDeemsMet(c, 'producer-notice');
  if (deemed) return b.na(prodId, deemed);
  if (rule.rule === 'no-later-than-consumer-notice') {
    const required = consumerNoticesRequired(c, !!rule.consumerNoticeUnderAnyLaw);
    if (!required.owed.length && !required.notEvaluated.length) {
      return b.na(prodId, `Owed only where consumer notice is required ${rule.consumerNoticeUnderAnyLaw ? 'by law' : `under ${j.name} law`} (${cite}); no ${rule.consumerNoticeUnderAnyLaw ? '' : `${j.name} `}consumer notice is owed.`);
    }
    const due = dueWithConsumerNotice(c);
    b.add({
      id: prodId, jurisdiction: S, kind: 'producer-notice', recipient, citation: cite, clockStartsAt: null, dueAt: due.dueAt,
      dueRule: rule.dueRule ?? 'no later than the time at which notice is provided to the affected consumers',
      basis: [
        ...(required.owed.length ? [`Consumer notice is required by law: ${required.owed.join('; ')} (${cite}).`] : []),
        ...(required.notEvaluated.length && !required.owed.length ? [`Whether consumer notice is required under ${required.notEvaluated.join(', ')} is not evaluated (its text is not in hand): owed here, the reading that owes it.`] : []),
        due.basis,
        rule.excused + '.',
      ],
    });
    return;
  }
  if (!incident.nonpublicInformation) return b.na(prodId, `Owed for an event involving nonpublic information (${cite}); this one involves none.`);
  b.add({
    id: prodId, jurisdiction: S, kind: 'producer-notice', recipient, citation: cite, clockStartsAt: null, dueAt: null,
    dueRule: 'as soon as practicable as directed by the commissioner',
    basis: [
      'Owed whether or not a consumer notice is owed: the paragraph has no consumer-notice condition.',
      'No date until the commissioner directs one (regulatorDirective fixes it).',
      rule.excused + '.',
    ],
  });
}
