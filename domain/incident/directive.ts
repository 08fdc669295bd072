/**
 * The limit on a regulator's directive (docs/design.md §3, "No message moves a statutory date later"):
 * "in no event later than" (RSMo 375.1410.1) and "within 3 business days" (RSA 420-P:6 I) are not the
 * regulator's to extend in breachclock. A directive may fix a date the law leaves open ("as directed",
 * RSA 420-P:6 VI) or bring the law's date earlier. Bundled into the workflow: no luxon here.
 */

/** The parts of an obligation the check reads. */
export interface DirectedObligation {
  id: string;
  citation: string;
  dueAt: string | null;
  /** The law's own date before any directive; absent where no directive was applied. */
  statutoryDueAt?: string | null;
}

import type { FieldProblem } from './incident';

/** Why a directed date cannot stand, naming the section and its limit; null when it can. */
export function directiveRefusal(o: DirectedObligation, directedAt: string): FieldProblem | null {
  const limit = o.statutoryDueAt !== undefined ? o.statutoryDueAt : o.dueAt;
  if (!limit || Date.parse(directedAt) <= Date.parse(limit)) return null;
  return { path: 'dueAt', message: `${o.id} is due no later than ${limit} under ${o.citation}; a directive may set a date the law leaves open or bring it earlier, never later` };
}
