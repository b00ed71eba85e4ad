import { isWhiteSpace } from '../text/chars';
import { isVerbOrOpener } from './appositions';
import { clauseEnd } from './clause';
import { collapseRange } from './label-chars';
import { isClauseParticiple } from './verb-cluster';

/**
 * A group in brackets inside a date's clause, after the date, with the clause going on after it: `Op 6 november jl.
 * heeft de Tweede Kamer negen moties over de Alcoholnota (27 565, nrs. 5, 7, 8, 9, 10, 12, 15, 16 en 17) aangenomen`
 * (1034) was labelled `Op 6 november jl. heeft de Tweede Kamer negen moties over de Alcoholnota`: its bracket ended the
 * clause before the verb. So did an aside: `Ik deed de toezegging u een uitvoeringsprogramma` (839, `… (op hoofdlijnen)
 * te doen toekomen`), `Er is € 508 miljoen minder uitgegeven dan maximaal` (77, `… (dus op enig moment) beschikbaar
 * was`), `Op 2 oktober is de voorgenomen` (1338, `… (gedeeltelijke) sluiting … besproken`). The label is made without
 * the group, as the citation right after a date is left out (see `citationAfterDate`). Only where the clause goes on in
 * lower case with no word that opens another clause or item (`(…) en op basis hiervan …`, 2233; `de motie (…) die de
 * regering verzoekt …`, 287): there the label rightly ends at the bracket. And only where the rest of the clause has a
 * verb (see `hasVerb`): a noun's phrase after the group, `de brief … over de antwoorden op vragen van de commissie (32
 * 043, nr. 107) over het bericht «…»` (1743), only lengthens the label. On the date's left only a citation (see
 * `citationGroupBefore`).
 */

/** A group in brackets on one line (or over a line break, not a blank line), the clause going on after it. Read sticky. */
const GROUP = /\((?:[^()\n]|\n(?![^\S\n]*\n)){1,150}\)(?=[^\S\n]+(\p{Ll}[\p{L}-]*))/uy;

/**
 * What makes a group before the date one to leave out (see `citationGroupBefore`): a paper's number or the name of a
 * reference, or a figure alone.
 */
const CITATION =
  /nrs?\.\s?\d|Kamerstuk|Handelingen|kenmerk\s|^\(\s*[+±]?\s*\d[\d.,]*\s*(?:%|procent|fte)?\s*\)$/;

/** Words after the group that open another clause or item: the label ends at the bracket. */
const OPENS_OTHER = new Set(
  'en of maar alsmede dan die dat wat welke waarin waarmee waarbij waarvan waarover waarna zoals terwijl omdat hetgeen om'.split(
    ' ',
  ),
);

/**
 * Where the group that opens at text[open] (a `(`) ends with the white space before it: [from, to) to leave out of the
 * clause, within text[., end); null where there is no such group (see above). A citation, a figure whose decimal comma
 * ended the clause (`Tussen 1 juli 2017 en 31 december 2017 zijn 16 personen (15,5 fte) ingezet ten behoeve van het
 * Brexitproces`, 617, read `…zijn 16 personen`), or an aside.
 */
export function bracketGroupAt(text: string, open: number, end: number): [from: number, to: number] | null {
  if (text.charCodeAt(open) !== 0x28) return null;
  GROUP.lastIndex = open;
  const m = GROUP.exec(text);
  if (m === null || GROUP.lastIndex >= end || OPENS_OTHER.has(m[1] as string)) return null;
  let from = open;
  while (from > 0 && isWhiteSpace(text.charCodeAt(from - 1))) from--;
  return [from, GROUP.lastIndex];
}

/**
 * The same on the date's left: a citation in brackets between a noun and the date's `van` (or the date), `In mijn brief
 * (Kamerstuk 35 925 XVI, nr. 170) van 8 maart 2022 heb ik toegezegd dat ik …` (2355), whose bracket started the clause:
 * `…van 8 maart 2022 heb ik toegezegd dat ik samen met partners in het veld…`. Where the group that text[close] (a `)`)
 * closes is a citation, a word before it, and only the date's preposition (BEFORE_DATE) between it and the date at
 * `ds`: [from, to) to leave out, the white space before the group with it; else null.
 */
export function citationGroupBefore(
  text: string,
  close: number,
  ds: number,
  start: number,
): [from: number, to: number] | null {
  if (text.charCodeAt(close) !== 0x29) return null;
  BEFORE_DATE.lastIndex = close + 1;
  if (!BEFORE_DATE.test(text) || BEFORE_DATE.lastIndex !== ds) return null;
  const open = text.lastIndexOf('(', close);
  if (open <= start || close - open > 151) return null;
  // No `(` between them (the last before `close`); no other `)` either: `close` closes the group that opens at `open`.
  const group = text.slice(open, close + 1);
  if (group.indexOf(')') !== group.length - 1) return null;
  if (/\n[^\S\n]*\n/.test(group) || !CITATION.test(group)) return null;
  let from = open;
  while (from > start && isWhiteSpace(text.charCodeAt(from - 1))) from--;
  // A word (or a quoted title) goes on before the group: the group is inside the clause.
  if (from === open || from <= start || !WORD_END.test(text.charAt(from - 1))) return null;
  return [from, close + 1];
}
/**
 * What may stand between the group and its date: the date's preposition, and before it the clause's finite auxiliary
 * (`Deze motie (Kamerstuk 33 000 IV, nr. 34) is op 1 november 2011 door de Kamer aangenomen`, 1317, was `…is door de
 * Kamer aangenomen`). Read sticky from after the `)`.
 */
const BEFORE_DATE =
  /[^\S\n]+(?:(?:is|zijn|wordt|worden|werd|werden|was|waren|heeft|hebben|had|hadden)[^\S\n]+)?(?:(?:van|d\.d\.|op|uit)[^\S\n]+)?/y;
/** The last character of a word or a quoted title. */
const WORD_END = /[\p{L}\p{N}»”"']/u;

/** Does the stretch `s` (collapsed) have a verb: a finite one or a word that opens a clause (`hasNoVerb`), a participle? */
export function hasVerb(s: string): boolean {
  for (const raw of s.toLowerCase().split(' ')) {
    if (isVerbOrOpener(raw)) return true;
    const w = raw.replace(NOT_IN_WORD, '');
    if (isClauseParticiple(w)) return true;
  }
  return false;
}
const NOT_IN_WORD = /[^\p{L}-]/gu;

/**
 * The group that ends the date's clause text[left, right) (the date at `ds`) on its left (a citation) or on its right,
 * inside the sentence's stretch text[start, end): [from, to) to leave out (see `citationGroupBefore`,
 * `bracketGroupAt`), or null.
 */
export function bracketGroupInClause(
  text: string,
  start: number,
  left: number,
  ds: number,
  right: number,
  end: number,
): [from: number, to: number] | null {
  if (left > start) {
    const before = citationGroupBefore(text, left - 1, ds, start);
    if (before !== null) return before;
  }
  if (right >= end) return null;
  const after = bracketGroupAt(text, right, end);
  if (after === null || !hasVerb(collapseRange(text, after[1], clauseEnd(text, after[1], end, 'narrow'))))
    return null;
  return after;
}
