/**
 * The options of a long command (bench, drill), defined once: parsed with node's util.parseArgs, with the
 * help generated from the same table. `--help` prints it and exits 0; a bad value exits 2 naming the option.
 */
import { parseArgs } from 'node:util';

export interface Flag {
  /** 'number' options are whole numbers unless `fraction` is set. */
  type: 'number' | 'string' | 'boolean';
  help: string;
  value?: string;
  min?: number;
  fraction?: boolean;
}

export function commandLine<T extends Record<string, Flag>>(usage: string, flags: T, argv = process.argv.slice(2)) {
  const help = [usage, ...Object.entries(flags).map(([k, f]) => `  ${`--${k}${f.value ? ` ${f.value}` : ''}`.padEnd(20)} ${f.help}`)].join('\n');
  const fail = (message: string): never => {
    console.error(`${message}\n\n${help}`);
    process.exit(2);
  };
  let values: Record<string, string | boolean | undefined> = {};
  try {
    const options = Object.fromEntries(Object.entries(flags).map(([k, f]) => [k, { type: f.type === 'boolean' ? ('boolean' as const) : ('string' as const) }]));
    values = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (err) {
    fail((err as Error).message);
  }
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  return {
    has: (name: keyof T & string): boolean => values[name] !== undefined,
    string: (name: keyof T & string): string | undefined => values[name] as string | undefined,
    number: (name: keyof T & string, fallback: number): number => {
      const f = flags[name];
      if (values[name] === undefined) return fallback;
      const v = Number(values[name]);
      const min = f.min ?? 0;
      if (!Number.isFinite(v) || v < min || (!f.fraction && !Number.isInteger(v))) fail(`--${name}: must be a ${f.fraction ? '' : 'whole '}number >= ${min}`);
      return v;
    },
  };
}
