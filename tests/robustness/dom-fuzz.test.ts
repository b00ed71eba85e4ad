/**
 * The DOM layer on odd pages: text extraction and the offset ↔ Range index never throw, every
 * segment maps back to the character it came from, every Range covers exactly the real text of
 * its span, and the whole pipeline (read the page, analyse it) stays inside the text.
 * Random page trees come from a seeded PRNG, built node by node (never from markup strings).
 */
import { Browser, type BrowserPage } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { extractText, type ExtractedText, type TextSegment } from '../../src/dom/extract';
import { createRangeIndex } from '../../src/dom/range-index';
import { readPage } from '../../src/reader/page-input';
import { fuzzRuns, fuzzSeed, PAPER_HEAD, prng, randomChars, tokenSoup, type Rng } from './fuzz-helpers';
import { problems } from './properties';

type DomName = 'happy-dom' | 'linkedom';

const browser = new Browser();
const openPages: BrowserPage[] = [];

/**
 * Closes the happy-dom pages made so far. A browser keeps every page until it is closed: a long
 * local run (`KAMERLENS_FUZZ_RUNS=15000`) ran out of memory at 4 GB before the random pages were.
 * (The few odd pages below stay open: happy-dom closes a page recursively, and one of them is
 * 20,000 elements deep.)
 */
async function closePages(): Promise<void> {
  await Promise.all(openPages.splice(0).map((page) => page.close()));
}

function blankDocument(dom: DomName): Document {
  const html = '<!DOCTYPE html><html><head><title>t</title></head><body></body></html>';
  if (dom === 'linkedom') return parseHTML(html).document as unknown as Document;
  const page = browser.newPage();
  openPages.push(page);
  page.url = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
  page.content = html;
  // happy-dom's classes mirror the DOM ones but are separate TypeScript types.
  return page.mainFrame.document as unknown as Document;
}

/** Problems of one extraction: segments out of order, or not mapping back to their characters. */
function extractionProblems(container: Element, x: ExtractedText): string[] {
  const out: string[] = [];
  const order = documentOrder(container);
  let previousEnd = 0;
  let prev: TextSegment | undefined;
  for (const seg of x.segments) {
    if (seg.start < previousEnd || seg.end <= seg.start || seg.end > x.text.length)
      out.push(`segment [${seg.start}, ${seg.end}) out of order or bounds`);
    previousEnd = seg.end;
    if (prev && !inDocumentOrder(order, prev, seg))
      out.push(
        `segment [${seg.start}, ${seg.end}) ${JSON.stringify(seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + 20))} comes before the previous one ${JSON.stringify(prev.node.data.slice(prev.nodeOffset, prev.nodeOffset + 20))} in the page`,
      );
    prev = seg;
    if (seg.nodeOffset < 0 || seg.nodeOffset + (seg.end - seg.start) > seg.node.data.length)
      out.push(`segment [${seg.start}, ${seg.end}) reaches past its node`);
    for (let i = seg.start; i < seg.end && out.length < 5; i++) {
      const source = seg.node.data[seg.nodeOffset + (i - seg.start)];
      const ok = source === x.text[i] || (x.text[i] === ' ' && /[ \t\n\f\r]/.test(source ?? ''));
      if (!ok)
        out.push(`text[${i}] = ${JSON.stringify(x.text[i])} but its node has ${JSON.stringify(source)}`);
    }
    if (out.length >= 5) break;
  }
  for (const h of x.headings)
    if (h.start < 0 || h.end > x.text.length || h.end <= h.start)
      out.push(`heading [${h.start}, ${h.end}) out of bounds`);
  return out;
}

/**
 * Position of every node in document order, walked by hand over `firstChild`/`nextSibling`
 * (linkedom's `compareDocumentPosition` misorders some siblings, so it is not trusted here).
 */
function documentOrder(root: Node): Map<Node, number> {
  const order = new Map<Node, number>();
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    order.set(node, order.size);
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return order;
}

/** Text order is page order: a later segment starts after the previous one in the document. */
function inDocumentOrder(order: Map<Node, number>, a: TextSegment, b: TextSegment): boolean {
  if (a.node === b.node) return b.nodeOffset >= a.nodeOffset + (a.end - a.start);
  return (order.get(a.node) ?? -1) < (order.get(b.node) ?? -1);
}

/** A Range stand-in that records its boundary points (happy-dom's Range misorders some trees, linkedom has none). */
interface RecordedRange {
  start?: { node: Text; offset: number };
  end?: { node: Text; offset: number };
}

function recordingDocument(): Document {
  const createRange = () => {
    const r: RecordedRange = {};
    return Object.assign(r, {
      setStart: (node: Text, offset: number) => void (r.start = { node, offset }),
      setEnd: (node: Text, offset: number) => void (r.end = { node, offset }),
    });
  };
  // Only `createRange` is used by the index.
  return { createRange } as unknown as Document;
}

/**
 * Problems of Ranges over random spans: a span holding real text gets a Range that starts on its
 * first real character and ends after its last one, start before end in page order; a span of
 * synthesized breaks and tabs only gets none.
 */
function rangeProblems(container: Element, x: ExtractedText, r: Rng, tries: number): string[] {
  const out: string[] = [];
  const index = createRangeIndex(x);
  const order = documentOrder(container);
  const doc = recordingDocument();
  const n = x.text.length;
  for (let t = 0; t < tries && out.length < 3; t++) {
    const start = r.int(-2, n + 2);
    const end = r.chance(0.2) ? r.int(-2, n + 2) : start + r.int(0, 40);
    const range = index.toRange(start, end, doc) as unknown as RecordedRange | null;
    const [lo, hi] = [Math.max(0, Math.min(start, end)), Math.min(n, Math.max(start, end))];
    const real = hi > lo ? x.segments.filter((s) => s.start < hi && s.end > lo) : [];
    if (real.length === 0) {
      if (range) out.push(`[${start}, ${end}) holds no real text but got a Range`);
      continue;
    }
    if (!range?.start || !range.end) {
      out.push(`[${start}, ${end}) holds real text but got no Range`);
      continue;
    }
    const first = real[0] as TextSegment;
    const last = real[real.length - 1] as TextSegment;
    const firstChar = first.node.data[first.nodeOffset + Math.max(lo, first.start) - first.start];
    const lastChar = last.node.data[last.nodeOffset + Math.min(hi, last.end) - last.start - 1];
    const { start: s0, end: e0 } = range;
    if (s0.node.data[s0.offset] !== firstChar || e0.node.data[e0.offset - 1] !== lastChar)
      out.push(
        `[${start}, ${end}) starts on ${JSON.stringify(s0.node.data[s0.offset])} and ends after ${JSON.stringify(e0.node.data[e0.offset - 1])}, wanted ${JSON.stringify(firstChar)} … ${JSON.stringify(lastChar)}`,
      );
    const sPos = order.get(s0.node) ?? -1;
    const ePos = order.get(e0.node) ?? -1;
    if (sPos > ePos || (sPos === ePos && s0.offset >= e0.offset))
      out.push(`[${start}, ${end}) ends before it starts`);
    for (const affinity of ['forward', 'backward', 'nearest'] as const) {
      const pos = index.toDomPosition(start, affinity);
      if (pos && (pos.offset < 0 || pos.offset > pos.node.data.length))
        out.push(`position of ${start} (${affinity}) is outside its node`);
    }
  }
  return out;
}

const TAGS = [
  'div',
  'p',
  'p',
  'span',
  'span',
  'b',
  'i',
  'a',
  'sup',
  'sub',
  'br',
  'h1',
  'h2',
  'h3',
  'h5',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'blockquote',
  'section',
  'article',
  'mark',
  'img',
  'hr',
  'script',
  'style',
  'button',
  'nav',
  'template',
  'textarea',
  'details',
  'summary',
  'kamerlens-root',
  'x-custom',
  'svg',
  'iframe',
  'math',
];
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A random element tree under `parent`, `budget` nodes at most. */
function grow(doc: Document, parent: ParentNode, r: Rng, depth: number, budget: { left: number }): void {
  const children = r.int(0, 6);
  for (let i = 0; i < children && budget.left > 0; i++) {
    budget.left--;
    if (r.chance(0.45)) {
      const text = r.chance(0.5) ? tokenSoup(r, r.int(1, 12)) : randomChars(r, r.int(0, 80));
      parent.append(doc.createTextNode(text));
      continue;
    }
    if (r.chance(0.05)) {
      parent.append(doc.createComment(randomChars(r, 10)));
      continue;
    }
    const tag = r.pick(TAGS);
    const el = tag === 'svg' ? doc.createElementNS(SVG_NS, 'svg') : doc.createElement(tag);
    if (tag === 'svg')
      el.append(Object.assign(doc.createElementNS(SVG_NS, 'text'), { textContent: 'SVGTEXT' }));
    if (r.chance(0.1)) el.setAttribute('dir', 'rtl');
    if (r.chance(0.1)) el.setAttribute('contenteditable', 'true');
    if (r.chance(0.05)) el.setAttribute('data-kamerlens', 'x');
    if (r.chance(0.05)) el.setAttribute('hidden', '');
    parent.append(el);
    // A template's children live in its content, as the HTML parser puts them (happy-dom's Range
    // misorders nodes after a template that has direct children, which no parsed page has).
    const inner = tag === 'template' ? (el as HTMLTemplateElement).content : el;
    if (depth < 12 && tag !== 'br' && tag !== 'img' && tag !== 'hr') grow(doc, inner, r, depth + 1, budget);
  }
}

const RUNS = fuzzRuns(1000);
const SEED = fuzzSeed();

describe.each(['happy-dom', 'linkedom'] as const)('the DOM layer on random pages (%s)', (dom) => {
  it(
    `extracts, maps back and analyses ${RUNS} random pages (seed ${SEED})`,
    { timeout: 60_000 + RUNS * 300 },
    async () => {
      const r = prng(SEED ^ (dom === 'linkedom' ? 7 : 0));
      const failures: string[] = [];
      for (let i = 0; i < RUNS && failures.length < 3; i++) {
        const doc = blankDocument(dom);
        const container = doc.createElement('div');
        container.id = 'broodtekst';
        if (r.chance(0.5)) container.append(doc.createTextNode(PAPER_HEAD));
        doc.body.append(container);
        grow(doc, container, r, 0, { left: r.int(5, 200) });
        try {
          const x = extractText(container, { skip: ['script', 'button', '#nope', '::bad(('] });
          const found = extractionProblems(container, x);
          if (x.text.includes('SVGTEXT')) found.push('text inside <svg> was read');
          found.push(...rangeProblems(container, x, r, 20));
          const page = readPage(doc, 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html');
          if (page) found.push(...problems(page.input.text, analyze(page.input)));
          if (found.length) failures.push(`page ${i}: ${found.join('; ')}`);
        } catch (error) {
          failures.push(`page ${i}: threw ${String(error)}`);
        }
        await closePages();
      }
      expect(failures).toEqual([]);
    },
  );
});

/**
 * Builds one odd page in happy-dom and returns its container and extraction. `rangeTries` is
 * small for pages with many thousands of nodes: happy-dom's own Range is slow there (Chromium's is not).
 */
function oddPage(build: (doc: Document, c: HTMLElement) => void, rangeTries = 200) {
  const doc = blankDocument('happy-dom');
  const c = doc.createElement('div');
  c.id = 'broodtekst';
  doc.body.append(c);
  build(doc, c);
  const x = extractText(c);
  expect(extractionProblems(c, x)).toEqual([]);
  expect(rangeProblems(c, x, prng(SEED), rangeTries)).toEqual([]);
  return { doc, c, x };
}

const p = (doc: Document, text: string, tag = 'p') =>
  Object.assign(doc.createElement(tag), { textContent: text });

describe('the DOM layer on odd pages', () => {
  it('reads text at the bottom of 20,000 nested elements without overflowing the stack', () => {
    const { x } = oddPage((doc, c) => {
      let at: HTMLElement = c;
      for (let i = 0; i < 20_000; i++) {
        const next = doc.createElement(i % 2 ? 'span' : 'div');
        at.append(next);
        at = next;
      }
      at.append('De NAVO vergadert.');
    });
    expect(x.text).toBe('De NAVO vergadert.');
  });

  it('reads a 2 MB text node whole, in one segment', { timeout: 60_000 }, () => {
    const big = 'De NAVO vergadert. '.repeat(110_000);
    const { x } = oddPage((doc, c) => c.append(p(doc, big)));
    expect(x.text).toBe(big.trim());
    expect(x.segments).toHaveLength(1);
  });

  it('reads 20,000 sibling elements', { timeout: 60_000 }, () => {
    const { x } = oddPage((doc, c) => {
      for (let i = 0; i < 20_000; i++)
        c.append(Object.assign(doc.createElement('span'), { textContent: `w${i} ` }));
    }, 0);
    expect(x.text.startsWith('w0 w1 w2')).toBe(true);
    expect(x.text.endsWith('w19999')).toBe(true);
  });

  it('reads tables, nested tables and empty cells cell by cell', () => {
    const { x } = oddPage((doc, c) => {
      const table = doc.createElement('table');
      for (let row = 0; row < 3; row++) {
        const tr = doc.createElement('tr');
        for (let col = 0; col < 3; col++) {
          const td = doc.createElement('td');
          if (col !== 1) td.textContent = `r${row}c${col}`;
          if (row === 1 && col === 2) {
            const inner = doc.createElement('table');
            const itr = inner.appendChild(doc.createElement('tr'));
            itr.append(p(doc, 'binnen', 'td'));
            td.append(inner);
          }
          tr.append(td);
        }
        table.append(tr);
      }
      c.append(table);
    });
    expect(x.text).toContain('r0c0');
    expect(x.text).toContain('binnen');
    expect(x.text).not.toMatch(/\n{3}/);
  });

  it('skips SVG text, iframes, templates and scripts; keeps contenteditable and right-to-left text', () => {
    const { x } = oddPage((doc, c) => {
      const svg = doc.createElementNS(SVG_NS, 'svg');
      const t = doc.createElementNS(SVG_NS, 'text');
      t.textContent = 'SVGTEXT';
      svg.append(t);
      const iframe = doc.createElement('iframe');
      iframe.setAttribute('srcdoc', '<p>IFRAMETEXT</p>');
      iframe.append('IFRAMEFALLBACK');
      const template = doc.createElement('template');
      template.content.append(p(doc, 'TEMPLATETEXT'));
      const editable = p(doc, 'Bewerkbare tekst met NAVO.');
      editable.setAttribute('contenteditable', 'true');
      const rtl = p(doc, '\u202eשלום NAVO عربي\u202c');
      rtl.setAttribute('dir', 'rtl');
      c.append(svg, iframe, template, p(doc, 'SCRIPTTEXT', 'script'), editable, rtl);
    });
    for (const hidden of ['SVGTEXT', 'IFRAMETEXT', 'IFRAMEFALLBACK', 'TEMPLATETEXT', 'SCRIPTTEXT'])
      expect(x.text).not.toContain(hidden);
    expect(x.text).toBe('Bewerkbare tekst met NAVO.\n\n\u202eשלום NAVO عربي\u202c');
  });

  it('reads the light DOM of a shadow host and leaves its shadow root alone', () => {
    const { x } = oddPage((doc, c) => {
      const host = doc.createElement('div');
      host.append(p(doc, 'Licht DOM met NAVO.'));
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(p(doc, 'SHADOWTEXT'), doc.createElement('slot'));
      c.append(host);
    });
    expect(x.text).toBe('Licht DOM met NAVO.');
  });

  it('takes a page that changed after extraction: Ranges over removed text are null, not wrong', () => {
    const { doc, c, x } = oddPage((doc, c) => c.append(p(doc, 'Eerste alinea.'), p(doc, 'Tweede alinea.')));
    const index = createRangeIndex(x);
    (c.firstChild as Element).remove();
    (c.lastChild as Element).firstChild!.textContent = 'x';
    expect(() => index.toRange(0, x.text.length, doc)).not.toThrow();
  });
});
