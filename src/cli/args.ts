import { paperIsoDay } from '../core/detect/parse-dutch-date';

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
        return { ok: false, message: `--date needs a day as YYYY-MM-DD (years 1000–2999), got "${v ?? ''}"` };
      args.date = v;
    } else if (arg === '-' || !arg.startsWith('-')) files.push(arg);
    else return { ok: false, message: `unknown option "${arg}"; ${USAGE}` };
  }
  if (files.length !== 1)
    return { ok: false, message: files.length ? `one file at a time; ${USAGE}` : USAGE };
  args.file = files[0] as string;
  return { ok: true, command: 'analyze', args };
}

/** A real calendar day in ISO form, of a year a paper can have (1000–2999). */
export function isIsoDay(value: string): boolean {
  return paperIsoDay(value) !== null;
}
