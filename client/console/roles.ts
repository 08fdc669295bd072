/**
 * The role each console route needs, in one table, checked in one hook (auth.ts): viewer reads, responder
 * sends news and records filings, approver gives second sign-offs, admin manages people, tokens and keys.
 * A route missing from the table needs admin: a new route is closed until someone decides who may use it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mayAct, ROLES, type Actor, type Role } from '../../domain/incident/actor';
import { escapeHtml } from '../../reports/html';

/** Who may reach a route: a role, or anyone (sign-in itself). */
export type Door = Role | 'public';

export const ROUTE_ROLES: Readonly<Record<string, Door>> = {
  'GET /healthz': 'public',
  'GET /login': 'public',
  'POST /login': 'public',
  'GET /oidc/login': 'public',
  'GET /oidc/callback': 'public',
  'POST /logout': 'viewer',
  'GET /api/me': 'viewer',
  // Pages
  'GET /': 'viewer',
  'GET /incidents/:id': 'viewer',
  'GET /incidents/:id/report': 'viewer',
  'GET /incidents/:id/report.md': 'viewer',
  'GET /incidents/:id/report.html': 'viewer',
  'GET /incidents/:id/report.pdf': 'viewer',
  'GET /incidents/:id/calendar.ics': 'viewer',
  'GET /incidents/:id/audit.csv': 'viewer',
  'GET /incidents/:id/audit.pdf': 'viewer',
  'GET /mail': 'viewer',
  'GET /mail/:n': 'viewer',
  'GET /open': 'responder',
  'POST /open': 'responder',
  'POST /incidents/:id/messages/:name': 'responder',
  // JSON API
  'GET /api/incidents': 'viewer',
  'GET /api/incidents/:id': 'viewer',
  'GET /api/incidents/:id/report': 'viewer',
  'GET /api/incidents/:id/record': 'viewer',
  'POST /api/incidents': 'responder',
  'POST /api/incidents/:id/messages/:name': 'responder',
  // The Temporal UI decodes payloads for anyone signed in with a role; encoding is what the CLI does to send.
  'POST /codec/decode': 'viewer',
  'POST /codec/encode': 'responder',
  // People, tokens and keys
  'GET /admin/tokens': 'admin',
  'POST /admin/tokens': 'admin',
  'POST /admin/tokens/:id/revoke': 'admin',
  'GET /api/tokens': 'admin',
  'POST /api/tokens': 'admin',
  'DELETE /api/tokens/:id': 'admin',
};

const keyOf = (method: string, url: string) => `${method === 'HEAD' ? 'GET' : method} ${url}`;

/** The door of a route by method and registered path; an unknown route needs admin. */
export const doorOf = (method: string, routeUrl: string | undefined): Door => (routeUrl === undefined ? 'admin' : (ROUTE_ROLES[keyOf(method, routeUrl)] ?? 'admin'));

export const doorOfRequest = (req: FastifyRequest): Door => doorOf(req.method, req.routeOptions.url);

/** May this actor use the route (method, registered path)? Pages use it to hide what the actor may not do. */
export const mayUse = (actor: Actor | undefined, method: string, routeUrl: string): boolean => {
  const door = doorOf(method, routeUrl);
  return door === 'public' || (!!actor && mayAct(actor, door));
};

/** The refusal's words: which role the route needs and which the actor has. */
export const refusal = (actor: Actor, needed: Role) =>
  `This needs the ${needed} role; you are signed in as ${actor.displayName} with the ${actor.role} role. Ask an admin if you need more.`;

/** Every route as registered, with its door (the route × role test walks it; nothing may be missed). */
export function recordRoutes(app: FastifyInstance): () => Array<{ method: string; url: string; door: Door }> {
  const routes: Array<{ method: string; url: string; door: Door }> = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url, door: doorOf(method, r.url) });
  });
  return () => routes;
}

/**
 * A page as this actor may use it: the actions marked `data-needs="<role>"` (a form, a link) that their
 * role does not reach are left out, and the header names who is signed in. Pages mark actions once; the
 * check here is the same one the hook makes when the action is sent.
 */
export function fitPageTo(page: string, actor: Actor): string {
  let out = page;
  for (const role of ROLES.filter((r) => !mayAct(actor, r))) {
    out = out
      .replace(new RegExp(`<form[^>]*data-needs="${role}"[^>]*>[\\s\\S]*?</form>`, 'g'), '')
      .replace(new RegExp(`<a[^>]*data-needs="${role}"[^>]*>[\\s\\S]*?</a>`, 'g'), '');
  }
  const badge = `<span id="signed-in-as" data-role="${actor.role}">${escapeHtml(actor.displayName)} · ${actor.role}</span>`;
  const tokens = mayAct(actor, 'admin') ? '<a href="/admin/tokens" id="tokens-link">API tokens</a>' : '';
  return out.replace('<form method="post" action="/logout"', `${tokens}${badge}<form method="post" action="/logout"`);
}
