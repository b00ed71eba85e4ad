/**
 * Where acronyms can be: one regex pass over the text finds the few places worth tokenizing,
 * so the finder never tokenizes the plain words that make up almost all of a letter.
 */
import { escapeRegExp } from '../text/escape-regexp';

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

/** The parts of the candidate pattern for one list of few-capital spellings (see `candidatePattern`). */
interface CandidateParts {
  /** Every alternative that starts at a possible capital, as one pattern source. */
  readonly capital: string;
  /** The known spellings that start with a-z or 0-9 (`bbp`, `ov`), as one trie, or null when none. */
  readonly wordStart: string | null;
  /** The known spellings that start otherwise, as one trie followed by END, or null when none. */
  readonly other: string | null;
}

/** What may not follow a known spelling. */
const END = '(?![A-Za-z0-9])';

const parts = new WeakMap<readonly string[], CandidateParts>();

function candidateParts(fewCapitalKnown: readonly string[]): CandidateParts {
  let made = parts.get(fewCapitalKnown);
  if (made) return made;
  const capitalStart: string[] = [];
  const wordStart: string[] = [];
  const other: string[] = [];
  for (const form of fewCapitalKnown) {
    if (!form) continue;
    if (/^[A-Z]/.test(form)) capitalStart.push(form);
    else (/^[A-Za-z0-9]/.test(form) ? wordStart : other).push(form);
  }
  const twoCapitals = `${MAYBE_CAPITAL}${BETWEEN_CAPITALS}*?${MAYBE_CAPITAL}`;
  // Spellings that start with a capital (`Woo`, `D66`) are tried at capitals only, like the first
  // alternative, so they need no word-start test: a match inside a word is a harmless false alarm.
  made = {
    capital: capitalStart.length ? `${twoCapitals}|${trieAlternation(capitalStart)}${END}` : twoCapitals,
    wordStart: wordStart.length ? trieAlternation(wordStart) : null,
    other: other.length ? `${trieAlternation(other)}${END}` : null,
  };
  parts.set(fewCapitalKnown, made);
  return made;
}

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * Where acronyms can be: a pattern that matches inside every token that `acronymsInToken` finds
 * anything in. Such a token has a part with two capitals (`NAVO`, `IenW`, `EU2`) or a known spelling
 * made of whole parts; known spellings with two capitals have two capitals with only token
 * characters between them, the others are in `fewCapitalKnown`, found as whole words (`bbp`,
 * `Woo-verzoek`). Matches may also be false alarms (`«De`, `Staten-Generaal`): the caller
 * tokenizes around each match and applies the full rules, so only the speed depends on how few
 * there are, and on how cheaply the scan passes the words that hold none.
 *
 * The finder searches with `CandidateFinder`, which finds the very same matches faster; this
 * pattern is what it is held to (see the tests).
 */
export function candidatePattern(fewCapitalKnown: readonly string[]): RegExp {
  let re = patterns.get(fewCapitalKnown);
  if (re) return re;
  const { capital, wordStart, other } = candidateParts(fewCapitalKnown);
  const alternatives = [capital];
  // The others would be tried at every letter: `\b` (ASCII) is much faster than a lookbehind and
  // skips the middle of words; it misses only a known word right after `_`, which is not a token
  // character, so that case gets its own branch.
  if (wordStart) alternatives.push(`(?:\\b|_)${wordStart}${END}`);
  if (other) alternatives.push(other);
  re = new RegExp(alternatives.join('|'), 'g');
  patterns.set(fewCapitalKnown, re);
  return re;
}

/**
 * Finds the matches of `candidatePattern` from any place: `find(text, from)` gives the match that
 * `exec` gives with `lastIndex = from`, in `start` and `end`.
 *
 * Faster, because the pattern's word-start test (`(?:\b|_)`) cannot be checked from one character
 * and so is tried at every place of the text; here a known lower-case word is found from the
 * character before it instead (`[^A-Za-z0-9_]`), which the engine rules out at most places at once
 * (a quarter less time for the whole scan). The branches keep the pattern's order at every place:
 * at a character c, the pattern tries a capital, then a known word after `_` (c is `_`), then the
 * other spellings, and reaches a known word after any other c only at the next place, so that branch
 * comes last (without other spellings, one branch serves `_` and the rest). Such a match starts at
 * the word, one after the character read before it (the group), except after `_`.
 * A search from `from` reads no character before it, so a known word at `from` itself is checked on
 * its own (rarely needed: searches resume after a token, where no word starts).
 *
 * Made once per list of spellings and kept (`candidateFinder`), like the pattern.
 */
export class CandidateFinder {
  /** The last match found. */
  start = 0;
  end = 0;
  private readonly main: RegExp;
  /** A known lower-case word at `lastIndex` (sticky), or null when there are none. */
  private readonly wordAt: RegExp | null;

  constructor(fewCapitalKnown: readonly string[]) {
    const { capital, wordStart, other } = candidateParts(fewCapitalKnown);
    const alternatives = [capital];
    if (wordStart && !other) {
      // Nothing else starts at a character that is no letter or digit: one branch for `_` and the rest.
      alternatives.push(`([^A-Za-z0-9])${wordStart}${END}`);
    } else {
      if (wordStart) alternatives.push(`_${wordStart}${END}`);
      if (other) alternatives.push(other);
      if (wordStart) alternatives.push(`([^A-Za-z0-9_])${wordStart}${END}`);
    }
    this.main = new RegExp(alternatives.join('|'), 'g');
    this.wordAt = wordStart ? new RegExp(`${wordStart}${END}`, 'y') : null;
  }

  /** The first match at or after `from`; false when there is none. */
  find(text: string, from: number): boolean {
    if (this.wordAt !== null && startsWordAt(text, from)) {
      const end = stickyEnd(this.wordAt, text, from);
      if (end >= 0) {
        this.start = from;
        this.end = end;
        return true;
      }
    }
    const main = this.main;
    main.lastIndex = from;
    const m = main.exec(text);
    if (m === null) return false;
    // After `_` the match starts there, as the pattern's `_` branch does; after the others at the word.
    this.start = m[1] === undefined || m[1] === '_' ? m.index : m.index + 1;
    this.end = main.lastIndex;
    return true;
  }
}

/** Where the sticky `re` matches at `at` ends, or -1. */
function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * Does a lower-case word (a-z, 0-9) start at `i` after a word boundary (`\b`: no ASCII letter, digit
 * or `_` before it)? Only there can a known lower-case word start at `i` in `candidatePattern`.
 */
export function startsWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN past the end: no
  if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  if (i === 0) return true;
  const b = text.charCodeAt(i - 1);
  return !((b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 95);
}

const finders = new WeakMap<readonly string[], CandidateFinder>();

/** The `CandidateFinder` of a list of spellings, made on first use. */
export function candidateFinder(fewCapitalKnown: readonly string[]): CandidateFinder {
  let finder = finders.get(fewCapitalKnown);
  if (!finder) finders.set(fewCapitalKnown, (finder = new CandidateFinder(fewCapitalKnown)));
  return finder;
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
