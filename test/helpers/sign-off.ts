/**
 * Changes that take a second sign-off (four eyes: an override close, a regulator directive), sent straight to
 * a workflow as tests do: asked by one test actor, approved by another. Returns the status after the approval
 * (or after the ask, when nothing needed one).
 */
import type { WorkflowHandle } from '@temporalio/client';
import type { Actor } from '../../domain/incident/actor';
import type { IncidentStatus } from '../../domain/incident/status';
import { updates } from '../../workflows/messages';

export const TEST_REQUESTER: Actor = { subject: 'test-requester', displayName: 'Test requester', authenticatedBy: 'local-token', role: 'responder' };
export const TEST_APPROVER: Actor = { subject: 'test-approver', displayName: 'Test approver', authenticatedBy: 'local-token', role: 'approver' };

export async function signedOff(h: WorkflowHandle, name: 'closeIncident' | 'regulatorDirective', message: Record<string, unknown>): Promise<IncidentStatus> {
  const asked = await h.executeUpdate(updates[name], { args: [{ ...message, actor: TEST_REQUESTER }] });
  const pending = asked.pendingChanges?.filter((p) => p.state === 'pending' && p.requestedBy.subject === TEST_REQUESTER.subject).at(-1);
  if (!pending) return asked;
  return h.executeUpdate(updates.approveChange, { args: [{ pendingId: pending.id, actor: TEST_APPROVER }] });
}
