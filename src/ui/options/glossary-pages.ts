/**
 * The glossary table's pages and filter, without any DOM: a list of up to 5000 entries is shown
 * 100 rows at a time (all of them at once took seconds to draw after a large import), and a
 * search narrows it to the entries whose abbreviation, meaning or explanation contain the words.
 */
import { foldForSearch } from '../fold-for-search';
import type { UserGlossaryEntry } from './glossary-edit';

/** Rows on one page of the table. */
export const GLOSSARY_PAGE_SIZE = 100;

/**
 * The entries that contain every word of `query` in their abbreviation, meaning or explanation
 * (case and accents ignored: `foldForSearch`), in the list's order; the list itself for an empty query.
 */
export function filterEntries(
  entries: readonly UserGlossaryEntry[],
  query: string,
): readonly UserGlossaryEntry[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return entries;
  return entries.filter((e) => {
    const text = foldForSearch(`${e.abbr} ${e.expansion} ${e.explanation ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

/** One page of a list: which rows, and where they are in it (1-based, for the reader). */
export interface GlossaryPage {
  /** The page shown, 0-based: the page asked for, within the list's pages. */
  index: number;
  /** How many pages the list has (1 for an empty list). */
  count: number;
  /** The first and last row's numbers, 1-based (0 and 0 for an empty list). */
  from: number;
  to: number;
  total: number;
  rows: readonly UserGlossaryEntry[];
}

/**
 * Page `index` of `list`. A page past the end (the last row of the last page was deleted, or a
 * filter left fewer rows) is the last page; a negative one is the first.
 */
export function glossaryPage(
  list: readonly UserGlossaryEntry[],
  index: number,
  size: number = GLOSSARY_PAGE_SIZE,
): GlossaryPage {
  const count = Math.max(1, Math.ceil(list.length / size));
  const at = Math.min(Math.max(0, Math.floor(index)), count - 1);
  const rows = list.slice(at * size, at * size + size);
  return {
    index: at,
    count,
    from: rows.length ? at * size + 1 : 0,
    to: at * size + rows.length,
    total: list.length,
    rows,
  };
}

/**
 * The page (0-based) a reader asks for by typing its number (1-based) into the pager's field, kept
 * within the list's `count` pages (`0` is the first page, `99` of 3 the last); a fraction counts as
 * the page it is in. `outside`: the number typed is not one of the pages (`99` or `0` of 3, `1e1`),
 * so the nearest was taken. Null when the field holds no number (empty, or what a number field
 * gives for text it cannot read: '').
 */
export function pageFromField(value: string, count: number): { index: number; outside: boolean } | null {
  const n = Number(value.trim());
  if (!value.trim() || Number.isNaN(n)) return null;
  const page = Math.floor(n);
  const last = Math.max(1, count);
  return { index: Math.min(Math.max(1, page), last) - 1, outside: page < 1 || page > last };
}

/** The page the entry `abbr` is on in `list`, or -1 when it is not in it. */
export function pageOfEntry(
  list: readonly UserGlossaryEntry[],
  abbr: string,
  size: number = GLOSSARY_PAGE_SIZE,
): number {
  const at = list.findIndex((e) => e.abbr === abbr);
  return at < 0 ? -1 : Math.floor(at / size);
}
