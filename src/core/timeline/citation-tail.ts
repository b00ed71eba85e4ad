import { isWhiteSpace } from '../text/chars';

/**
 * A clause that starts inside a citation: the comma between a Kamerstuk's dossier and its number bounds clauses as any
 * comma does, so `In bijlage bij Kamerstuk 26 234, nr. 153 is verslag gedaan van de zeventiende middelenaanvulling die
 * plaatsvond in 2013` (234) gave the clause `nr. 153 is verslag gedaan …` and the label `…nr. 153 is verslag gedaan van
 * de zeventiende middelenaanvulling die plaatsvond`: the number of a paper the label does not name. Its label starts
 * after that number, `…is verslag gedaan van de zeventiende middelenaanvulling die plaatsvond`.
 * Not when only a preposition or `d.d.` stands between the number and the date, `Kamerstuk 33 000 V, nr. 117 d.d. 24
 * november 2011 berichtte ik u` (743): there the citation is the paper the date is of, and the clause after the date
 * reads as a question without it.
 */
export function pastCitationTail(text: string, left: number, ds: number): number {
  // The comma before the clause, a dossier's number or chapter (`26 234`, `33 000 V`) before it.
  let k = left;
  while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  if (k < 2 || text.charCodeAt(k - 1) !== 0x2c || !DOSSIER_END.test(text.charAt(k - 2))) return left;
  CITATION_TAIL.lastIndex = left;
  if (!CITATION_TAIL.test(text)) return left;
  const from = CITATION_TAIL.lastIndex;
  // Two words at least before the date: more than its preposition.
  WORDS_BEFORE_DATE.lastIndex = from;
  const words = WORDS_BEFORE_DATE.exec(text);
  return words !== null && words.index === from && from + words[0].length <= ds ? from : left;
}

/** The last character of a dossier number or of its chapter: a digit or a capital (`XVI`, `A`). */
const DOSSIER_END = /^[0-9A-Z]$/;
/** A citation's number or numbers at a clause's start, with the white space after them: `nr. 153 `, `nrs. 1 en 2 `. */
const CITATION_TAIL = /\s*nrs?\.\s?\d+[a-z]?(?:\s?(?:,|en|t\/m|[-–])\s?\d+[a-z]?)*\s+/y;
/** Two words, each with the white space after it: what a clause holds before its date besides a preposition. */
const WORDS_BEFORE_DATE = /\p{L}[\p{L}\p{N}-]*\s+\p{L}[\p{L}\p{N}-]*\s+/uy;
