/**
 * Which failures say nothing about the message (issue 23): retried, then "temporary failure, nothing recorded"
 * (503 / exit 75); a refusal by the incident's own validator is final and never retried. Classified by error
 * type and gRPC code, never by message text.
 */
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { isIncidentNotFound } from '../../application/temporal-client';
import { ApplicationFailure } from '@temporalio/common';
import { isTransient } from '../../application/incidents';

const grpc = (code: number) => Object.assign(new Error(`grpc ${code}`), { code });
const updateFailed = (cause: Error) => new WorkflowUpdateFailedError('Workflow Update failed', cause);

test.each([
  ['the update RPC timed out', new WorkflowUpdateRPCTimeoutOrCancelledError('timed out', { cause: grpc(4) } as never), true],
  ['UNAVAILABLE (14)', grpc(14), true],
  ['DEADLINE_EXCEEDED (4)', grpc(4), true],
  ['RESOURCE_EXHAUSTED (8)', grpc(8), true],
  ['FAILED_PRECONDITION (9): the workflow task failing', grpc(9), true],
  ['a ServiceError wrapping UNAVAILABLE', new ServiceError('Failed to signal', { cause: grpc(14) } as never), true],
  ["the server's own update rejection (wasn't processed by worker)", updateFailed(ApplicationFailure.create({ message: "Workflow Update is rejected because it wasn't processed by worker." })), true],
  ['a refusal by the incident (InvalidMessage)', updateFailed(ApplicationFailure.create({ type: 'InvalidMessage', message: 'count: must not be negative', nonRetryable: true })), false],
  ['INVALID_ARGUMENT (3)', grpc(3), false],
  ['NOT_FOUND (5)', grpc(5), false],
  ['a plain error', new Error('boom'), false],
])('%s', (_what, err, transient) => {
  expect(isTransient(err)).toBe(transient);
});

describe('not found is told by type and gRPC code, never by message text', () => {
  test.each([
    ['WorkflowNotFoundError (an ended workflow takes no news: the SDK maps NOT_FOUND)', new WorkflowNotFoundError('workflow execution already completed', 'INC-1', undefined), true],
    ['a ServiceError wrapping NOT_FOUND (5)', new ServiceError('Failed to signal', { cause: grpc(5) } as never), true],
    ['a ServiceError wrapping UNAVAILABLE', new ServiceError('not found in cache', { cause: grpc(14) } as never), false],
    ['a plain error that says "not found"', new Error('template not found'), false],
  ])('%s', (_what, err, notFound) => {
    expect(isIncidentNotFound(err)).toBe(notFound);
  });
});
