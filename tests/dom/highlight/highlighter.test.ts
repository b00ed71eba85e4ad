import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { extractText } from '../../../src/dom/extract';
import {
  createCustomHighlighter,
  createHighlighter,
  createMarkHighlighter,
  createOffsetLookup,
  pageStyleText,
  type HighlightApi,
} from '../../../src/dom/highlight';
import { createRangeIndex } from '../../../src/dom/range-index';
import { loadDocument, loadFragment, readPage } from '../helpers';

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

describe('the <mark> fallback', () => {
  it('wraps exactly the marked characters, and unwraps to the same Text nodes', () => {
    const { doc, container, extracted, index, result } = navoPage();
    const before = textNodes(container);
    const textBefore = container.textContent;
    const h = createMarkHighlighter(doc, extracted, index, createOffsetLookup(extracted));
    const navo = result.acronyms.find((a) => a.abbr === 'NAVO');
    h.paint(
      'acronym',
      result.acronyms.flatMap((a) => a.occurrences),
    );
    h.paint('citation', result.citations);

    const marks = [...container.querySelectorAll('mark[data-kamerlens="mark"]')];
    const acronymMarks = marks.filter((m) => m.getAttribute('data-kl-category')?.includes('acronym'));
    expect(acronymMarks.filter((m) => m.textContent === 'NAVO')).toHaveLength(navo?.occurrences.length ?? -1);
    expect(
      marks
        .filter((m) => m.getAttribute('data-kl-category') === 'citation')
        .map((m) => m.textContent?.replace(/\s+/g, ' ')),
    ).toContain('Kamerstuk 29 521, nr. 446');
    // The characters are all still there, in order.
    expect(container.textContent).toBe(textBefore);
    // A second paint of the same category does not nest or double marks.
    h.paint(
      'acronym',
      result.acronyms.flatMap((a) => a.occurrences),
    );
    expect(container.querySelectorAll('mark[data-kamerlens="mark"]')).toHaveLength(marks.length);
    expect(container.querySelectorAll('mark mark')).toHaveLength(0);

    h.dispose();
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    const after = textNodes(container);
    expect(after.length).toBe(before.length);
    after.forEach((t, i) => {
      expect(t.node).toBe(before[i]?.node);
      expect(t.data).toBe(before[i]?.data);
    });
    // The range index made before painting works again on the restored nodes.
    const first = navo?.occurrences[0];
    expect(first && index.toRange(first.start, first.end)?.toString()).toBe('NAVO');
    expect(doc.querySelector('style[data-kamerlens]')).toBeNull();
  });

  it('maps offsets to the live pieces while painted, both ways', () => {
    const { doc, extracted, index, result } = navoPage();
    const h = createMarkHighlighter(doc, extracted, index, createOffsetLookup(extracted));
    const udcg = result.acronyms.find((a) => a.abbr === 'UDCG')?.occurrences[0];
    if (!udcg) throw new Error('fixture lacks UDCG');
    h.paint('acronym', [udcg]);
    const range = h.index.toRange(udcg.start - 10, udcg.end + 5);
    expect(range?.toString()).toBe(extracted.text.slice(udcg.start - 10, udcg.end + 5));
    const mark = doc.querySelector('mark[data-kamerlens="mark"]');
    const piece = mark?.firstChild as Node;
    expect(h.offsetAt(piece, 0)).toBe(udcg.start);
    expect(h.offsetAt(piece, 4)).toBe(udcg.end);
    h.setCurrent(udcg);
    expect(doc.querySelector('mark[data-kamerlens="mark"]')?.getAttribute('data-kl-category')).toBe(
      'acronym current',
    );
    h.setCurrent(null);
    h.paint('acronym', []);
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
  });

  it('marks overlapping findings of two kinds without nesting', () => {
    const { doc, container } = loadFragment(
      '<p id="c">Zie de brief van 17 juni 2022 over de NAVO.</p>',
      'happy-dom',
    );
    const extracted = extractText(container);
    const h = createMarkHighlighter(
      doc,
      extracted,
      createRangeIndex(extracted),
      createOffsetLookup(extracted),
    );
    const at = (s: string) => ({
      start: extracted.text.indexOf(s),
      end: extracted.text.indexOf(s) + s.length,
    });
    h.paint('citation', [at('brief van 17 juni 2022')]);
    h.paint('date', [at('17 juni 2022')]);
    const kinds = [...container.querySelectorAll('mark')].map(
      (m) => `${m.textContent}=${m.getAttribute('data-kl-category')}`,
    );
    expect(kinds).toEqual(['brief van =citation', '17 juni 2022=citation date']);
    expect(container.textContent).toBe('Zie de brief van 17 juni 2022 over de NAVO.');
    h.dispose();
    expect(container.childNodes).toHaveLength(1);
  });

  it('ignores empty, reversed and out-of-range spans', () => {
    const { doc, container } = loadFragment('<p id="c">NAVO en EU</p>', 'happy-dom');
    const extracted = extractText(container);
    const h = createMarkHighlighter(
      doc,
      extracted,
      createRangeIndex(extracted),
      createOffsetLookup(extracted),
    );
    h.paint('acronym', [
      { start: 3, end: 3 },
      { start: 5, end: 2 },
      { start: 500, end: 900 },
    ]);
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    expect(container.textContent).toBe('NAVO en EU');
  });
});

/** A Highlight API stand-in that records what was registered. */
function fakeApi() {
  const registry = new Map<string, { ranges: Range[]; priority: number | undefined }>();
  const api: HighlightApi = {
    registry: {
      set: (name, h) => registry.set(name, h as { ranges: Range[]; priority: number | undefined }),
      delete: (name) => registry.delete(name),
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
    expect(doc.querySelectorAll('style[data-kamerlens="highlights"]')).toHaveLength(1);
    h.dispose();
    expect(registry.size).toBe(0);
    expect(doc.querySelector('style[data-kamerlens]')).toBeNull();
  });

  it('is chosen when the API exists, the fallback otherwise', () => {
    const { doc, extracted, index } = navoPage();
    const { api } = fakeApi();
    class FakeHighlight {
      constructor(..._ranges: Range[]) {}
    }
    const win = { CSS: { highlights: api.registry }, Highlight: FakeHighlight };
    expect(createHighlighter(doc, extracted, index, { win }).kind).toBe('custom-highlight');
    expect(createHighlighter(doc, extracted, index, { win: {} }).kind).toBe('marks');
    expect(createHighlighter(doc, extracted, index, { win, forceMarks: true }).kind).toBe('marks');
  });
});

describe('the page stylesheet', () => {
  it('colours each highlight, in dark mode too, and drops every mark in print', () => {
    const css = pageStyleText();
    for (const name of ['kamerlens-acronym', 'kamerlens-citation', 'kamerlens-date', 'kamerlens-current']) {
      expect(css).toContain(`::highlight(${name})`);
    }
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(css).toMatch(
      /@media print \{[^}]*::highlight\(kamerlens-acronym\)[^}]*\{ background-color: transparent; text-decoration: none; \}/,
    );
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
