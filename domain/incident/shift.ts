/**
 * An incident moved in time (`breachclock incident open --determined-at now`): every instant it holds is
 * shifted by the same amount, so that determinedAt becomes the instant given and the others keep their
 * distance from it (an awareness three days before the determination stays three days before; a provider's
 * notice five days before stays five days before). Planning then works out the law's dates afresh from the
 * moved dates, as it would for an incident written that day.
 *
 * Each value keeps its form as far as it can: Z stays Z; an offset that was then in force in the zone of one
 * of the incident's states (-06:00, CST, in November for a Missouri licensee) becomes that zone's offset at
 * the new instant (-05:00, CDT, in July); any other offset stays as written; milliseconds are written when
 * the value had a fraction or the new instant needs them. Pure: the instant is handed in.
 */
import type { Incident } from './incident';
import { INCIDENT_HAPPENED, valuesAt } from './time-sense';
import { utcOffsetAt } from './time-words';

/** The forms an Instant takes (domain/incident/incident.ts): seconds, perhaps a fraction, then Z or +hh:mm. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Minutes east of UTC of an offset as written (Z, +hh:mm). */
const offsetMinutes = (offset: string): number =>
  offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** An offset in minutes as +hh:mm. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant `ms` written in the form of `was` (the instant `wasMs`): its offset follows the zone of the
 * first of `states` whose offset it was, else stays as written; a fraction when `was` had one or `ms` needs it.
 */
function writtenLike(ms: number, was: string, wasMs: number, states: readonly string[]): string {
  const [, fractionWas, offsetWas] = ISO.exec(was) ?? [was, '.000', 'Z'];
  let offset = offsetWas;
  if (offset !== 'Z') {
    const zoneState = states.find((s) => utcOffsetAt(wasMs, s) === offsetMinutes(offsetWas));
    if (zoneState !== undefined) offset = offsetText(utcOffsetAt(ms, zoneState)!);
  }
  const local = new Date(ms + offsetMinutes(offset) * 60_000).toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const fraction = fractionWas !== undefined || local.slice(20, 23) !== '000';
  return `${local.slice(0, 19)}${fraction ? local.slice(19, 23) : ''}${offset}`;
}

function setAt(x: unknown, path: string, value: string): void {
  const keys = path.split('.');
  let at = x as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

/**
 * The incident with every instant shifted so that determinedAt becomes `determinedAt`: an ISO instant (kept as
 * written) or milliseconds since the epoch (written in the form of the incident's own determinedAt).
 */
export function shiftIncident(incident: Incident, determinedAt: string | number): Incident {
  const from = Date.parse(incident.determinedAt);
  const to = typeof determinedAt === 'number' ? determinedAt : Date.parse(determinedAt);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError(`cannot move ${incident.determinedAt} to ${String(determinedAt)}`);
  const delta = to - from;
  const states = [...new Set([incident.licensee.domicileState, ...Object.keys(incident.residents)])];
  const moved = JSON.parse(JSON.stringify(incident)) as Incident;
  for (const field of INCIDENT_HAPPENED) {
    for (const [path, value] of valuesAt(incident, field.split('.'))) {
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (!Number.isNaN(ms)) setAt(moved, path, writtenLike(ms + delta, value as string, ms, states));
    }
  }
  if (typeof determinedAt === 'string') moved.determinedAt = determinedAt;
  return moved;
}
