import type { Span } from '../../core/types';
import type { RangeIndex } from '../range-index';
import type { Highlighter, HighlightApi } from './highlighter';
import { CURRENT_HIGHLIGHT, HIGHLIGHT_CATEGORIES, HIGHLIGHT_NAMES } from './names';
import { ensurePageStyle, removePageStyle } from './page-style';
import type { OffsetLookup } from './text-offsets';

/**
 * Highlights with the CSS Custom Highlight API: one `Highlight` per category, registered under a
 * `kamerlens-*` name and coloured by `::highlight()` rules. The page's DOM is not touched, so its
 * text, selection and copy are exactly as without Kamerlens; ranges inside a closed modal paint
 * when it opens.
 */
export function createCustomHighlighter(
  doc: Document,
  index: RangeIndex,
  offsetAt: OffsetLookup,
  api: HighlightApi,
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
  return {
    kind: 'custom-highlight',
    index,
    offsetAt,
    paint(category, spans) {
      show(HIGHLIGHT_NAMES[category], spans, 0);
    },
    setCurrent(span) {
      // Above the category highlights, so the current finding's colour wins where they overlap.
      show(CURRENT_HIGHLIGHT, span ? [span] : [], 1);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const cat of HIGHLIGHT_CATEGORIES) api.registry.delete(HIGHLIGHT_NAMES[cat]);
      api.registry.delete(CURRENT_HIGHLIGHT);
      removePageStyle(doc);
    },
  };
}
