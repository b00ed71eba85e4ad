/**
 * `clause.ts` as it was when its regexes tried their lookarounds before the delimiter, at every position
 * (slower, same matches): `clause.ts` must find what this finds, window edges and short groups included.
 * It does not know the comma of a capitalised list (`isListComma`) nor a colon inside a clock time or web address
 * (`isWordColon`); the random texts it is tried on hold none.
 */

/**
 * A short group in brackets inside a clause is part of it, not two delimiters: the acronym a name defines,
 * `de Noord-Atlantische Raad (NAR) op 22 september een verklaring uitgebracht` (NAVO letter), or a year,
 * `de Defensie Industrie Strategie (2018)`. At most 12 characters, none of them a delimiter.
 */
/** How far a short group reaches back from its `)`: the `(` and at most 12 characters. */
const GROUP_REACH = 13;
const GROUP = String.raw`\([^,;:()[\]\u2013\u2014\n]{1,12}\)`;
const OPENS_GROUP = String.raw`\((?=[^,;:()[\]\u2013\u2014\n]{1,12}\))`;
const CLOSES_GROUP = String.raw`(?<=\([^,;:()[\]\u2013\u2014\n]{1,12})\)`;

/** The last narrow delimiter of a string: the delimiter, then only other characters (and short groups) to the end. */
const LAST_NARROW = new RegExp(
  String.raw`(?!${OPENS_GROUP}|${CLOSES_GROUP})[,;:()[\]\u2013\u2014](?:[^,;:()[\]\u2013\u2014]|${GROUP})*$`,
);
const LAST_WIDE = new RegExp(
  String.raw`(?!${OPENS_GROUP}|${CLOSES_GROUP})[;:()[\]](?:[^;:()[\]]|${GROUP})*$`,
);
/** The first delimiter, the brackets of a short group not counted. */
const NARROW_DELIMITER = new RegExp(String.raw`(?!${OPENS_GROUP}|${CLOSES_GROUP})[,;:()[\]\u2013\u2014]`);
const WIDE_DELIMITER = new RegExp(String.raw`(?!${OPENS_GROUP}|${CLOSES_GROUP})[;:()[\]]`);

/**
 * The last delimiter is looked for in windows of this many characters, from the date backwards, so that a
 * long sentence costs what its clause costs (the regex above runs from the start of what it is given).
 */
const WINDOW = 256;

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
    const m = last.exec(text.slice(seen, to));
    if (m) return seen + m.index + 1;
    to = from;
  }
  return start;
}

/** End of the clause that starts at `de`: the first delimiter in text[de, end), or `end`. */
export function clauseEnd(text: string, de: number, end: number, delimiters: 'narrow' | 'wide'): number {
  if (de >= end) return de;
  const m = (delimiters === 'narrow' ? NARROW_DELIMITER : WIDE_DELIMITER).exec(text.slice(de, end));
  return m ? de + m.index : end;
}
