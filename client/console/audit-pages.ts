/**
 * The audit trail's console parts: the changes waiting for a second sign-off, with approve and reject buttons
 * (four eyes: the workflow refuses an approval by whoever asked), and the audit export for a regulator.
 */
import type { FastifyInstance } from 'fastify';
import type { IncidentStatus } from '../../domain/incident/status';
import { humanTime } from '../../domain/incident/time-words';
import { auditCsv, auditPdf } from '../../reports/audit-export';
import { html, type Raw } from '../../reports/html';
import type { ConsoleContext } from './context';

/** The pending changes, each with its approve and reject forms (they post as approveChange / rejectChange). */
export function pendingApprovals(status: IncidentStatus, csrf: string): Raw {
  const pending = (status.pendingChanges ?? []).filter((p) => p.state === 'pending');
  if (!pending.length) return html``;
  const action = (name: string) => `/incidents/${encodeURIComponent(status.incidentId)}/messages/${name}`;
  return html`<h2>Waiting for a second sign-off</h2><table id="pending-changes"><thead><tr><th>Change</th><th>Asked by</th><th>Asked</th><th>Decide</th></tr></thead><tbody>
${pending.map((p) => html`<tr data-pending="${p.id}"><td><strong>${p.id}</strong> ${p.summary}${p.payload.reason ? html`<br><span class="muted">reason: ${String(p.payload.reason)}</span>` : ''}</td>
<td>${p.requestedBy.displayName} <span class="muted">&lt;${p.requestedBy.subject}&gt;</span></td><td>${humanTime(p.requestedAt)}</td>
<td><form method="post" action="${action('approveChange')}" class="inline" data-needs="approver"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="pendingId" value="${p.id}"><button data-approve="${p.id}">Approve</button></form>
<form method="post" action="${action('rejectChange')}" class="inline" data-needs="responder"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="pendingId" value="${p.id}"><label>Reason <input name="reason" required></label><button data-reject="${p.id}">Reject</button></form></td></tr>`)}</tbody></table>
<p class="muted">Someone other than who asked, with the approver or admin role, must approve; who asked may withdraw it with Reject.</p>`;
}

/** Links to the audit export (CSV, PDF). */
export const auditLinks = (incidentId: string): Raw =>
  html` <span class="muted">download <a id="audit-csv" href="/incidents/${encodeURIComponent(incidentId)}/audit.csv">CSV</a> · <a id="audit-pdf" href="/incidents/${encodeURIComponent(incidentId)}/audit.pdf">PDF</a></span>`;

export function registerAuditPages(app: FastifyInstance, ctx: ConsoleContext): void {
  for (const [ext, type] of [
    ['csv', 'text/csv; charset=utf-8'],
    ['pdf', 'application/pdf'],
  ] as const) {
    app.get<{ Params: { id: string } }>(`/incidents/:id/audit.${ext}`, async (req, reply) => {
      const r = await ctx.service.auditTrail(req.params.id);
      if (!r.ok) return reply.code(r.kind === 'unavailable' ? 503 : 404).type('text/plain').send(r.problems[0].message);
      const body = ext === 'csv' ? auditCsv(r.value) : await auditPdf(r.value);
      return reply.type(type).header('Content-Disposition', `attachment; filename="${r.value.incidentId}-audit.${ext}"`).send(body);
    });
  }
}
