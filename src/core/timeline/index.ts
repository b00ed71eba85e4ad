import { sentenceIndexAt, splitSentences } from '../text/sentences';
import { spanBounds } from '../dates/calendar';
import { toRefDay } from '../dates/resolve';
import type { CitationFinding, CommitmentFinding, DateFinding, Span, TimelineEntry } from '../types';
import type { NormalizedText } from '../text/normalize';
import { firstAtOrAfter } from '../text/sorted';
import { collapseRange } from './label-chars';
import { dueIso } from '../commitments/due-after';
import { commitmentLabel } from './commitment-label';
import { LABEL_REACH, labelAround } from './label';
import { pairedQuotes, quotePositions, sentenceOverQuotes, sentenceOverTitle, titleAround } from './quotes';
import { labelWords } from './words';
import { FUNCTION_WORDS } from './function-words';
import { endsWithDeadlineCue, isWholePeriod } from './deadline';
import { dateKey } from './date-key';
import { dateLists, type DateList } from './date-lists';
import { MINISTRY_ABBREVIATIONS, shortMinistryNames } from './ministry-names';
import { LetterItems, namesOtherLetters, namesSameLetter } from './letter-items';
import { distinguishTwins } from './twin-labels';
import { beforeCut, markCut, textCut } from './cut-end';
import { capitalize } from './plain-label';
import { paperDateLabel } from './paper-date';
import { withSequenceAdverb } from './sequence';

const KIND_RANK: Record<TimelineEntry['kind'], number> = { commitment: 0, deadline: 1, event: 2 };

/**
 * Dated events, deadlines and commitments, one entry per event, sorted by date. Each date becomes an
 * entry labelled by its clause; the same date mentioned again for the same thing (similar label) merges
 * into the first mention; a commitment with a due date is one `commitment` entry (its due date is not
 * repeated as an event). `relation` compares with the letter date: `past` when the date ends before it,
 * `future` when it starts after it, else `same-day` (for months and years: the period holds the letter date).
 */
export function buildTimeline(
  text: NormalizedText,
  dates: readonly DateFinding[],
  commitments: readonly CommitmentFinding[],
  letterDate: string | null,
  /** `splitSentences(text.text)` when the caller has it already (`analyze` splits once for all finders). */
  textSentences?: readonly Span[],
  /** Where the paper's head ends (original offset): see `datesTheDossier`. */
  headEnd = 0,
  /** The lines of the outline's headings, start → end (original offsets): see `mergeEntries`. */
  headings: ReadonlyMap<number, number> = NO_HEADINGS,
  /** The paper's citations: what tells letters of a list apart (see `mergeEntries`). */
  citations: readonly CitationFinding[] = [],
): TimelineEntry[] {
  const original = text.original;
  // Labels leave out the footnote markers glued to words; everything else reads the text as given.
  const markers = text.footnoteMarkers;
  const sentences = originalSpans(text, textSentences ?? splitSentences(text.text));
  const entries: TimelineEntry[] = [];
  // Spans of the due dates, as start → ends (numbers: no key string per date).
  const dueSpans = new Map<number, number[]>();
  const inOrder = isSortedByStart(dates);
  // The list each date is an item of (`op 20 en 26 maart 2002`): a label leaves out the whole list.
  const lists = dateLists(original, dates, markers);
  // The dates of the list of each entry of a list's item (see `mergeEntries`), made once a list.
  const listKeys = new Map<TimelineEntry, string>();
  const keysOfLists = new Map<DateList<DateFinding>, string>();
  // The quoted title each entry's date stands in (see `mergeEntries`).
  const titles = new Map<TimelineEntry, string>();
  for (const c of commitments) {
    if (!c.due) continue;
    const due = dueFinding(original, dates, inOrder, c);
    if (due) {
      const ends = dueSpans.get(due.start);
      if (ends) ends.push(due.end);
      else dueSpans.set(due.start, [due.end]);
    }
    // A period shows as the period, also where the commitment is due at its end (`in het najaar`, by November);
    // due after it (`na de zomer`): from the month after it, with no end.
    const period = due !== null && (due.iso === c.due || due.endIso === c.due);
    entries.push({
      iso: period ? due.iso : c.due,
      endIso: period ? due.endIso : null,
      label: commitmentLabel(original, c, due ? (lists.get(due) ?? due) : null, markers),
      relation: null, // set by `relateAndSort`, for the entries that stay
      kind: 'commitment',
      start: c.start,
      end: c.end,
      sentence: { start: c.start, end: c.end },
    });
  }
  // An indexed loop and the entry built by a function of its own: a page is analysed once, so this loop
  // mostly runs before it is optimized, and a small function called per date is optimized much sooner.
  const bars = new NextBar(original);
  const cut = textCut(original);
  const quotes = quotePositions(original);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i] as DateFinding;
    if (datesTheDossier(original, d, headEnd, bars)) continue;
    if (d.precision === 'year' && aloneOnItsLine(original, d)) continue;
    if (dueSpans.get(d.start)?.includes(d.end)) continue;
    const list = lists.get(d);
    const phrase = list ?? d;
    // A date inside a quoted title is labelled with the whole title (see `titleAround`).
    const title = titleAround(original, 0, original.length, phrase.start, phrase.end, quotes);
    // Where the dates next to this one are (dates in order): a sentence without another date has no part of another
    // date for its label to leave out (see `labelAround`'s `otherDates`).
    const prevEnd = !inOrder ? Infinity : i > 0 ? (dates[i - 1] as DateFinding).end : -1;
    const nextStart = !inOrder
      ? -Infinity
      : i + 1 < dates.length
        ? (dates[i + 1] as DateFinding).start
        : Infinity;
    const entry = dateEntry(original, markers, sentences, d, phrase, cut, quotes, title, prevEnd, nextStart);
    if (list) {
      listKeys.set(entry, listKey(list, keysOfLists));
      // An item of a list in sequence says which it is (see `withSequenceAdverb`).
      entry.label = withSequenceAdverb(original, d, list, entry.label);
    }
    if (title) titles.set(entry, collapseRange(original, title.start, title.end));
    entries.push(entry);
  }
  const kept = withoutOwnDateline(
    original,
    mergeEntries(
      original,
      entries,
      listKeys,
      titles,
      headings,
      new LetterItems(original, byStart(citations)),
    ),
    letterDate,
  );
  // Two things of one date with one label are told apart by the words where their texts part.
  distinguishTwins(original, kept);
  return relateAndSort(kept, toRefDay(letterDate)?.n ?? null);
}

const NO_HEADINGS: ReadonlyMap<number, number> = new Map();

/** `Den Haag,` (or another place, `'s-Gravenhage,`, `'s Gravenhage,`) alone on its line before a date. */
const PLACE_BEFORE_DATE = /(?:^|\n)[^\S\n]*(?:['’]s[- ])?\p{Lu}[\p{L}'’. -]{0,30},[^\S\n]*$/u;
/** Only a full stop, if anything, after a dateline's date on its line. */
const NOTHING_AFTER_DATE = /^[^\S\n]*\.?[^\S\n]*(?:\n|$)/;

/** Whether `e` is a dateline, `Den Haag, 30 september 2022`: a place and a day alone on their line. */
function isDateline(original: string, e: TimelineEntry): boolean {
  // Most dates end no line and follow no comma: ruled out by the characters after and before them first.
  let j = e.end;
  while (j < original.length && (original.charCodeAt(j) === 0x20 || original.charCodeAt(j) === 0x2e)) j++;
  if (j < original.length && original.charCodeAt(j) !== 0x0a && original.charCodeAt(j) !== 0x0d) return false;
  let k = e.start - 1;
  while (k > 0 && (original.charCodeAt(k) === 0x20 || original.charCodeAt(k) === 0x09)) k--;
  return (
    original.charCodeAt(k) === 0x2c &&
    e.endIso === null &&
    e.kind === 'event' &&
    PLACE_BEFORE_DATE.test(original.slice(Math.max(0, e.start - 40), e.start)) &&
    NOTHING_AFTER_DATE.test(original.slice(e.end, e.end + 8))
  );
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
function withoutOwnDateline(
  original: string,
  entries: TimelineEntry[],
  letterDate: string | null,
): TimelineEntry[] {
  if (entries.length < 2) return entries;
  const datelines = new Set(entries.filter((e) => isDateline(original, e)));
  if (datelines.size === 0) return entries;
  // The days of the entries that are no datelines: a dateline of one of them adds nothing.
  const told = new Set<string>();
  for (const e of entries) if (!datelines.has(e)) told.add(e.iso);
  const kept = entries.filter((e) => !(datelines.has(e) && (e.iso === letterDate || told.has(e.iso))));
  return kept.length > 0 ? kept : entries;
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
function datesTheDossier(original: string, d: DateFinding, headEnd: number, bars: NextBar): boolean {
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
function aloneOnItsLine(original: string, d: Span): boolean {
  return lineEdgeBefore(original, d.start) && lineEdgeAfter(original, d.end);
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
class NextBar {
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

/**
 * The entry of a date that is no commitment's due date, labelled by the clause around it. `phrase` is the date, or
 * the list it is an item of (see `dateLists`): the label leaves out the whole list, and the words before the list
 * are those before each of its dates (`over de EU-prioriteiten voor 2023 en 2024`, 120: `voor` a year's "for").
 */
function dateEntry(
  original: string,
  markers: readonly Span[],
  sentences: readonly Span[],
  d: DateFinding,
  phrase: Span,
  /** Where the text was cut in mid-sentence, or -1 (see `textCut`). */
  cut: number,
  /** Where the text's quotes are (see `quotePositions`). */
  quotes: readonly number[],
  /** The quoted title the date stands in, or null (see `titleAround`). */
  title: Span | null,
  /** Where the date before it ends (-1 for none), or Infinity when that is not known. */
  prevEnd: number,
  /** Where the date after it starts (Infinity for none), or -Infinity when that is not known. */
  nextStart: number,
): TimelineEntry {
  const sentence = sentenceAt(sentences, phrase.start, phrase.end) ?? {
    start: phrase.start,
    end: phrase.end,
  };
  const before = original.slice(Math.max(sentence.start, phrase.start - 30), phrase.start);
  // A date inside a quoted title is labelled with the whole title, its sentence widened to hold it.
  // The label reads a quoted title whole, where a `?` or `.` inside it split the sentence (see `sentenceOverQuotes`).
  const read = sentenceOverQuotes(
    original,
    quotes,
    sentences,
    title ? sentenceOverTitle(sentences, sentence, title, sentenceIndexAt) : sentence,
    title ?? phrase,
    LABEL_REACH,
    sentenceIndexAt,
  );
  // A sentence the text's cut stops (see `textCut`) is labelled up to the cut, and a label that runs to it says so.
  const upToCut = beforeCut(read, phrase, cut);
  const otherDates = prevEnd > read.start || nextStart < read.end;
  return {
    iso: d.iso,
    endIso: d.endIso,
    // A paper's own date line is labelled by the paper's kind (see `paperDateLabel`). Any other label shows its quotes
    // paired (see `pairedQuotes`), and says something (see `wordyLabel`).
    label:
      paperDateLabel(original, phrase) ??
      wordyLabel(
        original,
        phrase,
        pairedQuotes(
          upToCut
            ? markCut(
                labelAround(original, upToCut, phrase, markers, quotes, otherDates),
                original,
                upToCut.start,
                upToCut.end,
                phrase,
              )
            : labelAround(original, read, phrase, markers, quotes, otherDates),
        ),
      ),
    relation: null,
    kind: endsWithDeadlineCue(before, isWholePeriod(d)) ? 'deadline' : 'event',
    start: d.start,
    end: d.end,
    sentence,
  };
}

/**
 * `label`, or where it holds no letter or digit, the date's own words: a run of brackets before a date that ends its
 * sentence, `(((((((((((((((((((((in 2023.`, gave the label `(((((((((((((((((((((` (found by the core fuzz).
 */
function wordyLabel(original: string, phrase: Span, label: string): string {
  return WORD_CHARACTER.test(label) ? label : capitalize(collapseRange(original, phrase.start, phrase.end));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The spans in original offsets. A loop that pushes, not `map` with a closure: the array then has the
 * same elements kind on every call (an inlined `map` in optimized code makes another one than the
 * builtin does), so `sentenceAt` and `dateEntry` keep their optimized code (no deopt `wrong map`).
 */
function originalSpans(text: NormalizedText, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    out.push(text.spanToOriginal(s.start, s.end));
  }
  return out;
}

/** `spans` in order of start: as given when they are (the finders' usual order), else a sorted copy. */
function byStart<T extends Span>(spans: readonly T[]): readonly T[] {
  return isSortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as Span).start < (spans[i - 1] as Span).start) return false;
  }
  return true;
}

/**
 * The first date (in `dates` order) with the commitment's due ISO inside its sentence. When `dates` are
 * sorted by start, only those from the first one starting in the sentence need a look.
 */
function dueFinding(
  original: string,
  dates: readonly DateFinding[],
  inOrder: boolean,
  c: CommitmentFinding,
): DateFinding | null {
  const fits = (d: DateFinding): boolean =>
    d.start >= c.start && d.end <= c.end && (d.iso === c.due || dueIso(original, d) === c.due);
  if (!inOrder) return dates.find(fits) ?? null;
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as DateFinding).start < c.start) lo = mid + 1;
    else hi = mid;
  }
  // A date that starts after the sentence ends cannot end inside it.
  for (let i = lo; i < dates.length && (dates[i] as DateFinding).start <= c.end; i++) {
    if (fits(dates[i] as DateFinding)) return dates[i] as DateFinding;
  }
  return null;
}

/**
 * The sentence that contains the span [start, end), widened to its end. Takes numbers, not the date:
 * dates come from several finders in objects of different shapes, and a search that reads one shape
 * only stays optimized (no deopt `wrong map`).
 */
function sentenceAt(sentences: readonly Span[], start: number, end: number): Span | null {
  const j = sentenceIndexAt(sentences, start);
  if (j < 0) return null;
  const s = sentences[j] as Span;
  return { start: s.start, end: Math.max(s.end, end) };
}

/**
 * The content words of `label`, split once per label (a label is compared with up to 20 others). Articles
 * and prepositions are left out: two letters of one minister on one day, `…voor Wonen, Wijken en Integratie
 * inzake de reactie op het LSVb-rapport «Check…` and `…voor Wonen, Wijken en Integratie inzake het
 * Actieplan Woningproductie` (1921), shared half their words through `voor`, `inzake`, `het` and were
 * merged into one entry.
 */
function wordsOf(cache: Map<string, Set<string>>, label: string): Set<string> {
  let w = cache.get(label);
  if (!w) {
    w = labelWords(label, FUNCTION_WORDS);
    cache.set(label, w);
  }
  return w;
}

/**
 * Same label, or at least half of their content words shared. The word cache is an argument, not a
 * closure made per call: V8 drops code optimized for one closure when the next call brings another
 * (deopt `wrong call target`).
 */
function similar(a: string, b: string, cache: Map<string, Set<string>>): boolean {
  if (a === b) return true;
  const wa = wordsOf(cache, a);
  const wb = wordsOf(cache, b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared) >= 0.5 && !namesOtherItems(a, b);
}

/**
 * Do two labels that share half their words still name two things, by what tells items of a list apart: a
 * different item number (`2. brief houdende het ontwerp Besluit personenvervoer 2000…` and `4. brief houdende
 * het ontwerp Besluit spoorweginfrastructuur…`, 2561), or another ministry or budget chapter (`…het Ministerie
 * van VWS (XVI) voor het jaar` and `…het Ministerie van VenJ (VI) voor het jaar`, 1042)? Words under three
 * letters and the ministries' short names, which labels write when they must be cut, are too few to outweigh the
 * words such items share.
 */
function namesOtherItems(a: string, b: string): boolean {
  const na = ITEM_NUMBER.exec(a)?.[1];
  const nb = ITEM_NUMBER.exec(b)?.[1];
  if (na !== undefined && nb !== undefined && na !== nb) return true;
  return differ(a, b, MINISTRY) || differ(a, b, CHAPTER);
}

/** A list item's number opening a label: `2. brief …`, `4) de brief …`. */
const ITEM_NUMBER = /^(\d{1,3})[.)] /;

/** A ministry's short name, as a whole word. */
const MINISTRY = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${[...MINISTRY_ABBREVIATIONS].join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);

/** A budget chapter in brackets: `(XVI)`. */
const CHAPTER = /\([IVXLC]+\)/g;

/**
 * Do both labels name some (`pattern`), and not the same ones? Names written out count as their short
 * names (`shortMinistryNames`): a label that fits keeps them whole.
 */
function differ(a: string, b: string, pattern: RegExp): boolean {
  const na = namesIn(a, pattern);
  const nb = namesIn(b, pattern);
  return na !== '' && nb !== '' && na !== nb;
}

function namesIn(label: string, pattern: RegExp): string {
  return [...new Set(shortMinistryNames(label).match(pattern))].sort().join(' ');
}

/** The dates of a list's items, in text order: `2020-01 2020-11` for `in januari en in november`. */
function listKey(list: DateList<DateFinding>, made: Map<DateList<DateFinding>, string>): string {
  let key = made.get(list);
  if (key === undefined) {
    key = list.items.map(dateKey).join(' ');
    made.set(list, key);
  }
  return key;
}

/**
 * Same date, same thing: keep the first mention, and the strongest kind (commitment > deadline > event). The same
 * thing is a mention with a similar label, or the same list of dates again in one sentence: `dat de loonsom in januari
 * en in november 0 euro bedraagt of dat er geen loonsom in januari en november is` (643) names each month once.
 * `listKeys` gives the dates of the list of each entry of a list's item (see `listKey`). So is the same quoted title
 * again (`titles`, see `titleAround`), the date being the title's: `de discussienota «Naar een duurzaam Europa in 2030»`
 * and `het BNC-fiche «Naar een duurzaam Europa in 2030»` (278) name one paper's year, whatever the words around them.
 * Two headings (dates on the lines of the outline's headings, `headings`: see `isHeading`) are two points of the letter,
 * never one mention unless their labels are the same: `De periode tot aan mei 1998` and `Mei 1998 en de periode
 * daarna` (2760) share most words through their date, and the second section was lost from the timeline.
 * Nor are two items of a list of letters that cite other papers or name other subjects (`items`, see `LetterItems`),
 * however alike their labels: `…d.d. 30 maart 2007 (28 196, nr. 3)` and `…(30 800-A, nr. 57)` (1813), `…inzake
 * wijziging gasgebouw` and `…inzake uitvoer` (1616) are two letters of one sender on one day; nor a letter's date and
 * a date that is no letter's (see `letterAndOther`). Two mentions of a letter whose subjects agree are one, however
 * their labels are cut (see `namesSameLetter`), and so are two mentions that cite one paper in the brackets that go
 * with the date, `(Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)` twice in the NAVO letter (see `samePaper`).
 */
function mergeEntries(
  original: string,
  entries: readonly TimelineEntry[],
  listKeys: ReadonlyMap<TimelineEntry, string>,
  titles: ReadonlyMap<TimelineEntry, string>,
  headings: ReadonlyMap<number, number>,
  items: LetterItems,
): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry[]>();
  // The list keys of the entries kept (the copies in `byDate`).
  const keptKeys = new Map<TimelineEntry, string>();
  // The titles of the entries kept (the copies in `byDate`).
  const keptTitles = new Map<TimelineEntry, string>();
  const out: TimelineEntry[] = [];
  const ordered = [...entries].sort((a, b) => a.start - b.start);
  // A label is compared with up to 20 others: split it into words once (see `wordsOf`).
  const cache = new Map<string, Set<string>>();
  for (let k = 0; k < ordered.length; k++) {
    const e = ordered[k] as TimelineEntry;
    const key = dateKey(e);
    const group = byDate.get(key) ?? [];
    const list = listKeys.get(e);
    const title = titles.get(e);
    // Compare with the latest few mentions only, so a date repeated thousands of times stays cheap.
    let twin: TimelineEntry | undefined;
    for (let i = Math.max(0, group.length - 20); i < group.length && !twin; i++) {
      const g = group[i] as TimelineEntry;
      const sameList =
        list !== undefined && keptKeys.get(g) === list && g.sentence?.start === e.sentence?.start;
      if (sameList || (title !== undefined && keptTitles.get(g) === title)) twin = g;
      else if (
        (g.label === e.label ||
          restated(original, g, e) ||
          (!(isHeading(g, headings) && isHeading(e, headings)) && similar(g.label, e.label, cache)) ||
          sameLetter(items, g, e) ||
          samePaper(items, g, e)) &&
        !otherLetters(items, g, e) &&
        !letterAndOther(items, g, e)
      )
        twin = g;
    }
    if (twin) {
      if (KIND_RANK[e.kind] < KIND_RANK[twin.kind]) twin.kind = e.kind;
      // The mention kept stands for this one's title too (278: a heading without quotes, then the title twice).
      if (title !== undefined && !keptTitles.has(twin)) keptTitles.set(twin, title);
      continue;
    }
    const copy = { ...e };
    if (list !== undefined) keptKeys.set(copy, list);
    if (title !== undefined) keptTitles.set(copy, title);
    group.push(copy);
    byDate.set(key, group);
    out.push(copy);
  }
  return out;
}

/**
 * Is one of two mentions a letter's own date with its subject and the other no letter's date, with other labels?
 * They are two things however alike their labels: labels that keep a letter's subject (see `subjectWindow`) share its
 * words with a date named in that subject, `…inzake besluitvorming Rijksministerraad 10 juli 2020 inzake (financiële)
 * ondersteuning…` (2113: the letter of that day) and `…de besluitvorming Rijksministerraad inzake (financiële)
 * ondersteuning…` (the meeting, in another item's subject).
 */
function letterAndOther(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.label === b.label) return false;
  const ia = items.of(a);
  const ib = items.of(b);
  return (ia === null) !== (ib === null) && (ia?.subject ?? ib?.subject ?? null) !== null;
}

/**
 * Does the second of two mentions of a date restate the first, in one phrase of one sentence: close after it, no clause
 * or item between (no delimiter, line break or conjunction, see CLAUSE_BETWEEN)? `over de brief van 22 oktober 1998
 * inzake het Fonds Economische Structuurversterking d.d. 22 oktober 1998 (kamerstuk 26 200 E, nr. 4)` (498) gave two
 * entries. Two clauses of one sentence may say two things of one date: `…ten opzichte van 2010 met 10% wil doen laten
 * afnemen en vanaf 2012 …` (180), `…regeling die pas na 1 januari 2019 afloopt` (2072), each with its entry.
 */
function restated(original: string, a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.kind === 'commitment' || b.kind === 'commitment') return false;
  if (a.sentence === undefined || b.sentence === undefined || a.sentence.start !== b.sentence.start)
    return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start - first.end > RESTATED_REACH || second.start < first.end) return false;
  return !CLAUSE_BETWEEN.test(original.slice(first.end, second.start));
}

/** How far apart two mentions of a date restating it may be (498: 56 characters). */
const RESTATED_REACH = 80;
/** What between two mentions of a date parts two clauses or items: a delimiter, a line break, a conjunction. */
const CLAUSE_BETWEEN =
  /[,;:()[\]\n\u2013\u2014]|(?<![\p{L}\p{N}])(?:en|of|maar|terwijl|dat|die|waar\p{L}*)(?![\p{L}\p{N}])/u;

/** Are two mentions of a date a letter's, named by one subject (see `namesSameLetter`)? */
function sameLetter(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  const ia = items.of(a);
  const ib = items.of(b);
  return ia !== null && ib !== null && namesSameLetter(ia, ib);
}

/** Do two mentions of a date cite one paper in the brackets that go with the date (see `LetterItems.papersWith`)? */
function samePaper(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  const pa = items.papersWith(a);
  return pa !== null && pa === items.papersWith(b);
}

/** Are two mentions of a date items of a list that name two letters (see `namesOtherLetters`)? */
function otherLetters(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  const ia = items.of(a);
  const ib = items.of(b);
  return ia !== null && ib !== null && namesOtherLetters(ia, ib);
}

/**
 * Is the entry's date in a heading of the outline: does its sentence start where a heading does, and the date lie on
 * the heading's line? (A heading without a full stop may open a sentence that runs on into the text below it.)
 */
function isHeading(e: TimelineEntry, headings: ReadonlyMap<number, number>): boolean {
  if (headings.size === 0 || e.sentence === undefined) return false;
  const end = headings.get(e.sentence.start);
  return end !== undefined && e.start < end;
}

/**
 * `relation` of each entry against the letter day, then the entries sorted by date (first day, last day,
 * then place). Each entry's day bounds are computed once, not in every comparison.
 */
function relateAndSort(entries: TimelineEntry[], refDay: number | null): TimelineEntry[] {
  const firsts = new Float64Array(entries.length);
  const lasts = new Float64Array(entries.length);
  entries.forEach((e, i) => {
    const b = spanBounds(e.iso, e.endIso);
    if (refDay !== null && b)
      e.relation = b.last < refDay ? 'past' : b.first > refDay ? 'future' : 'same-day';
    firsts[i] = b ? b.first : Infinity;
    lasts[i] = b ? b.last : Infinity;
  });
  const order = entries.map((_, i) => i);
  // Infinity − Infinity is NaN, which counts as a tie, as before.
  order.sort(
    (i, j) =>
      (firsts[i] as number) - (firsts[j] as number) ||
      (lasts[i] as number) - (lasts[j] as number) ||
      (entries[i] as TimelineEntry).start - (entries[j] as TimelineEntry).start,
  );
  return order.map((i) => entries[i] as TimelineEntry);
}
