/**
 * The commands of the audit trail and its sign-offs: the second sign-off on a pending change (four eyes), the
 * audit export for a regulator, and the check of the kept record's hash chain.
 */
import type { Command, Io } from './cli-commands';
import { cliActor } from './cli-actor';

type Values = Record<string, string | boolean | undefined>;
// Loaded when run: the dispatcher's help never needs them, and this module is loaded by cli-commands itself.
const base = (): typeof import('./cli-commands') => require('./cli-commands');
const as = { type: 'string', value: '"Name <email>"', help: 'act as this person (default: BREACHCLOCK_ACTOR, else the OS user)' } as const;

function decision(name: 'approveChange' | 'rejectChange', positionals: string[], values: Values): { id: string; message: Record<string, unknown> } {
  const { CliError, EXIT } = base();
  const [id, pendingId] = positionals;
  if (!id || !pendingId) throw new CliError(`usage: breachclock incident ${name === 'approveChange' ? 'approve' : 'reject'} <incidentId> <pendingId>`, EXIT.invalid);
  const words = name === 'approveChange' ? (values.note ? { note: values.note } : {}) : { reason: values.reason ?? '' };
  return { id, message: { pendingId, ...words } };
}

async function decide(name: 'approveChange' | 'rejectChange', ctx: Parameters<Command['run']>[0]): Promise<number> {
  const { unwrap, EXIT } = base();
  const { id, message } = decision(name, ctx.positionals, ctx.values);
  const sent = unwrap(await (await ctx.service()).send(cliActor(ctx.values.as as string | undefined), id, name, message), name);
  const p = sent.status?.pendingChanges?.find((x) => x.id === message.pendingId);
  ctx.io.stdout(sent.alreadyRecorded ?? `${message.pendingId as string} ${p?.state ?? 'decided'} for ${id}${sent.status ? ` (incident ${sent.status.phase})` : ''}`);
  return EXIT.ok;
}

function write(io: Io, out: string | undefined, body: string | Buffer, what: string): void {
  const { writeOut } = base();
  if (!out) return io.stdout(String(body));
  writeOut(out, body);
  io.stdout(`wrote ${out}: ${what}`);
}

export const AUDIT_COMMANDS: Command[] = [
  {
    path: ['incident', 'approve'],
    args: '<incidentId> <pendingId>',
    summary: 'give the second sign-off on a pending change (an override close, a directive); not its own requester',
    details: `The change applies as it was asked. Needs the approver or admin role, and someone other than who asked
(the CLI's identity is --as or BREACHCLOCK_ACTOR, not verified by breachclock). The pending changes are in
breachclock incident status.`,
    options: { note: { type: 'string', value: 'text', help: 'a note kept with the approval' }, as },
    run: (ctx) => decide('approveChange', ctx),
  },
  {
    path: ['incident', 'reject'],
    args: '<incidentId> <pendingId>',
    summary: 'reject a pending change (or withdraw your own); nothing of it applies',
    options: { reason: { type: 'string', value: 'text', help: 'why (required)' }, as },
    run: (ctx) => decide('rejectChange', ctx),
  },
  {
    path: ['incident', 'audit'],
    args: '<incidentId>',
    summary: "the audit trail for a regulator: each event's time in the regulator's zone, who acted, what changed, email Message-IDs",
    options: {
      format: { type: 'string', value: 'csv|pdf', help: 'csv by default; pdf needs --out' },
      out: { type: 'string', value: 'file', help: 'write to this file instead of standard output' },
    },
    async run({ positionals, values, io, service }) {
      const { CliError, EXIT, unwrap } = base();
      const format = values.format ?? 'csv';
      if (format !== 'csv' && format !== 'pdf') throw new CliError(`--format: must be one of csv, pdf (not ${String(format)})`, EXIT.invalid);
      if (format === 'pdf' && !values.out) throw new CliError('--out: a PDF needs a file to write to (--out audit.pdf)', EXIT.invalid);
      if (!positionals[0]) throw new CliError('missing the incidentId', EXIT.invalid);
      const trail = unwrap(await (await service()).auditTrail(positionals[0]));
      const { auditCsv, auditPdf } = require('../reports/audit-export') as typeof import('../reports/audit-export');
      write(io, values.out as string | undefined, format === 'pdf' ? await auditPdf(trail) : auditCsv(trail), `${trail.events.length} event(s)`);
      return EXIT.ok;
    },
  },
  {
    path: ['incident', 'verify'],
    args: '<incidentId>',
    summary: "check the kept record's hash chain: exit 0 when every version is intact, 4 naming the version that broke",
    details: `Each record version is chained to the one before (sha256 over its bytes and the previous hash, stored
beside it), and so is each page of the audit trail moved out of the workflow (a chain of their own): an altered or
removed version or page breaks the chain there. Needs no Temporal server.`,
    options: {},
    async run({ positionals, io, service }) {
      const { CliError, EXIT, unwrap } = base();
      if (!positionals[0]) throw new CliError('missing the incidentId', EXIT.invalid);
      const check = unwrap(await (await service()).verify(positionals[0]));
      if (check.ok) {
        const pages = check.auditPages ? `, ${check.auditPages} audit page(s) intact` : '';
        io.stdout(`${positionals[0]}: ${check.versions} record version(s) intact; chain head sha256 ${check.head}${pages}`);
        return EXIT.ok;
      }
      const broke = check.auditPage !== undefined ? `audit page ${check.auditPage}` : `record version ${check.version}`;
      throw new CliError(`${positionals[0]}: ${broke} broke the chain: ${check.problem}`, EXIT.tampered);
    },
  },
];
