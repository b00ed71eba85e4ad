import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { extractText } from '../../../src/dom/extract';
import {
  createCustomHighlighter,
  createHighlighter,
  createOffsetLookup,
  highlightApi,
  type HighlightApi,
} from '../../../src/dom/highlight';
import { createRangeIndex } from '../../../src/dom/range-index';
import { loadDocument, loadFragment, readPage } from '../helpers';
import { fakeForcedColors } from '../../helpers/fake-forced-colors';

/** The NAVO letter fixture page of officielebekendmakingen, read and analysed as the reader does. */
function navoPage() {
  const doc = loadDocument(readPage('obk-kst-navo.html'), 'happy-dom');
  const container = doc.querySelector('#broodtekst') as Element;
  const extracted = extractText(container);
  const index = createRangeIndex(extracted);
  const result = analyze({ text: extracted.text });
  return { doc, container, extracted, index, result };
}

/** Every Text node under `root`, in order, with its data: what "the page's text nodes" means here. */
function textNodes(root: Node): { node: Node; data: string }[] {
  const out: { node: Node; data: string }[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push({ node: n, data: (n as Text).data });
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/** A Highlight API stand-in that records what was registered. */
function fakeApi() {
  const registry = new Map<string, { ranges: Range[]; priority: number | undefined }>();
  const api: HighlightApi = {
    registry: {
      set: (name, h) => registry.set(name, h as { ranges: Range[]; priority: number | undefined }),
      delete: (name) => registry.delete(name),
      get: (name) => registry.get(name),
      has: (name) => registry.has(name),
    },
    create: (ranges, priority) => ({ ranges, priority }),
  };
  return { api, registry };
}

describe('the Custom Highlight API highlighter', () => {
  it('registers one highlight per category over ranges of the findings, and leaves the DOM alone', () => {
    const { doc, container, extracted, index, result } = navoPage();
    const nodesBefore = textNodes(container);
    const elementsBefore = container.querySelectorAll('*').length;
    const { api, registry } = fakeApi();
    const h = createCustomHighlighter(doc, index, createOffsetLookup(extracted), api);
    h.paint(
      'acronym',
      result.acronyms.flatMap((a) => a.occurrences),
    );
    h.paint('citation', result.citations);
    h.paint('date', []);
    const texts = (name: string) =>
      registry.get(name)?.ranges.map((r) => r.toString().replace(/\s+/g, ' ')) ?? [];
    expect(texts('kamerlens-acronym').filter((t) => t === 'NAVO').length).toBeGreaterThan(20);
    expect(texts('kamerlens-citation')).toContain('Kamerstuk 29 521, nr. 446');
    expect(registry.has('kamerlens-date')).toBe(false);
    const first = result.acronyms[0]?.occurrences[0];
    h.setCurrent(first ?? null);
    expect(registry.get('kamerlens-current')?.priority).toBe(1);
    // Not one node added, removed or changed.
    expect(container.querySelectorAll('*')).toHaveLength(elementsBefore);
    expect(textNodes(container)).toEqual(nodesBefore);
    // Not one style either: the colours come with the extension's own stylesheet (`page.css`).
    expect(doc.querySelector('style')).toBeNull();
    h.dispose();
    expect(registry.size).toBe(0);
    expect(doc.querySelector('style')).toBeNull();
  });

  it('is chosen when the API exists; without it nothing is painted and the page is not touched', () => {
    const { doc, extracted, index } = navoPage();
    const { api } = fakeApi();
    class FakeHighlight {
      constructor(..._ranges: Range[]) {}
    }
    const win = { CSS: { highlights: api.registry }, Highlight: FakeHighlight };
    expect(createHighlighter(doc, extracted, index, { win }).kind).toBe('custom-highlight');
    const none = createHighlighter(doc, extracted, index, { win: {} });
    expect(none.kind).toBe('none');
    const before = { text: doc.documentElement.textContent, elements: doc.querySelectorAll('*').length };
    none.paint('acronym', [{ start: 0, end: 4 }]);
    none.setCurrent({ start: 0, end: 4 });
    none.dispose();
    expect({ text: doc.documentElement.textContent, elements: doc.querySelectorAll('*').length }).toEqual(
      before,
    );
  });
  it("takes away only its own marks when disposed: a long paper's first screens hand their names to the whole paper's", () => {
    const { doc, extracted, index, result } = navoPage();
    const { api, registry } = fakeApi();
    const forced = fakeForcedColors(false);
    const withForced = {
      ...api,
      forcedColors: forced.mql as unknown as NonNullable<HighlightApi['forcedColors']>,
    };
    const acronyms = result.acronyms.flatMap((a) => a.occurrences);
    const firstScreens = createCustomHighlighter(doc, index, createOffsetLookup(extracted), withForced);
    firstScreens.paint('acronym', acronyms.slice(0, 3));
    firstScreens.paint('citation', result.citations);
    const whole = createCustomHighlighter(doc, index, createOffsetLookup(extracted), withForced);
    whole.paint('acronym', acronyms);
    const wholeAcronyms = registry.get('kamerlens-acronym');
    expect(wholeAcronyms?.ranges).toHaveLength(acronyms.length);
    firstScreens.dispose();
    // The whole paper's acronyms stay; the citations only the first screens showed go with them.
    expect(registry.get('kamerlens-acronym')).toBe(wholeAcronyms);
    expect(registry.has('kamerlens-citation')).toBe(false);
    // The reader hides the acronyms, then turns high contrast on and off: the first screens' stay gone.
    whole.paint('acronym', []);
    forced.set(true);
    forced.set(false);
    expect([...registry.keys()]).toEqual([]);
    expect(forced.listeners.size).toBe(1);
    whole.dispose();
    expect(forced.listeners.size).toBe(0);
  });
});

describe('forced colours (high contrast)', () => {
  // Chromium paints every custom highlight like selected text there, whatever page.css says.
  it('registers nothing while they are on, and follows them being turned off and on', () => {
    const { doc, extracted, index, result } = navoPage();
    const { api, registry } = fakeApi();
    const forced = fakeForcedColors(true);
    const h = createCustomHighlighter(doc, index, createOffsetLookup(extracted), {
      ...api,
      forcedColors: forced.mql as unknown as NonNullable<HighlightApi['forcedColors']>,
    });
    h.paint(
      'acronym',
      result.acronyms.flatMap((a) => a.occurrences),
    );
    h.paint('citation', result.citations);
    h.setCurrent(result.acronyms[0]?.occurrences[0] ?? null);
    expect([...registry.keys()]).toEqual([]);
    // Turned off: everything asked for shows, the current finding above the others.
    forced.set(false);
    expect([...registry.keys()].sort()).toEqual([
      'kamerlens-acronym',
      'kamerlens-citation',
      'kamerlens-current',
    ]);
    expect(registry.get('kamerlens-current')?.priority).toBe(1);
    // Painted while off, then turned on again: all of it goes.
    h.paint('date', [{ start: 0, end: 4 }]);
    expect(registry.has('kamerlens-date')).toBe(true);
    forced.set(true);
    expect([...registry.keys()]).toEqual([]);
    // A category cleared while held back does not come back.
    h.paint('date', []);
    h.setCurrent(null);
    forced.set(false);
    expect([...registry.keys()].sort()).toEqual(['kamerlens-acronym', 'kamerlens-citation']);
    // Disposed: no longer listening.
    h.dispose();
    expect(forced.listeners.size).toBe(0);
    expect(registry.size).toBe(0);
  });

  it('asks the page for (forced-colors: active)', () => {
    const asked: string[] = [];
    class FakeHighlight {}
    const mql = { matches: true };
    const win = {
      CSS: { highlights: fakeApi().api.registry },
      Highlight: FakeHighlight,
      matchMedia: (q: string) => (asked.push(q), mql),
    };
    expect(highlightApi(win)?.forcedColors).toBe(mql);
    expect(asked).toEqual(['(forced-colors: active)']);
  });
});

describe('DOM point → text offset', () => {
  it('maps caret positions in Text nodes to offsets, and nothing else', () => {
    const { container } = loadFragment('<div id="c"><p>De   NAVO</p><p>en de EU</p></div>', 'happy-dom');
    const extracted = extractText(container);
    const lookup = createOffsetLookup(extracted);
    const [first, second] = [...container.querySelectorAll('p')].map((p) => p.firstChild as Node);
    expect(extracted.text).toBe('De NAVO\n\nen de EU');
    // The collapsed run `   ` is one space (offset 2); carets inside it go to the next real character.
    expect(lookup(first as Node, 2)).toBe(2);
    expect(lookup(first as Node, 4)).toBe(3);
    expect(lookup(first as Node, 5)).toBe(3);
    expect(lookup(first as Node, 8)).toBe(6);
    expect(lookup(second as Node, 6)).toBe(extracted.text.indexOf('EU'));
    expect(lookup(container, 0)).toBeNull();
    expect(lookup(first as Node, Number.NaN)).toBeNull();
  });
});
