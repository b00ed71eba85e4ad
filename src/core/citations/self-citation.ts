import type { DocumentInfo } from '../types';
import type { CitedPaperRef } from './types';

/** The paper's own dossier and number, compared the way ids are written (`36200-X`, `b` = `B`). */
function sameKamerstuk(ref: CitedPaperRef, self: DocumentInfo): boolean {
  if (ref.type !== 'kamerstuk' || !self.dossier || !self.number || !ref.dossier || !ref.number) return false;
  const norm = (s: string): string => s.replace(/\s+/g, '').toUpperCase();
  return norm(ref.dossier) === norm(self.dossier) && norm(ref.number) === norm(self.number);
}

/**
 * An answer to written questions opens with `(ontvangen 1 juli 2021). Zie ook Aanhangsel Handelingen, …`:
 * that Aanhangsel number is the answer's own publication (letters 13 and 14 of the corpus).
 */
const ANSWER_HEAD = /\(ontvangen[^()\n]{0,40}\)\.?\s{0,4}Zie ook\s{0,4}$/;
const ZIE_OOK = /Zie ook\s{0,4}$/;

export function isSelfCitation(ref: CitedPaperRef, self: DocumentInfo, text: string, start: number): boolean {
  if (sameKamerstuk(ref, self)) return true;
  if (ref.type !== 'aanhangsel') return false;
  const before = text.slice(Math.max(0, start - 80), start);
  return ANSWER_HEAD.test(before) || (self.kind === 'antwoord schriftelijke vragen' && ZIE_OOK.test(before));
}
