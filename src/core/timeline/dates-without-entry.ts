import { isLetter, isWhiteSpace } from '../text/chars';
import { firstAtOrAfter } from '../text/sorted';
import type { DateFinding, DocumentInfo, Span, TimelineEntry } from '../types';
import { ONLY_FULL_STOP_AFTER, lastNonBlankBefore, lineBefore } from './label-chars';
import { shortenPlain } from './label-tidy';

/**
 * Dates that get no timeline entry of their own: the paper's own dateline (`Den Haag, 30 september 2022`), a year
 * that dates the paper's dossier (a budget's title, the metadata row's vergaderjaar), a year alone on its line (a
 * table's heading), and a date the letter measures against or replaces (`ten opzichte van 1990`).
 */

/** `Den Haag,` (or another place, `'s-Gravenhage,`, `'s Gravenhage,`) alone on its line before a date. */
const PLACE_BEFORE_DATE = /(?:^|\n)[^\S\n]*(?:['’]s[- ])?\p{Lu}[\p{L}'’. -]{0,30},[^\S\n]*$/u;
/**
 * The seat of government without its comma, `Den Haag 20 februari 2002` (2692): only it, as other words before a date
 * alone on a line are no place (`Vastgesteld 4 november 2022`, `Maandag 4 januari`).
 */
const SEAT_BEFORE_DATE = /(?:^|\n)[^\S\n]*(?:Den Haag|['’]s[- ]Gravenhage)[^\S\n]+$/u;

/** Whether `e` is a dateline, `Den Haag, 30 september 2022`: a place and a day alone on their line. */
function isDateline(original: string, e: TimelineEntry): boolean {
  // Most dates end no line: ruled out by the characters after them first. A comma before the date asks for a place
  // before it, and no comma for the seat of government.
  let j = e.end;
  while (j < original.length && (original.charCodeAt(j) === 0x20 || original.charCodeAt(j) === 0x2e)) j++;
  if (j < original.length && original.charCodeAt(j) !== 0x0a && original.charCodeAt(j) !== 0x0d) return false;
  const k = lastNonBlankBefore(original, e.start);
  if (
    e.endIso !== null ||
    e.kind !== 'event' ||
    !ONLY_FULL_STOP_AFTER.test(original.slice(e.end, e.end + 8))
  ) {
    return false;
  }
  const before = original.slice(Math.max(0, e.start - 40), e.start);
  return original.charCodeAt(k) === 0x2c ? PLACE_BEFORE_DATE.test(before) : SEAT_BEFORE_DATE.test(before);
}

/**
 * The entries without the paper's own dateline, `Den Haag, 30 september 2022`: its label only repeated its
 * date, which the sidebar shows above the entries after the paper's (`Datum van de brief: 30 september
 * 2022`, NAVO letter). Kept when no other entry is left, as the sidebar shows that line only above entries.
 * The datelines of other letters a paper quotes (an Eerste Kamer verslag's) are not its date, and stay,
 * unless another entry has their day: an Eerste Kamer verslag tells of its commission's letter, `Naar
 * aanleiding hiervan is op 19 oktober 2023 een brief gestuurd aan de Staatssecretaris` (153), then quotes it
 * under `Den Haag, 19 oktober 2023`, a second entry of that day whose label said only the date.
 */
export function withoutOwnDateline(
  original: string,
  entries: TimelineEntry[],
  letterDate: string | null,
  /**
   * The day the paper's own date line says where it is not `letterDate`, or null: `Den Haag, 4 januari 2020` in a
   * letter of 4 January 2021 (422), whose slipped year detection mended. That line is the letter's own dateline too,
   * not a past event of a year before it.
   */
  slippedDateLine: string | null = null,
): TimelineEntry[] {
  if (entries.length < 2) return entries;
  const datelines = new Set(entries.filter((e) => isDateline(original, e)));
  if (datelines.size === 0) return entries;
  // The days of the entries that are no datelines: a dateline of one of them adds nothing.
  const told = new Set<string>();
  for (const e of entries) if (!datelines.has(e)) told.add(e.iso);
  const kept = entries.filter(
    (e) => !(datelines.has(e) && (e.iso === letterDate || e.iso === slippedDateLine || told.has(e.iso))),
  );
  return kept.length > 0 ? kept : entries;
}

/**
 * The letter's own dateline, where it stays (see `withoutOwnDateline`: the only entry), labelled by who sent the
 * letter: `Brief van de Minister van Landbouw, Natuur en Voedselkwaliteit` for `Den Haag, 2 juni 2021` (1132), whose
 * label repeated the date beside it, as 64 letters of the corpus had for their only entry. Only a letter's
 * (`document.kind` `brief regering` or `brief`) with a known sender that opens with its article, or a government letter
 * without one (see `senderLabel`); of two signatories (`De Voorzitter … / De Griffier …`) the first. Long senders are
 * written short or cut as any label (see `shortenPlain`).
 */
export function labelOwnDateline(
  original: string,
  entries: TimelineEntry[],
  paper: Pick<DocumentInfo, 'kind' | 'letterDate' | 'sender'> | null,
): void {
  if (paper === null || paper.letterDate === null) return;
  if (paper.kind !== 'brief regering' && paper.kind !== 'brief') return;
  const label = senderLabel(paper.sender, paper.kind);
  if (label === null) return;
  for (const e of entries) {
    if (e.iso === paper.letterDate && isDateline(original, e)) e.label = label;
  }
}

/**
 * The datelines of other letters a paper quotes, where they stay (see `withoutOwnDateline`), labelled by whom the
 * letter was sent to, from the `Aan …` line above: `Brief aan de Staatssecretaris van Volksgezondheid, Welzijnen Sport`
 * for `Den Haag, 2 december 2015` (1367), an Eerste Kamer committee's letter in its report, whose label repeated the
 * date beside it; `Brief aan de Voorzitter van de Tweede Kamer der Staten-Generaal` for the second of two letters
 * (730). The paper's own dateline is `labelOwnDateline`'s. Long names are written short or cut as any label's.
 */
export function labelOtherDatelines(
  original: string,
  entries: TimelineEntry[],
  letterDate: string | null,
): void {
  for (const e of entries) {
    if (e.iso === letterDate || !isDateline(original, e)) continue;
    const lineStart = original.lastIndexOf('\n', e.start - 1);
    const addressee =
      lineStart < 0 ? null : ADDRESSEE_LINE.exec(lineBefore(original, lineStart, ADDRESSEE_REACH));
    if (addressee !== null) e.label = shortenPlain(`Brief aan ${lowerArticle(addressee[1] as string)}`);
  }
}

/** How far above a dateline its `Aan …` line is looked for. */
const ADDRESSEE_REACH = 200;
/** A letter's addressee line: `Aan` and an office or body with its article (group 1), no sentence's end. */
const ADDRESSEE_LINE = /^Aan\s+((?:de|het|Hare|Zijne)\s+[^.;:!?\n]{3,150})$/u;

/** `De …`, `Het …` with its article in lower case, as it reads after `aan`. */
function lowerArticle(s: string): string {
  return /^(?:De|Het)\s/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/**
 * `Brief van de Minister van …` for the letter's first signatory, an office or a body with its article as the letters
 * sign (`De Minister van …`, `Het Presidium`; a name alone would read `Brief van Algemene Rekenkamer`). A government
 * letter whose opening shows no signature is the government's: `Brief van de regering` (585, 2704).
 */
function senderLabel(sender: string | null, kind: 'brief regering' | 'brief'): string | null {
  if (sender === null) return kind === 'brief regering' ? 'Brief van de regering' : null;
  const first = (sender.split(' / ')[0] as string).trim();
  if (!/^(?:De|Het) /.test(first)) return null;
  return shortenPlain(`Brief van ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
}

/** `… voor het jaar` right before a budget dossier's year. */
const BUDGET_YEAR_BEFORE = /voor het jaar\s*$/;

/**
 * A date that dates the paper's dossier, not an event of the letter: the year of a budget dossier's title
 * in the paper's head (`Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het
 * jaar 2026`), or the vergaderjaar in the zoek metadata row, wherever the page repeats it
 * (`| Tweede Kamer der Staten-Generaal | 2000-2001 | 25809 nr. 13 |`). Other dates in the head stay: a
 * title's meeting day (`Geannoteerde agenda … op 12 en 13 oktober 2022`), a table of a letter's own.
 */
export function datesTheDossier(original: string, d: DateFinding, headEnd: number, bars: NextBar): boolean {
  if (d.start < headEnd && BUDGET_YEAR_BEFORE.test(original.slice(Math.max(0, d.start - 16), d.start))) {
    return true;
  }
  // Only the line's last stretch before the date is read: a scan back to the line's start (or a `|`)
  // for every date made the timeline quadratic on long lines and pages without one.
  const from = Math.max(0, d.start - METADATA_ROW_REACH);
  // Most dates have no `|` in that stretch: then no cell, and no string need be cut out to see it.
  if (bars.first(from) >= d.start) return false;
  const before = original.slice(from, d.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const cell = line.lastIndexOf('|');
  return cell >= 0 && line.slice(0, cell).includes(METADATA_CHAMBER);
}

/**
 * Is the date all its line holds? A year on a line of its own heads a table's column or row (`Koop` / `2012` /
 * `39.350` / … / `2013`, 373; `2008` / `2009` / `2010`, 1303): a date of the figures under it, no event, and its
 * label could only repeat the year.
 */
export function aloneOnItsLine(original: string, d: Span): boolean {
  return lineEdgeBefore(original, d.start) && lineEdgeAfter(original, d.end);
}

/**
 * The words that make the date after them a point of comparison or the date a new one replaces: `ten opzichte van`,
 * `t.o.v.`, `in vergelijking met`, `vergeleken met`, `gelijk aan`, `in plaats van`, `i.p.v.`, `ipv`, or a comparative
 * and `dan` (`meer dan in 2016`, `lager uit dan in 2016`, `anders dan in 2015`), and the white space after them, at the
 * end of the text before the date. Not `eerder dan` or `later dan`, which bound a date (`niet later dan 1 september`),
 * nor `maar dan`, `daar dan` and other words in `-er` that are no comparative.
 */
const COMPARED_WITH =
  /(?:(?<!\p{L})(?:ten opzichte van|in vergelijking met|vergeleken met|gelijk aan|in plaats van|ipv|tov)|(?<![\p{L}.])(?:t\.o\.v|i\.p\.v)\.|(?<!\p{L})(?!(?:eerder|later|maar|daar|hier|waar|over|onder|wanneer|ieder|eer)\s)(?:meer|minder|anders|\p{Ll}{2,}er)(?:\s\p{Ll}{2,5})?\sdan(?:\s(?:in|op))?)\s+$/iu;
/** How far before a date its comparison's words are looked for: `fors hoger uit dan in ` and a little. */
const COMPARED_WITH_REACH = 32;

/**
 * Is the date (or the list of dates, `phrase`) one the letter compares with, or one a new date replaces? Neither is an
 * event of its own, and its entry said the opposite of the letter: `…broeikasgasreductie in 2030 ten opzichte van
 * 1990` (2233) put the target under 1990; `ingaan per 1 april 2026 in plaats van 1 januari 2026` (2707) had the
 * obligation start on 1 January, the day it no longer starts; `pas in 2030 ipv 2027` (2687) had the measures ready in
 * 2027; `Het aantal dieren is fors hoger dan in 2021` (728) put the rise under 2021. The date stays marked in the text;
 * the entry of the date compared (2030, 1 april 2026) says it.
 */
export function comparedWith(original: string, phrase: Span): boolean {
  // The regex reads every place of its stretch, for every date: asked only where the last word or two before the date
  // can end a match, which few dates' can (most follow `in`, `op` or `van` without `dan`, `opzichte` or `plaats`).
  const [lastStart, lastEnd] = wordBefore(original, phrase.start);
  const last = original.slice(lastStart, lastEnd).toLowerCase();
  let candidate = COMPARISON_ENDS.has(last);
  if (!candidate && (last === 'van' || last === 'met' || last === 'aan' || last === 'in' || last === 'op')) {
    const [start, end] = wordBefore(original, lastStart);
    candidate = COMPARISON_BEFORE_LAST.get(last)?.has(original.slice(start, end).toLowerCase()) ?? false;
  }
  return (
    candidate &&
    COMPARED_WITH.test(original.slice(Math.max(0, phrase.start - COMPARED_WITH_REACH), phrase.start))
  );
}

/** Last words that end a match of COMPARED_WITH alone. */
const COMPARISON_ENDS: ReadonlySet<string> = new Set(['ipv', 'tov', 'i.p.v.', 't.o.v.', 'dan']);
/** Last words that end a match of COMPARED_WITH only after one of these words. */
const COMPARISON_BEFORE_LAST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['van', new Set(['opzichte', 'plaats'])],
  ['met', new Set(['vergelijking', 'vergeleken'])],
  ['aan', new Set(['gelijk'])],
  ['in', new Set(['dan'])],
  ['op', new Set(['dan'])],
]);

/** The word (letters and dots) that ends before `at`, white space between: [start, end), empty when there is none. */
function wordBefore(text: string, at: number): [number, number] {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 16) {
    const c = text.charCodeAt(start - 1);
    if (!isLetter(c) && c !== 0x2e) break;
    start--;
  }
  return [start, end];
}

/** Only spaces or tabs between `at` and the line's start (or the text's)? */
function lineEdgeBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** Only spaces, tabs or a carriage return between `at` and the line's end (or the text's)? */
function lineEdgeAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * The places of the `|` of a text, found with `indexOf` once (a fast scan; most letters have none), so
 * that each date needs only a binary search to see whether one lies just before it.
 */
export class NextBar {
  private readonly bars: number[] = [];

  constructor(private readonly text: string) {
    for (let at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) this.bars.push(at);
  }

  /** The first `|` at or after `from`, or the text's length when there is none. */
  first(from: number): number {
    const i = firstAtOrAfter(this.bars, from);
    return i < this.bars.length ? (this.bars[i] as number) : this.text.length;
  }
}

/** How far before its vergaderjaar the metadata row starts: `| Tweede Kamer der Staten-Generaal | `. */
const METADATA_ROW_REACH = 80;

/** The first cell of the zoek metadata row names the chamber. */
const METADATA_CHAMBER = 'Kamer der Staten-Generaal';
