/**
 * Roles, schema-free: the workflow checks them (four eyes) without loading the actor's zod schema into every
 * cached incident (docs/design.md §9; workflows/message-validation.ts says why schemas load once per worker).
 */

/** viewer reads; responder sends news and records filings; approver gives second sign-offs; admin manages people, tokens, keys. */
export const ROLES = ['viewer', 'responder', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, responder: 1, approver: 2, admin: 3 };

/** Roles are ordered: each may do what the ones below it may. */
export const mayAct = (actor: { role: Role }, needed: Role): boolean => RANK[actor.role] >= RANK[needed];
