import { isUpper } from '../text/chars';
import { NO_LAST_WORDS } from './function-words';

/**
 * Reading the words of a tidy string (words between single spaces): where a word ends, whether it is a day of the
 * month, whether it can be part of a name.
 */

/**
 * Is s[start, end) a word of a name: capitalised, not a function word (`Het`, `Op`, a sentence's first word), and
 * not ending its clause or a bracket (`Curaçao,`, `(NAR)`, `Kamer.`)?
 */
export function isNameWord(s: string, start: number, end: number): boolean {
  if (end <= start || !isUpper(s.charCodeAt(start))) return false;
  const word = s.slice(start, end);
  if (NO_LAST_WORDS.has(word.toLowerCase())) return false;
  const last = s.charCodeAt(end - 1);
  return !isClauseMarkOrSpace(last) && last !== 0x29 && last !== 0x2e;
}

/** `,` `;` `:` or a space. */
export function isClauseMarkOrSpace(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x20;
}

/** A day of the month, or two (`20–21`). */
const DAY = /^\d{1,2}(?:[–-]\d{1,2})?$/;

export function isDay(word: string): boolean {
  return DAY.test(word);
}

/** The end of the word that starts at `from`: its next space, or the end of `s`. */
export function wordEnd(s: string, from: number): number {
  const e = s.indexOf(' ', from);
  return e < 0 ? s.length : e;
}

/** The word that ends at `end`: from just after the space before it, or the start of `s`. */
export function wordBefore(s: string, end: number): string {
  return s.slice(s.lastIndexOf(' ', end - 1) + 1, end);
}
