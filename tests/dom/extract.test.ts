import { describe, expect, it } from 'vitest';
import {
  extractText,
  extractTextInSlices,
  extractTextPrefix,
  holdsText,
  type ExtractedText,
} from '../../src/dom/extract';
import { DOMS, loadFragment } from './helpers';

/** Every real character of `text` must come from its segment's node, one to one. */
function expectSegmentsMapBack(x: ExtractedText): void {
  let previousEnd = 0;
  for (const seg of x.segments) {
    expect(seg.start).toBeGreaterThanOrEqual(previousEnd);
    expect(seg.end).toBeGreaterThan(seg.start);
    previousEnd = seg.end;
    for (let i = seg.start; i < seg.end; i++) {
      const source = seg.node.data[seg.nodeOffset + (i - seg.start)] as string;
      // Same character, or a collapsed whitespace run represented by its first character as a space.
      if (source !== x.text[i]) expect([/[ \t\n\f\r]/.test(source), x.text[i]]).toEqual([true, ' ']);
    }
  }
}

// Each rule with the markup it comes from (tweedekamer.nl modal, KOOP pages) and the text a reader sees.
const RULES: { rule: string; html: string; text: string }[] = [
  {
    rule: '<br> inside a heading breaks the line (tweedekamer.nl modal heading)',
    html: '<div id="c"><h2>Nr. 504<br />\n                   MOTIE VAN HET LID VAN HOUWELINGEN<br />\n            </h2><p>Voorgesteld 2&nbsp;juli 2025</p></div>',
    text: 'Nr. 504\nMOTIE VAN HET LID VAN HOUWELINGEN\n\nVoorgesteld 2\u00a0juli 2025',
  },
  {
    rule: 'source line breaks inside a paragraph are spaces; <br> line breaks are kept',
    html: '<div id="c"><p>spreekt uit dat passend onderwijs voor veel leerlingen met een beperking niet het<br />\n                  regulier maar het speciaal onderwijs zal zijn,\n               </p><p>en gaat over tot de orde van de dag.</p></div>',
    text: 'spreekt uit dat passend onderwijs voor veel leerlingen met een beperking niet het\nregulier maar het speciaal onderwijs zal zijn,\n\nen gaat over tot de orde van de dag.',
  },
  {
    rule: 'paragraphs are set off by one blank line, never more',
    html: '<div id="c"><p>De Kamer,</p>\n\n\n<p></p><div><p>gehoord de beraadslaging,</p></div></div>',
    text: 'De Kamer,\n\ngehoord de beraadslaging,',
  },
  {
    rule: '<br><br> makes a blank line, more do not',
    html: '<div id="c"><p>Vragen<br><br><br><br>Antwoord</p></div>',
    text: 'Vragen\n\nAntwoord',
  },
  {
    rule: 'inline markup does not split words (footnote marker glued like the PDF text)',
    html: '<div id="c"><p>verdere traject van <em>uitwerking</em>.<sup><a class="nootnum" href="#n1">1</a></sup> Alle bondgenoten</p></div>',
    text: 'verdere traject van uitwerking.1 Alle bondgenoten',
  },
  {
    rule: 'whitespace runs across inline elements collapse to one space; no-break spaces stay',
    html: '<div id="c"><p>  Kamerstuk   <span> 29&nbsp;521, </span>  nr.&nbsp;446  </p></div>',
    text: 'Kamerstuk 29\u00a0521, nr.\u00a0446',
  },
  {
    rule: 'list items and divs are lines',
    html: '<div id="c"><ul><li>door Voetbalvereniging Yerseke</li><li><span>•</span><div>op 29 juni 2024</div></li></ul></div>',
    text: 'door Voetbalvereniging Yerseke\n•\nop 29 juni 2024',
  },
  {
    rule: 'table cells are separated by a tab, rows by a line break',
    html: '<div id="c"><table><tr><th>Jaar</th><th>Bedrag</th></tr><tr><td>2022</td><td>€ 1,5 mld</td></tr></table></div>',
    text: 'Jaar\tBedrag\n2022\t€ 1,5 mld',
  },
  {
    rule: '<pre> keeps its whitespace',
    html: '<div id="c"><p>Tabel:</p><pre>a   b\n  c</pre><p>Einde</p></div>',
    text: 'Tabel:\n\na   b\n  c\n\nEinde',
  },
  {
    rule: 'scripts, styles, navigation, forms and buttons are not text',
    html: '<div id="c"><script>var x = "Den Haag";</script><style>p{}</style><noscript>Zet JavaScript aan</noscript><nav>Home Kamerstukken</nav><p>Den Haag, 30 september 2022</p><form><label>Zoek</label><input value="q"></form><button>Open document</button><select><option>NL</option></select><textarea>x</textarea><svg><text>icoon</text></svg><template><p>t</p></template></div>',
    text: 'Den Haag, 30 september 2022',
  },
  {
    rule: "Kamerlens's own UI ([data-kamerlens]) is never read",
    html: '<div id="c"><p>NAVO <span data-kamerlens="popover">Noord-Atlantische Verdragsorganisatie</span>bondgenoten</p><div data-kamerlens><p>Zijbalk</p></div></div>',
    text: 'NAVO bondgenoten',
  },
  {
    rule: 'hidden elements ARE read (the tweedekamer.nl document modal is closed until opened)',
    html: '<div id="c"><div class="m-modal" hidden style="display:none"><p>Den Haag, 30 september 2022</p></div></div>',
    text: 'Den Haag, 30 september 2022',
  },
  {
    rule: 'comments are not text',
    html: '<div id="c"><p>Oekra<!-- THEME DEBUG -->ïne</p></div>',
    text: 'Oekraïne',
  },
];

describe.each(DOMS)('extractText in %s', (dom) => {
  it.each(RULES)('$rule', ({ html, text }) => {
    const { container } = loadFragment(html, dom);
    const x = extractText(container);
    expect(x.text).toBe(text);
    expectSegmentsMapBack(x);
  });

  it('skips elements matching options.skip, and ignores an invalid selector', () => {
    const { container } = loadFragment(
      '<div id="c"><div class="m-share">Delen</div><p>Den Haag, 30 september 2022</p><h5 class="note-close">X Noot</h5></div>',
      dom,
    );
    const x = extractText(container, { skip: ['.m-share', '[[invalid', '', 'h5.note-close'] });
    expect(x.text).toBe('Den Haag, 30 september 2022');
    expect(x.headings).toEqual([]);
  });

  it('reads the container even when it is itself a skipped kind of element', () => {
    // KOOP's old wrapper puts the whole page in a <form>; a site may pick such an element.
    const { container } = loadFragment('<form id="c"><p>Gemeenteblad</p><nav>menu</nav></form>', dom);
    expect(extractText(container).text).toBe('Gemeenteblad');
  });

  it('lists h1–h6 with offsets of their text, in document order', () => {
    const { container } = loadFragment(
      '<div id="c"><h1 class="stuktitel"><span class="stuknr">Nr. 409</span> BRIEF VAN DE MINISTER VAN DEFENSIE</h1>' +
        '<p>Tekst</p><h2 class="tussenkop">  Oekraïne  </h2><p>Meer</p><h3><br></h3><nav><h2>Menu</h2></nav>' +
        '<div class="vraag"><h2>Nr. 504<br>MOTIE</h2></div></div>',
      dom,
    );
    const x = extractText(container);
    const found = x.headings.map((h) => ({ level: h.level, text: x.text.slice(h.start, h.end) }));
    expect(found).toEqual([
      { level: 1, text: 'Nr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE' },
      { level: 2, text: 'Oekraïne' },
      { level: 2, text: 'Nr. 504\nMOTIE' },
    ]);
  });

  it('returns empty text for an empty container', () => {
    const { container } = loadFragment('<div id="c">  \n <script>x</script> </div>', dom);
    expect(extractText(container)).toEqual({ text: '', segments: [], headings: [] });
  });

  it('handles a very deep DOM without overflowing the stack', () => {
    const { doc, container } = loadFragment('<div id="c"></div>', dom);
    let parent: Element = container;
    for (let i = 0; i < 20000; i++) parent = parent.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    parent.appendChild(doc.createTextNode('Den Haag'));
    expect(extractText(container).text).toBe('Den Haag');
  });

  it('handles a large page completely', () => {
    const { doc, container } = loadFragment('<div id="c"></div>', dom);
    for (let i = 0; i < 20000; i++) {
      const p = container.appendChild(doc.createElement('p'));
      p.appendChild(doc.createTextNode(`Alinea ${i} over de NAVO-Top   in Madrid.`));
    }
    const x = extractText(container);
    expect(x.text.split('\n\n')).toHaveLength(20000);
    expect(x.text.endsWith('Alinea 19999 over de NAVO-Top in Madrid.')).toBe(true);
  });
});

describe.each(DOMS)('white space inside a text node, in %s', (dom) => {
  // [the node's data, the text a reader sees, segments as [start, end, nodeOffset]]: a collapsed run
  // is represented by its first character; a run of words joined by single spaces is one segment.
  const cases: [string, string, [number, number, number][]][] = [
    [
      'a  b',
      'a b',
      [
        [0, 2, 0],
        [2, 3, 3],
      ],
    ],
    ['a\tb c', 'a b c', [[0, 5, 0]]],
    [
      'a\r\nb',
      'a b',
      [
        [0, 2, 0],
        [2, 3, 3],
      ],
    ],
    ['a\fb', 'a b', [[0, 3, 0]]],
    // A no-break space is no HTML white space: it stays, and the run goes on over it.
    ['a \u00a0b', 'a \u00a0b', [[0, 4, 0]]],
    // Leading and trailing white space is owed to nothing.
    [' a b ', 'a b', [[0, 3, 1]]],
    ['\n\n   ', '', []],
  ];
  it.each(cases)('%j → %j', (data, text, segments) => {
    const { doc, container } = loadFragment('<div id="c"><p></p></div>', dom);
    container.querySelector('p')?.appendChild(doc.createTextNode(data));
    const x = extractText(container);
    expect(x.text).toBe(text);
    expect(x.segments.map((seg) => [seg.start, seg.end, seg.nodeOffset])).toEqual(segments);
    expectSegmentsMapBack(x);
  });

  it('needs no TreeWalker: the walk follows the node links itself', () => {
    const { doc, container } = loadFragment(
      '<div id="c"><p>Den <b>Haag</b>, 30 september 2022</p></div>',
      dom,
    );
    Object.defineProperty(doc, 'createTreeWalker', { value: undefined });
    expect(extractText(container).text).toBe('Den Haag, 30 september 2022');
  });
});

describe.each(DOMS)('reading a long paper in parts, in %s', (dom) => {
  function longPaper(paragraphs: number): Element {
    const { doc, container } = loadFragment('<div id="c"><h2>1. Inleiding</h2></div>', dom);
    for (let i = 0; i < paragraphs; i++) {
      const p = container.appendChild(doc.createElement('p'));
      p.appendChild(
        doc.createTextNode(`Alinea ${i} over de NAVO-Top   in Madrid (Kamerstuk 28 676, nr. ${i}).`),
      );
    }
    return container;
  }

  it('in slices: the same text, segments and headings as in one go, with the main thread given back', async () => {
    const container = longPaper(2000);
    const parts: string[] = [];
    let yields = 0;
    let clock = 0;
    const sliced = await extractTextInSlices(
      container,
      {},
      {
        // Every look at the clock finds the slice used up: the walk pauses as often as it can.
        now: () => (clock += 100),
        yieldFn: async () => {
          yields++;
        },
        onText: (text) => parts.push(text),
      },
    );
    const whole = extractText(container);
    expect(yields).toBeGreaterThan(10);
    // One part per slice; after the last, the main thread is given back once more before the text is joined.
    expect(parts.length).toBe(yields);
    // The parts handed out slice by slice are the text, in order: what goes to the background ahead.
    expect(parts.join('')).toBe(whole.text);
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(10);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.headings).toEqual(whole.headings);
    expect(sliced.segments.length).toBe(whole.segments.length);
    expectSegmentsMapBack(sliced);
  });

  it('in slices that hand their text on: a slice ends after about `partChars` characters, however fast the clock', async () => {
    const container = longPaper(2000);
    const parts: string[] = [];
    await extractTextInSlices(
      container,
      {},
      { now: () => 0, yieldFn: async () => undefined, onText: (text) => parts.push(text), partChars: 2_000 },
    );
    const whole = extractText(container).text;
    expect(parts.join('')).toBe(whole);
    expect(parts.length).toBeGreaterThan(whole.length / 12_000);
    // The walk looks at its bounds every 64 nodes: a part runs over by at most that many paragraphs' text.
    for (const part of parts) expect(part.length).toBeLessThan(2_000 + 64 * 100);
  });

  it('the opening of a long paper: a prefix of the whole text that maps back to its nodes', () => {
    const container = longPaper(2000);
    const whole = extractText(container);
    const { extracted, complete } = extractTextPrefix(container, {}, 5_000);
    expect(complete).toBe(false);
    expect(extracted.text.length).toBeGreaterThanOrEqual(5_000);
    // It stops at the next node boundary it checks, not far beyond.
    expect(extracted.text.length).toBeLessThan(5_000 + 64 * 80);
    expect(whole.text.startsWith(extracted.text)).toBe(true);
    expect(extracted.headings).toEqual([whole.headings[0]]);
    expectSegmentsMapBack(extracted);
  });

  it('the opening of a short paper is all of it', () => {
    const container = longPaper(3);
    const { extracted, complete } = extractTextPrefix(container, {}, 5_000);
    expect(complete).toBe(true);
    expect(extracted).toEqual(extractText(container));
  });
});

describe.each(DOMS)('holdsText in %s', (dom) => {
  it.each([
    // A tweedekamer.nl modal before its text arrives: markup and white space only.
    ['<div id="c">\n  <div class="m-modal__content">\n\u00a0 </div>\n</div>', false],
    ['<div id="c"></div>', false],
    // Text deep down, after empty elements.
    ['<div id="c"><div> </div><section><p>\n</p><p>Geachte voorzitter,</p></section></div>', true],
    ['<div id="c"><span>NAVO</span></div>', true],
  ])('%s → %s', (html, expected) => {
    const { container } = loadFragment(html, dom);
    expect(holdsText(container)).toBe(expected);
    // The same answer as a test on all of its text.
    expect(/\S/.test(container.textContent ?? '')).toBe(expected);
  });
});
