import { dueIso } from '../commitments/due-after';
import { spanBounds } from '../dates/calendar';
import { toRefDay } from '../dates/resolve';
import type { NormalizedText } from '../text/normalize';
import { sentenceIndexAt, splitSentences } from '../text/sentences';
import type {
  CitationFinding,
  CommitmentFinding,
  DateFinding,
  DocumentInfo,
  Span,
  TimelineEntry,
} from '../types';
import { commitmentLabel } from './commitment-label';
import { beforeCut, markCut, textCut } from './cut-end';
import { dateKey } from './date-key';
import { dateLists, type DateList } from './date-lists';
import {
  NextBar,
  aloneOnItsLine,
  comparedWith,
  datesTheDossier,
  labelOtherDatelines,
  labelOwnDateline,
  withoutOwnDateline,
} from './dates-without-entry';
import { endsWithDeadlineCue, isWholePeriod, toldAsDone } from './deadline';
import { splitAtHeadings } from './heading-sentences';
import { fieldLabel } from './field-label';
import { meetingLineLabel } from './meeting-line';
import { meetingOpenerLabel } from './meeting-opener';
import { LABEL_REACH, labelAround } from './label';
import { collapseRange, holdsWord } from './label-chars';
import { withoutLeadingPageReference } from './label-tidy';
import { LetterItems } from './letter-items';
import { mergeEntries } from './merge-entries';
import { paperDateLabel, paperKindName } from './paper-date';
import { capitalize } from './plain-label';
import { pairedQuotes, quotePositions, sentenceOverQuotes, sentenceOverTitle, titleAround } from './quotes';
import { withSequenceAdverb } from './sequence';
import { distinguishTwins } from './twin-labels';

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
  /**
   * The paper's kind, own date and sender (`document`): what labels its date line where no kind line is above it, and a
   * letter's dateline where it stays (see `labelOwnDateline`). With the day its date line says where detection mended a
   * slipped year (`slippedDateLine`, see `withoutOwnDateline`).
   */
  paper: OwnPaper | null = null,
): TimelineEntry[] {
  const original = text.original;
  // Labels leave out the footnote markers glued to words; everything else reads the text as given.
  const markers = text.footnoteMarkers;
  // A heading of the outline ends its sentence (see `splitAtHeadings`).
  const sentences = splitAtHeadings(
    original,
    originalSpans(text, textSentences ?? splitSentences(text.text)),
    headings,
  );
  const entries: TimelineEntry[] = [];
  // Spans of the due dates, as start → ends (numbers: no key string per date).
  const dueSpans = new Map<number, number[]>();
  const inOrder = isSortedByStart(dates);
  // The list each date is an item of (`op 20 en 26 maart 2002`): a label leaves out the whole list.
  const lists = dateLists(original, dates, markers, sentences);
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
      label: pairedQuotes(
        commitmentLabel(original, c, due ? (listInSentence(lists.get(due), c) ?? due) : null, markers),
      ),
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
  const kindName = paper ? paperKindName(paper.kind) : null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i] as DateFinding;
    if (datesTheDossier(original, d, headEnd, bars)) continue;
    if (d.precision === 'year' && aloneOnItsLine(original, d)) continue;
    if (dueSpans.get(d.start)?.includes(d.end)) continue;
    const list = lists.get(d);
    const phrase = list ?? d;
    if (comparedWith(original, phrase)) continue;
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
    // The paper's kind labels only the paper's own date (see `paperDateLabel`).
    const ownKind = kindName !== null && d.iso === paper?.letterDate ? kindName : null;
    const entry = dateEntry(
      original,
      markers,
      sentences,
      d,
      phrase,
      cut,
      quotes,
      title,
      prevEnd,
      nextStart,
      ownKind,
    );
    if (list) {
      listKeys.set(entry, listKey(list, keysOfLists));
      // An item of a list in sequence says which it is (see `withSequenceAdverb`).
      entry.label = withSequenceAdverb(original, d, list, entry.label);
    }
    if (title) titles.set(entry, collapseRange(original, title.start, title.end));
    entries.push(entry);
  }
  // The items of the paper's letters, made on first need, for merging and telling apart (see `LetterItems`).
  const items = new LetterItems(original, byStart(citations));
  const kept = withoutOwnDateline(
    original,
    mergeEntries(original, entries, listKeys, titles, headings, items),
    letterDate,
    paper?.slippedDateLine ?? null,
  );
  labelOwnDateline(original, kept, paper);
  labelOtherDatelines(original, kept, letterDate);
  // Two things of one date with one label are told apart by the words where their texts part.
  distinguishTwins(original, kept, items);
  return relateAndSort(kept, toRefDay(letterDate)?.n ?? null);
}

const NO_HEADINGS: ReadonlyMap<number, number> = new Map();

/** What the timeline reads of the paper itself (see `buildTimeline`'s `paper`). */
export type OwnPaper = Pick<DocumentInfo, 'kind' | 'letterDate' | 'sender'> & {
  /** The day the paper's date line says, where that is not `letterDate` (a slipped year that detection mended). */
  slippedDateLine?: string | undefined;
};

/**
 * The list a commitment's due date is an item of, when the list lies within the commitment's sentence: the label leaves
 * out the whole list. One that starts before the sentence (a year in the sentence before, joined to the due date across
 * a footnote marker the normalizer took out, `2022–2023 (…). Ik kom hierop terug.. )12 en 13 oktober`) left nothing of
 * the sentence for the label, which was empty (found by the core fuzz). `dateLists` now makes no list over a sentence's
 * end, which rules that case out; this stays for what a list takes in past its dates (a bracket after its last item, a
 * `respectievelijk` or `zowel` before its first), which it does not check against the sentence.
 */
function listInSentence(
  list: DateList<DateFinding> | undefined,
  sentence: Span,
): DateList<DateFinding> | null {
  return list !== undefined && list.start >= sentence.start && list.end <= sentence.end ? list : null;
}

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
  /** The paper's kind when `d` is the paper's own date, else null (see `paperDateLabel`). */
  ownKind: string | null,
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
    // A paper's own date line is labelled by the paper's kind (see `paperDateLabel`), a field's value by the field's
    // name (see `fieldLabel`), a meeting's day by its report's heading (see `meetingLineLabel`). Any other label shows
    // its quotes paired (see `pairedQuotes`), and says something (see `wordyLabel`).
    label:
      paperDateLabel(original, phrase, ownKind) ??
      fieldLabel(original, phrase) ??
      meetingLineLabel(original, phrase) ??
      openerOrCut(
        original,
        sentence,
        phrase,
        markers,
        wordyLabel(
          original,
          phrase,
          withoutLeadingPageReference(
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
        ),
      ),
    relation: null,
    // A deadline's cue in a clause that tells of the date as done dates what was done by then (see `toldAsDone`).
    kind:
      endsWithDeadlineCue(before, isWholePeriod(d)) && !toldAsDone(original, sentence, d.start, d.end)
        ? 'deadline'
        : 'event',
    start: d.start,
    end: d.end,
    sentence,
  };
}

/**
 * `label`, or where it was cut and the date is a meeting's in the opening of its report, that meeting's label (see
 * `meetingOpenerLabel`), its quotes paired as any label's (`…over het rapport «Gerede grond…»`).
 */
function openerOrCut(
  original: string,
  sentence: Span,
  phrase: Span,
  markers: readonly Span[],
  label: string,
): string {
  if (label.indexOf('…') < 0) return label;
  const opener = meetingOpenerLabel(original, sentence, phrase, markers);
  return opener === null ? label : pairedQuotes(opener);
}

/**
 * `label`, or where it holds no letter or digit, the date's own words: a run of brackets before a date that ends its
 * sentence, `(((((((((((((((((((((in 2023.`, gave the label `(((((((((((((((((((((` (found by the core fuzz).
 */
function wordyLabel(original: string, phrase: Span, label: string): string {
  return holdsWord(label) ? label : capitalize(collapseRange(original, phrase.start, phrase.end));
}

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
