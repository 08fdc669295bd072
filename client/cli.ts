/**
 * The `breachclock` command (docs/design.md §4, §6).
 * Exit codes: 0 ok, 2 invalid input, 3 not found or already exists, 1 anything else. Never a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { REPORT_FORMATS, reportHtml, reportMarkdown, reportPdf, type ReportFormat } from '../reports/render';
import { buildReport } from '../domain/rules/report';
import { formatProblems, incidentJsonSchema, parseIncident, parseWith, type FieldProblem } from '../domain/incident/incident';
import { MESSAGE_NAMES, MESSAGE_SCHEMAS, type MessageName } from '../domain/incident/messages';
import { planIncident } from '../domain/rules/planner';
import { codecFromConfig, ConfigError, loadConfig, recordsDir, withDefaultKeyFile } from '../platform/config';
import { RecordStore } from '../platform/record-store';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { formatDeadlineFor, formatDue, planTable } from './plan-format';
import {
  connectClient,
  incidentReportSource,
  incidentStatus,
  isIncidentNotFound,
  InvalidPageTokenError,
  listIncidents,
  listIncidentsPage,
  type IncidentListRow,
  type IncidentPage,
  openIncident,
  sendMessage,
  signalMessage,
  WorkflowExecutionAlreadyStartedError,
} from './temporal-client';

export const EXIT = { ok: 0, failure: 1, invalid: 2, notFound: 3 } as const;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
};

const HELP = {
  main: `breachclock: cybersecurity-event notification clocks for insurance licensees

Usage:
  breachclock plan <incident.json | -> [--format json|table]   work out every notice owed and by when
  breachclock incident open <incident.json | ->               start an incident's workflow
  breachclock incident status <incidentId> [--json]           show an incident's obligations
  breachclock incident send <incidentId> <message> <json|file|-> [--signal]
                                                              record news (thirdPartyNotice, residentsUpdate,
                                                              obligationCompleted, consumerNoticeScheduled,
                                                              regulatorDirective, closeIncident,
                                                              eventDetailsUpdate, followUpPlanned, followUpCompleted)
  breachclock incident list [--overdue] [--limit N] [--page-token T | --all] [--json]
                                                              incidents, overdue first, then by next deadline
  breachclock incident report <incidentId> [--format markdown|html|pdf|json] [--out file]
                                                              draft regulator notices (RSMo 375.1410.2,
                                                              RSA 420-P:6 II, Bulletin 23-04), missing items marked
  breachclock incident record <incidentId> [--format json|pdf] [--out file]
                                                              the kept record (RSMo 375.1407.4, RSA 420-P:5 IV),
                                                              readable after the workflow's history is gone
  breachclock schema                                          print the incident JSON Schema
  breachclock <command> --help                                help for one command

Exit codes: 0 ok, 2 invalid input, 3 not found or already exists, 1 anything else.
Environment: TEMPORAL_ADDRESS (localhost:7233), TEMPORAL_NAMESPACE (default), TEMPORAL_TASK_QUEUE (breachclock).`,
  plan: `breachclock plan <incident.json | -> [--format json|table]

Reads an incident (docs/design.md §2; '-' reads standard input), prints every obligation with its citation,
clock start, deadline (regulator local time) and basis; what is not owed and why; and states
breachclock has no rules for. Needs no server.

  --format json    one JSON object (default; for scripts)
  --format table   a table for people, sorted by due date

Invalid input exits 2 and names every bad field by its path on stderr.`,
  incident: `breachclock incident <open|status|send|list|report> ...

  open <incident.json | ->        start the incident's workflow (workflow ID = incidentId); exits 3 if it exists
  status <incidentId> [--json]    the obligations, their state and deadlines; exits 3 if not found
  send <incidentId> <message> <json | file | -> [--signal] [--json]
                                  record news as an update (validated; the new status comes back), or with
                                  --signal fire and forget. Messages: thirdPartyNotice, residentsUpdate,
                                  obligationCompleted, consumerNoticeScheduled, regulatorDirective, closeIncident,
                                  eventDetailsUpdate (facts for the regulator notice: occurredAt, exposure,
                                  discovery, recovery, source, agencyNotices, informationTypes, compromisedFrom,
                                  compromisedUntil, internalReview, remediation, privacyPolicy, investigationSteps,
                                  consumerMitigation, contactPerson), followUpPlanned, followUpCompleted
                                  (close-out follow-ups: risk-reassessment, service-provider-oversight,
                                  program-adjustment; their targets are company targets, not law).
                                  Example: breachclock incident send INC-1 obligationCompleted \\
                                    '{"obligationId":"MO/regulator-notice","completedAt":"2026-11-27T10:00:00-06:00","completedBy":"privacy officer"}'
  list [--overdue] [--limit N] [--page-token T | --all] [--json]
                                  incidents from Temporal visibility: overdue first, then by next deadline
                                  (regulator local time); 50 a page with the total, or --all
  report <incidentId> [--format markdown|html|pdf|json] [--out file]
                                  the draft notice for each regulator owed: Missouri's 13 items (RSMo 375.1410.2),
                                  New Hampshire's (a)-(m) (RSA 420-P:6 II), Bulletin 23-04's list; every unknown
                                  item marked MISSING with the field that answers it; after a filing, the numbered
                                  supplement and what changed since. Markdown by default; pdf needs --out.
  record <incidentId> [--format json|pdf] [--out file]
                                  the incident's record as last written to BREACHCLOCK_RECORDS_DIR (on each
                                  filing and on close): facts, plan with its basis, audit trail, emails sent,
                                  filings. Needs no Temporal server; exits 3 when no record is kept.`,
  schema: `breachclock schema

Prints the JSON Schema of the incident record, exported from the zod schema.`,
};

/** `breachclock incident <sub> --help`: that subcommand's own paragraph of the incident help. */
function subcommandHelp(sub: string): string {
  const lines = HELP.incident.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  ${sub} `));
  if (start < 0) return HELP.incident;
  let end = start + 1;
  while (end < lines.length && /^ {20,}/.test(lines[end])) end++;
  return [`breachclock incident ${sub}`, '', ...lines.slice(start, end), '', 'Exit codes: 0 ok, 2 invalid input, 3 not found or already exists, 1 anything else.'].join('\n');
}

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function readInput(arg: string | undefined, io: Io): unknown {
  if (!arg) throw new CliError('missing the incident file (a path, or - for standard input)', EXIT.invalid);
  let text: string;
  try {
    text = arg === '-' ? io.readStdin() : readFileSync(arg, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${arg}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.invalid);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${arg === '-' ? 'standard input' : arg}: not valid JSON (${(err as Error).message})`, EXIT.invalid);
  }
}

function parseJsonArg(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`payload: not valid JSON (${(err as Error).message})`, EXIT.invalid);
  }
}

function invalid(problems: FieldProblem[]): CliError {
  return new CliError(`invalid incident:\n${formatProblems(problems).replace(/^/gm, '  ')}`, EXIT.invalid);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new CliError(`${name} needs a value`, EXIT.invalid);
  args.splice(i, 2);
  return v;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}

function noExtra(args: string[]): void {
  const extra = args.find((a) => a.startsWith('--'));
  if (extra) throw new CliError(`unknown option ${extra} (see --help)`, EXIT.invalid);
}

function cmdPlan(args: string[], io: Io): number {
  const format = option(args, '--format') ?? 'json';
  if (format !== 'json' && format !== 'table') throw new CliError(`--format: must be json or table, not ${format}`, EXIT.invalid);
  noExtra(args);
  const parsed = parseIncident(readInput(args[0], io));
  if (!parsed.ok) throw invalid(parsed.problems);
  const plan = planIncident(parsed.value);
  for (const u of plan.uncovered) io.stderr(`warning: ${u.state} (${u.residents} residents): ${u.warning}`);
  io.stdout(format === 'json' ? JSON.stringify(plan, null, 2) : planTable(plan));
  return EXIT.ok;
}

async function cmdIncident(args: string[], io: Io): Promise<number> {
  const sub = args.shift();
  const json = flag(args, '--json');
  const asSignal = flag(args, '--signal');
  const overdueOnly = flag(args, '--overdue');
  const listAll = sub === 'list' && flag(args, '--all');
  const limitText = sub === 'list' ? option(args, '--limit') : undefined;
  const pageToken = sub === 'list' ? (option(args, '--page-token') ?? null) : null;
  const listLimit = limitText === undefined ? 50 : Number(limitText);
  if (!Number.isInteger(listLimit) || listLimit < 1 || listLimit > 1000) throw new CliError('--limit: must be a whole number from 1 to 1000', EXIT.invalid);
  const format = sub === 'report' ? (option(args, '--format') ?? 'markdown') : sub === 'record' ? (option(args, '--format') ?? 'json') : undefined;
  const out = sub === 'report' || sub === 'record' ? option(args, '--out') : undefined;
  noExtra(args);
  if (format !== undefined && format !== 'json' && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format: must be one of ${REPORT_FORMATS.join(', ')}, json (not ${format})`, EXIT.invalid);
  }
  if (format === 'pdf' && !out) throw new CliError('--out: a PDF needs a file to write to (--out notice.pdf)', EXIT.invalid);
  const config = withDefaultKeyFile(loadConfig());
  if (sub === 'open') {
    const parsed = parseIncident(readInput(args[0], io));
    if (!parsed.ok) throw invalid(parsed.problems);
    const client = await connectClient(config);
    try {
      const runId = await openIncident(client, config.TEMPORAL_TASK_QUEUE, parsed.value);
      io.stdout(json ? JSON.stringify({ incidentId: parsed.value.incidentId, runId }) : `opened ${parsed.value.incidentId} (run ${runId})`);
      return EXIT.ok;
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        throw new CliError(`incidentId: ${parsed.value.incidentId} already exists`, EXIT.notFound);
      }
      throw err;
    } finally {
      await client.connection.close();
    }
  }
  if (sub === 'send') {
    const [id, name, arg] = args;
    if (!id || !name) throw new CliError('usage: breachclock incident send <incidentId> <message> <json | file | ->', EXIT.invalid);
    if (!(MESSAGE_NAMES as string[]).includes(name)) throw new CliError(`message: must be one of ${MESSAGE_NAMES.join(', ')}`, EXIT.invalid);
    const raw = arg && arg.trim().startsWith('{') ? parseJsonArg(arg) : readInput(arg, io);
    const parsed = parseWith(MESSAGE_SCHEMAS[name as MessageName] as never, raw);
    if (!parsed.ok) throw new CliError(`invalid ${name}:\n${formatProblems(parsed.problems).replace(/^/gm, '  ')}`, EXIT.invalid);
    const client = await connectClient(config);
    try {
      if (asSignal) {
        await signalMessage(client, id, name as MessageName, parsed.value);
        io.stdout(json ? JSON.stringify({ incidentId: id, message: name, sent: 'signal' }) : `sent ${name} to ${id} as a signal`);
      } else {
        const status = await sendMessage(client, id, name as MessageName, parsed.value);
        io.stdout(json ? JSON.stringify(status, null, 2) : `${name} recorded for ${id}; overdue: ${status.overdue.join(', ') || 'none'}`);
      }
      return EXIT.ok;
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) {
        throw new CliError(`${name} refused:\n  ${String(err.cause?.message ?? err.message).split('; ').join('\n  ')}`, EXIT.invalid);
      }
      if (isIncidentNotFound(err)) {
        throw new CliError(`incidentId: ${id} not found`, EXIT.notFound);
      }
      throw err;
    } finally {
      await client.connection.close();
    }
  }
  if (sub === 'list') {
    const client = await connectClient(config);
    try {
      let rows: IncidentListRow[];
      let footer = '';
      let page: IncidentPage | undefined;
      if (listAll) rows = await listIncidents(client, overdueOnly);
      else {
        page = await listIncidentsPage(client, { overdueOnly, limit: listLimit, pageToken });
        rows = page.incidents;
        footer = `${rows.length} of ${page.total} incident(s)${page.nextPageToken ? `; next page: breachclock incident list${overdueOnly ? ' --overdue' : ''} --limit ${listLimit} --page-token ${page.nextPageToken}` : ''}`;
      }
      if (json) io.stdout(JSON.stringify(page ?? { incidents: rows, total: rows.length, nextPageToken: null }, null, 2));
      else if (!rows.length) io.stdout(overdueOnly ? 'no overdue incidents' : 'no incidents');
      else {
        for (const r of rows) io.stdout(`${r.incidentId.padEnd(24)} ${r.phase.padEnd(8)} next ${(r.nextDeadline ? formatDeadlineFor(r.nextDeadline, r.jurisdictions) : '-').padEnd(46)} overdue ${r.overdue}  ${r.jurisdictions.join(',')}`);
        if (footer) io.stdout(footer);
      }
      return EXIT.ok;
    } catch (err) {
      if (err instanceof InvalidPageTokenError) throw new CliError(err.message, EXIT.invalid);
      throw err;
    } finally {
      await client.connection.close();
    }
  }
  if (sub === 'record') {
    if (format !== 'json' && format !== 'pdf') throw new CliError('--format: must be json or pdf', EXIT.invalid);
    const id = args[0];
    if (!id) throw new CliError('missing the incidentId', EXIT.invalid);
    const store = new RecordStore(recordsDir(config), codecFromConfig(config));
    const record = await store.read(id);
    if (!record) throw new CliError(`incidentId: no record of ${id} is kept in ${store.dir}`, EXIT.notFound);
    if (format === 'pdf') {
      const pdf = await store.readPdf(id, record.version);
      if (!pdf) throw new CliError(`no PDF kept for version ${record.version}`, EXIT.notFound);
      writeFileSync(out!, pdf); // --format pdf without --out was refused above
      io.stdout(`wrote ${out} (record version ${record.version})`);
    } else io.stdout(JSON.stringify(record, null, 2));
    return EXIT.ok;
  }
  if (sub === 'status' || sub === 'report') {
    const id = args[0];
    if (!id) throw new CliError('missing the incidentId', EXIT.invalid);
    const client = await connectClient(config);
    try {
      if (sub === 'report') return await writeReport(await incidentReportSource(client, id), format as ReportFormat | 'json', out, io);
      const status = await incidentStatus(client, id);
      if (json) io.stdout(JSON.stringify(status, null, 2));
      else {
        io.stdout(`${status.incidentId} (${status.phase}): ${status.title}`);
        for (const o of status.obligations) io.stdout(`  ${o.state.padEnd(8)} ${formatDue(o.dueAt).padEnd(32)} ${o.id} (${o.citation})`);
        for (const f of status.followUps ?? []) {
          if (f.state !== 'not-applicable') io.stdout(`  ${f.state.padEnd(8)} target ${f.target.at.padEnd(25)} follow-up ${f.id} (${f.citation}; company target, not law)`);
        }
        for (const i of status.investigation ?? []) io.stdout(`  ${(i.doneAt ? 'done' : 'open').padEnd(8)} ${(i.doneAt ?? '').padEnd(32)} investigation: ${i.text} (${i.citations.join('; ')})`);
        if (status.overdue.length) io.stdout(`  OVERDUE: ${status.overdue.join(', ')}`);
      }
      return EXIT.ok;
    } catch (err) {
      if (isIncidentNotFound(err)) {
        throw new CliError(`incidentId: ${id} not found`, EXIT.notFound);
      }
      throw err;
    } finally {
      await client.connection.close();
    }
  }
  throw new CliError(`unknown incident command ${sub ?? '(none)'}\n\n${HELP.incident}`, EXIT.invalid);
}

async function writeReport(source: Parameters<typeof buildReport>[0], format: ReportFormat | 'json', out: string | undefined, io: Io): Promise<number> {
  const doc = buildReport(source, new Date().toISOString());
  const body: string | Buffer =
    format === 'json' ? JSON.stringify(doc, null, 2) : format === 'html' ? reportHtml(doc) : format === 'pdf' ? await reportPdf(doc) : reportMarkdown(doc);
  if (!out) {
    io.stdout(String(body));
    return EXIT.ok;
  }
  try {
    writeFileSync(out, body);
  } catch (err) {
    throw new CliError(`--out: cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.invalid);
  }
  const missing = doc.drafts.reduce((n, d) => n + d.missingCount, 0);
  io.stdout(`wrote ${out}: ${doc.drafts.length} draft(s), ${missing} item(s) missing`);
  return EXIT.ok;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const args = [...argv];
  const cmd = args.shift();
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(HELP.main);
      return cmd ? EXIT.ok : EXIT.invalid;
    }
    if (args.includes('--help') || args.includes('-h')) {
      const sub = cmd === 'incident' ? args.find((a) => !a.startsWith('-')) : undefined;
      const text = sub ? subcommandHelp(sub) : (HELP as Record<string, string>)[cmd];
      if (!text) throw new CliError(`unknown command ${cmd}\n\n${HELP.main}`, EXIT.invalid);
      io.stdout(text);
      return EXIT.ok;
    }
    switch (cmd) {
      case 'plan':
        return cmdPlan(args, io);
      case 'incident':
        return await cmdIncident(args, io);
      case 'schema':
        io.stdout(JSON.stringify(incidentJsonSchema(), null, 2));
        return EXIT.ok;
      default:
        throw new CliError(`unknown command ${cmd}\n\n${HELP.main}`, EXIT.invalid);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`breachclock: ${err.message}`);
      return err.code;
    }
    if (err instanceof ConfigError) {
      io.stderr(`breachclock: ${err.message}`);
      return EXIT.invalid;
    }
    io.stderr(`breachclock: ${withCauses(err)}`);
    return EXIT.failure;
  }
}

/** An error with the causes Temporal wraps it in ("Failed to start Workflow: ... search attribute ..."). */
function withCauses(err: unknown): string {
  const parts: string[] = [];
  for (let e = err as { message?: string; cause?: unknown } | undefined, n = 0; e && n < 4; e = e.cause as typeof e, n++) {
    if (e.message && !parts.includes(e.message)) parts.push(e.message);
  }
  return parts.join(': ') || String(err);
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
