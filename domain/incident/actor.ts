/**
 * Who acted: every message carries its sender inside the (encrypted) payload, so the audit trail names a
 * person the way the console or CLI authenticated them, beside any free text they typed ("filed by").
 * RSMo 375.1407 and RSA 420-P:5 keep the records of every event; a regulator asks who decided what and when.
 */
import { z } from 'zod';
import { freeText } from './incident';
import { ROLES } from './roles';

export { mayAct, ROLES, type Role } from './roles';

/** How the actor was authenticated: the organisation's identity provider, an API token, the local token, or the CLI's configured identity (not verified by breachclock). */
export const AUTHENTICATED_BY = ['oidc', 'api-token', 'local-token', 'cli-configured'] as const;
export type AuthenticatedBy = (typeof AUTHENTICATED_BY)[number];

export const Actor = z.strictObject({
  /** Stable identifier: the identity provider's `sub` (with its issuer), a token's service account, `local-admin`, or the CLI's configured name. */
  subject: freeText(1, 200),
  displayName: freeText(1, 200),
  authenticatedBy: z.enum(AUTHENTICATED_BY),
  role: z.enum(ROLES),
});
export type Actor = z.infer<typeof Actor>;

/** The named local admin of single-person installs and `npm start` (the console token). */
export const LOCAL_ADMIN: Actor = { subject: 'local-admin', displayName: 'Local administrator', authenticatedBy: 'local-token', role: 'admin' };
