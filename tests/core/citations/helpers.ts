import { findCitations, type Citation } from '../../../src/core/citations';
import { normalizeText } from '../../../src/core/text/normalize';
import type { DocumentInfo } from '../../../src/core/types';

export const NO_DOCUMENT: DocumentInfo = {
  kind: null,
  letterDate: null,
  dossier: null,
  number: null,
  title: null,
  sender: null,
  addressee: null,
  askers: [],
};

/** Runs the finder on raw text, as `analyze` does (normalize first). */
export function cite(text: string, self: Partial<DocumentInfo> = {}, pageUrl?: string): Citation[] {
  return findCitations(normalizeText(text), { ...NO_DOCUMENT, ...self }, pageUrl);
}

/** What a test compares: the paper id, or `type|dossier|number` when the citation has no single page. */
export function key(c: Pick<Citation, 'id' | 'type' | 'dossier' | 'number'>): string {
  return c.id ?? `${c.type}|${c.dossier}|${c.number}`;
}
