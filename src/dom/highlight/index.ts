import type { ExtractedText } from '../extract';
import type { RangeIndex } from '../range-index';
import { createCustomHighlighter } from './custom-highlighter';
import { highlightApi, type Highlighter, type ProgressivePaint } from './highlighter';
import { createOffsetLookup } from './text-offsets';

export type { Highlighter, HighlightApi, ProgressivePaint } from './highlighter';
export { highlightApi } from './highlighter';
export { createCustomHighlighter } from './custom-highlighter';
export { createOffsetLookup, type OffsetLookup } from './text-offsets';
export * from './names';

export interface CreateHighlighterOptions {
  /** Where to look for `CSS.highlights` and `Highlight` (default: the global object). */
  win?: unknown;
  /** Make the Custom Highlight API's ranges over several frames and register them in one go (the live reader). */
  progressive?: ProgressivePaint;
}

/**
 * The Custom Highlight API highlighter where the browser has the API (Chrome 105+, Firefox 140+),
 * else one that paints nothing: the reader then works without colours in the text (sidebar,
 * popovers on hover and keyboard steps still work). Kamerlens never wraps the page's text in
 * elements of its own: that would change the page's DOM, its selection and its scripts' view.
 */
export function createHighlighter(
  doc: Document,
  extracted: ExtractedText,
  index: RangeIndex,
  options: CreateHighlighterOptions = {},
): Highlighter {
  const offsetAt = createOffsetLookup(extracted);
  const api = highlightApi(options.win ?? doc.defaultView ?? globalThis);
  if (api) return createCustomHighlighter(doc, index, offsetAt, api, options.progressive);
  return {
    kind: 'none',
    index,
    offsetAt,
    paint: () => {},
    setCurrent: () => {},
    whenPainted: () => Promise.resolve(),
    dispose: () => {},
  };
}
