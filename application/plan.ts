/**
 * Planning without a server (`breachclock plan`): the planner on the incident as given. Kept apart from the
 * service (incidents.ts) so the CLI's `plan` never loads the Temporal client.
 */
import { parseIncident } from '../domain/incident/incident';
import { planIncident, type Plan } from '../domain/rules/planner';
import type { Outcome } from './incidents';

/** The states covered, by tier, in words (for `plan --help`). */
export { coverageWords } from '../domain/rules/coverage';

/** Works out an incident's obligations without a server: the planner, on the incident as given. */
export function planFor(raw: unknown): Outcome<Plan> {
  const parsed = parseIncident(raw);
  return parsed.ok ? { ok: true, value: planIncident(parsed.value) } : { ok: false, kind: 'invalid', problems: parsed.problems };
}
