/**
 * News that makes sense in time: a date on which something already happened (a filing, a close, a
 * provider's notice, the determination itself) cannot be in the future. A small allowance covers clocks
 * that run a little apart. Workflow-safe: `now` is handed in.
 */
import type { FieldProblem, Incident } from './incident';
import type { MessageName } from './message-names';
import { humanTimeAsWritten } from './time-words';

/** Clocks a few minutes apart (a laptop, the server) are not a typo. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** The fields of each message that record when something happened (dates ahead, such as a due date or a target, are not). */
const HAPPENED: Partial<Record<MessageName, string[]>> = {
  obligationCompleted: ['completedAt'],
  followUpCompleted: ['completedAt'],
  closeIncident: ['closedAt'],
  residentsUpdate: ['asOf'],
  thirdPartyNotice: ['notifiedLicenseeAt', 'actualKnowledgeAt'],
  eventDetailsUpdate: ['occurredAt', 'compromisedFrom', 'compromisedUntil', 'agencyNotices.*.notifiedAt', 'investigation.*.doneAt'],
};

/** The incident's own dates that record what happened: every instant an incident holds (domain/incident/shift.ts moves them all). */
export const INCIDENT_HAPPENED = [
  'determinedAt',
  'awareAt',
  'thirdParty.notifiedLicenseeAt',
  'thirdParty.actualKnowledgeAt',
  'reinsurerNotice.notifiedAt',
  // Issue #26: the breach laws' facts (discovery, consumers told, a no-harm finding, a law-enforcement request).
  'discoveredAt',
  'consumerNoticeGivenAt.*',
  'noHarmDetermination.*.madeAt',
  'noHarmDetermination.*.attorneyGeneralNotifiedAt',
  'lawEnforcementDelay.requestedAt',
  'lawEnforcementDelay.liftedAt',
  ...(HAPPENED.eventDetailsUpdate ?? []).map((f) => `eventDetails.${f}`),
];

/** Every value at a dotted path, `*` standing for each element or key, with its own path. */
export function valuesAt(x: unknown, path: string[], prefix = ''): Array<[string, unknown]> {
  if (!path.length) return [[prefix, x]];
  if (typeof x !== 'object' || x === null) return [];
  const [head, ...rest] = path;
  const keys = head === '*' ? Object.keys(x) : [head];
  return keys.flatMap((k) => valuesAt((x as Record<string, unknown>)[k], rest, prefix ? `${prefix}.${k}` : k));
}

function future(x: unknown, paths: string[], now: number): FieldProblem[] {
  const limit = now + CLOCK_SKEW_MS;
  return paths.flatMap((p) =>
    valuesAt(x, p.split('.'))
      .filter(([, v]) => typeof v === 'string' && Date.parse(v) > limit)
      .map(([path, v]) => ({ path, message: `${humanTimeAsWritten(String(v))} is in the future (it is now ${humanTimeAsWritten(String(v), now)}): a date on which something happened cannot be later than now` })),
  );
}

/** A message's dates that are in the future, naming each field. */
export const messageFutureProblems = (name: MessageName, m: unknown, now: number): FieldProblem[] => future(m, HAPPENED[name] ?? [], now);

/** An incident's dates that are in the future (a determination "tomorrow" is a typo). */
export const incidentFutureProblems = (incident: Incident | unknown, now: number): FieldProblem[] => future(incident, INCIDENT_HAPPENED, now);
