import { describe, expect, it } from 'vitest';
import { extractText, type ExtractedText } from '../../src/dom/extract';
import { findContainer } from '../../src/dom/page-context';
import { createRangeIndex } from '../../src/dom/range-index';
import { DOMS, loadDocument, loadFragment, readPage, squash } from './helpers';

const LETTER_PAGES = [
  { file: 'obk-kst-navo.html', container: '#broodtekst' },
  { file: 'tk-brief-navo.html', container: '#document-html-modal .m-modal__content' },
  { file: 'tk-kamervragen-answer.html', container: '#document-html-modal .m-modal__content' },
];

function extractPage(file: string, container: string, dom: 'happy-dom' | 'linkedom'): ExtractedText {
  const el = findContainer(loadDocument(readPage(file), dom), [container]);
  if (!el) throw new Error(`no ${container} in ${file}`);
  return extractText(el);
}

/** Deterministic pseudo-random offsets (no flaky tests). */
function* offsets(count: number, max: number): Generator<number> {
  let seed = 42;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    yield seed % max;
  }
}

function isSynthesized(x: ExtractedText, offset: number): boolean {
  return !x.segments.some((s) => s.start <= offset && offset < s.end);
}

describe.each(DOMS)('toDomPosition in %s', (dom) => {
  it.each(LETTER_PAGES)(
    'maps random offsets of $file back to the character in the DOM',
    ({ file, container }) => {
      const x = extractPage(file, container, dom);
      const index = createRangeIndex(x);
      let real = 0;
      for (const o of offsets(500, x.text.length)) {
        const pos = index.toDomPosition(o);
        expect(pos).not.toBeNull();
        if (!pos || isSynthesized(x, o)) continue;
        real++;
        const domChar = pos.node.data[pos.offset] as string;
        expect(/[ \t\n\f\r]/.test(domChar) ? ' ' : domChar).toBe(x.text[o]);
      }
      expect(real).toBeGreaterThan(400);
    },
  );

  it('snaps offsets on synthesized line breaks to the nearest real text', () => {
    const { container } = loadFragment('<div id="c"><p>De Kamer,</p><p>gehoord</p></div>', dom);
    const x = extractText(container);
    expect(x.text).toBe('De Kamer,\n\ngehoord');
    const index = createRangeIndex(x);
    const kamer = container.querySelector('p')?.firstChild;
    const gehoord = container.querySelectorAll('p')[1]?.firstChild;
    expect(index.toDomPosition(9)).toEqual({ node: kamer, offset: 9 }); // first \n: end of "De Kamer,"
    expect(index.toDomPosition(10)).toEqual({ node: gehoord, offset: 0 }); // tie → forward
    expect(index.toDomPosition(10, 'backward')).toEqual({ node: kamer, offset: 9 });
    expect(index.toDomPosition(9, 'forward')).toEqual({ node: gehoord, offset: 0 });
    expect(index.toDomPosition(x.text.length)).toEqual({ node: gehoord, offset: 7 });
    expect(index.toDomPosition(-5)).toEqual({ node: kamer, offset: 0 });
    expect(index.toDomPosition(Number.NaN)).toEqual({ node: kamer, offset: 0 });
    expect(index.toDomPosition(1e12)).toEqual({ node: gehoord, offset: 7 });
  });

  it('has no positions for an empty text', () => {
    const { container } = loadFragment('<div id="c"><script>x</script></div>', dom);
    const index = createRangeIndex(extractText(container));
    expect(index.toDomPosition(0)).toBeNull();
    expect(index.toRange(0, 1)).toBeNull();
  });
});

// Ranges need a DOM with Range support: Chromium and happy-dom (linkedom's Range cannot be set).
describe('toRange in happy-dom', () => {
  const FINDINGS: { file: string; container: string; find: string }[] = [
    { file: 'obk-kst-navo.html', container: '#broodtekst', find: 'Kamerstuk 29\u00a0521, nr.\u00a0446' },
    { file: 'obk-kst-navo.html', container: '#broodtekst', find: 'Den Haag, 30 september 2022' },
    { file: 'obk-kst-navo.html', container: '#broodtekst', find: 'Nr. 409 BRIEF VAN DE MINISTER' },
    { file: 'obk-kst-navo.html', container: '#broodtekst', find: 'Noord-Atlantische Raad (NAR)' },
    {
      file: 'tk-brief-navo.html',
      container: '#document-html-modal .m-modal__content',
      find: 'Kamerstuk\n29\u00a0521, nr.\u00a0446',
    },
    {
      file: 'tk-brief-navo.html',
      container: '#document-html-modal .m-modal__content',
      find: 'Nr. 409\nBRIEF VAN',
    },
    {
      file: 'tk-kamervragen-answer.html',
      container: '#document-html-modal .m-modal__content',
      find: 'weg te nemen.1',
    },
    {
      file: 'tk-kamervragen-answer.html',
      container: '#document-html-modal .m-modal__content',
      find: '1 juli 2021',
    },
  ];

  it.each(FINDINGS)('covers exactly "$find" in $file', ({ file, container, find }) => {
    const x = extractPage(file, container, 'happy-dom');
    const start = x.text.indexOf(find);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = createRangeIndex(x).toRange(start, start + find.length);
    expect(range).not.toBeNull();
    // The DOM keeps its source whitespace ("Kamerstuk<br>\n   29"): equal up to whitespace, exact in characters.
    expect(squash(range?.toString() ?? '')).toBe(squash(find));
    expect(range?.toString().startsWith(find[0] as string)).toBe(true);
    expect(range?.toString().endsWith(find.at(-1) as string)).toBe(true);
  });

  it('does not stretch a range over the gap around it', () => {
    const { container } = loadFragment(
      '<div id="c"><h2>Oekraïne</h2><p>De afgelopen weken</p></div>',
      'happy-dom',
    );
    const x = extractText(container);
    const index = createRangeIndex(x);
    // [start of heading, end of heading + the synthesized blank line]: the range stops at the heading.
    expect(index.toRange(0, 'Oekraïne\n\n'.length)?.toString()).toBe('Oekraïne');
    // A span of only synthesized characters has no text to highlight.
    expect(index.toRange(8, 10)).toBeNull();
    // Reversed and out-of-range bounds are tolerated.
    expect(index.toRange(18, 10)?.toString()).toBe('De afgel');
    expect(index.toRange(-3, 1e9)?.toString()).toBe('OekraïneDe afgelopen weken');
    expect(index.toRange(Number.NaN, 3)).toBeNull();
  });

  it('returns null rather than a wrong range when the page changed under the index', () => {
    const { container } = loadFragment('<div id="c"><p>Den Haag, 30 september 2022</p></div>', 'happy-dom');
    const x = extractText(container);
    const index = createRangeIndex(x);
    (container.querySelector('p')?.firstChild as Text).data = 'Den';
    expect(index.toRange(10, 20)).toBeNull();
  });
});
