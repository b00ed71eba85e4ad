import { isLetter } from '../text/chars';
import type { Span } from '../types';

/**
 * A label's stretch of text without the footnote markers glued to its words (`toestuurde1`, `(CU)1`), with the map
 * back to the original offsets. A marker between two words becomes the space it took (`toegezegd3om`).
 */

/**
 * Footnote markers glued to a word or number (`toestuurde1`, `(CU)1`) are no part of a label: the label
 * is made from its stretch without them. `markers` are sorted by start.
 */
export class WithoutMarkers {
  readonly text: string;
  /** Where each left-out marker started, and how long it was (original offsets, ascending). */
  private readonly cuts: number[] = [];
  private readonly lengths: number[] = [];

  /** text[from, to) without the markers from index `k` on. */
  constructor(
    original: string,
    private readonly from: number,
    to: number,
    markers: readonly Span[],
    k: number,
  ) {
    const parts: string[] = [];
    let at = from;
    for (let i = k; i < markers.length; i++) {
      const m = markers[i] as Span;
      if (m.start >= to) break;
      const a = Math.max(at, m.start);
      const b = Math.min(to, m.end);
      if (b <= a) continue;
      parts.push(original.slice(at, a));
      // A marker that glued two words (`toegezegd3om`, 188) leaves the space it took, as the normalizer does.
      const glued =
        a === m.start &&
        b === m.end &&
        isLetter(original.charCodeAt(a - 1)) &&
        isLetter(original.charCodeAt(b));
      if (glued) parts.push(' ');
      this.cuts.push(a);
      this.lengths.push(glued ? b - a - 1 : b - a);
      at = b;
    }
    parts.push(original.slice(at, to));
    this.text = parts.join('');
  }

  /** The offset in `text` of original offset `i` (a place inside a marker goes to where it was). */
  at(i: number): number {
    let out = i - this.from;
    for (let x = 0; x < this.cuts.length; x++) {
      const cut = this.cuts[x] as number;
      if (cut >= i) break;
      out -= Math.min(this.lengths[x] as number, i - cut);
    }
    return out;
  }
}

/** original[from, to) without its footnote markers, or null when none lies in it. */
export function withoutMarkersIn(
  original: string,
  from: number,
  to: number,
  markers: readonly Span[],
): WithoutMarkers | null {
  const k = firstMarkerAfter(markers, from);
  return k < markers.length && (markers[k] as Span).start < to
    ? new WithoutMarkers(original, from, to, markers, k)
    : null;
}

/** The index of the first marker that ends after `from` (markers sorted by start, none overlapping). */
function firstMarkerAfter(markers: readonly Span[], from: number): number {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((markers[mid] as Span).end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const NO_MARKERS: readonly Span[] = [];
