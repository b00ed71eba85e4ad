/**
 * The Dutch month names a paper's head writes, shared by the detector (which reads the letter's date) and the
 * outline (which ends the head block at the date line), so that both take the same words for months; and the
 * weekday names, shared by the detector and the date finder.
 */
import { FULL_MONTH_NAMES } from './month-names';

export { FULL_MONTH_NAMES };

/** The month names as a regex alternation, without the abbreviations: `17 maart`, not `17 mrt`. */
export const FULL_MONTH_ALTERNATION = FULL_MONTH_NAMES.join('|');

/** Month names and the abbreviations the sites print (`3 jul 2025`), lower case → month number. */
export const DUTCH_MONTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(FULL_MONTH_NAMES.map((name, i) => [name, i + 1])),
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

/** Is `word` a month's name or its abbreviation (see DUTCH_MONTHS), in any case? */
export function isDutchMonth(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(DUTCH_MONTHS, word.toLowerCase());
}

// Longest names first so the alternation never stops at an abbreviation (`sept` before `sep`).
export const MONTH_ALTERNATION = Object.keys(DUTCH_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The weekday names, in the order of `Date#getUTCDay` (0 = Sunday). */
export const DUTCH_WEEKDAYS: readonly string[] = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
];
