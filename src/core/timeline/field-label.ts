import type { Span } from '../types';
import { lastNonBlankBefore } from './label-chars';

/**
 * The label of a date that is the value of a lettered field, alone on its line below the field's name: a BNC fiche's
 * `• b) Datum ontvangst Commissiedocument` above `24 oktober 2018` (662, 2483). The date's sentence is the date
 * alone, and so was its label; the field's name says what the date is.
 */
export function fieldLabel(original: string, date: Span): string | null {
  // Most dates do not open their line: ruled out by the character before their white space first.
  const k = lastNonBlankBefore(original, date.start);
  if (k < 0 || original.charCodeAt(k) !== 0x0a) return null;
  if (!ALONE_AFTER.test(original.slice(date.end, date.end + 8))) return null;
  // The last line with words above, over blank lines.
  const above = original.slice(Math.max(0, k - FIELD_REACH), k).trimEnd();
  const field = FIELD_LINE.exec(above.slice(above.lastIndexOf('\n') + 1));
  return field ? (field[1] as string) : null;
}

/** Nothing but white space after the date on its line. */
const ALONE_AFTER = /^[^\S\n]*(?:\r?\n|$)/;
/** How far above the date its field's line is looked for: the line and blank lines. */
const FIELD_REACH = 200;
/**
 * A lettered field's line: a bullet if any, a small letter and `)`, and a name of words without a sentence's end or a
 * clause mark (group 1), at most 80 characters (a label's length).
 */
const FIELD_LINE = /^[^\S\n]*(?:[•·▪◦–-][^\S\n]+)?[a-z]\)[^\S\n]+(\p{Lu}[^.;:!?\n]{2,79})$/u;
