/**
 * Sign-in with the organisation's identity provider (OpenID Connect authorization code flow with PKCE,
 * state and nonce; openid-client). The person's role comes from a claim (groups by default) through the
 * configured mapping; a person in none of the mapped groups is refused with the groups named.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { generators, Issuer, type BaseClient } from 'openid-client';
import { Actor, ROLES, type Role } from '../../domain/incident/actor';
import { html } from '../../reports/html';
import { page } from './html';
import { bounded, cookie, cookieValue, random, type Sessions } from './sessions';

export interface OidcOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This console's callback, exactly as registered at the provider: https://console.example/oidc/callback */
  redirectUrl: string;
  /** The claim holding the person's groups or roles (default `groups`). */
  roleClaim: string;
  /** Claim value → role; a person with several values gets the highest. */
  roleMap: Readonly<Record<string, Role>>;
  /** Scopes asked for besides `openid profile email` (Okta's org server: `groups`). */
  extraScopes?: string;
}

const FLOW_COOKIE = 'bc_oidc';
const FLOW_TTL_MS = 10 * 60_000;
type Flow = { state: string; nonce: string; verifier: string; expiresAt: number };

/** The highest role any of the person's claim values maps to. */
export function roleFrom(values: unknown, roleMap: Readonly<Record<string, Role>>): Role | undefined {
  const list = (Array.isArray(values) ? values : typeof values === 'string' ? [values] : []).map(String);
  const roles = list.map((v) => roleMap[v]).filter((r): r is Role => !!r);
  return roles.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0];
}

const signInProblem = (status: number, reply: FastifyReply, problem: string) =>
  reply.code(status).type('text/html').send(page('Sign in', html`<h1>Sign in</h1><p class="problem" id="sign-in-problem">${problem}</p><p><a href="/login">Back to sign-in</a></p>`));

export function registerOidc(app: FastifyInstance, sessions: Sessions, opts: OidcOptions, now: () => number): void {
  const flows = new Map<string, Flow>();
  let client: Promise<BaseClient> | undefined;
  // Discovered on first use, so the console starts while the provider is down; a failure is retried next time.
  const clientOf = () =>
    (client ??= Issuer.discover(opts.issuer).then(
      (issuer) => new issuer.Client({ client_id: opts.clientId, client_secret: opts.clientSecret, redirect_uris: [opts.redirectUrl], response_types: ['code'] }),
      (err: Error) => {
        client = undefined;
        throw new Error(`the identity provider at ${opts.issuer} did not answer: ${err.message}`);
      },
    ));

  app.get('/oidc/login', async (req, reply) => {
    const c = await clientOf().catch((err: Error) => err);
    if (c instanceof Error) return signInProblem(503, reply, c.message);
    const flow: Flow = { state: generators.state(), nonce: generators.nonce(), verifier: generators.codeVerifier(), expiresAt: now() + FLOW_TTL_MS };
    const id = random();
    flows.set(id, flow);
    bounded(flows);
    const url = c.authorizationUrl({ scope: `openid profile email ${opts.extraScopes ?? ''}`.trim(), state: flow.state, nonce: flow.nonce, code_challenge: generators.codeChallenge(flow.verifier), code_challenge_method: 'S256' });
    // Lax: the provider's redirect back is a cross-site navigation, which a Strict cookie would not survive.
    return reply.header('Set-Cookie', cookie(req, FLOW_COOKIE, id, FLOW_TTL_MS / 1000, 'Lax')).redirect(url);
  });

  app.get('/oidc/callback', async (req, reply) => {
    const id = cookieValue(req, FLOW_COOKIE);
    const flow = id ? flows.get(id) : undefined;
    if (id) flows.delete(id);
    if (!flow || flow.expiresAt <= now()) return signInProblem(400, reply, 'That sign-in took too long or was started elsewhere; sign in again.');
    const actor = await clientOf().then((c) => personOf(req, c, flow, opts)).catch((err: Error) => err);
    if (actor instanceof Error) return signInProblem(403, reply, actor.message);
    void reply.header('Set-Cookie', cookie(req, FLOW_COOKIE, '', 0, 'Lax'));
    // A page, not a redirect: the session cookie is SameSite=Strict and a redirect chain begun at the provider is cross-site.
    return sessions.start(req, reply, actor).type('text/html').send(page('Signed in', html`<meta http-equiv="refresh" content="0;url=/"><h1>Signed in</h1><p>Signed in as ${actor.displayName} (${actor.role}). <a id="continue" href="/">Continue to the console</a></p>`));
  });
}

/** The person the provider vouches for, with the role their claim maps to (or an error naming what is missing). */
async function personOf(req: FastifyRequest, client: BaseClient, flow: Flow, opts: OidcOptions): Promise<Actor> {
  const params = client.callbackParams(req.raw);
  if (params.error) throw new Error(`The identity provider refused the sign-in: ${params.error_description ?? params.error}`);
  const tokens = await client.callback(opts.redirectUrl, params, { state: flow.state, nonce: flow.nonce, code_verifier: flow.verifier });
  const claims: Record<string, unknown> = { ...tokens.claims() };
  if (claims[opts.roleClaim] === undefined && tokens.access_token) Object.assign(claims, await client.userinfo(tokens), { sub: claims.sub });
  const role = roleFrom(claims[opts.roleClaim], opts.roleMap);
  const name = String(claims.name ?? claims.email ?? claims.preferred_username ?? claims.sub);
  if (!role) throw new Error(`${name} is in none of the groups that give a breachclock role (claim "${opts.roleClaim}": ${Object.keys(opts.roleMap).join(', ')}). Ask an admin to add you to one.`);
  const email = typeof claims.email === 'string' ? ` <${claims.email}>` : '';
  return Actor.parse({ subject: `${new URL(opts.issuer).host}/${String(claims.sub)}`.slice(0, 200), displayName: `${name}${email}`.slice(0, 200), authenticatedBy: 'oidc', role });
}
