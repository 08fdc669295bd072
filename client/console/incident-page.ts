/** An incident's page: obligations with countdowns, the timeline, follow-ups, investigation, the message forms, the audit trail. */
import type { FieldProblem } from '../../domain/incident/incident';
import { MESSAGE_NAMES, type MessageName } from '../../domain/incident/messages';
import type { IncidentStatus } from '../../domain/incident/status';
import { countdown, humanTime, instantsInWords, jurisdictionIn, writtenInStateOf } from '../../domain/incident/time-words';
import { html, raw } from '../../reports/html';
import { actorWords } from '../../reports/audit-export';
import { auditLinks, pendingApprovals } from './audit-pages';
import { FORM_FIELDS, messageForm, problemSummary, zoneChoices } from './forms';
import { timelineSvg } from './timeline';

export type Form = { name: MessageName; values: Record<string, string>; problems: FieldProblem[] };

export function incidentBody(status: IncidentStatus, now: number, csrf: string, form?: Form, notice?: string) {
  const home = homeOf(status);
  const zones = zoneChoices([...new Set(status.obligations.map((o) => o.jurisdiction))], home);
  return html`${form ? problemSummary(form.name, FORM_FIELDS[form.name], form.problems) : ''}<h1>${status.incidentId} <span class="muted">(${status.phase})</span></h1>
<p>${status.title}</p>${notice ? html`<p class="notice">${notice}</p>` : ''}${status.overdue.length ? html`<p class="problem">Overdue: ${status.overdue.join(', ')}</p>` : ''}
<h2>Timeline</h2>${raw(timelineSvg(status, now, home))}
<h2>Obligations</h2><table id="obligations"><thead><tr><th>Obligation</th><th>To</th><th>Citation</th><th>Due (the regulator's local time)</th><th>Countdown</th><th>State</th><th>Reminders</th><th>Escalation</th></tr></thead><tbody>
${status.obligations.map((o) => html`<tr data-obligation="${o.id}"><td>${o.id}${o.note ? html`<br><span class="muted">${o.note}</span>` : ''}</td><td>${o.recipient}</td><td>${o.citation}</td>
<td>${o.dueAt ? humanTime(o.dueAt, o.jurisdiction) : html`<span class="muted">${o.dueRule}</span>`}${o.target ? html`<br><span class="muted">target (not law): ${humanTime(o.target.at, o.jurisdiction)}</span>` : ''}</td>
<td>${o.state === 'done' ? '' : countdown(o.dueAt, now)}</td><td class="state-${o.state}">${o.state}${o.completedAt ? html`<br><span class="muted">${humanTime(o.completedAt, o.jurisdiction)}</span>` : ''}</td>
<td>${o.remindersSent}</td><td>${o.escalationRung ?? ''}</td></tr>`)}</tbody></table>
${status.uncovered.length ? html`<p class="problem">No rules in breachclock for: ${status.uncovered.map((u) => u.state).join(', ')}. Check those states' law.</p>` : ''}
${status.followUps?.length ? html`<h2>Close-out follow-ups <span class="muted">(company targets, not law)</span></h2><table id="follow-ups"><thead><tr><th>Follow-up</th><th>Owner</th><th>Company target</th><th>State</th><th>Reminders</th><th>Outcome</th></tr></thead><tbody>
${status.followUps.map((f) => html`<tr data-follow-up="${f.id}"><td>${f.title} <span class="muted">(${f.citation})</span></td><td>${f.owner}</td><td>${humanTime(f.target.at, writtenInStateOf(f.target.at, [home, ...status.obligations.map((o) => o.jurisdiction)]))}<br><span class="muted">target (not law)</span></td>
<td class="state-${f.state === 'open' && f.pastTarget ? 'overdue' : f.state}">${f.state}${f.pastTarget ? ' (target passed)' : ''}${f.reason ? html`<br><span class="muted">${f.reason}</span>` : ''}</td><td>${f.remindersSent}</td><td>${f.outcome ?? ''}</td></tr>`)}</tbody></table>` : ''}
${status.investigation?.length ? html`<h2>Investigation <span class="muted">(RSMo 375.1407.2, RSA 420-P:5 II; record each with eventDetailsUpdate)</span></h2><table id="investigation"><thead><tr><th>Determination</th><th>Made</th><th>Note</th></tr></thead><tbody>
${status.investigation.map((i) => html`<tr data-investigation="${i.id}"><td>${i.text} <span class="muted">(${i.citations.join('; ')})</span></td><td class="state-${i.doneAt ? 'done' : 'pending'}">${i.doneAt ? humanTime(i.doneAt, home) : 'open'}</td><td>${i.note ?? ''}</td></tr>`)}</tbody></table>` : ''}
<p><a class="button" id="report-link" href="/incidents/${encodeURIComponent(status.incidentId)}/report">Draft regulator notices</a> · <a id="calendar-link" href="/incidents/${encodeURIComponent(status.incidentId)}/calendar.ics">Add the deadlines to your calendar (.ics)</a></p>
<details><summary>Not owed (${status.notApplicable.length})</summary><ul>${status.notApplicable.map((n) => html`<li><strong>${n.id}</strong>: ${n.reason}</li>`)}</ul></details>
${status.notEvaluated?.length ? html`<details id="not-evaluated"><summary>Not evaluated by breachclock (${status.notEvaluated.length}): check these yourself</summary><ul>${status.notEvaluated.map((n) => html`<li>${n}</li>`)}</ul></details>` : ''}
${pendingApprovals(status, csrf)}<h2>Record news</h2>${MESSAGE_NAMES.filter((n) => n !== 'approveChange' && n !== 'rejectChange').map((n) => messageForm(status, n, csrf, zones, form?.name === n ? form : undefined))}
<h2>Audit trail${auditLinks(status.incidentId)}</h2><table id="events"><thead><tr><th>When</th><th>Who</th><th>What</th><th>Detail</th></tr></thead><tbody>
${[...status.events].reverse().map((e) => auditRow(e, jurisdictionIn(e.detail) ?? home))}</tbody></table>`;
}

/**
 * The state whose zone reads the incident's own dates (close-out targets, investigation, audit entries about no
 * one obligation): the licensee's home state, as the follow-up targets are set there; an older worker's status
 * without it falls back to the first regulator's.
 */
export function homeOf(status: IncidentStatus): string | undefined {
  return status.licenseeState ?? status.obligations.find((o) => o.kind === 'regulator-notice')?.jurisdiction ?? status.obligations[0]?.jurisdiction;
}

/** An audit entry in the zone of the obligation it is about (else the licensee's), its dates in words. */
const auditRow = (e: IncidentStatus['events'][number], where: string | undefined) =>
  html`<tr data-zone="${where ?? ''}"><td>${humanTime(e.at, where)}${e.count ? html`<br><span class="muted">${e.count} times, last ${humanTime(e.lastAt, where)}</span>` : ''}</td><td>${actorWords(e)}</td><td>${e.type}</td><td>${instantsInWords(e.detail, where)}</td></tr>`;

