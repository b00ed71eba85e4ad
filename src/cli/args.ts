/** Parsed `kamerlens analyze` arguments (see docs: analysis contract). */
export interface AnalyzeArgs {
  json: boolean;
  url: string | undefined;
  date: string | undefined;
  /** A path, or `-` for standard input. */
  file: string;
  /** Ask the open-data APIs for the titles of cited papers (network; see `./lookup`). */
  lookup: boolean;
}

export type ParsedArgs =
  | { ok: true; command: 'analyze'; args: AnalyzeArgs }
  | { ok: true; command: 'help' }
  | { ok: false; message: string };

export const USAGE = 'usage: kamerlens analyze [--json] [--url URL] [--date YYYY-MM-DD] [--lookup] FILE|-';

/** Parses argv (without node and script). Never throws: bad arguments come back as one-line messages. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { ok: true, command: 'help' };
  }
  if (command !== 'analyze') return { ok: false, message: `unknown command "${command}"; ${USAGE}` };
  const args: AnalyzeArgs = { json: false, url: undefined, date: undefined, file: '', lookup: false };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? rest[++i];
    if (name === '--help' || name === '-h') return { ok: true, command: 'help' };
    if (name === '--json') args.json = true;
    else if (name === '--lookup') args.lookup = true;
    else if (name === '--url') {
      const v = value();
      if (!v) return { ok: false, message: `--url needs a value; ${USAGE}` };
      try {
        new URL(v);
      } catch {
        return { ok: false, message: `--url "${v}" is not a valid URL` };
      }
      args.url = v;
    } else if (name === '--date') {
      const v = value();
      if (!v || !isIsoDay(v))
        return { ok: false, message: `--date needs a day as YYYY-MM-DD, got "${v ?? ''}"` };
      args.date = v;
    } else if (arg === '-' || !arg.startsWith('-')) files.push(arg);
    else return { ok: false, message: `unknown option "${arg}"; ${USAGE}` };
  }
  if (files.length !== 1)
    return { ok: false, message: files.length ? `one file at a time; ${USAGE}` : USAGE };
  args.file = files[0] as string;
  return { ok: true, command: 'analyze', args };
}

/** A real calendar day in ISO form. */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}
