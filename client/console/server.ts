/**
 * The ops console (docs/design.md §6): incident list from Temporal visibility, incident page (obligations
 * with countdowns, timeline picture, audit trail, a form for each message), an open-incident form, and
 * in `npm start` mode the local mail sink's messages. Server-rendered HTML; no CDN, no scripts.
 *
 * Security: a token guards every page and API call: a Bearer header for scripts, or a random server-side
 * session (HttpOnly, SameSite=Strict, expiring; `__Host-` and Secure over TLS) started by the token or by a
 * one-time sign-in code, ended by /logout. Forms carry the session's own CSRF token. Sign-in attempts are
 * rate-limited; authenticated responses are never cached and send no referrer. All output is escaped;
 * every input is validated with the same zod schemas as the CLI and the workflow, and a refusal is shown
 * beside its field.
 */
import formbody from '@fastify/formbody';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { reportHtmlBody, reportMarkdown, reportPdf } from '../../reports/render';
import { parseIncident, parseWith, type FieldProblem } from '../../domain/incident/incident';
import { buildReport, type ReportDocument } from '../../domain/rules/report';
import { MESSAGE_NAMES, MESSAGE_SCHEMAS, type MessageName } from '../../domain/incident/messages';
import type { IncidentStatus } from '../../domain/incident/status';
import type { MailSink } from '../../scripts/dev/mail-sink';
import type { RecordStore } from '../../platform/record-store';
import { statusQuery } from '../../workflows/messages';
import { incidentReportSource, InvalidPageTokenError, isIncidentNotFound, listIncidentsPage, openIncident, sendMessage, type IncidentPage } from '../temporal-client';
import { countdown, html, page, raw, type Raw } from './html';
import { timelineSvg } from './timeline';
import { formatDeadlineFor } from '../plan-format';

export interface ConsoleOptions {
  client: Client;
  taskQueue: string;
  token: string;
  /** Serves /codec/encode and /codec/decode for the Temporal UI (issue 6, item 3). */
  codec?: PayloadCodec;
  /** The Temporal UI's origin, allowed to call the codec endpoint (CORS). */
  uiOrigin?: string;
  mailSink?: MailSink;
  now?: () => number;
  /** How long a console session lasts (default 8 hours). */
  sessionTtlMs?: number;
  /** Incident records kept past Temporal's retention (platform/record-store.ts). */
  records?: RecordStore;
}

/** The console with its one-time sign-in codes (npm start prints a link with one, never the token). */
export type ConsoleApp = FastifyInstance & { issueLoginCode(): string };

const SESSION_COOKIE = 'bc_session';
const SECURE_SESSION_COOKIE = '__Host-bc_session';
const LOGIN_CODE_TTL_MS = 10 * 60_000;
const MAX_SESSIONS = 10_000;
/** Failed sign-ins allowed per client address in a window, before 429. */
const SIGN_IN_LIMIT = { failures: 10, windowMs: 10 * 60_000 };
const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** Fields of each message form; names and types follow domain/incident/messages.ts. */
type FieldType = 'text' | 'textarea' | 'lines' | 'json' | 'datetime' | 'number' | 'checkbox' | 'obligation' | 'state' | 'followUp';
const FORM_FIELDS: Record<MessageName, Array<{ name: string; type: FieldType }>> = {
  obligationCompleted: [
    { name: 'obligationId', type: 'obligation' },
    { name: 'completedAt', type: 'datetime' },
    { name: 'completedBy', type: 'text' },
    { name: 'reference', type: 'text' },
    { name: 'note', type: 'text' },
  ],
  residentsUpdate: [
    { name: 'state', type: 'state' },
    { name: 'count', type: 'number' },
    { name: 'asOf', type: 'datetime' },
  ],
  thirdPartyNotice: [
    { name: 'provider', type: 'text' },
    { name: 'notifiedLicenseeAt', type: 'datetime' },
    { name: 'actualKnowledgeAt', type: 'datetime' },
  ],
  consumerNoticeScheduled: [
    { name: 'state', type: 'state' },
    { name: 'scheduledFor', type: 'datetime' },
  ],
  regulatorDirective: [
    { name: 'obligationId', type: 'obligation' },
    { name: 'dueAt', type: 'datetime' },
    { name: 'note', type: 'text' },
  ],
  closeIncident: [
    { name: 'closedAt', type: 'datetime' },
    { name: 'reason', type: 'text' },
    { name: 'override', type: 'checkbox' },
  ],
  eventDetailsUpdate: [
    { name: 'occurredAt', type: 'datetime' },
    { name: 'exposure', type: 'textarea' },
    { name: 'discovery', type: 'textarea' },
    { name: 'recovery', type: 'textarea' },
    { name: 'source', type: 'text' },
    { name: 'agencyNotices', type: 'json' },
    { name: 'informationTypes', type: 'lines' },
    { name: 'compromisedFrom', type: 'datetime' },
    { name: 'compromisedUntil', type: 'datetime' },
    { name: 'internalReview', type: 'textarea' },
    { name: 'remediation', type: 'textarea' },
    { name: 'privacyPolicy', type: 'text' },
    { name: 'investigationSteps', type: 'textarea' },
    { name: 'consumerMitigation', type: 'textarea' },
    { name: 'contactPerson.name', type: 'text' },
    { name: 'contactPerson.title', type: 'text' },
    { name: 'contactPerson.email', type: 'text' },
    { name: 'contactPerson.phone', type: 'text' },
  ],
  followUpPlanned: [
    { name: 'followUpId', type: 'followUp' },
    { name: 'owner', type: 'text' },
    { name: 'targetAt', type: 'datetime' },
  ],
  followUpCompleted: [
    { name: 'followUpId', type: 'followUp' },
    { name: 'completedAt', type: 'datetime' },
    { name: 'completedBy', type: 'text' },
    { name: 'outcome', type: 'textarea' },
  ],
};

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** Turns "path: message; path2: message2" (validator refusals) into field problems. */
function problemsFromText(text: string): FieldProblem[] {
  return text.split('; ').map((part) => {
    const m = /^([A-Za-z0-9_.]+): (.*)$/.exec(part);
    return m ? { path: m[1], message: m[2] } : { path: '(message)', message: part };
  });
}

/**
 * Form fields to a payload: empty fields left out, numbers and checkboxes typed, one list item per line,
 * JSON fields parsed (left as text when they are not JSON, so the schema names the field), dotted names nested.
 */
function formPayload(name: MessageName, body: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let at = out;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys[keys.length - 1]] = value;
  };
  for (const f of FORM_FIELDS[name]) {
    const v = body[f.name];
    if (f.type === 'checkbox') {
      if (v) put(f.name, true);
      continue;
    }
    if (v === undefined || v.trim() === '') continue;
    const t = v.trim();
    if (f.type === 'number' && /^-?\d+(\.\d+)?$/.test(t)) put(f.name, Number(t));
    else if (f.type === 'lines') put(f.name, t.split(/\r?\n/).map((x) => x.trim()).filter(Boolean));
    else if (f.type === 'json') {
      try {
        put(f.name, JSON.parse(t));
      } catch {
        put(f.name, t);
      }
    } else put(f.name, t);
  }
  return out;
}

export async function buildConsole(opts: ConsoleOptions): Promise<ConsoleApp> {
  const now = opts.now ?? (() => Date.now());
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  await app.register(formbody);

  const listCache = new Map<string, { at: number; page: Promise<IncidentPage> }>();

  // ---- Sessions: random ids held here, each with its own CSRF token and expiry ----
  const ttl = opts.sessionTtlMs ?? 8 * 3_600_000;
  const sessions = new Map<string, { expiresAt: number; csrf: string }>();
  const loginCodes = new Map<string, number>();
  const failures = new Map<string, { count: number; since: number }>();
  const random = () => randomBytes(32).toString('base64url');
  const secure = (req: FastifyRequest) => req.protocol === 'https';
  const sessionOf = (req: FastifyRequest) => {
    const id = readCookie(req.headers.cookie, SECURE_SESSION_COOKIE) ?? readCookie(req.headers.cookie, SESSION_COOKIE);
    const s = id ? sessions.get(id) : undefined;
    if (!s) return undefined;
    if (s.expiresAt <= now()) {
      sessions.delete(id!);
      return undefined;
    }
    return { id: id!, ...s };
  };
  /** The CSRF token the request's session carries (forms embed it; changes must send it back). */
  const csrfOf = (req: FastifyRequest): string => sessionOf(req)?.csrf ?? '';

  const authed = (req: FastifyRequest): 'cookie' | 'bearer' | null => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && sameText(auth.slice(7), opts.token)) return 'bearer';
    return sessionOf(req) ? 'cookie' : null;
  };
  const tooManyFailures = (req: FastifyRequest): boolean => {
    const f = failures.get(req.ip);
    if (f && now() - f.since > SIGN_IN_LIMIT.windowMs) failures.delete(req.ip);
    return (failures.get(req.ip)?.count ?? 0) >= SIGN_IN_LIMIT.failures;
  };
  const failedSignIn = (req: FastifyRequest) => {
    const f = failures.get(req.ip) ?? { count: 0, since: now() };
    f.count += 1;
    failures.set(req.ip, f);
    if (failures.size > MAX_SESSIONS) failures.delete(failures.keys().next().value!);
  };

  const loginPage = (problem?: string) =>
    page('Sign in', html`<h1>Sign in</h1>${problem ? html`<p class="problem">${problem}</p>` : ''}
<form method="post" action="/login"><label>Console token <input type="password" name="token" autocomplete="off"></label> <button>Sign in</button></form>
<p class="muted">The token is BREACHCLOCK_CONSOLE_TOKEN; <code>npm start</code> prints a sign-in link.</p>`);

  app.addHook('onRequest', async (req, reply) => {
    // A change made here (an incident opened, news recorded) shows in the next list at once.
    if (req.method === 'POST' && !req.url.startsWith('/codec/')) listCache.clear();
    void reply.header('X-Frame-Options', 'DENY');
    void reply.header('Referrer-Policy', 'no-referrer');
    void reply.header('Cache-Control', 'no-store');
    void reply.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'");
    void reply.header('X-Content-Type-Options', 'nosniff');
    if (req.url === '/login' || req.url.startsWith('/login?') || req.url === '/healthz') return;
    if (req.url.startsWith('/codec/')) {
      cors(req, reply);
      if (req.method === 'OPTIONS') return reply.code(204).send(); // preflight carries no credentials
    }
    const how = authed(req);
    if (!how) {
      if (req.url.startsWith('/api/') || req.url.startsWith('/codec/')) return reply.code(401).send({ error: 'a valid console token is required' });
      return reply.code(401).type('text/html').send(loginPage());
    }
  });
  // Cookie-authenticated changes need the CSRF token (a form field or a header); bodies are parsed by now.
  app.addHook('preValidation', async (req, reply) => {
    if (req.url.startsWith('/login') || req.method === 'GET') return;
    // The codec endpoint takes only JSON (a cross-site form cannot send it) from the UI's origin (CORS).
    if (req.url.startsWith('/codec/')) return;
    if (authed(req) !== 'cookie') return;
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined;
    const sent = body?._csrf ?? (req.headers['x-csrf-token'] as string | undefined);
    const expected = csrfOf(req);
    if (!sent || !expected || !sameText(String(sent), expected)) return reply.code(403).type('text/plain').send('CSRF token missing or wrong');
  });

  const uiOrigin = opts.uiOrigin ?? 'http://localhost:8233';
  const cors = (req: FastifyRequest, reply: FastifyReply) => {
    if (req.headers.origin !== uiOrigin) return;
    void reply.header('Access-Control-Allow-Origin', uiOrigin);
    void reply.header('Access-Control-Allow-Credentials', 'true');
    void reply.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
    void reply.header('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Namespace');
    void reply.header('Vary', 'Origin');
  };

  const startSession = (req: FastifyRequest, reply: FastifyReply) => {
    for (const [id, s] of sessions) if (s.expiresAt <= now()) sessions.delete(id);
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
    const id = random();
    sessions.set(id, { expiresAt: now() + ttl, csrf: random() });
    const name = secure(req) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
    return reply.header('Set-Cookie', `${name}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(ttl / 1000)}${secure(req) ? '; Secure' : ''}`);
  };
  const issueLoginCode = (): string => {
    for (const [c, exp] of loginCodes) if (exp <= now()) loginCodes.delete(c);
    const code = random();
    loginCodes.set(code, now() + LOGIN_CODE_TTL_MS);
    return code;
  };

  app.get('/healthz', async () => ({ ok: true }));
  // A one-time, short-lived code in the link (never the token: a URL lands in history and logs).
  app.get<{ Querystring: { code?: unknown } }>('/login', async (req, reply) => {
    const code = typeof req.query.code === 'string' ? req.query.code : undefined;
    if (code === undefined) return reply.type('text/html').send(loginPage());
    if (tooManyFailures(req)) return reply.code(429).type('text/html').send(loginPage('Too many sign-in attempts; wait a few minutes.'));
    const expires = loginCodes.get(code);
    loginCodes.delete(code);
    if (expires && expires > now()) {
      startSession(req, reply);
      return reply.redirect('/');
    }
    failedSignIn(req);
    return reply.code(401).type('text/html').send(loginPage('That sign-in link has expired or was used already; sign in with the token.'));
  });
  app.post<{ Body: { token?: unknown } }>('/login', async (req, reply) => {
    if (tooManyFailures(req)) return reply.code(429).type('text/html').send(loginPage('Too many sign-in attempts; wait a few minutes.'));
    const token = req.body && typeof req.body === 'object' ? req.body.token : undefined;
    if (typeof token === 'string' && sameText(token, opts.token)) {
      startSession(req, reply);
      return reply.redirect('/');
    }
    failedSignIn(req);
    return reply.code(401).type('text/html').send(loginPage('That token is not right.'));
  });
  app.post('/logout', async (req, reply) => {
    const s = sessionOf(req);
    if (s) sessions.delete(s.id);
    const name = secure(req) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
    return reply.header('Set-Cookie', `${name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure(req) ? '; Secure' : ''}`).redirect('/login', 303);
  });

  /**
   * Pages of the incident list, shared for a few seconds: forty people opening the console at once cost
   * one set of visibility queries (SQL visibility allows 10 requests a second per namespace by default).
   */
  const listIncidents = (overdueOnly: boolean, pageToken: string | null = null, limit = 50): Promise<IncidentPage> => {
    const key = `${overdueOnly}|${limit}|${pageToken ?? ''}`;
    const hit = listCache.get(key);
    if (hit && now() - hit.at < 3000) return hit.page;
    const page = listIncidentsPage(opts.client, { overdueOnly, pageToken, limit });
    page.catch(() => listCache.delete(key));
    if (listCache.size > 200) listCache.clear();
    listCache.set(key, { at: now(), page });
    return page;
  };

  /** Reads something of an incident, or null when the id is malformed or no such incident exists. */
  const lookup = async <T>(id: string, read: () => Promise<T>): Promise<T | null> => {
    if (!ID_PATTERN.test(id)) return null;
    try {
      return await read();
    } catch (err) {
      if (isIncidentNotFound(err)) return null;
      throw err;
    }
  };
  const getStatus = (id: string) => lookup(id, () => opts.client.workflow.getHandle(id).query(statusQuery));

  type SendResult = { ok: true; status: IncidentStatus } | { ok: false; problems: FieldProblem[]; notFound?: boolean };
  const send = async (id: string, name: MessageName, payload: unknown): Promise<SendResult> => {
    const parsed = parseWith(MESSAGE_SCHEMAS[name] as never, payload);
    if (!parsed.ok) return parsed;
    try {
      const status = await sendMessage(opts.client, id, name, parsed.value);
      return { ok: true, status };
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) return { ok: false, problems: problemsFromText(String(err.cause?.message ?? err.message)) };
      if (isIncidentNotFound(err)) {
        return { ok: false, notFound: true, problems: [{ path: 'incidentId', message: `${id} not found` }] };
      }
      throw err;
    }
  };

  // ---- JSON API (for scripts and tests) ----
  app.get<{ Querystring: { overdue?: string; limit?: string; pageToken?: string } }>('/api/incidents', async (req, reply) => {
    const limit = req.query.limit === undefined ? 50 : Number(req.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return reply.code(400).send({ errors: [{ path: 'limit', message: 'must be a whole number from 1 to 1000' }] });
    try {
      return await listIncidents(!!req.query.overdue, typeof req.query.pageToken === 'string' ? req.query.pageToken : null, limit);
    } catch (err) {
      if (err instanceof InvalidPageTokenError) return reply.code(400).send({ errors: [{ path: 'pageToken', message: err.message.replace(/^pageToken: /, '') }] });
      throw err;
    }
  });
  app.post('/api/incidents', async (req, reply) => {
    const parsed = parseIncident(req.body);
    if (!parsed.ok) return reply.code(400).send({ errors: parsed.problems });
    try {
      const runId = await openIncident(opts.client, opts.taskQueue, parsed.value);
      return reply.code(201).send({ incidentId: parsed.value.incidentId, runId });
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        return reply.code(409).send({ errors: [{ path: 'incidentId', message: `${parsed.value.incidentId} already exists` }] });
      }
      throw err;
    }
  });
  app.get<{ Params: { id: string } }>('/api/incidents/:id', async (req, reply) => {
    const status = await getStatus(req.params.id);
    return status ? status : reply.code(404).send({ errors: [{ path: 'incidentId', message: `${req.params.id} not found` }] });
  });
  app.post<{ Params: { id: string; name: string } }>('/api/incidents/:id/messages/:name', async (req, reply) => {
    const name = req.params.name as MessageName;
    if (!MESSAGE_NAMES.includes(name)) return reply.code(404).send({ errors: [{ path: 'message', message: `unknown message ${req.params.name}; one of ${MESSAGE_NAMES.join(', ')}` }] });
    const r = await send(req.params.id, name, req.body);
    if (r.ok) return r.status;
    return reply.code(r.notFound ? 404 : 400).send({ errors: r.problems });
  });

  // The kept record (RSMo 375.1407.4, RSA 420-P:5 IV): readable after the workflow's history is gone.
  app.get<{ Params: { id: string } }>('/api/incidents/:id/record', async (req, reply) => {
    const record = opts.records && ID_PATTERN.test(req.params.id) ? await opts.records.read(req.params.id) : null;
    return record ?? reply.code(404).send({ errors: [{ path: 'incidentId', message: `no record of ${req.params.id} is kept` }] });
  });

  // ---- Pages ----
  app.get<{ Querystring: { overdue?: string; page?: string } }>('/', async (req, reply) => {
    const overdue = !!req.query.overdue;
    let list: IncidentPage;
    try {
      list = await listIncidents(overdue, typeof req.query.page === 'string' ? req.query.page : null);
    } catch (err) {
      if (err instanceof InvalidPageTokenError) return reply.redirect(overdue ? '/?overdue=1' : '/');
      throw err;
    }
    const rows = list.incidents;
    const q = (page: string) => `/?${overdue ? 'overdue=1&' : ''}page=${encodeURIComponent(page)}`;
    const nav = html`<p class="muted" id="list-count">${rows.length} of ${list.total} incident(s)${overdue ? ' overdue' : ''}, overdue first, then by next deadline.
${req.query.page ? html` <a href="${overdue ? '/?overdue=1' : '/'}">First page</a>` : ''}${list.nextPageToken ? html` <a id="next-page" href="${q(list.nextPageToken)}">Next page</a>` : ''}</p>`;
    const body = html`<h1>${overdue ? 'Overdue incidents' : 'Incidents'}</h1>${nav}
<table><thead><tr><th>Incident</th><th>Phase</th><th>Next deadline</th><th>Countdown</th><th>Overdue</th><th>Jurisdictions</th></tr></thead><tbody>
${rows.map((r) => html`<tr><td><a href="/incidents/${encodeURIComponent(r.incidentId)}">${r.incidentId}</a></td><td>${r.phase || r.status.toLowerCase()}</td>
<td>${r.nextDeadline ? formatDeadlineFor(r.nextDeadline, r.jurisdictions) : '—'}</td><td>${r.nextDeadline ? countdown(r.nextDeadline, now()) : ''}</td>
<td class="${r.overdue ? 'state-overdue' : ''}">${r.overdue}</td><td>${r.jurisdictions.join(', ')}</td></tr>`)}
</tbody></table>${rows.length ? '' : html`<p class="muted">No incidents${overdue ? ' overdue' : ''}.</p>`}`;
    return reply.type('text/html').send(page('Incidents', body, { mail: !!opts.mailSink, csrf: csrfOf(req) }));
  });

  const messageForm = (status: IncidentStatus, name: MessageName, csrf: string, values: Record<string, string> = {}, problems: FieldProblem[] = []): Raw => {
    const errorFor = (field: string) => problems.filter((p) => p.path === field || p.path.startsWith(`${field}.`)).map((p) => p.message).join('; ');
    const general = problems.filter((p) => !FORM_FIELDS[name].some((f) => p.path === f.name || p.path.startsWith(`${f.name}.`)));
    const field = (f: (typeof FORM_FIELDS)[MessageName][number]) => {
      const err = errorFor(f.name);
      const id = `${name}-${f.name}`;
      const v = values[f.name] ?? '';
      let input: Raw;
      if (f.type === 'obligation') {
        input = html`<select id="${id}" name="${f.name}"><option value=""></option>${status.obligations.map((o) => html`<option${raw(o.id === v ? ' selected' : '')}>${o.id}</option>`)}</select>`;
      } else if (f.type === 'followUp') {
        input = html`<select id="${id}" name="${f.name}"><option value=""></option>${(status.followUps ?? []).filter((x) => x.state !== 'not-applicable').map((x) => html`<option${raw(x.id === v ? ' selected' : '')}>${x.id}</option>`)}</select>`;
      } else if (f.type === 'textarea' || f.type === 'lines' || f.type === 'json') {
        const ph = f.type === 'lines' ? 'one per line' : f.type === 'json' ? '[{"agency":"...","notifiedAt":"2026-11-24T09:00:00-06:00"}]' : '';
        input = html`<textarea id="${id}" name="${f.name}" rows="2" placeholder="${ph}">${v}</textarea>`;
      } else if (f.type === 'checkbox') {
        input = html`<input id="${id}" type="checkbox" name="${f.name}" value="1"${raw(v ? ' checked' : '')}>`;
      } else {
        const ph = f.type === 'datetime' ? '2026-11-25T10:00:00-06:00' : f.type === 'state' ? 'MO' : '';
        input = html`<input id="${id}" name="${f.name}" value="${v}" placeholder="${ph}">`;
      }
      return html`<label for="${id}">${f.name} ${input}${err ? html`<span class="error" data-field="${f.name}">${err}</span>` : ''}</label>`;
    };
    return html`<form class="msg" method="post" action="/incidents/${encodeURIComponent(status.incidentId)}/messages/${name}" data-message="${name}">
<strong>${name}</strong>${general.length ? html`<span class="error" data-field="(message)">${general.map((p) => `${p.path}: ${p.message}`).join('; ')}</span>` : ''}
<input type="hidden" name="_csrf" value="${csrf}">${FORM_FIELDS[name].map(field)}<button>Send ${name}</button></form>`;
  };

  const incidentPage = (status: IncidentStatus, csrf: string, form?: { name: MessageName; values: Record<string, string>; problems: FieldProblem[] }, notice?: string) => {
    const t = now();
    return page(status.incidentId, html`<h1>${status.incidentId} <span class="muted">(${status.phase})</span></h1>
<p>${status.title}</p>${notice ? html`<p class="notice">${notice}</p>` : ''}${status.overdue.length ? html`<p class="problem">Overdue: ${status.overdue.join(', ')}</p>` : ''}
<h2>Timeline</h2>${raw(timelineSvg(status, t))}
<h2>Obligations</h2><table id="obligations"><thead><tr><th>Obligation</th><th>To</th><th>Citation</th><th>Due (regulator local time)</th><th>Countdown</th><th>State</th><th>Reminders</th><th>Escalation</th></tr></thead><tbody>
${status.obligations.map((o) => html`<tr data-obligation="${o.id}"><td>${o.id}${o.note ? html`<br><span class="muted">${o.note}</span>` : ''}</td><td>${o.recipient}</td><td>${o.citation}</td>
<td>${o.dueAt ?? html`<span class="muted">${o.dueRule}</span>`}${o.target ? html`<br><span class="muted">target (not law): ${o.target.at}</span>` : ''}</td>
<td>${o.state === 'done' ? '' : countdown(o.dueAt, t)}</td><td class="state-${o.state}">${o.state}${o.completedAt ? html`<br><span class="muted">${o.completedAt}</span>` : ''}</td>
<td>${o.remindersSent}</td><td>${o.escalationRung ?? ''}</td></tr>`)}</tbody></table>
${status.uncovered.length ? html`<p class="problem">No rules in breachclock for: ${status.uncovered.map((u) => u.state).join(', ')}. Check those states' law.</p>` : ''}
${status.followUps?.length ? html`<h2>Close-out follow-ups <span class="muted">(company targets, not law)</span></h2><table id="follow-ups"><thead><tr><th>Follow-up</th><th>Owner</th><th>Company target</th><th>State</th><th>Reminders</th><th>Outcome</th></tr></thead><tbody>
${status.followUps.map((f) => html`<tr data-follow-up="${f.id}"><td>${f.title} <span class="muted">(${f.citation})</span></td><td>${f.owner}</td><td>${f.target.at}<br><span class="muted">target (not law)</span></td>
<td class="state-${f.state === 'open' && f.pastTarget ? 'overdue' : f.state}">${f.state}${f.pastTarget ? ' (target passed)' : ''}${f.reason ? html`<br><span class="muted">${f.reason}</span>` : ''}</td><td>${f.remindersSent}</td><td>${f.outcome ?? ''}</td></tr>`)}</tbody></table>` : ''}
${status.investigation?.length ? html`<h2>Investigation <span class="muted">(RSMo 375.1407.2, RSA 420-P:5 II; record each with eventDetailsUpdate)</span></h2><table id="investigation"><thead><tr><th>Determination</th><th>Made</th><th>Note</th></tr></thead><tbody>
${status.investigation.map((i) => html`<tr data-investigation="${i.id}"><td>${i.text} <span class="muted">(${i.citations.join('; ')})</span></td><td class="state-${i.doneAt ? 'done' : 'pending'}">${i.doneAt ?? 'open'}</td><td>${i.note ?? ''}</td></tr>`)}</tbody></table>` : ''}
<p><a class="button" id="report-link" href="/incidents/${encodeURIComponent(status.incidentId)}/report">Draft regulator notices</a></p>
<details><summary>Not owed (${status.notApplicable.length})</summary><ul>${status.notApplicable.map((n) => html`<li><strong>${n.id}</strong>: ${n.reason}</li>`)}</ul></details>
${status.notEvaluated?.length ? html`<details id="not-evaluated"><summary>Not evaluated by breachclock (${status.notEvaluated.length}): check these yourself</summary><ul>${status.notEvaluated.map((n) => html`<li>${n}</li>`)}</ul></details>` : ''}
<h2>Record news</h2>${MESSAGE_NAMES.map((n) => (form?.name === n ? messageForm(status, n, csrf, form.values, form.problems) : messageForm(status, n, csrf)))}
<h2>Audit trail</h2><table id="events"><thead><tr><th>When (UTC)</th><th>Who</th><th>What</th><th>Detail</th></tr></thead><tbody>
${[...status.events].reverse().map((e) => html`<tr><td>${e.at}</td><td>${e.actor}</td><td>${e.type}</td><td>${e.detail}</td></tr>`)}</tbody></table>`, { mail: !!opts.mailSink, csrf });
  };

  app.get<{ Params: { id: string }; Querystring: { recorded?: string } }>('/incidents/:id', async (req, reply) => {
    const status = await getStatus(req.params.id);
    if (!status) return reply.code(404).type('text/html').send(page('Not found', html`<h1>Not found</h1><p>No incident ${req.params.id}.</p>`));
    const recorded = MESSAGE_NAMES.find((n) => n === req.query.recorded);
    return reply.type('text/html').send(incidentPage(status, csrfOf(req), undefined, recorded ? `${recorded} recorded.` : undefined));
  });

  app.post<{ Params: { id: string; name: string }; Body: Record<string, string> }>('/incidents/:id/messages/:name', async (req, reply) => {
    const name = req.params.name as MessageName;
    const status = await getStatus(req.params.id);
    if (!status || !MESSAGE_NAMES.includes(name)) return reply.code(404).type('text/html').send(page('Not found', html`<h1>Not found</h1>`));
    const values = Object.fromEntries(Object.entries(req.body ?? {}).filter(([k]) => k !== '_csrf').map(([k, v]) => [k, String(v)]));
    const r = await send(req.params.id, name, formPayload(name, values));
    // Post/redirect/get: a reload never sends the message twice.
    if (r.ok) return reply.redirect(`/incidents/${encodeURIComponent(req.params.id)}?recorded=${name}`, 303);
    return reply.code(400).type('text/html').send(incidentPage(status, csrfOf(req), { name, values, problems: r.problems }));
  });

  // ---- Codec endpoint for the Temporal UI: {"payloads":[{"metadata":{k: base64},"data": base64}]} both ways ----
  if (opts.codec) {
    const codec = opts.codec;
    type JsonPayload = { metadata?: Record<string, string>; data?: string };
    const fromJson = (p: JsonPayload): Payload => ({
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(String(v), 'base64')])),
      data: Buffer.from(String(p.data ?? ''), 'base64'),
    });
    const toJson = (p: Payload): JsonPayload => ({
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
      data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
    });
    for (const op of ['encode', 'decode'] as const) {
      app.post<{ Body: { payloads?: JsonPayload[] } }>(`/codec/${op}`, async (req, reply) => {
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return reply.code(415).send({ errors: [{ path: '(content-type)', message: 'must be application/json' }] });
        }
        // The remote codec protocol as the Temporal CLI and UI speak it: a missing `payloads` is an empty list
        // (the CLI opens with an encode of {} when a command has no arguments).
        const list = req.body?.payloads ?? [];
        if (!Array.isArray(list)) return reply.code(400).send({ errors: [{ path: 'payloads', message: 'must be an array of payloads' }] });
        if (list.length > 1000) return reply.code(400).send({ errors: [{ path: 'payloads', message: 'must hold at most 1000 payloads' }] });
        try {
          const out = await codec[op](list.map(fromJson));
          return { payloads: out.map(toJson) };
        } catch (err) {
          return reply.code(400).send({ errors: [{ path: 'payloads', message: (err as Error).message }] });
        }
      });
    }
  }

  // ---- Regulator notice drafts (issue 6): HTML in the console, Markdown and PDF downloads, JSON ----
  const getReport = (id: string): Promise<ReportDocument | null> =>
    lookup(id, async () => buildReport(await incidentReportSource(opts.client, id), new Date(now()).toISOString()));
  app.get<{ Params: { id: string } }>('/api/incidents/:id/report', async (req, reply) => {
    const doc = await getReport(req.params.id);
    return doc ?? reply.code(404).send({ errors: [{ path: 'incidentId', message: `${req.params.id} not found` }] });
  });
  app.get<{ Params: { id: string; format?: string } }>('/incidents/:id/report', async (req, reply) => {
    const doc = await getReport(req.params.id);
    if (!doc) return reply.code(404).type('text/html').send(page('Not found', html`<h1>Not found</h1><p>No incident ${req.params.id}.</p>`));
    const base = `/incidents/${encodeURIComponent(doc.incidentId)}/report`;
    return reply.type('text/html').send(page(`${doc.incidentId} notice drafts`, html`<p><a href="/incidents/${encodeURIComponent(doc.incidentId)}">← ${doc.incidentId}</a> · download <a href="${base}.md">Markdown</a> · <a href="${base}.pdf">PDF</a></p>${reportHtmlBody(doc)}`, { mail: !!opts.mailSink }));
  });
  app.get<{ Params: { id: string } }>('/incidents/:id/report.md', async (req, reply) => {
    const doc = await getReport(req.params.id);
    if (!doc) return reply.code(404).type('text/plain').send('not found');
    return reply.type('text/markdown; charset=utf-8').header('Content-Disposition', `attachment; filename="${doc.incidentId}-notice-drafts.md"`).send(reportMarkdown(doc));
  });
  app.get<{ Params: { id: string } }>('/incidents/:id/report.pdf', async (req, reply) => {
    const doc = await getReport(req.params.id);
    if (!doc) return reply.code(404).type('text/plain').send('not found');
    return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="${doc.incidentId}-notice-drafts.pdf"`).send(await reportPdf(doc));
  });

  const openPage = (csrf: string, text = '', problems: FieldProblem[] = []) =>
    page('Open incident', html`<h1>Open an incident</h1>
<form method="post" action="/open"><input type="hidden" name="_csrf" value="${csrf}">
<label for="incident">Incident JSON (docs/design.md §2; see examples/)</label>
${problems.length ? html`<ul class="problem" id="incident-errors">${problems.map((p) => html`<li class="error" data-field="${p.path}"><strong>${p.path}</strong>: ${p.message}</li>`)}</ul>` : ''}
<textarea id="incident" name="incident">${text}</textarea><button>Open incident</button></form>`, { mail: !!opts.mailSink });

  app.get('/open', async (req, reply) => reply.type('text/html').send(openPage(csrfOf(req))));
  app.post<{ Body: { incident?: string } }>('/open', async (req, reply) => {
    const text = String(req.body?.incident ?? '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return reply.code(400).type('text/html').send(openPage(csrfOf(req), text, [{ path: '(json)', message: `not valid JSON: ${(err as Error).message}` }]));
    }
    const parsed = parseIncident(json);
    if (!parsed.ok) return reply.code(400).type('text/html').send(openPage(csrfOf(req), text, parsed.problems));
    try {
      await openIncident(opts.client, opts.taskQueue, parsed.value);
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        return reply.code(409).type('text/html').send(openPage(csrfOf(req), text, [{ path: 'incidentId', message: `${parsed.value.incidentId} already exists` }]));
      }
      throw err;
    }
    return reply.redirect(`/incidents/${encodeURIComponent(parsed.value.incidentId)}`);
  });

  if (opts.mailSink) {
    const sink = opts.mailSink;
    app.get('/mail', async (_req, reply) =>
      reply.type('text/html').send(page('Mail', html`<h1>Mail received by the local sink</h1>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th>Message-ID</th></tr></thead><tbody>
${[...sink.messages].reverse().map((m) => html`<tr><td>${m.receivedAt.toISOString()}</td><td>${m.to.join(', ')}</td><td>${m.subject}</td><td>${m.messageId}</td></tr>`)}</tbody></table>`, { mail: true })),
    );
  }

  app.setErrorHandler((err, req, reply) => {
    const e = err as { statusCode?: number; message: string };
    const code = e.statusCode && e.statusCode < 500 ? e.statusCode : 500;
    if (req.url.startsWith('/api/')) return reply.code(code).send({ errors: [{ path: '(request)', message: code === 500 ? 'internal error' : e.message }] });
    return reply.code(code).type('text/html').send(page('Error', html`<h1>Something went wrong</h1><p>${code === 500 ? 'internal error' : e.message}</p>`));
  });
  // A FastifyInstance is thenable (ready()): the async return awaits it, so the type is restated.
  return Object.assign(app, { issueLoginCode }) as unknown as ConsoleApp;
}

/** Refuses to listen beyond loopback without a token (issue 5, item 3). */
export function checkListen(host: string, token: string | undefined): void {
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (!token) throw new Error(loopback ? 'BREACHCLOCK_CONSOLE_TOKEN: required' : `BREACHCLOCK_CONSOLE_TOKEN: required to listen on ${host} (beyond loopback)`);
}
