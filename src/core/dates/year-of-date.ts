import { YEAR_OFFSET_WORDS, YEAR_REPORTS } from './lexicon';
import type { YearSpec } from './raw';
import { GAP_LINE, GAP_NONE, GAP_PARA, NUM, PUNCT, WORD } from './tokens';
import { inCitationOrNumber } from './citation-checks';
import { isPlausibleBareYear, PERIOD, type TokenReader, type YearHit } from './token-reader';

/**
 * The year a date names or takes: a year written after it, a relative suffix (`jl.`, `a.s.`, `van dit jaar`,
 * `van dat jaar`), or, for a date written without one, the year of its line or the default.
 */

const QUESTION = 63; // ?
const EXCLAMATION = 33; // !

/** The year of a cited letter's day (see `yearOfUnwritten`). */
export const SENT: YearSpec = { kind: 'past', sent: true };
/** The year of a day that lies before the text for another reason (see `yearOfUnwritten`). */
export const PAST: YearSpec = { kind: 'past' };
export const FUTURE: YearSpec = { kind: 'future' };

export interface RelHit {
  next: number;
  spec: YearSpec;
}

/** How far back `dat jaar` looks for the year it means: a sentence or two. */
const THAT_YEAR_REACH = 400;

/** `dit jaar`, `vorig jaar`, `het volgende jaar`, `komend jaar` → offset. */
export function yearOffsetPhrase(
  t: TokenReader,
  i: number,
  allowArticle: boolean,
): { next: number; offset: number } | null {
  let k = i;
  if (allowArticle && t.word(k, 'het')) k++;
  if (t.kind(k) !== WORD) return null;
  const offset = YEAR_OFFSET_WORDS.get(t.lower(k));
  if (offset === undefined || !t.word(k + 1, 'jaar')) return null;
  return { next: k + 2, offset };
}

/**
 * What follows a year-less date: `jl.`, `j.l.`, `jongstleden`, `aanstaande`, `a.s.`, `van dit jaar`, and `uit het
 * voorgaande jaar`: `declaratiecijfers tot en met augustus uit het voorgaande jaar` in a letter of September 2022
 * is August 2021 (33).
 */
export function relativeSuffix(t: TokenReader, i: number): RelHit | null {
  let k = t.dotted(i, 'jl');
  if (k < 0) k = t.abbreviation(i, ['j', 'l']);
  if (k < 0) k = t.dotted(i, 'll', true);
  if (k < 0 && (t.word(i, 'jongstleden') || t.word(i, 'laatstleden'))) k = i + 1;
  if (k >= 0) return { next: k, spec: { kind: 'past' } };
  k = t.abbreviation(i, ['a', 's']);
  if (k < 0) k = t.dotted(i, 'as', true);
  if (k < 0) k = t.dotted(i, 'aanst', true);
  if (k < 0 && t.word(i, 'aanstaande')) k = i + 1;
  if (k >= 0) return { next: k, spec: { kind: 'future' } };
  const phrase =
    t.word(i, 'van') || t.word(i, 'uit') ? yearOffsetPhrase(t, i + 1, true) : yearOffsetPhrase(t, i, false);
  if (phrase) return { next: phrase.next, spec: { kind: 'offset', offset: phrase.offset } };
  return thatYear(t, i);
}

/**
 * `van dat jaar`, `dat jaar`: the year named last before, in the same paragraph: `In mei 2018 werden vier
 * veehandelaren veroordeeld … en in juli van dat jaar is de eigenaar … opnieuw veroordeeld` (1248). Without
 * such a year the phrase says nothing, and the date keeps its own.
 */
function thatYear(t: TokenReader, i: number): RelHit | null {
  const k = t.word(i, 'van') ? i + 1 : i;
  if (!t.word(k, 'dat') || !t.word(k + 1, 'jaar')) return null;
  const year = paragraphYearBefore(t, i);
  return year === null ? null : { next: k + 2, spec: { kind: 'explicit', year, fromLine: true } };
}

/**
 * The last year written before token `i` in its paragraph (not a dossier or another number's digits), within
 * THAT_YEAR_REACH characters; null without one.
 */
function paragraphYearBefore(t: TokenReader, i: number): number | null {
  const here = t.start(i);
  for (let k = i - 1; k >= 0; k--) {
    if (here - t.start(k) > THAT_YEAR_REACH || t.gaps[k + 1] === GAP_PARA) return null;
    const y = writtenYear(t, k);
    if (y !== null) return y;
  }
  return null;
}

/** The year token `k` writes, standing alone (not glued to a word, nor part of a citation or number), or null. */
function writtenYear(t: TokenReader, k: number): number | null {
  const glued = t.gaps[k] === GAP_NONE && t.kind(k - 1) !== PUNCT;
  if (t.kind(k) !== NUM || t.length(k) !== 4 || glued || inCitationOrNumber(t, k)) return null;
  const y = t.value(k);
  return isPlausibleBareYear(y) ? y : null;
}

/** A year after a period word, with an optional `van` (`zomer van 2023`, `eerste helft van 2023`). */
export function yearAfter(t: TokenReader, i: number): YearHit | null {
  const k = t.word(i, 'van') ? i + 1 : i;
  return t.yearAt(k, true);
}

/** A year or a relative year after a period word (`Q1 2026`, `eerste kwartaal van dit jaar`, `van het jaar`). */
export function periodYear(t: TokenReader, i: number): RelHit & { end: number } {
  const y = yearAfter(t, i);
  if (y) return { next: y.next, end: y.end, spec: { kind: 'explicit', year: y.year } };
  const rel = relativeSuffix(t, i);
  if (rel) return { ...rel, end: t.endBefore(rel.next) };
  // `van het jaar` (`einde van het jaar`): the reference year, or the year that follows it (`voor het eind van
  // het jaar 2018`, 1802).
  if (t.word(i, 'van') && t.word(i + 1, 'het') && t.word(i + 2, 'jaar')) {
    const named = t.yearAt(i + 3, true);
    if (named) return { next: named.next, end: named.end, spec: { kind: 'explicit', year: named.year } };
    return { next: i + 3, end: t.endBefore(i + 3), spec: { kind: 'default' } };
  }
  return { next: i, end: t.endBefore(i), spec: { kind: 'default' } };
}

/**
 * A year written on the same line shortly before a year-less date: `RAZ en RBZ 2018 (sinds aantreden
 * op 12 maart)` means 12 March 2018 (the one exception in the corpus README). Stops at a line or
 * sentence boundary. A date that took such a year passes it on to the next one in its list, as far after it:
 * `in 2017 vier maal (3 maart, NL0074CDIU0048803; 12 juni, NL0074CDIU0054676; 18 oktober, …; en 2 november, …)`
 * (2763) are all of 2017, not the last two of the letter's 2018.
 */
function lineYearBefore(t: TokenReader, i: number): number | null {
  if (!t.exists(i)) return null;
  const here = t.start(i);
  for (let k = i - 1; k >= 0 && k >= i - 16; k--) {
    const nextGap = t.gaps[k + 1];
    if (nextGap === GAP_LINE || nextGap === GAP_PARA) return null;
    if (here - t.start(k) > 80) return null;
    const pc = t.punctCode(k);
    if ((pc === PERIOD || pc === QUESTION || pc === EXCLAMATION) && nextGap !== GAP_NONE) return null;
    const passed = t.lineYears.get(k);
    if (passed !== undefined) return passed;
    const y = writtenYear(t, k);
    // A report's year is not the year it was written in (see YEAR_REPORTS).
    if (y !== null) return namesReport(t, k - 1) ? null : y;
  }
  return null;
}

/**
 * Is token `k` a report's name (see YEAR_REPORTS)? Read from the text, not the vocabulary: these words start no
 * rule, and a lookup here would give the words around it meanings they do not have.
 */
function namesReport(t: TokenReader, k: number): boolean {
  return t.kind(k) === WORD && YEAR_REPORTS.has(t.text.slice(t.start(k), t.end(k)).toLowerCase());
}

/** Default years take a year from the same line when there is one. */
export function defaultYear(t: TokenReader, i: number): YearSpec {
  const y = lineYearBefore(t, i);
  if (y === null) return { kind: 'default' };
  t.lineYears.set(i, y);
  return { kind: 'explicit', year: y, fromLine: true };
}
