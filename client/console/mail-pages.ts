/** In `npm start` mode, the local mail sink's messages: newest first, 50 a page, each linked to its content. */
import type { FastifyInstance } from 'fastify';
import { humanTime } from '../../domain/incident/time-words';
import { html } from '../../reports/html';
import type { ConsoleContext } from './context';
import { page } from './html';

const PAGE_SIZE = 50;

export function registerMailPages(app: FastifyInstance, ctx: ConsoleContext): void {
  const box = ctx.mailbox;
  if (!box) return;
  const frame = { mail: true };
  app.get<{ Querystring: { page?: string } }>('/mail', async (req, reply) => {
    const total = box.messages.length;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const n = Math.min(pages, Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1));
    // Newest first: message i (0 = oldest) is shown at position total - 1 - i.
    const shown = Array.from({ length: Math.min(PAGE_SIZE, total - (n - 1) * PAGE_SIZE) }, (_, k) => total - 1 - ((n - 1) * PAGE_SIZE + k));
    const nav = html`<p class="muted" id="mail-count">${shown.length} of ${total} message(s), newest first.${n > 1 ? html` <a href="/mail?page=${n - 1}">Newer</a>` : ''}${n < pages ? html` <a id="older" href="/mail?page=${n + 1}">Older</a>` : ''}</p>`;
    return reply.type('text/html').send(
      page('Mail', html`<h1>Mail received by the local sink</h1>${nav}
<table id="mail"><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>
${shown.map((i) => {
  const m = box.messages[i];
  return html`<tr><td>${humanTime(m.receivedAt.toISOString())}</td><td>${m.to.join(', ')}</td><td><a href="/mail/${i}">${m.subject}</a></td></tr>`;
})}</tbody></table>`, frame),
    );
  });
  app.get<{ Params: { n: string } }>('/mail/:n', async (req, reply) => {
    const m = /^\d{1,9}$/.test(req.params.n) ? box.messages[Number(req.params.n)] : undefined;
    if (!m) return reply.code(404).type('text/html').send(page('Not found', html`<h1>Not found</h1><p>No such message.</p>`, frame));
    return reply.type('text/html').send(
      page(m.subject, html`<p><a href="/mail">← Mail</a></p><h1>${m.subject}</h1>
<p class="muted">To ${m.to.join(', ')} · received ${humanTime(m.receivedAt.toISOString())} · ${m.messageId}${m.attachments.length ? ` · attached: ${m.attachments.map((a) => a.filename).join(', ')}` : ''}</p>
<pre class="mail-text">${m.text}</pre>`, frame),
    );
  });
}
