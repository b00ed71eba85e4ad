/** Where a popover goes: the boxes of the text it is about, and the room the open sidebar leaves it. */
import type { Box } from '../ui/popover/position';
import { HOST_TAG } from './sidebar-controller';

/** The client rectangles of `range` (one per line), without the empty ones. */
export function toBoxes(range: Range | null): Box[] {
  const rects = range?.getClientRects?.();
  const out: Box[] = [];
  if (!rects) return out;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRectReadOnly;
    if (r.width > 0 || r.height > 0) out.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
  }
  return out;
}

/**
 * The left edge of the open sidebar (popovers stay clear of it), or Infinity. Read from its host's
 * open shadow root: the landmark it renders, whatever else changes inside.
 */
export function sidebarLeft(doc: Document): number {
  try {
    const aside = doc.querySelector(HOST_TAG)?.shadowRoot?.querySelector('[role="complementary"]');
    const r = aside?.getBoundingClientRect();
    // Only a sidebar at the right edge narrows the room; on a narrow screen it covers everything.
    return r && r.width > 0 && r.left > 320 ? r.left : Infinity;
  } catch {
    return Infinity;
  }
}
