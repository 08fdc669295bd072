/**
 * The `breachclock` commands, each defined once: its usage, what it does, its options (parsed with node's
 * util.parseArgs) and how it renders the application service's answer. Help is generated from these.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { incidentJsonSchema } from '../domain/incident/incident';
import { MESSAGE_NAMES } from '../domain/incident/messages';
import type { IncidentService, Outcome } from '../application/incidents';
import { coverageWords, planFor } from '../application/plan';
import { countdown } from '../domain/incident/time-words';
import { formatDeadlineFor, formatDue, planTable, wrap } from './plan-format';
import { DETERMINED_AT_OPTION, DeterminedAtError, withDeterminedAt } from './cli-determined-at';
import { cliActor } from './cli-actor';
import { AUDIT_COMMANDS } from './cli-commands-audit';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
}

/** Exit codes; 75 is sysexits' EX_TEMPFAIL: nothing was recorded, try again. */
export const EXIT = { ok: 0, failure: 1, invalid: 2, notFound: 3, tampered: 4, unavailable: 75 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

type Values = Record<string, string | boolean | undefined>;
export interface OptionDef {
  type: 'string' | 'boolean';
  /** For help: what the option does, and its value in angle brackets for strings. */
  help: string;
  value?: string;
}
export interface Command {
  /** e.g. ['incident', 'send'] */
  path: string[];
  args: string;
  summary: string;
  /** More help, shown by `--help` on the command. */
  details?: string;
  options: Record<string, OptionDef>;
  /** Needs a Temporal connection: the dispatcher hands in the service. */
  run(ctx: { positionals: string[]; values: Values; io: Io; service: () => Promise<IncidentService> }): Promise<number> | number;
}

/** A refusal from the service as the CLI shows it: each problem on its own line; 2 invalid, 3 not found / exists. */
export function unwrap<T>(outcome: Outcome<T>, what?: string): T {
  if (outcome.ok) return outcome.value;
  const lines = outcome.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
  const head = outcome.kind === 'invalid' ? `${what ?? 'input'} refused:\n` : '';
  const code = outcome.kind === 'invalid' ? EXIT.invalid : outcome.kind === 'unavailable' ? EXIT.unavailable : EXIT.notFound;
  throw new CliError(head ? `${head}${lines}` : lines.trim(), code);
}

/** A JSON file, '-' for standard input, or (for messages) the JSON itself. */
export function readJson(arg: string | undefined, io: Io, what: string, inline = false): unknown {
  if (!arg) throw new CliError(`missing ${what} (a path, or - for standard input)`, EXIT.invalid);
  const isInline = inline && arg.trim().startsWith('{');
  let text: string;
  try {
    text = isInline ? arg : arg === '-' ? io.readStdin() : readFileSync(arg, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${arg}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.invalid);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${isInline ? 'payload' : arg === '-' ? 'standard input' : arg}: not valid JSON (${(err as Error).message})`, EXIT.invalid);
  }
}

function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(v)) throw new CliError(`--${name}: must be one of ${allowed.join(', ')} (not ${String(v)})`, EXIT.invalid);
  return v as T;
}

function needId(positionals: string[]): string {
  if (!positionals[0]) throw new CliError('missing the incidentId', EXIT.invalid);
  return positionals[0];
}

export function writeOut(out: string, body: string | Buffer): void {
  try {
    writeFileSync(out, body);
  } catch (err) {
    throw new CliError(`--out: cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.invalid);
  }
}

/** The incident as read, moved in time when --determined-at asks (client/cli-determined-at.ts). */
function incidentArg(positionals: string[], values: Values, io: Io): unknown {
  const raw = readJson(positionals[0], io, 'the incident file');
  try {
    return withDeterminedAt(raw, values['determined-at'], Date.now());
  } catch (err) {
    throw err instanceof DeterminedAtError ? new CliError(`--determined-at: ${err.message}`, EXIT.invalid) : err;
  }
}

/** Prints and answers success: the last line of a command that only prints. */
const print = (io: Io, text: string): number => {
  io.stdout(text);
  return EXIT.ok;
};

/** Where the calendar's links point: the configured console (BREACHCLOCK_CONSOLE_URL, or the local default). */
// Loaded when a command needs them, so `plan` starts without the Temporal client, the codec or pdfkit.
const config = (): typeof import('../platform/config') => require('../platform/config');
const render = (): typeof import('../reports/render') => require('../reports/render');
const consoleUrlFor = (): string => config().consoleUrl(config().loadConfig());

const json = { type: 'boolean', help: 'print JSON (for scripts)' } as const;
/** Who acts (recorded in the audit trail, not verified by breachclock: Temporal's access control guards the CLI). */
const as = { type: 'string', value: '"Name <email>"', help: 'act as this person (default: BREACHCLOCK_ACTOR, else the OS user)' } as const;
const actorOf = (values: Values) => cliActor(values.as as string | undefined);

export const COMMANDS: Command[] = [
  {
    path: ['plan'],
    args: '<incident.json | ->',
    summary: 'work out every notice owed and by when',
    details: `Reads an incident ('-' reads standard input), prints every obligation with its citation, clock start,
deadline (regulator local time) and basis; what is not owed and why; and states breachclock has no rules
for. Needs no server. Invalid input exits 2 and names every bad field by its path on stderr.

${wrap(coverageWords(), 110, 0)}`,
    options: {
      format: { type: 'string', value: 'json|table', help: 'json (default; one object, for scripts) or table (for people, by due date)' },
      'determined-at': DETERMINED_AT_OPTION,
    },
    run({ positionals, values, io }) {
      const format = oneOf('format', values.format ?? 'json', ['json', 'table'] as const);
      const plan = unwrap(planFor(incidentArg(positionals, values, io)), 'incident');
      for (const u of plan.uncovered) io.stderr(`warning: ${u.state} (${u.residents} residents): ${u.warning}`);
      io.stdout(format === 'json' ? JSON.stringify(plan, null, 2) : planTable(plan));
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'open'],
    args: '<incident.json | ->',
    summary: "start the incident's workflow (workflow ID = incidentId); exits 3 if it exists",
    details: `A determination (or any date the incident records) in the future is refused. --determined-at now opens
an incident as determined this moment, every other date of it moved by the same amount (the examples open
on any day, their deadlines ahead).`,
    options: { 'determined-at': DETERMINED_AT_OPTION, as, json },
    async run({ positionals, values, io, service }) {
      const raw = incidentArg(positionals, values, io);
      const { incidentId, runId } = unwrap(await (await service()).open(actorOf(values), raw), 'incident');
      io.stdout(values.json ? JSON.stringify({ incidentId, runId }) : `opened ${incidentId} (run ${runId})`);
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'status'],
    args: '<incidentId>',
    summary: 'the obligations, their state and deadlines; exits 3 if not found',
    options: { json },
    async run({ positionals, values, io, service }) {
      const status = unwrap(await (await service()).status(needId(positionals)));
      if (values.json) return print(io, JSON.stringify(status, null, 2));
      io.stdout(`${status.incidentId} (${status.phase}): ${status.title}`);
      const now = Date.now();
      const home = status.licenseeState ?? status.obligations.find((o) => o.kind === 'regulator-notice')?.jurisdiction;
      for (const o of status.obligations) {
        const when = o.state === 'done' ? `filed ${formatDue(o.completedAt, o.jurisdiction)}` : o.dueAt ? `${formatDue(o.dueAt, o.jurisdiction)} (${countdown(o.dueAt, now)})` : formatDue(null);
        io.stdout(`  ${o.state.padEnd(8)} ${when.padEnd(50)} ${o.id} (${o.citation})`);
      }
      for (const f of status.followUps ?? []) {
        if (f.state !== 'not-applicable') io.stdout(`  ${f.state.padEnd(8)} ${`target ${formatDue(f.target.at, home)}`.padEnd(50)} follow-up ${f.id} (${f.citation}; company target, not law)`);
      }
      for (const i of status.investigation ?? []) io.stdout(`  ${(i.doneAt ? 'done' : 'open').padEnd(8)} ${(i.doneAt ? formatDue(i.doneAt, home) : '').padEnd(50)} investigation: ${i.text} (${i.citations.join('; ')})`);
      if (status.overdue.length) io.stdout(`  OVERDUE: ${status.overdue.join(', ')}`);
      for (const p of (status.pendingChanges ?? []).filter((x) => x.state === 'pending')) {
        io.stdout(`  PENDING ${p.id}: ${p.summary}; asked by ${p.requestedBy.displayName} <${p.requestedBy.subject}>; needs a second sign-off: breachclock incident approve ${status.incidentId} ${p.id}`);
      }
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'send'],
    args: '<incidentId> <message> <json | file | ->',
    summary: 'record news as an update (checked; the new status comes back), or with --signal fire and forget',
    details: `Messages: ${MESSAGE_NAMES.slice(0, 5).join(', ')},
  ${MESSAGE_NAMES.slice(5).join(', ')}.
eventDetailsUpdate carries the facts for the regulator notice (occurredAt, exposure, discovery, recovery,
source, agencyNotices, informationTypes, compromisedFrom, compromisedUntil, internalReview, remediation,
privacyPolicy, investigationSteps, consumerMitigation, contactPerson); followUpPlanned and followUpCompleted
the close-out follow-ups (risk-reassessment, service-provider-oversight, program-adjustment; their targets
are company targets, not law).
Example: breachclock incident send INC-1 obligationCompleted \\
           '{"obligationId":"MO/regulator-notice","completedAt":"2026-11-27T10:00:00-06:00","completedBy":"privacy officer"}'`,
    options: { signal: { type: 'boolean', help: 'send as a signal (fire and forget; a refusal is recorded in the audit trail)' }, as, json },
    async run({ positionals, values, io, service }) {
      const [id, name, arg] = positionals;
      if (!id || !name) throw new CliError('usage: breachclock incident send <incidentId> <message> <json | file | ->', EXIT.invalid);
      const raw = readJson(arg, io, 'the message', true);
      const sent = unwrap(await (await service()).send(actorOf(values), id, name, raw, { asSignal: !!values.signal }), name);
      if (sent.alreadyRecorded) io.stdout(values.json ? JSON.stringify({ incidentId: id, message: name, alreadyRecorded: sent.alreadyRecorded }) : `${name} already recorded for ${id}: ${sent.alreadyRecorded}`);
      else if (sent.status === null) io.stdout(values.json ? JSON.stringify({ incidentId: id, message: name, sent: 'signal' }) : `sent ${name} to ${id} as a signal`);
      else io.stdout(values.json ? JSON.stringify(sent.status, null, 2) : `${name} recorded for ${id}; overdue: ${sent.status.overdue.join(', ') || 'none'}`);
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'list'],
    args: '',
    summary: 'incidents, overdue first, then by next deadline (regulator local time); 50 a page with the total',
    options: {
      overdue: { type: 'boolean', help: 'only incidents with an overdue obligation' },
      limit: { type: 'string', value: 'N', help: 'incidents per page (1-1000, default 50)' },
      'page-token': { type: 'string', value: 'T', help: 'the page after the one that printed this token' },
      all: { type: 'boolean', help: 'every page at once' },
      json,
    },
    async run({ values, io, service }) {
      const limit = values.limit === undefined ? undefined : Number(values.limit);
      const overdueOnly = !!values.overdue;
      const page = unwrap(await (await service()).list({ overdueOnly, limit, pageToken: values['page-token'] as string | undefined, all: !!values.all }));
      if (values.json) return print(io, JSON.stringify(page, null, 2));
      if (!page.incidents.length) return print(io, overdueOnly ? 'no overdue incidents' : 'no incidents');
      for (const r of page.incidents) {
        const next = r.nextDeadline ? `${formatDeadlineFor(r.nextDeadline, r.jurisdictions)}, ${countdown(r.nextDeadline, Date.now())}` : '-';
        io.stdout(`${r.incidentId.padEnd(24)} ${(r.stuck ? 'STUCK' : r.phase).padEnd(8)} next ${next.padEnd(72)} overdue ${r.overdue}  ${r.jurisdictions.join(',')}`);
        io.stdout(`  ${r.title ?? '(no title listed)'} — owner ${r.owner ?? '(not listed)'}`);
        if (r.stuck) io.stdout(`  STUCK: workflow task failed ${r.stuck.attempts} times (${r.stuck.cause}); its clocks are not running. Repair: docs/operations.md`);
      }
      if (!values.all) {
        const next = page.nextPageToken ? `; next page: breachclock incident list${overdueOnly ? ' --overdue' : ''} --limit ${limit ?? 50} --page-token ${page.nextPageToken}` : '';
        io.stdout(`${page.incidents.length} of ${page.total} incident(s)${next}`);
      }
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'report'],
    args: '<incidentId>',
    summary: 'draft regulator notices (RSMo 375.1410.2, RSA 420-P:6 II, Bulletin 23-04), missing items marked',
    details: `The draft notice for each regulator owed: Missouri's 13 items (RSMo 375.1410.2), New Hampshire's
(a)-(m) (RSA 420-P:6 II), Bulletin 23-04's list; every unknown item marked MISSING with the field that
answers it; after a filing, the numbered supplement and what changed since.`,
    options: {
      format: { type: 'string', value: 'markdown|html|pdf|json', help: 'markdown by default; pdf needs --out' },
      out: { type: 'string', value: 'file', help: 'write to this file instead of standard output' },
    },
    async run({ positionals, values, io, service }) {
      const { REPORT_FORMATS, reportHtml, reportMarkdown, reportPdf } = render();
      const format = oneOf('format', values.format ?? 'markdown', [...REPORT_FORMATS, 'json'] as const);
      const out = values.out as string | undefined;
      if (format === 'pdf' && !out) throw new CliError('--out: a PDF needs a file to write to (--out notice.pdf)', EXIT.invalid);
      const doc = unwrap(await (await service()).report(needId(positionals)));
      const body = format === 'json' ? JSON.stringify(doc, null, 2) : format === 'html' ? reportHtml(doc) : format === 'pdf' ? await reportPdf(doc) : reportMarkdown(doc);
      if (!out) return print(io, String(body));
      writeOut(out, body);
      io.stdout(`wrote ${out}: ${doc.drafts.length} draft(s), ${doc.drafts.reduce((n, d) => n + d.missingCount, 0)} item(s) missing`);
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'record'],
    args: '<incidentId>',
    summary: 'the kept record (RSMo 375.1407.4, RSA 420-P:5 IV), readable after the workflow history is gone',
    details: `The incident's record as last written to BREACHCLOCK_RECORDS_DIR (on each filing and on close): facts,
plan with its basis, audit trail, emails sent, filings. Needs no Temporal server; exits 3 when none is kept.`,
    options: {
      format: { type: 'string', value: 'json|pdf', help: 'json by default; pdf needs --out' },
      out: { type: 'string', value: 'file', help: 'the file to write the PDF to' },
    },
    async run({ positionals, values, io, service }) {
      const format = oneOf('format', values.format ?? 'json', ['json', 'pdf'] as const);
      const out = values.out as string | undefined;
      if (format === 'pdf' && !out) throw new CliError('--out: a PDF needs a file to write to (--out record.pdf)', EXIT.invalid);
      const svc = await service();
      const record = unwrap(await svc.record(needId(positionals)));
      if (format === 'json') return print(io, JSON.stringify(record, null, 2));
      writeOut(out!, unwrap(await svc.recordPdf(record.incidentId, record.version)));
      io.stdout(`wrote ${out} (record version ${record.version})`);
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'calendar'],
    args: '<incidentId>',
    summary: "the dated deadlines as an .ics calendar file, for the owner's calendar (filed ones cancelled)",
    details: `Each open obligation with a date becomes an event ending at its deadline, with an alarm a day before and
a link to the incident in the console (BREACHCLOCK_CONSOLE_URL). The same entries the emails attach.`,
    options: { out: { type: 'string', value: 'file', help: 'write to this file instead of standard output' } },
    async run({ positionals, values, io, service }) {
      const ics = unwrap(await (await service()).calendar(needId(positionals), consoleUrlFor()));
      if (!values.out) return print(io, ics);
      writeOut(values.out as string, ics);
      return print(io, `wrote ${values.out as string}: ${(ics.match(/BEGIN:VEVENT/g) ?? []).length} deadline(s)`);
    },
  },
  ...AUDIT_COMMANDS,
  {
    path: ['schema'],
    args: '',
    summary: 'print the incident JSON Schema (exported from the zod schema)',
    options: {},
    run({ io }) {
      io.stdout(JSON.stringify(incidentJsonSchema(), null, 2));
      return EXIT.ok;
    },
  },
];
