/**
 * Structured logs: JSON, one line per event, with pino (fastify's own logger, so the worker and the console
 * write the same shape). Nothing an incident says reaches a log: the SDK's metadata is kept only where it is a
 * plain value (IDs, types, attempts, durations; not an activity's task token), objects (payloads, arguments, results) are dropped, errors keep
 * their type and message, and email addresses in any text are masked.
 */
import type { LogLevel, LogMetadata, Logger } from '@temporalio/common';
import pino, { type Logger as Pino } from 'pino';

const EMAIL_ADDRESS = /[^\s<>()"',;:@]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g;
const MAX_TEXT = 500;
/** An activity's task token completes it from anywhere: a capability, kept out of logs. */
const WITHHELD = new Set(['taskToken']);

/** Text fit for a log line: addresses masked, length bounded. */
export function scrubbed(text: string): string {
  const masked = text.replace(EMAIL_ADDRESS, '<address>');
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

/** The metadata a log line may carry: plain values, and an error's type and message. */
export function safeFields(meta: LogMetadata | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta ?? {})) {
    if (WITHHELD.has(key)) continue;
    if (typeof value === 'string') out[key] = scrubbed(value);
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else if (value instanceof Error) out[key] = { type: value.name, message: scrubbed(value.message) };
  }
  return out;
}

/** A JSON logger to stdout (or the stream given), ISO times and level names. */
export function jsonLogger(service: string, opts: { level?: string; stream?: pino.DestinationStream } = {}): Pino {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    opts.stream ?? pino.destination({ dest: 1, sync: true }),
  );
}

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/** The Temporal SDK's Logger over pino: the Runtime's logger, for the SDK's, workflows' and activities' logs. */
export function sdkLogger(log: Pino): Logger {
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => log[LEVELS[level]](safeFields(meta), scrubbed(message));
  return {
    log: write,
    trace: (m, meta) => write('TRACE', m, meta),
    debug: (m, meta) => write('DEBUG', m, meta),
    info: (m, meta) => write('INFO', m, meta),
    warn: (m, meta) => write('WARN', m, meta),
    error: (m, meta) => write('ERROR', m, meta),
  };
}
