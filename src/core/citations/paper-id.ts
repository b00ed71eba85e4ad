import { isDigits } from '../text/chars';
import type { CitationFinding } from '../types';
import type { CitedPaperRef } from './types';

/** Where every cited paper lives (domain.md §2: the site's own URL patterns). */
export const OFFICIELE_BEKENDMAKINGEN = 'https://zoek.officielebekendmakingen.nl/';

/**
 * `2020/21`, `2020–2021`, `2020-2021`, `1999/00` → `2020-2021`. The second year is implied by the
 * first (a vergaderjaar always spans two calendar years), so a typo in the second half is forgiven.
 */
export function normalizeVergaderjaar(first: string, _second?: string): string | null {
  const start = Number(first);
  if (!Number.isInteger(start) || start < 1800 || start > 2199) return null;
  return `${start}-${start + 1}`;
}

/** `2020-2021` → `20202021`, the form used in Handelingen and Aanhangsel ids. */
function compactVergaderjaar(vergaderjaar: string): string {
  return vergaderjaar.replace('-', '');
}

/** Chamber part of Handelingen ids: `tk` for the Tweede Kamer, `ek` for the Eerste Kamer. */
function chamberCode(chamber: 'I' | 'II' | null): string {
  return chamber === 'I' ? 'ek' : 'tk';
}

/**
 * The canonical officielebekendmakingen id of a cited paper, or null when the citation does not
 * pin down one paper (a dossier without a number; Handelingen without an item).
 */
export function paperId(ref: Omit<CitedPaperRef, 'id'>): string | null {
  switch (ref.type) {
    case 'kamerstuk':
      return ref.dossier && ref.number ? `kst-${ref.dossier}-${ref.number}` : null;
    case 'aanhangsel':
      return ref.year && ref.number
        ? `ah-${chamberCode(ref.chamber)}-${compactVergaderjaar(ref.year)}-${ref.number}`
        : null;
    case 'handelingen':
      // The site numbers Handelingen per agenda item; without the item there is no single page.
      return ref.year && ref.number && ref.item
        ? `h-${chamberCode(ref.chamber)}-${compactVergaderjaar(ref.year)}-${ref.number}-${ref.item}`
        : null;
    case 'staatscourant':
      return ref.year && ref.number ? `stcrt-${ref.year}-${ref.number}` : null;
    case 'staatsblad':
      return ref.year && ref.number ? `stb-${ref.year}-${ref.number}` : null;
  }
}

/** The reading URL of a paper id. */
export function paperUrl(id: string | null): string | null {
  return id ? `${OFFICIELE_BEKENDMAKINGEN}${id}.html` : null;
}

/** Builds a complete reference: fills the id from the parts. */
export function makeRef(ref: Omit<CitedPaperRef, 'id'>): CitedPaperRef {
  return {
    type: ref.type,
    chamber: ref.chamber,
    dossier: ref.dossier,
    number: ref.number,
    year: ref.year,
    item: ref.item,
    id: paperId(ref),
  };
}

/**
 * The paper a citation names, as the title lookups take it: the finder's id when it gave one (a
 * result read back from JSON may lack it), else built from the parts.
 */
export function citedPaperRef(c: CitationFinding & { id?: string | null }): CitedPaperRef {
  const ref = {
    type: c.type,
    chamber: c.chamber,
    dossier: c.dossier,
    number: c.number,
    year: c.year,
    item: null,
  };
  return { ...ref, id: c.id ?? paperId(ref) };
}

/** Dossier as the contract spells it: digits without spaces, suffix joined with `-` (`36200-X`). */
export function joinDossier(base: string, suffix: string | null): string {
  // The parsers hand in digits only; anything else is stripped.
  const digits = isDigits(base) ? base : base.replace(/\D/g, '');
  return suffix ? `${digits}-${suffix}` : digits;
}
