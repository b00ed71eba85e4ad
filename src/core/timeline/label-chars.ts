/** What the label builders share: sizes, and character tests on codes (no strings). */
import { isWhiteSpace } from '../text/chars';

/** Labels are cut to this many characters. */
export const MAX_LABEL = 80;
/** A clause whose label would be shorter than this says too little: the wider one is tried. */
export const MIN_LABEL = 15;

/**
 * Characters a label loses at both ends: white space and `,` `;` `:` `.` `–` `—` `-`, and the bullets
 * that open list items (`• De uitgaande brief`, 116): `•` `·` `▪` `◦`.
 */
export function isLoose(c: number): boolean {
  return (
    isWhiteSpace(c) ||
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x25aa ||
    c === 0x25e6 ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2d
  );
}

/**
 * A preposition left dangling before a removed date, with the article a season or period takes: `Op`,
 * `in`, `d.d.`, `tot en met`, `In het` (`In het najaar van 2024 zal ik …`), `voor de` (`voor de zomer`).
 */
export const DANGLING_BEFORE =
  /(?:^|\s)(?:op|in|van|per|d\.\s?d\.|sinds|vanaf|tot(?: en met)?|t\/m|voor|vóór|na|rond|omstreeks|uiterlijk|tijdens|met ingang van)(?:\s(?:het|de))?\s*$/i;

/** The longest match of DANGLING_BEFORE in a collapsed string: ` met ingang van het`. */
export const DANGLING_REACH = 19;

/**
 * Lower-case words that end a match of DANGLING_BEFORE, by length: `met` ends `tot en met`
 * and `met ingang van`, `d.` ends `d. d.`.
 */
const DANGLING_LAST_WORDS: readonly (readonly string[] | undefined)[] = (() => {
  const byLength: string[][] = [];
  for (const w of [
    'op',
    'in',
    'van',
    'per',
    'd.d.',
    'd.',
    'sinds',
    'vanaf',
    'tot',
    'met',
    't/m',
    'voor',
    'vóór',
    'na',
    'rond',
    'omstreeks',
    'uiterlijk',
    'tijdens',
    // The article after them.
    'het',
    'de',
  ]) {
    (byLength[w.length] ??= []).push(w);
  }
  return byLength;
})();

/** A–Z and the Latin-1 capitals À–Þ (but ×) to lower case; any other code as it is. */
function lowerLatin(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/**
 * Does s[0, end) end with `lower` (lower-case ASCII and Latin-1 letters, other characters as they are)
 * when compared as a regex with the flag `i` and without `u` compares? That flag pairs only ASCII letters
 * and Latin-1 letters such as `ó`/`Ó` (a character outside ASCII never matches an ASCII letter), which
 * `lowerLatin` pairs too.
 */
export function endsWithLower(s: string, end: number, lower: string): boolean {
  const from = end - lower.length;
  if (from < 0) return false;
  for (let i = 0; i < lower.length; i++) {
    if (lowerLatin(s.charCodeAt(from + i)) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Could DANGLING_BEFORE (`/(?:^|\s)(?:op|in|…|met ingang van)(?:\s(?:het|de))?\s*$/i`) match s[from, to), a stretch whose
 * white space is single spaces with none at its ends? A match ends with one of the words above, after a
 * space or at the start. The flag `i` without `u` pairs only ASCII letters and Latin-1 letters such as
 * `ó`/`Ó`, which `lowerLatin` pairs too, so `false` means no match; `true` means the regex must decide.
 */
export function mayEndDangling(s: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && s.charCodeAt(k - 1) !== 0x20) {
    k--;
    if (to - k > 9) return false;
  }
  const length = to - k;
  const words = DANGLING_LAST_WORDS[length];
  if (words === undefined) return false;
  for (const w of words) {
    let i = 0;
    while (i < length && lowerLatin(s.charCodeAt(k + i)) === w.charCodeAt(i)) i++;
    if (i === length) return true;
  }
  return false;
}

/**
 * Two stretches of a label, joined where a date was taken out between them: with a space, but none
 * after `(` or `[` or before `)` `]` `,` `.` `;` `:` `?` `!` `»` `”` (`(ingezonden 13 december 2010)` gives
 * `(ingezonden)`, `over 2006?` gives `over?`), and brackets left empty go (`de brief (30 juni 2023) over`
 * gives `de brief over`).
 */
export function joinParts(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  // Brackets or quotes that held only the date go with it: `wordt «1 januari 1996» vervangen` (630).
  if (
    (last === 0x28 && first === 0x29) ||
    (last === 0x5b && first === 0x5d) ||
    (last === 0xab && first === 0xbb) ||
    (last === 0x201c && first === 0x201d)
  ) {
    return joinParts(a.slice(0, -1).trimEnd(), b.slice(1).trimStart());
  }
  if (last === 0x28 || last === 0x5b || isClosingOrPunctuation(first)) return a + b;
  return `${a} ${b}`;
}

/** `)` `]` `,` `.` `;` `:` `?` `!` `»` `”` */
function isClosingOrPunctuation(c: number): boolean {
  return (
    c === 0x29 ||
    c === 0x5d ||
    c === 0x2c ||
    c === 0x2e ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x3f ||
    c === 0x21 ||
    c === 0xbb ||
    c === 0x201d
  );
}
