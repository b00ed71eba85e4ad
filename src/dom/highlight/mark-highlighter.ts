import type { Span } from '../../core/types';
import { KAMERLENS_ATTRIBUTE, type ExtractedText, type TextSegment } from '../extract';
import type { Affinity, DomPosition, RangeIndex } from '../range-index';
import type { Highlighter } from './highlighter';
import {
  HIGHLIGHT_CATEGORIES,
  MARK_ATTRIBUTE_VALUE,
  MARK_CATEGORY_ATTRIBUTE,
  type HighlightCategory,
} from './names';
import { ensurePageStyle, removePageStyle } from './page-style';
import type { OffsetLookup } from './text-offsets';

type MarkKind = HighlightCategory | 'current';

/** One piece of a wrapped Text node: a new Text node holding `original.data.slice(from, from + length)`. */
interface Piece {
  node: Text;
  from: number;
}

/** A Text node of the page replaced by pieces (some inside marks); the original is kept to put back. */
interface Wrapped {
  original: Text;
  pieces: Piece[];
  /** The nodes inserted where the original was (marks and plain Text pieces), in order. */
  inserted: Node[];
}

/**
 * The fallback where the Custom Highlight API is missing: the marked characters are wrapped in
 * `<mark data-kamerlens="mark">` elements styled to look like the text around them. Every change
 * unwraps everything and wraps again from the offsets, so marks never nest or pile up, and
 * unwrapping puts the page's ORIGINAL Text nodes back (same objects, same data): the range index
 * built before painting is valid again afterwards. While wrapped, `index` and `offsetAt`
 * translate between the original nodes and the pieces.
 */
export function createMarkHighlighter(
  doc: Document,
  extracted: ExtractedText,
  baseIndex: RangeIndex,
  baseOffsetAt: OffsetLookup,
): Highlighter {
  const segments = extracted.segments;
  const painted = new Map<MarkKind, readonly Span[]>();
  let wrapped: Wrapped[] = [];
  const byOriginal = new Map<Text, Wrapped>();
  const byPiece = new Map<Text, { original: Text; from: number }>();
  let disposed = false;

  const unwrapAll = () => {
    for (const w of wrapped) {
      const first = w.inserted[0];
      const parent = first?.parentNode;
      // The page may have removed the pieces meanwhile; then there is nothing to put back.
      if (first && parent) parent.insertBefore(w.original, first);
      for (const n of w.inserted) n.parentNode?.removeChild(n);
    }
    wrapped = [];
    byOriginal.clear();
    byPiece.clear();
  };

  /** Character ranges per Text node: [from, to) in node offsets, with the kinds marking them. */
  const nodeIntervals = () => {
    const perNode = new Map<Text, { from: number; to: number; kind: MarkKind }[]>();
    for (const [kind, spans] of painted) {
      for (const span of spans) {
        if (!(span.end > span.start)) continue;
        for (let i = firstSegmentEndingAfter(segments, span.start); i < segments.length; i++) {
          const seg = segments[i] as TextSegment;
          if (seg.start >= span.end) break;
          const from = seg.nodeOffset + (Math.max(span.start, seg.start) - seg.start);
          const to = seg.nodeOffset + (Math.min(span.end, seg.end) - seg.start);
          if (to <= from) continue;
          const list = perNode.get(seg.node);
          const item = { from, to, kind };
          if (list) list.push(item);
          else perNode.set(seg.node, [item]);
        }
      }
    }
    return perNode;
  };

  const wrapAll = () => {
    const perNode = nodeIntervals();
    if (perNode.size > 0) ensurePageStyle(doc);
    for (const [original, intervals] of perNode) {
      const parent = original.parentNode;
      if (!parent) continue;
      const data = original.data;
      // Elementary pieces between every interval boundary, each with the set of kinds over it.
      const cuts = new Set<number>([0, data.length]);
      for (const iv of intervals) {
        cuts.add(Math.min(iv.from, data.length));
        cuts.add(Math.min(iv.to, data.length));
      }
      const points = [...cuts].sort((a, b) => a - b);
      const w: Wrapped = { original, pieces: [], inserted: [] };
      const frag = doc.createDocumentFragment();
      for (let i = 0; i + 1 < points.length; i++) {
        const from = points[i] as number;
        const to = points[i + 1] as number;
        if (to <= from) continue;
        const kinds = orderedKinds(
          intervals.filter((iv) => iv.from <= from && iv.to >= to).map((iv) => iv.kind),
        );
        const text = doc.createTextNode(data.slice(from, to));
        w.pieces.push({ node: text, from });
        byPiece.set(text, { original, from });
        if (kinds.length === 0) {
          frag.append(text);
          w.inserted.push(text);
        } else {
          const mark = doc.createElement('mark');
          mark.setAttribute(KAMERLENS_ATTRIBUTE, MARK_ATTRIBUTE_VALUE);
          mark.setAttribute(MARK_CATEGORY_ATTRIBUTE, kinds.join(' '));
          mark.append(text);
          frag.append(mark);
          w.inserted.push(mark);
        }
      }
      parent.replaceChild(frag, original);
      wrapped.push(w);
      byOriginal.set(original, w);
    }
  };

  const repaint = () => {
    if (disposed) return;
    unwrapAll();
    wrapAll();
  };

  /** An original-node position → the piece that holds it now (itself when not wrapped). */
  const toLive = (pos: DomPosition, side: 'start' | 'end'): DomPosition => {
    const w = byOriginal.get(pos.node);
    if (!w) return pos;
    let chosen = w.pieces[0] as Piece;
    for (const p of w.pieces) {
      const end = p.from + p.node.data.length;
      if (
        side === 'start' ? pos.offset >= p.from && pos.offset < end : pos.offset > p.from && pos.offset <= end
      ) {
        chosen = p;
        break;
      }
      if (pos.offset >= end) chosen = p;
    }
    return {
      node: chosen.node,
      offset: Math.max(0, Math.min(chosen.node.data.length, pos.offset - chosen.from)),
    };
  };

  const index: RangeIndex = {
    toDomPosition(offset: number, affinity?: Affinity) {
      const pos = baseIndex.toDomPosition(offset, affinity);
      return pos && wrapped.length ? toLive(pos, affinity === 'backward' ? 'end' : 'start') : pos;
    },
    toRange(start: number, end: number, d?: Document) {
      if (wrapped.length === 0) return baseIndex.toRange(start, end, d);
      const base = baseIndex.toRange(start, end, d);
      if (!base) return null;
      // The base range is over original nodes, some of which are detached now: map both ends.
      const s = toLive({ node: base.startContainer as Text, offset: base.startOffset }, 'start');
      const e = toLive({ node: base.endContainer as Text, offset: base.endOffset }, 'end');
      try {
        const range = (d ?? doc).createRange();
        range.setStart(s.node, s.offset);
        range.setEnd(e.node, e.offset);
        return range;
      } catch {
        return null;
      }
    },
  };

  return {
    kind: 'marks',
    index,
    offsetAt(node, offset) {
      const piece = byPiece.get(node as Text);
      return piece ? baseOffsetAt(piece.original, piece.from + offset) : baseOffsetAt(node, offset);
    },
    paint(category, spans) {
      if (spans.length === 0 && !painted.has(category)) return;
      if (spans.length === 0) painted.delete(category);
      else painted.set(category, [...spans]);
      repaint();
    },
    setCurrent(span) {
      if (!span && !painted.has('current')) return;
      if (span) painted.set('current', [span]);
      else painted.delete('current');
      repaint();
    },
    // Marks are wrapped at once (they change the DOM; half-wrapped text would confuse offsets).
    whenPainted: () => Promise.resolve(),
    dispose() {
      if (disposed) return;
      disposed = true;
      unwrapAll();
      painted.clear();
      removePageStyle(doc);
    },
  };
}

const KIND_ORDER: readonly MarkKind[] = [...HIGHLIGHT_CATEGORIES, 'current'];

function orderedKinds(kinds: MarkKind[]): MarkKind[] {
  return KIND_ORDER.filter((k) => kinds.includes(k));
}

/** Index of the first segment whose end is after `offset` (binary search; segments are sorted). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as TextSegment).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
