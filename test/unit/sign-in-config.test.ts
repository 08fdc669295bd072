/** Sign-in configuration (docs/sign-in.md) is refused by field name, and the role mapping reads as documented. */
import { ConfigError, consoleTls, loadConfig, oidcFromConfig, tokensFile } from '../../platform/config';
import { roleFrom } from '../../client/console/oidc';
import { parseRoleMap } from '../../platform/role-map';

const OIDC = {
  BREACHCLOCK_OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  BREACHCLOCK_OIDC_CLIENT_ID: 'bc-console',
  BREACHCLOCK_OIDC_CLIENT_SECRET: 'secret',
  BREACHCLOCK_OIDC_REDIRECT_URL: 'https://breachclock.insurer.example/oidc/callback',
  BREACHCLOCK_OIDC_ROLES: 'viewer=bc-viewers,responder=bc-responders,approver=bc-approvers,admin=bc-admins|it-admins',
};

test('a complete OIDC configuration gives the console its options', () => {
  const o = oidcFromConfig(loadConfig(OIDC))!;
  expect(o).toMatchObject({ issuer: OIDC.BREACHCLOCK_OIDC_ISSUER, clientId: 'bc-console', roleClaim: 'groups' });
  expect(o.roleMap).toEqual({ 'bc-viewers': 'viewer', 'bc-responders': 'responder', 'bc-approvers': 'approver', 'bc-admins': 'admin', 'it-admins': 'admin' });
  expect(oidcFromConfig(loadConfig({}))).toBeUndefined();
});

test.each<[string, Record<string, string>, string]>([
  ['BREACHCLOCK_OIDC_CLIENT_ID', { ...OIDC, BREACHCLOCK_OIDC_CLIENT_ID: '' }, 'required with BREACHCLOCK_OIDC_ISSUER'],
  ['BREACHCLOCK_OIDC_ROLES', { ...OIDC, BREACHCLOCK_OIDC_ROLES: '' }, 'required with BREACHCLOCK_OIDC_ISSUER'],
  ['BREACHCLOCK_OIDC_ROLES', { ...OIDC, BREACHCLOCK_OIDC_ROLES: 'owner=bc-owners' }, '"owner=bc-owners" must be role=group'],
  ['BREACHCLOCK_OIDC_REDIRECT_URL', { ...OIDC, BREACHCLOCK_OIDC_REDIRECT_URL: 'https://breachclock.insurer.example/callback' }, 'must end in /oidc/callback'],
  ['BREACHCLOCK_OIDC_ISSUER', { ...OIDC, BREACHCLOCK_OIDC_ISSUER: 'login.example' }, 'must be the issuer URL'],
  ['BREACHCLOCK_TLS_KEY', { BREACHCLOCK_TLS_CERT: '/etc/bc/cert.pem' }, 'set BREACHCLOCK_TLS_CERT and BREACHCLOCK_TLS_KEY together'],
])('refuses a bad %s by name', (name, env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(`${name}: ${message}`);
});

test('a person gets the highest role any of their groups maps to, and none from unmapped groups', () => {
  const map = parseRoleMap(OIDC.BREACHCLOCK_OIDC_ROLES);
  expect(roleFrom(['staff', 'bc-viewers', 'bc-approvers'], map)).toBe('approver');
  expect(roleFrom('it-admins', map)).toBe('admin');
  expect(roleFrom(['marketing'], map)).toBeUndefined();
  expect(roleFrom(undefined, map)).toBeUndefined();
});

test('trusting a proxy is off unless configured; tokens are kept under the data folder unless told', () => {
  expect(consoleTls(loadConfig({})).trustProxy).toBe(false);
  expect(consoleTls(loadConfig({ BREACHCLOCK_TRUST_PROXY: '1' })).trustProxy).toBe(true);
  expect(consoleTls(loadConfig({ BREACHCLOCK_TRUST_PROXY: '10.0.0.0/8' })).trustProxy).toBe('10.0.0.0/8');
  expect(tokensFile(loadConfig({ BREACHCLOCK_DATA_DIR: '/var/lib/bc' }))).toBe('/var/lib/bc/api-tokens.json');
  expect(() => consoleTls(loadConfig({ BREACHCLOCK_TLS_CERT: '/nonexistent/c.pem', BREACHCLOCK_TLS_KEY: '/nonexistent/k.pem' }))).toThrow(/BREACHCLOCK_TLS_CERT: cannot read/);
});
