/**
 * The bench's workflow bundle entry: the production workflows and the bare baseline they are measured against,
 * in one bundle run by one worker on the bench's own task queue (docs/design.md §9). Never a production worker's.
 */
export * from '../../../workflows';
export { baselineTimersWorkflow, baselineWorkflow } from './baseline-workflow';
