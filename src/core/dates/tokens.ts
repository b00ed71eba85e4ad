/**
 * A small tokenizer for the date grammar: words, digit runs and single punctuation marks, each with the
 * kind of white space before it. The grammar walks tokens instead of running regular expressions over the
 * text, so every rule looks ahead a bounded number of tokens and the whole scan stays linear.
 */

export type TokenKind = 'word' | 'num' | 'punct';

/** What separates a token from the previous one: nothing, spaces, one line break, or a blank line. */
export type Gap = 'none' | 'space' | 'line' | 'para';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Lower case, for matching. */
  lower: string;
  /** Offsets into the searched (normalized) text, end exclusive. */
  start: number;
  end: number;
  gap: Gap;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const SPACE = /\s/u;

function isSpaceChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11) return true;
  return c >= 128 && SPACE.test(ch);
}

const LETTER = /\p{L}|\p{M}/u;

function isLetterChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return LETTER.test(ch);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newlines = 0;
  let spaced = false;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (isSpaceChar(ch)) {
      if (ch === '\n') newlines++;
      spaced = true;
      i++;
      continue;
    }
    const gap: Gap = newlines >= 2 ? 'para' : newlines === 1 ? 'line' : spaced ? 'space' : 'none';
    newlines = 0;
    spaced = false;
    const start = i;
    let kind: TokenKind;
    if (isDigitCode(text.charCodeAt(i))) {
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      kind = 'num';
    } else if (isLetterChar(ch)) {
      i++;
      while (i < n && isLetterChar(text[i] as string)) i++;
      kind = 'word';
    } else {
      // A surrogate pair is one punctuation token, so offsets never split a character.
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = 'punct';
    }
    const tokenText = text.slice(start, i);
    tokens.push({ kind, text: tokenText, lower: tokenText.toLowerCase(), start, end: i, gap });
  }
  return tokens;
}
