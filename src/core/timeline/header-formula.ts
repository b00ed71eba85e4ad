import { isWhiteSpace } from '../text/chars';
import type { Span } from '../types';

/** `(ingezonden ` or `(ontvangen ` right before a date, as the header of written questions has them. */
const FORMULA_BEFORE = /\((ingezonden|ontvangen)\s+$/;
/**
 * The head of written questions, their answer or a notice that the answer is late, at the start of a line:
 * `Vragen van de leden Leijten en Van Nispen (beiden SP) aan de Minister van …`, `Antwoord van Minister
 * Ollongren (…), mede namens de Minister-President`, `Mededeling van …`, `Nader antwoord van …`. The last one
 * before the date, with no blank line between.
 */
const FORMULA_HEAD =
  /(?:^|\n)[^\S\n]*(Vragen|Antwoord(?:en)?|Nader antwoord|Aanvullend antwoord|Mededeling) van\s/gu;
/** A blank line. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** How far before its date the head of a formula is looked for (the longest heads list many members). */
const FORMULA_REACH = 700;

/**
 * The label of a date in the header formula of written questions, `(ingezonden 30 april 2021)` or
 * `(ontvangen 1 juli 2021)`: the head's first words and the formula's, `Vragen ingezonden`, `Antwoord
 * ontvangen`. The clause around such a date is the whole header, which a label cut to size made into
 * `…soepeler omgang met het contact tussen ambtenaren en Kamerleden (ingezonden)` or `…Zaken en
 * Koninkrijksrelaties), mede namens de Minister-President (ontvangen)` (13). Null for any other date.
 */
export function headerFormulaLabel(original: string, sentence: Span, date: Span): string | null {
  // Most dates have no formula: ruled out by the character before their white space (`ingezonden` and
  // `ontvangen` end with `n`) before any string is cut out.
  let k = date.start - 1;
  if (!isWhiteSpace(original.charCodeAt(k))) return null;
  while (k > 0 && isWhiteSpace(original.charCodeAt(k))) k--;
  if (original.charCodeAt(k) !== 0x6e) return null;
  const formula = FORMULA_BEFORE.exec(original.slice(Math.max(0, date.start - 40), date.start));
  if (!formula) return null;
  k = date.end;
  while (k < original.length && isWhiteSpace(original.charCodeAt(k))) k++;
  if (original.charCodeAt(k) !== 0x29) return null;
  // Not from the sentence's start: `(Binnenlandse Zaken en Koninkrijksrelaties a.i.) (ontvangen 6 april
  // 2011)` (2004) has a sentence end in it.
  const from = Math.max(0, date.start - FORMULA_REACH);
  const before = original.slice(from, date.start - formula[0].length);
  let head: RegExpExecArray | null = null;
  FORMULA_HEAD.lastIndex = 0;
  for (let m = FORMULA_HEAD.exec(before); m; m = FORMULA_HEAD.exec(before)) head = m;
  if (!head || BLANK_LINE.test(before.slice(head.index + 1))) return null;
  return `${head[1] as string} ${formula[1] as string}`;
}
