/** The workflow bundle's entry: every workflow a production worker registers (the bench adds its baseline: scripts/tools/bench/workflows.ts). */
export { incidentWorkflow } from './incident';
export { incidentWatchdogWorkflow } from './watchdog';
