import { sentenceIndexAt } from '../text/sentences';
import type { Span } from '../types';

/**
 * Lists of dates in the text, `op 20 en 26 maart 2002` (595), `net als in 2018 en 2019` (50), `op 18 juni, 25 juni
 * en 9 juli 2019` (1404), `zowel in 1981 als in 1983` (2447): the grammar reads each item as a date of its own (days
 * that follow each other are one range already, `12 en 13 oktober`), but the list is one phrase of its sentence. A
 * label leaves the whole phrase out (or keeps it whole, before the verb of a fronted date), not just its own item:
 * taking out only `20` left `De vaste commissie voor Justitie heeft en 26 maart 2002 overleg gevoerd…`, and only
 * `26 maart 2002` left `…heeft op 20 en overleg gevoerd…`.
 */

/** A preposition before a list's next date (most often the first's again), with the space after it. */
const PREPOSITION = '(?:(?:in|op|van|per|voor|na|vanaf|sinds|tot|tijdens|uiterlijk)\\s+)?';

/**
 * A bracket after a list's item that names what was dated, most often a cited paper: `brieven van 9 oktober 2019
 * (Kamerstuk 28 089, nr. 149), 29 oktober 2019 (Kamerstuk 28 089, nr. 151) en …` (2215). Part of the list's phrase.
 */
const CITED_BRACKET = '\\([^()]{1,80}\\)';

/** A bracket right after a list's last item (see CITED_BRACKET): the phrase ends after it. */
const BRACKET_AFTER = new RegExp(`^\\s*${CITED_BRACKET}`);

/**
 * An adverb that puts a list's next date after the one before it: `U heeft daarop het AO verplaatst naar aanvankelijk
 * 27 maart en uiteindelijk 10 april a.s.` (20). With it the two dates are one phrase too (see FIRST_OF_SEQUENCE).
 */
const SEQUENCE_ADVERB = '(?:uiteindelijk|later|daarna|vervolgens|nadien)';

/**
 * Text between two dates that makes them items of one list: `,`, `en`, `of`, `, en`, `en/of` or `respectievelijk`,
 * and a preposition before the next date (most often the first's again): `In oktober 2015 en in april 2017` (1772),
 * `in mijn brieven van 6 december 2010 en van 11 juli 2011` (2111). No full stop, bracket or other word: `27 oktober
 * jl. Op 11 november jl.` (02) and `2013 en 5% voor 2014` (1741) are two phrases; but a bracket after the first
 * may (see CITED_BRACKET). A footnote marker glued to the first date is no part of the gap: `de kabinetsreacties
 * van februari1 en december2 vorig jaar` (1246).
 */
const LIST_GAP = new RegExp(
  `^\\s*(?:${CITED_BRACKET}\\s*)?(?:,\\s*(?:(?:en|of|en\\/of)\\s+)?|(?:en|of|en\\/of)\\s+|,?\\s*respectievelijk\\s+)(${SEQUENCE_ADVERB}\\s+)?${PREPOSITION}$`,
  'i',
);

/**
 * `als` between two dates after a `zowel` before the first: `tweemaal – zowel in 1981 als in 1983 – naar beneden
 * bijgesteld` (2447) is one list, `zowel … als …`, of which `zowel` is part (see ZOWEL_BEFORE).
 */
const ALS_GAP = new RegExp(`^\\s*,?\\s*als\\s+${PREPOSITION}$`, 'i');

/** The longest gap LIST_GAP or ALS_GAP may match: a bracket, `, respectievelijk uiterlijk ` and some spaces. */
const LIST_GAP_REACH = 125;

/**
 * `zowel` (and a preposition) right before a list's first date, when an `als` joins a date to it: the list starts
 * there. Without it, `zowel` would dangle: `…tweemaal – zowel in 1981 naar beneden bijgesteld` (2447) said that
 * the wage was lowered in 1981 only.
 */
const ZOWEL_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(zowel\\s+${PREPOSITION})$`, 'iu');

/** How far before a list's first date `zowel` is looked for: `zowel uiterlijk ` and some spaces. */
const ZOWEL_REACH = 24;

/**
 * `respectievelijk` right before a list's first date belongs to the list (`Op respectievelijk 27 juni en 1 augustus
 * jl. zijn de beschikkingsbevoegden geïnformeerd`, 2766): without the list it would dangle.
 */
const RESPECTIVELY_BEFORE = /(?:^|\s)(respectievelijk\s+)$/i;

/** How far before a list's first date `respectievelijk` is looked for. */
const RESPECTIVELY_REACH = 24;

/**
 * The most items a list has: the longest in the corpus's prose has four (`In de Kamerbrieven van 7 oktober, 4
 * november, 9 november en 12 december`, 525). A longer run is a table or an enumeration, not a phrase of a sentence:
 * its dates keep their own labels (and a page of dates on one line, `1 januari 2024, 1 januari 2024, …`, makes no list
 * of a hundred thousand items).
 */
const MAX_ITEMS = 12;

/** A list of dates: its phrase, from its first item's start to its last item's end, and its items in text order. */
export interface DateList<T extends Span> extends Span {
  readonly items: readonly T[];
}

/**
 * The list each date is an item of, by date (with a `respectievelijk` or `zowel` before it in its phrase); dates in
 * no list are not in the map. `dates` are the findings in original offsets, in text order as the finders give them
 * (others are sorted first). `markers` are the footnote markers of the text (original offsets, sorted by start):
 * a gap between two dates is read without them. `sentences` are the text's sentences (original offsets, sorted): no
 * list runs over a sentence's end (see `crossesSentenceEnd`).
 */
export function dateLists<T extends Span>(
  original: string,
  dates: readonly T[],
  markers: readonly Span[] = [],
  sentences: readonly Span[] = [],
): Map<T, DateList<T>> {
  const lists = new Map<T, DateList<T>>();
  const ordered = inOrder(dates);
  let first = 0;
  // Where the run's `zowel` starts, when its first date has one before it and an `als` has joined a date to it.
  let zowel = -1;
  let als = false;
  // Whether a gap of the run held a bracket after its item: the last item's bracket belongs to the phrase too.
  let bracketed = false;
  // Whether a gap of the run held an adverb of sequence (see SEQUENCE_ADVERB).
  let sequence = false;
  for (let k = 1; k <= ordered.length; k++) {
    if (k < ordered.length) {
      const gap = gapBetween(original, ordered[k - 1] as T, ordered[k] as T, markers);
      const listGap =
        gap === null || crossesSentenceEnd(sentences, ordered[k - 1] as T, ordered[k] as T)
          ? null
          : LIST_GAP.exec(gap);
      if (listGap) {
        bracketed ||= (gap as string).includes('(');
        sequence ||= listGap[1] !== undefined;
        continue;
      }
      if (gap !== null && !als && ALS_GAP.test(gap)) {
        zowel = zowelStart(original, (ordered[first] as T).start);
        als = zowel >= 0;
        if (als) continue;
      }
    }
    // ordered[first, k) is one run; a run of two or more is a list.
    if (k - first >= 2 && k - first <= MAX_ITEMS) {
      const items = ordered.slice(first, k);
      const last = (items[k - first - 1] as T).end;
      const bracket = bracketed ? BRACKET_AFTER.exec(original.slice(last, last + LIST_GAP_REACH)) : null;
      const list = {
        start: als ? zowel : listStart(original, (items[0] as T).start, sequence),
        end: last + (bracket ? bracket[0].length : 0),
        items,
      };
      for (const item of items) lists.set(item, list);
    }
    first = k;
    als = false;
    bracketed = false;
    sequence = false;
  }
  return lists;
}

/**
 * The text between `a` and the next date `b` without its footnote markers, or null when the dates overlap or lie
 * too far apart to be items of one list (see LIST_GAP_REACH).
 */
function gapBetween(original: string, a: Span, b: Span, markers: readonly Span[]): string | null {
  if (b.start < a.end || b.start - a.end > LIST_GAP_REACH) return null;
  let gap = '';
  let at = a.end;
  for (let i = firstMarkerAfter(markers, a.end); i < markers.length; i++) {
    const m = markers[i] as Span;
    if (m.start >= b.start) break;
    gap += original.slice(at, m.start);
    at = Math.max(at, m.end);
  }
  return gap + original.slice(at, b.start);
}

/**
 * Does a sentence of `sentences` (original offsets, sorted) end between dates `a` and `b`? False where `a` lies in no
 * sentence. A list is a phrase of one sentence, but a bracket in its gap (see CITED_BRACKET) may hold a sentence's end:
 * with a footnote marker taken out, `2022–2023 (29 521 Handelingen II 2014/15, nr. 12, item 5. UDCG, Ik kom hierop
 * terug.. )12 en 13 oktober` read as one list, which ran from one sentence into the next (found by the core fuzz).
 */
function crossesSentenceEnd(sentences: readonly Span[], a: Span, b: Span): boolean {
  const i = sentenceIndexAt(sentences, a.start);
  return i >= 0 && (sentences[i] as Span).end < b.end;
}

/** The index of the first marker that ends after `from` (markers sorted by start, none overlapping). */
function firstMarkerAfter(markers: readonly Span[], from: number): number {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((markers[mid] as Span).end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the `zowel` before a date at `start` starts (see ZOWEL_BEFORE), or -1 when there is none. */
function zowelStart(original: string, start: number): number {
  const m = ZOWEL_BEFORE.exec(original.slice(Math.max(0, start - ZOWEL_REACH), start));
  return m ? start - (m[1] as string).length : -1;
}

/**
 * The adverb of a list's first date when a later one has an adverb of sequence (see SEQUENCE_ADVERB): `aanvankelijk 27
 * maart en uiteindelijk 10 april` (20) is one phrase. Each date took the other's words, as two dates of no list do:
 * `U heeft daarop het AO verplaatst naar aanvankelijk en uiteindelijk 10 april a.s.` was the label of 27 maart.
 */
const FIRST_OF_SEQUENCE = /(?:^|\s)((?:aanvankelijk|eerst|oorspronkelijk)\s+)$/i;

/**
 * Where a list that starts with a date at `start` starts: before a `respectievelijk` (see RESPECTIVELY_BEFORE), or
 * before the adverb of its first date in a list of dates in sequence (`sequence`, see FIRST_OF_SEQUENCE).
 */
function listStart(original: string, start: number, sequence: boolean): number {
  const before = original.slice(Math.max(0, start - RESPECTIVELY_REACH), start);
  const m = RESPECTIVELY_BEFORE.exec(before) ?? (sequence ? FIRST_OF_SEQUENCE.exec(before) : null);
  return m ? start - (m[1] as string).length : start;
}

/** `dates` sorted by start (stable); the array itself when it is in order already. */
function inOrder<T extends Span>(dates: readonly T[]): readonly T[] {
  for (let i = 1; i < dates.length; i++) {
    if ((dates[i] as T).start < (dates[i - 1] as T).start)
      return [...dates].sort((x, y) => x.start - y.start);
  }
  return dates;
}
