/**
 * How the incident workflow checks a message: the same zod schemas as every other door (docs/design.md §5),
 * loaded once per worker instead of once per cached incident.
 *
 * Why (issue 7; docs/design.md §9; sdk-typescript #2227): each workflow in the worker's V8 context evaluates
 * its own copy of every module it imports, and breachclock's schemas were about three quarters of a
 * cached incident's heap. This module is preloaded into the shared context (worker/worker.ts
 * PRELOADED_MODULES) and requires the schemas the first time any incident needs them, keeping them in a
 * module-scope variable for every incident after it. The variable matters: the SDK deep-freezes what
 * preloaded modules export, and zod schemas cannot be frozen (they materialize members on first use and
 * reset RegExp `lastIndex` on every parse); a closure variable is out of the freeze's reach.
 * Sharing is safe: a schema holds no workflow state and a parse depends only on its input.
 */
import type { MESSAGE_SCHEMAS, MessageName } from '../domain/messages';

let schemas: { incident: typeof import('../domain/incident'); messages: typeof import('../domain/messages') } | undefined;

function loaded(): NonNullable<typeof schemas> {
  // Required here, not imported at the top: an import would evaluate the schemas while preloading, and the
  // SDK would freeze them with this module's exports.
  schemas ??= { incident: require('../domain/incident'), messages: require('../domain/messages') };
  return schemas;
}

export type MessageOf<N extends MessageName> = (typeof MESSAGE_SCHEMAS)[N]['_output'];

/** The field-path refusals of every other door on one line ("count: must not be negative; ..."), or undefined. */
export function messageProblems(name: MessageName, raw: unknown): string | undefined {
  const { incident, messages } = loaded();
  const r = incident.parseWith(messages.MESSAGE_SCHEMAS[name] as never, raw);
  return r.ok ? undefined : r.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}

/** The message as its schema outputs it (defaults applied); throws on input messageProblems refuses. */
export function parseMessage<N extends MessageName>(name: N, raw: unknown): MessageOf<N> {
  return loaded().messages.MESSAGE_SCHEMAS[name].parse(raw) as MessageOf<N>;
}
