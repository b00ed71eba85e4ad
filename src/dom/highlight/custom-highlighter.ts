import type { Span } from '../../core/types';
import type { RangeIndex } from '../range-index';
import type { Highlighter, HighlightApi, ProgressivePaint } from './highlighter';
import { CURRENT_HIGHLIGHT, HIGHLIGHT_CATEGORIES, HIGHLIGHT_NAMES, type HighlightCategory } from './names';
import { nearestFirst } from './paint-order';
import { ensurePageStyle, removePageStyle } from './page-style';
import type { OffsetLookup } from './text-offsets';

/** Findings around the middle of the viewport painted in the first frame (a screen holds far fewer). */
const VIEWPORT_BATCH = 200;

/**
 * Highlights with the CSS Custom Highlight API: one `Highlight` per category, registered under a
 * `kamerlens-*` name and coloured by `::highlight()` rules. The page's DOM is not touched, so its
 * text, selection and copy are exactly as without Kamerlens; ranges inside a closed modal paint
 * when it opens.
 *
 * With `progressive`, the findings nearest the middle of the viewport are painted at once and
 * the other ranges are made a few milliseconds per frame, then added together: thousands of
 * findings never make one long task, and what the reader looks at is painted first.
 */
export function createCustomHighlighter(
  doc: Document,
  index: RangeIndex,
  offsetAt: OffsetLookup,
  api: HighlightApi,
  progressive?: ProgressivePaint,
): Highlighter {
  let disposed = false;
  /** The running paint job of each category; a new paint of the category replaces it. */
  const jobs = new Map<HighlightCategory, { cancel(): void; done: Promise<void> }>();

  const ranges = (spans: readonly Span[]): Range[] => {
    const out: Range[] = [];
    for (const s of spans) {
      const r = index.toRange(s.start, s.end, doc);
      if (r) out.push(r);
    }
    return out;
  };
  const show = (name: string, spans: readonly Span[], priority: number) => {
    if (disposed) return;
    const list = ranges(spans);
    if (list.length === 0) {
      api.registry.delete(name);
      return;
    }
    ensurePageStyle(doc);
    api.registry.set(name, api.create(list, priority));
  };

  const nextFrame =
    progressive?.nextFrame ??
    (() =>
      new Promise<void>((resolve) => (doc.defaultView ?? globalThis).requestAnimationFrame(() => resolve())));
  const now = progressive?.now ?? (() => performance.now());
  const sliceMs = progressive?.sliceMs ?? 6;

  const viewportOffset = (): number | null => {
    try {
      const caret = progressive?.viewportCaret?.();
      return caret ? offsetAt(caret.node, caret.offset) : null;
    } catch {
      return null;
    }
  };

  const paintProgressively = (
    category: HighlightCategory,
    spans: readonly Span[],
    add: NonNullable<HighlightApi['add']>,
  ) => {
    jobs.get(category)?.cancel();
    const name = HIGHLIGHT_NAMES[category];
    if (spans.length === 0) {
      jobs.delete(category);
      api.registry.delete(name);
      return;
    }
    const order = nearestFirst(spans, viewportOffset());
    let cancelled = false;
    let next = 0;
    /** Ranges for the next few milliseconds of spans (at least `min`). */
    const batch = (min: number): Range[] => {
      const out: Range[] = [];
      const until = now() + sliceMs;
      while (next < order.length) {
        const s = order[next++] as Span;
        const r = index.toRange(s.start, s.end, doc);
        if (r) out.push(r);
        if (next >= min && (next & 31) === 0 && now() >= until) break;
      }
      return out;
    };
    // What is in view now, so the category is registered and the viewport painted at once. The
    // rest is made in slices between frames and added in ONE go: every change to a registered
    // highlight makes the browser repaint all of its ranges, so adding per frame would cost more.
    ensurePageStyle(doc);
    const highlight = api.create(batch(VIEWPORT_BATCH), 0);
    api.registry.set(name, highlight);
    const done = (async () => {
      const rest: Range[] = [];
      while (next < order.length) {
        await nextFrame();
        if (cancelled || disposed) return;
        for (const r of batch(0)) rest.push(r);
      }
      if (rest.length > 0) add(highlight, rest);
    })();
    const job = {
      cancel: () => {
        cancelled = true;
      },
      done,
    };
    jobs.set(category, job);
  };

  return {
    kind: 'custom-highlight',
    index,
    offsetAt,
    paint(category, spans) {
      if (disposed) return;
      if (progressive && api.add) paintProgressively(category, spans, api.add);
      else show(HIGHLIGHT_NAMES[category], spans, 0);
    },
    setCurrent(span) {
      // Above the category highlights, so the current finding's colour wins where they overlap.
      show(CURRENT_HIGHLIGHT, span ? [span] : [], 1);
    },
    async whenPainted() {
      await Promise.all([...jobs.values()].map((j) => j.done));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const job of jobs.values()) job.cancel();
      jobs.clear();
      for (const cat of HIGHLIGHT_CATEGORIES) api.registry.delete(HIGHLIGHT_NAMES[cat]);
      api.registry.delete(CURRENT_HIGHLIGHT);
      removePageStyle(doc);
    },
  };
}
