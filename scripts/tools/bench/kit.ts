/** Starting workflows of each kind for the bench and remembering when, and which email each owes. */
import { messageId } from '../../../domain/incident/email';
import { baselineMessageId } from './baseline-workflow';
import { INCIDENT_WORKFLOW } from '../../../workflows/messages';
import { exampleIncident, type LoadStack } from '../load-stack';

export type Kind = 'breachclock' | 'baseline';
export const KINDS: Kind[] = ['baseline', 'breachclock'];
const OWNER = 'owner@bench.example';
const farFuture = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

export class BenchKit {
  private seq = 0;
  readonly started = new Map<string, { kind: Kind; at: number; mail: string }>();
  constructor(readonly stack: LoadStack) {}

  /** Starts one workflow of the kind; resolves with its ID once the start call returns. */
  async startOne(kind: Kind, tag: string): Promise<string> {
    const id = `bench-${kind}-${tag}-${this.seq++}`;
    const at = Date.now();
    const { client, taskQueue } = this.stack;
    if (kind === 'breachclock') {
      const incident = exampleIncident(id, { title: 'benchmark incident', contacts: { owner: OWNER, escalation: ['counsel@bench.example'] } });
      await client.workflow.start(INCIDENT_WORKFLOW, { workflowId: id, taskQueue, args: [{ incident }] });
      this.started.set(id, { kind, at, mail: messageId(id, 'incident', 'opening') });
    } else {
      await client.workflow.start('baselineWorkflow', { workflowId: id, taskQueue, args: [{ id, to: OWNER, sleepUntil: farFuture() }] });
      this.started.set(id, { kind, at, mail: baselineMessageId(id, 'opening') });
    }
    return id;
  }

  startedOf(kind: Kind): string[] {
    return [...this.started.entries()].filter(([, s]) => s.kind === kind).map(([id]) => id);
  }

  mailOf(id: string): string {
    return this.started.get(id)!.mail;
  }

  /** Milliseconds from each start call to its email's arrival (those that arrived). */
  latencies(ids: string[]): number[] {
    return ids.map((id) => (this.stack.arrivals.at(this.mailOf(id)) ?? NaN) - this.started.get(id)!.at).filter(Number.isFinite);
  }

  nextSeq(): number {
    return this.seq++;
  }
}
