/**
 * Core offsets → DOM positions and Ranges, the one place where findings meet the page
 * (highlighting, scrolling). Offsets are into `ExtractedText.text`.
 *
 * Offsets on synthesized characters (inserted line breaks, cell tabs) have no node: they snap
 * to the nearest real text, forward for the start of a range and backward for its end, so a
 * range never begins or ends in a gap and never grows beyond the text it stands for.
 */
import type { ExtractedText, TextSegment } from './extract';

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Which way an offset on a synthesized character snaps. `nearest` breaks ties forward. */
export type Affinity = 'forward' | 'backward' | 'nearest';

export interface RangeIndex {
  /** The DOM position of the character at `offset` (or just after the text, for `text.length`). Null only when there is no text. */
  toDomPosition(offset: number, affinity?: Affinity): DomPosition | null;
  /** A Range over `[start, end)`, or null when that span holds no real text. */
  toRange(start: number, end: number, doc?: Document): Range | null;
}

export function createRangeIndex(extracted: ExtractedText): RangeIndex {
  const segments = extracted.segments;
  const textLength = extracted.text.length;

  /** Index of the last segment with `start <= offset`, or -1. */
  const segmentAtOrBefore = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((segments[mid] as TextSegment).start <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  const startOf = (seg: TextSegment): DomPosition => ({ node: seg.node, offset: seg.nodeOffset });
  const endOf = (seg: TextSegment): DomPosition => ({
    node: seg.node,
    offset: seg.nodeOffset + (seg.end - seg.start),
  });

  const toDomPosition = (rawOffset: number, affinity: Affinity = 'nearest'): DomPosition | null => {
    if (segments.length === 0) return null;
    const offset = clamp(rawOffset, 0, textLength);
    const i = segmentAtOrBefore(offset);
    const before = i >= 0 ? (segments[i] as TextSegment) : undefined;
    if (before && offset < before.end) {
      return { node: before.node, offset: before.nodeOffset + (offset - before.start) };
    }
    // In a gap (or past the end): the end of the previous segment or the start of the next one.
    const after = segments[i + 1];
    if (!before) return startOf(after as TextSegment);
    if (!after) return endOf(before);
    if (affinity === 'backward') return endOf(before);
    if (affinity === 'forward') return startOf(after);
    return offset - before.end < after.start - offset ? endOf(before) : startOf(after);
  };

  const toRange = (rawStart: number, rawEnd: number, doc?: Document): Range | null => {
    if (segments.length === 0 || !Number.isFinite(rawStart) || !Number.isFinite(rawEnd)) return null;
    let start = clamp(rawStart, 0, textLength);
    let end = clamp(rawEnd, 0, textLength);
    if (end < start) [start, end] = [end, start];
    // First real character at or after `start`, last real character before `end`.
    const first = segmentAtOrBefore(start);
    const startSeg = first >= 0 && start < (segments[first] as TextSegment).end ? first : first + 1;
    const endSeg = segmentAtOrBefore(end - 1);
    if (startSeg >= segments.length || endSeg < 0 || endSeg < startSeg) return null;
    const s = segments[startSeg] as TextSegment;
    const e = segments[endSeg] as TextSegment;
    const startPos = { node: s.node, offset: s.nodeOffset + (Math.max(start, s.start) - s.start) };
    const endPos = { node: e.node, offset: e.nodeOffset + (Math.min(end, e.end) - e.start) };
    if (startSeg === endSeg && endPos.offset <= startPos.offset) return null;
    const owner = doc ?? s.node.ownerDocument;
    if (!owner || typeof owner.createRange !== 'function') return null;
    try {
      const range = owner.createRange();
      range.setStart(startPos.node, startPos.offset);
      range.setEnd(endPos.node, endPos.offset);
      return range;
    } catch {
      // The page changed under us (node removed or shortened): no range rather than a wrong one.
      return null;
    }
  };

  return { toDomPosition, toRange };
}

function clamp(n: number, lo: number, hi: number): number {
  if (Number.isNaN(n)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(n)));
}
