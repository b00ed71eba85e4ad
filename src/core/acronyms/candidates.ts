/**
 * Where acronyms can be: one regex pass over the text finds the few places worth tokenizing,
 * so the finder never tokenizes the plain words that make up almost all of a letter.
 */

/** Can this UTF-16 code unit be part of a token? Exact for ASCII, `true` for the rest (safe side). */
export function mayBeInToken(code: number): boolean {
  if (code >= 128) return true;
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 38 || // &
    code === 45 || // -
    code === 43 || // +
    code === 39 // '
  );
}

/**
 * Possibly a capital (`\p{Lu}`): A-Z, Latin-1 À–Þ, and every other character from U+0100 on,
 * except U+2000–U+20FF (punctuation, currency: `’`, `–`, `€`), which hold no capitals. Astral
 * capitals start with a high surrogate, which this covers. Plain character classes keep the
 * candidate pattern as fast as a plain ASCII pattern; Unicode property escapes are ~30× slower.
 */
const MAYBE_CAPITAL = '[A-Z\\xc0-\\xde\\u0100-\\u1fff\\u2100-\\uffff]';
/**
 * What may stand between two capitals of one token and is no possible capital itself: a-z, 0-9,
 * `&`, `+`, `-` and the rest of U+0080–U+FFFF. Being disjoint from MAYBE_CAPITAL, a lazy run of
 * them stops at the next possible capital, and a word without one is passed once, with no backtracking.
 */
const BETWEEN_CAPITALS = '[a-z0-9&+\\-\\x80-\\xbf\\xdf-\\xff\\u2000-\\u20ff]';

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * Where acronyms can be: a pattern that matches inside every token that `acronymsInToken` finds
 * anything in. Such a token has a part with two capitals (`NAVO`, `IenW`, `EU2`) or a known spelling
 * made of whole parts; known spellings with two capitals have two capitals with only token
 * characters between them, the others are in `fewCapitalKnown`, found as whole words (`bbp`,
 * `Woo-verzoek`). Matches may also be false alarms (`«De`, `Staten-Generaal`): the caller
 * tokenizes around each match and applies the full rules, so only the speed depends on how few
 * there are, and on how cheaply the scan passes the words that hold none.
 */
export function candidatePattern(fewCapitalKnown: readonly string[]): RegExp {
  let re = patterns.get(fewCapitalKnown);
  if (re) return re;
  const alternatives = [`${MAYBE_CAPITAL}${BETWEEN_CAPITALS}*?${MAYBE_CAPITAL}`];
  const capitalStart: string[] = [];
  const wordStart: string[] = [];
  const other: string[] = [];
  for (const form of fewCapitalKnown) {
    if (!form) continue;
    if (/^[A-Z]/.test(form)) capitalStart.push(form);
    else (/^[A-Za-z0-9]/.test(form) ? wordStart : other).push(form);
  }
  const end = '(?![A-Za-z0-9])';
  // Spellings that start with a capital (`Woo`, `D66`) are tried at capitals only, like the first
  // alternative, so they need no word-start test: a match inside a word is a harmless false alarm.
  if (capitalStart.length) alternatives.push(`${trieAlternation(capitalStart)}${end}`);
  // The others would be tried at every letter: `\b` (ASCII) is much faster than a lookbehind and
  // skips the middle of words; it misses only a known word right after `_`, which is not a token
  // character, so that case gets its own branch.
  if (wordStart.length) alternatives.push(`(?:\\b|_)${trieAlternation(wordStart)}${end}`);
  if (other.length) alternatives.push(`${trieAlternation(other)}${end}`);
  re = new RegExp(alternatives.join('|'), 'g');
  patterns.set(fewCapitalKnown, re);
  return re;
}

type TrieNode = Map<string, TrieNode>;

/**
 * The words as one pattern that shares their prefixes (`bbp|bnp|btw` → `b(?:bp|np|tw)`): the
 * regex engine tries alternatives one by one, so a flat list of 80 words costs twice as much.
 */
export function trieAlternation(words: readonly string[]): string {
  const END = '';
  const root: TrieNode = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  const emit = (node: TrieNode): string => {
    const branches: string[] = [];
    let ends = false;
    for (const [ch, next] of node) {
      if (ch === END) ends = true;
      else branches.push(escapeRegExp(ch) + emit(next));
    }
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return ends ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
