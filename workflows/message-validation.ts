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
import type { FieldProblem } from '../domain/incident/incident';
import type { MessageMap, MessageName } from '../domain/incident/messages';

let schemas: { incident: typeof import('../domain/incident/incident'); messages: typeof import('../domain/incident/messages') } | undefined;

function loaded(): NonNullable<typeof schemas> {
  // Required here, not imported at the top: an import would evaluate the schemas while preloading, and the
  // SDK would freeze them with this module's exports.
  schemas ??= { incident: require('../domain/incident/incident'), messages: require('../domain/incident/messages') };
  return schemas;
}

/** The marker the worker's codec puts where a plaintext payload arrived (platform/codec.ts WorkerInputCodec). */
const unencrypted = (x: unknown): boolean => typeof x === 'object' && x !== null && (x as Record<string, unknown>).__breachclockUnencrypted === true;
const UNENCRYPTED_REFUSAL =
  'the payload was not encrypted, and breachclock refuses plaintext input: send it with breachclock (CLI or console) or the temporal CLI with --codec-endpoint';
/** The marker for a payload the worker could not read (platform/codec.ts WorkerInputCodec): why, in its own words. */
const undecodable = (x: unknown): string | undefined => {
  const why = typeof x === 'object' && x !== null ? (x as Record<string, unknown>).__breachclockUndecodable : undefined;
  return typeof why === 'string' ? `the payload could not be read (${why.slice(0, 120)}); nothing of it was applied` : undefined;
};

/** A field path as the audit trail may show it: the schema's own names, never an unknown key's raw text. */
const safePath = (path: string, message: string): string =>
  message === 'unknown field' || !/^[A-Za-z0-9_.()-]{1,60}$/.test(path) ? '(a field the message does not have)' : path;

/**
 * The field-path refusals of every other door, or undefined. They go into the audit trail, so they never
 * repeat the input: unknown keys are not named.
 */
export function messageProblems<N extends MessageName>(name: N, raw: unknown): FieldProblem[] | undefined {
  const r = checkMessage(name, raw);
  return r.ok ? undefined : r.problems;
}

/** The message parsed by its schema (one parse), or its refusals as messageProblems gives them. */
export function checkMessage<N extends MessageName>(name: N, raw: unknown): { ok: true; value: MessageMap[N] } | { ok: false; problems: FieldProblem[] } {
  if (unencrypted(raw)) return { ok: false, problems: [{ path: '(payload)', message: UNENCRYPTED_REFUSAL }] };
  const unread = undecodable(raw);
  if (unread) return { ok: false, problems: [{ path: '(payload)', message: unread }] };
  const { incident, messages } = loaded();
  const r = incident.parseWith(messages.MESSAGE_SCHEMAS[name], raw);
  if (r.ok) return { ok: true, value: r.value as MessageMap[N] };
  return { ok: false, problems: r.problems.slice(0, 10).map((p) => ({ path: safePath(p.path, p.message), message: p.message })) };
}

/** Refusals on one line for the audit trail and a failure's message ("count: must not be negative; ..."). */
export const problemsText = (problems: readonly FieldProblem[]): string => problems.map((p) => `${p.path}: ${p.message}`).join('; ').slice(0, 1000);

/** The message as its schema outputs it (defaults applied, text trimmed); throws on input messageProblems refuses. */
export function parseMessage<N extends MessageName>(name: N, raw: unknown): MessageMap[N] {
  return loaded().messages.MESSAGE_SCHEMAS[name].parse(raw);
}

/** The workflow's own input, checked as every door checks it: field-path refusals on one line, or undefined. */
export function incidentInputProblems(input: unknown): string | undefined {
  if (unencrypted(input)) return `input: ${UNENCRYPTED_REFUSAL}`;
  if (undecodable(input)) return `input: ${undecodable(input)}`;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'input: must be an object { incident }';
  const { incident, messages } = loaded();
  const openedBy = (input as { openedBy?: unknown }).openedBy;
  const who = openedBy === undefined ? { ok: true as const } : incident.parseWith(messages.Actor, openedBy);
  if (!who.ok) return who.problems.map((p) => `openedBy.${p.path}: ${p.message}`).join('; ');
  const r = incident.parseIncident((input as { incident?: unknown }).incident);
  return r.ok ? undefined : r.problems.map((p) => `incident.${p.path}: ${p.message}`).join('; ');
}
