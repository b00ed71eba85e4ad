import type { Span } from '../../core/types';
import type { RangeIndex } from '../range-index';
import type { Highlighter, HighlightApi, ProgressivePaint } from './highlighter';
import { CURRENT_HIGHLIGHT, HIGHLIGHT_NAMES, type HighlightCategory } from './names';
import { spansIn, type TextWindow } from './viewport-window';
import type { OffsetLookup } from './text-offsets';

/**
 * Highlights with the CSS Custom Highlight API: one `Highlight` per category, registered under a
 * `kamerlens-*` name and coloured by `::highlight()` rules. The page's DOM is not touched, so its
 * text, selection and copy are exactly as without Kamerlens; ranges inside a closed modal paint
 * when it opens.
 *
 * With `progressive`, thousands of findings never make one long task: their ranges are made a few
 * milliseconds per frame, and then every category asked for is registered in ONE task. Any change
 * to the highlight registry makes Chromium repaint the whole page (on a megabyte paper that
 * repaint alone is a long task), so one change for all categories costs one repaint, where a
 * change per category or per frame would cost one each. (The first screens are painted before,
 * from their own analysis: see `startReader`.)
 */
export function createCustomHighlighter(
  doc: Document,
  index: RangeIndex,
  offsetAt: OffsetLookup,
  api: HighlightApi,
  progressive?: ProgressivePaint,
): Highlighter {
  let disposed = false;

  const ranges = (spans: readonly Span[]): Range[] => {
    const out: Range[] = [];
    for (const s of spans) {
      const r = index.toRange(s.start, s.end, doc);
      if (r) out.push(r);
    }
    return out;
  };
  /*
   * Forced colours (Windows high contrast): Chromium paints every custom highlight in the system
   * selection colours, whatever `::highlight()` asks (author colours, system colours such as Mark,
   * even no colour at all), and clips its underlines to that box. Only `forced-color-adjust: none`
   * on the page's own text elements would change that, and it would undo the reader's colours for
   * the page's text. Every finding would look selected, and a selection made by the reader could not
   * be told from them. So while forced colours are on, the highlights are made but not registered:
   * the reader underlines the marks in view in its own layer instead (`reader/forced-underlines.ts`),
   * hovering one or stepping to it opens its popover, and the popover frames the text it is about
   * (`ui/popover`). Followed live: the highlights come back when forced colours are turned off, and
   * go when turned on. (The short flash after a sidebar jump, `reveal.ts`, still shows: for 1.6 s it
   * shows where the jump went.)
   */
  const forced = api.forcedColors;
  /** What each name shows, registered or held back. */
  const made = new Map<string, unknown>();
  const onForcedChange = () => {
    for (const [name, h] of made) {
      if (forced?.matches) api.registry.delete(name);
      else api.registry.set(name, h);
    }
  };
  forced?.addEventListener('change', onForcedChange);
  const register = (name: string, list: Range[], priority: number) => {
    if (disposed) return;
    const h = list.length > 0 ? api.create(list, priority) : null;
    if (h) made.set(name, h);
    else made.delete(name);
    if (h && !forced?.matches) api.registry.set(name, h);
    else api.registry.delete(name);
  };
  const show = (name: string, spans: readonly Span[], priority: number) =>
    register(name, ranges(spans), priority);

  const nextFrame =
    progressive?.nextFrame ??
    (() =>
      new Promise<void>((resolve) => (doc.defaultView ?? globalThis).requestAnimationFrame(() => resolve())));
  const now = progressive?.now ?? (() => performance.now());
  const sliceMs = progressive?.sliceMs ?? 6;

  /** Categories waiting for their ranges, and the job making them (one for all categories). */
  const pending = new Map<HighlightCategory, readonly Span[]>();
  let job: Promise<void> | null = null;

  // ---- huge papers: only the findings around the viewport are registered ----
  const windowed = progressive?.window;
  /** Every category's spans sorted by start, while windowed. */
  const sortedSpans = new Map<HighlightCategory, readonly Span[]>();
  let stopWatching: (() => void) | null = null;
  const registerWindow = (w: TextWindow | null = windowed?.around() ?? null) => {
    if (disposed || !windowed) return;
    for (const [category, sorted] of sortedSpans) {
      const near = w ? spansIn(sorted, w) : sorted.slice(0, windowed.threshold);
      register(HIGHLIGHT_NAMES[category], ranges(near), 0);
    }
  };
  /** The latest spans asked for, per category. */
  const latest = new Map<HighlightCategory, readonly Span[]>();
  /** True when the latest spans of all categories are too many to register at once. */
  const isHuge = () => {
    if (!windowed) return false;
    let total = 0;
    for (const spans of latest.values()) total += spans.length;
    return total > windowed.threshold;
  };
  const runJob = async (): Promise<void> => {
    // Let every `paint` of this task queue its category first.
    await Promise.resolve();
    if (isHuge()) {
      // Every category, also those registered whole before: together they are too many.
      for (const [category, spans] of latest) {
        if (pending.has(category) || !sortedSpans.has(category)) {
          sortedSpans.set(
            category,
            [...spans].sort((a, b) => a.start - b.start),
          );
        }
      }
      pending.clear();
      // Where the viewport is, read now while the page's layout is clean: after the sidebar has
      // opened, reading it would make the browser lay the page out inside this task.
      const w = windowed?.around() ?? null;
      await progressive?.ready?.();
      stopWatching ??= windowed?.watch(() => registerWindow()) ?? null;
      registerWindow(w);
      return;
    }
    // Back under the threshold (categories switched off): register every category whole again.
    if (sortedSpans.size > 0) {
      for (const [category, spans] of latest) if (!pending.has(category)) pending.set(category, spans);
      stopWatching?.();
      stopWatching = null;
      sortedSpans.clear();
    }
    const lists = new Map<HighlightCategory, Range[]>();
    let until = now() + sliceMs;
    while (pending.size > 0 && !disposed) {
      const [category, spans] = pending.entries().next().value as [HighlightCategory, readonly Span[]];
      pending.delete(category);
      const list: Range[] = [];
      lists.set(category, list);
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i] as Span;
        const r = index.toRange(s.start, s.end, doc);
        if (r) list.push(r);
        if ((i & 31) === 31 && now() >= until) {
          await nextFrame();
          if (disposed) return;
          // A newer paint of this category replaces what was being made.
          if (pending.has(category)) break;
          until = now() + sliceMs;
        }
      }
    }
    await progressive?.ready?.();
    if (disposed) return;
    for (const [category, list] of lists) register(HIGHLIGHT_NAMES[category], list, 0);
  };

  return {
    kind: 'custom-highlight',
    index,
    offsetAt,
    paint(category, spans) {
      if (disposed) return;
      if (!progressive) return show(HIGHLIGHT_NAMES[category], spans, 0);
      latest.set(category, spans);
      pending.set(category, spans);
      job ??= runJob().finally(() => {
        job = null;
        // Asked for while the last ranges were registered: another round.
        if (pending.size > 0 && !disposed) job = runJob();
      });
    },
    setCurrent(span) {
      // Above the category highlights, so the current finding's colour wins where they overlap.
      show(CURRENT_HIGHLIGHT, span ? [span] : [], 1);
    },
    async whenPainted() {
      while (job) await job;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      pending.clear();
      stopWatching?.();
      forced?.removeEventListener('change', onForcedChange);
      // Only what this highlighter still shows: a long paper's first screens are painted by a highlighter of
      // their own, whose names the whole paper's highlighter takes over; disposing of the first must not take
      // the whole paper's marks away.
      for (const [name, h] of made) if (api.registry.get(name) === h) api.registry.delete(name);
      made.clear();
    },
  };
}
