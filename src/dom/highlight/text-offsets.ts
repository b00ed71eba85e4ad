import type { ExtractedText, TextSegment } from '../extract';

/** A DOM point (a caret position, a selection end) → offset into the extracted text. */
export type OffsetLookup = (node: Node, offset: number) => number | null;

const TEXT_NODE = 3;

/**
 * The inverse of the range index: which text offset a caret in a Text node stands for. Built
 * once per page (one pass over the segments) at its first lookup, not when it is made: it is made
 * in the task that paints a long paper's marks, where that pass over a megabyte's segments took
 * a third of the task, and only a pointer or a selection in the text ever asks. A lookup is a
 * binary search in the node's segments. Points in collapsed whitespace that produced no character
 * snap to the next real character.
 */
export function createOffsetLookup(extracted: ExtractedText): OffsetLookup {
  let byNode: Map<Text, TextSegment[]> | null = null;
  const segmentsByNode = (): Map<Text, TextSegment[]> => {
    if (byNode) return byNode;
    byNode = new Map();
    for (const seg of extracted.segments) {
      const list = byNode.get(seg.node);
      if (list) list.push(seg);
      else byNode.set(seg.node, [seg]);
    }
    return byNode;
  };
  // Segments of one node come in document order, so their node offsets are sorted too.
  return (node, offset) => {
    if (node.nodeType !== TEXT_NODE || !Number.isFinite(offset)) return null;
    const segs = segmentsByNode().get(node as Text);
    if (!segs) return null;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((segs[mid] as TextSegment).nodeOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return (segs[0] as TextSegment).start;
    const seg = segs[found] as TextSegment;
    const into = offset - seg.nodeOffset;
    if (into <= seg.end - seg.start) return seg.start + into;
    const next = segs[found + 1];
    return next ? next.start : seg.end;
  };
}
