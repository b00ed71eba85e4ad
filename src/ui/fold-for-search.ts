/**
 * The one way a search folds text, shared by the sidebar's filter and the options page's glossary
 * search, so the same words find the same entries in both: the two had a fold each, and the
 * sidebar's dropped only the basic combining accents (U+0300–036F).
 */

/** Every combining mark; made once (the build turns the literal into a `RegExp` call). */
const MARKS = /\p{M}/gu;

/**
 * `text` as a search compares it: lower case, compatibility forms as their plain letters and digits
 * (`CO₂` as `co2`, `ﬁ` as `fi`), every combining mark removed (`Oekraïne` as `oekraine`), and each run
 * of white space (line breaks, no-break spaces) one space, none at the ends. Lower case comes first:
 * a capital may lower to a letter with a mark (`İ` to `i` and a dot above), which then goes too.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(/\s+/g, ' ').trim();
}
