/**
 * Code-unit tests the parsers use as cheap guards before a sticky regex: each says exactly what a
 * regex class matches, so a guard that rules a match out is never wrong.
 */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A code unit `\w` matches: ASCII letter, digit or `_`. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Exactly the code units `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The position after the white space at `pos` (at most `max` code units of it, as `\s{0,max}` takes). */
export function skipSpaces(text: string, pos: number, max = Infinity): number {
  let q = pos;
  while (q - pos < max && isSpace(text.charCodeAt(q))) q++;
  return q;
}
