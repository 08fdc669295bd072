/** The identity provider's claim values that give each console role: "viewer=bc-viewers,admin=bc-admins|it-admins". */
import { ROLES, type Role } from '../domain/incident/actor';

export function parseRoleMap(text: string): Record<string, Role> {
  const map: Record<string, Role> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [role, values] = pair.split('=').map((x) => x?.trim());
    if (!(ROLES as readonly string[]).includes(role) || !values) throw new Error(`"${pair}" must be role=group (roles: ${ROLES.join(', ')})`);
    for (const v of values.split('|')) map[v.trim()] = role as Role;
  }
  return map;
}
