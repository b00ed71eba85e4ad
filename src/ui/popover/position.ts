/** Where a popover goes: beside the marked text, never over it, inside the viewport. */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Below or above the anchor. */
  side: 'below' | 'above';
  /** Set when neither side has room for the whole popover: it scrolls within this height. */
  maxHeight: number | null;
}

export interface PlaceInput {
  /** The marked text's rectangles (one per line), viewport coordinates. */
  anchor: readonly Box[];
  /** The popover's natural size. */
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Distance kept from the viewport edges. */
  margin?: number;
  /** Distance between the text and the popover. */
  gap?: number;
}

/**
 * Below the anchor when it fits, else above (flipping at the bottom edge); when neither fits,
 * on the roomier side with a height limit. Horizontally it starts at the anchor's first line and
 * shifts left at the right edge. The anchor's whole box (all lines) stays uncovered. An anchor
 * scrolled out of the viewport counts as lying at the edge it left by: the popover the reader
 * works in (focus inside) stays in view there, and follows its text again when it comes back.
 */
export function placePopover(input: PlaceInput): Placement {
  const margin = input.margin ?? 8;
  const gap = input.gap ?? 6;
  const { width, height } = input.size;
  const vw = Math.max(0, input.viewport.width);
  const vh = Math.max(0, input.viewport.height);
  const rects = input.anchor.length ? input.anchor : [{ top: 0, left: 0, bottom: 0, right: 0 }];
  // Clamped so that a popover beside it keeps the margin from the viewport's edge.
  const edge = (y: number) => Math.min(Math.max(y, margin - gap), vh - margin + gap);
  const top = edge(Math.min(...rects.map((r) => r.top)));
  const bottom = edge(Math.max(...rects.map((r) => r.bottom)));
  const first = rects[0] as Box;

  const below = vh - bottom - gap - margin;
  const above = top - gap - margin;
  let side: Placement['side'];
  let maxHeight: number | null = null;
  if (height <= below) side = 'below';
  else if (height <= above) side = 'above';
  else {
    side = below >= above ? 'below' : 'above';
    maxHeight = Math.max(0, side === 'below' ? below : above);
  }
  const shown = maxHeight ?? height;
  const y = side === 'below' ? bottom + gap : top - gap - shown;

  let x = first.left;
  if (x + width > vw - margin) x = vw - margin - width;
  x = Math.max(margin, x);
  return { top: Math.round(y), left: Math.round(x), side, maxHeight };
}
