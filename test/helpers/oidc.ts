/**
 * A real OpenID Connect provider for tests (test/helpers/oidc-provider.mjs, its own node process) with one
 * person per role and one in no mapped group, and a sign-in driven over HTTP as a browser would: the
 * console's redirect, the provider's sign-in form, the callback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { OidcOptions } from '../../client/console/oidc';
import { parseRoleMap } from '../../platform/role-map';

export const PEOPLE = {
  vera: { name: 'Vera Viewer', email: 'vera@insurer.example', groups: ['staff', 'bc-viewers'] },
  rory: { name: 'Rory Responder', email: 'rory@insurer.example', groups: ['bc-responders'] },
  abby: { name: 'Abby Approver', email: 'abby@insurer.example', groups: ['bc-approvers', 'bc-viewers'] },
  adam: { name: 'Adam Admin', email: 'adam@insurer.example', groups: ['bc-admins'] },
  nora: { name: 'Nora Nobody', email: 'nora@insurer.example', groups: ['marketing'] },
} as const;
export type Login = keyof typeof PEOPLE;
/** The login of the person holding each role. */
export const PERSON_WITH = { viewer: 'vera', responder: 'rory', approver: 'abby', admin: 'adam' } as const;
export const ROLE_MAP_TEXT = 'viewer=bc-viewers,responder=bc-responders,approver=bc-approvers,admin=bc-admins';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface TestIdp {
  options: OidcOptions;
  stop(): Promise<void>;
}

/** Starts the provider for a console that will listen at consoleUrl. */
export async function startIdp(consoleUrl: string): Promise<TestIdp> {
  const port = await freePort();
  const clientId = 'breachclock-console';
  const clientSecret = 'test-client-secret-0123456789abcdef';
  const redirectUrl = `${consoleUrl}/oidc/callback`;
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs'), JSON.stringify({ port, clientId, clientSecret, redirectUris: [redirectUrl], people: PEOPLE })], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`the test identity provider exited (${code}): ${err}`)));
  });
  return {
    options: { issuer: `http://127.0.0.1:${port}`, clientId, clientSecret, redirectUrl, roleClaim: 'groups', roleMap: parseRoleMap(ROLE_MAP_TEXT) },
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    }),
  };
}

/** Cookies per host, as a browser keeps them (paths ignored: nothing here depends on them). */
class Jar {
  private readonly byHost = new Map<string, Map<string, string>>();
  take(url: string, res: Response): void {
    const host = new URL(url).host;
    const jar = this.byHost.get(host) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    this.byHost.set(host, jar);
  }
  header(url: string): string {
    return [...(this.byHost.get(new URL(url).host) ?? new Map<string, string>())].filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Signs in at the console through the provider as `login` and returns the console's last answer (the
 * callback's page, or its refusal) and the session cookie it set.
 */
export async function signInThroughIdp(consoleUrl: string, login: string): Promise<{ status: number; body: string; cookie: string }> {
  const jar = new Jar();
  let url = `${consoleUrl}/oidc/login`;
  let init: RequestInit = {};
  for (let hop = 0; hop < 12; hop++) {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header(url) } });
    jar.take(url, res);
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).toString();
      init = {};
      continue;
    }
    const body = await res.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[\s\S]*?name="prompt" value="login"/.exec(body);
    if (form) {
      url = new URL(form[1].replace(/&amp;/g, '&'), url).toString();
      init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString() };
      continue;
    }
    const cookie = /(?:__Host-)?bc_session=[^;]+/.exec(res.headers.getSetCookie().join('\n'))?.[0] ?? '';
    return { status: res.status, body, cookie };
  }
  throw new Error('sign-in through the identity provider did not finish in 12 hops');
}
