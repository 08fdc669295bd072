/**
 * The scaffolding every per-state table test shares: a licensee domiciled in the state, 40 residents there,
 * determined Mon 23 Nov 2026 at 10:15 local; and plan / find / na over changes to it.
 */
import type { Incident } from '../../domain/incident/incident';
import { planIncident, type Plan } from '../../domain/rules/planner';

type State = Incident['licensee']['domicileState'];

export function stateIncident(state: State, name: string, utcOffset: string, changes: Partial<Incident> = {}): Incident {
  return {
    incidentId: `${state}-1`,
    title: 'test',
    licensee: { name, role: 'insurer', domicileState: state },
    determinedAt: `2026-11-23T10:15:00${utcOffset}`,
    residents: { [state]: 40 },
    nonpublicInformation: true,
    materialHarmLikely: true,
    otherGovernmentNoticeRequired: false,
    contacts: { owner: `o@${state.toLowerCase()}.example`, escalation: [] },
    ...changes,
  };
}

/** The obligation with this id in a plan. */
export const findObligation = (p: Plan, id: string) => p.obligations.find((o) => o.id === id);
/** Why the duty with this id is not owed, where the plan lists it so. */
export const notOwedReason = (p: Plan, id: string) => p.notApplicable.find((n) => n.id === id)?.reason;

/** plan(changes), find(plan, id) and na(plan, id) over one base incident. */
export function statePlans(base: Incident) {
  const plan = (changes: Partial<Incident> = {}): Plan => planIncident({ ...base, ...changes });
  return { plan, find: findObligation, na: notOwedReason };
}
