/** The workflow bundle's entry: every workflow the worker registers. */
export { incidentWorkflow } from './incident';
export { incidentWatchdogWorkflow } from './watchdog';
export { baselineTimersWorkflow, baselineWorkflow } from './baseline';
