/**
 * Helpers for whole incident lives on the time-skipping server. The examples are moved 28 years ahead
 * (2026 -> 2054): the Gregorian calendar repeats weekdays every 28 years, so every statutory holiday and
 * DST change falls on the same dates, and the server's clock (which starts at today's real time) can
 * always move forward to them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Incident } from '../../domain/incident/incident';
import type { IncidentStatus } from '../../domain/incident/status';
import type { incidentWorkflow } from '../../workflows/incident';
import { INCIDENT_WORKFLOW } from '../../workflows/messages';
import type { TimeSkipping } from './time-skipping';
import { openingOf } from './fixtures';

const HISTORIES = path.join(__dirname, '../fixtures/histories');

/** Moves every 2026 instant of an example 28 years ahead, to the same weekdays and holidays. */
export function in2054<T>(x: T): T {
  return JSON.parse(JSON.stringify(x).replace(/"2026-/g, '"2054-'));
}
export const at = (iso: string) => Date.parse(iso.replace(/^2026-/, '2054-'));
export const find = (s: IncidentStatus, id: string) => s.obligations.find((o) => o.id === id);

/** Each (obligation, slot, instant) must have a reminderSent event within the same minute. */
export function expectRemindersAt(status: IncidentStatus, expected: Array<[string, string, string]>) {
  const sent = status.events.filter((e) => e.type === 'reminderSent');
  for (const [id, slot, when] of expected) {
    const hit = sent.find((e) => e.detail.startsWith(`reminder ${slot} for ${id}:`));
    expect({ id, slot, sent: hit !== undefined }).toEqual({ id, slot, sent: true });
    expect(Math.abs(Date.parse(hit!.at) - at(when))).toBeLessThan(60_000);
  }
  return sent;
}

export function lifeHelpers(t: TimeSkipping) {
  /** Moves the server's clock to a 2026 instant of the example, read in 2054. */
  const advanceTo = async (iso: string): Promise<void> => {
    const target = at(iso);
    const now = await t.env.currentTimeMs();
    if (target > now) await t.env.sleep(target - now);
  };
  /** Starts the incident and waits for its opening email. */
  const start = async (incident: Incident) => {
    const handle = await t.env.client.workflow.start<typeof incidentWorkflow>(INCIDENT_WORKFLOW, { workflowId: incident.incidentId, taskQueue: t.taskQueue, args: [{ incident }] });
    await openingOf(t.sink, t.env.client, incident.incidentId);
    return handle;
  };
  /**
   * `RECORD_HISTORIES=<release> npx jest test/workflow/incident-lives.test.ts` records a release's histories in
   * test/fixtures/histories/<release>/ (one folder per released version, each replayed by test/workflow/replay.test.ts).
   */
  const saveHistory = async (workflowId: string, name: string) => {
    const release = process.env.RECORD_HISTORIES;
    if (!release) return;
    if (!/^\d+\.\d+(\.\d+)?$/.test(release)) throw new Error(`RECORD_HISTORIES must name the release, e.g. 1.1 (got ${release})`);
    const history = await t.env.client.workflow.getHandle(workflowId).fetchHistory();
    mkdirSync(path.join(HISTORIES, release), { recursive: true });
    writeFileSync(path.join(HISTORIES, release, `${name}.json`), JSON.stringify(history));
  };
  return { advanceTo, start, saveHistory };
}
