import { isLetterOrDigit, isWhiteSpace } from '../text/chars';

/**
 * Short forms written alone in brackets (`(IGZ)`), found in one pass over the text, and the name written right before
 * one (`name (abbr)`).
 */

/** The offsets of the `(` before each short form the text writes alone in brackets, `(IGZ)`, by short form. */
export type BracketedShortForms = ReadonlyMap<string, readonly number[]>;

/** The longest bracketed text `bracketedShortForms` keeps: longer short forms are searched for one by one. */
const MAX_BRACKETED = 24;

/**
 * Every text of at most MAX_BRACKETED characters in brackets with no bracket inside (`(IGZ)`, `(zie bijlage)`),
 * with the offsets of its `(` in order: one pass over the text for all short forms, where one search each for the
 * acronyms `standardNameDefined` asks about made a long paper with many of them quadratic.
 */
export function bracketedShortForms(text: string): BracketedShortForms {
  const found = new Map<string, number[]>();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const limit = Math.min(text.length, open + 2 + MAX_BRACKETED);
    let close = open + 1;
    while (close < limit && text.charCodeAt(close) !== 41 && text.charCodeAt(close) !== 40) close++;
    if (close >= limit || text.charCodeAt(close) !== 41) continue;
    const inside = text.slice(open + 1, close);
    const offsets = found.get(inside);
    if (offsets) offsets.push(open);
    else found.set(inside, [open]);
  }
  return found;
}

/** The offsets of `(abbr)` in `text`, in order. */
function bracketedAt(text: string, abbr: string, bracketed: BracketedShortForms): readonly number[] {
  if (abbr.length <= MAX_BRACKETED && !/[()]/.test(abbr)) return bracketed.get(abbr) ?? [];
  const offsets: number[] = [];
  const written = `(${abbr})`;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) offsets.push(at);
  return offsets;
}

/**
 * Where `text` writes `name` right before `abbr` in brackets (`name (abbr)`, any white space between its words), the
 * span of that name; else null.
 */
export function standardNameDefined(
  text: string,
  name: string,
  abbr: string,
  bracketed: BracketedShortForms,
): { start: number; end: number } | null {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  for (const at of bracketedAt(text, abbr, bracketed)) {
    let end = at;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    const start = wordsEndingAt(text, words, end);
    if (start !== null && (start === 0 || !isLetterOrDigit(text.charCodeAt(start - 1))))
      return { start, end };
  }
  return null;
}

/**
 * Where `text` writes `words` in order, white space between them, up to `end`: the offset of the first word's start;
 * else null. Every word must be there: a name whose first word differs is not the name (the fuzz found `MSWj,(Mw)`
 * taken for the Mededingingswet with an empty span, the one word not matched taken for all matched).
 */
function wordsEndingAt(text: string, words: readonly string[], end: number): number | null {
  let start = end;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] as string;
    if (text.slice(start - word.length, start) !== word) return null;
    start -= word.length;
    if (k === 0) break;
    const before = start;
    while (start > 0 && isWhiteSpace(text.charCodeAt(start - 1))) start--;
    if (start === before) return null;
  }
  return start;
}
