/**
 * `npm start`: the whole stack on this machine. The Temporal dev server with a persistent SQLite file
 * under BREACHCLOCK_DATA_DIR and the Web UI on :8233, our search attributes registered; a local mail
 * sink on loopback that keeps every message as a file; the worker. Ctrl-C stops everything; a second
 * `npm start` still has the first run's incidents.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { dataConverterFor, ensureKeyFile } from '../../platform/codec';
import { codecFromConfig, ConfigError, loadConfig, recordsDir, tokensFile } from '../../platform/config';
import { RecordStore } from '../../platform/record-store';
import { startMailSink } from './mail-sink';
import { startDevServer } from './servers';
import { freePort, startUiProxy } from './ui-proxy';
import { superviseWorker } from './supervisor';
import { buildConsole } from '../../client/console/server';

/** Whether something already listens on a loopback port (an orphaned dev server from an earlier run). */
function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

const UI_PORT = Number(process.env.BREACHCLOCK_UI_PORT ?? 8233);
/** Where people open the UI: the origin the console's codec endpoint allows (CORS with credentials). */
const UI_ORIGIN = `http://localhost:${UI_PORT}`;
/** The console's codec endpoint on `localhost`, the host the console's session cookie is set for. */
const codecEndpointOf = (consolePort: number) => `http://localhost:${consolePort}/codec`;

/**
 * The configuration `npm start` runs with, after its checks: a loopback Temporal address, the data folder
 * (0700), a codec key kept there unless one is given, and every port free (never "run" on a server this
 * process does not own: an orphaned dev server would hold other data).
 */
async function prepare() {
  const config = loadConfig();
  const dataDir = path.resolve(config.BREACHCLOCK_DATA_DIR);
  // Incidents, mail and the codec key live here: readable by this user only.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const [host, portText] = config.TEMPORAL_ADDRESS.split(/:(?=\d+$)/);
  if (!/^(localhost|127\.0\.0\.1)$/.test(host)) {
    throw new ConfigError(`TEMPORAL_ADDRESS: npm start runs its own dev server on loopback; use npm run worker for ${config.TEMPORAL_ADDRESS}`);
  }
  const smtpPort = Number(new URL(config.SMTP_URL).port || 25);
  // Payloads are encrypted at rest: with no key given, npm start keeps one in the data folder (mode 0600).
  if (!config.BREACHCLOCK_CODEC_KEYS && !config.BREACHCLOCK_CODEC_KEY_FILE) {
    config.BREACHCLOCK_CODEC_KEY_FILE = path.join(dataDir, 'codec-keys.json');
    ensureKeyFile(config.BREACHCLOCK_CODEC_KEY_FILE);
  }
  const ports = [['Temporal gRPC', Number(portText), 'TEMPORAL_ADDRESS'], ['Temporal Web UI', UI_PORT, 'BREACHCLOCK_UI_PORT'], ['SMTP mail sink', smtpPort, 'SMTP_URL'], ['ops console', config.BREACHCLOCK_CONSOLE_PORT, 'BREACHCLOCK_CONSOLE_PORT']] as const;
  for (const [what, port, variable] of ports) {
    if (await portInUse('127.0.0.1', port)) {
      throw new ConfigError(`${variable}: port ${port} (${what}) is already in use, perhaps by a dev server or worker left from an earlier run that this npm start does not own. Stop it (for example: fuser -k ${port}/tcp) or choose another port.`);
    }
  }
  // The console listens on loopback only; npm start keeps a token in the data folder unless one is given,
  // so the Temporal UI's codec setting and scripts keep working across restarts.
  const tokenFile = path.join(dataDir, 'console-token');
  if (!config.BREACHCLOCK_CONSOLE_TOKEN && !existsSync(tokenFile)) writeFileSync(tokenFile, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
  const token = config.BREACHCLOCK_CONSOLE_TOKEN ?? readFileSync(tokenFile, 'utf8').trim();
  return { config, dataDir, dbFilename: path.join(dataDir, 'temporal.sqlite'), grpcPort: Number(portText), smtpPort, codec: codecFromConfig(config)!, token, tokenFile };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** The dev server, the mail sink, the supervised worker and the console, in that order. */
async function startStack(p: Prepared) {
  const { config } = p;
  console.log('breachclock: starting the Temporal dev server (SQLite: %s)', p.dbFilename);
  // The UI decodes payloads through the console's codec endpoint from the first run: the endpoint is the
  // dev server's UI setting, and the pass-through on UI_PORT adds the credentials the console asks for.
  const uiUpstream = await freePort();
  const env = await startDevServer({ dbFilename: p.dbFilename, port: p.grpcPort, uiPort: uiUpstream, uiCodecEndpoint: codecEndpointOf(config.BREACHCLOCK_CONSOLE_PORT) });
  const ui = await startUiProxy(UI_PORT, uiUpstream);
  console.log('breachclock: starting the local mail sink');
  const sink = await startMailSink({ port: p.smtpPort, dir: path.join(p.dataDir, 'mail') });
  console.log('breachclock: starting the worker in its own process (supervised: it comes back if it dies)');
  const verbose = process.argv.includes('--verbose') || !!process.env.BREACHCLOCK_VERBOSE;
  const workerEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
    TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
    SMTP_URL: sink.url,
    ...(config.BREACHCLOCK_CODEC_KEY_FILE ? { BREACHCLOCK_CODEC_KEY_FILE: config.BREACHCLOCK_CODEC_KEY_FILE } : {}),
  };
  // The SDK's own info lines and webpack's module list only with --verbose.
  const worker = superviseWorker(workerEnv, (line) => {
    if (verbose || /exited|restarting|error|failed|warning/i.test(line)) console.log(`[worker] ${line}`);
  });
  const client = new Client({ connection: env.connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(p.codec) });
  const records = new RecordStore(recordsDir(config), p.codec);
  const consoleApp = await buildConsole({ client, taskQueue: config.TEMPORAL_TASK_QUEUE, token: p.token, mailbox: sink, codec: p.codec, records, uiOrigin: UI_ORIGIN, tokensFile: tokensFile(config) });
  await consoleApp.listen({ host: '127.0.0.1', port: config.BREACHCLOCK_CONSOLE_PORT });
  return { env, ui, sink, worker, consoleApp };
}

function banner(p: Prepared, s: Awaited<ReturnType<typeof startStack>>): string {
  const { config } = p;
  const consoleUrl = `http://localhost:${config.BREACHCLOCK_CONSOLE_PORT}`;
  return `
breachclock is running.
  Ops console       ${consoleUrl}/login?code=${s.consoleApp.issueLoginCode()}
                    (a one-time sign-in link, valid 10 minutes; afterwards sign in with the token in
                    ${config.BREACHCLOCK_CONSOLE_TOKEN ? 'BREACHCLOCK_CONSOLE_TOKEN' : p.tokenFile})
                    (incidents, deadlines and timeline, message forms, mail received: ${consoleUrl}/mail)
  Temporal Web UI   http://localhost:${UI_PORT}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows
                    payloads are encrypted (AES-256-GCM, key ${p.codec.currentKeyId} in ${config.BREACHCLOCK_CODEC_KEY_FILE ?? 'BREACHCLOCK_CODEC_KEYS'});
                    the UI decodes them through ${codecEndpointOf(config.BREACHCLOCK_CONSOLE_PORT)} once this browser is
                    signed in to the console (open it at ${UI_ORIGIN}: the origin the codec endpoint allows)
  Temporal gRPC     ${config.TEMPORAL_ADDRESS} (namespace ${config.TEMPORAL_NAMESPACE}, task queue ${config.TEMPORAL_TASK_QUEUE})
  Mail sink (SMTP)  ${s.sink.url}  messages saved as .eml in ${path.join(p.dataDir, 'mail')}
  Data              ${p.dataDir} (mode 0700; in production keep the codec key file away from the data it protects)
  Worker            its own process (pid ${s.worker.pid() ?? '?'}), restarted if it dies; --verbose shows its log

Open an incident:   npx breachclock incident open examples/incident-mo-nh.json --determined-at now
Its status:         npx breachclock incident status INC-2026-0042
Notice drafts:      npx breachclock incident report INC-2026-0042
Press Ctrl-C to stop.
`;
}

async function main(): Promise<void> {
  const prepared = await prepare();
  const stack = await startStack(prepared);
  console.log(banner(prepared, stack));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nbreachclock: stopping (console, worker, mail sink, dev server)...');
    await stack.consoleApp.close();
    await new Promise((resolve) => stack.ui.close(resolve));
    await stack.worker.stop();
    await stack.sink.close();
    await stack.env.teardown();
    console.log('breachclock: stopped; incidents are kept in', prepared.dbFilename);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `breachclock: ${(err as Error).message}`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
