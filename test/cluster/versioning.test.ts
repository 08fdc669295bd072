/**
 * Worker Versioning on the production shape (issue 25; docs/operations.md, "Upgrading"): a real Temporal
 * server v1.29.1 on PostgreSQL, version A's worker and then version B's, B carrying a change that cannot
 * replay A's histories, every step taken with the `temporal` CLI commands of the runbook. Skipped, saying
 * why, only where PostgreSQL or the server build (Go) cannot be had.
 */
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { bundleWorkflowCode } from '@temporalio/worker';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startMailSink, type MailSink } from '../../scripts/dev/mail-sink';
import { clusterUnavailable, startCluster, type Cluster } from '../../scripts/dev/cluster';
import { superviseWorker, type SupervisedWorker } from '../../scripts/dev/supervisor';
import { resolveTemporalBinaries } from '../../scripts/dev/temporal-binaries';
import { AesGcmCodec, codecKeysFromEnv, dataConverterFor, ensureKeyFile } from '../../platform/codec';
import { defaultBuildId } from '../../worker/build-id';
import { BUNDLE_OPTIONS } from '../../worker/worker';
import { INCIDENT_WORKFLOW, signals, statusQuery, updates } from '../../workflows/messages';
import { WATCHDOG_WORKFLOW_ID } from '../../workflows/watchdog';
import { shiftIncident } from '../../domain/incident/shift';
import { exampleIncident, uniqueId, openingOf } from '../helpers/fixtures';
import { signedOff } from '../helpers/sign-off';

const missing = clusterUnavailable();
if (missing) console.warn(`versioning tests skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;

const DEPLOYMENT = 'breachclock';
const quiet = { log() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {} } as never;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The runbook's query: the incidents that hold a version (the watchdog follows the current one, AUTO_UPGRADE). */
const pinnedTo = (buildId: string) => `TemporalWorkerDeploymentVersion="${DEPLOYMENT}:${buildId}" AND TemporalWorkflowVersioningBehavior="Pinned" AND ExecutionStatus="Running"`;

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await sleep(500);
  }
}

/** A workflow bundle written to a file, as `npm run build:bundle` writes one for a release. */
async function bundleFile(dir: string, name: string, workflowsPath: string): Promise<string> {
  const { code } = await bundleWorkflowCode({ ...BUNDLE_OPTIONS, workflowsPath, logger: quiet });
  const file = path.join(dir, `${name}.js`);
  writeFileSync(file, code);
  return file;
}

maybe('worker versioning on a Temporal server with PostgreSQL', () => {
  let cluster: Cluster;
  let sink: MailSink;
  let client: Client;
  let base: NodeJS.ProcessEnv;
  let dir: string;
  const workers: SupervisedWorker[] = [];
  const taskQueue = 'versioned';
  /** What the first test leaves for the second: A's bundle and build ID, and the incidents pinned to A. */
  let bundleA: string;
  let A: string;
  let onA: WorkflowHandle[] = [];

  /** The runbook's `temporal` CLI against the cluster, its JSON output parsed. */
  const temporal = async (...args: string[]): Promise<unknown> => {
    const cli = (resolveTemporalBinaries().devServer.executable as { path?: string }).path ?? 'temporal';
    const { stdout } = await promisify(execFile)(cli, [...args, '--address', cluster.address, '--namespace', cluster.namespace, '-o', 'json']);
    return stdout.trim() ? JSON.parse(stdout) : undefined;
  };
  /** Starts a version's worker and makes it current once it polls (set-current-version refuses a version without pollers). */
  const deploy = async (bundle: string, buildId = defaultBuildId({ BREACHCLOCK_WORKFLOW_BUNDLE: bundle })): Promise<string> => {
    const env = { ...base, BREACHCLOCK_WORKER_VERSIONING: '1', BREACHCLOCK_DEPLOYMENT_NAME: DEPLOYMENT, BREACHCLOCK_WORKFLOW_BUNDLE: bundle, BREACHCLOCK_BUILD_ID: buildId };
    workers.push(superviseWorker(env, () => undefined));
    await until(`version ${buildId} current`, 90_000, async () => {
      await temporal('worker', 'deployment', 'set-current-version', '--deployment-name', DEPLOYMENT, '--build-id', buildId, '--yes');
      return true;
    });
    return buildId;
  };
  const versionOf = async (h: WorkflowHandle, runId?: string) => {
    const info = (await client.workflow.getHandle(h.workflowId, runId).describe()).raw.workflowExecutionInfo?.versioningInfo;
    return { buildId: info?.deploymentVersion?.buildId, behavior: info?.behavior };
  };
  const drainage = async (buildId: string) => {
    const d = (await temporal('worker', 'deployment', 'describe-version', '--deployment-name', DEPLOYMENT, '--build-id', buildId)) as { drainageInfo?: { drainageStatus?: string } };
    return d.drainageInfo?.drainageStatus ?? JSON.stringify(d);
  };
  const openIncident = async () => {
    const incident = shiftIncident(exampleIncident(), Date.now());
    incident.incidentId = uniqueId('PG-VERSION');
    const h = await client.workflow.start(INCIDENT_WORKFLOW, { workflowId: incident.incidentId, taskQueue, args: [{ incident }] });
    await openingOf(sink, client, incident.incidentId, 90_000);
    return h;
  };

  beforeAll(async () => {
    cluster = await startCluster({ versioning: { drainageRefresh: '5s', drainageGracePeriod: '5s' }, log: (l) => console.log(`[cluster] ${l}`) });
    sink = await startMailSink();
    dir = mkdtempSync(path.join(os.tmpdir(), 'bc-versioning-'));
    const keyFile = path.join(dir, 'codec-keys.json');
    ensureKeyFile(keyFile);
    base = { ...process.env, TEMPORAL_ADDRESS: cluster.address, TEMPORAL_NAMESPACE: cluster.namespace, TEMPORAL_TASK_QUEUE: taskQueue, SMTP_URL: sink.url, BREACHCLOCK_CODEC_KEY_FILE: keyFile, BREACHCLOCK_DATA_DIR: dir, BREACHCLOCK_WORKER_METRICS_ADDRESS: '0' };
    const codec = new AesGcmCodec(codecKeysFromEnv({ BREACHCLOCK_CODEC_KEY_FILE: keyFile }));
    client = new Client({ connection: await Connection.connect({ address: cluster.address }), namespace: cluster.namespace, dataConverter: dataConverterFor(codec) });
  }, 240_000);
  afterAll(async () => {
    for (const w of workers) await w.stop();
    await client?.connection.close();
    await sink?.close();
    await cluster?.stop();
  }, 120_000);

  test('B (not replay-compatible) made current: A keeps its incidents, which work on A and continue as new; B takes new ones; A cannot drain yet', async () => {
    bundleA = await bundleFile(dir, 'version-a', BUNDLE_OPTIONS.workflowsPath);
    const bundleB = await bundleFile(dir, 'version-b', require.resolve('../fixtures/incompatible/version-b'));
    A = await deploy(bundleA);
    onA = [await openIncident(), await openIncident()];
    for (const h of onA) expect(await versionOf(h)).toEqual({ buildId: A, behavior: 1 /* PINNED */ });
    // The watchdog a versioned worker started follows the current version instead of holding A.
    expect(await versionOf(client.workflow.getHandle(WATCHDOG_WORKFLOW_ID))).toEqual({ buildId: A, behavior: 2 /* AUTO_UPGRADE */ });

    const B = await deploy(bundleB);
    expect(B).not.toBe(A);
    const onB = await openIncident();
    expect(await versionOf(onB)).toEqual({ buildId: B, behavior: 1 });
    // B's own code ran it: its first command is the incompatible change's timer.
    const firstCommand = (await onB.fetchHistory()).events!.find((e) => e.timerStartedEventAttributes || e.activityTaskScheduledEventAttributes);
    expect(firstCommand?.timerStartedEventAttributes).toBeTruthy();

    // A's incidents are still served by A: news is taken, and a deadline fires and emails.
    const [first, second] = onA;
    const done = await first.executeUpdate(updates.obligationCompleted, { args: [{ obligationId: 'MO/regulator-notice', completedAt: new Date().toISOString(), completedBy: 'privacy officer' }] });
    expect(done.obligations.find((o) => o.id === 'MO/regulator-notice')?.state).toBe('done');
    const due = new Date(Date.now() + 15_000).toISOString();
    await signedOff(second, 'regulatorDirective', { obligationId: 'NH/regulator-notice', dueAt: due });
    const overdue = await sink.waitFor((m) => m.messageId.startsWith(`<${second.workflowId}.NH_regulator-notice.overdue-0-`), 90_000);
    expect(overdue.receivedAt.getTime()).toBeGreaterThan(Date.parse(due));

    // A flood of news takes the first incident past its run's event budget: it continues as new.
    for (let batch = 0; batch < 16; batch++) {
      await Promise.all(Array.from({ length: 100 }, () => first.signal(signals.residentsUpdate, { state: 'MO', count: -1 })));
    }
    const runIds = await until('a continue-as-new', 90_000, async () => {
      const s = await first.query(statusQuery);
      return s.runIds.length > 1 ? s.runIds : undefined;
    });
    const next = await versionOf(first, runIds[runIds.length - 1]);
    // Server 1.29.1 (API v1.53) has no ContinueAsNewVersioningBehavior: a pinned run's next run inherits its
    // version, and the AUTO_UPGRADE asked for is dropped (docs/design.md §9). On a server that honours it,
    // this is B: change the expectation then.
    expect(next).toEqual({ buildId: A, behavior: 1 });
    expect((await first.query(statusQuery)).obligations.find((o) => o.id === 'MO/regulator-notice')?.state).toBe('done');

    // Nothing lost, nothing twice: each incident's opening summary and the overdue notice arrived once.
    const ids = [...onA, onB].map((h) => h.workflowId);
    const mail = sink.messages.filter((m) => ids.some((id) => m.messageId.startsWith(`<${id}.`)));
    const counts = new Map<string, number>();
    for (const m of mail) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    for (const id of ids) expect(counts.get(`<${id}.incident.opening@breachclock>`)).toBe(1);

    // A is no longer current but its pinned incidents are open: draining, so its workers must stay up.
    expect(
      await until('A draining', 60_000, async () => {
        const status = await drainage(A);
        if (!/DRAINING/i.test(status)) throw new Error(status);
        return 'draining';
      }),
    ).toBe('draining');
    const current = (await temporal('worker', 'deployment', 'describe', '--name', DEPLOYMENT)) as { routingConfig?: { currentVersionBuildID?: string } };
    expect(current.routingConfig?.currentVersionBuildID).toBe(B);
    // The runbook's query finds the incidents that hold A.
    const holdingA = await until('visibility to list A', 60_000, async () => {
      const found: string[] = [];
      for await (const w of client.workflow.list({ query: pinnedTo(A) })) found.push(w.workflowId);
      return found.length === onA.length ? found.sort() : undefined;
    });
    expect(holdingA).toEqual(onA.map((h) => h.workflowId).sort());
  }, 300_000);

  test("a compatible version C takes A's incidents by override: A drains, its worker stops, the incidents run on", async () => {
    expect(onA.length).toBe(2); // the first test's incidents, pinned to A
    const C = await deploy(bundleA, `${A}-c`);
    await temporal('workflow', 'update-options', '--query', pinnedTo(A), '--versioning-override-behavior', 'pinned', '--versioning-override-deployment-name', DEPLOYMENT, '--versioning-override-build-id', C, '--reason', 'A to C (replay-compatible)', '--yes');
    for (const h of onA) {
      await until(`${h.workflowId} overridden to C`, 60_000, async () => {
        const info = (await h.describe()).raw.workflowExecutionInfo?.versioningInfo;
        return info?.versioningOverride?.pinned?.version?.buildId === C ? true : undefined;
      });
    }
    await until('A drained', 90_000, async () => {
      const status = await drainage(A);
      if (!/^drained$/i.test(status)) throw new Error(status);
      return true;
    });
    await workers[0].stop();
    // With A's worker gone, C serves them: news taken, a deadline fires and emails.
    const [first] = onA;
    const due = new Date(Date.now() + 10_000).toISOString();
    await signedOff(first, 'regulatorDirective', { obligationId: 'NH/regulator-notice', dueAt: due });
    await sink.waitFor((m) => m.messageId.startsWith(`<${first.workflowId}.NH_regulator-notice.overdue-0-`), 90_000);
    for (const h of onA) expect((await h.query(statusQuery)).phase).toBe('open');
    const counts = new Map<string, number>();
    for (const m of sink.messages) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    expect([...counts.entries()].filter(([, n]) => n > 1)).toEqual([]);
  }, 240_000);
});
