/**
 * The parts of an amendment: each change it proposes stands under a roman numeral on a line of its own (`De
 * ondergetekende stelt het volgende amendement voor:` / `I` / `Artikel XL vervalt.` / `II` / …, 780). The numerals
 * are the amendment's sections, but the heading rules can't take them all: `I` and `V` are shorter than a heading and
 * `I` follows the colon of the formula, so `II` and `III` were headings and `I` was not.
 */
import { type Line, MAX_RULE_LINE } from './lines';
import type { LineEntry } from './question-shapes';

/** The title over the amendment's explanation: the parts stand before it, its movers sign under it (`motion-signers.ts`). */
export const EXPLANATION = /^Toelichting$/;

const NUMERALS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
];

/**
 * The numerals of an amendment's parts at or after line `from`, up to its explanation: the lines that are the next
 * numeral of the row and nothing else (`I`, `II`, …). A numeral out of turn (a quoted law's own `II`) is no part.
 */
export function findAmendmentParts(lines: readonly Line[], from: number): LineEntry[] {
  const parts: LineEntry[] = [];
  for (let i = from; i < lines.length && parts.length < NUMERALS.length; i++) {
    const line = lines[i] as Line;
    const t = line.text.slice(0, MAX_RULE_LINE);
    if (EXPLANATION.test(t)) break;
    if (t !== NUMERALS[parts.length]) continue;
    parts.push({ level: 1, kind: 'heading', title: t, start: line.contentStart, line: i });
  }
  return parts;
}
