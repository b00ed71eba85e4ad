/**
 * Character classes for text normalization. Pure functions on UTF-16 code units, so the
 * normalizer can run in one pass without building substrings.
 */

/** What the character-level pass does with one code unit. */
export const CharAction = {
  /** Copy the code unit unchanged. */
  Keep: 0,
  /** Replace by a plain space (no-break and typographic spaces, tabs). */
  Space: 1,
  /** Replace by `\n` (other line and paragraph separators, form feeds from PDF page breaks). */
  Newline: 2,
  /** Drop it (zero-width characters, soft hyphens, BOM, stray control characters). */
  Drop: 3,
  /** Replace by an ASCII hyphen-minus (Unicode hyphen and non-breaking hyphen look the same to a reader). */
  Hyphen: 4,
  /** Expand a ligature (see `LIGATURES`). */
  Ligature: 5,
} as const;
export type CharAction = (typeof CharAction)[keyof typeof CharAction];

/** Typographic ligatures from PDF extraction, expanded so `ﬁnanciën` matches `financiën`. */
export const LIGATURES: Readonly<Record<number, string>> = {
  0xfb00: 'ff',
  0xfb01: 'fi',
  0xfb02: 'fl',
  0xfb03: 'ffi',
  0xfb04: 'ffl',
  0xfb05: 'st', // ſt (long s + t)
  0xfb06: 'st',
};

export const SOFT_HYPHEN = 0x00ad;

/**
 * Regex class body (no brackets) of the code units the character-level pass must look at: every code
 * unit `charAction` does not keep, `\r`, and the superscript digits (kept, but the marker pass only looks
 * for superscript markers when a text has any). The normalizer finds them with one regex scan instead of
 * a loop over every code unit. Neighbouring ranges are merged over code units a letter hardly ever has
 * (C1 controls, `«°·`, bidi marks), which the pass then just keeps: V8 compiles a class of a dozen ranges
 * to a fast scan, while the exact list (over twenty ranges) scans twenty times slower. A test checks the
 * class against `charAction` and `superscriptDigit` for all 65536 code units.
 */
export const LOOK_AT_CLASS =
  '\\0-\\x09\\x0b-\\x1f\\x7f-\\x85\\xa0-\\xb9\\u1680-\\u180e\\u2000-\\u2011\\u2028-\\u202f\\u205f-\\u2079\\u3000\\ufb00-\\ufb06\\ufeff';

/** Regex class body of the superscript digits (`superscriptDigit` ≥ 0). */
export const SUPERSCRIPT_DIGIT_CLASS = '\\u2070\\xb9\\xb2\\xb3\\u2074-\\u2079';

/** Classifies one code unit for the character-level pass (`\r` is handled by the caller). */
export function charAction(c: number): CharAction {
  if (c >= 0x20 && c < 0x7f) return CharAction.Keep; // fast path: printable ASCII
  if (c === 0x0a) return CharAction.Keep;
  if (c === 0x09) return CharAction.Space;
  if (c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) return CharAction.Newline;
  if (c < 0x20 || c === 0x7f) return CharAction.Drop; // other C0 controls: never meaningful in a letter
  if (c === 0xa0 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000) return CharAction.Space;
  if (c >= 0x2000 && c <= 0x200a) return CharAction.Space; // en quad … hair space, figure (2007) and thin (2009) space
  if (c === SOFT_HYPHEN || c === 0x180e || c === 0xfeff) return CharAction.Drop;
  if (c >= 0x200b && c <= 0x200d) return CharAction.Drop; // zero-width space, non-joiner, joiner
  if (c >= 0x2060 && c <= 0x2064) return CharAction.Drop; // word joiner and invisible operators
  if (c === 0x2010 || c === 0x2011) return CharAction.Hyphen;
  if (c >= 0xfb00 && c <= 0xfb06) return CharAction.Ligature;
  return CharAction.Keep;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Is `s` a whole number: ASCII digits alone, one at least? */
export function isDigits(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Exactly the code units `\s` matches and `String.prototype.trim` strips (ECMAScript WhiteSpace
 * and LineTerminator), without a regex call per character: for hot loops over text that is not
 * normalized, or where a regex's `\s` must be mirrored exactly.
 */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
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

/** Where the white space (`isWhiteSpace`) at `at` ends: the next other code unit, or `to`. */
export function pastWhiteSpace(text: string, at: number, to = text.length): number {
  let k = at;
  while (k < to && isWhiteSpace(text.charCodeAt(k))) k++;
  return k;
}

/** Where the word (a run of anything but white space) at `at` ends: the next white space, or `to`. */
export function wordEndBefore(text: string, at: number, to = text.length): number {
  let k = at;
  while (k < to && !isWhiteSpace(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Is there nothing but white space (`isWhiteSpace`) in text[from, to): by default to the text's end, does the text end
 * there?
 */
export function onlyWhiteSpaceFrom(text: string, from: number, to = text.length): boolean {
  for (let k = from; k < to; k++) if (!isWhiteSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The start of the line that holds `at` (just after a `\n`, or 0), when it lies at most `reach` code units
 * before `at`; -1 when it lies further back. Bounded so that a test made at every match of one long line (a
 * flattened table, a page without line breaks) stays linear.
 */
export function lineStartWithin(text: string, at: number, reach: number): number {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 0x0a) {
    if (at - start >= reach) return -1;
    start--;
  }
  return start;
}

/** Horizontal space after normalization (tabs and odd spaces are already plain spaces). */
export function isSpace(c: number): boolean {
  return c === 0x20;
}

/** An ASCII letter, A–Z or a–z (one subtraction: `| 32` lower-cases them). */
export function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}

/** A cased letter (has an upper- or lowercase counterpart): Latin with diacritics included. */
export function isLetter(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** A letter (`isLetter`) or an ASCII digit: what a word is made of in the finders' boundary tests. */
export function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

export function isLower(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** An ASCII capital, `A`–`Z`. */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isUpper(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹ → their value, else -1 (some PDFs and pages print note markers so). */
export function superscriptDigit(c: number): number {
  if (c === 0x2070) return 0;
  if (c === 0xb9) return 1;
  if (c === 0xb2) return 2;
  if (c === 0xb3) return 3;
  if (c >= 0x2074 && c <= 0x2079) return c - 0x2070;
  return -1;
}
