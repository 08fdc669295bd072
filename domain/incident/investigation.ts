/**
 * The investigation's four determinations (RSMo 375.1407.2, RSA 420-P:5 II) as tracked items: the plan says
 * which sections ask for them, the incident's eventDetails.investigation says which are made. Bundled into
 * the workflow: plain data only.
 */
import type { Incident } from './incident';
import type { InvestigationDuty } from '../rules/plan-model';

export interface InvestigationItemStatus extends InvestigationDuty {
  doneAt: string | null;
  note?: string;
}

export function investigationStatus(duties: InvestigationDuty[], incident: Incident): InvestigationItemStatus[] {
  const made = incident.eventDetails?.investigation ?? {};
  return duties.map(({ id, text, citations }) => {
    const m = made[id as keyof typeof made];
    return { id, text, citations, doneAt: m?.doneAt ?? null, ...(m?.note ? { note: m.note } : {}) };
  });
}
