import type { Span } from '../../core/types';
import type { TextSegment } from '../extract';

/** Text offsets [start, end) of a stretch of the paper. */
export interface TextWindow {
  start: number;
  end: number;
}

/**
 * The text around what is in view: from `screens` viewport heights above it to as far below it,
 * found by a binary search over the extracted segments' boxes (segments are in reading order,
 * which on a paper's page is top to bottom). Text that is not laid out (a closed modal) has empty
 * boxes at the top of the page and counts as in view, so nothing hidden is ever left unpainted
 * when it opens. Null when there is no text.
 */
export function textAroundViewport(
  doc: Document,
  segments: readonly TextSegment[],
  screens = 1,
): TextWindow | null {
  const win = doc.defaultView;
  if (!win || segments.length === 0) return null;
  const height = win.innerHeight || 800;
  const top = -height * screens;
  const bottom = height * (1 + screens);
  const range = doc.createRange();
  const box = (i: number): DOMRect | null => {
    const s = segments[i] as TextSegment;
    try {
      range.setStart(s.node, s.nodeOffset);
      range.setEnd(s.node, s.nodeOffset + (s.end - s.start));
      return range.getBoundingClientRect();
    } catch {
      // A node the page removed since it was read: treat it as in view.
      return null;
    }
  };
  // First segment that ends below `top`, and the last one that starts above `bottom`.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = box(mid);
    if (r && r.height > 0 && r.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = box(mid);
    if (!r || r.height === 0 || r.top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  const last = Math.max(first, lo - 1);
  return {
    start: (segments[Math.min(first, segments.length - 1)] as TextSegment).start,
    end: (segments[Math.min(last, segments.length - 1)] as TextSegment).end,
  };
}

/** The spans (sorted by start) that overlap `w`, by binary search. */
export function spansIn(sorted: readonly Span[], w: TextWindow): Span[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).start < w.start) lo = mid + 1;
    else hi = mid;
  }
  // Spans that start before the window and reach into it.
  while (lo > 0 && (sorted[lo - 1] as Span).end > w.start) lo--;
  const out: Span[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as Span).start < w.end; i++) out.push(sorted[i] as Span);
  return out;
}

/**
 * Calls `cb` once scrolling (of the page or of any element in it, such as tweedekamer.nl's
 * document modal) or resizing has paused for `delayMs`. Returns the stop function.
 */
export function watchViewport(doc: Document, cb: () => void, delayMs = 100): () => void {
  const win = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(cb, delayMs);
  };
  doc.addEventListener('scroll', changed, { capture: true, passive: true });
  win?.addEventListener('resize', changed, { passive: true });
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('scroll', changed, { capture: true });
    win?.removeEventListener('resize', changed);
  };
}
