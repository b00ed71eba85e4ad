/**
 * An acronym that neither the letter defines in brackets nor the glossary knows, whose name the letter
 * has written out before it in capitalized words: `het Joint Support Ship Zr.Ms. Karel Doorman`, then
 * `het JSS` (317). The name is the letter's own; without it the reader would see no meaning at all.
 */

import { isWhiteSpace } from '../text/chars';

/** The window before the acronym's first use in which its name is looked for. */
const REACH = 3000;

/** Lower-case words that join the capitalized words of a name: `Raad van State`, `Board of Trade`. */
const JOINERS = new Set([
  'van',
  'voor',
  'de',
  'der',
  'het',
  'en',
  'of',
  'for',
  'the',
  'and',
  'on',
  'in',
  'op',
]);

/** Capitalized words that open a sentence before a name: `De Stichting Kennisnetwerk …`. */
const OPENERS = new Set([
  'De',
  'Het',
  'Een',
  'Dit',
  'Deze',
  'Die',
  'In',
  'Op',
  'Met',
  'Voor',
  'Van',
  'Bij',
  'Door',
  'Om',
  'Als',
  'Ook',
]);

/** Only whole capitals of three to six letters: two letters spell too many phrases by chance. */
const SPELLABLE = /^[A-Z]{3,6}$/;

/** A lower-case letter somewhere in a word. */
const LOWER_CASE = /\p{Ll}/u;

/** A capitalized word (a hyphen may join parts: `Noord-Atlantische`). */
const CAPITALIZED_WORD = /^\p{Lu}[\p{Ll}\p{Lu}]*(?:-\p{L}+)*$/u;

export interface SpelledOut {
  /** Where the name stands, in the searched text. */
  start: number;
  end: number;
  expansion: string;
}

/**
 * The last run of capitalized words (joiners between them allowed) in the `REACH` characters before
 * `at` whose initials are `abbr`, letter for letter; null when there is none or `abbr` is not three to
 * six capitals. A run must start and end with a capitalized word, and hold no more capitals than `abbr`.
 *
 * Only words that begin with the acronym's first letter can open a run, so those are looked up from the
 * end with `lastIndexOf` and the words after each read one by one; the first run found from the end is
 * the last. (Splitting the whole window into words for every unknown acronym made this the costliest
 * step of a short letter's analysis.)
 */
export function spelledOutBefore(text: string, abbr: string, at: number): SpelledOut | null {
  if (!SPELLABLE.test(abbr)) return null;
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, at);
  const initial = abbr[0] as string;
  for (let p = window.lastIndexOf(initial); p >= 0; p = p > 0 ? window.lastIndexOf(initial, p - 1) : -1) {
    if (p > 0 && WORD_CHAR_AT_END.test(window.slice(Math.max(0, p - 2), p))) continue;
    const end = runEnd(window, abbr, p);
    if (end < 0 || !opensTheName(window, p)) continue;
    return { start: from + p, end: from + end, expansion: window.slice(p, end).replace(/\s+/g, ' ') };
  }
  return null;
}

/** A letter or hyphen at the end of a string: the word at a position goes on before it. */
const WORD_CHAR_AT_END = /[\p{L}-]$/u;

/**
 * Where the run of words from `p` (a word's start) that spells `abbr` ends, or -1 when the words from
 * `p` spell no such run: each capitalized word gives the next letter, a joiner may stand between two,
 * and only white space parts the words, or a comma in a name that lists its parts and closes the list
 * with `en`: `Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken` (WSBVC, 346, 614).
 */
function runEnd(window: string, abbr: string, p: number): number {
  const words = /[\p{L}-]+/gu;
  words.lastIndex = p;
  let letter = 0;
  let previousEnd = -1;
  let end = -1;
  // A comma's list is open until an `en` closes it.
  let listOpen = false;
  // A run all in capitals is a heading's, not a name's: `BRIEF VAN DE STAATSSECRETARIS …` spells no `BVD` (2310),
  // where `Koninklijke PTT Nederland` spells `KPN` (548).
  let lowerSeen = false;
  for (let word = words.exec(window); word && letter < abbr.length; word = words.exec(window)) {
    const w = word[0];
    const gap = previousEnd < 0 ? ' ' : window.slice(previousEnd, word.index);
    const gapIsSpace = /^\s+$/.test(gap);
    if (!lowerSeen && LOWER_CASE.test(w)) lowerSeen = true;
    if (CAPITALIZED_WORD.test(w)) {
      // Only white space between the words of a name: not `Ship. De` or `(Nederland). Duitsland`.
      const gapIsComma = !gapIsSpace && /^,\s+$/.test(gap);
      if (!(gapIsSpace || gapIsComma) || w[0] !== abbr[letter]) return -1;
      if (gapIsComma) listOpen = true;
      letter++;
      end = word.index + w.length;
    } else if (previousEnd >= 0 && gapIsSpace && JOINERS.has(w)) {
      if (w === 'en' || w === 'and') listOpen = false;
    } else {
      return -1;
    }
    previousEnd = word.index + w.length;
  }
  return letter === abbr.length && !listOpen && lowerSeen ? end : -1;
}

/**
 * The run is the whole name: no capitalized word right before it (`De Nieuwe Joint Support Ship`), but
 * for a word that opens a sentence (`De Stichting …`). The word before is the part from its first
 * capital of the letters and hyphens before the white space before `p`.
 */
function opensTheName(window: string, p: number): boolean {
  let j = p;
  while (j > 0 && isWhiteSpace(window.charCodeAt(j - 1))) j--;
  if (j === p) return true;
  let i = j;
  while (i > 0 && WORD_CHAR_AT_END.test(window.slice(Math.max(0, i - 2), i))) {
    i -= window.charCodeAt(i - 1) >= 0xdc00 && window.charCodeAt(i - 1) <= 0xdfff && i >= 2 ? 2 : 1;
  }
  const capital = /\p{Lu}/u.exec(window.slice(i, j));
  return !capital || OPENERS.has(window.slice(i + capital.index, j));
}
