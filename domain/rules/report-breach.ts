/**
 * Consumer-notice and Attorney General drafts under each state's general breach law (issue #26 item 4): for every
 * `<ST>/consumer-notice` and `<ST>/attorney-general-notice` owed under a law in jurisdictions/breach/, the content
 * items the law requires (and the identity-theft services it makes the notice offer), each filled from the incident
 * where it says it or marked missing with the field that would answer it. Same document model as the regulator
 * drafts (report.ts), so the renderers take them as they are.
 *
 * No consumer's data: the incident holds counts and kinds of data only, and the contact is the licensee's own person.
 */
import type { Incident } from '../incident/incident';
import type { ObligationStatus } from '../incident/status';
import { humanTime } from '../incident/time-words';
import type { BreachFact, ContentItem, GeneralBreachLaw } from './breach-law';
import { GENERAL_BREACH_LAWS } from './jurisdictions/breach';
import type { NoticeDraft, ReportItem } from './report';

/** Where each fact is recorded, so a missing item says what to fill in. */
export const BREACH_FACT_FIELDS: Record<BreachFact, string> = {
  description: 'eventDetails.exposure',
  breachDate: 'eventDetails.occurredAt (or eventDetails.compromisedFrom)',
  discoveryDate: 'discoveredAt',
  dataKinds: 'dataKinds (or eventDetails.informationTypes)',
  protection: 'eventDetails.remediation',
  services: 'eventDetails.consumerMitigation',
  contact: 'eventDetails.contactPerson (name and email or phone)',
  phone: 'eventDetails.contactPerson.phone',
  residents: 'residents',
};

/** An item the incident cannot answer: the law's standard wording, which counsel writes (no field holds it). */
export const STANDARD_WORDING = 'standard wording for counsel to supply (not recorded in the incident)';

const words = (kind: string) => kind.replace(/-/g, ' ');

/** One fact, as a draft to `law.state`'s consumers or Attorney General states it (dates in that state's time). */
export function breachFact(key: BreachFact, incident: Incident, law: GeneralBreachLaw): string | null {
  const d = incident.eventDetails ?? {};
  const t = (iso: string) => humanTime(iso, law.state);
  const c = d.contactPerson;
  switch (key) {
    case 'description':
      return d.exposure ?? null;
    case 'breachDate':
      if (d.occurredAt) return t(d.occurredAt);
      return d.compromisedFrom ? `from ${t(d.compromisedFrom)} ${d.compromisedUntil ? `until ${t(d.compromisedUntil)}` : '(end not yet known)'}` : null;
    case 'discoveryDate':
      return incident.discoveredAt ? t(incident.discoveredAt) : null;
    case 'dataKinds': {
      const kinds = (incident.dataKinds ?? []).map(words);
      const types = d.informationTypes ?? [];
      return kinds.length || types.length ? [...kinds, ...types].join('; ') : null;
    }
    case 'protection':
      return d.remediation ?? null;
    case 'services':
      return d.consumerMitigation ?? null;
    case 'contact':
      return c && (c.email || c.phone) ? [`${c.name}${c.title ? `, ${c.title}` : ''}`, c.email, c.phone].filter(Boolean).join(' · ') : null;
    case 'phone':
      return c?.phone ?? null;
    case 'residents': {
      const n = incident.residents[law.state as keyof typeof incident.residents];
      return n === undefined ? null : `${n} ${law.name} residents (best estimate)`;
    }
  }
}

function fill(items: ContentItem[], incident: Incident, law: GeneralBreachLaw): ReportItem[] {
  return items.map((it) => {
    const answers = it.answers ?? [];
    const parts = answers.map((k) => ({ k, v: breachFact(k, incident, law) }));
    const known = parts.map((p) => p.v).filter((v): v is string => v !== null);
    return {
      item: it.item,
      citation: it.citation,
      text: it.text,
      value: known.length ? known.join('\n') : null,
      missing: answers.length ? parts.filter((p) => p.v === null).map((p) => BREACH_FACT_FIELDS[p.k]) : [STANDARD_WORDING],
    };
  });
}

/** The identity-theft services the notice offers (Conn. Gen. Stat. § 36a-701b(b)(2)(B)), where the kinds involved call for them. */
function servicesItem(incident: Incident, law: GeneralBreachLaw): ContentItem[] {
  const s = law.identityTheftServices;
  if (!s) return [];
  const kinds = incident.dataKinds;
  if (kinds && !kinds.some((k) => s.kinds.includes(k))) return [];
  return [{ item: 'services', citation: s.citation, text: `Identity-theft services offered with the notice: ${s.wording}.`, answers: ['services'] }];
}

function itemsFor(o: ObligationStatus, law: GeneralBreachLaw, incident: Incident): { items: ContentItem[]; citation: string; wording: string } | null {
  if (o.kind === 'consumer-notice' && o.citation === law.consumerNotice.citation) {
    const listed = law.consumerNotice.contents;
    const items = [...listed, ...servicesItem(incident, law)];
    const wording = listed.length ? `the notice to ${law.consumerNotice.recipient} contains these items` : `no content items listed for the notice${items.length ? '; the identity-theft services it must offer are drafted' : ''}`;
    return { items, citation: listed[0]?.citation ?? law.consumerNotice.citation, wording };
  }
  const ag = law.attorneyGeneralNotice;
  if (o.kind === 'attorney-general-notice' && ag && o.citation === ag.citation) {
    const items = ag.contents ?? [];
    return { items, citation: items[0]?.citation ?? ag.citation, wording: items.length ? `the notice to the ${ag.recipient} contains these items` : `no content items listed for the notice, given ${ag.wording}` };
  }
  return null;
}

/** The draft of a consumer or Attorney General notice owed under a general breach law, or null for any other obligation. */
/** What every draft says of its obligation, the regulator's and the consumer side's alike. */
export function draftHeader(o: ObligationStatus): Pick<NoticeDraft, 'obligationId' | 'jurisdiction' | 'recipient' | 'citation' | 'dueAt' | 'dueRule' | 'obligationState'> {
  return { obligationId: o.id, jurisdiction: o.jurisdiction, recipient: o.recipient, citation: o.citation, dueAt: o.dueAt, dueRule: o.dueRule, obligationState: o.state };
}

export function breachDraft(o: ObligationStatus, incident: Incident): NoticeDraft | null {
  const law = GENERAL_BREACH_LAWS[o.jurisdiction];
  if (!law || o.state === 'not-applicable') return null;
  const spec = itemsFor(o, law, incident);
  if (!spec) return null;
  const items = fill(spec.items, incident, law);
  return {
    ...draftHeader(o),
    contents: { citation: spec.citation, wording: spec.wording },
    number: 0,
    heading: o.kind === 'consumer-notice' ? 'Consumer notice (draft)' : 'Attorney General notice (draft)',
    supplementOwed: null,
    items,
    missingCount: items.filter((it) => it.missing.length).length,
    changes: null,
    previousFilings: [],
  };
}
