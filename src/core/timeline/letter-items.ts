import type { CitationFinding, Span, TimelineEntry } from '../types';
import { firstAtOrAfter } from '../text/sorted';
import { isLetterOrDigit, isWhiteSpace, onlyWhiteSpaceFrom } from '../text/chars';
import { closedFrom, openBefore } from '../text/brackets';
import { labelWords } from './words';
import { FUNCTION_WORDS } from './function-words';
import { SUBJECT_MARKER } from './label-chars';
import { FINITE_VERBS } from './auxiliaries';

/**
 * What tells two letters of one day apart in a list of letters, where their labels cannot: a verslag lists the
 * letters a meeting discussed, often several of one sender on one day, `– de brief van de Staatssecretaris
 * Mijnbouw d.d. 6 juli 2023 inzake wijziging gasgebouw (Kamerstuk 33 529, nr. 1162);` and `… d.d. 6 juli 2023
 * inzake uitvoer` (1616). Their labels share the sender and `brief`, which are most of their words, and the
 * timeline took them for one letter mentioned twice. Each item names its letter by the paper it cites and by its
 * subject (after `inzake`, `over`, …); a letter mentioned twice is cited and named alike.
 */
export interface LetterItem {
  /** The canonical ids (or texts) of the papers the item cites. */
  papers: ReadonlySet<string>;
  /** The content words of the subject after the date, or null when no subject follows it. */
  subject: ReadonlySet<string> | null;
}

/**
 * The item of the list the date at [start, end) stands in, inside its sentence: from the last `;`, or line that
 * opens with a bullet, before the date, to the next after it (a sentence that lists the letters after `over:`
 * runs through all its items when their bullets are none the splitter knows).
 */
export function itemAround(original: string, sentence: Span, start: number, end: number): Span {
  // Looked for within the sentence and ITEM_REACH only: `lastIndexOf(';')` went on past the sentence's start,
  // through the whole text before it when it held no `;`, and a text without full stops is one sentence; once per
  // letter date, that was quadratic (a quarter megabyte of listed letters without `;` took 10 s).
  const first = Math.max(sentence.start, start - ITEM_REACH);
  let from = first;
  for (let k = start - 1; k >= first; k--) {
    const c = original.charCodeAt(k);
    if (c === SEMICOLON || (c === NEWLINE && opensItem(original, k + 1))) {
      from = k + 1;
      break;
    }
  }
  const last = Math.min(sentence.end, end + ITEM_REACH);
  let to = last;
  for (let k = end; k < last; k++) {
    const c = original.charCodeAt(k);
    if (c === SEMICOLON || (c === NEWLINE && opensItem(original, k + 1))) {
      to = k;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * How far from its date an item's end is looked for, each way: the corpus's longest items (a letter's sender,
 * date, subject and citation) run to a few hundred characters.
 */
const ITEM_REACH = 1000;
const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;

/** A line that opens with a bullet (after its indent): `•`, `–`, `−`, `-`, `*`, `·`. */
function opensItem(original: string, at: number): boolean {
  return ITEM_BULLET.test(original.slice(at, at + 12));
}

const ITEM_BULLET = /^[^\S\n]*[•●▪◦·–—−*-][^\S\n]/u;

/** A letter's date follows `d.d.` (`dd`) or `brief van`: `…Mijnbouw d.d. 6 juli 2023`, `uw brief van 3 juni`. */
const LETTER_DATE_BEFORE = /(?:\bd\.\s?d\.|\bdd\.?|\bbrie(?:f|ven) van)[^\S\n]*\n?[^\S\n]*$/i;

/** Does text[from, start) end with a letter's marker before its date (see LETTER_DATE_BEFORE), within 12 characters? */
function afterLetterMarker(text: string, from: number, start: number): boolean {
  return LETTER_DATE_BEFORE.test(text.slice(Math.max(from, start - 12), start));
}

/** A letter's date after its sender: `de brief van de staatssecretaris van LNV van 17 december 2002` (990). */
const SENDER_DATE_BEFORE = /\bbrie(?:f|ven) van [^;:()\n.]{2,100}? van[^\S\n]*\n?[^\S\n]*$/i;
const SENDER_REACH = 130;

/**
 * Does text[from, start) end with the word `van` and white space? Tested before SENDER_DATE_BEFORE, which most dates
 * would otherwise cost a regex run over SENDER_REACH characters.
 */
function afterVan(text: string, from: number, start: number): boolean {
  let k = start;
  while (k > from && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  if (k === start || k - 3 < from || (k - 4 >= from && isLetterOrDigit(text.charCodeAt(k - 4)))) return false;
  return text.slice(k - 3, k).toLowerCase() === 'van';
}

/**
 * Is the date at text[start, end) a letter's own (see `LETTER_DATE_BEFORE`, not before `from`, its sentence's start)
 * with the subject marker right after it (see `SUBJECT_MARKER`), before `to`? `De brief van de Minister van
 * Buitenlandse Zaken d.d. 20 januari 2017 inzake het fiche: …` (413): the subject is what tells the letters of a
 * list apart, which a label keeps before the sender (see `subjectWindow`).
 */
export function isLetterWithSubject(
  text: string,
  from: number,
  start: number,
  end: number,
  to: number,
): boolean {
  return (
    (afterLetterMarker(text, from, start) ||
      (afterVan(text, from, start) &&
        SENDER_DATE_BEFORE.test(text.slice(Math.max(from, start - SENDER_REACH), start)))) &&
    SUBJECT_MARKER.test(text.slice(end, Math.min(to, end + SUBJECT_REACH)))
  );
}

/**
 * Does the date's clause go on past the comma at `comma`, right after the date at [start, end), to the letter's subject
 * it sets off, to `subjectEnd` (see `isLetterWithSubject`)? `– de brief van de minister van VROM d.d. 8 april 2002,
 * houdende het NLR-rapport Groepsrisicoberekeningen Schiphol` (2040) was labelled `…de brief van de minister van VROM`,
 * which says nothing of the letter. Not where the clause before the date holds only its marker (`…Waterstaat, d.d. 14
 * maart 2001, houdende`, 1151: a wider clause names the letter), nor where a finite verb follows the subject after its
 * comma, which opens the main clause that the date's phrase was fronted in (`In de brief van 1 juli 2022, over
 * ongevalscijfers scheepvaart 2021, is toegezegd…`, 1665).
 */
export function subjectPastComma(
  text: string,
  left: number,
  start: number,
  end: number,
  comma: number,
  subjectEnd: number,
): boolean {
  if (text.charCodeAt(comma) !== 0x2c || !onlyWhiteSpaceFrom(text, end, comma)) return false;
  if (MARKER_ONLY.test(text.slice(left, start))) return false;
  const next = WORD_AFTER_COMMA.exec(text.slice(subjectEnd, subjectEnd + 24));
  return next === null || !FINITE_VERBS.has((next[1] as string).toLowerCase());
}

/** A clause before a date that is only the date's marker (see `subjectPastComma`). */
const MARKER_ONLY = /^\s*(?:d\.\s?d\.|dd\.?|van)\s*$/i;
/** The word after a comma. */
const WORD_AFTER_COMMA = /^,\s*(\p{L}+)/u;

/** How far after a date its subject marker is looked for: the longest marker and some white space. */
const SUBJECT_REACH = 64;

/**
 * The items of a paper's dates, made on first need and kept: only mentions whose labels are alike are compared
 * (see `mergeEntries` in `index.ts`), a few in most letters.
 */
export class LetterItems {
  private readonly made = new Map<TimelineEntry, LetterItem | null>();
  private readonly cited = new Map<TimelineEntry, string | null>();
  private readonly starts: number[];

  constructor(
    private readonly original: string,
    /** The paper's citations, sorted by start. */
    private readonly citations: readonly CitationFinding[],
  ) {
    this.starts = citations.map((c) => c.start);
  }

  /**
   * The item of an entry's date when the date is its letter's (see `LETTER_DATE_BEFORE`), else null: a commitment
   * (a span of its own, not a date's), or a date in a sentence or subject (`…over de besluitvorming
   * Rijksministerraad 10 juli 2020 inzake…`, 2113, is the meeting's day that another item's letter names too).
   */
  of(e: TimelineEntry): LetterItem | null {
    if (e.kind === 'commitment' || e.sentence === undefined) return null;
    // Asked once per pair of alike mentions: the answer is kept, a date that is no letter's too.
    const known = this.made.get(e);
    if (known !== undefined) return known;
    const item = afterLetterMarker(this.original, e.sentence.start, e.start)
      ? this.read(e.sentence, e.start, e.end)
      : null;
    this.made.set(e, item);
    return item;
  }

  /**
   * The papers cited in the brackets that go with an entry's date, as one key (their ids sorted), or null when none
   * do: the innermost group that holds the date, `…naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022).`, else
   * a group that opens right after it, `brief van 13 juli 2007 (Kamerstukken II, 2006–2007, 29 700, nr. 47)`. Two
   * mentions of a date that cite one paper so are one, whatever their sentences say around it: the NAVO letter cites
   * its kennisgevingsbrief twice so, and the labels of the two sentences have nothing in common. Only for a day: a
   * paper is dated by its day, and a period before a citation is its subject's, `de brief … met de lijst van vragen
   * en antwoorden houdende de personeelsrapportage over de eerste helft van 2016 (Kamerstuk 34 550 X, nr. 4)` (897),
   * whichever letter lists it. Looked for within the sentence and BRACKET_REACH of the date only; the citations found
   * by a binary search.
   */
  papersWith(e: TimelineEntry): string | null {
    if (e.kind === 'commitment' || e.sentence === undefined || this.citations.length === 0) return null;
    if (e.iso.length !== DAY_ISO_LENGTH) return null;
    const known = this.cited.get(e);
    if (known !== undefined) return known;
    const group = bracketsWith(this.original, e.sentence, e.start, e.end);
    const key = group === null ? null : this.papersKey(group.start, group.end, false);
    this.cited.set(e, key);
    return key;
  }

  /**
   * The papers cited in the brackets that close an entry's sentence, right before its full stop, as one key (see
   * `papersWith`), or null: `Op 13 maart jl. heeft het kabinet uw Kamer de doorrekeningen … gestuurd (Kamerstuk 32 813,
   * nr. 306).` and `Ook heeft het kabinet uw Kamer op 13 maart een eerste reactie op deze doorrekeningen gestuurd
   * (Kamerstuk 32 813, nr. 307).` (271) are two letters of one day, which their sentences' citations tell apart. Only
   * for a day, as `papersWith`.
   */
  papersClosing(e: TimelineEntry): string | null {
    if (e.kind === 'commitment' || e.sentence === undefined || this.citations.length === 0) return null;
    if (e.iso.length !== DAY_ISO_LENGTH) return null;
    // Not in a list's item, whose citation is its letter's, not that of a date in its subject (`…d.d. 10 juli 2020
    // inzake besluitvorming Rijksministerraad 10 juli 2020…`, 2113: one meeting in the subjects of two letters).
    if (opensItem(this.original, e.sentence.start)) return null;
    let close = e.sentence.end;
    while (close > e.end && this.original.charCodeAt(close - 1) !== CLOSING_BRACKET) {
      const c = this.original.charCodeAt(close - 1);
      if (!isWhiteSpace(c) && c !== 0x2e && c !== 0x3b) return null;
      close--;
    }
    if (close <= e.end) return null;
    const open = openBefore(this.original, Math.max(e.end, close - BRACKET_REACH), close - 1);
    // Nor where another citation or a year stands between the date and those brackets: they may be another part's
    // (`…van 9-15 oktober 2023 (Kamerstuk 26 234, nr. 281) en over de brief van 26 juni 2023 … (Kamerstuk 26 234, nr.
    // 280).`, 2637).
    if (open < 0 || YEAR.test(this.original.slice(e.end, open))) return null;
    const first = firstAtOrAfter(this.starts, e.end);
    if (first < this.citations.length && (this.citations[first] as CitationFinding).start < open) return null;
    // Only papers known by their address: one written two ways (`Kamerstuk 26234-281`, `Kamerstuk 26 234, nr. 281`,
    // 2637) is one paper, which their texts do not tell.
    return this.papersKey(open, close, true);
  }

  /**
   * The papers cited in original[from, to), as one key (their ids sorted, each once), or null when none is; with
   * `addressOnly`, null too where one has no address (see `paperId`). The citations found by a binary search.
   */
  private papersKey(from: number, to: number, addressOnly: boolean): string | null {
    const papers: string[] = [];
    for (let i = firstAtOrAfter(this.starts, from); i < this.citations.length; i++) {
      const c = this.citations[i] as CitationFinding;
      if (c.start >= to) break;
      if (addressOnly && (c.url === null || c.url === undefined)) return null;
      papers.push(paperId(c));
    }
    return papers.length > 0 ? [...new Set(papers)].sort().join(' ') : null;
  }

  /**
   * The papers cited in the item of the date at [start, end) (see `itemAround`), and the subject that follows
   * the date, up to the item's end or its first bracket (the citation).
   */
  private read(sentence: Span, start: number, end: number): LetterItem {
    const original = this.original;
    const item = itemAround(original, sentence, start, end);
    const papers = new Set<string>();
    // After the date, only the papers of its first brackets that cite one: the letter's own. An item that runs on to
    // another letter's (`over de brief van 7 april 2010 inzake de geannoteerde agenda informele Gezondheidsraad (21
    // 501-31, nr. 205) en de brief van 7 april 2010 inzake … sportministers (Kamerstuk 21 501-27, nr. 9)`, 72, where
    // no `;` parts them) would give both letters both papers, and one paper in common makes no two letters.
    // Before the date, only those after the last bracket closed before it: the item's letter is cited after its date
    // or in brackets that hold both (`(Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)`).
    let citedAfter = -1;
    for (
      let i = firstAtOrAfter(this.starts, lastClosedIn(original, item.start, start));
      i < this.citations.length;
      i++
    ) {
      const c = this.citations[i] as CitationFinding;
      if (c.start >= item.end) break;
      if (citedAfter >= 0 && lastClosedIn(original, citedAfter, c.start) > citedAfter) break;
      papers.add(paperId(c));
      if (c.start >= end) citedAfter = c.end;
    }
    const after = original.slice(end, item.end);
    const marker = SUBJECT_MARKER.exec(after);
    let subject: Set<string> | null = null;
    if (marker) {
      const rest = after.slice(marker[0].length);
      const bracket = rest.indexOf('(');
      const words = labelWords(bracket >= 0 ? rest.slice(0, bracket) : rest, FUNCTION_WORDS);
      if (words.size > 0) subject = words;
    }
    return { papers, subject };
  }
}

/**
 * Do two items name two letters: do both cite papers and none the same, or do both give a subject and share
 * half the words of the shorter one at most (2277's two letters of 26 August 2022, `afschrift … brief aan de Eerste
 * Kamer` over two matters, share five words of ten)? A subject cut short (`inzake reactie` and `inzake reactie op de
 * brief van ANBO`) is still the same letter's.
 */
export function namesOtherLetters(a: LetterItem, b: LetterItem): boolean {
  if (a.papers.size > 0 && b.papers.size > 0 && ![...a.papers].some((p) => b.papers.has(p))) return true;
  if (a.subject === null || b.subject === null) return false;
  let shared = 0;
  for (const w of a.subject) if (b.subject.has(w)) shared++;
  return shared * 2 <= Math.min(a.subject.size, b.subject.size);
}

/**
 * Do two items name one letter by their subjects: does every content word of the shorter subject (two at least) stand
 * in the other? Labels that keep a letter's subject (see `subjectWindow`) may cut two mentions of one letter at other
 * words: `…over een programma voor aandeleninkoop ABN AMRO 31 789 Staatsdeelnemingen…` (the title of 1954, which runs
 * on into the dossier line) and `…over zijn vertrouwelijke brief over een programma van aandeleninkoop ABN AMRO`.
 */
export function namesSameLetter(a: LetterItem, b: LetterItem): boolean {
  if (a.subject === null || b.subject === null) return false;
  const [small, large] = a.subject.size <= b.subject.size ? [a.subject, b.subject] : [b.subject, a.subject];
  if (small.size < 2) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/**
 * Where the last `)` in text[from, to) is, plus one, or `from` when there is none. Within those bounds only: a
 * `lastIndexOf` would read on to the text's start in a long text without brackets, for every letter's date.
 */
function lastClosedIn(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === CLOSING_BRACKET) return k + 1;
  return from;
}

/** A year (see `papersClosing`). */
const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/;

/** `)`, the bracket that closes a citation's group. */
const CLOSING_BRACKET = 0x29;

/** A cited paper's canonical id, or its text. */
function paperId(c: CitationFinding): string {
  return c.url ?? `${c.dossier ?? c.text}/${c.number ?? ''}`;
}

/**
 * The brackets that go with the date at text[start, end) (see `LetterItems.papersWith`), within `sentence` and
 * BRACKET_REACH: the innermost group holding the date, else one opening right after it (white space between).
 */
function bracketsWith(text: string, sentence: Span, start: number, end: number): Span | null {
  const first = Math.max(sentence.start, start - BRACKET_REACH);
  const last = Math.min(sentence.end, end + BRACKET_REACH);
  const enclosing = openBefore(text, first, start);
  if (enclosing >= 0) return closedFrom(text, enclosing, end, last);
  let open = end;
  while (open < last && isWhiteSpace(text.charCodeAt(open))) open++;
  return open < last && text.charCodeAt(open) === 0x28 ? closedFrom(text, open, open + 1, last) : null;
}

/** The length of a day's ISO date, `2022-06-17`. */
const DAY_ISO_LENGTH = 10;
/** How far from its date the brackets that go with it are looked for, each way: a citation with its date and more. */
const BRACKET_REACH = 200;
