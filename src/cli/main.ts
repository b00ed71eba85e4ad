import { analyze, type AnalyzeInput } from '../core/analyze';
// A named import: the bundle inlines the version alone, and reads no file at run time.
import { version } from '../../package.json';
import { HELP, parseArgs } from './args';
import { addCitationTitles, lookupOptionsFromEnv } from './lookup';
import { pageToInput } from './page';
import { readInput } from './read-input';
import { formatSummary } from './summary';

/** Exit codes of the contract: 0 success (also for non-papers), 2 unreadable input or bad arguments. */
const EXIT_BAD_INPUT = 2;

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`kamerlens: ${parsed.message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (parsed.command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (parsed.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const { args } = parsed;
  const read = await readInput(args.file);
  if (!read.ok) {
    process.stderr.write(`kamerlens: ${read.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const input: AnalyzeInput = read.isHtml
    ? await pageToInput(read.content, args.url)
    : { text: read.content, page: args.url ? { url: args.url } : undefined };
  if (args.date) input.referenceDate = args.date;
  const lookupOptions = args.lookup ? lookupOptionsFromEnv(process.env) : null;
  if (lookupOptions && !lookupOptions.ok) {
    process.stderr.write(`kamerlens: ${lookupOptions.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = analyze(input);
  if (lookupOptions?.ok && result.citations.length > 0) {
    // Titles where the network allows; without it the citations stay as analysed (exit 0).
    const looked = await addCitationTitles(result.citations, lookupOptions.options);
    result.citations = looked.citations;
    if (looked.note) process.stderr.write(`kamerlens: ${looked.note}\n`);
  }
  // The text last, after the findings a reader looks at first.
  const output = args.withText ? { ...result, text: input.text } : result;
  process.stdout.write(args.json ? `${JSON.stringify(output, null, 2)}\n` : formatSummary(result));
  return 0;
}

// `kamerlens analyze x | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`kamerlens: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours, not bad input: still one line, never a stack trace.
    process.stderr.write(
      `kamerlens: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
