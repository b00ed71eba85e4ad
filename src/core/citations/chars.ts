/**
 * Code-unit tests the parsers use as cheap guards before a sticky regex: each says exactly what a
 * regex class matches, so a guard that rules a match out is never wrong.
 */

import { isWhiteSpace } from '../text/chars';

/** A code unit `\w` matches: ASCII letter, digit or `_`. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The position after the white space at `pos` (at most `max` code units of it, as `\s{0,max}` takes). */
export function skipSpaces(text: string, pos: number, max = Infinity): number {
  let q = pos;
  while (q - pos < max && isWhiteSpace(text.charCodeAt(q))) q++;
  return q;
}
