/**
 * The operators' doors against a live dev server (issue 5): the `breachclock incident` CLI with its exit
 * codes, and the console's JSON API with its token and CSRF guard.
 */
import { exampleIncident, uniqueId, waitFor, openingOf } from '../helpers/fixtures';
import { runCli, startStack, type Stack } from '../helpers/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('doors');
});
afterAll(async () => {
  await stack?.stop();
});

const cli = (args: string[], input?: string) => runCli(stack.cliEnv, args, input);
const auth = () => ({ authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' });

describe('breachclock incident (CLI)', () => {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('CLI');

  test('open, then open again: 0 then 3', async () => {
    const first = await cli(['incident', 'open', '-', '--json'], JSON.stringify(incident));
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).incidentId).toBe(incident.incidentId);
    const again = await cli(['incident', 'open', '-'], JSON.stringify(incident));
    expect(again.status).toBe(3);
    expect(again.stderr).toContain(`incidentId: ${incident.incidentId} already exists`);
  });

  test('status: readable and --json; unknown id exits 3', async () => {
    await openingOf(stack.sink, stack.client, incident.incidentId);
    // The overdue marks land in a workflow task after the opening email's: the compiled CLI can ask in between.
    const r = await waitFor(async () => {
      const s = await cli(['incident', 'status', incident.incidentId]);
      return /^ *overdue /m.test(s.stdout) ? s : undefined;
    }, 'an overdue mark in status');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('MO/regulator-notice (RSMo 375.1410.1)');
    // The example's dates are fixed in November 2026, so its notices are overdue on any day this runs.
    expect(r.stdout).toMatch(/overdue +Mon 30 Nov 2026, 11:59 pm CST \(overdue by [^)]+\) +MO\/regulator-notice/);
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const j = JSON.parse((await cli(['incident', 'status', incident.incidentId, '--json'])).stdout);
    expect(j.obligations.length).toBeGreaterThan(3);
    expect((await cli(['incident', 'status', 'NO-SUCH-INCIDENT'])).status).toBe(3);
  });

  test('open --determined-at now: the example determined this moment, its deadlines ahead (the README walk on any day)', async () => {
    const id = uniqueId('CLI-NOW');
    const open = await cli(['incident', 'open', '-', '--determined-at', 'now'], JSON.stringify({ ...incident, incidentId: id }));
    expect([open.status, open.stderr]).toEqual([0, '']);
    const opening = await openingOf(stack.sink, stack.client, id);
    expect(opening.text).not.toContain('PAST DUE');
    const r = await cli(['incident', 'status', id]);
    expect(r.stdout).toMatch(/pending +\w{3} \d{1,2} \w{3} \d{4}, 11:59 pm (CST|CDT) \(in [^)]+\) +MO\/regulator-notice /);
    expect(r.stdout).not.toContain('OVERDUE');
    const bad = await cli(['incident', 'open', '-', '--determined-at', 'yesterday'], JSON.stringify({ ...incident, incidentId: uniqueId('CLI-BAD') }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--determined-at: must be now or an ISO-8601 date-time');
  });

  test('send: an update returns the new state; a bad payload exits 2 naming the field; a refused one too', async () => {
    const ok = await cli(['incident', 'send', incident.incidentId, 'obligationCompleted',
      JSON.stringify({ obligationId: 'NH/regulator-notice', completedAt: '2026-11-23T11:30:00-05:00', completedBy: 'cli' }), '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).obligations.find((o: { id: string }) => o.id === 'NH/regulator-notice').state).toBe('done');
    const bad = await cli(['incident', 'send', incident.incidentId, 'residentsUpdate', '{"state":"NH","count":-1,"asOf":"x"}']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('count: must not be negative');
    expect(bad.stderr).toContain('asOf:');
    const refused = await cli(['incident', 'send', incident.incidentId, 'obligationCompleted',
      JSON.stringify({ obligationId: 'TX/regulator-notice', completedAt: '2026-11-23T11:30:00-05:00', completedBy: 'cli' })]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('obligationId: TX/regulator-notice is not an obligation of this incident');
    expect((await cli(['incident', 'send', incident.incidentId, 'nonsense', '{}'])).status).toBe(2);
    // RSMo 375.1410.1 "in no event later than four business days": a directive cannot extend it.
    const later = await cli(['incident', 'send', incident.incidentId, 'regulatorDirective',
      JSON.stringify({ obligationId: 'MO/regulator-notice', dueAt: '2026-12-31T17:00:00-06:00' })]);
    expect(later.status).toBe(2);
    expect(later.stderr).toContain('dueAt: MO/regulator-notice is due no later than Mon 30 Nov 2026, 11:59 pm CST (Missouri) under RSMo 375.1410.1');
    const sig = await cli(['incident', 'send', incident.incidentId, 'consumerNoticeScheduled', '{"state":"MO","scheduledFor":"2026-12-04T12:00:00-06:00"}', '--signal']);
    expect(sig.status).toBe(0);
  });

  test('news that makes sense in time: the same filing twice says so; a filing dated tomorrow and a determination tomorrow are refused', async () => {
    const again = await cli(['incident', 'send', incident.incidentId, 'obligationCompleted',
      JSON.stringify({ obligationId: 'NH/regulator-notice', completedAt: '2026-11-23T11:30:00-05:00', completedBy: 'cli' })]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`obligationCompleted already recorded for ${incident.incidentId}: NH/regulator-notice was already recorded as done at Mon 23 Nov 2026, 11:30 am EST (New Hampshire) by cli; nothing changed\n`);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const future = await cli(['incident', 'send', incident.incidentId, 'obligationCompleted', JSON.stringify({ obligationId: 'MO/regulator-notice', completedAt: tomorrow, completedBy: 'cli' })]);
    expect(future.status).toBe(2);
    expect(future.stderr).toMatch(/completedAt: \w{3} \d+ \w{3} \d{4}, \d+:\d\d [ap]m UTC is in the future \(it is now /);
    expect(future.stderr).not.toContain(tomorrow);
    const early = exampleIncident();
    early.incidentId = uniqueId('FUTURE');
    early.determinedAt = tomorrow;
    const open = await cli(['incident', 'open', '-'], JSON.stringify(early));
    expect(open.status).toBe(2);
    expect(open.stderr).toMatch(/determinedAt: \w{3} \d+ \w{3} \d{4}, \d+:\d\d [ap]m UTC is in the future/);
  });

  test('calendar: the dated deadlines as .ics, filed ones cancelled, from the CLI and the console', async () => {
    const r = await cli(['incident', 'calendar', incident.incidentId]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // MO's director notice is open and dated (Mon 30 Nov 11:59 pm on Missouri's clock); NH's is filed, so cancelled.
    expect(r.stdout).toContain('DTEND;TZID=America/Chicago:20261130T235959');
    expect(r.stdout).toContain('SUMMARY:Due: MO Director of Commerce and Insurance notice');
    expect(r.stdout).toMatch(/UID:[^\r]*NH_regulator-notice@breachclock\r\nSEQUENCE:\d+\r\n(?:[^\r]*\r\n)*?STATUS:CANCELLED/);
    expect(r.stdout).toContain('SUMMARY:Filed: NH Insurance Commissioner notice');
    const web = await fetch(`${stack.consoleUrl}/incidents/${incident.incidentId}/calendar.ics`, { headers: auth() });
    expect(web.headers.get('content-type')).toContain('text/calendar');
    expect(await web.text()).toContain(`URL:${stack.consoleUrl}/incidents/${incident.incidentId}`);
    expect((await cli(['incident', 'calendar', 'NO-SUCH-INCIDENT'])).status).toBe(3);
  });

  test('list, and --overdue', async () => {
    let listed: Array<{ incidentId: string }> = [];
    for (let i = 0; i < 50 && !listed.some((r) => r.incidentId === incident.incidentId); i++) {
      listed = (JSON.parse((await cli(['incident', 'list', '--all', '--json'])).stdout) as { incidents: typeof listed }).incidents;
    }
    expect(listed.some((r) => r.incidentId === incident.incidentId)).toBe(true);
    const overdue = await cli(['incident', 'list', '--overdue', '--json']);
    expect(overdue.status).toBe(0);
    expect(Array.isArray(JSON.parse(overdue.stdout).incidents)).toBe(true);
  });

  test('--help on every incident command; a bad TEMPORAL_ADDRESS exits 2 naming it', async () => {
    expect((await cli(['incident', '--help'])).stdout).toContain('send <incidentId> <message>');
    const r = await runCli({ ...process.env, TEMPORAL_ADDRESS: 'nowhere' }, ['incident', 'list']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('TEMPORAL_ADDRESS: must be host:port');
  });
});

describe('the incident list: complete, paged, overdue first, then by next deadline (SQL-visibility friendly)', () => {
  const ids = Array.from({ length: 6 }, (_, i) => uniqueId(`LIST${i}`));
  beforeAll(async () => {
    // Determined now, so that New Hampshire's 3 business days (RSA 420-P:6 I) end at least two days ahead.
    for (const id of ids) {
      const incident = exampleIncident();
      incident.incidentId = id;
      expect((await cli(['incident', 'open', '-', '--determined-at', 'now'], JSON.stringify(incident))).status).toBe(0);
    }
    const soon = (ms: number) => new Date(Date.now() + ms).toISOString();
    // Two become overdue in seconds; two get earlier directed dates (a directive may bring a date earlier, never later).
    const directed: Array<[string, string]> = [[ids[0], soon(2_000)], [ids[1], soon(3_000)], [ids[2], soon(86_400_000)], [ids[3], soon(2 * 86_400_000)]];
    for (const [id, dueAt] of directed) {
      const r = await cli(['incident', 'send', id, 'regulatorDirective', JSON.stringify({ obligationId: 'NH/regulator-notice', dueAt })]);
      expect(r.stderr).toBe('');
      // A directive takes a second sign-off (four eyes), from someone other than the CLI's default identity.
      const approved = await cli(['incident', 'approve', id, 'P1', '--as', 'Second Approver <approver@example.com>']);
      expect([approved.status, approved.stderr]).toEqual([0, '']);
    }
    for (let i = 0; i < 60; i++) {
      const overdue = JSON.parse((await cli(['incident', 'list', '--overdue', '--json'])).stdout) as { incidents: Array<{ incidentId: string }> };
      if ([ids[0], ids[1]].every((id) => overdue.incidents.some((r) => r.incidentId === id))) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 120_000);

  test('paging through with --limit 3 lists every incident once, in order, with the total', async () => {
    const seen: Array<{ incidentId: string; overdue: number; nextDeadline: string | null }> = [];
    let token: string | null = null;
    let total = -1;
    for (let n = 0; n < 100; n++) {
      const args: string[] = ['incident', 'list', '--limit', '3', '--json', ...(token ? ['--page-token', token] : [])];
      const page = JSON.parse((await cli(args)).stdout) as { incidents: typeof seen; total: number; nextPageToken: string | null };
      total = page.total;
      seen.push(...page.incidents);
      token = page.nextPageToken;
      if (!token) break;
    }
    expect(new Set(seen.map((r) => r.incidentId)).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    for (const id of ids) expect(seen.map((r) => r.incidentId)).toContain(id);
    const firstNotOverdue = seen.findIndex((r) => r.overdue === 0);
    expect(seen.slice(firstNotOverdue).every((r) => r.overdue === 0)).toBe(true);
    expect(seen.slice(0, firstNotOverdue).map((r) => r.incidentId)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    const deadlines = seen.slice(firstNotOverdue).map((r) => r.nextDeadline ?? '~');
    expect(deadlines).toEqual([...deadlines].sort());
    expect(seen.findIndex((r) => r.incidentId === ids[2])).toBeLessThan(seen.findIndex((r) => r.incidentId === ids[3]));
  });

  test('the text list shows regulator local time and the count; a bad page token exits 2; the API pages too', async () => {
    const text = (await cli(['incident', 'list', '--limit', '2'])).stdout;
    expect(text).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{4}, \d{1,2}:\d{2} [ap]m (EST|EDT|CST|CDT) \((Missouri|New Hampshire)\), (in|overdue by) \d/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/); // ISO only in JSON
    expect(text).toMatch(/2 of \d+ incident\(s\); next page: breachclock incident list --limit 2 --page-token /);
    const bad = await cli(['incident', 'list', '--page-token', 'nonsense']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('pageToken:');
    const api = (await (await fetch(`${stack.consoleUrl}/api/incidents?limit=2`, { headers: auth() })).json()) as { incidents: unknown[]; total: number; nextPageToken: string };
    expect(api.incidents).toHaveLength(2);
    expect(api.total).toBeGreaterThanOrEqual(6);
    const next = await fetch(`${stack.consoleUrl}/api/incidents?limit=2&pageToken=${api.nextPageToken}`, { headers: auth() });
    expect(next.status).toBe(200);
    expect((await fetch(`${stack.consoleUrl}/api/incidents?pageToken=bad`, { headers: auth() })).status).toBe(400);
  });
});

describe('console JSON API', () => {

  test('every call needs the token', async () => {
    expect((await fetch(`${stack.consoleUrl}/api/incidents`)).status).toBe(401);
    expect((await fetch(`${stack.consoleUrl}/api/incidents`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${stack.consoleUrl}/`)).status).toBe(401);
    expect((await fetch(`${stack.consoleUrl}/api/incidents`, { headers: auth() })).status).toBe(200);
  });

  test('open: 201, then 409; bad input 400 with field paths; unknown fields refused', async () => {
    const incident = exampleIncident('incident-reinsurer.json');
    incident.incidentId = uniqueId('API');
    const r = await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: auth(), body: JSON.stringify(incident) });
    expect(r.status).toBe(201);
    expect((await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: auth(), body: JSON.stringify(incident) })).status).toBe(409);
    const bad = await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: auth(), body: JSON.stringify({ ...incident, determinedAt: 'soon', extra: 1 }) });
    expect(bad.status).toBe(400);
    const { errors } = (await bad.json()) as { errors: Array<{ path: string }> };
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['determinedAt', 'extra']));

    await openingOf(stack.sink, stack.client, incident.incidentId);
    const status = await (await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}`, { headers: auth() })).json() as { obligations: Array<{ id: string }> };
    expect(status.obligations.map((o) => o.id)).toContain('MO/ceding-insurer-notice');

    const msg = await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}/messages/obligationCompleted`, {
      method: 'POST', headers: auth(), body: JSON.stringify({ obligationId: 'MO/ceding-insurer-notice', completedAt: '2026-07-06T10:00:00-05:00', completedBy: 'api' }),
    });
    expect(msg.status).toBe(200);
    const badMsg = await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}/messages/residentsUpdate`, {
      method: 'POST', headers: auth(), body: JSON.stringify({ state: 'ZZ', count: 1, asOf: '2026-07-06T10:00:00-05:00' }),
    });
    expect(badMsg.status).toBe(400);
    expect(((await badMsg.json()) as { errors: Array<{ path: string }> }).errors[0].path).toBe('state');
    expect((await fetch(`${stack.consoleUrl}/api/incidents/NOPE`, { headers: auth() })).status).toBe(404);
    expect((await fetch(`${stack.consoleUrl}/api/incidents/${incident.incidentId}/messages/explode`, { method: 'POST', headers: auth(), body: '{}' })).status).toBe(404);
  });

  const signIn = async () => {
    const login = await fetch(`${stack.consoleUrl}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(stack.token)}` });
    expect(login.status).toBe(302);
    return login.headers.get('set-cookie')!;
  };
  const csrfIn = async (cookie: string) => /name="_csrf" value="([^"]+)"/.exec(await (await fetch(`${stack.consoleUrl}/open`, { headers: { cookie } })).text())?.[1];

  test('a cookie session needs the CSRF token for changes; oversized bodies are refused', async () => {
    const setCookie = await signIn();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Max-Age=\d+/);
    const cookie = setCookie.split(';')[0];
    const page = await fetch(`${stack.consoleUrl}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const noCsrf = await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(noCsrf.status).toBe(403);
    const huge = await fetch(`${stack.consoleUrl}/api/incidents`, { method: 'POST', headers: auth(), body: JSON.stringify({ title: 'x'.repeat(300_000) }) });
    expect(huge.status).toBe(413);
  });

  test('sessions are random and server-side; CSRF is bound to the session; logout ends it', async () => {
    const a = (await signIn()).split(';')[0];
    const b = (await signIn()).split(';')[0];
    expect(a).not.toBe(b);
    expect(a).not.toContain(stack.token);
    const csrfA = (await csrfIn(a))!;
    const csrfB = (await csrfIn(b))!;
    expect(csrfA).not.toBe(csrfB);
    // Another session's CSRF token does not work here.
    const crossed = await fetch(`${stack.consoleUrl}/open`, { method: 'POST', headers: { cookie: a, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${csrfB}&incident=%7B%7D` });
    expect(crossed.status).toBe(403);
    const logout = await fetch(`${stack.consoleUrl}/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: a, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${csrfA}` });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${stack.consoleUrl}/`, { headers: { cookie: a } })).status).toBe(401);
    expect((await fetch(`${stack.consoleUrl}/`, { headers: { cookie: b } })).status).toBe(200);
  });

  test('a sign-in code works once; the token is never in a URL; failed sign-ins are rate-limited', async () => {
    const code = stack.app.issueLoginCode();
    const first = await fetch(`${stack.consoleUrl}/login?code=${code}`, { redirect: 'manual' });
    expect(first.status).toBe(302);
    expect((await fetch(`${stack.consoleUrl}/login?code=${code}`, { redirect: 'manual' })).status).toBe(401);
    expect((await fetch(`${stack.consoleUrl}/login?token=${stack.token}`, { redirect: 'manual' })).status).toBe(200); // just the sign-in page
    let last = 0;
    for (let i = 0; i < 12; i++) {
      last = (await fetch(`${stack.consoleUrl}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=wrong' })).status;
    }
    expect(last).toBe(429);
  });
});
