/**
 * A real OpenID Connect provider for tests (the `oidc-provider` package, ESM-only, so its own process):
 * authorization code with PKCE, one confidential client, and test people whose `groups` claim the console
 * maps to roles. Its development sign-in form takes any password; the login name picks the person.
 * Configured by one JSON argument {port, clientId, clientSecret, redirectUris, people}; prints "ready <issuer>".
 */
import Provider from 'oidc-provider';

const { port, clientId, clientSecret, redirectUris, people } = JSON.parse(process.argv[2]);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, response_types: ['code'], grant_types: ['authorization_code'] }],
  pkce: { required: () => true },
  // As Entra ID and Okta's custom servers do: the groups claim comes without a scope of its own.
  claims: { openid: ['sub'], profile: ['name', 'groups'], email: ['email'] },
  scopes: ['openid', 'profile', 'email'],
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['test-only-cookie-key-0123456789'] },
  async findAccount(_ctx, id) {
    const person = people[id];
    if (!person) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, name: person.name, email: person.email, groups: person.groups }) };
  },
  // A first-party client: every scope and claim it asks for is granted without a consent screen.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    grant.addOIDCClaims(['sub', 'name', 'email', 'groups']);
    await grant.save();
    return grant;
  },
});
// An unknown login name is refused at the form rather than after it.
provider.on('server_error', (_ctx, err) => console.error(err));
provider.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
