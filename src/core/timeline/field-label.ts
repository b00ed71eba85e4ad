import type { Span } from '../types';
import { lastNonBlankBefore, lineBefore } from './label-chars';

/**
 * The label of a date that is the value of a lettered field, alone on its line below the field's name: a BNC fiche's
 * `• b) Datum ontvangst Commissiedocument` above `24 oktober 2018` (662, 2483). The date's sentence is the date
 * alone, and so was its label; the field's name says what the date is.
 */
export function fieldLabel(original: string, date: Span): string | null {
  const line = lineAboveLoneDate(original, date, FIELD_REACH);
  const field = line === null ? null : FIELD_LINE.exec(line);
  return field ? (field[1] as string) : null;
}

/**
 * The last line with words above `date`, over blank lines and at most `reach` characters back, where `date` stands
 * alone on its line; else null. What names a date that is a line's only words: a field's name, a report's heading (see
 * `meetingLineLabel`).
 */
export function lineAboveLoneDate(original: string, date: Span, reach: number): string | null {
  // Most dates do not open their line: ruled out by the character before their white space first.
  const k = lastNonBlankBefore(original, date.start);
  if (k < 0 || original.charCodeAt(k) !== 0x0a) return null;
  if (!ALONE_AFTER.test(original.slice(date.end, date.end + 8))) return null;
  return lineBefore(original, k, reach);
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
