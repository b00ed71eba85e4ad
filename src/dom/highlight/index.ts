import type { ExtractedText } from '../extract';
import type { RangeIndex } from '../range-index';
import { createCustomHighlighter } from './custom-highlighter';
import { highlightApi, type Highlighter, type ProgressivePaint } from './highlighter';
import { createMarkHighlighter } from './mark-highlighter';
import { createOffsetLookup } from './text-offsets';

export type { Highlighter, HighlightApi, ProgressivePaint } from './highlighter';
export { highlightApi } from './highlighter';
export { createCustomHighlighter } from './custom-highlighter';
export { createMarkHighlighter } from './mark-highlighter';
export { createOffsetLookup, type OffsetLookup } from './text-offsets';
export { ensurePageStyle, removePageStyle, pageStyleText } from './page-style';
export * from './names';

export interface CreateHighlighterOptions {
  /** Use `<mark>` wrapping even where the Highlight API exists (tests). */
  forceMarks?: boolean;
  /** Where to look for `CSS.highlights` and `Highlight` (default: the global object). */
  win?: unknown;
  /** Make the Custom Highlight API's ranges over several frames and register them in one go (the live reader). */
  progressive?: ProgressivePaint;
}

/** The Custom Highlight API where the browser has it, else the `<mark>` fallback; same interface. */
export function createHighlighter(
  doc: Document,
  extracted: ExtractedText,
  index: RangeIndex,
  options: CreateHighlighterOptions = {},
): Highlighter {
  const offsetAt = createOffsetLookup(extracted);
  const api = options.forceMarks ? null : highlightApi(options.win ?? doc.defaultView ?? globalThis);
  return api
    ? createCustomHighlighter(doc, index, offsetAt, api, options.progressive)
    : createMarkHighlighter(doc, extracted, index, offsetAt);
}
