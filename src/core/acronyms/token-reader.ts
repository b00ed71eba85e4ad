/**
 * The tokens the acronym finder looks at, read one at a time from where the caller needs them.
 * TOKEN defines them; plain ASCII text is read by character codes, which gives the same tokens
 * without a Unicode regex call per token.
 */

/**
 * Tokens: letters/digits, `&` between them (`S&D`, `I&W`), trailing `+` (`SDE++`), single
 * hyphens between word characters, and an optional plural/possessive ending.
 * Every alternative starts with a different character class, so matching is linear.
 */
export const TOKEN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}]|&(?=[\p{L}\p{N}])|-(?=[\p{L}\p{N}])|\+(?![\p{L}\p{N}]))*(?:['’](?:s|en|ers|er)(?![\p{L}\p{N}]))?/gu;

/** Returned by the ASCII readers when a non-ASCII character could change the answer. */
const UNDECIDED = -1;

const AMPERSAND = 38;
const APOSTROPHE = 39;
const PLUS = 43;
const HYPHEN = 45;
const RIGHT_QUOTE = 0x2019; // ’

/** An ASCII letter or digit; `NaN` (past the end) is none. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Punctuation that stands next to words and is no letter or digit (`\p{L}\p{N}`): `’`, `‘`, `“`,
 * `”`, `–`, `—`, `…`, `•`, `«`, `»`, `€`, no-break space. Knowing these keeps the reader on its fast
 * path in typeset text; any other non-ASCII character sends it to TOKEN.
 */
function isNonWordPunctuation(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || c === 0xa0 || c === 0xab || c === 0xbb || c === 0x20ac;
}

/** The first letter or digit at or after `i` (TOKEN starts there), text.length when none, or UNDECIDED. */
function nextWordStart(text: string, i: number): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiWordCode(c)) return i;
    if (c >= 128 && !isNonWordPunctuation(c)) return UNDECIDED;
  }
  return n;
}

/**
 * Is the code unit `c` surely no letter or digit, so a token cannot go on with it? `NaN` (read past
 * the end) is none either. False for the non-ASCII characters it cannot tell.
 */
function endsWord(c: number): boolean {
  if (c < 128) return !isAsciiWordCode(c);
  return c !== c || isNonWordPunctuation(c);
}

const ENDINGS = ['s', 'en', 'ers', 'er'] as const;

/**
 * Where the TOKEN match starting at `start` (an ASCII letter or digit) ends, following its
 * pattern step by step, or UNDECIDED when that depends on whether a non-ASCII character is a
 * letter or digit.
 */
function tokenEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isAsciiWordCode(c)) {
      i++;
    } else if (c === AMPERSAND || c === HYPHEN) {
      // `&` and `-` join only when a letter or digit follows.
      const next = text.charCodeAt(i + 1);
      if (isAsciiWordCode(next)) i += 2;
      else if (endsWord(next)) break;
      else return UNDECIDED;
    } else if (c === PLUS) {
      // `+` joins unless a letter or digit follows (`SDE++`, not `A+B`).
      const next = text.charCodeAt(i + 1);
      if (isAsciiWordCode(next)) break;
      if (endsWord(next)) i++;
      else return UNDECIDED;
    } else if (endsWord(c)) {
      break;
    } else {
      return UNDECIDED;
    }
  }
  // The optional ending: tried in the pattern's order, each only before a non-word character.
  const quote = text.charCodeAt(i);
  if (quote !== APOSTROPHE && quote !== RIGHT_QUOTE) return i;
  for (const ending of ENDINGS) {
    if (!text.startsWith(ending, i + 1)) continue;
    const after = text.charCodeAt(i + 1 + ending.length);
    if (endsWord(after)) return i + 1 + ending.length;
    if (after >= 128) return UNDECIDED;
  }
  return i;
}

/**
 * Reads TOKEN matches as TOKEN's own left-to-right scan finds them, from any place that scan
 * can stand on (a token's end, or a place after a character no token contains). After `next`,
 * `start` and `end` hold the token found.
 */
export class TokenReader {
  start = 0;
  end = 0;

  constructor(private readonly text: string) {}

  /** Reads the first token at or after `from`; false when there is none. */
  next(from: number): boolean {
    const { text } = this;
    const start = nextWordStart(text, from);
    if (start === text.length) return false;
    const end = start === UNDECIDED ? UNDECIDED : tokenEnd(text, start);
    if (end !== UNDECIDED) {
      this.start = start;
      this.end = end;
      return true;
    }
    TOKEN.lastIndex = from;
    const m = TOKEN.exec(text);
    if (!m) return false;
    this.start = m.index;
    this.end = TOKEN.lastIndex;
    return true;
  }
}
