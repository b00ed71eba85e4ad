import type { DocumentInfo } from '../types';
import { isWhiteSpace } from '../text/chars';
import type { CitedPaperRef } from './types';

/** Compared the way ids are written: without white space, upper case (`36200-X`, `b` = `B`). */
function norm(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (isWhiteSpace(s.charCodeAt(i))) return s.replace(/\s+/g, '').toUpperCase();
  }
  return s.toUpperCase();
}

/**
 * An answer to written questions opens with `(ontvangen 1 juli 2021). Zie ook Aanhangsel Handelingen, …`:
 * that Aanhangsel number is the answer's own publication (letters 13 and 14 of the corpus). When a notice of
 * delay came first, its line comes first too, and the answer's own is the last (139).
 */
const ANSWER_HEAD = /\(ontvangen[^()\n]{0,40}\)\.?\s{0,4}Zie ook\s{0,4}$/;
const ZIE_OOK = /Zie ook\s{0,4}$/;

/** Whether a cited paper (of the citation at `start`) is the document itself. */
export type SelfTest = (ref: CitedPaperRef, text: string, start: number) => boolean;

/** The Aanhangsel number in a page address: `…/ah-tk-20192020-3062.html` → `3062`. */
const AANHANGSEL_URL = /\bah-(?:tk|ek)-\d{8}-(\d{1,5})\b/;

/**
 * The self test for a document; its own dossier and number are normalized once. On an Aanhangsel page
 * (`pageUrl`) its own number is in the address, and only that number is the page itself: a `Zie ook`
 * line with another number is the notice that the answer would come later (147).
 */
export function selfCitationTest(self: DocumentInfo, pageUrl?: string): SelfTest {
  const dossier = self.dossier ? norm(self.dossier) : null;
  const number = self.number ? norm(self.number) : null;
  const answer = self.kind === 'antwoord schriftelijke vragen';
  const ownAanhangsel = pageUrl ? (AANHANGSEL_URL.exec(pageUrl)?.[1] ?? null) : null;
  return (ref, text, start) => {
    if (ownAanhangsel !== null && ref.type === 'aanhangsel') return ref.number === ownAanhangsel;
    if (
      ref.type === 'kamerstuk' &&
      dossier !== null &&
      number !== null &&
      ref.dossier &&
      ref.number &&
      norm(ref.dossier) === dossier &&
      norm(ref.number) === number
    )
      return true;
    if (ref.type !== 'aanhangsel') return false;
    const before = text.slice(Math.max(0, start - 80), start);
    if (!ANSWER_HEAD.test(before) && !(answer && ZIE_OOK.test(before))) return false;
    // `Zie ook … nr. 1217. Zie ook … nr. 2162.` (139): the last is the answer; those before it, the
    // notices that the answer would come later.
    return !ANOTHER_ZIE_OOK.test(text.slice(start, start + 160));
  };
}

const ANOTHER_ZIE_OOK = /\.\s{0,4}Zie ook\s{0,4}Aanhangsel/;
