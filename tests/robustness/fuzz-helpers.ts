/** Seeded randomness and text generators shared by the fuzz tests: the same seed, the same cases. */
import { readdirSync, readFileSync } from 'node:fs';
import type { UserGlossaryEntry } from '../../src/core/acronyms/user-glossary';
import { fileURLToPath } from 'node:url';

/** Cases per property: thousands in CI, more with `KAMERLENS_FUZZ_RUNS` for a long local run. */
export function fuzzRuns(ciDefault: number): number {
  const wanted = Number(process.env.KAMERLENS_FUZZ_RUNS);
  return Number.isFinite(wanted) && wanted > 0 ? Math.floor(wanted) : ciDefault;
}

/** The seed: fixed in CI so a failure reproduces; `KAMERLENS_FUZZ_SEED` explores others. */
export function fuzzSeed(): number {
  const wanted = Number(process.env.KAMERLENS_FUZZ_SEED);
  return Number.isFinite(wanted) ? wanted >>> 0 : 0x6b616d65;
}

/** mulberry32: small, fast, good enough to pick test cases. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}

export type Rng = ReturnType<typeof prng>;

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The real letters of the fixtures, `URL:` line and blank line stripped. */
export function realLetters(): string[] {
  const dir = `${FIXTURES}letters/letters/`;
  const letters = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      readFileSync(dir + f, 'utf8')
        .split('\n')
        .slice(2)
        .join('\n'),
    );
  letters.push(readFileSync(`${FIXTURES}navo-defensieministers-2022-09-30.txt`, 'utf8'));
  return letters;
}

/** The head of a real letter: with it, the core treats the text as a paper and runs every finder. */
export const PAPER_HEAD = `28 676 NAVO

Nr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 30 september 2022

`;

/** Characters that trip text code: odd spaces, soft hyphens, bidi controls, astral and lone surrogates. */
const ODD_CHARS = [
  '\u00ad', // soft hyphen
  '\u00a0', // no-break space
  '\u2009',
  '\u200b', // zero-width space
  '\u200e', // left-to-right mark
  '\u202e', // right-to-left override
  '\ufeff',
  '\u0000',
  '\r',
  '\t',
  '\f',
  '\u2028',
  '\ufb01', // ﬁ ligature
  '¹',
  '²',
  '³',
  '–',
  '—',
  '‘',
  '’',
  '“',
  '”',
  'é',
  'ë',
  'İ',
  'ß',
  'ﬀ',
  'ש',
  'ع',
  '𝐀',
  '😀',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u0301', // combining accent
];
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     ..,,;:()[]/-\n\n';

/** Random characters: mostly plain Latin text material, with a share of odd ones. */
export function randomChars(r: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++)
    s += r.chance(0.15) ? r.pick(ODD_CHARS) : ASCII[r.int(0, ASCII.length - 1)];
  return s;
}

/** Pieces of real letters: acronyms, definitions, citations, dates, commitments, questions, footnotes. */
const TOKENS = [
  'NAVO',
  'EU',
  'NAVO-Top',
  'IenW',
  'Woo',
  'bbp',
  'KBA',
  'SO',
  'UDCG',
  'Ukraine Defense Contact Group (UDCG)',
  'de Raad Economische en Financiële Zaken (Ecofin)',
  '(',
  ')',
  '((',
  '))',
  'Kamerstuk',
  'Kamerstukken II 2021/22, 29 521, nr. 446',
  '29 521',
  '36 200-X',
  'nr.',
  'nrs.',
  '446',
  ', 447 en 448',
  'Handelingen II 2014/15, nr. 12, item 5',
  'Aanhangsel Handelingen II 2019/20, nr. 1234',
  'Stcrt. 2013, 10981',
  'Stb. 2020, 12',
  '12 en 13 oktober',
  '30 september 2022',
  'voor de zomer',
  'in het voorjaar van 2023',
  'eind 2024',
  'Q3 2023',
  'vergaderjaar 2022–2023',
  'volgende week',
  'Ik zal uw Kamer voor 1 januari informeren.',
  'Ik kom hierop terug.',
  'Vraag 1',
  'Antwoord 1',
  'Den Haag,',
  '1. Inleiding',
  'De Minister van Defensie,',
  'Tweede Kamer der Staten-Generaal',
  'https://zoek.officielebekendmakingen.nl/kst-28676-409.html',
  'voet-\nnoot',
  '¹ Kamerstuk 28 676, nr. 400.',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', ', ', '. ', ' (', ') ', '-', '–', '/', '\u00ad', '-\n', ''];

/** A soup of real tokens with random separators: the finders' grammar, jumbled. */
export function tokenSoup(r: Rng, tokens: number): string {
  let s = '';
  for (let i = 0; i < tokens; i++) s += r.pick(TOKENS) + r.pick(SEPARATORS);
  return s;
}

/** A real letter mutated a few times: slices deleted, duplicated, moved; odd characters inserted. */
export function mutatedLetter(r: Rng, letters: readonly string[]): string {
  let s = r.pick(letters);
  if (s.length > 4000) {
    const from = r.int(0, s.length - 4000);
    s = s.slice(from, from + 4000);
  }
  for (let k = r.int(1, 8); k > 0; k--) {
    const i = r.int(0, s.length);
    const j = Math.min(s.length, i + r.int(0, 200));
    switch (r.int(0, 4)) {
      case 0:
        s = s.slice(0, i) + s.slice(j);
        break;
      case 1:
        s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
        break;
      case 2:
        s = s.slice(0, i) + randomChars(r, r.int(1, 20)) + s.slice(i);
        break;
      case 3:
        s = s.slice(0, i) + s.slice(i, j).toUpperCase() + s.slice(j);
        break;
      default:
        s = s.slice(0, i) + tokenSoup(r, r.int(1, 6)) + s.slice(i);
    }
  }
  return s;
}

/** Structures that make naive parsers backtrack or recurse: repeated, nested, unterminated. */
export function adversarial(r: Rng): string {
  const n = r.int(1, 400);
  const unit = r.pick([
    '(',
    ')',
    'A (',
    'ABC (ABC (',
    'AB-CD-',
    'A.B.C.',
    'Kamerstuk 1, nr. 1, ',
    '1, 2, ',
    '1 en ',
    '1 januari, ',
    'januari ',
    'van de ',
    '-\n',
    '\n',
    ' ',
    '¹',
    'Vraag 1\n',
    'Ik zal ',
    'NAVO ',
    'x'.repeat(50),
    'A',
    '1',
    '.',
    '\u00ad',
  ]);
  return unit.repeat(n) + (r.chance(0.5) ? r.pick(TOKENS) : '');
}

/** Spellings a reader's glossary may hold beside words of the letter: known, lower case, dotted, odd. */
const GLOSSARY_SPELLINGS = [
  'NAVO',
  'EU',
  'bbp',
  'Woo',
  'nr.',
  'a.s.',
  'Stb.',
  '(',
  ')',
  'A',
  '’s',
  '-',
  '29',
  '*',
  '\\',
  '$&',
];

/**
 * `text` with a reader's glossary of one to six entries, as its import would let them through (one word of at most
 * 20 characters, no two alike): words of the text with their punctuation, known and odd spellings, random
 * characters; a third disabled, some with markup for a meaning.
 */
export function withUserGlossary(r: Rng, text: string): { text: string; userGlossary: UserGlossaryEntry[] } {
  const words = text.split(/\s+/).filter(Boolean);
  const userGlossary: UserGlossaryEntry[] = [];
  const seen = new Set<string>();
  for (let k = r.int(1, 6); k > 0; k--) {
    const pick = r.next();
    const raw =
      pick < 0.6 && words.length > 0
        ? r.pick(words)
        : pick < 0.8
          ? r.pick(GLOSSARY_SPELLINGS)
          : randomChars(r, r.int(1, 6));
    const abbr = raw.replace(/\s/g, '').slice(0, 20);
    if (!abbr || seen.has(abbr)) continue;
    seen.add(abbr);
    userGlossary.push({
      abbr,
      expansion: r.chance(0.1) ? '<img src=x onerror=alert(1)>' : `Uitleg van ${abbr}`,
      ...(r.chance(0.3) ? { disabled: true } : {}),
    });
  }
  return { text, userGlossary };
}

/**
 * A reference day (`--date`) as a caller of the core may pass one: mostly a real day of a plausible year, else one
 * at the ends of the calendar (`9999-12-01` once put `de zomer` in the year 10000) or no day at all.
 */
export function referenceDay(r: Rng): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const year = r.chance(0.7) ? r.int(1990, 2030) : r.pick([0, 1, 99, 100, 999, 1000, 1582, 2999, 3000, 9999]);
  const day = `${pad(year, 4)}-${pad(r.int(1, 12), 2)}-${pad(r.pick([1, 15, 28, 29, 30, 31]), 2)}`;
  return r.chance(0.05) ? r.pick(['', 'morgen', '2022-9-30', '30-09-2022']) : day;
}
