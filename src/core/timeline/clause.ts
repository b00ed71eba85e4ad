/**
 * The clause around a date, found with regular expressions instead of a loop over its characters: the
 * timeline labels every date of a letter once, and a page is analysed once, so most of these scans run
 * before the engine has optimized a JavaScript loop, while a regex scan runs as compiled code at once.
 *
 * Delimiters, as `labelAround` has them: narrow ones are `,` `;` `:` `(` `)` `[` `]` `–` `—`, wide ones
 * `;` `:` `(` `)` `[` `]`. A search never looks past the sentence: each regex runs on a slice of it.
 */

/**
 * A short group in brackets inside a clause is part of it, not two delimiters: the acronym a name defines,
 * `de Noord-Atlantische Raad (NAR) op 22 september een verklaring uitgebracht` (NAVO letter), or a year,
 * `de Defensie Industrie Strategie (2018)`. At most 12 characters, none of them a delimiter.
 */
/** How far a short group reaches back from its `)`: the `(` and at most 12 characters. */
const GROUP_REACH = 13;
/** What a short group holds: no narrow delimiter, no line break. */
const IN_GROUP = String.raw`[^,;:()[\]\u2013\u2014\n]`;
const GROUP = String.raw`\(${IN_GROUP}{1,12}\)`;
/**
 * Right after a delimiter: it is no bracket of a short group (its `(` opens one, its `)` closes one).
 * Tested after the delimiter has matched, not before it: a regex that starts with a character class
 * skips fast to where that class matches, while one that starts with a lookaround tries it at every
 * position (the lookbehind of the `)` ran back up to 13 characters at each).
 */
const NOT_GROUP_BRACKET = String.raw`(?!(?<=\()${IN_GROUP}{1,12}\))(?<!\(${IN_GROUP}{1,12}\))`;

/** The last narrow delimiter of a string: the delimiter, then only other characters (and short groups) to the end. */
const LAST_NARROW = new RegExp(
  String.raw`[,;:()[\]\u2013\u2014]${NOT_GROUP_BRACKET}(?:[^,;:()[\]\u2013\u2014]|${GROUP})*$`,
);
const LAST_WIDE = new RegExp(String.raw`[;:()[\]]${NOT_GROUP_BRACKET}(?:[^;:()[\]]|${GROUP})*$`);
/** The first delimiter, the brackets of a short group not counted. */
const NARROW_DELIMITER = new RegExp(String.raw`[,;:()[\]\u2013\u2014]${NOT_GROUP_BRACKET}`);
const WIDE_DELIMITER = new RegExp(String.raw`[;:()[\]]${NOT_GROUP_BRACKET}`);

/**
 * The last delimiter is looked for in windows of this many characters, from the date backwards, so that a
 * long sentence costs what its clause costs (the regex above runs from the start of what it is given).
 */
const WINDOW = 256;

/**
 * Most clauses are short: in each window, the last NEAR characters are searched first. A regex run on
 * fewer characters costs less, and the delimiter it finds there is the window's, unless it lies so close
 * to the stretch's start that a short group's `(` before that start could make it no delimiter.
 */
const NEAR = 64;

/**
 * Start of the clause that ends at `ds`: just after the last delimiter in text[start, ds), or `start`.
 * Without `wide` the narrow delimiters count, with it the wide ones; `all` takes the whole stretch.
 */
export function clauseStart(text: string, start: number, ds: number, delimiters: 'narrow' | 'wide'): number {
  const last = delimiters === 'narrow' ? LAST_NARROW : LAST_WIDE;
  let to = ds;
  while (to > start) {
    const from = Math.max(start, to - WINDOW);
    // A little more in front, so that a short group at the window's edge is seen whole (its `(` may lie
    // before `from`); a delimiter found there is still the last one before `ds`.
    const seen = Math.max(start, from - GROUP_REACH);
    const found = lastInWindow(text, seen, to, last);
    if (found >= 0) return found + 1;
    to = from;
  }
  return start;
}

/**
 * `last` on text[seen, to): the offset of its match, or -1. The regex's match is its only one (after a
 * delimiter that counts, all are short groups' brackets), and whether a place matches depends on what
 * lies after it up to `to` and on the GROUP_REACH characters before it only. So a match in a shorter
 * stretch [near, to) at least GROUP_REACH after `near` is the match in the whole window too.
 */
function lastInWindow(text: string, seen: number, to: number, last: RegExp): number {
  const near = to - NEAR - GROUP_REACH;
  if (near > seen) {
    const m = last.exec(text.slice(near, to));
    if (m && m.index >= GROUP_REACH) return near + m.index;
  }
  const m = last.exec(text.slice(seen, to));
  return m ? seen + m.index : -1;
}

/** End of the clause that starts at `de`: the first delimiter in text[de, end), or `end`. */
export function clauseEnd(text: string, de: number, end: number, delimiters: 'narrow' | 'wide'): number {
  if (de >= end) return de;
  const m = (delimiters === 'narrow' ? NARROW_DELIMITER : WIDE_DELIMITER).exec(text.slice(de, end));
  return m ? de + m.index : end;
}

/** White space other than a space, or two white-space characters in a row. */
const NOT_PLAIN = /[^\S ]| {2}/;

/**
 * Is the white space of text[from, to) single spaces only (no other white space, no two in a row)?
 * Then collapsing it is trimming. (A pair of white-space characters is two spaces, or contains one of
 * the others, which the first alternative finds.)
 */
export function isPlainStretch(text: string, from: number, to: number): boolean {
  return from >= to || !NOT_PLAIN.test(text.slice(from, to));
}
