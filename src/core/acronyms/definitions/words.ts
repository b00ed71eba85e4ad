/**
 * Which words of a long form carry content: the stop words (articles, prepositions, conjunctions), which give no
 * letter of a short form and need not give one, and the character tests that tell them without lower-casing.
 */

export const STOPWORDS = new Set(
  (
    'de het een van voor en op in der des den te tot met aan bij om over uit naar door ' +
    // Prepositions of officialese: `commissie van toezicht betreffende de inlichtingen- en veiligheidsdiensten (CTIVD)`
    // (2524).
    'betreffende inzake omtrent ' +
    "of the and for to on at by with a an from ’s 's du la le les et des dei del " +
    // Papiamentu, in names from the Caribbean parts of the Kingdom: `Sentro di Detenshon i Korekshon Kòrsou (SDKK)`
    // (135).
    'di i'
  ).split(' '),
);
export const ARTICLE = /^(?:de|het|een|the|a|an)$/i;

/** The longest stop word: a longer word is a content word without lower-casing it. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));

/**
 * Is the word `window[s, e)`, stripped of what is no letter or digit at both ends, a content word
 * (no stop word, not empty)? Plain ASCII ends are stripped by code; a non-ASCII character met
 * there sends the word to the Unicode pattern. Lower-casing never shortens a string, so a word
 * longer than every stop word is none of them.
 */
export function isContentWord(window: string, s: number, e: number): boolean {
  let a = s;
  let b = e;
  for (; a < b; a++) {
    const c = window.charCodeAt(a);
    if (c >= 128) return isContentWordByPattern(window.slice(s, e));
    if (isAsciiAlnum(c)) break;
  }
  for (; b > a; b--) {
    const c = window.charCodeAt(b - 1);
    if (c >= 128) return isContentWordByPattern(window.slice(s, e));
    if (isAsciiAlnum(c)) break;
  }
  if (a === b) return false;
  if (b - a > LONGEST_STOPWORD) return true;
  return !STOPWORDS.has(window.slice(a, b).toLowerCase());
}

function isContentWordByPattern(word: string): boolean {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
  return bare.length > 0 && !STOPWORDS.has(bare);
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
