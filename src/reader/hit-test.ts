import type { FindingTarget } from './finding-targets';
import { targetsNear } from './finding-targets';

/** A caret position: the node and offset where a click at a point would put the caret. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position under a viewport point: the standard call, or WebKit/Blink's older one. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Some engines throw for points outside the document: nothing is there.
  }
  return null;
}

export interface HitTestDeps {
  targets: readonly FindingTarget[];
  maxLength: number;
  /** DOM point → text offset (the highlighter's `offsetAt`). */
  offsetAt(node: Node, offset: number): number | null;
  /** The target's client rects as painted now (from its Range). */
  rectsOf(target: FindingTarget): ArrayLike<DOMRectReadOnly>;
}

/**
 * The target painted under a viewport point, or null. The caret position gives a text offset
 * (between two characters); the candidate targets around it are confirmed against their
 * painted rectangles, so the pointer at the end of a line or beside a mark opens nothing.
 */
export function hitTest(deps: HitTestDeps, caret: CaretPoint | null, x: number, y: number): number | null {
  if (!caret) return null;
  const offset = deps.offsetAt(caret.node, caret.offset);
  if (offset === null) return null;
  for (const i of targetsNear(deps.targets, offset, deps.maxLength)) {
    const rects = deps.rectsOf(deps.targets[i] as FindingTarget);
    for (let k = 0; k < rects.length; k++) {
      const r = rects[k] as DOMRectReadOnly;
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
    }
  }
  return null;
}
