/**
 * An acronym that neither the letter defines in brackets nor the glossary knows, whose name the letter
 * has written out before it in capitalized words: `het Joint Support Ship Zr.Ms. Karel Doorman`, then
 * `het JSS` (317). The name is the letter's own; without it the reader would see no meaning at all.
 */

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
 */
export function spelledOutBefore(text: string, abbr: string, at: number): SpelledOut | null {
  if (!SPELLABLE.test(abbr)) return null;
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, at);
  const words = [...window.matchAll(/[\p{L}-]+/gu)];
  let found: SpelledOut | null = null;
  for (let k = 0; k + abbr.length <= words.length; k++) {
    let letter = 0;
    let last = -1;
    for (let m = k; m < words.length && letter < abbr.length; m++) {
      const w = (words[m] as RegExpMatchArray)[0];
      if (CAPITALIZED_WORD.test(w)) {
        if (w[0] !== abbr[letter]) break;
        letter++;
        last = m;
        // Only white space between the words of a name: not `Ship. De` or `(Nederland), Duitsland`.
        const next = words[m + 1];
        if (letter < abbr.length && next && !/^\s+$/.test(window.slice(endOf(words[m]), next.index))) break;
      } else if (
        m > k &&
        JOINERS.has(w) &&
        /^\s+$/.test(window.slice(endOf(words[m - 1]), (words[m] as RegExpMatchArray).index))
      ) {
        continue;
      } else break;
    }
    if (letter === abbr.length && last >= 0) {
      const startWord = words[k] as RegExpMatchArray;
      const start = startWord.index as number;
      const end = endOf(words[last]);
      const before = start > 0 ? window.slice(0, start) : '';
      // The run is the whole name: no capitalized word before it (`De Nieuwe Joint Support Ship`), but for
      // a word that opens a sentence (`De Stichting …`).
      const previous = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(before);
      if (previous && !OPENERS.has(previous[1] as string)) continue;
      found = {
        start: from + start,
        end: from + end,
        expansion: window.slice(start, end).replace(/\s+/g, ' '),
      };
    }
  }
  return found;
}

function endOf(word: RegExpMatchArray | undefined): number {
  return word ? (word.index as number) + word[0].length : 0;
}
