import { isDigit, isLetter, isLetterOrDigit, isLower, isSpace, isUpper } from './chars';

/**
 * Words broken across lines by PDF extraction: when to join them, and when the hyphen is real.
 *
 * Rules, each with the example that motivated it (NAVO letter = `tests/fixtures/navo-defensieministers-2022-09-30.txt`):
 * - `join`: lowercase letter-hyphen-break-lowercase letter is a hyphenation: `Strate-\ngisch` → `Strategisch`,
 *   `onafhanke-\nlijkheid`, `activi-\nteiten`, `wense-\nlijkheid`, `onder-\nzoekt` (all NAVO letter). Spaces before
 *   the break and at the start of the next line are dropped too (`Strate- \ngisch`).
 * - `keep-hyphen` (the break goes, the hyphen stays):
 *   - a capital after the break: `Noord-\nAtlantische Raad` (NAVO letter), `Bosnië-\nHerzegovina`;
 *   - two or more capitals before it (an acronym or party name): `NAVO-\nMinisters`, `NAVO-\nministers`, `PvdA-\nfractie`;
 *   - a digit on either side: `2021-\n2027`, `21 501-\n28`, `COVID-\n19`;
 *   - a one-letter word before it (hyphenators never leave one letter behind): `e-\nmail`, `x-\nas`;
 *   - vowels that Dutch spelling separates with a hyphen in compounds (klinkerbotsing, Taalunie): `defensie-\nuitgaven`
 *     (`defensie-uitgaven`, NAVO letter), `zee-\neend`, `auto-\nindustrie`; a hyphenator never splits such a pair inside
 *     a word (derivations write `ë`/`ï` instead: `beïnvloeden`);
 *   - prefixes that always take a hyphen: `vice-\npremier`, `niet-\nroker`.
 * - `keep-space` (hyphen stays, the break was a space): a suspended compound before `en`/`of`/`tot`:
 *   `kennis-\nen innovatiebasis` → `kennis- en innovatiebasis`, `zes-\ntot achtjarigen`.
 * - `keep` (not touched): no letter or digit right after the break, e.g. a footnote block interleaved at a page break:
 *   `kennisgevings-\n\n1 Concreet …` (NAVO letter), or no letter/digit before the hyphen (a dash: `tekst -\nmeer`).
 */
export type HyphenDecision = 'join' | 'keep-hyphen' | 'keep-space' | 'keep';

/** Words after the break that make the hyphen part of a suspended compound (`kennis- en innovatiebasis`). */
const LIST_WORDS = new Set(['en', 'of', 'tot']);

/** Prefixes that always take a hyphen; only ones that a hyphenator cannot produce from a longer word. */
const HYPHEN_PREFIXES = new Set(['vice', 'niet']);

/** Vowel pairs that Dutch writes apart with a hyphen (or a diaeresis) because they would read as one sound. */
const CLASHING_VOWELS = new Set([
  'aa',
  'ae',
  'ai',
  'au',
  'ee',
  'ei',
  'eu',
  'ie',
  'ii',
  'oe',
  'oi',
  'oo',
  'ou',
  'ui',
  'uu',
]);

/**
 * Decides on a line-end hyphen from the word before it (letters and digits, possibly truncated at its start)
 * and the word after the break (letters and digits, possibly truncated at its end).
 */
export function classifyLineEndHyphen(before: string, after: string): HyphenDecision {
  if (before.length === 0 || after.length === 0) return 'keep';
  if (LIST_WORDS.has(after)) return 'keep-space';
  const last = before.charCodeAt(before.length - 1);
  const first = after.charCodeAt(0);
  if (isDigit(last) || isDigit(first)) return 'keep-hyphen';
  if (isUpper(first)) return 'keep-hyphen';
  let capitals = 0;
  for (let k = 0; k < before.length; k++) {
    const c = before.charCodeAt(k);
    if (isUpper(c)) capitals++;
    if (isDigit(c)) return 'keep-hyphen';
  }
  if (capitals >= 2) return 'keep-hyphen';
  if (before.length === 1) return 'keep-hyphen';
  if (HYPHEN_PREFIXES.has(before.toLowerCase())) return 'keep-hyphen';
  const pair = (before.charAt(before.length - 1) + after.charAt(0)).toLowerCase();
  if (CLASHING_VOWELS.has(pair)) return 'keep-hyphen';
  if (isLetter(last) && isLower(first)) return 'join';
  return 'keep-hyphen';
}

/** How far the word scans reach: enough for any Dutch word part, and keeps every decision O(1). */
const WORD_REACH = 40;

export interface LineEndHyphen {
  decision: Exclude<HyphenDecision, 'keep'>;
  /** Index of the line break in the scanned string. */
  breakIndex: number;
  /** Index of the first character of the word on the next line: where scanning resumes. */
  resume: number;
}

/**
 * Looks at the hyphen (or en dash) at `i` in `s`: when spaces, one line break and spaces follow, decides
 * what to do with it. Returns null when it is not a line-end hyphen or must stay as it is.
 * An en dash only loses its break between digits (`2021–\n2027` → `2021–2027`).
 */
export function scanLineEndHyphen(s: string, i: number): LineEndHyphen | null {
  const n = s.length;
  let k = i + 1;
  while (k < n && isSpace(s.charCodeAt(k))) k++;
  if (k >= n || s.charCodeAt(k) !== 0x0a) return null;
  const breakIndex = k;
  k++;
  while (k < n && isSpace(s.charCodeAt(k))) k++;
  if (k >= n || !isLetterOrDigit(s.charCodeAt(k))) return null;
  if (i === 0 || !isLetterOrDigit(s.charCodeAt(i - 1))) return null;

  if (s.charCodeAt(i) !== 0x2d) {
    // En dash: a range, never a hyphenation.
    return isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(k))
      ? { decision: 'keep-hyphen', breakIndex, resume: k }
      : null;
  }

  let b = i;
  while (b > 0 && i - b < WORD_REACH && isLetterOrDigit(s.charCodeAt(b - 1))) b--;
  let a = k;
  while (a < n && a - k < WORD_REACH && isLetterOrDigit(s.charCodeAt(a))) a++;
  const decision = classifyLineEndHyphen(s.slice(b, i), s.slice(k, a));
  if (decision === 'keep') return null;
  return { decision, breakIndex, resume: k };
}
