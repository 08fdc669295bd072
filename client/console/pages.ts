/**
 * The console's pages: the incident list (paged, overdue first), an incident (obligations with countdowns,
 * the timeline picture, follow-ups, investigation, audit trail, a form for each message), its notice drafts,
 * the open-incident form and, in `npm start` mode, the local mail sink's messages. Server-rendered; no scripts.
 */
import type { FastifyInstance } from 'fastify';
import type { FieldProblem } from '../../domain/incident/incident';
import { isMessageName, MESSAGE_NAMES, type MessageName } from '../../domain/incident/messages';
import type { IncidentStatus } from '../../domain/incident/status';
import { countdown, humanTime } from '../../domain/incident/time-words';
import { html, raw } from '../../reports/html';
import { formatDue } from '../plan-format';
import { reportHtmlBody, reportMarkdown, reportPdf } from '../../reports/render';
import { formatDeadlineFor } from '../plan-format';
import { HTTP_STATUS, type ConsoleContext } from './context';
import { formPayload, messageForm } from './forms';
import { page } from './html';
import { timelineSvg } from './timeline';

type Form = { name: MessageName; values: Record<string, string>; problems: FieldProblem[] };

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
<table><thead><tr><th>Incident</th><th>Phase</th><th>Next deadline</th><th>Countdown</th><th>Overdue</th><th>Jurisdictions</th></tr></thead><tbody>
${rows.map((row) => html`<tr><td><a href="/incidents/${encodeURIComponent(row.incidentId)}">${row.incidentId}</a></td><td>${row.phase || row.status.toLowerCase()}</td>
<td>${row.nextDeadline ? formatDeadlineFor(row.nextDeadline, row.jurisdictions) : '—'}</td><td>${row.nextDeadline ? countdown(row.nextDeadline, now) : ''}</td>
<td class="${row.overdue ? 'state-overdue' : ''}">${row.overdue}</td><td>${row.jurisdictions.join(', ')}</td></tr>`)}
</tbody></table>${rows.length ? '' : html`<p class="muted">No incidents${overdue ? ' overdue' : ''}.</p>`}`;
    return reply.type('text/html').send(page('Incidents', body, { ...frame, csrf: ctx.csrfOf(req) }));
  });

  const incidentPage = (status: IncidentStatus, csrf: string, form?: Form, notice?: string) =>
    page(status.incidentId, incidentBody(status, ctx.now(), csrf, form, notice), { ...frame, csrf });

  app.get<{ Params: { id: string }; Querystring: { recorded?: string } }>('/incidents/:id', async (req, reply) => {
    const r = await service.status(req.params.id);
    if (!r.ok) return reply.code(404).type('text/html').send(notFound(`No incident ${req.params.id}.`));
    const recorded = MESSAGE_NAMES.find((n) => n === req.query.recorded);
    return reply.type('text/html').send(incidentPage(r.value, ctx.csrfOf(req), undefined, recorded ? `${recorded} recorded.` : undefined));
  });

  app.post<{ Params: { id: string; name: string }; Body: Record<string, string> }>('/incidents/:id/messages/:name', async (req, reply) => {
    const { id, name } = req.params;
    const current = await service.status(id);
    if (!current.ok || !isMessageName(name)) return reply.code(404).type('text/html').send(notFound(`No incident ${id} or message ${name}.`));
    const values = Object.fromEntries(Object.entries(req.body ?? {}).filter(([k]) => k !== '_csrf').map(([k, v]) => [k, String(v)]));
    const r = await service.send(id, name, formPayload(name, values));
    // Post/redirect/get: a reload never sends the message twice.
    if (r.ok) return reply.redirect(`/incidents/${encodeURIComponent(id)}?recorded=${name}`, 303);
    return reply.code(HTTP_STATUS[r.kind]).type('text/html').send(incidentPage(current.value, ctx.csrfOf(req), { name, values, problems: r.problems }));
  });

  registerReportPages(app, ctx);
  registerOpenPage(app, ctx);
  if (ctx.mailbox) {
    const box = ctx.mailbox;
    app.get('/mail', async (_req, reply) =>
      reply.type('text/html').send(page('Mail', html`<h1>Mail received by the local sink</h1>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th>Message-ID</th></tr></thead><tbody>
${[...box.messages].reverse().map((m) => html`<tr><td>${humanTime(m.receivedAt.toISOString())}</td><td>${m.to.join(', ')}</td><td>${m.subject}</td><td>${m.messageId}</td></tr>`)}</tbody></table>`, frame)),
    );
  }
}

function incidentBody(status: IncidentStatus, now: number, csrf: string, form?: Form, notice?: string) {
  // The incident's own dates (filings, targets, the audit trail) read in its first regulator's time.
  const home = status.obligations.find((o) => o.kind === 'regulator-notice')?.jurisdiction ?? status.obligations[0]?.jurisdiction;
  return html`<h1>${status.incidentId} <span class="muted">(${status.phase})</span></h1>
<p>${status.title}</p>${notice ? html`<p class="notice">${notice}</p>` : ''}${status.overdue.length ? html`<p class="problem">Overdue: ${status.overdue.join(', ')}</p>` : ''}
<h2>Timeline</h2>${raw(timelineSvg(status, now))}
<h2>Obligations</h2><table id="obligations"><thead><tr><th>Obligation</th><th>To</th><th>Citation</th><th>Due (regulator's local time)</th><th>Countdown</th><th>State</th><th>Reminders</th><th>Escalation</th></tr></thead><tbody>
${status.obligations.map((o) => html`<tr data-obligation="${o.id}"><td>${o.id}${o.note ? html`<br><span class="muted">${o.note}</span>` : ''}</td><td>${o.recipient}</td><td>${o.citation}</td>
<td>${o.dueAt ? formatDue(o.dueAt, o.jurisdiction) : html`<span class="muted">${o.dueRule}</span>`}${o.target ? html`<br><span class="muted">target (not law): ${formatDue(o.target.at, o.jurisdiction)}</span>` : ''}</td>
<td>${o.state === 'done' ? '' : countdown(o.dueAt, now)}</td><td class="state-${o.state}">${o.state}${o.completedAt ? html`<br><span class="muted">${formatDue(o.completedAt, o.jurisdiction)}</span>` : ''}</td>
<td>${o.remindersSent}</td><td>${o.escalationRung ?? ''}</td></tr>`)}</tbody></table>
${status.uncovered.length ? html`<p class="problem">No rules in breachclock for: ${status.uncovered.map((u) => u.state).join(', ')}. Check those states' law.</p>` : ''}
${status.followUps?.length ? html`<h2>Close-out follow-ups <span class="muted">(company targets, not law)</span></h2><table id="follow-ups"><thead><tr><th>Follow-up</th><th>Owner</th><th>Company target</th><th>State</th><th>Reminders</th><th>Outcome</th></tr></thead><tbody>
${status.followUps.map((f) => html`<tr data-follow-up="${f.id}"><td>${f.title} <span class="muted">(${f.citation})</span></td><td>${f.owner}</td><td>${formatDue(f.target.at, home)}<br><span class="muted">target (not law)</span></td>
<td class="state-${f.state === 'open' && f.pastTarget ? 'overdue' : f.state}">${f.state}${f.pastTarget ? ' (target passed)' : ''}${f.reason ? html`<br><span class="muted">${f.reason}</span>` : ''}</td><td>${f.remindersSent}</td><td>${f.outcome ?? ''}</td></tr>`)}</tbody></table>` : ''}
${status.investigation?.length ? html`<h2>Investigation <span class="muted">(RSMo 375.1407.2, RSA 420-P:5 II; record each with eventDetailsUpdate)</span></h2><table id="investigation"><thead><tr><th>Determination</th><th>Made</th><th>Note</th></tr></thead><tbody>
${status.investigation.map((i) => html`<tr data-investigation="${i.id}"><td>${i.text} <span class="muted">(${i.citations.join('; ')})</span></td><td class="state-${i.doneAt ? 'done' : 'pending'}">${i.doneAt ? formatDue(i.doneAt, home) : 'open'}</td><td>${i.note ?? ''}</td></tr>`)}</tbody></table>` : ''}
<p><a class="button" id="report-link" href="/incidents/${encodeURIComponent(status.incidentId)}/report">Draft regulator notices</a></p>
<details><summary>Not owed (${status.notApplicable.length})</summary><ul>${status.notApplicable.map((n) => html`<li><strong>${n.id}</strong>: ${n.reason}</li>`)}</ul></details>
${status.notEvaluated?.length ? html`<details id="not-evaluated"><summary>Not evaluated by breachclock (${status.notEvaluated.length}): check these yourself</summary><ul>${status.notEvaluated.map((n) => html`<li>${n}</li>`)}</ul></details>` : ''}
<h2>Record news</h2>${MESSAGE_NAMES.map((n) => (form?.name === n ? messageForm(status, n, csrf, form.values, form.problems) : messageForm(status, n, csrf)))}
<h2>Audit trail</h2><table id="events"><thead><tr><th>When</th><th>Who</th><th>What</th><th>Detail</th></tr></thead><tbody>
${[...status.events].reverse().map((e) => html`<tr><td title="${e.at}">${humanTime(e.at, home)}</td><td>${e.actor}</td><td>${e.type}</td><td>${e.detail}</td></tr>`)}</tbody></table>`;
}

/** Regulator notice drafts (issue 6): HTML in the console, Markdown and PDF downloads. */
function registerReportPages(app: FastifyInstance, ctx: ConsoleContext): void {
  const frame = { mail: !!ctx.mailbox };
  app.get<{ Params: { id: string } }>('/incidents/:id/report', async (req, reply) => {
    const r = await ctx.service.report(req.params.id);
    if (!r.ok) return reply.code(404).type('text/html').send(page('Not found', html`<h1>Not found</h1><p>No incident ${req.params.id}.</p>`, frame));
    const doc = r.value;
    const base = `/incidents/${encodeURIComponent(doc.incidentId)}/report`;
    return reply.type('text/html').send(page(`${doc.incidentId} notice drafts`, html`<p><a href="/incidents/${encodeURIComponent(doc.incidentId)}">← ${doc.incidentId}</a> · download <a href="${base}.md">Markdown</a> · <a href="${base}.pdf">PDF</a></p>${reportHtmlBody(doc)}`, frame));
  });
  for (const [ext, type, render] of [
    ['md', 'text/markdown; charset=utf-8', reportMarkdown],
    ['pdf', 'application/pdf', reportPdf],
  ] as const) {
    app.get<{ Params: { id: string } }>(`/incidents/:id/report.${ext}`, async (req, reply) => {
      const r = await ctx.service.report(req.params.id);
      if (!r.ok) return reply.code(404).type('text/plain').send('not found');
      return reply.type(type).header('Content-Disposition', `attachment; filename="${r.value.incidentId}-notice-drafts.${ext}"`).send(await render(r.value));
    });
  }
}

function registerOpenPage(app: FastifyInstance, ctx: ConsoleContext): void {
  const openPage = (csrf: string, text = '', problems: FieldProblem[] = []) =>
    page('Open incident', html`<h1>Open an incident</h1>
<form method="post" action="/open"><input type="hidden" name="_csrf" value="${csrf}">
<label for="incident">Incident JSON (docs/design.md §2; see examples/)</label>
${problems.length ? html`<ul class="problem" id="incident-errors">${problems.map((p) => html`<li class="error" data-field="${p.path}"><strong>${p.path}</strong>: ${p.message}</li>`)}</ul>` : ''}
<textarea id="incident" name="incident">${text}</textarea><button>Open incident</button></form>`, { mail: !!ctx.mailbox });

  app.get('/open', async (req, reply) => reply.type('text/html').send(openPage(ctx.csrfOf(req))));
  app.post<{ Body: { incident?: string } }>('/open', async (req, reply) => {
    const text = String(req.body?.incident ?? '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return reply.code(400).type('text/html').send(openPage(ctx.csrfOf(req), text, [{ path: '(json)', message: `not valid JSON: ${(err as Error).message}` }]));
    }
    const r = await ctx.service.open(json);
    if (!r.ok) return reply.code(HTTP_STATUS[r.kind]).type('text/html').send(openPage(ctx.csrfOf(req), text, r.problems));
    return reply.redirect(`/incidents/${encodeURIComponent(r.value.incidentId)}`);
  });
}
