/**
 * The console's pages: the incident list (paged, overdue first) and an incident (incident-page.ts) with a
 * form for each message; its notice drafts (report-pages.ts), the open-incident form (open-page.ts) and, in
 * `npm start` mode, the local mail sink's messages (mail-pages.ts). Server-rendered; no scripts.
 */
import type { FastifyInstance } from 'fastify';
import { isMessageName, MESSAGE_NAMES } from '../../domain/incident/messages';
import type { IncidentStatus } from '../../domain/incident/status';
import { countdown } from '../../domain/incident/time-words';
import { html } from '../../reports/html';
import { formatDeadlineFor } from '../plan-format';
import { HTTP_STATUS, type ConsoleContext } from './context';
import { actorOf } from './identity';
import { FORM_FIELDS, formPayload } from './forms';
import { page } from './html';
import { incidentBody, type Form } from './incident-page';
import { registerAuditPages } from './audit-pages';
import { registerMailPages } from './mail-pages';
import { registerOpenPage } from './open-page';
import { registerReportPages } from './report-pages';

export function registerPages(app: FastifyInstance, ctx: ConsoleContext): void {
  const { service } = ctx;
  const frame = { mail: !!ctx.mailbox };
  const notFound = (what: string) => page('Not found', html`<h1>Not found</h1><p>${what}</p>`, frame);

  app.get<{ Querystring: { overdue?: string; page?: string } }>('/', async (req, reply) => {
    const overdue = !!req.query.overdue;
    const pageToken = typeof req.query.page === 'string' ? req.query.page : null;
    const r = await ctx.listPage({ overdueOnly: overdue, pageToken });
    if (!r.ok) return reply.redirect(overdue ? '/?overdue=1' : '/'); // a stale or forged page token: the first page
    const { incidents: rows, total, nextPageToken } = r.value;
    const first = overdue ? '/?overdue=1' : '/';
    const q = (token: string) => `/?${overdue ? 'overdue=1&' : ''}page=${encodeURIComponent(token)}`;
    const nav = html`<p class="muted" id="list-count">${rows.length} of ${total} incident(s)${overdue ? ' overdue' : ''}, overdue first, then by next deadline.
${pageToken ? html` <a href="${first}">First page</a>` : ''}${nextPageToken ? html` <a id="next-page" href="${q(nextPageToken)}">Next page</a>` : ''}</p>`;
    const now = ctx.now();
    const body = html`<h1>${overdue ? 'Overdue incidents' : 'Incidents'}</h1>${nav}
<table id="incidents"><thead><tr><th>Incident</th><th>Owner</th><th>Next deadline</th><th>Countdown</th><th>Phase</th><th>Overdue</th><th>Jurisdictions</th></tr></thead><tbody>
${rows.map((row) => html`<tr data-incident="${row.incidentId}"><td><a href="/incidents/${encodeURIComponent(row.incidentId)}">${row.title ?? row.incidentId}</a>${row.title ? html`<br><span class="muted">${row.incidentId}</span>` : ''}</td><td>${row.owner ?? html`<span class="muted">—</span>`}</td>
<td>${row.nextDeadline ? formatDeadlineFor(row.nextDeadline, row.jurisdictions) : '—'}</td><td>${row.nextDeadline ? countdown(row.nextDeadline, now) : ''}</td><td>${row.stuck ? html`<strong class="state-overdue stuck" title="${row.stuck.cause}">STUCK</strong>: workflow task failed ${row.stuck.attempts} times (${row.stuck.cause})` : row.phase || row.status.toLowerCase()}</td>
<td class="${row.overdue ? 'state-overdue' : ''}">${row.overdue}</td><td>${row.jurisdictions.join(', ')}</td></tr>`)}
</tbody></table>${rows.length ? '' : html`<p class="muted">No incidents${overdue ? ' overdue' : ''}.</p>`}`;
    return reply.type('text/html').send(page('Incidents', body, { ...frame, csrf: ctx.csrfOf(req) }));
  });

  const incidentPage = (status: IncidentStatus, csrf: string, form?: Form, notice?: string) =>
    page(status.incidentId, incidentBody(status, ctx.now(), csrf, form, notice), { ...frame, csrf });

  app.get<{ Params: { id: string }; Querystring: { recorded?: string; already?: string } }>('/incidents/:id', async (req, reply) => {
    const r = await service.status(req.params.id);
    // A stuck incident (or a busy server) says so with its cause, never a bare error page.
    if (!r.ok && r.kind === 'unavailable') return reply.code(503).type('text/html').send(page(req.params.id, html`<h1>${req.params.id}</h1><p class="state-overdue" id="unavailable">${r.problems[0].message}</p>`, { ...frame, csrf: ctx.csrfOf(req) }));
    if (!r.ok) return reply.code(404).type('text/html').send(notFound(`No incident ${req.params.id}.`));
    const recorded = MESSAGE_NAMES.find((n) => n === req.query.recorded);
    const already = MESSAGE_NAMES.find((n) => n === req.query.already);
    const notice = recorded ? `${recorded} recorded.` : already ? `${already} was already recorded; nothing changed.` : undefined;
    return reply.type('text/html').send(incidentPage(r.value, ctx.csrfOf(req), undefined, notice));
  });

  app.post<{ Params: { id: string; name: string }; Body: Record<string, string> }>('/incidents/:id/messages/:name', async (req, reply) => {
    const { id, name } = req.params;
    const current = await service.status(id);
    if (!current.ok || !isMessageName(name)) return reply.code(404).type('text/html').send(notFound(`No incident ${id} or message ${name}.`));
    const values = Object.fromEntries(Object.entries(req.body ?? {}).filter(([k]) => k !== '_csrf').map(([k, v]) => [k, String(v)]));
    const r = await service.send(actorOf(req), id, name, formPayload(FORM_FIELDS[name], values));
    // Post/redirect/get: a reload never sends the message twice.
    if (r.ok) return reply.redirect(`/incidents/${encodeURIComponent(id)}?${r.value.alreadyRecorded ? 'already' : 'recorded'}=${name}`, 303);
    return reply.code(HTTP_STATUS[r.kind]).type('text/html').send(incidentPage(current.value, ctx.csrfOf(req), { name, values, problems: r.problems }));
  });

  registerReportPages(app, ctx);
  registerAuditPages(app, ctx);
  registerOpenPage(app, ctx);
  registerMailPages(app, ctx);
}

