/**
 * The consumer side of an event, under each state's general breach statute (RSMo 407.1500, RSA 359-C:20):
 * notice to consumers, to the Attorney General and the consumer reporting agencies above the statute's
 * count, and to the owner of data the licensee holds but does not own.
 */
import { hipaaSatisfiedBy, obligationId, inZone, lawInForce, type DutyContext } from './plan-model';

/**
 * Consumer notice under the state's breach statute (RSMo 407.1500.2(1), RSA 359-C:20 I(a)): no date in either.
 * Where that statute's text is not in hand (S.C. Code § 39-1-90), the duty is named and not evaluated.
 */
export function planConsumerNotice(c: DutyContext): boolean | 'not-evaluated' {
  const { b, j, count, breach } = c;
  const S = j.state;
  const cn = j.consumerBreachNotice;
  if ('notInHand' in cn) {
    const why = `${cn.citation} (${cn.title}): its text is not in hand, so breachclock does not evaluate the consumer notice, or notices to the Attorney General, the consumer reporting agencies or a data owner, under it: check it (${j.dataSecurity.consumerNoticeCopy.citation} requires compliance with it).`;
    for (const kind of ['consumer-notice', 'attorney-general-notice', 'consumer-reporting-agency-notice', 'data-owner-notice'] as const) b.na(obligationId(S, kind), `Not evaluated: ${why}`);
    return breach && count > 0 ? 'not-evaluated' : false;
  }
  const discovered = c.calendar.localStartDate(S, c.incident.determinedAt);
  if (!lawInForce(cn, discovered)) {
    b.na(obligationId(S, 'consumer-notice'), `${cn.citation} is in force from ${cn.effectiveFrom}; the determination (${discovered}) falls outside it.`);
    return false;
  }
  const owed = breach && count > 0;
  if (!owed) {
    b.na(obligationId(S, 'consumer-notice'), `Not owed: ${!breach ? "no breach of security under the state's breach statute" : `no ${j.name} residents affected`} (${cn.consumerNotice.citation}).`);
    return false;
  }
  const scheduled = c.facts.consumerNoticeScheduled?.[S];
  b.add({
    id: obligationId(S, 'consumer-notice'), jurisdiction: S, kind: 'consumer-notice', recipient: cn.consumerNotice.recipient,
    citation: cn.consumerNotice.citation, clockStartsAt: null, dueAt: null, dueRule: cn.consumerNotice.wording,
    basis: [
      `${count} ${j.name} residents affected by a breach of security (${cn.citation}).`,
      'The statute gives no date: breachclock shows none as law.',
      ...cn.conditions.map((x) => `Condition: ${x.wording} (${x.citation}).`),
      ...cn.unconfirmed.map((u) => `Unconfirmed: ${u}.`),
      ...hipaaSatisfiedBy(c, 'consumer-notice'),
    ],
    ...(scheduled ? { target: { at: inZone(scheduled, j.holidays.timeZone), source: 'consumer notice scheduled by the company' } } : {}),
  });
  return true;
}

/** Attorney General and consumer reporting agencies above the statute's count (RSMo 407.1500.2(8); RSA 359-C:20 VI). */
export function planPublicNotices(c: DutyContext, consumerNoticeOwed: boolean | 'not-evaluated'): void {
  const { b, j, count } = c;
  const cn = j.consumerBreachNotice;
  if ('notInHand' in cn) return; // named by planConsumerNotice
  for (const [kind, rule] of [
    ['attorney-general-notice', cn.attorneyGeneralNotice],
    ['consumer-reporting-agency-notice', cn.consumerReportingAgencyNotice],
  ] as const) {
    const id = obligationId(j.state, kind);
    if (!rule) {
      b.na(id, `No such notice is taken in for insurance licensees under ${cn.citation} (see ${j.dataSecurity.consumerNoticeCopy.citation}).`);
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
  if ('notInHand' in j.consumerBreachNotice) return; // named by planConsumerNotice
  const rule = j.consumerBreachNotice.dataOwnerNotice;
  const id = obligationId(j.state, 'data-owner-notice');
  if (!rule) return b.na(id, `Not evaluated: ${j.consumerBreachNotice.citation} has no notice to a data owner, and ${j.name}'s general breach statute is not in hand: check it.`);
  if (!incident.dataOwner) return b.na(id, `The licensee owns or licenses the data (no dataOwner given) (${rule.citation}).`);
  if (!breach || count === 0) return b.na(id, `No breach of security of ${j.name} residents' personal information (${rule.citation}).`);
  b.add({
    id, jurisdiction: j.state, kind: 'data-owner-notice', recipient: incident.dataOwner, citation: rule.citation,
    clockStartsAt: null, dueAt: null, dueRule: rule.wording,
    basis: [`The licensee holds ${j.name} residents' data that ${incident.dataOwner} owns or licenses (${rule.citation}).`, 'The statute says "immediately": no number of days, so no date is shown as law; act now.'],
  });
}
