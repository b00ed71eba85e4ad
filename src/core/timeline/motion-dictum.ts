import { danglingStart } from './dangling';
import { LABEL_STRETCH, MAX_LABEL, collapseRange } from './label-chars';

/**
 * A motion asks in its dictum, `verzoekt de regering, …`, and its layout puts a comma after the opening of the
 * request. That comma bounds no clause of its own: a date's clause after it, `verzoekt de regering tevens, de Kamer
 * hierover voor het zomerreces van 2013 te informeren,` (1009), gave `…de Kamer hierover te informeren`, which said
 * nothing of who asked whom. Where the request fits a label whole with its opening, the label is `Verzoekt de
 * regering tevens, de Kamer hierover te informeren`; a longer one keeps its words for what is asked.
 */

/** The opening of a request, and the white space after it, up to its comma. */
const OPENING = String.raw`(?:verzoekt|roept|draagt)\s+(?:de\s+regering|(?:het|dit)\s+(?:demissionaire\s+)?kabinet|de\s+minister|de\s+staatssecretaris|de\s+voorzitter)(?:\s+(?:tevens|voorts|niettemin|ook|daarnaast))?(?:\s+(?:om|op))?\s*`;
/** OPENING at the end of a stretch, after its start or a `;`, `:` or line break (and white space). */
const OPENING_BEFORE_COMMA = new RegExp(String.raw`(?:^|[;:\n])\s*(${OPENING})$`, 'i');
/**
 * How far before its comma an opening is read: the longest, `verzoekt het demissionaire kabinet niettemin om`, and
 * room.
 */
const OPENING_REACH = 64;
/** The words an opening ends on: a comma after any other word is ruled out before the regex runs. */
const LAST_WORDS: ReadonlySet<string> = new Set(
  'regering kabinet minister staatssecretaris voorzitter tevens voorts niettemin ook daarnaast om op'.split(
    ' ',
  ),
);

/**
 * Where the opening of a motion's request starts that the `,` at `comma` closes, within text[start, comma), where the
 * date's clause after it, text[comma + 1, right) without the date at [ds, de), fits a label whole with it; else -1.
 */
export function dictumStart(
  text: string,
  start: number,
  comma: number,
  ds: number,
  de: number,
  right: number,
): number {
  if (text.charCodeAt(comma) !== 0x2c) return -1;
  let k = comma;
  while (k > start && /\p{L}/u.test(text[k - 1] as string)) k--;
  if (!LAST_WORDS.has(text.slice(k, comma).toLowerCase())) return -1;
  const from = Math.max(start, comma - OPENING_REACH);
  const m = OPENING_BEFORE_COMMA.exec(text.slice(from, comma));
  // `^` stands for the stretch's start only where the slice starts there.
  if (m === null || (from > start && m.index === 0 && !/[;:\n]/.test(m[0].charAt(0)))) return -1;
  const opening = from + m.index + m[0].length - (m[1] as string).length;
  // Without the preposition before the date, which the label leaves out (see `danglingStart`).
  const before = collapseRange(text, opening, ds);
  const length =
    danglingStart(before, 0, before.length, text, ds, de) + 1 + collapseRange(text, de, right).length;
  return length <= MAX_LABEL + LABEL_STRETCH ? opening : -1;
}
