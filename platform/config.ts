/**
 * Configuration from the environment (docs/design.md §7), validated with zod so a bad value is refused by
 * name before anything connects.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Role } from '../domain/incident/actor';
import path from 'node:path';
import { loadClientConfigProfile } from '@temporalio/envconfig';
import { z } from 'zod';
import { fieldProblems } from '../domain/incident/incident';
import { AesGcmCodec, CodecKeyError, codecKeysFromEnv } from './codec';
import { ConfigError } from './config-error';
import { parseRoleMap } from './role-map';

const OIDC_REQUIRED = ['BREACHCLOCK_OIDC_CLIENT_ID', 'BREACHCLOCK_OIDC_CLIENT_SECRET', 'BREACHCLOCK_OIDC_REDIRECT_URL', 'BREACHCLOCK_OIDC_ROLES'] as const;

const hostPort = z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, e.g. localhost:7233');
const hostPortOrOff = z.union([z.literal('0'), hostPort], { error: 'must be host:port, e.g. 127.0.0.1:9464, or 0 (off)' });
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
  /**
   * "1": the worker runs as one version of a worker deployment (docs/design.md §9, docs/operations.md); its
   * workflows run only once that version is made current. Off: an unversioned worker (npm start, the tests).
   */
  BREACHCLOCK_WORKER_VERSIONING: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0'),
  /** The worker deployment every version belongs to. */
  BREACHCLOCK_DEPLOYMENT_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be letters, digits, _ or -').default('breachclock'),
  /** This release's build ID (default: package version + hash of the workflow code, worker/build-id.ts). */
  BREACHCLOCK_BUILD_ID: z.string().regex(/^[A-Za-z0-9_.+-]{1,200}$/, 'must be letters, digits, _ . + or -').optional(),
  /** The worker's /metrics, /healthz and /readyz (docs/operations.md); 0: off. */
  BREACHCLOCK_WORKER_METRICS_ADDRESS: hostPortOrOff.default('127.0.0.1:9464'),
  /** The SDK's own Prometheus exporter, merged into the worker's /metrics; 0: off. */
  BREACHCLOCK_SDK_METRICS_ADDRESS: hostPortOrOff.default('127.0.0.1:9465'),
  /** When set, /metrics (worker and console) needs it as a Bearer token; otherwise the worker's is open where it listens and the console's on loopback only. */
  BREACHCLOCK_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BREACHCLOCK_LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error'], { error: 'must be trace, debug, info, warn or error' }).default('info'),
  /** The Temporal UI's origin, allowed by the console's codec endpoint (CORS). */
  BREACHCLOCK_UI_ORIGIN: z.url({ error: 'must be an origin such as http://localhost:8233' }).default('http://localhost:8233'),
  /** The console's API tokens, hashed (default: api-tokens.json under BREACHCLOCK_DATA_DIR). */
  BREACHCLOCK_TOKENS_FILE: z.string().min(1).optional(),
  /** Sign-in with the organisation's identity provider (docs/sign-in.md): its issuer URL, as discovery serves it. */
  BREACHCLOCK_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0' }).optional(),
  BREACHCLOCK_OIDC_CLIENT_ID: z.string().min(1).optional(),
  BREACHCLOCK_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** This console's callback as registered at the provider: https://<console>/oidc/callback */
  BREACHCLOCK_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/, error: 'must be the console\'s callback URL, e.g. https://breachclock.example.com/oidc/callback' })
    .refine((u) => new URL(u).pathname === '/oidc/callback', 'must end in /oidc/callback').optional(),
  /** The claim carrying the person's groups or app roles (Entra ID: groups or roles; Okta: groups). */
  BREACHCLOCK_OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
  /** Scopes to ask for besides "openid profile email" (Okta's org authorization server: "groups"). */
  BREACHCLOCK_OIDC_SCOPES: z.string().regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, 'must be scope names separated by single spaces').optional(),
  /** Which claim values give which role: "viewer=bc-viewers,responder=bc-responders,approver=bc-approvers,admin=bc-admins" ("|" between several values). */
  BREACHCLOCK_OIDC_ROLES: z.string().min(1).optional().superRefine((v, ctx) => {
    if (v === undefined) return;
    try {
      parseRoleMap(v);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
    }
  }),
  /** "1": trust X-Forwarded-Proto/-For from any proxy; or the proxy's addresses ("10.0.0.1,10.0.0.2" or a CIDR). Default off. */
  BREACHCLOCK_TRUST_PROXY: z.string().min(1).optional(),
  /** The console serves TLS itself with this PEM certificate (chain) and key. */
  BREACHCLOCK_TLS_CERT: z.string().min(1).optional(),
  BREACHCLOCK_TLS_KEY: z.string().min(1).optional(),
}).refine((c) => !c.TEMPORAL_TLS_CERT === !c.TEMPORAL_TLS_KEY, {
  message: 'set TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY together',
  path: ['TEMPORAL_TLS_KEY'],
}).refine((c) => !c.BREACHCLOCK_TLS_CERT === !c.BREACHCLOCK_TLS_KEY, {
  message: 'set BREACHCLOCK_TLS_CERT and BREACHCLOCK_TLS_KEY together',
  path: ['BREACHCLOCK_TLS_KEY'],
}).superRefine((c, ctx) => {
  if (!c.BREACHCLOCK_OIDC_ISSUER) return;
  for (const key of OIDC_REQUIRED) if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required with BREACHCLOCK_OIDC_ISSUER' });
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

/** The console's API token file. */
export function tokensFile(config: Pick<Config, 'BREACHCLOCK_DATA_DIR' | 'BREACHCLOCK_TOKENS_FILE'>): string {
  return config.BREACHCLOCK_TOKENS_FILE ?? path.join(config.BREACHCLOCK_DATA_DIR, 'api-tokens.json');
}

/** Sign-in with the identity provider, when configured. */
export function oidcFromConfig(config: Config): { issuer: string; clientId: string; clientSecret: string; redirectUrl: string; roleClaim: string; roleMap: Record<string, Role>; extraScopes?: string } | undefined {
  if (!config.BREACHCLOCK_OIDC_ISSUER) return undefined;
  return {
    issuer: config.BREACHCLOCK_OIDC_ISSUER, clientId: config.BREACHCLOCK_OIDC_CLIENT_ID!, clientSecret: config.BREACHCLOCK_OIDC_CLIENT_SECRET!,
    redirectUrl: config.BREACHCLOCK_OIDC_REDIRECT_URL!, roleClaim: config.BREACHCLOCK_OIDC_ROLE_CLAIM, roleMap: parseRoleMap(config.BREACHCLOCK_OIDC_ROLES!),
    extraScopes: config.BREACHCLOCK_OIDC_SCOPES,
  };
}

/** How the console meets TLS: a trusted proxy in front of it, or its own certificate. */
export function consoleTls(config: Config): { trustProxy: boolean | string; tls?: { cert: Buffer; key: Buffer } } {
  const t = config.BREACHCLOCK_TRUST_PROXY;
  const trustProxy = t === undefined || t === '0' ? false : t === '1' || t === 'true' ? true : t;
  if (!config.BREACHCLOCK_TLS_CERT || !config.BREACHCLOCK_TLS_KEY) return { trustProxy };
  try {
    return { trustProxy, tls: { cert: readFileSync(config.BREACHCLOCK_TLS_CERT), key: readFileSync(config.BREACHCLOCK_TLS_KEY) } };
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n  BREACHCLOCK_TLS_CERT: cannot read the certificate or key: ${(err as Error).message}`);
  }
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
