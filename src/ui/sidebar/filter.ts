/**
 * The sidebar's filter: one query narrows every section. Matching ignores case and accents
 * (`Oekraine` finds `Oekraïne`) and white space runs (`foldForSearch`), and is a plain substring
 * test (linear).
 */
import { foldForSearch } from '../fold-for-search';

const MAX_QUERY = 200;

/** A matcher for `query`; an empty query matches everything. */
export function makeFilter(query: string): (...texts: ReadonlyArray<string | null | undefined>) => boolean {
  const q = foldForSearch(query.slice(0, MAX_QUERY));
  if (!q) return () => true;
  return (...texts) => texts.some((t) => !!t && foldForSearch(t).includes(q));
}
