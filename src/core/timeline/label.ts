import { alternation, AUXILIARY_WORDS, wordsWithout } from './auxiliaries';
import type { Span } from '../types';
import { isLetterOrDigit, isWhiteSpace } from '../text/chars';
import { enclosingBrackets } from '../text/brackets';
import {
  MAX_LABEL,
  MIN_LABEL,
  collapseRange,
  danglingBeforeBracket,
  danglingStart,
  isFrontedDate,
  isLoose,
  LOWER_CASE_WORD,
  joinParts,
  mayBeFiniteVerb,
  looseEnd,
  startsLower,
} from './label-chars';
import { clauseEnd, clauseStart, isPlainStretch } from './clause';
import {
  ARTICLES,
  FUNCTION_WORDS,
  clauseLabelEnd,
  clauseLabelEnds,
  readableEnd,
  subjectWindow,
  wordWindow,
} from './word-window';
import { isParticiple } from '../dates/tense';
import { shortNamesAfter, shortNamesBefore } from './ministry-names';
import { promiseWithItsVerb } from './promise-tail';
import {
  afterTheDate,
  datedByVerb,
  figureAfterYear,
  namesItsYear,
  mayChangeAfter,
  quotedAfterPreposition,
  timeAfterDate,
} from './date-tail';
import { isLetterWithSubject } from './letter-items';
import { capitalize, finishLabel, frontedLabel, plainLabel } from './plain-label';
import { clauseOverQuotes, titleAround } from './quotes';
import { firstAtOrAfter } from '../text/sorted';
import {
  beforeOtherDatePart,
  citationAfterDate,
  otherPartBetween,
  pastOtherDate,
  pastOtherDatePart,
} from './other-date';

/**
 * Short timeline labels from the text around a date: the clause the date sits in (between commas,
 * brackets, colons), without the date itself, widened to the sentence when the clause says too little,
 * and cut to `MAX_LABEL` characters around the place of the date.
 */

export { MAX_LABEL } from './label-chars';

/** Clause delimiters, as bits: narrow ones, wide ones (see `clause.ts`). */
const NARROW = 1; // `,` `;` `:` brackets, dashes
const WIDE = 2; // `;` `:` brackets
const ASCII_KINDS = new Uint8Array(128);
for (const ch of ',') ASCII_KINDS[ch.charCodeAt(0)] = NARROW;
for (const ch of ';:()[]') ASCII_KINDS[ch.charCodeAt(0)] = NARROW | WIDE;

function kindOf(c: number): number {
  if (c < 0x80) return ASCII_KINDS[c] as number;
  return c === 0x2013 || c === 0x2014 ? NARROW : 0; // – —
}

/**
 * `s.slice(from, to).replace(/\s+/g, ' ').trim()`, by bounds: the ends are trimmed first (a run there
 * would become a space and be trimmed anyway), and the regex only runs when an inner run is not already a
 * single space, which in most text it is.
 */
/** `s.slice(from, to).trim()`: the collapse of a stretch whose white space is single spaces only. */
function trimRange(s: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isWhiteSpace(s.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function collapse(s: string): string {
  return collapseRange(s, 0, s.length);
}

/** `tidy` of a string that is collapsed already: only loose punctuation is left to strip at the ends. */
function stripLoose(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && isLoose(t.charCodeAt(a))) a++;
  b = looseEnd(t, a, b);
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** Trim white space and loose punctuation at both ends (keeps closing brackets and quotes that pair up). */
function tidy(s: string): string {
  return stripLoose(collapse(s));
}

/**
 * `before` (collapsed) without the preposition that dangles before its date, text[ds, de) (see `danglingStart`).
 */
function withoutDangling(before: string, text: string, ds: number, de: number): string {
  const end = danglingStart(before, 0, before.length, text, ds, de);
  return end === before.length ? before : before.slice(0, end);
}

/**
 * `before` and `after` (collapsed) around the date text[ds, de) without the preposition that dangles before it, and
 * without the brackets that held the date alone after it, with that preposition (see `danglingBeforeBracket`).
 */
function withoutDanglingAround(
  before: string,
  after: string,
  text: string,
  ds: number,
  de: number,
): [before: string, after: string] {
  const bracketed = after === '' ? -1 : danglingBeforeBracket(before, 0, before.length, text, ds, de);
  if (bracketed < 0) return [withoutDangling(before, text, ds, de), after];
  return [before.slice(0, bracketed), after.slice(1).trimStart()];
}

/** Number of loose characters (see `isLoose`) at the start of `s`. */
function looseAtStart(s: string): number {
  let a = 0;
  while (a < s.length && isLoose(s.charCodeAt(a))) a++;
  return a;
}

/** Number of loose characters at the end of `s`. */
function looseAtEnd(s: string): number {
  return s.length - looseEnd(s, 0, s.length);
}

/**
 * `stripLoose(joinParts(before, after)).length` for collapsed strings, counted on the two parts instead of
 * a joined copy: the joining space is loose too, so an all-loose part lets the strip run on into the other.
 */
function tidyJoinedLength(before: string, after: string): number {
  const sep = before !== '' && after !== '' ? 1 : 0;
  const total = before.length + sep + after.length;
  const leadBefore = looseAtStart(before);
  const leadAfter = looseAtStart(after);
  if (leadBefore === before.length && leadAfter === after.length) return 0;
  const lead = leadBefore === before.length ? before.length + sep + leadAfter : leadBefore;
  const trailAfter = looseAtEnd(after);
  const trail = trailAfter === after.length ? after.length + sep + looseAtEnd(before) : trailAfter;
  return total - lead - trail;
}

/**
 * Text around a date span, made into a label from the original text. Works on `original` by offsets
 * (the sentence lies within it), and uses that `collapseRange` already gives collapsed strings.
 */
export function labelAround(
  original: string,
  sentence: Span,
  date: Span,
  /** Footnote markers of the text, sorted: left out of the label. */
  markers: readonly Span[],
  /** Where the text's quotes are (see `quotePositions`). */
  quotes: readonly number[],
  /**
   * False when no other date stands in the sentence: then no part of it has a date of its own (see
   * `beforeOtherDatePart`), and the search for one is skipped.
   */
  otherDates = true,
): string {
  const formula = headerFormulaLabel(original, sentence, date);
  if (formula !== null) return formula;
  const [start, end] = labelWindow(sentence, date);
  const local = withoutMarkersIn(original, start, end, markers);
  if (local) {
    // The label of the window without its markers, in the window's offsets.
    const whole = { start: 0, end: local.text.length };
    const at = { start: local.at(date.start), end: local.at(date.end) };
    // The sentence starts where the window does, or before it (a negative offset in the window's text).
    return clauseLabel(
      local.text,
      whole,
      at,
      sentence.start - start,
      quotesIn(quotes, start, end, local),
      true,
      true,
      true,
      otherDates,
    );
  }
  return clauseLabel(original, sentence, date, sentence.start, quotes, true, true, true, otherDates);
}

/** The `quotes` (original offsets, sorted) in original[from, to), as offsets in `local`'s text (no quote is in a marker). */
function quotesIn(quotes: readonly number[], from: number, to: number, local: WithoutMarkers): number[] {
  const out: number[] = [];
  for (let k = firstAtOrAfter(quotes, from); k < quotes.length && (quotes[k] as number) < to; k++) {
    out.push(local.at(quotes[k] as number));
  }
  return out;
}

/** `(ingezonden ` or `(ontvangen ` right before a date, as the header of written questions has them. */
const FORMULA_BEFORE = /\((ingezonden|ontvangen)\s+$/;
/**
 * The head of written questions, their answer or a notice that the answer is late, at the start of a line:
 * `Vragen van de leden Leijten en Van Nispen (beiden SP) aan de Minister van …`, `Antwoord van Minister
 * Ollongren (…), mede namens de Minister-President`, `Mededeling van …`, `Nader antwoord van …`. The last one
 * before the date, with no blank line between.
 */
const FORMULA_HEAD =
  /(?:^|\n)[^\S\n]*(Vragen|Antwoord(?:en)?|Nader antwoord|Aanvullend antwoord|Mededeling) van\s/gu;
/** A blank line. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** How far before its date the head of a formula is looked for (the longest heads list many members). */
const FORMULA_REACH = 700;

/**
 * The label of a date in the header formula of written questions, `(ingezonden 30 april 2021)` or
 * `(ontvangen 1 juli 2021)`: the head's first words and the formula's, `Vragen ingezonden`, `Antwoord
 * ontvangen`. The clause around such a date is the whole header, which a label cut to size made into
 * `…soepeler omgang met het contact tussen ambtenaren en Kamerleden (ingezonden)` or `…Zaken en
 * Koninkrijksrelaties), mede namens de Minister-President (ontvangen)` (13). Null for any other date.
 */
function headerFormulaLabel(original: string, sentence: Span, date: Span): string | null {
  // Most dates have no formula: ruled out by the character before their white space (`ingezonden` and
  // `ontvangen` end with `n`) before any string is cut out.
  let k = date.start - 1;
  if (!isWhiteSpace(original.charCodeAt(k))) return null;
  while (k > 0 && isWhiteSpace(original.charCodeAt(k))) k--;
  if (original.charCodeAt(k) !== 0x6e) return null;
  const formula = FORMULA_BEFORE.exec(original.slice(Math.max(0, date.start - 40), date.start));
  if (!formula) return null;
  k = date.end;
  while (k < original.length && isWhiteSpace(original.charCodeAt(k))) k++;
  if (original.charCodeAt(k) !== 0x29) return null;
  // Not from the sentence's start: `(Binnenlandse Zaken en Koninkrijksrelaties a.i.) (ontvangen 6 april
  // 2011)` (2004) has a sentence end in it.
  const from = Math.max(0, date.start - FORMULA_REACH);
  const before = original.slice(from, date.start - formula[0].length);
  let head: RegExpExecArray | null = null;
  FORMULA_HEAD.lastIndex = 0;
  for (let m = FORMULA_HEAD.exec(before); m; m = FORMULA_HEAD.exec(before)) head = m;
  if (!head || BLANK_LINE.test(before.slice(head.index + 1))) return null;
  return `${head[1] as string} ${formula[1] as string}`;
}

/**
 * The stretch a label is made from: the sentence, within LABEL_REACH of the date. A label is a line; a
 * "sentence" of a megabyte (a table or list without full stops) would otherwise be read whole for each of
 * its dates.
 */
function labelWindow(sentence: Span, date: Span): [start: number, end: number] {
  return [
    Math.max(sentence.start, Math.min(date.start, sentence.end) - LABEL_REACH),
    Math.min(sentence.end, Math.max(date.end, sentence.start) + LABEL_REACH),
  ];
}

/**
 * Footnote markers glued to a word or number (`toestuurde1`, `(CU)1`) are no part of a label: the label
 * is made from its stretch without them. `markers` are sorted by start.
 */
class WithoutMarkers {
  readonly text: string;
  /** Where each left-out marker started, and how long it was (original offsets, ascending). */
  private readonly cuts: number[] = [];
  private readonly lengths: number[] = [];

  /** text[from, to) without the markers from index `k` on. */
  constructor(
    original: string,
    private readonly from: number,
    to: number,
    markers: readonly Span[],
    k: number,
  ) {
    const parts: string[] = [];
    let at = from;
    for (let i = k; i < markers.length; i++) {
      const m = markers[i] as Span;
      if (m.start >= to) break;
      const a = Math.max(at, m.start);
      const b = Math.min(to, m.end);
      if (b <= a) continue;
      parts.push(original.slice(at, a));
      this.cuts.push(a);
      this.lengths.push(b - a);
      at = b;
    }
    parts.push(original.slice(at, to));
    this.text = parts.join('');
  }

  /** The offset in `text` of original offset `i` (a place inside a marker goes to where it was). */
  at(i: number): number {
    let out = i - this.from;
    for (let x = 0; x < this.cuts.length; x++) {
      const cut = this.cuts[x] as number;
      if (cut >= i) break;
      out -= Math.min(this.lengths[x] as number, i - cut);
    }
    return out;
  }
}

/** original[from, to) without its footnote markers, or null when none lies in it. */
function withoutMarkersIn(
  original: string,
  from: number,
  to: number,
  markers: readonly Span[],
): WithoutMarkers | null {
  const k = firstMarkerAfter(markers, from);
  return k < markers.length && (markers[k] as Span).start < to
    ? new WithoutMarkers(original, from, to, markers, k)
    : null;
}

/** The index of the first marker that ends after `from` (markers sorted by start, none overlapping). */
function firstMarkerAfter(markers: readonly Span[], from: number): number {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((markers[mid] as Span).end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NO_MARKERS: readonly Span[] = [];

/**
 * A relative pronoun or adverb that opens a clause: `die`, `dat`, `welke`, `waarin`, `waarop`… Read
 * sticky at a clause's start (white space first).
 */
const RELATIVE =
  /\s*(?:die|dat|welke?|wat|wie|waar(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)?)(?![\p{L}\p{N}])/uy;

/**
 * Does the clause that starts at `left`, right after a comma, open with a relative pronoun before the
 * date at `ds`? Alone it says nothing of what it describes: `…de bijeenkomst van de NAVO-Ministers van
 * Defensie (DMM), die op 17 en 18 oktober in Brussel plaatsvindt` (1104) gave `Die in Brussel plaatsvindt`.
 */
function opensRelativeClause(original: string, left: number, ds: number): boolean {
  if (original.charCodeAt(left - 1) !== 0x2c) return false;
  RELATIVE.lastIndex = left;
  return RELATIVE.test(original) && RELATIVE.lastIndex <= ds;
}

/**
 * The sentence after the `,` at `comma` that closes a relative clause, up to its next delimiter, tidy;
 * `''` when that is no rest of the main clause (a conjunction, a capital, nothing), `null` when the
 * relative clause does not end at a comma. `Nederland ziet graag dat het VN-mandaat voor Althea, dat op
 * 3 november van dit jaar verloopt, wordt verlengd.` (NAVO letter): `wordt verlengd`, without which the
 * label `…Althea, dat verloopt` lost the sentence's verb.
 */
function restAfterRelative(original: string, comma: number, end: number): string | null {
  if (comma >= end || original.charCodeAt(comma) !== 0x2c) return null;
  const rest = tidy(original.slice(comma + 1, clauseEnd(original, comma + 1, end, 'narrow')));
  const space = rest.indexOf(' ');
  const first = space < 0 ? rest : rest.slice(0, space);
  // A rest that ends on an article or preposition was cut by a bracket or dash: it is no predicate.
  const last = rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase();
  return goesOnMainClause(first) && !FUNCTION_WORDS.has(last) ? rest : '';
}

/** Does `word`, after a comma, go on with the main clause: lower case, and opening no clause of its own? */
function goesOnMainClause(word: string): boolean {
  return startsLower(word) && !NOT_MAIN_CLAUSE.has(word);
}

/** The word after the `,` at `comma`, when it ends before `end`; else null. */
function wordAfterComma(text: string, comma: number, end: number): string | null {
  NEXT_WORD.lastIndex = comma + 1;
  const next = NEXT_WORD.exec(text);
  return next && comma + 1 + next[0].length <= end ? (next[1] as string) : null;
}

/**
 * Words that open a phrase inserted between commas into a main clause, which goes on after it: who else the writer
 * speaks for (`mede namens`), with whom or after what (`in overleg met`, `in lijn met`, `voorzien van`), by which
 * letter (`bij brief van`), as promised (`zoals toegezegd`), who among them (`waaronder Nederland`, 137).
 */
const INSERTION =
  /,\s*(?:(?:mede\s+)?(?:namens|in\s+(?:nauw\s+)?overleg\s+met|op\s+verzoek\s+van|naar\s+aanleiding\s+van)|na\s+overleg\s+met|waaronder|in\s+(?:lijn|afstemming|samenspraak)\s+met|met\s+instemming\s+van|voorzien\s+van|bij\s+(?:brief|e-mail)\s+van|zoals\s+(?:toegezegd|aangekondigd|afgesproken|verzocht|gevraagd|beloofd))(?![\p{L}\p{N}])/uy;

/**
 * Where the phrase inserted into the main clause at the `,` at `comma` ends (past its closing `,`), within text[comma,
 * end), when the main clause goes on after it (a lower-case word that opens no clause of its own, see
 * NOT_MAIN_CLAUSE); else -1. The date's clause ends at such a comma and its label stopped there, without the
 * clause's verb or object: `Bij brief van 15 november 2013 (Kamerstuk 33 043, nr. 26) heb ik, mede namens de minister
 * van Wonen en Rijksdienst en de staatssecretaris van Infrastructuur en Milieu, uw Kamer geïnformeerd over de
 * resultaten van de Green Deal aanpak` (786) gave `Bij brief heb ik`, `Bij brief van 27 juni 2025 zijn de vragen,
 * mede namens de Staatssecretaris …, beantwoord` (1085) `Bij brief zijn de vragen`.
 */
function insertionEnd(text: string, comma: number, end: number): number {
  if (comma >= end) return -1;
  const c = text.charCodeAt(comma);
  let close: number;
  if (c === 0x2013 || c === 0x2014) {
    // An aside between dashes, whatever it opens with: `Bij brief van 30 september jl. (kamerstuk 31 371, nr. 11) is
    // uw Kamer – na een eerdere mondelinge verklaring van de minister-president en de minister van Financiën die
    // dag – geïnformeerd over de gebeurtenissen` (327) gave `Bij brief is uw Kamer`.
    close = text.indexOf(text.charAt(comma), comma + 1);
    if (close < 0 || close >= end || close - comma > DASH_ASIDE_REACH) return -1;
  } else if (c === 0x28) {
    // A name defined for what follows, in brackets: `Op 12 mei jl. heeft het College voor de Rechten van de Mens (hierna
    // ook wel: College) zijn jaarrapportage … uitgebracht` (1770) gave `Op 12 mei jl. heeft het College voor de Rechten
    // van de Mens`.
    DEFINED_NAME.lastIndex = comma;
    if (!DEFINED_NAME.test(text) || DEFINED_NAME.lastIndex > end) return -1;
    close = DEFINED_NAME.lastIndex - 1;
  } else {
    // Most clauses end at no comma: ruled out by one character.
    if (c !== 0x2c) return -1;
    INSERTION.lastIndex = comma;
    if (!INSERTION.test(text) || INSERTION.lastIndex > end) return -1;
    close = clauseEnd(text, INSERTION.lastIndex, end, 'narrow');
    if (close >= end || text.charCodeAt(close) !== 0x2c) return -1;
  }
  const word = wordAfterComma(text, close, end);
  return word !== null && goesOnMainClause(word) ? close + 1 : -1;
}

/**
 * Words that open a sentence with a clause or phrase that refers to what was said or asked before, a letter, a debate,
 * a promise, the main clause after it saying what happens now: `Zoals aangekondigd in …`, `Naar aanleiding van …`, `In
 * aanvulling op …`, `Onder verwijzing naar …`, `Ter voorbereiding op …`, with `Mede` in front too (`Mede met het oog op het
 * plenaire debat …`, 1252). Read sticky after white space, in their capitals: they open the sentence.
 */
const REFERRING_OPENER =
  /\s*(?:Zoals|Conform|Overeenkomstig|Ingevolge|Verwijzend\s+naar|Naar\s+aanleiding\s+van|In\s+(?:vervolg|aanvulling|antwoord|reactie)\s+op|In\s+navolging\s+van|In\s+het\s+verlengde\s+van|In\s+lijn\s+met|(?:Met|Onder)\s+verwijzing\s+naar|Op\s+verzoek\s+van|Ter\s+uitvoering\s+van|Ter\s+voorbereiding\s+op|Als\s+vervolg\s+op|Met\s+het\s+oog\s+op|Mede\s+(?:naar\s+aanleiding\s+van|in\s+(?:vervolg|aanvulling|antwoord|reactie)\s+op|in\s+het\s+verlengde\s+van|op\s+verzoek\s+van|ter\s+uitvoering\s+van|ter\s+voorbereiding\s+op|als\s+vervolg\s+op|met\s+het\s+oog\s+op))(?![\p{L}\p{N}])/uy;
/**
 * A preposition and a determiner that open a sentence with a phrase that names a letter, a debate, a period: `In mijn
 * brief van 20 augustus (26 442, nr. 11) over de nazorg rondom de epidemie, heb ik u toegezegd …` (2190). Read sticky
 * after white space. Its main clause follows its comma only when an auxiliary verb and its subject do (see
 * AUXILIARY_AFTER_COMMA): the comma after such a phrase more often closes an aside.
 */
const PREPOSITIONAL_OPENER =
  /\s*(?:In|Bij|Tijdens|Met|Na|Sinds|Vanaf|Volgens|Uit|Door|Op)\s+(?:mijn|onze|zijn|haar|hun|uw|de|het|een|deze|dit|die)\s/y;
/**
 * A comma, an auxiliary verb and a word that opens its subject: `, heb ik`, `, is het`, `, heeft de Kamer`. Read sticky
 * at the comma.
 */
const AUXILIARY_AFTER_COMMA =
  /,\s*(?:heb|hebben|heeft|had|hadden|ben|is|zijn|was|waren|wordt|worden|werd|werden|zal|zullen|zou|zouden|kan|kunnen|wil|willen|moet|moeten|mag|mogen)\s+(?:ik|wij|we|u|het|er|zij|ze|hij|men|de|dit|deze|een|mijn|onze|uw)(?![\p{L}\p{N}])/uy;

/** How long a prepositional opener may be, without its date (see PREPOSITIONAL_OPENER). */
const PREPOSITIONAL_MAX = 60;
/** A relative pronoun or adverb as a word. */
const RELATIVE_WORD = /(?<![\p{L}\p{N}])(?:die|dat|welke?|waar\p{L}*)(?![\p{L}\p{N}])/u;

/** Is text[left] where the sentence that starts at `sentenceStart` starts, white space only between? */
function opensSentence(text: string, left: number, sentenceStart: number): boolean {
  let k = left;
  while (k > sentenceStart && k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return k <= sentenceStart || k === 0;
}

/**
 * A group in brackets right after a date (a citation) that a comma follows, or a lower-case word with no space
 * between (`(Kamerstuk 31 753, nr. 216)mogen we concluderen`, 1415): read sticky at the `(`.
 */
const GROUP_BEFORE_COMMA = /\((?:[^()\n]|\n(?![^\S\n]*\n)){1,100}\)(?=[^\S\n]*,|\p{Ll})/uy;

/**
 * Where the date's clause and the date itself end when the clause is a sentence's opening `Zoals …` clause, which says
 * where something was said before (`Zoals aangekondigd in de Kamerbrief van 27 november 2020,`), or another that refers
 * to what came before (REFERRING_OPENER: `In aanvulling op mijn verzamelbrief van 26 mei 2023,`, 2386), and the main
 * clause follows its comma, its finite verb first (a lower-case word that opens no clause of its own and may be a verb, see
 * NOT_MAIN_CLAUSE, RELATIVE, `mayBeFiniteVerb`): the end of that main clause's first stretch, which says what happens.
 * A citation in brackets between the date and the comma goes with the date, as one the clause goes on after does (see
 * `citationAfterDate`). Null for any other clause. The label stopped at the comma: `Zoals aangekondigd in de
 * Kamerbrief` (1597) for `…, wordt door het kabinet een inventarisatie gedaan`, `Zoals toegezegd in het Commissiedebat
 * passend onderwijs` (436) for `… op 30 maart (Kamerstuk 31 497, nr. 434), vindt u in deze brief het overzicht`.
 */
function pastReferringClause(
  text: string,
  left: number,
  ds: number,
  de: number,
  right: number,
  end: number,
  /** Where the sentence starts (it may lie before the text, a negative offset). */
  sentenceStart: number,
): [de: number, right: number, mainStart: number] | null {
  // Most clauses end at no comma or bracket: ruled out by one character.
  const c = right < end ? text.charCodeAt(right) : 0;
  if (c !== 0x2c && c !== 0x28) return null;
  // The openers start with a capital: most clauses, after a comma, start in lower case.
  let first = left;
  while (first < right && isWhiteSpace(text.charCodeAt(first))) first++;
  const f = text.charCodeAt(first);
  if (f < 0x41 || f > 0x5a) return null;
  REFERRING_OPENER.lastIndex = first;
  // Or a prepositional phrase that opens the sentence, an auxiliary verb and its subject after its comma (see
  // PREPOSITIONAL_OPENER, AUXILIARY_AFTER_COMMA).
  let prepositional = false;
  if (!REFERRING_OPENER.test(text)) {
    if (c !== 0x2c || !opensSentence(text, left, sentenceStart)) return null;
    PREPOSITIONAL_OPENER.lastIndex = first;
    if (!PREPOSITIONAL_OPENER.test(text)) return null;
    prepositional = true;
  }
  let comma = right;
  if (c === 0x28) {
    // Only white space between the date and the bracket.
    let k = de;
    while (k < right && isWhiteSpace(text.charCodeAt(k))) k++;
    if (k < right) return null;
    GROUP_BEFORE_COMMA.lastIndex = right;
    if (!GROUP_BEFORE_COMMA.test(text) || GROUP_BEFORE_COMMA.lastIndex > end) return null;
    de = GROUP_BEFORE_COMMA.lastIndex;
    comma = de;
    while (comma < end && isWhiteSpace(text.charCodeAt(comma))) comma++;
    // A lower-case word glued to the bracket goes on with the clause.
    if (text.charCodeAt(comma) !== 0x2c) return [de, clauseEnd(text, de, end, 'narrow'), de];
  }
  // A citation between commas after the date goes with it, the main clause after its closing comma.
  CITATION_BETWEEN_COMMAS.lastIndex = comma;
  if (CITATION_BETWEEN_COMMAS.test(text) && CITATION_BETWEEN_COMMAS.lastIndex <= end) {
    de = CITATION_BETWEEN_COMMAS.lastIndex - 1;
    comma = de;
  }
  if (prepositional) {
    AUXILIARY_AFTER_COMMA.lastIndex = comma;
    if (!AUXILIARY_AFTER_COMMA.test(text) || AUXILIARY_AFTER_COMMA.lastIndex > end) return null;
    // A long phrase leaves no room for the main clause, which alone said less than the phrase of what happened on its
    // date (`Tijdens de mondelinge behandeling van het wetsvoorstel tot gemeentelijke herindeling in de Bommelerwaard
    // (25 655) in de Eerste Kamer op 8 september jongstleden, heb ik toegezegd …`, 1870); so does a relative clause
    // that holds the date (`Bij de uitreiking van de Spinozapremie 2019 die 2 oktober jl. plaatsvond, heb ik …`, 1454).
    const before = collapseRange(text, left, ds);
    if (
      before.length + collapseRange(text, de, comma).length > PREPOSITIONAL_MAX ||
      RELATIVE_WORD.test(before)
    )
      return null;
  }
  const word = wordAfterComma(text, comma, end);
  if (word === null) return null;
  // A phrase inserted into the main clause is left out (see `insertionEnd`), not read as its rest.
  INSERTION.lastIndex = comma;
  if (INSERTION.test(text)) return null;
  RELATIVE.lastIndex = comma + 1;
  if (!goesOnMainClause(word) || !mayBeFiniteVerb(word) || CITATION_WORDS.has(word) || RELATIVE.test(text))
    return null;
  return [de, clauseEnd(text, comma + 1, end, 'narrow'), comma];
}

/**
 * The words of a writer's report to the Kamer that open a main clause: `deel ik u mee`, `meld ik u`, `bericht ik u`,
 * `laat ik u weten`, with `wij`/`we` and `uw Kamer` too. Read on a clause's stretch after its date.
 */
const OPENING_REPORT_FRAME =
  /(?<![\p{L}\p{N}])(?:deel|delen|meld|melden|bericht|berichten|laat|laten)\s+(?:ik|wij|we)\s+(?:u|U|uw\s+Kamer)(?![\p{L}\p{N}])/u;

/**
 * Where the date's clause ends when it opens its sentence with a phrase, the date in it (`In antwoord op het verzoek van
 * … van 7 september 2011`), and the main clause after that opens with a report's frame (OPENING_REPORT_FRAME): at the frame,
 * else -1. What happened on the date is in the phrase; the frame only says that the letter tells something, and what it
 * tells is this letter's news, not the date's. `…verzoek van het lid Heijnen in de regeling van werkzaamheden deel ik
 * u mee` (2672) is now `In antwoord op het verzoek van het lid Heijnen in de regeling van werkzaamheden`, `…Raad van de
 * OVSE in Vilnius, bericht ik u…` (743) `…mijn deelname aan de Ministeriële Raad van de OVSE in Vilnius`. Only where the
 * stretch between the date and the frame holds no verb, and the phrase without its date keeps MIN_LABEL characters. Read on
 * the whole sentence too, where a date in brackets made a clause that said too little: `…minaret van 27 meter hoog
 * (ingezonden 12 augustus 2011), deel ik u mee dat…` (894).
 */
function beforeReportFrame(text: string, left: number, ds: number, de: number, right: number): number {
  // Most clauses hold no `u` or `U` as a word (or `uw`): ruled out by a scan of their characters.
  if (!holdsU(text, de, right)) return -1;
  const frame = OPENING_REPORT_FRAME.exec(text.slice(de, right));
  if (frame === null) return -1;
  const between = collapseRange(text, de, de + frame.index);
  if (!hasNoVerb(between) || tidyJoinedLength(collapseRange(text, left, ds), between) < MIN_LABEL) return -1;
  return de + frame.index;
}

/** Does text[from, to) hold the word `u`, `U` or `uw` after a space? */
function holdsU(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c !== 0x75 && c !== 0x55) || text.charCodeAt(k - 1) !== 0x20) continue;
    const next = k + 1 < to ? text.charCodeAt(k + 1) : 0x20;
    if (next === 0x77 || !isLetterOrDigit(next)) return true;
  }
  return false;
}

/**
 * The label of a sentence's opening clause that refers to what came before and its main clause (see
 * `pastReferringClause`), cut at its end only, as a sentence is, so that it keeps its opener: cut around the date,
 * `Zoals gememoreerd in het algemeen overleg met uw Kamer op 31 mei 2001, is het van belang …` (2331) read `…in het
 * algemeen overleg met uw Kamer is het van belang…`, 965 `…uw Kamer is besproken tijdens het spoeddebat is de methode…`.
 * Null when so cut it would keep fewer than three words of the main clause (`mainStart`, in text[de, …), starts it):
 * a long opening clause is cut around the date, which keeps the main clause's verb (`…commissie voor EZK over het
 * Wetsvoorstel Versterking Groningen, laat ik u…`, 1198); and null when there is no such clause (`mainStart` -1).
 */
function openerLabel(
  text: string,
  before: string,
  after: string,
  de: number,
  mainStart: number,
  midSentence: boolean,
  rest: string | null,
): string | null {
  if (mainStart < 0) return null;
  const label = finishLabel('', joinParts(before, after), midSentence, rest);
  const opening = wordCount(before) + wordCount(collapseRange(text, de, mainStart));
  return wordCount(label) >= opening + 3 ? label : null;
}

/** How many words (stretches between single spaces) `s` has; the `…` of a cut is no word. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = c !== 0x20 && c !== 0x2026 && c !== 0x2c;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** `zoals` or `conform` after a comma, read sticky. */
const REPORTED_OPENER = /\s*(?:zoals|conform)(?![\p{L}\p{N}])/uy;
/** A word that says something was promised, announced, asked or written down before: `toegezegd`, `aangekondigd`, … */
const REPORT_WORD =
  /(?<![\p{L}\p{N}])(?:toegezegd|toezegging|aangekondigd|gemeld|afgesproken|overeengekomen|verzocht|gevraagd|beloofd|aangegeven|vermeld|verwoord|neergelegd|beschreven|opgenomen|gesteld|medegedeeld|meegedeeld|besproken|vastgesteld|uiteengezet|geschetst|bericht|toegelicht|gememoreerd)(?![\p{L}\p{N}])/u;
/** What may follow a clause that ends its sentence: a group in brackets (a citation), a closing mark. */
const SENTENCE_TAIL = /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?[.?!;]?\s*$/;

/**
 * The label of a date in a phrase after a comma that closes its sentence and says the main clause before it was
 * promised, announced or asked for on that date: `, zoals toegezegd tijdens het AO van …`, `, zoals ik in mijn brief
 * van … heb toegezegd`, `, conform mijn toezegging in …` (REPORTED_OPENER, REPORT_WORD). The phrase alone said only that
 * something was: `…zoals toegezegd tijdens het algemeen overleg met de Kamer` (887). The label is the main clause and the
 * phrase without the date, when it fits whole: `De voorhangtermijn eindigt, zoals gesteld in die kabinetsreactie` (1404,
 * where the phrase alone read `…zoals gesteld in die kabinetsreactie`). Null for any other clause, one that does not fit,
 * or a main clause that says too little (MIN_LABEL).
 */
function reportedLabel(
  text: string,
  start: number,
  left: number,
  ds: number,
  de: number,
  right: number,
  end: number,
): string | null {
  // Most clauses start after no comma.
  if (left <= start || text.charCodeAt(left - 1) !== 0x2c) return null;
  REPORTED_OPENER.lastIndex = left;
  if (!REPORTED_OPENER.test(text) || REPORTED_OPENER.lastIndex > ds) return null;
  if (!REPORT_WORD.test(text.slice(left, right)) || !SENTENCE_TAIL.test(text.slice(right, end))) return null;
  const main = tidy(text.slice(start, left - 1));
  if (main.length < MIN_LABEL) return null;
  const phrase = tidy(
    joinParts(withoutDangling(collapseRange(text, left, ds), text, ds, de), collapseRange(text, de, right)),
  );
  const full = `${main}, ${phrase}`;
  // Cut, one of the two loses what the label is for: the main clause what was promised (`Met deze brief wil ik uw Kamer
  // informeren…, zoals toegezegd…`, 289), or the phrase what happened on its date (`…, zoals toegezegd tijdens…`).
  return full.length <= MAX_LABEL
    ? capitalize(full)
    : (framedReportLabel(main, phrase) ?? bareReport(phrase));
}

/**
 * `zoals` and a participle of REPORT_WORD opening the phrase, a preposition after them: `zoals toegezegd tijdens`, `zoals
 * gevraagd in`. Group 1 is the participle.
 */
const BARE_REPORT =
  /^zoals ((?:toegezegd|aangekondigd|afgesproken|overeengekomen|verzocht|gevraagd|beloofd|aangegeven|vermeld|verwoord|neergelegd|beschreven|gesteld|medegedeeld|meegedeeld|besproken|vastgesteld|uiteengezet|geschetst|toegelicht|gememoreerd) (?:tijdens|in|bij|op|met|door|na) )/;

/**
 * The phrase of a promise alone, without its `zoals`, when the main clause and it fit in no label (see `reportedLabel`,
 * `framedReportLabel`): `Toegezegd tijdens het plenaire debat over de Europese Raad` (196), which names the meeting of the
 * date as a motion's `Voorgesteld tijdens het Wetgevingsoverleg` does. The phrase cut around the date read `…zoals
 * toegezegd tijdens het plenaire debat over de Europese Raad`, its `zoals` pointing at a main clause the label left out.
 * The object and the phrase were 90 characters at their shortest there (`De uitkomsten van de Europese onderhandelingen,
 * zoals toegezegd tijdens het plenaire debat`). Null for another phrase, or one too long or too short.
 */
function bareReport(phrase: string): string | null {
  if (!BARE_REPORT.test(phrase)) return null;
  const bare = phrase.slice('zoals '.length);
  return bare.length >= MIN_LABEL && bare.length <= MAX_LABEL ? capitalize(bare) : null;
}

/**
 * A letter's stock opening before what it sends or informs about: `Met deze brief informeer ik u over`, `Hierbij
 * ontvangt uw Kamer`, `Hierbij sturen wij u`, `In deze brief informeren wij u over`, up to the article or possessive that
 * opens the object. Group 1 is the verb of offering, whose `aan` ends the object (`bied ik u … aan`).
 */
const STOCK_FRAMING =
  /^(?:(?:Met|In|Bij|Middels) deze brief|Hierbij)\s+(?:(?:wil|willen)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)\s+(?:graag\s+)?informeren\s+over|(?:informeer|informeren)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)(?:\s+graag)?\s+over|ontvangt\s+(?:u|uw Kamer|de Kamer)|(?:stuur|zend|sturen|zenden)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)|(bied|bieden)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer))\s+(?=(?:de|het|een|mijn|onze|zijn|haar|hun)\s)/;
/** Words a part of a label may be cut before, dropping the phrase they open: prepositions but `van`, `en`, relatives. */
const CUT_BEFORE: ReadonlySet<string> = new Set(
  'over met tot in voor op naar bij tijdens per inzake betreffende omtrent aangaande en die dat waarin waarmee'.split(
    ' ',
  ),
);

/**
 * The label of a main clause that opens with a letter's stock words (STOCK_FRAMING) and the phrase after it that says it
 * was promised, when the two do not fit whole (see `reportedLabel`): the main clause's object and the phrase, each cut
 * where a phrase of its own starts (CUT_BEFORE) as far as needed, the phrase keeping its word of promise. `Met deze brief
 * informeer ik u over de voortgang van het programma eID over de periode januari – juni 2017, zoals toegezegd tijdens het
 * algemeen overleg met de Kamer op 18 januari jl.` (887) read `…zoals toegezegd tijdens het algemeen overleg met de
 * Kamer`: now `De voortgang van het programma eID, zoals toegezegd tijdens het algemeen overleg`. Null for another main
 * clause, or when the two do not fit with an object of three words and MIN_LABEL characters: `Een toelichting, zoals
 * toegezegd tijdens het algemeen overleg` (748) said less than the phrase alone, which named the meeting.
 */
function framedReportLabel(main: string, phrase: string): string | null {
  const framing = STOCK_FRAMING.exec(main);
  if (!framing) return null;
  let object = main.slice(framing[0].length);
  if (framing[1] !== undefined) object = object.replace(TRAILING_AAN, '');
  const phrases = cutsOf(phrase, 4).filter((p) => REPORT_WORD.test(p));
  for (const o of cutsOf(object, 3)) {
    if (o.length < MIN_LABEL) break;
    for (const p of phrases) if (o.length + 2 + p.length <= MAX_LABEL) return capitalize(`${o}, ${p}`);
  }
  return null;
}

/** The `aan` that ends the object of `bied … aan`. */
const TRAILING_AAN = /\s+aan$/;

/**
 * `s` (collapsed) and its starts that end before a word of CUT_BEFORE, longest first, each of at least `minWords` words.
 */
function cutsOf(s: string, minWords: number): string[] {
  const words = s.split(' ');
  const out = [s];
  for (let k = words.length - 1; k >= minWords; k--) {
    const last = words[k - 1] as string;
    // Not inside a preposition of several words (`met betrekking tot`) or a word's hyphen (`klimaat- en energiepakket`).
    if (!CUT_BEFORE.has(words[k] as string) || FUNCTION_WORDS.has(last) || NO_CUT_AFTER.test(last)) continue;
    out.push(stripLoose(words.slice(0, k).join(' ')));
  }
  return out;
}

/** The last word of a part that goes on: a hyphen's first half, or the noun of a preposition of several words. */
const NO_CUT_AFTER = /-$|^(?:betrekking|aanzien|opzichte|kader|verband|bijzonder)$/;

/**
 * A citation of a Kamerstuk between commas, from the first comma to past the second: `Zoals aangegeven in onze brief d.d.
 * 10 september 2008, kamerstuk 30 429, nr. 11, blijft het uitgangspunt …` (1856). Read sticky at the first comma.
 */
const CITATION_BETWEEN_COMMAS =
  /,[^\S\n]*(?:[Kk]amerstuk(?:ken)?|TK)(?:[^\S\n]+II)?[^\S\n]+[\d ]{2,12}(?:-?[A-Z]{1,4}|-\d{1,3})?,[^\S\n]*nr\.[^\S\n]*\d{1,4}[^\S\n]*,/y;

/** Lower-case words that open a citation, no finite verb: `Zoals aangegeven in onze brief d.d. 10 september 2008, kamerstuk 30 429, nr. 11, blijft …` (1856). */
const CITATION_WORDS: ReadonlySet<string> = new Set(['kamerstuk', 'kamerstukken', 'nr', 'tk']);

/** A group in brackets that defines a short name, `(hierna: de Commissie)`, `(hierna ook wel: College)`. Read sticky. */
const DEFINED_NAME = /\(\s*hierna(?![\p{L}\p{N}])[^()]{0,60}\)/uy;

/** How far the dash that closes an aside is looked for. */
const DASH_ASIDE_REACH = 200;

/** White space and the word after it, read sticky. */
const NEXT_WORD = /\s*([\p{L}\p{N}]+)/uy;

/**
 * text[start, end) without text[from, to), with the date's span and the quotes in it in the offsets of the result
 * (the date lies before `from` or from `to` on; a quote inside the stretch goes with it).
 */
function withoutStretch(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  date: Span,
  quotes: readonly number[],
): { text: string; date: Span; quotes: number[] } {
  const out: number[] = [];
  for (let k = firstAtOrAfter(quotes, start); k < quotes.length && (quotes[k] as number) < end; k++) {
    const q = quotes[k] as number;
    if (q < from) out.push(q - start);
    else if (q >= to) out.push(q - start - (to - from));
  }
  const shift = date.start >= to ? start + (to - from) : start;
  return {
    text: text.slice(start, from) + text.slice(to, end),
    date: { start: date.start - shift, end: date.end - shift },
    quotes: out,
  };
}

/**
 * Where the apposition before the date's clause text[left, …) starts (at its opening `,`), within text[start, …); else
 * -1. The date's clause holds nothing before the date but its preposition and follows a comma, and the clause before
 * that comma, after a comma of its own, is a noun phrase with no verb that opens with `de`, `het` or `een`
 * (APPOSITION_OPENER, `hasNoVerb`): it names again what the clause before it ended on and says nothing of what happens
 * on the date. `In de Defensienota 2022 heb ik aangegeven te streven naar een actualisatie van het Defensie Materieel
 * Proces (DMP), een onderdeel van het «voorzien-in» proces, in 2023.` (235) was labelled `…Defensie Materieel Proces
 * (DMP), een onderdeel van het «voorzien-in» proces`. A clause between commas with a verb is no apposition.
 */
function appositionStart(text: string, start: number, left: number, ds: number, de: number): number {
  // Most clauses start after no comma, or hold more than a preposition before their date.
  if (left - 1 <= start || text.charCodeAt(left - 1) !== 0x2c || ds - left > DANGLING_STRETCH) return -1;
  const stretch = collapseRange(text, left, ds);
  if (stretch === '' || withoutDangling(stretch, text, ds, de) !== '') return -1;
  const from = clauseStart(text, start, left - 1, 'narrow');
  if (from - 1 <= start || text.charCodeAt(from - 1) !== 0x2c || left - 1 - from > APPOSITION_MAX) return -1;
  APPOSITION_OPENER.lastIndex = from;
  if (!APPOSITION_OPENER.test(text) || APPOSITION_OPENER.lastIndex > left - 1) return -1;
  return hasNoVerb(collapseRange(text, from, left - 1)) ? from - 1 : -1;
}

/** `de`, `het` or `een` as a word in lower case, after white space: an apposition's opening (see `appositionStart`). */
const APPOSITION_OPENER = /\s*(?:de|het|een)\s/y;
/** How long an apposition may be (see `appositionStart`). */
const APPOSITION_MAX = 120;
/** How long the stretch between a comma and its date may be to hold only the date's preposition. */
const DANGLING_STRETCH = 40;

/**
 * Does the phrase `s` (collapsed) hold no verb: no finite verb of those letters use most, no word that opens a clause
 * (a relative, a conjunction, `om` and `te` of an infinitive; APPOSITION_VERBS), no participle? `en` and `of` join
 * nouns as often as clauses: they stay.
 */
function hasNoVerb(s: string): boolean {
  for (const raw of s.toLowerCase().split(' ')) {
    const w = raw.replace(NOT_IN_WORD, '');
    if (APPOSITION_VERBS.has(w) || isParticiple(w)) return false;
  }
  return true;
}

/**
 * Finite verbs, and words that open a clause, that make a stretch between commas a clause, not an apposition (see
 * `hasNoVerb`).
 */
const APPOSITION_VERBS: ReadonlySet<string> = new Set(
  'is zijn was waren wordt worden werd werden heb hebt heeft hebben had hadden zal zullen zou zouden kan kunnen kon konden moet moeten mag mogen wil willen gaat gaan ging gingen komt komen kwam kwamen staat staan stond stonden blijft blijven bleef bleven blijkt bleek lijkt leek geeft geven gaf biedt bieden bood bevat bevatten vindt vinden vond verwacht verwachten die dat wat welke wie waar waarin waarmee waarbij waardoor waarna waarop waarover zoals omdat doordat zodat terwijl wanneer nadat voordat hoewel indien mits tenzij maar want dus om te'.split(
    ' ',
  ),
);

/**
 * An auxiliary after the date that opens its main clause's verb group (`zijn ze`, `is het`, `heeft de`), its participle
 * still to come: read on text[de, right). `zijn` and `haar` are possessives as often: `zijn` only before a subject.
 */
const AUXILIARY_OPENING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(wordsWithout(AUXILIARY_WORDS, ['zijn']))}|zijn(?=\s+(?:ze|zij|er|de|het|deze|dit|die|alle|beide|wij|we)\s))(?![\p{L}\p{N}])`,
  'u',
);

/** How many stretches between commas a clause goes on over to its participle (see `pastApposedParticiple`). */
const APPOSED_STRETCHES = 3;

/**
 * Where the date's clause ends when its auxiliary's participle comes after the comma it ends at: past the stretch that
 * ends on the participle, over at most APPOSED_STRETCHES stretches that hold no verb (see `hasNoVerb`), else `right`.
 * A comma inside a name or an apposition ended the label before its verb: `Bij brief van 2 oktober 2024 zijn ze door de
 * Minister-President, Minister van Algemene Zaken beantwoord` (1674, 1984) read `Bij brief zijn ze door de
 * Minister-President`; 268 goes on over `, de Minister voor Rechtsbescherming en …, voorzien van een inleiding,`.
 */
function pastApposedParticiple(text: string, de: number, right: number, end: number): number {
  // Most clauses end at no comma.
  if (right >= end || text.charCodeAt(right) !== 0x2c) return right;
  const clause = collapseRange(text, de, right);
  const aux = AUXILIARY_OPENING.exec(clause);
  if (aux === null) return right;
  for (const w of clause
    .slice(aux.index + aux[0].length)
    .toLowerCase()
    .split(' ')) {
    if (isParticiple(w.replace(NOT_IN_WORD, ''))) return right;
  }
  for (const { stretch, next } of commaStretches(text, right, end, APPOSED_STRETCHES)) {
    const words = stretch.toLowerCase().split(' ');
    const last = (words[words.length - 1] as string).replace(NOT_IN_WORD, '');
    for (let k = 0; k < words.length - 1; k++) {
      const w = (words[k] as string).replace(NOT_IN_WORD, '');
      if (APPOSITION_VERBS.has(w) || isParticiple(w)) return right;
    }
    if (APPOSITION_VERBS.has(last)) return right;
    if (isParticiple(last)) return next;
  }
  return right;
}

/**
 * The stretches between commas from the comma at `comma` on, at most `max`, each collapsed (see `collapseRange`) with
 * the end of its clause: the walk of `pastApposedParticiple` and `listEnd`. It stops at a stretch that no comma opens,
 * that is empty, or that is longer than an apposition (APPOSITION_MAX).
 */
function* commaStretches(
  text: string,
  comma: number,
  end: number,
  max: number,
): Generator<{ stretch: string; next: number }> {
  for (let n = 0; n < max; n++) {
    if (comma >= end || text.charCodeAt(comma) !== 0x2c) return;
    const next = clauseEnd(text, comma + 1, end, 'narrow');
    const stretch = collapseRange(text, comma + 1, next);
    if (stretch === '' || stretch.length > APPOSITION_MAX) return;
    yield { stretch, next };
    comma = next;
  }
}

/**
 * Where the date's clause ends when the comma it ends at is one between the nouns of a list that `en` or `of` closes:
 * past the stretch that holds that `en`, else `right`. `Brief van de minister van Financiën d.d. 20 december 2000 over
 * beheer, controle en toezicht Europese structuurfondsen` (596) read `…over beheer`. Only where the clause after the date
 * is a short phrase without a verb (NOUN_LIST_HEAD characters at most) that ends on a bare lower-case word, each item
 * after it one to NOUN_LIST_ITEM such words (no function word, no verb, no participle), at most NOUN_LIST_ITEMS items,
 * and the stretch with `en`/`of` holds no verb: a comma before a clause or an apposition ends the label as before.
 */
function pastNounList(text: string, de: number, right: number, end: number): number {
  // Most clauses end at no comma.
  if (right >= end || text.charCodeAt(right) !== 0x2c || right - de > NOUN_LIST_HEAD) return right;
  // Cheap tests first, as most clauses that end at a comma do so before no list: a lower-case letter after the comma,
  // a bare word before it.
  let k = right + 1;
  while (k < end && isWhiteSpace(text.charCodeAt(k))) k++;
  const c = k < end ? text.charCodeAt(k) : 0;
  if (c < 0x61 || (c > 0x7a && c < 0x80)) return right;
  let wordStart = right;
  while (wordStart > de && !isWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === right || !isBareNoun(text.slice(wordStart, right))) return right;
  const list = listEnd(text, right, end);
  return list > right && hasNoVerb(collapseRange(text, de, right)) ? list : right;
}

/**
 * The end of the stretch with a list's `en`/`of` after the comma at `right` (see `pastNounList`), or `right`. An item may
 * open with its article (`de`, `het`, `een`): `over het onderzoek, de analyses en maatregelen aan het ministerie` (1664)
 * read `…over het onderzoek`.
 */
function listEnd(text: string, right: number, end: number): number {
  for (const { stretch, next } of commaStretches(text, right, end, NOUN_LIST_ITEMS)) {
    const words = stretch.split(' ');
    const first = ARTICLES.has(words[0] as string) ? 1 : 0;
    let k = first;
    while (k < words.length && k - first < NOUN_LIST_ITEM && isBareNoun(words[k] as string)) k++;
    if (k === first) return right;
    if (k === words.length) continue;
    const joiner = words[k];
    return (joiner === 'en' || joiner === 'of') && k + 1 < words.length && hasNoVerb(stretch) ? next : right;
  }
  return right;
}

/** The most characters of the phrase after the date before a list's first comma (see `pastNounList`). */
const NOUN_LIST_HEAD = 40;
/** The most items after that comma, and the most words of one (see `pastNounList`). */
const NOUN_LIST_ITEMS = 3;
const NOUN_LIST_ITEM = 3;

/** Is `w` a bare lower-case word that may be a noun of a list: letters and hyphens, no function word, verb or participle? */
function isBareNoun(w: string): boolean {
  return (
    LOWER_CASE_WORD.test(w) &&
    !FUNCTION_WORDS.has(w) &&
    !APPOSITION_VERBS.has(w) &&
    !NOT_MAIN_CLAUSE.has(w) &&
    !isParticiple(w)
  );
}

/** Words that open no rest of a main clause but a clause or phrase of their own. */
const NOT_MAIN_CLAUSE = new Set([
  'en',
  'of',
  'maar',
  'want',
  'dus',
  'omdat',
  'zodat',
  'terwijl',
  'waarbij',
  'waardoor',
  'waarmee',
  'waarna',
  'die',
  'dat',
  'wat',
  'welke',
  'zoals',
  'als',
  'alsmede',
  'mits',
  'tenzij',
  'indien',
  'nadat',
  'voordat',
  'om',
  'te',
]);

function clauseLabel(
  original: string,
  sentence: Span,
  date: Span,
  /** Where the sentence starts, in the offsets of `original` (it may lie before `sentence.start`). */
  sentenceStart: number,
  /** Where the quotes of `original` are (see `quotePositions`). */
  quotes: readonly number[],
  /** False for the label of a group in brackets (see `saysNothing`): it is not left for a wider one again. */
  mayLeaveBrackets = true,
  /** False for the label of a stretch an inserted phrase was taken out of (see `insertionEnd`): one is left out. */
  mayLeaveInsertion = true,
  /** False for the label of a stretch an apposition was taken out of (see `appositionStart`): one is left out. */
  mayLeaveApposition = true,
  /** False when no other date stands in the sentence (see `labelAround`). */
  otherDates = true,
): string {
  const [start, end] = labelWindow(sentence, date);
  const ds = start + Math.min(end - start, Math.max(0, date.start - start));
  // The date's hour goes with it (see `timeAfterDate`).
  let de = timeAfterDate(original, start + Math.min(end - start, date.end - start), end);
  // Another date's part between the date's fronted phrase and the main clause's verb: the label is made without it
  // (see `otherPartBetween`).
  if (otherDates) {
    const part = otherPartBetween(original, start, ds, de, end);
    if (part !== null) {
      const cut = withoutStretch(original, start, end, part.start, part.end, date, quotes);
      return labelOfCut(
        cut,
        sentenceStart - start,
        mayLeaveBrackets,
        mayLeaveInsertion,
        mayLeaveApposition,
        otherDates,
      );
    }
  }
  // A date inside a quoted title: the clause around the whole title (see `titleLabel`).
  const title = titleAround(original, start, end, ds, de, quotes);
  if (title !== null) {
    return (
      titleLabel(original, start, end, title.start, title.end, sentenceStart, quotes) ??
      capitalize(shortenPlain(tidy(original.slice(start, end))))
    );
  }
  // A letter's date with its subject after it: the subject goes on past a colon (`inzake het fiche: Herziening
  // richtlijn hernieuwbare energie`, 413), and a label cut to size keeps it before the sender (see `subjectWindow`).
  const subjectFirst = isLetterWithSubject(original, start, ds, de, end);
  // A group in brackets after the date, the clause going on after it, goes with the date (see `citationAfterDate`).
  de = citationAfterDate(original, de, end);
  // The clause tried last. A wider try that gives the same clause gives the same too-short label: skipped.
  let left = -1;
  let right = -1;
  for (const delimiter of [NARROW, WIDE, 0]) {
    // What follows a relative clause that holds the date (see `restAfterRelative`).
    let rest: string | null = null;
    // Where the main clause starts after a sentence's opening `Zoals …` clause that the label runs into it from (see
    // `pastReferringClause`), or -1.
    let mainStart = -1;
    if (delimiter === 0) {
      // The whole sentence (no kind has bit 0, so the scans below run to its ends).
      if (left === start && right === end) break;
    } else if (
      // Narrow bounds that are wide delimiters (or the sentence's ends) are the wide clause's bounds too.
      delimiter === WIDE &&
      (left === start || (kindOf(original.charCodeAt(left - 1)) & WIDE) !== 0) &&
      (right === end || (kindOf(original.charCodeAt(right)) & WIDE) !== 0)
    ) {
      continue;
    }
    // The clause: from the last delimiter before the date to the first after it (the whole sentence when
    // no delimiter counts), and whether its white space is single spaces only: then collapsing is trimming.
    if (delimiter === 0) {
      left = start;
      right = end;
      // The report's frame after a date in brackets, whose narrow clause said too little (see `beforeReportFrame`).
      if (opensSentence(original, left, sentenceStart)) {
        const frame = beforeReportFrame(original, left, ds, de, right);
        if (frame >= 0) right = frame;
      }
    } else {
      const kind = delimiter === NARROW ? 'narrow' : 'wide';
      left = clauseStart(original, start, ds, kind);
      right = clauseEnd(original, de, end, kind);
      // A motion's head ends at its line (see MOTION_OPENING).
      if (right - de <= 24 && original.charCodeAt(right) === 0x2c) {
        MOTION_OPENING.lastIndex = de;
        if (MOTION_OPENING.test(original) && MOTION_OPENING.lastIndex === right) right = de;
      }
      while (subjectFirst && right < end && original.charCodeAt(right) === 0x3a)
        right = clauseEnd(original, right + 1, end, kind);
      // A quoted title is one unit: a delimiter inside it bounds no clause (see `clauseOverQuotes`).
      [left, right] = clauseOverQuotes(
        original,
        start,
        end,
        left,
        right,
        ds,
        de,
        (to) => clauseStart(original, start, to, kind),
        (from) => clauseEnd(original, from, end, kind),
        quotes,
      );
      // A sentence's opening `Zoals …` clause (or another that refers to what came before) goes on into the main clause
      // after its comma (see `pastReferringClause`).
      if (delimiter === NARROW) {
        const referring = pastReferringClause(original, left, ds, de, right, end, sentenceStart);
        if (referring !== null) [de, right, mainStart] = referring;
      }
      // A report's frame that opens the main clause after the sentence's opening phrase: the label ends before it (see
      // `beforeReportFrame`).
      if (delimiter === NARROW && opensSentence(original, left, sentenceStart)) {
        const frame = beforeReportFrame(original, left, ds, de, right);
        if (frame >= 0) {
          right = frame;
          mainStart = -1;
        }
      }
      // A sentence's closing `zoals toegezegd …` phrase: what was promised first (see `reportedLabel`).
      if (delimiter === NARROW) {
        const reported = reportedLabel(original, start, left, ds, de, right, end);
        if (reported !== null) return reported;
      }
      // A relative clause takes in the clause before it, which names what it describes.
      if (delimiter === NARROW && left > start && opensRelativeClause(original, left, ds)) {
        left = clauseStart(original, start, left - 1, kind);
        rest = restAfterRelative(original, right, end);
      } else if (delimiter === NARROW && mayLeaveInsertion) {
        // A phrase inserted between commas after the date's clause: the label is made without it (see `insertionEnd`).
        const past = insertionEnd(original, right, end);
        if (past >= 0) {
          const cut = withoutStretch(original, start, end, right, past, date, quotes);
          return labelOfCut(
            cut,
            sentenceStart - start,
            mayLeaveBrackets,
            false,
            mayLeaveApposition,
            otherDates,
          );
        }
      }
      // An apposition between commas before the date's preposition: the label is made without it (see
      // `appositionStart`).
      if (delimiter === NARROW && mayLeaveApposition) {
        const from = appositionStart(original, start, left, ds, de);
        if (from >= 0) {
          const cut = withoutStretch(original, start, end, from, left - 1, date, quotes);
          return labelOfCut(
            cut,
            sentenceStart - start,
            mayLeaveBrackets,
            mayLeaveInsertion,
            false,
            otherDates,
          );
        }
      }
      // An auxiliary whose participle comes after a comma: the clause goes on to it (see `pastApposedParticiple`).
      if (delimiter === NARROW && rest === null && mainStart < 0) {
        const apposed = pastApposedParticiple(original, de, right, end);
        // A comma between the nouns of a list: the clause goes on to the list's end (see `pastNounList`).
        right = apposed === right ? pastNounList(original, de, right, end) : apposed;
      }
      // Another full date in the clause before this one: the label starts after it (see `pastOtherDate`).
      if (delimiter === NARROW) left = pastOtherDate(original, left, ds);
    }
    // Another item of the sentence with a date of its own, joined by `en`: the label keeps to its own (see
    // `beforeOtherDatePart`).
    if (otherDates) {
      left = pastOtherDatePart(original, left, ds, de, right);
      right = beforeOtherDatePart(original, left, ds, de, right);
    }
    const midSentence = left > sentenceStart;
    const plainBefore = isPlainStretch(original, left, ds);
    const plainAfter = isPlainStretch(original, de, right);
    // The clause ends at a colon (see `clauseLabelEnd`).
    const colon = right < end && original.charCodeAt(right) === 0x3a;
    // A verb dated by the date, or words after it that `afterTheDate` may leave out: the string path below.
    // So does a date quoted alone after a preposition (see `quotedAfterPreposition`).
    const namedYear = namesItsYear(original, left, ds);
    const dated =
      datedByVerb(original, left, ds) ||
      namedYear ||
      quotedAfterPreposition(original, left, ds, de) ||
      figureAfterYear(original, ds, de, right);
    if (plainBefore && plainAfter && !dated && mainStart < 0 && !mayChangeAfter(original, de, right)) {
      // The common case, done on offsets.
      const label = plainLabel(original, left, ds, de, right, midSentence, rest, colon, subjectFirst);
      if (label === null) continue;
      if (delimiter !== 0 && saysNothing(label)) {
        const group = mayLeaveBrackets ? bracketsAround(original, start, end, ds, de, label) : null;
        if (group !== null)
          return clauseLabel(original, sentence, group, sentenceStart, quotes, false, true, true, otherDates);
        continue;
      }
      return label;
    }
    let before = plainBefore ? trimRange(original, left, ds) : collapseRange(original, left, ds);
    let after = plainAfter ? trimRange(original, de, right) : collapseRange(original, de, right);
    [before, after] = withoutDanglingAround(before, after, original, ds, de);
    // A verb whose object the date is keeps it, with its preposition (see `datedByVerb`); a noun that names the
    // year keeps it too (`namesItsYear`).
    if (dated) before = collapseRange(original, left, de);
    // What follows the date that is no part of its label (see `afterTheDate`); a date that opens its clause
    // keeps it all (`Dit jaar en volgend jaar vieren we 75 jaar vrijheid`, 670).
    // A conjunct left out does not make the date end its clause (see `finishLabel`'s `datedObject`).
    let conjunctLeft = false;
    if (!isFrontedDate(stripLoose(before), stripLoose(after), original.slice(ds, de))) {
      const kept = afterTheDate(after);
      conjunctLeft = kept === '' && after !== '';
      after = kept;
    }
    // The label's end (see `clauseLabelEnd`): the end of `after`, or where nothing is left of it, the end
    // of `before`, where the date ended the clause (or a clause mark follows it).
    const [beforeEnd, afterEnd] = clauseLabelEnds(before, 0, before.length, after, 0, after.length, colon);
    before = before.slice(0, beforeEnd);
    after = after.slice(0, afterEnd);
    // A year kept after its noun says nothing of what happens: `(verslagjaar 2024)` (215) is too short a label.
    if (tidyJoinedLength(before, after) - (namedYear ? de - ds : 0) >= MIN_LABEL) {
      const tidyBefore = stripLoose(before);
      const tidyAfter = stripLoose(after);
      const label =
        openerLabel(original, tidyBefore, tidyAfter, de, mainStart, midSentence, rest) ??
        (isFrontedDate(tidyBefore, tidyAfter, original.slice(ds, de))
          ? frontedLabel(original, left, de, tidyAfter, midSentence, rest)
          : finishLabel(tidyBefore, tidyAfter, midSentence, rest, !conjunctLeft, subjectFirst));
      if (delimiter !== 0 && saysNothing(label)) {
        const group = mayLeaveBrackets ? bracketsAround(original, start, end, ds, de, label) : null;
        if (group !== null)
          return clauseLabel(original, sentence, group, sentenceStart, quotes, false, true, true, otherDates);
        continue;
      }
      return label;
    }
  }
  // Nothing but the date (a table cell, a date line): show the sentence with the date.
  return capitalize(shortenPlain(tidy(original.slice(start, end))));
}

/**
 * Does a clause's label say nothing of what happens on its date, so that a wider clause is tried? One word
 * that only points at a list outside its brackets, `(respectievelijk 2005 en 2000)` (2110), or one word
 * without a lower-case letter, a code: `(3 maart, NL0074CDIU0048803; 12 juni, …)` (2763). Any label with
 * a space in it says something.
 */
export function saysNothing(label: string): boolean {
  const word = label.replace(EDGE_DOTS, '');
  if (BARE_CITATION.test(word)) return true;
  if (word.includes(' ')) return false;
  return word.toLowerCase() === 'respectievelijk' || !LOWER_LETTER.test(word);
}

/**
 * The label of a clause a stretch was taken out of (see `withoutStretch`): the whole of `cut.text` is its sentence, which
 * starts at `sentenceStart` in its offsets. The flags say which kind of stretch may still be left out (one of each).
 */
function labelOfCut(
  cut: { text: string; date: Span; quotes: number[] },
  sentenceStart: number,
  mayLeaveBrackets: boolean,
  mayLeaveInsertion: boolean,
  mayLeaveApposition: boolean,
  otherDates: boolean,
): string {
  return clauseLabel(
    cut.text,
    { start: 0, end: cut.text.length },
    cut.date,
    sentenceStart,
    cut.quotes,
    mayLeaveBrackets,
    mayLeaveInsertion,
    mayLeaveApposition,
    otherDates,
  );
}

/**
 * The group in brackets that holds the date text[ds, de), within text[start, end), from its `(` to past its `)`;
 * null when the date is in none. The label of a date whose clause says nothing there is the label of the whole
 * group, made from the words around it: `…zich reeds jaren geleden in referenda uitgesproken…` (2110). Read only
 * for such a label, within the label's stretch (LABEL_REACH).
 */
function bracketsAround(
  text: string,
  start: number,
  end: number,
  ds: number,
  de: number,
  /** The label that said nothing: a citation's group takes a comma right before it (see `commaBefore`). */
  label: string,
): Span | null {
  const group = enclosingBrackets(text, start, end, ds, de);
  if (group === null) return null;
  // A citation's group takes the comma before it.
  if (BARE_CITATION.test(label.replace(EDGE_DOTS, '')))
    return { start: commaBefore(text, start, group.start), end: group.end };
  return group;
}

/**
 * Where a comma right before text[open] (white space between) is, or `open`. A citation's group after a comma
 * follows the clause before that comma, which names the paper: `de missie naar Kenia van de secretaris-generaal
 * namens de Minister van VWS, (d.d. 29 mei 2017, Kamerstuk 34 550 XIII, nr. 134) en de klimaatmissie …` (1883). Its
 * label taken after the comma read `(d.d. 29 mei 2017, Kamerstuk 34 550 XIII, nr. 134) en de klimaatmissie…`.
 */
function commaBefore(text: string, start: number, open: number): number {
  let k = open;
  while (k > start && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return k > start && text.charCodeAt(k - 1) === 0x2c ? k - 1 : open;
}

/**
 * A label that is a citation only, `Kamerstuk 34 550 XVI, nr. 138`: the paper, not what it was about. In brackets with
 * the date, `De kamerbrieven over de missies naar de Verenigde Arabische Emiraten van de Staatssecretaris van VWS
 * (d.d. 8 mei 2017, Kamerstuk 34 550 XVI, nr. 138)` (1883), the words around the brackets say that.
 */
const BARE_CITATION = /^Kamerstuk(?:ken)?(?![\p{L}\p{N}])[^\p{Ll}]*nr\.\s?\d+[^\p{L}\p{N}]*$/u;
/** The `…` that a label cut to size has at its ends. */
const EDGE_DOTS = /^…|…$/g;
/** A lower-case letter. */
const LOWER_LETTER = /\p{Ll}/u;

/**
 * The label of a date inside a quoted title, text[ts, te) from its opening quote to past its closing one (see
 * `titleAround`), within the stretch text[start, end): the clause around the whole title, narrow, then wide, then the
 * whole stretch, as for any date, and the title whole in it with its date, which is part of its name:
 * `Graag bied ik u hierbij aan de beleidsnotitie «Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015»`
 * (2162), where the clause around the date gave `Ontwikkelingssamenwerking op weg»`. Cut to size, the label keeps the
 * title whole where it fits (see `aroundTitle`). Null when no clause says enough (MIN_LABEL).
 */
function titleLabel(
  text: string,
  start: number,
  end: number,
  ts: number,
  te: number,
  /** Where the sentence starts, in the offsets of `text`. */
  sentenceStart: number,
  /** Where the quotes of `text` are (see `quotePositions`). */
  quotes: readonly number[],
): string | null {
  let left = -1;
  let right = -1;
  for (const kind of ['narrow', 'wide', null] as const) {
    let l = start;
    let r = end;
    if (kind !== null) {
      l = clauseStart(text, start, ts, kind);
      r = clauseEnd(text, te, end, kind);
      // Other titles around this one are units too.
      [l, r] = clauseOverQuotes(
        text,
        start,
        end,
        l,
        r,
        ts,
        te,
        (to) => clauseStart(text, start, to, kind),
        (from) => clauseEnd(text, from, end, kind),
        quotes,
      );
    }
    // A wider try that gives the same clause gives the same label.
    if (l === left && r === right) continue;
    left = l;
    right = r;
    const before = stripLoose(collapseRange(text, l, ts));
    const title = collapseRange(text, ts, te);
    // The label's end where its clause ends (see `clauseLabelEnd`).
    let after = collapseRange(text, te, r);
    after = stripLoose(
      after.slice(0, clauseLabelEnd(after, 0, after.length, r < end && text.charCodeAt(r) === 0x3a)),
    );
    const full = joinParts(joinParts(before, title), after);
    if (full.length >= MIN_LABEL) return fittedTitle(before, title, after, l > sentenceStart);
  }
  return null;
}

/** The label of a clause with a title: whole when it fits, else cut around the title (see `aroundTitle`). */
function fittedTitle(before: string, title: string, after: string, midSentence: boolean): string {
  const full = joinParts(joinParts(before, title), after);
  const dots = midSentence && startsLower(full);
  if (full.length + (dots ? 1 : 0) <= MAX_LABEL) return dots ? `…${full}` : capitalize(full);
  // A label that must be cut writes long ministry names short first (see `shortMinistryNames`).
  const shortBefore = shortNamesBefore(before);
  const shortAfter = shortNamesAfter(after);
  if (shortBefore !== before || shortAfter !== after)
    return fittedTitle(shortBefore, title, shortAfter, midSentence);
  const label = aroundTitle(before, title, after, MAX_LABEL);
  return dots && label.charCodeAt(0) !== 0x2026 ? `…${label}` : capitalize(label);
}

/**
 * The words around a title that fit in a label of `max` characters, taken as around a date (see `wordWindow`), the
 * title in the middle. A title that fits stays whole, with as many words before and after it as there is room for:
 * `…op het rapport «Oversterfte en sterfte in 2020 en 2021» van CBS en RIVM…` (817), or none: `…«Monitoring
 * verwerving Joint Strike Fighter; stand van zaken oktober 2008»` (395). Words after it that say what happens with it
 * go first (see `predicateAfter`): `…«Korte termijnraming voor emissies en energie in 2020» van het PBL gestuurd` (271),
 * where the words taken alternately gave `…de rapportage «…»…`. A short group in brackets after a title (its code,
 * `(SOZA-03-117)`, 2294) is left out where keeping it would cut the title. A longer title is cut after its start,
 * which says what it is about, with the words before it that name what it is, a third of the label at most:
 * `…de beleidsdoorlichting «Strategie bij benadering: Nederlandse coalitievorming…` (144, a title of 131 characters).
 */
function aroundTitle(before: string, title: string, after: string, max: number): string {
  if (
    title.length + (before === '' ? 0 : 1) + (after === '' ? 0 : 1) > max &&
    title.length + (before === '' ? 0 : 1) <= max &&
    BRACKET_GROUP.test(after)
  )
    return aroundTitle(before, title, '', max);
  const dots = (before === '' ? 0 : 1) + (after === '' ? 0 : 1);
  if (title.length + dots > max) {
    // A third of the label at most for the words before, the rest for the title from its start.
    let left = before === '' ? '' : wordWindow(before, '', Math.floor(max / 3))[0];
    if (before !== '' && left === '') left = '…';
    const right = wordWindow('', joinParts(title, after), max - left.length + 1)[1];
    return left === '…' ? `…${right}` : joinParts(left, right);
  }
  let [left, right] = predicateAfter(after)
    ? subjectWindow(before, after, max - title.length)
    : wordWindow(before, after, max - title.length);
  // `wordWindow` puts the `…` of a part cut to nothing beside the other part: here it goes beside the title.
  if (before !== '' && left === '') {
    left = '…';
    if (right.charCodeAt(0) === 0x2026) right = right.slice(1);
  }
  if (after !== '' && right === '') {
    right = '…';
    if (left.charCodeAt(left.length - 1) === 0x2026 && left !== '…') left = left.slice(0, -1);
  }
  const withTitle = left === '…' ? `…${title}` : joinParts(left, title);
  return right === '…' ? `${withTitle}…` : joinParts(withTitle, right);
}

/** A short group in brackets, alone: `(SOZA-03-117)` (see `GROUP` in `clause.ts`). */
const BRACKET_GROUP = /^\([^()]{1,12}\)$/;

/**
 * Do the words after a title, before any word that opens another clause, hold the verb that says what happens with
 * it: a past participle (`van het PBL gestuurd`, 271; `wordt in 2024 geëvalueerd`) or `te` and an infinitive (`als
 * topprioriteit te benoemen`, 1926)? Not in a clause of its own (`zoals zich dat per ultimo 2008 heeft afgetekend`,
 * 883), and no verb at all in `in dagblad BNDeStem?` (414): such words are taken alternately with those before.
 */
function predicateAfter(after: string): boolean {
  const words = after.toLowerCase().split(' ');
  for (let k = 0; k < words.length; k++) {
    const w = (words[k] as string).replace(NOT_IN_WORD, '');
    if (OPENS_CLAUSE.has(w)) return false;
    if (isParticiple(w)) return true;
    if (w === 'te' && INFINITIVE.test(words[k + 1] ?? '')) return true;
  }
  return false;
}

/** Punctuation around a word: `gestuurd?`, `(paragraaf`. */
const NOT_IN_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** An infinitive after `te`: `benoemen`, `informeren`, `gaan`. */
const INFINITIVE = /^\p{Ll}+(?:en|aan|ien)[^\p{L}]*$/u;
/**
 * Words that open a clause or a conjunct of their own after a title: those that open no rest of a main clause
 * (`NOT_MAIN_CLAUSE`) and a few more, but not `als` and `te`, which go with the verb that says what happens with the
 * title (`«…» als topprioriteit te benoemen`, 1926).
 */
const OPENS_CLAUSE: ReadonlySet<string> = new Set([
  ...[...NOT_MAIN_CLAUSE].filter((w) => w !== 'als' && w !== 'te'),
  'doordat',
  'hoewel',
  'waarin',
  'waarover',
  'sinds',
  'toen',
]);

/**
 * The line break and `De Kamer` that open a motion after its head, `Voorgesteld tijdens het Wetgevingsoverleg van 14
 * november 2022` (778, 751, 856, 2786), which the sentence split left on the head's sentence: its label read `Voorgesteld
 * tijdens het Wetgevingsoverleg De Kamer`. Read sticky at the date's end, to the comma after `Kamer`.
 */
const MOTION_OPENING = /[^\S\n]*\n\s*De Kamer(?=,)/y;

/** How far from its date a label's clause is looked for (real sentences are far shorter). */
export const LABEL_REACH = 1_000;

/**
 * A label from any text: cut at a word boundary, before the article or preposition the cut would end on
 * (`…meer duidelijkheid te hebben over de…`, NAVO letter, reads `…te hebben over…`; see `readableEnd`),
 * long ministry names written short first.
 */
export function shortenPlain(s: string): string {
  return shortened(s, cutAtEnd);
}

/**
 * `s` on one line, or when that is too long with long ministry names written short (see `shortMinistryNames`), or when
 * that is still too long, what `cut` makes of it.
 */
function shortened(s: string, cut: (text: string) => string): string {
  const whole = collapse(s);
  if (whole.length <= MAX_LABEL) return whole;
  const text = shortNamesAfter(whole);
  return text.length <= MAX_LABEL ? text : cut(text);
}

/** A text too long for a label, cut at a word boundary with `…` (see `shortenPlain`). */
function cutAtEnd(text: string): string {
  const cut = text.lastIndexOf(' ', MAX_LABEL - 1);
  if (cut <= MAX_LABEL / 2) return `${text.slice(0, MAX_LABEL - 1)}…`;
  return `${text.slice(0, readableEnd(text, cut, MAX_LABEL / 2))}…`;
}

/** The text without white space and hyphens: the same words whatever the line breaks. */
function lettersOf(text: string): string {
  return text.replace(/[\s\-\u00ad]+/g, '');
}

/**
 * A commitment label: its sentence without the due date, cut to size. A commitment whose text is not its
 * span's slice (a sentence joined across footnote text, see `findCommitments`) is labelled by its text.
 */
export function commitmentLabel(
  original: string,
  sentence: Span & { text?: string },
  due: Span | null,
  /** Footnote markers of the text, sorted: left out of the label. */
  markers: readonly Span[] = NO_MARKERS,
): string {
  const asWritten = original.slice(sentence.start, sentence.end);
  const local = withoutMarkersIn(original, sentence.start, sentence.end, markers);
  const whole = local ? local.text : asWritten;
  // A sentence shown without what the page prints inside it (a footnote between the halves of a word broken at
  // a page break, the NAVO letter): its own text is the label. Otherwise its text is the page's on one line.
  if (sentence.text !== undefined && lettersOf(sentence.text) !== lettersOf(whole))
    return capitalize(shortenPromise(withoutReportFrame(tidy(sentence.text))));
  if (!due) return capitalize(shortenPromise(withoutReportFrame(tidy(whole))));
  const dueStart = local ? local.at(due.start) : due.start - sentence.start;
  const dueEnd = local ? local.at(due.end) : due.end - sentence.start;
  const [before, after] = withoutDanglingAround(
    collapse(whole.slice(0, dueStart)),
    collapse(whole.slice(dueEnd)),
    whole,
    dueStart,
    dueEnd,
  );
  // A due date that opens the sentence stays, as an event's does: `In het najaar van 2024 zal ik uw
  // Kamer informeren …`, not `Zal ik uw Kamer informeren …`, which reads as a question.
  const kept = isFrontedDate(tidy(before), tidy(after), whole.slice(dueStart, dueEnd))
    ? collapse(whole.slice(0, dueEnd))
    : before;
  return capitalize(shortenPromise(withoutReportFrame(tidy(joinParts(kept, after)))));
}

/**
 * A promise reported in a frame, `Daarnaast melden wij u in reactie op het verzoek van de vaste commissie JenV van
 * 15 november jl. dat uw Kamer … een tweede nota van wijziging krijgt toegestuurd` (268): the frame tells that the
 * letter reports, the `dat` clause what is promised. Its label is the clause, `…dat uw Kamer …`, where the frame is
 * `melden`/`berichten`/`meedelen` with `wij`/`we`/`ik` and `u`, before its `dat` in the same clause (no `;`, `:`, or `.` but an abbreviation's, `jl.`).
 */
const REPORT_FRAME =
  /^(?:\p{L}+\s+)?(?:melden|meld|bericht|berichten|deel|delen)\s+(?:wij|we|ik)\s+u(?:\s(?:[^.;:]|\.(?!\s+\p{Lu}))*?)?,?\s+dat\s+(?=\p{L})/u;

/** `s` (a promise's tidy text) from the `dat` of its report frame on (see REPORT_FRAME), or `s`. */
function withoutReportFrame(s: string): string {
  const m = REPORT_FRAME.exec(s);
  if (m === null || s.length - m[0].length < MIN_LABEL) return s;
  return `…dat ${s.slice(m[0].length)}`;
}

/** `shortenPlain` for a promise: one too long keeps the verb group it ends on (see `promiseWithItsVerb`). */
function shortenPromise(s: string): string {
  return shortened(s, (text) => promiseWithItsVerb(text) ?? cutAtEnd(text));
}
