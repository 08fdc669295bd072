/**
 * `--determined-at now|<instant>` on `breachclock plan` and `breachclock incident open`: the incident moved in
 * time so that it was determined then, every other instant keeping its distance from the determination
 * (domain/incident/shift.ts). An example, or a rehearsal, then opens on any day without being days overdue.
 */
import { Instant, parseIncident } from '../domain/incident/incident';
import { shiftIncident } from '../domain/incident/shift';

export const DETERMINED_AT_OPTION = {
  type: 'string',
  value: 'now|instant',
  help: 'move every date of the incident so that it was determined then (now, or e.g. 2026-11-23T10:15:00-06:00)',
} as const;

/** An invalid value, in the words the CLI prints after `--determined-at: `. */
export class DeterminedAtError extends Error {}

/** The option's instant: `now` (to the second), or an ISO-8601 instant with an offset as the incident's own dates are. */
export function determinedAtValue(value: string, now: number): string | number {
  if (value.trim().toLowerCase() === 'now') return Math.floor(now / 1000) * 1000;
  const r = Instant.safeParse(value);
  if (!r.success) throw new DeterminedAtError(`must be now or an ISO-8601 date-time with an offset between the years 2000 and 2100, e.g. 2026-11-23T10:15:00-06:00 (not ${JSON.stringify(value)})`);
  return r.data;
}

/**
 * The raw incident moved to the option's instant; without the option, as read. An incident that does not
 * parse is handed on as read, for the door to refuse naming each field as it always does.
 */
export function withDeterminedAt(raw: unknown, option: string | boolean | undefined, now: number): unknown {
  if (typeof option !== 'string') return raw;
  const to = determinedAtValue(option, now);
  const parsed = parseIncident(raw);
  return parsed.ok ? shiftIncident(parsed.value, to) : raw;
}
