/**
 * News sent twice: the second changes nothing, and the doors say so ("already recorded") instead of
 * "recorded". Read from the status before sending; the workflow takes the duplicate as a no-op either way.
 */
import type { MessageMap, MessageName } from './messages';
import type { IncidentStatus } from './status';
import { humanTime } from './time-words';

export function alreadyRecorded<N extends MessageName>(status: IncidentStatus, name: N, m: MessageMap[N]): string | null {
  const msg = m as Record<string, unknown>;
  switch (name) {
    case 'obligationCompleted': {
      const o = status.obligations.find((x) => x.id === msg.obligationId);
      return o?.state === 'done' && o.completedAt === msg.completedAt
        ? `${o.id} was already recorded as done at ${humanTime(o.completedAt, o.jurisdiction)}${o.completedBy ? ` by ${o.completedBy}` : ''}; nothing changed`
        : null;
    }
    case 'followUpCompleted': {
      const f = status.followUps?.find((x) => x.id === msg.followUpId);
      return f?.state === 'done' && f.completedAt === msg.completedAt ? `${f.id} was already recorded as done; nothing changed` : null;
    }
    case 'closeIncident':
      return status.phase === 'closed' ? `${status.incidentId} was already closed; nothing changed` : null;
    default:
      return null;
  }
}
