/**
 * Form fields derived from the zod schemas (domain/incident): one field per schema field, its input chosen
 * by what the schema takes (a date-time picker for an instant, a list of states for a state, yes/no for a
 * flag, repeatable rows for a list of records), labelled in the field's words. A new field in a schema shows
 * up in the console without a second list to keep equal.
 */
import type { z } from 'zod';
import { Email, Incident, Instant, StateCode } from '../../domain/incident/incident';
import { FollowUpId, MESSAGE_NAMES, MESSAGE_SCHEMAS, ObligationId, type MessageName } from '../../domain/incident/messages';
import { US_STATES } from '../../domain/incident/states';

export type FieldKind = 'text' | 'textarea' | 'lines' | 'datetime' | 'number' | 'email' | 'select' | 'checkbox' | 'obligation' | 'followUp' | 'rows' | 'keyed';

export interface FormField {
  /** Dotted for nested objects, e.g. contactPerson.email. */
  name: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** select: the choices (a yes/no flag: "yes" and "no"). */
  options?: Array<{ value: string; label: string }>;
  /** rows: a list of records (or a record keyed by state): sub-fields per row. keyed: one row per key. */
  fields?: FormField[];
  rows?: number;
  keys?: Array<{ value: string; label: string }>;
  /** rows made from a record (`residents`): row `key` holds the record's key. */
  recordKey?: boolean;
}

/** Field words: what a compliance lead would call each field. Unlisted names are spelled out from camelCase. */
const LABELS: Record<string, string> = {
  obligationId: 'Obligation',
  completedAt: 'Filed (completed) at',
  completedBy: 'Filed by',
  reference: "Reference (e.g. the regulator's confirmation number)",
  note: 'Note',
  count: 'Affected residents (best estimate)',
  asOf: 'Estimate as of',
  provider: 'Third-party service provider',
  notifiedLicenseeAt: 'Provider notified us at',
  actualKnowledgeAt: 'We first knew at',
  scheduledFor: 'Consumer notice goes out at',
  dueAt: 'Due at, as the regulator directed',
  closedAt: 'Closed at',
  reason: 'Reason',
  override: 'Close although obligations are still owed (recorded as an override)',
  occurredAt: 'Event occurred at',
  exposure: 'How the information was exposed',
  discovery: 'How the event was discovered',
  recovery: 'Whether information was recovered, and how',
  source: 'Source of the event',
  agencyNotices: 'Police report or agencies notified',
  agency: 'Agency',
  notifiedAt: 'Notified at',
  informationTypes: 'Types of information involved (one per line)',
  compromisedFrom: 'System compromised from',
  compromisedUntil: 'System compromised until',
  internalReview: 'Internal review results',
  remediation: 'Remediation',
  privacyPolicy: 'Privacy policy (link or document to attach)',
  investigationSteps: 'Steps to investigate and notify consumers',
  consumerMitigation: 'Steps to mitigate harm to consumers',
  investigation: 'Investigation determinations',
  doneAt: 'Made at',
  followUpId: 'Follow-up',
  owner: 'Owner (email)',
  targetAt: 'Company target',
  outcome: 'Outcome',
  incidentId: 'Incident ID',
  title: 'Title (no consumer data)',
  determinedAt: 'Determined that a cybersecurity event occurred at',
  awareAt: 'Became aware of the breach at',
  residents: 'Affected residents by state (best estimate)',
  nonpublicInformation: 'Involves nonpublic information',
  materialHarmLikely: 'Reasonable likelihood of material harm',
  otherGovernmentNoticeRequired: 'Notice owed to another government body',
  breachOfSecurity: 'A breach of security under the state breach law',
  producersOfRecord: 'Consumers reached us through independent producers',
  cedingInsurers: 'Ceding insurers to notify (one per line)',
  dataOwner: 'Owner of the data, when it is not ours',
  hipaaCovered: 'Covered by HIPAA/HITECH',
  escalation: 'Escalation ladder, first to last (one email per line)',
  escalationIntervalHours: 'Hours between escalation rungs',
  reminders: 'Reminder slots (one per line)',
  name: 'Name',
  role: 'Role',
  domicileState: 'State of domicile (insurer) or home state (producer)',
  email: 'Email',
  phone: 'Phone',
  state: 'State',
  providerNotifiedRegulators: 'States whose regulator the provider notified (one per line)',
  reinsurer: 'Reinsurer',
};

const words = (name: string) => name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()).replace(/ ([A-Z])/g, (_m, c: string) => ` ${c.toLowerCase()}`);
export const labelOf = (name: string) => LABELS[name] ?? words(name);

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; entries?: Record<string, string>; keyType?: z.ZodType; valueType?: z.ZodType; options?: z.ZodType[] };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
function unwrap(s: z.ZodType): { s: z.ZodType; optional: boolean } {
  const t = defOf(s).type;
  if (t === 'optional' || t === 'default') return { s: unwrap(defOf(s).innerType!).s, optional: true };
  return { s, optional: false };
}
/** Text up to 1,000 characters or more is a description (domain/incident/incident.ts freeText): a text area. */
const isLongText = (s: z.ZodType) => s.safeParse('a'.repeat(999)).success;
const STATE_OPTIONS = Object.entries(US_STATES).map(([value, name]) => ({ value, label: `${value} ${name}` }));
const YES_NO = [{ value: 'yes', label: 'yes' }, { value: 'no', label: 'no' }];
const enumOptions = (s: z.ZodType) => (s === StateCode ? STATE_OPTIONS : Object.keys(defOf(s).entries ?? {}).map((value) => ({ value, label: value })));

function field(name: string, leaf: string, schema: z.ZodType, opts: FieldOptions): FormField[] {
  const { s, optional } = unwrap(schema);
  const def = defOf(s);
  const base = { name, label: labelOf(leaf), required: !optional };
  if (s === Instant) return [{ ...base, kind: 'datetime' }];
  if (s === StateCode || def.type === 'enum') return [{ ...base, kind: 'select', options: enumOptions(s) }];
  if (s === ObligationId) return [{ ...base, kind: 'obligation' }];
  if (s === FollowUpId) return [{ ...base, kind: 'followUp' }];
  if (s === Email) return [{ ...base, kind: 'email' }];
  // The fields of an optional object (a provider, a reinsurer's notice) are optional as a whole.
  if (def.type === 'object') return fieldsOf(s, `${name}.`, opts).map((f) => ({ ...f, required: f.required && !optional, label: `${labelOf(leaf)} — ${f.label}` }));
  if (def.type === 'number') return [{ ...base, kind: 'number' }];
  // A flag the law turns on is asked yes/no; an optional one in a message (an override) is a checkbox.
  if (def.type === 'boolean' && optional && opts.optionalFlagAsCheckbox) return [{ ...base, kind: 'checkbox' }];
  if (def.type === 'boolean' || (def.type === 'union' && def.options!.some((o) => defOf(o).type === 'boolean'))) return [{ ...base, kind: 'select', options: YES_NO }];
  if (def.type === 'array') {
    const el = unwrap(def.element!).s;
    if (defOf(el).type !== 'object') return [{ ...base, kind: 'lines' }];
    return [{ ...base, kind: 'rows', rows: 3, fields: fieldsOf(el, '', opts) }];
  }
  if (def.type === 'record') {
    const value = unwrap(def.valueType!).s;
    if (defOf(value).type === 'object') return [{ ...base, kind: 'keyed', keys: enumOptions(def.keyType!), fields: fieldsOf(value, '', opts) }];
    return [{ ...base, kind: 'rows', rows: 4, recordKey: true, fields: [{ name: 'key', label: labelOf('state'), kind: 'select', required: true, options: enumOptions(def.keyType!) }, ...field('value', leaf === 'residents' ? 'count' : 'value', value, opts)] }];
  }
  return [{ ...base, kind: isLongText(s) ? 'textarea' : 'text' }];
}

interface FieldOptions {
  optionalFlagAsCheckbox?: boolean;
  /** Top-level fields left out of the form (set later with a message). */
  skip?: string[];
}

function fieldsOf(schema: z.ZodType, prefix: string, opts: FieldOptions): FormField[] {
  return Object.entries(defOf(schema).shape ?? {})
    .filter(([key]) => !(prefix === '' && opts.skip?.includes(key)))
    .flatMap(([key, s]) => field(`${prefix}${key}`, key, s, opts));
}

export const FORM_FIELDS: Readonly<Record<MessageName, FormField[]>> = Object.fromEntries(
  MESSAGE_NAMES.map((name) => [name, fieldsOf(MESSAGE_SCHEMAS[name], '', { optionalFlagAsCheckbox: true, skip: ['actor'] })]),
) as Record<MessageName, FormField[]>;

/** The open-incident form: every field of the incident but its event details (recorded later with eventDetailsUpdate). */
export const INCIDENT_FIELDS: readonly FormField[] = fieldsOf(Incident, '', { skip: ['eventDetails'] });
