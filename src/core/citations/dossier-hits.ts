import { isDigit } from '../text/chars';

/**
 * The one candidate scan the Kamerstuk parsers share.
 *
 * Every Kamerstuk form holds a five-digit dossier number: `Kamerstuk 29 521, nr. 446`, bare
 * `(28 676, nr. 71)`, `kst-29279-874`, compact `34300-VII-60`, `t.v.v. 19637-3370`. Digits are rare
 * in a letter, so one global scan for such numbers (about a third of a plain regex pass) finds every
 * place those parsers can match; each parser then checks a few code units around a hit instead of
 * scanning the whole text for its own keyword (`Kamerstuk`, `kst-`, `t.v.v.`, a hyphen).
 *
 * The hits do not hide one another: a hit is a digit run that starts after a non-digit, and the
 * only position inside a hit (`29 521`) after a non-digit is the digit after the space, which
 * starts a run of three digits, never five. So every position where a dossier pattern of the
 * parsers can start (always after a non-digit) is the start of a hit.
 */
const DOSSIER_DIGITS = /(?<!\d)[1-3]\d[ \u00a0]?\d{3}(?!\d)/g;

/** Starts of the five-digit numbers (`29521`, `29 521`), ascending. */
export function dossierHits(text: string): number[] {
  const out: number[] = [];
  DOSSIER_DIGITS.lastIndex = 0;
  for (let m = DOSSIER_DIGITS.exec(text); m; m = DOSSIER_DIGITS.exec(text)) out.push(m.index);
  return out;
}

/** True when the hit at `start` is written without a space (`29521`, not `29 521`). */
export function isSolidHit(text: string, start: number): boolean {
  return isDigit(text.charCodeAt(start + 2));
}

/** End of the hit at `start`. */
export function hitEnd(text: string, start: number): number {
  return start + (isSolidHit(text, start) ? 5 : 6);
}
