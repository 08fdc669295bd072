/**
 * The incident gauges (incidents by phase, overdue incidents and obligations), read from Temporal visibility
 * through the search attributes every incident keeps (workflows/search-attributes.ts): a few count queries a
 * minute, never a query to an incident itself. The worker samples them because it is the one part that must
 * always run; with several workers each reports the same values (dashboards and alerts take max()).
 */
import type { Client } from '@temporalio/client';
import type { Phase } from '../domain/incident/status';
import type { IncidentGauges } from '../platform/metrics';
import { INCIDENT_WORKFLOW } from '../workflows/messages';
import { OVERDUE_COUNT } from '../workflows/search-attributes';

const PHASES: Phase[] = ['planning', 'open', 'closed'];
const RUNNING = `WorkflowType = '${INCIDENT_WORKFLOW}' AND ExecutionStatus = 'Running'`;
const OVERDUE = `${RUNNING} AND BreachclockOverdueCount > 0`;
/** Overdue incidents read to sum their overdue obligations; past this the sum is a lower bound. */
const MAX_OVERDUE_READ = 5000;
const SAMPLE_DEADLINE_MS = 30_000;

async function overdueObligations(client: Client): Promise<number> {
  let sum = 0;
  let read = 0;
  for await (const wf of client.workflow.list({ query: OVERDUE, pageSize: 1000 })) {
    sum += wf.typedSearchAttributes.get(OVERDUE_COUNT) ?? 0;
    if (++read >= MAX_OVERDUE_READ) break;
  }
  return sum;
}

/** Reads the gauges once; a failed read counts a failure and leaves the last values (their age shows it). */
export async function sampleIncidentGauges(client: Client, gauges: IncidentGauges, now = Date.now): Promise<void> {
  try {
    // A visibility store that hangs must not hold every later sample back: their age then shows it.
    const [counts, overdue, obligations] = await client.connection.withDeadline(now() + SAMPLE_DEADLINE_MS, () =>
      Promise.all([
        Promise.all(PHASES.map((p) => client.workflow.count(`${RUNNING} AND BreachclockPhase = '${p}'`))),
        client.workflow.count(OVERDUE),
        overdueObligations(client),
      ]),
    );
    PHASES.forEach((phase, i) => gauges.incidents.set({ phase }, counts[i].count));
    gauges.overdueIncidents.set(overdue.count);
    gauges.overdueObligations.set(obligations);
    gauges.sampledAt.set(now() / 1000);
  } catch {
    gauges.sampleFailures.inc();
  }
}

/** Samples now and every `intervalMs` until stopped. */
export function sampleIncidentGaugesEvery(client: Client, gauges: IncidentGauges, intervalMs: number): { stop(): Promise<void> } {
  let running = sampleIncidentGauges(client, gauges);
  const timer = setInterval(() => {
    running = running.then(() => sampleIncidentGauges(client, gauges));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
