/**
 * Roles at every door, on a live stack with a real identity provider: every registered route is tried with
 * an API token of each role (expected: 403 naming the role needed, or through), people signed in through
 * the provider carry their own name and role, and a route nobody listed needs admin.
 */
import { ROLES, type Role } from '../../domain/incident/actor';
import { doorOf, ROUTE_ROLES } from '../../client/console/roles';
import { exampleIncident, uniqueId, openingOf } from '../helpers/fixtures';
import { PERSON_WITH, signInThroughIdp } from '../helpers/oidc';
import { startStack, type Stack } from '../helpers/stack';

let stack: Stack;
const tokenOf = {} as Record<Role, string>;
let incidentId = '';
const RANK = (r: Role) => ROLES.indexOf(r);

beforeAll(async () => {
  stack = await startStack('roles', { oidc: true });
  const admin = { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' };
  for (const role of ROLES) {
    const r = await fetch(`${stack.consoleUrl}/api/tokens`, { method: 'POST', headers: admin, body: JSON.stringify({ name: `roles-${role}`, role, days: 1 }) });
    expect(r.status).toBe(201);
    tokenOf[role] = ((await r.json()) as { token: string }).token;
  }
  const incident = exampleIncident();
  incident.incidentId = incidentId = uniqueId('ROLES');
  expect((await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: admin, body: JSON.stringify(incident) })).status).toBe(201);
  await openingOf(stack.sink, stack.client, incidentId);
});
afterAll(async () => stack?.stop());

/** A concrete URL for a registered route, and a body that changes nothing (it is refused as invalid, or names nothing). */
function requestFor(method: string, url: string): { path: string; body?: string; type?: string } {
  const path = url.replace(':id', url.includes('tokens') ? 'no-such-token' : incidentId).replace(':name', 'obligationCompleted').replace(':n', '0');
  if (method === 'GET' || method === 'DELETE') return { path };
  if (path.startsWith('/codec/')) return { path, body: JSON.stringify({ payloads: [] }), type: 'application/json' };
  if (path.startsWith('/api/')) return { path, body: '{}', type: 'application/json' };
  return { path, body: '', type: 'application/x-www-form-urlencoded' };
}

describe('every registered route × every role', () => {
  const cases = () => stack.app.routeRoles().filter((r) => r.door !== 'public').flatMap((r) => ROLES.map((role) => ({ ...r, role })));

  test('every route the console registers is in the role table (none falls to the default by accident)', () => {
    const unlisted = stack.app.routeRoles().filter((r) => !(`${r.method} ${r.url}` in ROUTE_ROLES));
    expect(unlisted).toEqual([]);
    expect(stack.app.routeRoles().length).toBeGreaterThan(25);
  });

  test('a route nobody listed needs admin; an unknown path is not open', async () => {
    expect(doorOf('GET', '/admin/keys')).toBe('admin');
    expect(doorOf('GET', undefined)).toBe('admin');
    expect((await fetch(`${stack.consoleUrl}/no-such-page`)).status).toBe(401);
    expect((await fetch(`${stack.consoleUrl}/no-such-page`, { headers: { authorization: `Bearer ${tokenOf.approver}` } })).status).toBe(403);
    expect((await fetch(`${stack.consoleUrl}/no-such-page`, { headers: { authorization: `Bearer ${tokenOf.admin}` } })).status).toBe(404);
  });

  test('each role is let through exactly where its rank reaches; refused with 403 naming the role needed elsewhere', async () => {
    const seen: string[] = [];
    for (const c of cases()) {
      const q = requestFor(c.method, c.url);
      const r = await fetch(`${stack.consoleUrl}${q.path}`, { method: c.method, redirect: 'manual', body: q.body, headers: { authorization: `Bearer ${tokenOf[c.role]}`, ...(q.type ? { 'content-type': q.type } : {}) } });
      const text = await r.text();
      const allowed = RANK(c.role) >= RANK(c.door as Role);
      const line = `${c.method} ${c.url} as ${c.role}: ${r.status}`;
      seen.push(line);
      if (!allowed) {
        expect({ line, refusedNaming: r.status === 403 && text.includes(`needs the ${c.door} role`) }).toEqual({ line, refusedNaming: true });
      } else {
        // Through the door: the route's own answer (a read succeeds; junk input is refused by the route, not by role).
        // (This stack keeps no record store, so the kept record is the route's own 404.)
        const readOk = r.status < 400 || (c.url.endsWith('/record') && r.status === 404);
        const ok = c.method === 'GET' ? readOk : r.status !== 401 && r.status !== 403 && r.status < 500;
        expect({ line, ok }).toEqual({ line, ok: true });
      }
    }
    expect(seen.length).toBe(cases().length);
  });
});

describe('people signed in through the identity provider', () => {
  test.each(ROLES)('the %s carries their own name and role into the console', async (role) => {
    const s = await signInThroughIdp(stack.consoleUrl, PERSON_WITH[role]);
    expect(s.status).toBe(200);
    expect(s.cookie).toMatch(/bc_session=/);
    const me = (await (await fetch(`${stack.consoleUrl}/api/me`, { headers: { cookie: s.cookie } })).json()) as { actor: { subject: string; role: string; authenticatedBy: string; displayName: string } };
    expect({ role: me.actor.role, by: me.actor.authenticatedBy }).toEqual({ role, by: 'oidc' });
    expect(me.actor.subject).toMatch(new RegExp(`^127\\.0\\.0\\.1:\\d+/${PERSON_WITH[role]}$`));
    expect(me.actor.displayName).toContain('@insurer.example');
    const page = await (await fetch(`${stack.consoleUrl}/incidents/${incidentId}`, { headers: { cookie: s.cookie } })).text();
    expect(page).toContain(`data-role="${role}"`);
    // A viewer sees no form to record news; a responder and up do.
    expect(page.includes('id="form-obligationCompleted"')).toBe(role !== 'viewer');
    expect(page.includes('href="/open"')).toBe(role !== 'viewer');
    expect(page.includes('id="tokens-link"')).toBe(role === 'admin');
  });

  test('a person in none of the mapped groups is refused at sign-in, told which groups give a role', async () => {
    const s = await signInThroughIdp(stack.consoleUrl, 'nora');
    expect(s.status).toBe(403);
    expect(s.cookie).toBe('');
    expect(s.body).toContain('none of the groups');
    expect(s.body).toContain('bc-viewers');
  });

  test('a callback without the flow it answers (forged or replayed) starts no session', async () => {
    const r = await fetch(`${stack.consoleUrl}/oidc/callback?code=forged&state=forged`, { redirect: 'manual' });
    expect(r.status).toBe(400);
    expect(r.headers.getSetCookie().join('')).not.toMatch(/bc_session=[^;]/);
  });

  test('the viewer may read and decode for the Temporal UI, and is refused a change with the role named', async () => {
    const s = await signInThroughIdp(stack.consoleUrl, 'vera');
    expect((await fetch(`${stack.consoleUrl}/api/incidents/${incidentId}`, { headers: { cookie: s.cookie } })).status).toBe(200);
    const decode = await fetch(`${stack.consoleUrl}/codec/decode`, { method: 'POST', headers: { cookie: s.cookie, 'content-type': 'application/json' }, body: '{"payloads":[]}' });
    expect(decode.status).toBe(200);
    const send = await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: { cookie: s.cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(send.status).toBe(403);
    expect(((await send.json()) as { error: string }).error).toContain('needs the responder role; you are signed in as Vera Viewer');
  });
});
