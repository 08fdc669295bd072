/**
 * The `breachclock` command (docs/design.md §6): finds the command, parses its options with node's
 * util.parseArgs, hands it the application service, and maps what went wrong to an exit code.
 * Exit codes: 0 ok, 2 invalid input, 3 not found or already exists, 4 a kept record fails its check, 75 temporary failure, 1 anything else. Never a stack trace.
 */
import type { Client } from '@temporalio/client';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../platform/config-error';
import { CliError, COMMANDS, EXIT, type Command, type Io } from './cli-commands';

export { EXIT, type Io };

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
};

const EXIT_LINE = 'Exit codes: 0 ok, 2 invalid input, 3 not found or already exists, 4 a kept record fails verify, 75 temporary failure (nothing recorded: retry), 1 anything else.';
const name = (c: Command) => `breachclock ${c.path.join(' ')}`;
const usage = (c: Command) => `${name(c)}${c.args ? ` ${c.args}` : ''}${Object.keys(c.options).length ? ' [options]' : ''}`;

function mainHelp(): string {
  const lines = COMMANDS.flatMap((c) => [`  ${usage(c)}`, `      ${c.summary}`]);
  return [
    'breachclock: cybersecurity-event notification clocks for insurance licensees',
    '',
    'Usage:',
    ...lines,
    '  breachclock <command> --help',
    '      help for one command',
    '',
    EXIT_LINE,
    'Environment: TEMPORAL_ADDRESS (localhost:7233), TEMPORAL_NAMESPACE (default), TEMPORAL_TASK_QUEUE (breachclock),',
    'or a profile in the temporal CLI\'s configuration file (TEMPORAL_PROFILE, TEMPORAL_CONFIG_FILE).',
    'BREACHCLOCK_ACTOR="Name <email>" (or --as): who the CLI acts as, recorded in the audit trail; not verified by breachclock.',
  ].join('\n');
}

function groupHelp(group: string): string {
  const cmds = COMMANDS.filter((c) => c.path[0] === group);
  return [`breachclock ${group} <${cmds.map((c) => c.path[1]).join('|')}> ...`, '', ...cmds.flatMap((c) => [`  ${c.path[1]} ${c.args}`, `      ${c.summary}`]), '', EXIT_LINE].join('\n');
}

function commandHelp(c: Command): string {
  const opts = Object.entries(c.options).map(([k, o]) => `  --${k}${o.value ? ` <${o.value}>` : ''}`.padEnd(34) + o.help);
  return [name(c), '', `Usage: ${usage(c)}`, '', c.summary, ...(c.details ? ['', c.details] : []), ...(opts.length ? ['', 'Options:', ...opts] : []), '', EXIT_LINE].join('\n');
}

function findCommand(args: string[]): { command?: Command; rest: string[]; group?: string } {
  const words = args.filter((a) => !a.startsWith('-'));
  const command = COMMANDS.find((c) => c.path.every((p, i) => words[i] === p));
  if (!command) return { rest: args, group: COMMANDS.some((c) => c.path.length > 1 && c.path[0] === words[0]) ? words[0] : undefined };
  const rest = [...args];
  for (const p of command.path) rest.splice(rest.indexOf(p), 1);
  return { command, rest };
}

/** Connects on first use and closes at the end: no command repeats connect/try/finally. */
function serviceFactory() {
  // Required here, not at the top: `plan` and `--help` never load the Temporal client, the codec or the record store.
  const { IncidentService } = require('../application/incidents') as typeof import('../application/incidents');
  const { connectClient } = require('../application/temporal-client') as typeof import('../application/temporal-client');
  const { codecFromConfig, loadConfig, recordsDir, withDefaultKeyFile } = require('../platform/config') as typeof import('../platform/config');
  const { RecordStore } = require('../platform/record-store') as typeof import('../platform/record-store');
  let client: Promise<Client> | undefined;
  const config = withDefaultKeyFile(loadConfig());
  const service = new IncidentService({
    client: () => (client ??= connectClient(config)),
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    records: new RecordStore(recordsDir(config), codecFromConfig(config)),
  });
  return { service, close: async () => client && (await client).connection.close() };
}

async function runCommand(command: Command, rest: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, { type: o.type }])), allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(`${(err as Error).message.replace(/\. To specify a positional.*$/s, '')} (see ${name(command)} --help)`, EXIT.invalid);
  }
  let factory: ReturnType<typeof serviceFactory> | undefined;
  try {
    return await command.run({
      positionals: parsed.positionals,
      values: parsed.values as Record<string, string | boolean | undefined>,
      io,
      service: async () => (factory ??= serviceFactory()).service,
    });
  } finally {
    await factory?.close();
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.stdout(mainHelp());
      return argv.length ? EXIT.ok : EXIT.invalid;
    }
    const { command, rest, group } = findCommand(argv);
    const wantsHelp = argv.includes('--help') || argv.includes('-h');
    if (!command) {
      if (group && wantsHelp) {
        io.stdout(groupHelp(group));
        return EXIT.ok;
      }
      throw new CliError(`unknown command ${argv.filter((a) => !a.startsWith('-')).slice(0, 2).join(' ') || argv[0]}\n\n${group ? groupHelp(group) : mainHelp()}`, EXIT.invalid);
    }
    if (wantsHelp) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await runCommand(command, rest, io);
  } catch (err) {
    if (err instanceof CliError || err instanceof ConfigError) {
      io.stderr(`breachclock: ${err.message}`);
      return err instanceof CliError ? err.code : EXIT.invalid;
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
