import type { Span } from '../types';

/**
 * Text normalized for analysis, with a map back to the original text.
 *
 * Every module of the core searches `text`, then reports findings through `spanToOriginal`,
 * so the extension and the CLI always speak in offsets of the text they handed in.
 */
export interface NormalizedText {
  /** The text as given. */
  readonly original: string;
  /** The normalized text: what the finders search. Line breaks are kept (`\n`). */
  readonly text: string;
  /** Original offset of normalized offset `i` (0 ≤ i ≤ text.length). */
  toOriginal(i: number): number;
  /** Original span of the normalized span [start, end). */
  spanToOriginal(start: number, end: number): Span;
  /** Footnote markers glued to words or numbers (`uitwerking.1`, `20211`), removed from `text`; original offsets. */
  readonly footnoteMarkers: readonly FootnoteMarker[];
}

export interface FootnoteMarker extends Span {
  /** The marker as written: `1`, `12`. */
  label: string;
}

/**
 * Builds a NormalizedText. A first, minimal pass: odd spaces become plain spaces and line-end
 * hyphenation is joined. (Refined by the text-layer work: footnote markers, ligatures, soft hyphens.)
 */
export function normalizeText(original: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    let ch = original[i] as string;
    if (ch === '\r') continue;
    if (ch === '\u00a0' || ch === '\u2007' || ch === '\u202f' || ch === '\t') ch = ' ';
    out.push(ch);
    map.push(i);
  }
  map.push(original.length);
  const text = out.join('');
  return {
    original,
    text,
    footnoteMarkers: [],
    toOriginal: (i) => map[Math.max(0, Math.min(i, map.length - 1))] as number,
    spanToOriginal(start, end) {
      const s = map[Math.max(0, Math.min(start, map.length - 1))] as number;
      // `end` is exclusive: map the last included character and step past it.
      const e = end > start ? (map[Math.min(end - 1, map.length - 1)] as number) + 1 : s;
      return { start: s, end: e };
    },
  };
}
