import { describe, expect, it } from 'vitest';
import { sameText, snapshotHasText, snapshotText } from '../../src/dom/text-snapshot';
import { loadFragment } from './helpers';

const LETTER =
  '<div id="c"><h2>1. Inleiding</h2><p>Op 12 en 13 oktober vergaderden de <b>NAVO</b>-ministers.</p>' +
  '<p>Zie Kamerstuk 29 521, nr. 446.</p></div>';

// The live page's DOM only: the live reader runs in the browser, never in the CLI.
describe('the kept text of a container', () => {
  const dom = 'happy-dom';
  it('joins to what textContent gives', () => {
    const { container } = loadFragment(LETTER, dom);
    expect(snapshotText(container).pieces.join('')).toBe(container.textContent);
  });

  // Each change is one a reader would see, or one that leaves the page as it was. `text`: is `textContent` the
  // same; `unchanged`: is the snapshot still good (the text in the same nodes, where the reader's ranges are).
  const cases: [string, (c: Element) => void, { text: boolean; unchanged: boolean }][] = [
    ['nothing changed', () => {}, { text: true, unchanged: true }],
    ['an attribute set', (c) => c.setAttribute('open', ''), { text: true, unchanged: true }],
    [
      'an element without text added',
      (c) => c.append(c.ownerDocument.createElement('hr')),
      { text: true, unchanged: true },
    ],
    [
      'the same text rendered again in new nodes (its marks collapsed with the old ones)',
      (c) => {
        for (const p of c.querySelectorAll('p')) p.textContent = p.textContent ?? '';
      },
      { text: true, unchanged: false },
    ],
    [
      'a word wrapped in an element (the nodes split, the text the same)',
      (c) => {
        const text = c.querySelector('p')!.firstChild as Text;
        const word = text.splitText(3);
        word.splitText(2);
        const mark = c.ownerDocument.createElement('mark');
        word.replaceWith(mark);
        mark.append(word);
      },
      { text: true, unchanged: false },
    ],
    [
      // `normalize` gives the first node the data of the next and moves the ranges in them along (DOM spec).
      'a node split and merged again',
      (c) => {
        (c.querySelector('p')!.firstChild as Text).splitText(3);
        c.querySelector('p')!.normalize();
      },
      { text: true, unchanged: true },
    ],
    [
      'one character changed',
      (c) => (c.querySelector('b')!.textContent = 'NAVI'),
      { text: false, unchanged: false },
    ],
    [
      'a paragraph added',
      (c) => c.append(c.ownerDocument.createElement('p'), 'Nieuw.'),
      { text: false, unchanged: false },
    ],
    [
      'the last paragraph removed',
      (c) => c.querySelectorAll('p')[1]?.remove(),
      { text: false, unchanged: false },
    ],
    [
      'a tab swapping all the text',
      (c) => (c.textContent = 'Een andere brief.'),
      { text: false, unchanged: false },
    ],
    ['one character added at the end', (c) => c.append('.'), { text: false, unchanged: false }],
    [
      'a character changed in place',
      (c) => ((c.querySelector('b')!.firstChild as Text).data = 'NAVI'),
      { text: false, unchanged: false },
    ],
    ['the text emptied', (c) => (c.textContent = ''), { text: false, unchanged: false }],
  ];

  it.each(cases)('%s: %o', (_what, change, expected) => {
    const { container } = loadFragment(LETTER, dom);
    const before = snapshotText(container);
    const contentBefore = container.textContent;
    change(container);
    expect(container.textContent === contentBefore).toBe(expected.text);
    expect(sameText(container, before)).toBe(expected.unchanged);
  });

  it('tells text from white space', () => {
    expect(
      snapshotHasText(snapshotText(loadFragment('<div id="c">\n  <p> </p>\n</div>', dom).container)),
    ).toBe(false);
    expect(snapshotHasText(snapshotText(loadFragment(LETTER, dom).container))).toBe(true);
  });
});
