import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../core/analyze';
import {
  addTally,
  emptyTally,
  precision,
  recall,
  scoreAcronyms,
  scoreCitations,
  scoreDates,
  scoreExpansions,
  scoreGlossaryExpansions,
  type Gold,
  type Tally,
} from '../eval/score';

/**
 * `npm run eval`: runs the analysis over every letter with gold in tests/fixtures/letters/ and
 * prints accuracy of the document facts and precision/recall per finding category, with the misses.
 */
const dir = process.argv[2] ?? 'tests/fixtures/letters';
const goldDir = join(dir, 'gold');
const letterDir = join(dir, 'letters');
// A mistyped folder or an option (`--help`) gets a sentence, not a stack trace.
if (!existsSync(goldDir) || !existsSync(letterDir)) {
  process.stderr.write(
    `Usage: npm run eval [-- <folder>]\n` +
      `The folder (default tests/fixtures/letters) must hold gold/ and letters/; ${JSON.stringify(dir)} does not.\n`,
  );
  process.exit(2);
}

interface Accuracy {
  right: number;
  total: number;
  misses: string[];
}
const acc = (): Accuracy => ({ right: 0, total: 0, misses: [] });
const facts = { detection: acc(), letterDate: acc(), kind: acc(), dossier: acc() };
const cats = {
  acronyms: emptyTally(),
  expansions: emptyTally(),
  glossaryMeanings: emptyTally(),
  citations: emptyTally(),
  dates: emptyTally(),
};

function check(a: Accuracy, name: string, got: unknown, want: unknown): void {
  a.total++;
  if (got === want) a.right++;
  else a.misses.push(`${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

const files = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
for (const file of files) {
  const slug = file.replace(/\.json$/, '');
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
  const raw = readFileSync(join(letterDir, `${slug}.txt`), 'utf8');
  // Line 1 is "URL: …", line 2 blank: not part of the document.
  const text = raw.replace(/^URL: [^\n]*\n\n?/, '');
  const result = analyze({ text, page: { url: gold.url } });
  check(facts.detection, slug, result.isParliamentary, gold.is_parliamentary);
  if (!gold.is_parliamentary) continue;
  check(facts.letterDate, slug, result.document.letterDate, gold.letter_date);
  check(facts.kind, slug, result.document.kind, gold.kind);
  check(
    facts.dossier,
    slug,
    `${result.document.dossier}/${result.document.number}`,
    `${gold.dossier}/${gold.number}`,
  );
  const add = (into: Tally, t: Tally) => addTally(into, t, `${slug}: `);
  add(cats.acronyms, scoreAcronyms(result, gold));
  add(cats.expansions, scoreExpansions(result, gold));
  add(cats.glossaryMeanings, scoreGlossaryExpansions(result, gold));
  add(cats.citations, scoreCitations(result, gold));
  add(cats.dates, scoreDates(result, gold));
}

const pct = (x: number) => x.toFixed(3);
const out: string[] = [`Kamerlens eval over ${files.length} documents in ${dir}`, ''];
out.push('Document facts        accuracy');
for (const [name, a] of Object.entries(facts)) {
  out.push(`  ${name.padEnd(20)}${pct(a.total ? a.right / a.total : 1)}  (${a.right}/${a.total})`);
}
out.push('', 'Findings              precision  recall   tp  fp  fn');
for (const [name, t] of Object.entries(cats)) {
  out.push(
    `  ${name.padEnd(20)}${pct(precision(t)).padEnd(11)}${pct(recall(t)).padEnd(9)}${String(t.truePositives).padStart(2)}  ${String(t.falsePositives).padStart(2)}  ${String(t.falseNegatives).padStart(2)}`,
  );
}
const misses = [
  ...Object.entries(facts).flatMap(([n, a]) => a.misses.map((m) => `${n}  ${m}`)),
  ...Object.entries(cats).flatMap(([n, t]) => t.misses.map((m) => `${n}  ${m}`)),
];
out.push('', misses.length ? `Misses (${misses.length})` : 'No misses.');
for (const m of misses) out.push(`  ${m}`);
process.stdout.write(out.join('\n') + '\n');
