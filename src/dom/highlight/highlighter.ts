import type { Span } from '../../core/types';
import type { RangeIndex } from '../range-index';
import type { HighlightCategory } from './names';
import type { TextWindow } from './viewport-window';

/**
 * Paints findings in the page's text, whatever the technique. Spans are offsets into the
 * extracted text (`ExtractedText.text`), as the core reports them.
 */
export interface Highlighter {
  /** `custom-highlight`: CSS Custom Highlight API, the DOM untouched. `none`: no API, nothing painted. */
  readonly kind: 'custom-highlight' | 'none';
  /** Shows `spans` as `category`, replacing what that category showed before; `[]` clears it. */
  paint(category: HighlightCategory, spans: readonly Span[]): void;
  /** Shows one span as the current finding (keyboard stepping, open popover); null clears it. */
  setCurrent(span: Span | null): void;
  /**
   * Offsets ↔ the page: the index the highlighter makes its Ranges with, for the reader's own
   * Ranges (popover anchors, jumps).
   */
  readonly index: RangeIndex;
  /** A DOM point (from `caretPositionFromPoint`, a selection) → text offset, or null outside the text. */
  offsetAt(node: Node, offset: number): number | null;
  /**
   * Resolves once everything asked of `paint` so far is on the page (a progressive highlighter
   * paints over several frames; the others resolve at once).
   */
  whenPainted(): Promise<void>;
  /** Removes every highlight, mark and style it added; the page's Text nodes are as before. */
  dispose(): void;
}

/** How a highlighter paints many findings without one long task (see `createCustomHighlighter`). */
export interface ProgressivePaint {
  /** Resolves at the next frame (default: `requestAnimationFrame`). */
  nextFrame?(): Promise<void>;
  /**
   * Waited for before the ranges are registered (default: nothing): the reader registers them in
   * the task that opens its sidebar, so the page is repainted once for both.
   */
  ready?(): Promise<void>;
  /**
   * Huge papers: above `threshold` findings in all, only those around the viewport are registered,
   * and again when other text comes into view. Every change to the page's DOM makes Chromium
   * re-check every registered range, so thousands of ranges would make each later change (a
   * popover, the sidebar) a long task; a few hundred never do.
   */
  window?: {
    threshold: number;
    /** The text around what is in view, or null when not known (then the first findings are shown). */
    around(): TextWindow | null;
    /** Calls back (debounced) when other text may have come into view; returns the stop function. */
    watch(cb: () => void): () => void;
  };
  /** Work per frame, in ms (default 6: most of a frame is left to the page). */
  sliceMs?: number;
  /** The clock (default `performance.now`). */
  now?(): number;
}

/** The slice of the CSS Custom Highlight API the highlighters use. */
export interface HighlightApi {
  registry: {
    set(name: string, highlight: unknown): unknown;
    get(name: string): unknown;
    delete(name: string): unknown;
    has(name: string): boolean;
  };
  create(ranges: Range[], priority?: number): unknown;
  /** `(forced-colors: active)`, followed live where the page has `matchMedia` (see `createCustomHighlighter`). */
  forcedColors?: Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;
}

/** The page's Custom Highlight API, or null where it is missing (older Firefox, happy-dom). */
export function highlightApi(win: unknown = globalThis): HighlightApi | null {
  const g = win as {
    CSS?: { highlights?: HighlightApi['registry'] };
    Highlight?: new (...ranges: Range[]) => { priority?: number };
    matchMedia?: (query: string) => MediaQueryList;
  };
  const registry = g.CSS?.highlights;
  const Ctor = g.Highlight;
  if (!registry || typeof registry.set !== 'function' || typeof Ctor !== 'function') return null;
  return {
    registry,
    create(ranges, priority) {
      const h = new Ctor(...ranges);
      if (priority !== undefined) h.priority = priority;
      return h;
    },
    forcedColors: g.matchMedia?.('(forced-colors: active)'),
  };
}
