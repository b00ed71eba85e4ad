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
  /** Add the analysed text to the JSON (`text`): for a page, the extracted text its offsets point into. */
  withText: boolean;
}

export type ParsedArgs =
  | { ok: true; command: 'analyze'; args: AnalyzeArgs }
  | { ok: true; command: 'help' }
  | { ok: true; command: 'version' }
  | { ok: false; message: string };

export const USAGE =
  'usage: kamerlens analyze [--json [--with-text]] [--url URL] [--date YYYY-MM-DD] [--lookup] [--] FILE|-';

/** `kamerlens --help`: one line per command, option and exit code. */
export const HELP = `${USAGE}

Analyses a Dutch parliamentary paper: its kind and date, acronyms, citations, dates, timeline
and outline (the JSON is described in docs/analysis-contract.md).

Commands:
  analyze FILE|-        analyse a plain text or a saved page (.html, or any file opening as a
                        page does), in UTF-8 or in UTF-16
  help                  print this help (also --help, -h)
  version               print the version (also --version, -v)

Options of analyze:
  --json                print the analysis as JSON (schema 1); without it, a readable summary
  --with-text           with --json: add "text", the text the offsets point into (for a saved
                        page, the text read from it, which is not the file's)
  --url URL             the address the document came from (it decides site-specific detection)
  --date YYYY-MM-DD     the reference day for dates without a year (default: the paper's date)
  --lookup              ask the Tweede Kamer API and KOOP SRU for the titles of cited papers
                        (network; KAMERLENS_TK_ODATA_URL, KAMERLENS_SRU_URL and
                        KAMERLENS_LOOKUP_TIMEOUT_MS point it elsewhere)
  -h, --help            print this help
  --                    end of options: what follows is the file, even if it starts with -

FILE:
  -                     standard input (a file named - is ./-)

Exit codes:
  0                     analysed, also when the document is not a parliamentary paper
  2                     bad arguments, or input that cannot be read (one line on stderr)
  1                     an internal error (a bug in Kamerlens)`;

/** Options that are switches: given a value (`--lookup=no`) they would be read as on. */
const SWITCHES = new Set(['--json', '--with-text', '--lookup', '--help']);

/** Parses argv (without node and script). Never throws: bad arguments come back as one-line messages. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { ok: true, command: 'help' };
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    return { ok: true, command: 'version' };
  }
  if (command !== 'analyze') return { ok: false, message: `unknown command "${command}"; ${USAGE}` };
  const args: AnalyzeArgs = {
    json: false,
    url: undefined,
    date: undefined,
    file: '',
    lookup: false,
    withText: false,
  };
  const files: string[] = [];
  let options = true;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!options || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      options = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? rest[++i];
    if (inline !== undefined && SWITCHES.has(name)) {
      return { ok: false, message: `${name} takes no value, got "${arg}"; ${USAGE}` };
    }
    if (name === '--help' || name === '-h') return { ok: true, command: 'help' };
    if (name === '--json') args.json = true;
    else if (name === '--lookup') args.lookup = true;
    else if (name === '--with-text') args.withText = true;
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
    } else return { ok: false, message: `unknown option "${arg}"; ${USAGE}` };
  }
  if (files.length !== 1)
    return { ok: false, message: files.length ? `one file at a time; ${USAGE}` : USAGE };
  if (args.withText && !args.json) return { ok: false, message: `--with-text needs --json; ${USAGE}` };
  args.file = files[0] as string;
  return { ok: true, command: 'analyze', args };
}

/** A real calendar day in ISO form, of a year a paper can have (1000–2999). */
export function isIsoDay(value: string): boolean {
  return paperIsoDay(value) !== null;
}
