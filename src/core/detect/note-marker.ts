import type { NormalizedText } from '../text/normalize';
import { isDutchMonth } from '../text/dutch-months';
import type { Span } from '../types';

/**
 * A footnote marker glued to the number line: page text keeps a `<sup>` as plain digits, so paper 4 with note 1
 * reads `nr. 41` (1396, a motion reprinted `I.v.m. wijziging in motiekop`), paper 15 `nr. 151` (794), paper 5
 * `nr. 51` (2611). The page's address names the paper; without one (the CLI on a bare text) only the text can tell,
 * and a real paper 41 must stay 41. A text's notes are numbered in the order their markers stand, so the number
 * line's last digit is note 1 when all of these hold:
 *
 * - the text has a note 1: its first marker the normalizer found (`Wetenschappen2`, 2611) is note 2, or it found
 *   none and the notes at the foot are note 1 alone (`XNoot` / `1` / `I.v.m. …`, 1396, 794);
 * - nothing else can be note 1's marker: the normalizer found no marker 1, and from the text's start to its first
 *   marker (or to the foot) no run of digits ends in 1, other than the number line's own number, a grouped
 *   number's last three digits (the dossier `27 841`: a note would make the group four) and a date's year
 *   (`10 december 2001`: a note would make it five digits). A marker the normalizer does not take, `van DUO1` (2694,
 *   paper 341), or takes as a year's note, `in 20401` (2870, paper 191), keeps the number as printed.
 *
 * Only note 1, the first, and only on a number of two digits or more.
 */
export function numberWithoutNoteMarker(text: NormalizedText, nr: { number: string; span: Span }): string {
  const printed = PRINTED_NUMBER.exec(text.text.slice(nr.span.start, nr.span.end));
  if (!printed || printed[1] !== nr.number || !/^\d+1$/.test(nr.number)) return nr.number;
  const markers = text.footnoteMarkers ?? [];
  if (markers.some((m) => m.label === '1')) return nr.number;
  const first = markers.reduce<(typeof markers)[number] | undefined>(
    (a, m) => (a === undefined || m.start < a.start ? m : a),
    undefined,
  );
  const own = text.spanToOriginal(nr.span.start, nr.span.end);
  let end: number;
  if (first) {
    // Note 2 above the number line puts note 1 above it as well.
    if (first.label !== '2' || first.start < own.end) return nr.number;
    end = first.start;
  } else {
    const foot = footWithNoteOneAlone(text.text);
    if (foot === null) return nr.number;
    end = text.toOriginal(foot);
  }
  return onlyOwnNumberEndsInOne(text.original, end, own) ? nr.number.slice(0, -1) : nr.number;
}

/** The number line's opening as detection reads it: `nr. 41`, `Nr. 151`, `BZ/ Nr. 140`. */
const PRINTED_NUMBER = /^(?:[A-Z]{1,3}\/\s?)?[Nn]r\.\s?(\d{1,5})\s*$/;

/** The notes at a zoek page's foot, each `XNoot` / its number / its text. */
const NOTE_HEAD = /^XNoot[ \t]*\n\s*(\d{1,3})[ \t]*$/gm;

/** Where the foot's notes begin, when they are note 1 alone; else null. */
function footWithNoteOneAlone(text: string): number | null {
  NOTE_HEAD.lastIndex = 0;
  const first = NOTE_HEAD.exec(text);
  if (!first || first[1] !== '1') return null;
  return NOTE_HEAD.exec(text) === null ? first.index : null;
}

/** Does no run of digits in original[0, end) end in 1, but the number line's own and the whole ones above? */
function onlyOwnNumberEndsInOne(original: string, end: number, own: Span): boolean {
  const digits = /\d+/g;
  const window = original.slice(0, end);
  for (let m = digits.exec(window); m; m = digits.exec(window)) {
    const run = m[0];
    if (!run.endsWith('1')) continue;
    if (m.index >= own.start && m.index < own.end) continue;
    if (lastGroupOfNumber(window, m.index, run) || yearOfDate(window, m.index, run)) continue;
    return false;
  }
  return true;
}

/** Three digits after a digit and a space or period: the last group of a grouped number (`27 841`, `1.251`). */
function lastGroupOfNumber(s: string, at: number, run: string): boolean {
  return run.length === 3 && at >= 2 && /[ .]/.test(s.charAt(at - 1)) && /\d/.test(s.charAt(at - 2));
}

/** A year after a month name: `10 december 2001`, also across a line break. */
function yearOfDate(s: string, at: number, run: string): boolean {
  if (!/^(?:19|20)\d\d$/.test(run)) return false;
  const before = /(\p{L}+)\.?\s+$/u.exec(s.slice(Math.max(0, at - 20), at));
  return before !== null && isDutchMonth(before[1] as string);
}
