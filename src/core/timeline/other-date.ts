import { isWhiteSpace } from '../text/chars';
import { FULL_MONTH_ALTERNATION } from '../text/dutch-months';
import { MIN_LABEL } from './label-chars';

/**
 * A label says what happens on its own date, not on another one: a clause that names another paper's or meeting's
 * date before this one is about that paper. `– de brief van de Minister van Financiën d.d. 17 september 2021 inzake
 * verslag Ecofin-Raad 6 september 2021 …` (281) labelled 6 September `…de Minister van Financiën d.d. 17 september 2021
 * inzake verslag Ecofin-Raad`; `Mede met het oog op het Algemeen Overleg over de Raad Buitenlandse Zaken van 17 maart
 * a.s. ontvangt u hierbij een verslag van mijn reis naar Kiev van 10 maart jl` (2847) labelled 10 March with the other
 * date's council. Such a label starts after the other date, its year, `a.s.` or `jl.`, and a formal subject marker after
 * them (`inzake`). Only a date after `d.d.` or `van` (a paper's or meeting's date: not `Op 25 april 2018 heeft het CBS
 * …`, 2217, whose date is the clause's own), and not when `en`, `of`, `tot` or a bracket follows it (`Hetzelfde geldt
 * voor de Milieuraad van 2 maart en de Ecofin`, 196, is a list; `van 21 juni tot de vroege ochtend`, 950, a period).
 */

/** A day and a month's full name, and a year: `17 september 2021`, `17 maart`. */
const OTHER_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])\d{1,2}\s+(?:${FULL_MONTH_ALTERNATION})(?:\s+\d{4})?(?![\p{L}\p{N}])`,
  'giu',
);
/** What makes it a paper's or meeting's date: `d.d.`, `dd.`, `van` right before it. */
const OF_PAPER = /(?:^|[^\p{L}\p{N}])(?:d\.\s?d\.?|dd\.?|van)\s+$/iu;
/**
 * What may follow that date and belongs to it: `a.s.`, `jl.`, `j.l.`; then a subject marker, formal (`inzake`, left
 * out) or `over`, `met`, `ter aanbieding van` (kept); then the next word, which must be a word that opens no list or
 * period (nor is one of the words this regex may leave out: it cannot leave `jl.` out to start the label there).
 */
const LINKING_AFTER =
  /\s*(?:(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)(?![\p{L}\p{N}]))?\s*(?:(?<formal>(?:inzake|betreffende|aangaande|omtrent|houdende)\s+)|(?<marker>(?=(?:over|met|ter aanbieding van)\s)))?(?!(?:en|of|tot|t\/m|a\.s\.|j\.?l\.|jongstleden|aanstaande|inzake|betreffende|aangaande|omtrent|houdende)(?![\p{L}\p{N}]))(?=\p{L})/iuy;
/** How much a label after the other date must hold: without a subject marker it goes on with the clause's verb. */
const WITHOUT_MARKER = 30;

/**
 * Where the label of the date at `ds` starts in the clause text[left, ds): `left`, or past the last other full date in
 * it and the words that go with that date (see LINKING_AFTER), when what is left before `ds` holds at least MIN_LABEL
 * characters after a subject marker (a date range's `tot` is no label), WITHOUT_MARKER without one. Read only within
 * the clause.
 */
export function pastOtherDate(text: string, left: number, ds: number): number {
  if (ds - left < MIN_LABEL + 8) return left;
  const stretch = text.slice(left, ds);
  let other: RegExpExecArray | null = null;
  OTHER_DATE.lastIndex = 0;
  for (let m = OTHER_DATE.exec(stretch); m; m = OTHER_DATE.exec(stretch)) other = m;
  if (other === null || !OF_PAPER.test(stretch.slice(Math.max(0, other.index - 12), other.index)))
    return left;
  LINKING_AFTER.lastIndex = other.index + other[0].length;
  const linking = LINKING_AFTER.exec(stretch);
  if (linking === null) return left;
  const groups = linking.groups as { formal?: string; marker?: string };
  const min = groups.formal !== undefined || groups.marker !== undefined ? MIN_LABEL : WITHOUT_MARKER;
  const end = LINKING_AFTER.lastIndex;
  let b = ds;
  while (b > left + end && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return b - (left + end) >= min ? left + end : left;
}

/**
 * A citation in brackets right after a date, `(Kamerstukken II, 2006–2007, 29 700, nr. 47)`, with the clause going on
 * after it in lower case: `Zoals ik in mijn brief van 13 juli 2007 (Kamerstukken II, 2006–2007, 29 700, nr. 47) heb
 * laten weten, hebben de leden …` (1546) ended its label at the bracket, `Zoals ik in mijn brief`. The label leaves the
 * citation out with the date and goes on after it: `Zoals ik in mijn brief heb laten weten`. So does any other group
 * in brackets right after a date, which says more of the date or where it is written down: a citation without its
 * series, `Bij brief van 20 november 1996 (24 772, nr. 14) heb ik u geïnformeerd` (1650), a reference, `(2008D03792)`
 * (399), a note on the date, `De Klesch Group zal in de loop van 2020 (naar verwachting 1 juli) de exploitatie van de
 * raffinaderij … overnemen` (2116, whose label was `De Klesch Group zal`). A date's `a.s.` or `jl.` after the group
 * goes with them: `het plenaire debat voorzien voor 21 februari (Handelingen II 2022/23, nr. 55, …) a.s. sturen wij`
 * (1252) read `…debat voorzien a.s. sturen wij`. The group may run over a line break, not a blank line: `evaluatie missies
 * van 22 oktober 2024 (Kamerstuk⏎29 521, nr. 492) informeert het kabinet` (2767), `In mijn brief van 6 april jl. (TK II,
 * …⏎…) heb ik u` (1491) stopped at the bracket.
 */
const CITATION_AFTER =
  /[^\S\n]*\((?:[^()\n]|\n(?![^\S\n]*\n)){1,100}\)(?:[^\S\n]+(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)(?![\p{L}\p{N}]))?(?=[^\S\n]+(?!(?:en|of|alsmede|maar)(?![\p{L}\p{N}]))\p{Ll})/uy;

/** Where the date that ends at `de` ends with a group in brackets after it (see CITATION_AFTER), within text[de, end); else `de`. */
export function citationAfterDate(text: string, de: number, end: number): number {
  let k = de;
  while (k < end && text.charCodeAt(k) !== 0x0a && isWhiteSpace(text.charCodeAt(k))) k++;
  // Most dates have no bracket after them: ruled out by one character.
  if (k >= end || text.charCodeAt(k) !== 0x28) return de;
  CITATION_AFTER.lastIndex = 0;
  const stretch = text.slice(de, Math.min(end, k + 200));
  return CITATION_AFTER.test(stretch) ? de + CITATION_AFTER.lastIndex : de;
}
