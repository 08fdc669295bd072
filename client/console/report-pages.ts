/** Regulator notice drafts in the console (issue 6): HTML, with Markdown and PDF downloads. */
import type { FastifyInstance } from 'fastify';
import { html } from '../../reports/html';
import { reportHtmlBody, reportMarkdown, reportPdf } from '../../reports/render';
import type { ConsoleContext } from './context';
import { page } from './html';

/** Regulator notice drafts (issue 6): HTML in the console, Markdown and PDF downloads. */
export function registerReportPages(app: FastifyInstance, ctx: ConsoleContext): void {
  // The open dated deadlines as an .ics file, linking back here.
  app.get<{ Params: { id: string } }>('/incidents/:id/calendar.ics', async (req, reply) => {
    const host = /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
    const origin = `${req.protocol}://${host}`;
    const r = await ctx.service.calendar(req.params.id, origin);
    if (!r.ok) return reply.code(404).type('text/plain').send('not found');
    return reply.type('text/calendar; charset=utf-8').header('Content-Disposition', `attachment; filename="${req.params.id}-deadlines.ics"`).send(r.value);
  });
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

