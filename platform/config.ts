/**
 * Configuration from the environment (docs/design.md §7), validated with zod so a bad value is refused by
 * name before anything connects.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadClientConfigProfile } from '@temporalio/envconfig';
import { z } from 'zod';
import { fieldProblems } from '../domain/incident/incident';
import { AesGcmCodec, CodecKeyError, codecKeysFromEnv } from './codec';
import { ConfigError } from './config-error';

const hostPort = z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, e.g. localhost:7233');
const port = z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(1).max(65535);

export const Config = z.object({
  TEMPORAL_ADDRESS: hostPort.default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('breachclock'),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY: z.string().min(1).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).default('smtp://localhost:1025'),
  // A sender on a local host (breachclock@localhost, the documented default) is a valid From address.
  MAIL_FROM: z.string().regex(/^[^\s@<>()",;:]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/, 'must be an email address').max(254).default('breachclock@localhost'),
  BREACHCLOCK_CONSOLE_PORT: port.default(3000),
  /** Where people open the console: emails link each incident there (default http://localhost:<console port>). */
  BREACHCLOCK_CONSOLE_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://breachclock.example.com' }).optional(),
  /** Operations address the watchdog tells of every stuck incident, besides the incident's own contacts. */
  BREACHCLOCK_ALERT_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  BREACHCLOCK_CONSOLE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BREACHCLOCK_DATA_DIR: z.string().min(1).default('./.breachclock'),
  /** Where incident records are kept past Temporal's retention (default: records/ under BREACHCLOCK_DATA_DIR). */
  BREACHCLOCK_RECORDS_DIR: z.string().min(1).optional(),
  /**
   * Cap on cached workflows: without one the SDK default on this machine is ~2,300 (docs/design.md §9).
   * An evicted incident replays on its next wake (docs/performance.md).
   */
  /** "1": the worker takes plaintext payloads although a codec is set (incidents begun before encryption). */
  BREACHCLOCK_ACCEPT_PLAINTEXT: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  BREACHCLOCK_MAX_CACHED_WORKFLOWS: z.coerce.number({ error: 'must be a number' }).int().min(1).default(100),
  /**
   * Old-space cap of the workflow thread's V8 heap, in MiB (default: 64 + 1 per cached workflow). Without
   * a cap V8 lets that heap reach several hundred MiB of garbage before collecting (issue 7).
   */
  BREACHCLOCK_WORKFLOW_HEAP_MB: z.coerce.number({ error: 'must be a number' }).int().min(32).optional(),
  /** Payload encryption keys, newest first: "id:base64,id:base64" (platform/codec.ts). */
  BREACHCLOCK_CODEC_KEYS: z.string().min(1).optional(),
  /** Or a JSON key file {"keys":[{"id","key"}]}; `npm start` makes one under BREACHCLOCK_DATA_DIR. */
  BREACHCLOCK_CODEC_KEY_FILE: z.string().min(1).optional(),
  /** A prebuilt workflow bundle; the compiled worker defaults to dist/workflow-bundle.js, one run from the sources bundles at start. */
  BREACHCLOCK_WORKFLOW_BUNDLE: z.string().min(1).optional(),
  /** The Temporal UI's origin, allowed by the console's codec endpoint (CORS). */
  BREACHCLOCK_UI_ORIGIN: z.url({ error: 'must be an origin such as http://localhost:8233' }).default('http://localhost:8233'),
}).refine((c) => !c.TEMPORAL_TLS_CERT === !c.TEMPORAL_TLS_KEY, {
  message: 'set TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY together',
  path: ['TEMPORAL_TLS_KEY'],
});
export type Config = z.infer<typeof Config>;

export { ConfigError };

/**
 * The Temporal connection as the `temporal` CLI reads it (@temporalio/envconfig): its environment variables
 * (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TLS_CLIENT_CERT_PATH, ...) over a profile
 * in its configuration file (TEMPORAL_PROFILE, TEMPORAL_CONFIG_FILE), so one configuration serves both.
 * breachclock's own TEMPORAL_TLS_CERT / TEMPORAL_TLS_KEY still win where set.
 */
const pathOf = (source: unknown): string | undefined =>
  source && typeof source === 'object' && 'path' in source ? String(source.path) : undefined;

function temporalProfile(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  let profile: ReturnType<typeof loadClientConfigProfile>;
  try {
    const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
    profile = loadClientConfigProfile({ overrideEnvVars: vars });
  } catch (err) {
    const where = env.TEMPORAL_PROFILE ? 'TEMPORAL_PROFILE' : 'TEMPORAL_CONFIG_FILE';
    throw new ConfigError(`Invalid configuration:\n  ${where}: ${(err as Error).message}`);
  }
  return {
    TEMPORAL_ADDRESS: profile.address,
    TEMPORAL_NAMESPACE: profile.namespace,
    TEMPORAL_API_KEY: profile.apiKey,
    TEMPORAL_TLS_CERT: pathOf(profile.tls?.clientCert),
    TEMPORAL_TLS_KEY: pathOf(profile.tls?.clientKey),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const fromProfile = temporalProfile(env);
  const picked = Object.fromEntries(Object.keys(Config.shape ?? {}).map((k) => [k, (env[k] === '' ? undefined : env[k]) ?? fromProfile[k]]));
  const r = Config.safeParse(picked);
  if (!r.success) {
    throw new ConfigError(
      `Invalid configuration:\n${fieldProblems(r.error).map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  return r.data;
}

/** The payload codec the configuration asks for, or undefined when no key is configured. */
export function codecFromConfig(config: Pick<Config, 'BREACHCLOCK_CODEC_KEYS' | 'BREACHCLOCK_CODEC_KEY_FILE'>): AesGcmCodec | undefined {
  try {
    const keys = codecKeysFromEnv(config);
    return keys.length ? new AesGcmCodec(keys) : undefined;
  } catch (err) {
    if (err instanceof CodecKeyError) throw new ConfigError(`Invalid configuration:\n  ${err.message}`);
    throw err;
  }
}

/**
 * The embedded default for the entry points (CLI, console, worker): with no key configured, use the key
 * file `npm start` keeps under BREACHCLOCK_DATA_DIR, so every part on this machine reads the same payloads.
 */
export function withDefaultKeyFile(config: Config): Config {
  if (config.BREACHCLOCK_CODEC_KEYS || config.BREACHCLOCK_CODEC_KEY_FILE) return config;
  const file = path.join(config.BREACHCLOCK_DATA_DIR, 'codec-keys.json');
  return existsSync(file) ? { ...config, BREACHCLOCK_CODEC_KEY_FILE: file } : config;
}

/** The folder of incident records (platform/record-store.ts). */
export function recordsDir(config: Pick<Config, 'BREACHCLOCK_DATA_DIR' | 'BREACHCLOCK_RECORDS_DIR'>): string {
  return config.BREACHCLOCK_RECORDS_DIR ?? path.join(config.BREACHCLOCK_DATA_DIR, 'records');
}

/** The console's base URL emails link to. */
export function consoleUrl(config: Pick<Config, 'BREACHCLOCK_CONSOLE_URL' | 'BREACHCLOCK_CONSOLE_PORT'>): string {
  return config.BREACHCLOCK_CONSOLE_URL ?? `http://localhost:${config.BREACHCLOCK_CONSOLE_PORT}`;
}
