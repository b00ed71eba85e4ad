/**
 * Property tests of the analysis core on random and adversarial text: whatever the input,
 * `analyze` returns, every span lies inside the text, findings of one kind never overlap, and the
 * same input gives the same result, however often and in whatever order it is analysed.
 * Failures print the seed and case number; `KAMERLENS_FUZZ_RUNS=100000` runs a long local search.
 */
import { describe, expect, it } from 'vitest';
import type { UserGlossaryEntry } from '../../src/core/acronyms/user-glossary';
import { analyze, type AnalyzeInput } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';
import {
  adversarial,
  fuzzRuns,
  fuzzSeed,
  mutatedLetter,
  PAPER_HEAD,
  prng,
  randomChars,
  realLetters,
  tokenSoup,
  referenceDay,
  withUserGlossary,
  type Rng,
} from './fuzz-helpers';
import { problems } from './properties';

const RUNS = fuzzRuns(600);
const SEED = fuzzSeed();
const letters = realLetters();

/**
 * Runs every property on one input (a text, or a text with a reader's glossary or a reference day); returns a
 * reproducer on failure.
 */
function check(raw: string | AnalyzeInput): string | null {
  const input = typeof raw === 'string' ? { text: raw } : raw;
  let first: AnalysisResult;
  try {
    first = analyze(input);
  } catch (error) {
    return `threw ${String(error)}`;
  }
  const found = [...problems(input.text, first), ...glossaryProblems(first, input.userGlossary)];
  if (found.length) return found.slice(0, 5).join('\n');
  const again = analyze(input);
  if (JSON.stringify(again) !== JSON.stringify(first)) return 'a second analysis gave another result';
  return null;
}

/** A reader's disabled entry hides its abbreviation (unless the letter defines it itself). */
function glossaryProblems(result: AnalysisResult, userGlossary: readonly UserGlossaryEntry[] = []): string[] {
  const hidden = new Set(userGlossary.filter((e) => e.disabled).map((e) => e.abbr));
  return result.acronyms
    .filter((a) => hidden.has(a.abbr) && a.source !== 'document')
    .map((a) => `${a.abbr} is shown, though the reader hid it`);
}

function fuzz(name: string, make: (r: Rng, i: number) => string | AnalyzeInput, runs = RUNS) {
  // No timing assertion: the timeout only stops a hang, and grows with the number of cases.
  it(`${name} (${runs} cases, seed ${SEED})`, { timeout: 60_000 + runs * 100 }, () => {
    const r = prng(SEED ^ hash(name));
    const failures: string[] = [];
    for (let i = 0; i < runs && failures.length < 3; i++) {
      const input = make(r, i);
      const problem = check(input);
      if (problem) failures.push(`case ${i}: ${problem}\n  input: ${JSON.stringify(input).slice(0, 800)}`);
    }
    expect(failures).toEqual([]);
  });
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// Half the cases carry a real letter head, so the text counts as a paper and every finder runs.
const maybeHead = (r: Rng, s: string) => (r.chance(0.5) ? PAPER_HEAD + s : s);

describe('the core on random and adversarial text', () => {
  fuzz('random characters', (r) => maybeHead(r, randomChars(r, r.int(0, 1500))));
  fuzz('soups of real tokens', (r) => maybeHead(r, tokenSoup(r, r.int(1, 150))));
  fuzz('mutated real letters', (r) => mutatedLetter(r, letters), Math.ceil(RUNS / 3));
  fuzz('repeated and nested structures', (r) => maybeHead(r, adversarial(r)));
  fuzz(
    'mutated real letters with a reader’s glossary',
    (r) => withUserGlossary(r, mutatedLetter(r, letters)),
    Math.ceil(RUNS / 3),
  );
  // Without the head's date line, which would place the dates after it instead.
  const undatedHead = PAPER_HEAD.replace(/Den Haag, .*\n\n/, '');
  fuzz('token soups on a reference day', (r) => ({
    text: undatedHead + tokenSoup(r, r.int(1, 150)),
    referenceDate: referenceDay(r),
  }));

  it('gives the same result for a text whatever was analysed before (no state between calls)', () => {
    const r = prng(SEED);
    const texts = Array.from({ length: 40 }, () => PAPER_HEAD + tokenSoup(r, 80));
    const alone = texts.map((text) => JSON.stringify(analyze({ text })));
    const shuffled = texts.map((_, i) => texts.length - 1 - i);
    for (const i of shuffled) expect(JSON.stringify(analyze({ text: texts[i] as string }))).toBe(alone[i]);
  });

  it('finds in every real letter what it found before mutation elsewhere (sanity: the fuzz inputs reach the finders)', () => {
    let acronyms = 0;
    let citations = 0;
    let dates = 0;
    const r = prng(SEED);
    for (let i = 0; i < 50; i++) {
      const res = analyze({ text: PAPER_HEAD + tokenSoup(r, 100) });
      acronyms += res.acronyms.length;
      citations += res.citations.length;
      dates += res.dates.length;
    }
    expect(acronyms).toBeGreaterThan(50);
    expect(citations).toBeGreaterThan(50);
    expect(dates).toBeGreaterThan(50);
  });
});

// Inputs a long local run found, minimized: each broke a property once, and its fix has a unit test too.
const FOUND: [string, string | AnalyzeInput][] = [
  // An occurrence listed twice (`ekv` glued to two capitals; tests/core/acronyms/definitions/index.test.ts).
  ['seed 99173, mutated real letters, case 24674', '31935\nNr.T exrtkredietver(ekv)ekv-IL'],
  // Two of the reader's spellings marked at one place (tests/core/acronyms/user-glossary.test.ts).
  [
    'a temporary run of mutated letters with a reader’s glossary, case 8574',
    {
      text: '28676\nNr.E\nnr.)',
      userGlossary: [
        { abbr: 'nr.)', expansion: 'Uitleg nr.)' },
        { abbr: 'nr.', expansion: 'Uitleg nr.' },
      ],
    },
  ],
  // A timeline entry with an empty label: brackets before a date that ends the text
  // (tests/core/timeline/cut-end.test.ts).
  ['seed 31415926, repeated and nested structures, case 4890', `${PAPER_HEAD}(((((((((((((((in 2023`],
  // A timeline label of brackets alone: brackets before a date that ends its sentence
  // (tests/core/timeline/cut-end.test.ts).
  ['a run of brackets before a dated sentence', `${PAPER_HEAD}(((((((((((((((((((((in 2023.`],
  // A commitment label of closing brackets alone (tests/core/timeline/commitment-label.test.ts).
  [
    'seed 49491205, repeated and nested structures, case 637',
    `${PAPER_HEAD}${')'.repeat(159)}Ik zal uw Kamer voor 1 januari informeren.`,
  ],
  // Twins of one date relabelled `…` (tests/core/timeline/twin-labels.test.ts).
  [
    'seed 49491205, mutated real letters, case 25505 (minimized)',
    `${PAPER_HEAD}– de brief d.d. 14 april 2020 inzake verslag houdende een lijst van vragen en antwoorden inzake Tweede incidentele suppletoire begrotingskredieten) (Kamerstuk 35 433);\n– de brief d.d. 14 april 2020 inzake verslag houdende een lijst van vragen en antwoorden inzake Tweede incidentele suppletoire begroting inzake COVID-19 crisismaatregel herverzekering leverancierskredieten (Kamerstuk 35 433, nr. 4).\n`,
  ],
  // A commitment label left empty: its due date's list began in the sentence before, across a footnote marker taken
  // out (tests/core/timeline/timeline.test.ts).
  [
    'seed 53120603, token soups on a reference day, case 52443 (minimized)',
    {
      text: `${PAPER_HEAD.replace(/Den Haag, .*\n\n/, '')}vergaderjaar 2022–2023 (29 521\nHandelingen II 2014/15, nr. 12, item 5. UDCG, Ik kom hierop terug.. )12 en 13 oktober`,
      referenceDate: '9999-03-31',
    },
  ],
  // A commitment label of brackets and `…` alone: the bracket closed at the label's cut took the room of its one long
  // word, a web address (tests/core/timeline/quotes.test.ts).
  [
    'seed 59120701, soups of real tokens, case 57966 (minimized)',
    `${PAPER_HEAD}( https://zoek.officielebekendmakingen.nl/kst-28676-409.html-Kamerstuk-Handelingen II 2014/15, nr. 12, item 5, , 447 en 448) Ik kom hierop terug.\nnr.) NAVO-12 en 13 oktober`,
  ],
  // A definition with an empty span: the glossary's one-word name taken for written before `(Mw)` though it is not
  // there (tests/core/acronyms/bracketed-short-forms.test.ts).
  [
    'seed 50061206, mutated real letters with a reader’s glossary, case 553 (minimized)',
    'Aan de Voorzitter van de Tweede Kamer \nDag, 4oktober 2024\nMSWj,(Mw)',
  ],
];

describe('inputs the fuzz found', () => {
  it.each(FOUND)('%s', (_name, input) => {
    expect(check(input)).toBeNull();
  });
});

// Megabyte inputs of one repeated structure: these hang a parser that backtracks or rescans.
// (No timing assertion: a quadratic finder shows up as a test that does not finish before its timeout.)
const MEGABYTE = 1_000_000;
const HUGE: [string, string][] = [
  ['one capital letter', 'A'],
  ['capitals and spaces', 'AB '],
  ['open parentheses', '('],
  ['nested definitions', 'ABC (ABC ('],
  ['an acronym with a long form', 'Ukraine Defense Contact Group (UDCG) '],
  ['a citation number list', 'Kamerstuk 29 521, nr. 1, '],
  ['a date list', '1 en '],
  ['line-end hyphens', 'voet-\n'],
  ['soft hyphens', 'a\u00ad'],
  ['footnote markers', 'woord¹ '],
  ['questions', 'Vraag 1\n'],
  ['commitment openings', 'Ik zal '],
  // The timeline once read back to the line's start (or a `|`) for every date: quadratic on one long line.
  ['dates on one long line', '1 januari 2024, '],
  // The timeline read the list item of each letter's date (`d.d. …`) up to the next `;` or bullet, past its
  // sentence when there was none: a quarter megabyte of such lines took 10 s, this megabyte minutes.
  ['letters of one day listed without semicolons', 'de brief van de minister d.d. 1 januari 2024 inzake x\n'],
  ['dates in metadata-like cells', '| Tweede Kamer der Staten-Generaal | 2023-2024 | '],
  ['web addresses', 'zie https://eur-lex.europa.eu/EN/TXT/ en '],
  ['no spaces at all', 'x'],
  ['blank lines', '\n'],
  // The sentence split read the run of end marks after each of its marks again: 40,000 question marks took 3 s.
  ['a run of question marks', '?'],
  ['a run of full stops and exclamation marks', '.!'],
];

describe('the core on megabyte inputs', () => {
  it.each(HUGE)('%s, repeated to 1 MB, under a paper head', { timeout: 120_000 }, (_name, unit) => {
    const text = PAPER_HEAD + unit.repeat(Math.ceil(MEGABYTE / unit.length));
    const result = analyze({ text });
    expect(result.isParliamentary).toBe(true);
    expect(problems(text, result)).toEqual([]);
  });

  // A quadratic scan can still finish on 1 MB: the test whether a date opens a date line once read back to
  // its line's start, and 1 MB of dates on one line took 26 s. Four megabytes take seconds when the work is
  // linear, and would take minutes (past the timeout) when it is not.
  it('dates on one long line, repeated to 4 MB, under a paper head', { timeout: 60_000 }, () => {
    const unit = '1 januari 2024, ';
    const text = PAPER_HEAD + unit.repeat(Math.ceil((4 * MEGABYTE) / unit.length));
    const result = analyze({ text });
    expect(result.dates.length).toBeGreaterThan(200_000);
    expect(problems(text, result)).toEqual([]);
  });
});
