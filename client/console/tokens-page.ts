/**
 * The admin's API tokens page and its JSON twin: list, make (the token is shown once, then only its hash is
 * kept) and revoke. Tokens replace the shared console token for scripts: each names its holder and role.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROLES, type Role } from '../../domain/incident/actor';
import { html, raw } from '../../reports/html';
import { page } from './html';
import { actorOf } from './identity';
import type { StoredToken, TokenStore } from './tokens';

type Body = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function specOf(body: Body | undefined) {
  const role = text(body?.role) as Role;
  if (!ROLES.includes(role)) throw new Error(`role: one of ${ROLES.join(', ')}`);
  const days = body?.days === undefined || body.days === '' ? 90 : Number(body.days);
  return { name: text(body?.name), role, days, subject: text(body?.subject) || undefined };
}

const view = (t: StoredToken) => ({ id: t.id, name: t.name, subject: t.subject, role: t.role, createdAt: t.createdAt, createdBy: t.createdBy, expiresAt: t.expiresAt, revokedAt: t.revokedAt });

function tokensPage(store: TokenStore, csrf: string, now: number, shown?: { name: string; token: string }, problem?: string) {
  const state = (t: StoredToken) => (t.revokedAt ? `revoked ${t.revokedAt}` : Date.parse(t.expiresAt) <= now ? 'expired' : 'active');
  return page('API tokens', html`<h1>API tokens</h1>
${shown ? html`<div class="notice" id="new-token"><p>Token <strong>${shown.name}</strong>: copy it now; it is not shown again.</p><pre><code id="token-text">${shown.token}</code></pre></div>` : ''}
${problem ? html`<p class="problem" id="problems">${problem}</p>` : ''}
<table id="tokens"><thead><tr><th>Name</th><th>For</th><th>Role</th><th>Made</th><th>Expires</th><th>State</th><th></th></tr></thead><tbody>
${store.list().map((t) => html`<tr data-token="${t.name}"><td>${t.name}</td><td>${t.subject ?? 'service account'}</td><td>${t.role}</td><td>${t.createdAt} by ${t.createdBy}</td><td>${t.expiresAt}</td><td>${state(t)}</td>
<td>${t.revokedAt ? '' : html`<form method="post" action="/admin/tokens/${t.id}/revoke"><input type="hidden" name="_csrf" value="${csrf}"><button>Revoke</button></form>`}</td></tr>`)}</tbody></table>
<h2>Make a token</h2><form class="open" method="post" action="/admin/tokens" id="token-form"><input type="hidden" name="_csrf" value="${csrf}">
<label>Name <input name="name" required></label><label>For a person (their sign-in subject; empty for a service account) <input name="subject"></label>
<label>Role <select name="role">${ROLES.map((r) => html`<option value="${r}"${raw(r === 'viewer' ? ' selected' : '')}>${r}</option>`)}</select></label>
<label>Expires after (days) <input type="number" name="days" value="90" min="1" max="366"></label><button id="make-token">Make token</button></form>`, { csrf });
}

export function registerTokenPages(app: FastifyInstance, store: TokenStore, csrfOf: (req: FastifyRequest) => string, now: () => number): void {
  const make = (req: FastifyRequest) => store.create(specOf(req.body as Body | undefined), actorOf(req));
  const html200 = (reply: FastifyReply, body: string, code = 200) => reply.code(code).type('text/html').send(body);

  app.get('/admin/tokens', async (req, reply) => html200(reply, tokensPage(store, csrfOf(req), now())));
  app.post('/admin/tokens', async (req, reply) => {
    try {
      const { token, stored } = make(req);
      return html200(reply, tokensPage(store, csrfOf(req), now(), { name: stored.name, token }), 201);
    } catch (err) {
      return html200(reply, tokensPage(store, csrfOf(req), now(), undefined, (err as Error).message), 400);
    }
  });
  app.post<{ Params: { id: string } }>('/admin/tokens/:id/revoke', async (req, reply) => {
    store.revoke(req.params.id);
    return reply.redirect('/admin/tokens', 303);
  });

  app.get('/api/tokens', async () => ({ tokens: store.list().map(view) }));
  app.post('/api/tokens', async (req, reply) => {
    try {
      const { token, stored } = make(req);
      return reply.code(201).send({ token, ...view(stored) });
    } catch (err) {
      const [path, message] = (err as Error).message.split(': ');
      return reply.code(400).send({ errors: [{ path, message }] });
    }
  });
  app.delete<{ Params: { id: string } }>('/api/tokens/:id', async (req, reply) =>
    store.revoke(req.params.id) ? reply.code(204).send() : reply.code(404).send({ errors: [{ path: 'id', message: 'no active token with that id' }] }));
}
