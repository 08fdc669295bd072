/** The four-eyes email (domain/incident/state/four-eyes.ts): a change waits for a second sign-off. */
import type { EmailMessage } from './email';
import { messageId } from './email';
import type { IncidentStatus, PendingChange } from './status';
import { humanTime } from './time-words';

/**
 * A change waits for a second sign-off (four eyes): the escalation list is told who asked for what, and how to
 * approve or reject it. The change's own text (a reason, a note) stays in the console: no free text in email.
 */
export function pendingApprovalNotice(status: IncidentStatus, p: PendingChange, to: string[]): EmailMessage {
  return {
    to,
    subject: `Second sign-off needed (${p.id}) — ${`${status.incidentId} ${status.title}`}`,
    text: [
      `Incident ${`${status.incidentId} ${status.title}`}`,
      '',
      `${p.requestedBy.displayName} (${p.requestedBy.subject}) asked at ${humanTime(p.requestedAt)}: ${p.summary}.`,
      'It is not applied until someone else with the approver or admin role approves it.',
      '',
      `Approve or reject it in the console, or: breachclock incident approve ${status.incidentId} ${p.id}`,
      `                                      breachclock incident reject ${status.incidentId} ${p.id} --reason "..."`,
    ].join('\n'),
    messageId: messageId(status.incidentId, `change-${p.id}`, 'requested'),
    incidentId: status.incidentId,
  };
}
