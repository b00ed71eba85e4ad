/**
 * The sidebar's filter: one query narrows every section. Matching ignores case and accents
 * (`Oekraine` finds `Oekraïne`) and white space runs, and is a plain substring test (linear).
 */

const MAX_QUERY = 200;

/** Text folded for matching: lower case, without diacritics, white space collapsed. */
export function foldForFilter(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A matcher for `query`; an empty query matches everything. */
export function makeFilter(query: string): (...texts: ReadonlyArray<string | null | undefined>) => boolean {
  const q = foldForFilter(query.slice(0, MAX_QUERY));
  if (!q) return () => true;
  return (...texts) => texts.some((t) => !!t && foldForFilter(t).includes(q));
}
