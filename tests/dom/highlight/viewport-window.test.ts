import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { extractText } from '../../../src/dom/extract';
import { createCustomHighlighter, createOffsetLookup, type HighlightApi } from '../../../src/dom/highlight';
import { spansIn, type TextWindow } from '../../../src/dom/highlight/viewport-window';
import { createRangeIndex } from '../../../src/dom/range-index';
import { loadDocument, readPage } from '../helpers';

const SPANS = [
  { start: 0, end: 4 },
  { start: 10, end: 14 },
  { start: 20, end: 30 },
  { start: 40, end: 44 },
];

describe('the findings in a stretch of text', () => {
  it.each([
    ['all of it', { start: 0, end: 100 }, [0, 10, 20, 40]],
    ['none before the first', { start: 0, end: 0 }, []],
    ['one reaching in from before', { start: 25, end: 35 }, [20]],
    ['one reaching out past the end', { start: 12, end: 21 }, [10, 20]],
    ['touching ends are outside', { start: 4, end: 10 }, []],
    ['after the last', { start: 50, end: 60 }, []],
  ] as [string, TextWindow, number[]][])('%s', (_what, w, starts) => {
    expect(spansIn(SPANS, w).map((s) => s.start)).toEqual(starts);
  });
});

describe('a huge paper: only the findings around the viewport are registered', () => {
  it('registers the window, follows it when other text comes into view, and all again under the threshold', async () => {
    const doc = loadDocument(readPage('obk-kst-navo.html'), 'happy-dom');
    const extracted = extractText(doc.querySelector('#broodtekst') as Element);
    const result = analyze({ text: extracted.text });
    const registry = new Map<string, Range[]>();
    const api: HighlightApi = {
      registry: {
        set: (name, h) => registry.set(name, h as Range[]),
        delete: (name) => registry.delete(name),
        get: (name) => registry.get(name),
        has: (name) => registry.has(name),
      },
      create: (ranges) => ranges,
    };
    let view: TextWindow = { start: 0, end: 2_000 };
    let onScroll: () => void = () => {};
    let watching = 0;
    const h = createCustomHighlighter(doc, createRangeIndex(extracted), createOffsetLookup(extracted), api, {
      nextFrame: () => Promise.resolve(),
      window: {
        threshold: 20,
        around: () => view,
        watch: (cb) => {
          watching++;
          onScroll = cb;
          return () => watching--;
        },
      },
    });
    const acronyms = result.acronyms.flatMap((a) => a.occurrences);
    expect(acronyms.length).toBeGreaterThan(20);
    const inView = (w: TextWindow) => acronyms.filter((s) => s.end > w.start && s.start < w.end).length;
    h.paint('acronym', acronyms);
    h.paint('citation', result.citations);
    await h.whenPainted();
    expect(registry.get('kamerlens-acronym')?.length).toBe(inView(view));
    expect(watching).toBe(1);
    // Scrolled to the end: the ranges there, not those at the top.
    view = { start: extracted.text.length - 2_000, end: extracted.text.length };
    onScroll();
    expect(registry.get('kamerlens-acronym')?.length).toBe(inView(view));
    const firstInView = acronyms.filter((s) => s.end > view.start).sort((a, b) => a.start - b.start)[0]!;
    expect(registry.get('kamerlens-acronym')?.[0]?.toString()).toBe(
      extracted.text.slice(firstInView.start, firstInView.end),
    );
    // Acronyms switched off: few enough findings to register whole, and no more watching.
    h.paint('acronym', []);
    await h.whenPainted();
    expect(registry.has('kamerlens-acronym')).toBe(false);
    expect(registry.get('kamerlens-citation')?.length).toBe(result.citations.length);
    expect(watching).toBe(0);
    h.dispose();
    expect(registry.size).toBe(0);
  });
});
