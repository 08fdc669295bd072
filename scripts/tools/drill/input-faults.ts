/**
 * The drill's faults of input and storage (issue 23): a full records disk while filings call for record
 * versions, raw signals the worker cannot read, 20,000 messages to one incident, and a cache small enough that
 * incidents are evicted and replayed while they plan. Each is recorded as a fault; findings.ts reports what
 * they did (nothing may stop an incident or hold back an escalation).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { ENCRYPTED_ENCODING, KEY_ID_METADATA } from '../../../platform/codec';
import { signals, statusQuery, updates } from '../../../workflows/messages';
import { runPool } from '../load-kit';
import { exampleIncident, type LoadStack } from '../load-stack';
import { replanAll } from './incidents';

const bytes = (s: string) => new TextEncoder().encode(s);

/**
 * A records folder on a 256 KiB tmpfs when this process may mount one (root on Linux), else a plain folder; the
 * worker is pointed at it before it starts. `fill` leaves no space (ENOSPC), `free` gives it back.
 */
export function recordsDisk(dir: string): { dir: string; kind: string; fill(): void; free(): void; unmount(): void } {
  const where = path.join(dir, 'records');
  mkdirSync(where, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', where]).status === 0;
  const filler = path.join(where, 'filler');
  return {
    dir: where,
    kind: mounted ? 'a 256 KiB tmpfs filled to the last byte (ENOSPC)' : 'a folder whose incident subfolders are blocked by files (no tmpfs here)',
    fill() {
      if (!mounted) return;
      try {
        writeFileSync(filler, Buffer.alloc(512 * 1024));
      } catch {
        // ENOSPC: full, as meant
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      if (mounted) spawnSync('umount', [where]);
    },
  };
}

/** Blocks each incident's records folder with a file (the fallback where no tmpfs can be mounted). */
export function blockRecords(recordsDir: string, ids: string[]): void {
  for (const id of ids) writeFileSync(path.join(recordsDir, id), 'blocked');
}

/** A filing of Missouri's Bulletin notice for every incident: each calls for a record version, which the full disk refuses. */
export async function fileBulletins(stack: LoadStack, ids: string[]): Promise<void> {
  await runPool(ids.length, 8, async (i) => {
    const m = { obligationId: 'MO/regulator-notice-bulletin', completedAt: new Date(Date.now() - 1000).toISOString(), completedBy: 'drill' };
    await stack.client.workflow.getHandle(ids[i]).executeUpdate(updates.obligationCompleted, { args: [m] }).catch(() => undefined);
  });
}

/** Raw signals the worker's codec cannot read: under a key it does not hold, and in an encoding it does not read. */
export async function poisonSignals(stack: LoadStack, ids: string[]): Promise<void> {
  const payloads: Array<{ metadata: Record<string, Uint8Array>; data: Uint8Array }> = [
    { metadata: { encoding: bytes(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: bytes('nope') }, data: bytes('0123456789abcdef0123456789abcdef') },
    { metadata: { encoding: bytes('json/protobuf') }, data: bytes('{}') },
  ];
  await runPool(ids.length, 8, async (i) => {
    for (const p of payloads) {
      await stack.client.workflowService.signalWorkflowExecution({ namespace: stack.namespace, workflowExecution: { workflowId: ids[i] }, signalName: 'residentsUpdate', input: { payloads: [p] }, identity: 'drill' });
    }
  });
}

/**
 * 20,000 messages to one running incident, in rounds of 500 sent 50 at a time, half refused (three kinds) and half
 * accepted news that changes New Hampshire's count each time; the next round once the incident has taken the last
 * (a run holds at most 10,000 signals, and continue-as-new needs a moment between messages to land). Returns the
 * last NH count sent. Shared by the drill and test/integration/no-silent-stop.test.ts.
 */
export async function sendFlood(h: WorkflowHandle, rounds = 40): Promise<number> {
  const asOf = new Date(Date.now() - 60_000).toISOString();
  for (let round = 0; round < rounds; round++) {
    for (let burst = 0; burst < 10; burst++) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const n = round * 500 + burst * 50 + i;
          if (n % 2) return h.signal(signals.residentsUpdate, { state: 'MO', count: -(n % 3) - 1 });
          return h.signal(signals.residentsUpdate, { state: 'NH', count: 1000 + n, asOf });
        }),
      );
    }
    const last = `NH best estimate ${1000 + round * 500 + 498} `;
    for (let i = 0; i < 240; i++) {
      const s = await h.query(statusQuery).catch(() => undefined);
      if (s?.events.some((e) => e.detail.startsWith(last))) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return 1000 + rounds * 500 - 2;
}

/** The drill's flood: an incident of its own, then sendFlood; it must still answer. */
export async function flood(stack: LoadStack, id: string, log: (s: string) => void): Promise<{ answered: boolean }> {
  const incident = exampleIncident(id, { title: 'drill flood', contacts: { owner: 'flood@drill.example', escalation: [] } });
  const h = await stack.client.workflow.start('incidentWorkflow', { workflowId: id, taskQueue: stack.taskQueue, args: [{ incident }] });
  await sendFlood(h).catch((err: Error) => log(`flood: ${err.message}`));
  log(`flood: 20,000 messages sent to ${id}`);
  const s = await h.query(statusQuery).catch(() => undefined);
  return { answered: !!s };
}

/** The incident that takes 20,000 messages (not among the drill's escalation checks). */
export const FLOOD_ID = 'DRILL-FLOOD';

/** This module's faults as drill steps: the full disk, poison signals, the flood, a kill while every incident plans. */
export function inputFaultSteps(
  stack: LoadStack,
  plan: { T0: number; ids: string[]; disk: ReturnType<typeof recordsDisk> },
  record: (what: string) => void,
  kill: () => Promise<void>,
): Array<{ at: number; run: () => Promise<void> }> {
  const fullDisk = async () => {
    plan.disk.fill();
    if (plan.disk.kind.startsWith('a folder')) blockRecords(plan.disk.dir, plan.ids);
    record(`records disk full: ${plan.disk.kind}; every incident files its Bulletin notice (a record version each)`);
    await fileBulletins(stack, plan.ids);
  };
  const poison = async () => {
    record('raw signals the worker cannot read (unknown key id, json/protobuf) to every incident');
    await poisonSignals(stack, plan.ids);
  };
  const messages = async () => {
    record(`20,000 messages to ${FLOOD_ID} begin`);
    void flood(stack, FLOOD_ID, record);
  };
  const killWhilePlanning = async () => {
    const replanning = replanAll(stack, plan.ids);
    await new Promise((r) => setTimeout(r, 300));
    await kill();
    record('(the kill above fell while every incident was re-planning, with 5 incidents cached)');
    await replanning;
  };
  return [
    { at: plan.T0 + 10_000, run: fullDisk },
    { at: plan.T0 + 30_000, run: poison },
    { at: plan.T0 + 40_000, run: messages },
    { at: plan.T0 + 200_000, run: killWhilePlanning },
  ];
}
