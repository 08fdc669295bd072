/**
 * The console's forms, drawn from the fields derived from the schemas (form-fields.ts): labels in the
 * field's words, a date-time picker with its time zone stated, pickers for obligations, follow-ups and
 * states, repeatable rows instead of typed JSON. A refused form keeps what was typed, shows each problem
 * beside its field and a summary at the top that links to the fields. Submitted fields become a payload
 * the same schema then checks.
 */
import { DateTime } from 'luxon';
import type { FieldProblem } from '../../domain/incident/incident';
import type { MessageName } from '../../domain/incident/messages';
import type { IncidentStatus } from '../../domain/incident/status';
import { humanTime, STATE_ZONES, zoneNameOf } from '../../domain/incident/time-words';
import { html, raw, type Raw } from '../../reports/html';
import { FORM_FIELDS, labelOf, type FormField } from './form-fields';

export { FORM_FIELDS, INCIDENT_FIELDS } from './form-fields';

type Values = Record<string, string>;
export interface FormState {
  values: Values;
  problems: FieldProblem[];
}

/**
 * The zones a form's times may be given in: the licensee's home state's first (the default, said so), then the
 * incident's regulators', then every other US zone and UTC.
 */
export function zoneChoices(jurisdictions: string[], home?: string): Array<{ value: string; label: string }> {
  const homeZone = home ? zoneNameOf(home) : undefined;
  const zones = [...new Set([...[home, ...jurisdictions].map((j) => (j ? zoneNameOf(j) : undefined)).filter((z): z is string => !!z), ...Object.values(STATE_ZONES)])];
  const abbr = (zone: string) => humanTime(new Date().toISOString(), Object.keys(STATE_ZONES).find((s) => zoneNameOf(s) === zone), { short: true }).split(' ').pop();
  const whose = (z: string) => (z === homeZone ? `, the licensee's home state ${home}` : '');
  return [...zones.map((z) => ({ value: z, label: `${abbr(z)} (${z}${jurisdictions.filter((j) => zoneNameOf(j) === z).map((j) => `, ${j}`).join('')}${whose(z)})` })), { value: 'UTC', label: 'UTC' }];
}

/** A picker's value ("2026-11-27T10:00") in the form's zone as an instant with its offset; other text as typed, for the schema to name. */
function instant(value: string, zone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return value;
  const dt = DateTime.fromISO(value, { zone });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true })! : value;
}

function put(out: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = out;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

/** One field's value, typed: a picker's time with the form's zone, yes/no as a flag, a number, one list item per line. */
function typed(f: FormField, v: string, zone: string): unknown {
  const t = v.trim();
  if (f.kind === 'datetime') return instant(t, zone);
  if (f.kind === 'number') return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  if (f.kind === 'lines') return t.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
  if (f.kind === 'select' && f.options?.[0]?.value === 'yes') return t === 'yes';
  return t;
}

function collect(out: Record<string, unknown>, f: FormField, body: Values, zone: string): void {
  if (f.kind === 'rows') {
    const rows = Array.from({ length: f.rows ?? 0 }, (_, i) => {
      const row: Record<string, unknown> = {};
      for (const sub of f.fields ?? []) collect(row, sub, Object.fromEntries(Object.entries(body).filter(([k]) => k.startsWith(`${f.name}.${i}.`)).map(([k, v]) => [k.slice(`${f.name}.${i}.`.length), v])), zone);
      return row;
    }).filter((row) => Object.keys(row).length);
    if (!rows.length) return;
    put(out, f.name, f.recordKey ? Object.fromEntries(rows.map((r) => [r.key, r.value])) : rows);
    return;
  }
  if (f.kind === 'keyed') {
    for (const key of f.keys ?? []) {
      const row: Record<string, unknown> = {};
      for (const sub of f.fields ?? []) collect(row, sub, Object.fromEntries(Object.entries(body).filter(([k]) => k.startsWith(`${f.name}.${key.value}.`)).map(([k, v]) => [k.slice(`${f.name}.${key.value}.`.length), v])), zone);
      if (Object.keys(row).length) put(out, `${f.name}.${key.value}`, row);
    }
    return;
  }
  const v = body[f.name];
  if (f.kind === 'checkbox') return void (v ? put(out, f.name, true) : undefined);
  if (v === undefined || v.trim() === '') return;
  put(out, f.name, typed(f, v, zone));
}

/** Form fields to a payload: empty fields and rows left out, values typed, dotted names nested. */
export function formPayload(fields: readonly FormField[], body: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const zone = body._zone && DateTime.local().setZone(body._zone).isValid ? body._zone : 'UTC';
  for (const f of fields) collect(out, f, body, zone);
  return out;
}

const covers = (name: string, p: FieldProblem) => p.path === name || p.path.startsWith(`${name}.`);

/** `aria-describedby` and `aria-invalid` of an input whose problem is shown at `problemId`. */
const described = (problemId?: string): Raw => raw(problemId ? ` aria-describedby="${problemId}" aria-invalid="true"` : '');

function inputOf(f: FormField, id: string, v: string, status?: IncidentStatus, problemId?: string): Raw {
  const a = described(problemId);
  const select = (options: Array<{ value: string; label: string }>) =>
    html`<select id="${id}" name="${f.name}"${a}><option value="">${f.required ? '(choose)' : '(not stated)'}</option>${options.map((o) => html`<option value="${o.value}"${raw(o.value === v ? ' selected' : '')}>${o.label}</option>`)}</select>`;
  switch (f.kind) {
    case 'obligation':
      return select((status?.obligations ?? []).map((o) => ({ value: o.id, label: `${o.id} — ${o.dueAt ? `due ${humanTime(o.dueAt, o.jurisdiction, { short: true })}` : 'no date in law'}${o.state === 'done' ? ' (done)' : ''}` })));
    case 'followUp':
      return select((status?.followUps ?? []).filter((x) => x.state !== 'not-applicable').map((x) => ({ value: x.id, label: x.title })));
    case 'select':
      return select(f.options ?? []);
    case 'checkbox':
      return html`<input id="${id}" type="checkbox" name="${f.name}" value="1"${raw(v ? ' checked' : '')}${a}>`;
    case 'datetime':
      return html`<input id="${id}" type="datetime-local" step="60" name="${f.name}" value="${v}"${a}>`;
    case 'textarea':
    case 'lines':
      return html`<textarea id="${id}" name="${f.name}" rows="2"${a}>${v}</textarea>`;
    case 'number':
      return html`<input id="${id}" type="number" name="${f.name}" value="${v}"${a}>`;
    default:
      return html`<input id="${id}" name="${f.name}" value="${v}"${raw(f.kind === 'email' ? ' type="email"' : '')}${a}>`;
  }
}

/** One field with its label and its problems; rows and keyed groups as a small table. */
function fieldHtml(form: string, f: FormField, state: FormState, status?: IncidentStatus): Raw {
  const id = `${form}-${f.name}`;
  const problemId = `${id}-problem`;
  const group = f.kind === 'rows' || f.kind === 'keyed';
  // A problem with one input of a row is shown beside that input; the rest beside the field.
  const own = state.problems.filter((p) => covers(f.name, p) && !(group && subInputOf(f, p)));
  const err = own.map((p) => p.message).join('; ');
  const error = err ? html`<span class="error" id="${problemId}" data-field="${f.name}">${err}</span>` : '';
  if (group) {
    const rowKeys = f.kind === 'rows' ? Array.from({ length: f.rows ?? 0 }, (_, i) => ({ value: String(i), label: '' })) : (f.keys ?? []);
    return html`<fieldset id="${id}"${described(err ? problemId : undefined)}><legend>${f.label}</legend>${error}<table class="rows">${rowKeys.map(
      (k) => html`<tr>${k.label ? html`<th>${labelOf(k.label)}</th>` : ''}${(f.fields ?? []).map((sub) => {
        const name = `${f.name}.${k.value}.${sub.name}`;
        const subErr = state.problems.filter((p) => covers(name, p)).map((p) => p.message).join('; ');
        const subId = `${form}-${name}-problem`;
        return html`<td><label>${sub.label} ${inputOf({ ...sub, name }, `${form}-${name}`, state.values[name] ?? '', status, subErr ? subId : undefined)}${subErr ? html`<span class="error" id="${subId}" data-field="${name}">${subErr}</span>` : ''}</label></td>`;
      })}</tr>`,
    )}</table></fieldset>`;
  }
  return html`<label for="${id}">${f.label}${f.required ? '' : html` <span class="muted">(optional)</span>`} ${inputOf(f, id, state.values[f.name] ?? '', status, err ? problemId : undefined)}${error}</label>`;
}

/** The input of a row or keyed group a problem names (`agencyNotices.0.agency`, `noHarmDetermination.MO.madeAt`), if it has one. */
function subInputOf(f: FormField, p: FieldProblem): string | undefined {
  const [key, sub] = p.path.slice(f.name.length + 1).split('.');
  return sub !== undefined && (f.fields ?? []).some((x) => x.name === sub) ? `${f.name}.${key}.${sub}` : undefined;
}

/** The problems at the top of the page, each a link to its field (`form`-`path`). */
export function problemSummary(form: string, fields: readonly FormField[], problems: FieldProblem[]): Raw {
  if (!problems.length) return html``;
  const target = (p: FieldProblem) => fields.find((f) => covers(f.name, p));
  // Every problem links somewhere: its input, its field, or (naming no field of the form) the form itself.
  const formId = form === 'incident' ? 'open-form' : `form-${form}`;
  return html`<div class="problem" id="problems" role="alert"><strong>Nothing was recorded: ${problems.length} problem(s) to fix</strong><ul>${problems.map((p) => {
    const f = target(p);
    const sub = f && (f.kind === 'rows' || f.kind === 'keyed') ? subInputOf(f, p) : undefined;
    return html`<li>${f ? html`<a href="#${form}-${sub ?? f.name}">${f.label}</a>` : html`<a href="#${formId}">${labelOf(p.path)}</a>`}: ${p.message}</li>`;
  })}</ul></div>`;
}

/** The time zone the form's times are given in, stated next to the pickers. */
export const zoneSelect = (form: string, zones: Array<{ value: string; label: string }>, chosen?: string): Raw =>
  html`<label for="${form}-_zone">Times are in <select id="${form}-_zone" name="_zone">${zones.map((z) => html`<option value="${z.value}"${raw(z.value === (chosen ?? zones[0]?.value) ? ' selected' : '')}>${z.label}</option>`)}</select></label>`;

/** One message's form, with the user's input kept and each refusal beside its field. */
export function messageForm(status: IncidentStatus, name: MessageName, csrf: string, zones: Array<{ value: string; label: string }>, state: FormState = { values: {}, problems: [] }): Raw {
  const fields = FORM_FIELDS[name];
  const general = state.problems.filter((p) => !fields.some((f) => covers(f.name, p)));
  const hasTimes = fields.some((f) => f.kind === 'datetime' || f.fields?.some((s) => s.kind === 'datetime'));
  return html`<form class="msg" id="form-${name}" data-needs="responder" method="post" action="/incidents/${encodeURIComponent(status.incidentId)}/messages/${name}" data-message="${name}">
<strong>${labelOf(name)}</strong>${general.length ? html`<span class="error" id="form-${name}-problem" data-field="(message)">${general.map((p) => `${labelOf(p.path)}: ${p.message}`).join('; ')}</span>` : ''}
<input type="hidden" name="_csrf" value="${csrf}">${hasTimes ? zoneSelect(name, zones, state.values._zone) : ''}${fields.map((f) => fieldHtml(name, f, state, status))}<button>Record ${labelOf(name).toLowerCase()}</button></form>`;
}

/** The open-incident form's fields, drawn like a message form's. */
export const incidentFormFields = (fields: readonly FormField[], state: FormState): Raw => html`${fields.map((f) => fieldHtml('incident', f, state))}`;

