/**
 * Regulator notice drafts (issue 6): for each regulator notice owed, the items its source lists
 * (RSMo 375.1410.2 (1)-(13), RSA 420-P:6 II (a)-(m), Bulletin 23-04's list), each filled from the incident
 * and its messages or marked missing with the field that would answer it; and, once a notice is filed,
 * the numbered supplement with what changed since the last filing (the continuing duty to update).
 *
 * Pure: from a `ReportSource` (the workflow's `reportSource` query) to a plain document that
 * reports/render.ts turns into Markdown, HTML or PDF. Nothing here holds a consumer's
 * nonpublic information: the schemas have no place for it and free text is checked where it enters.
 */
import type { EventDetails } from '../incident/incident';
import type { NoticeContents, NoticeFact, NoticeItem } from './jurisdiction';
import { humanTime } from '../incident/time-words';
import { JURISDICTIONS, NOTICE_JURISDICTIONS } from './jurisdictions';
import type { Filing, ObligationStatus, ReportSnapshot, ReportSource } from '../incident/status';
import { breachDraft, draftHeader } from './report-breach';

export interface ReportItem {
  item: string;
  citation: string;
  text: string;
  /** What the draft says, or null where nothing is known yet. */
  value: string | null;
  /** The facts still missing for this item, named by the field that answers them. */
  missing: string[];
}

export interface ReportChange {
  item: string;
  citation: string;
  text: string;
  before: string | null;
  after: string | null;
}

export interface NoticeDraft {
  obligationId: string;
  jurisdiction: string;
  recipient: string;
  /** The section that owes the notice, and its deadline (or why none). */
  citation: string;
  dueAt: string | null;
  dueRule: string;
  obligationState: string;
  contents: { citation: string; wording: string };
  /** 0: the initial notice; n: supplement No. n. */
  number: number;
  heading: string;
  /** Why a supplement is owed now, or null. */
  supplementOwed: string | null;
  items: ReportItem[];
  missingCount: number;
  /** Items changed since the last filing; null before the first filing. */
  changes: ReportChange[] | null;
  /** `recordedBy`: who recorded the filing as the door authenticated them ("Dana Reyes <dana@example.com>, oidc"). */
  previousFilings: Array<{ number: number; label: string; filedAt: string; reference?: string; recordedBy?: string }>;
}

export interface ReportDocument {
  incidentId: string;
  title: string;
  generatedAt: string;
  licensee: string;
  drafts: NoticeDraft[];
  followUps: Array<{ title: string; citation: string; state: string; target: string; outcome?: string }>;
  /** The investigation's determinations (RSMo 375.1407.2, RSA 420-P:5 II), made or still open. */
  investigation: Array<{ text: string; citations: string[]; doneAt: string | null; note?: string }>;
  notes: string[];
}

/** Where each fact is recorded, so a missing item says what to fill in. */
export const FACT_FIELDS: Record<NoticeFact, string> = {
  eventDate: 'eventDetails.occurredAt',
  identifiedDate: 'awareAt',
  exposure: 'eventDetails.exposure',
  discovery: 'eventDetails.discovery',
  recovery: 'eventDetails.recovery',
  source: 'eventDetails.source',
  agencyNotices: 'eventDetails.agencyNotices (an empty list records that none was made)',
  informationTypes: 'eventDetails.informationTypes',
  compromisedPeriod: 'eventDetails.compromisedFrom',
  consumersInState: 'residents',
  internalReview: 'eventDetails.internalReview, or the risk-reassessment follow-up',
  remediation: 'eventDetails.remediation, or the program-adjustment follow-up',
  privacyPolicy: 'eventDetails.privacyPolicy',
  investigationSteps: 'eventDetails.investigationSteps',
  consumerMitigation: 'eventDetails.consumerMitigation',
  contactPerson: 'eventDetails.contactPerson.name',
  contactDetails: 'eventDetails.contactPerson (name and email or phone)',
  publicNotices: 'the attorney-general and consumer-reporting-agency obligations, or eventDetails.agencyNotices',
};

/**
 * Item (6) / II(f) asks about "a police report" and "any regulatory, government, or law enforcement agencies":
 * regulator and Attorney General notices answer it; consumer reporting agencies are not such agencies.
 */
const NOTIFYING_KINDS = ['regulator-notice', 'regulator-notice-bulletin', 'attorney-general-notice'];

function completedNotices(s: ReportSnapshot, kinds: string[], exceptTrack?: string): string[] {
  return s.obligations
    .filter((o) => kinds.includes(o.kind) && o.state === 'done' && o.completedAt && o.id !== exceptTrack)
    .map((o) => `${o.recipient}: notified ${humanTime(o.completedAt, o.jurisdiction)}${o.reference ? ` (ref ${o.reference})` : ''}`);
}

function outcomes(s: ReportSnapshot, feeds: string, state: string): string[] {
  return s.followUps
    .filter((f) => f.feeds === feeds && f.state === 'done' && f.outcome)
    .map((f) => `${f.title} (${f.citation}), completed ${humanTime(f.completedAt, state)}: ${f.outcome}`);
}

const joined = (parts: Array<string | undefined | null | false>): string | null => {
  const xs = parts.filter((x): x is string => !!x);
  return xs.length ? xs.join('\n') : null;
};

/** One fact, as the draft states it for a notice to `state`'s regulator (`track` is that notice). */
export function fact(key: NoticeFact, s: ReportSnapshot, state: string, track: string): string | null {
  const i = s.incident;
  const d: EventDetails = i.eventDetails ?? {};
  // Every date as the regulator reads it: its own local time in words.
  const t = (iso: string) => humanTime(iso, state);
  switch (key) {
    case 'eventDate':
      return d.occurredAt ? t(d.occurredAt) : null;
    case 'identifiedDate':
      return i.awareAt ? `identified ${t(i.awareAt)} (awareness); determination ${t(i.determinedAt)}` : `identified ${t(i.determinedAt)} (determination)`;
    case 'exposure':
      return d.exposure
        ? joined([
            d.exposure,
            i.thirdParty &&
              `Third-party service provider: ${i.thirdParty.provider}${i.thirdParty.notifiedLicenseeAt ? `, which notified the licensee ${t(i.thirdParty.notifiedLicenseeAt)}` : ''}.`,
          ])
        : null;
    case 'discovery':
      return d.discovery ?? null;
    case 'recovery':
      return d.recovery ?? null;
    case 'source':
      return d.source ?? null;
    case 'agencyNotices': {
      const recorded = (d.agencyNotices ?? []).map((n) => `${n.agency}: notified ${t(n.notifiedAt)}${n.reference ? ` (ref ${n.reference})` : ''}`);
      const tracked = completedNotices(s, NOTIFYING_KINDS, track);
      if (!recorded.length && !tracked.length) return d.agencyNotices ? 'No police report filed and no agency notified (as recorded).' : null;
      return joined([...recorded, ...tracked]);
    }
    case 'informationTypes':
      return d.informationTypes?.length ? d.informationTypes.join('; ') : null;
    case 'compromisedPeriod':
      return d.compromisedFrom ? `from ${t(d.compromisedFrom)} ${d.compromisedUntil ? `until ${t(d.compromisedUntil)}` : '(end not yet known)'}` : null;
    case 'consumersInState': {
      const n = i.residents[state as keyof typeof i.residents];
      return n === undefined ? null : `${n} (best estimate)`;
    }
    case 'internalReview':
      return joined([d.internalReview, ...outcomes(s, 'internalReview', state)]);
    case 'remediation':
      return joined([d.remediation, ...outcomes(s, 'remediation', state)]);
    case 'privacyPolicy':
      return d.privacyPolicy ? `Privacy policy attached: ${d.privacyPolicy}` : null;
    case 'investigationSteps': {
      const scheduled = s.consumerNoticeScheduled[state];
      return d.investigationSteps ? joined([d.investigationSteps, scheduled && `Consumer notice scheduled for ${t(scheduled)}.`]) : null;
    }
    case 'consumerMitigation':
      return d.consumerMitigation ?? null;
    case 'contactPerson':
    case 'contactDetails':
      return contactFact(key, d);
    case 'publicNotices': {
      const tracked = completedNotices(s, ['attorney-general-notice', 'consumer-reporting-agency-notice']);
      const recorded = (d.agencyNotices ?? []).map((n) => `${n.agency}: notified ${t(n.notifiedAt)}`);
      if (!tracked.length && !recorded.length) return d.agencyNotices ? 'No notice to the Attorney General, credit bureaus or law enforcement so far (as recorded).' : null;
      return joined([...tracked, ...recorded]);
    }
  }
}

/** Item (13) / II(m): the person familiar with the event, and (Bulletin 23-04) how to reach them. */
function contactFact(key: 'contactPerson' | 'contactDetails', d: EventDetails): string | null {
  const c = d.contactPerson;
  if (!c) return null;
  const who = `${c.name}${c.title ? `, ${c.title}` : ''}`;
  if (key === 'contactPerson') return who;
  return c.email || c.phone ? [who, c.email, c.phone].filter(Boolean).join(' · ') : null;
}

function fillItems(contents: NoticeContents, s: ReportSnapshot, state: string, track: string): ReportItem[] {
  return contents.items.map((it: NoticeItem) => {
    const parts = it.answers.map((k) => ({ k, v: fact(k, s, state, track) }));
    return {
      item: it.item,
      citation: it.citation,
      text: it.text,
      value: joined(parts.map((p) => p.v)),
      missing: parts.filter((p) => p.v === null).map((p) => FACT_FIELDS[p.k]),
    };
  });
}

function contentsFor(o: ObligationStatus): NoticeContents | null {
  const j = NOTICE_JURISDICTIONS[o.jurisdiction];
  if (!j) return null;
  if (o.kind === 'regulator-notice') return j.dataSecurity.noticeContents;
  if (o.kind === 'regulator-notice-bulletin') return JURISDICTIONS[o.jurisdiction]?.bulletin?.noticeContents ?? null;
  return null;
}

const filingLabel = (f: Pick<Filing, 'number'>) => (f.number === 0 ? 'Initial notice' : `Supplement No. ${f.number}`);

/** The draft for one regulator notice: its items as they stand, and what changed since the last filing. */
function draftFor(o: ObligationStatus, contents: NoticeContents, src: ReportSource): NoticeDraft {
  const filings = src.filings.filter((f) => f.track === o.id).sort((a, b) => a.number - b.number);
  const items = fillItems(contents, src.current, o.jurisdiction, o.id);
  const last = filings[filings.length - 1];
  const update = src.status.obligations.find((x) => x.id === `${o.jurisdiction}/regulator-update`);
  let changes: ReportChange[] | null = null;
  if (last) {
    const before = fillItems(contents, last.snapshot, o.jurisdiction, o.id);
    changes = items
      .map((it, n) => ({ item: it.item, citation: it.citation, text: it.text, before: before[n].value, after: it.value }))
      .filter((c) => c.before !== c.after);
  }
  const number = filings.length;
  const supplementOwed = last && o.kind === 'regulator-notice' && update?.state === 'pending' && update.note ? update.note.replace(/^supplement owed: /, '') : null;
  return {
    ...draftHeader(o),
    contents: { citation: contents.citation, wording: contents.wording },
    number,
    heading:
      number === 0
        ? 'Initial notice (draft)'
        : o.kind === 'regulator-notice'
          ? `Supplement No. ${number} (draft)`
          : `Update No. ${number} (draft; ${contents.citation} sets no duty to update)`,
    supplementOwed,
    items,
    missingCount: items.filter((it) => it.missing.length).length,
    changes,
    previousFilings: filings.map((f) => ({
      number: f.number,
      label: filingLabel(f),
      filedAt: f.filedAt,
      ...(f.reference ? { reference: f.reference } : {}),
      ...(f.recordedBy ? { recordedBy: `${f.recordedBy.displayName} <${f.recordedBy.subject}>, ${f.recordedBy.authenticatedBy}` } : {}),
    })),
  };
}

export function buildReport(src: ReportSource, generatedAt: string): ReportDocument {
  const drafts: NoticeDraft[] = [];
  for (const o of src.status.obligations) {
    const contents = contentsFor(o);
    // A regulator's notice, or a consumer or Attorney General notice under a general breach law (issue #26 item 4).
    const draft = contents ? draftFor(o, contents, src) : breachDraft(o, src.current.incident);
    if (draft) drafts.push(draft);
  }
  return {
    incidentId: src.incidentId,
    title: src.title,
    generatedAt,
    licensee: src.current.incident.licensee.name,
    drafts,
    followUps: (src.status.followUps ?? [])
      .filter((f) => f.state !== 'not-applicable')
      .map((f) => ({ title: f.title, citation: f.citation, state: f.state, target: f.target.at, ...(f.outcome ? { outcome: f.outcome } : {}) })),
    investigation: (src.status.investigation ?? []).map((i) => ({ text: i.text, citations: i.citations, doneAt: i.doneAt, ...(i.note ? { note: i.note } : {}) })),
    notes: [
      'Draft for review by the licensee and counsel before filing; breachclock does not file it.',
      'No consumer nonpublic information: "the licensee shall not release to the state or any other entity nonpublic information of the consumer unless given written authority by the consumer or otherwise required by law" (RSMo 375.1410.2).',
      'Items marked MISSING are not yet known to breachclock; provide as much as practicable and supplement as facts change.',
      ...(drafts.some((d) => d.number === 0 && /^(Consumer|Attorney General) notice/.test(d.heading))
        ? ['Consumer and Attorney General drafts list the items each general breach law requires; they hold no consumer\'s name or data, only the counts and kinds the incident records.']
        : []),
      'Close-out follow-up dates are company targets, not legal deadlines (20 CSR 100-6.110 sets none; it binds Missouri licensees, and elsewhere the follow-ups are company practice).',
      ...(src.status.obligations.some((o) => o.kind === 'regulator-notice-bulletin')
        ? ['MO DCI Bulletin 23-04 is a request of the Department: it "does not have the force and effect of law" (RSMo 374.015).']
        : []),
    ],
  };
}
