/**
 * The console's message forms, derived from the message schemas (domain/incident/messages.ts): one field
 * per schema field, its input chosen by what the schema takes, so a new field in a schema shows up here
 * without a second list to keep equal. Submitted fields become a payload the same schema then checks.
 */
import type { z } from 'zod';
import type { FieldProblem } from '../../domain/incident/incident';
import { Instant, StateCode } from '../../domain/incident/incident';
import { FollowUpId, MESSAGE_NAMES, MESSAGE_SCHEMAS, ObligationId, type MessageName } from '../../domain/incident/messages';
import type { IncidentStatus } from '../../domain/incident/status';
import { html, raw, type Raw } from '../../reports/html';

export type FieldType = 'text' | 'textarea' | 'lines' | 'json' | 'datetime' | 'number' | 'checkbox' | 'obligation' | 'state' | 'followUp';
export interface FormField {
  /** Dotted for nested objects, e.g. contactPerson.email. */
  name: string;
  type: FieldType;
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const unwrap = (s: z.ZodType): z.ZodType => (defOf(s).type === 'optional' ? unwrap(defOf(s).innerType!) : s);
/** Text up to 1,000 characters or more is a description (domain/incident/incident.ts freeText): a text area. */
const isLongText = (s: z.ZodType) => s.safeParse('a'.repeat(999)).success;

function fieldsOf(schema: z.ZodType, prefix = ''): FormField[] {
  const shape = defOf(schema).shape ?? {};
  return Object.entries(shape).flatMap(([key, field]): FormField[] => {
    const name = `${prefix}${key}`;
    const s = unwrap(field);
    const def = defOf(s);
    if (s === Instant) return [{ name, type: 'datetime' }];
    if (s === StateCode) return [{ name, type: 'state' }];
    if (s === ObligationId) return [{ name, type: 'obligation' }];
    if (s === FollowUpId) return [{ name, type: 'followUp' }];
    if (def.type === 'object') return fieldsOf(s, `${name}.`);
    if (def.type === 'number') return [{ name, type: 'number' }];
    if (def.type === 'boolean') return [{ name, type: 'checkbox' }];
    if (def.type === 'array') return [{ name, type: defOf(unwrap(def.element!)).type === 'string' ? 'lines' : 'json' }];
    if (def.type === 'string' || def.type === 'pipe') return [{ name, type: isLongText(s) ? 'textarea' : 'text' }];
    return [{ name, type: 'json' }];
  });
}

export const FORM_FIELDS: Readonly<Record<MessageName, FormField[]>> = Object.fromEntries(
  MESSAGE_NAMES.map((name) => [name, fieldsOf(MESSAGE_SCHEMAS[name])]),
) as Record<MessageName, FormField[]>;

/**
 * Form fields to a payload: empty fields left out, numbers and checkboxes typed, one list item per line,
 * JSON fields parsed (left as text when they are not JSON, so the schema names the field), dotted names nested.
 */
export function formPayload(name: MessageName, body: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let at = out;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys[keys.length - 1]] = value;
  };
  for (const f of FORM_FIELDS[name]) {
    const v = body[f.name];
    if (f.type === 'checkbox') {
      if (v) put(f.name, true);
      continue;
    }
    if (v === undefined || v.trim() === '') continue;
    const t = v.trim();
    if (f.type === 'number' && /^-?\d+(\.\d+)?$/.test(t)) put(f.name, Number(t));
    else if (f.type === 'lines') put(f.name, t.split(/\r?\n/).map((x) => x.trim()).filter(Boolean));
    else if (f.type === 'json') put(f.name, jsonOrText(t));
    else put(f.name, t);
  }
  return out;
}

function jsonOrText(t: string): unknown {
  try {
    return JSON.parse(t);
  } catch {
    return t;
  }
}

const PLACEHOLDER: Partial<Record<FieldType, string>> = {
  lines: 'one per line',
  json: '[{"agency":"...","notifiedAt":"2026-11-24T09:00:00-06:00"}]',
  datetime: '2026-11-25T10:00:00-06:00',
  state: 'MO',
};

function input(status: IncidentStatus, f: FormField, id: string, v: string): Raw {
  const options = (ids: string[]) => html`<select id="${id}" name="${f.name}"><option value=""></option>${ids.map((x) => html`<option${raw(x === v ? ' selected' : '')}>${x}</option>`)}</select>`;
  if (f.type === 'obligation') return options(status.obligations.map((o) => o.id));
  if (f.type === 'followUp') return options((status.followUps ?? []).filter((x) => x.state !== 'not-applicable').map((x) => x.id));
  if (f.type === 'textarea' || f.type === 'lines' || f.type === 'json') {
    return html`<textarea id="${id}" name="${f.name}" rows="2" placeholder="${PLACEHOLDER[f.type] ?? ''}">${v}</textarea>`;
  }
  if (f.type === 'checkbox') return html`<input id="${id}" type="checkbox" name="${f.name}" value="1"${raw(v ? ' checked' : '')}>`;
  return html`<input id="${id}" name="${f.name}" value="${v}" placeholder="${PLACEHOLDER[f.type] ?? ''}">`;
}

/** One message's form, with the user's input kept and each refusal beside its field. */
export function messageForm(status: IncidentStatus, name: MessageName, csrf: string, values: Record<string, string> = {}, problems: FieldProblem[] = []): Raw {
  const fields = FORM_FIELDS[name];
  const covers = (field: string, p: FieldProblem) => p.path === field || p.path.startsWith(`${field}.`);
  const general = problems.filter((p) => !fields.some((f) => covers(f.name, p)));
  const field = (f: FormField) => {
    const err = problems.filter((p) => covers(f.name, p)).map((p) => p.message).join('; ');
    const id = `${name}-${f.name}`;
    return html`<label for="${id}">${f.name} ${input(status, f, id, values[f.name] ?? '')}${err ? html`<span class="error" data-field="${f.name}">${err}</span>` : ''}</label>`;
  };
  return html`<form class="msg" method="post" action="/incidents/${encodeURIComponent(status.incidentId)}/messages/${name}" data-message="${name}">
<strong>${name}</strong>${general.length ? html`<span class="error" data-field="(message)">${general.map((p) => `${p.path}: ${p.message}`).join('; ')}</span>` : ''}
<input type="hidden" name="_csrf" value="${csrf}">${fields.map(field)}<button>Send ${name}</button></form>`;
}
