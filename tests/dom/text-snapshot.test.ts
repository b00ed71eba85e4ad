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
    expect(snapshotText(container).join('')).toBe(container.textContent);
  });

  // Each change is one a reader would see, or one that leaves the text as it was.
  const cases: [string, (c: Element) => void, boolean][] = [
    ['nothing changed', () => {}, true],
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
      true,
    ],
    ['two nodes merged into one', (c) => c.querySelector('p')!.normalize(), true],
    ['an attribute set', (c) => c.setAttribute('open', ''), true],
    ['an element without text added', (c) => c.append(c.ownerDocument.createElement('hr')), true],
    ['one character changed', (c) => (c.querySelector('b')!.textContent = 'NAVI'), false],
    ['a paragraph added', (c) => c.append(c.ownerDocument.createElement('p'), 'Nieuw.'), false],
    ['the last paragraph removed', (c) => c.querySelectorAll('p')[1]?.remove(), false],
    ['a tab swapping all the text', (c) => (c.textContent = 'Een andere brief.'), false],
    ['one character added at the end', (c) => c.append('.'), false],
    ['the text emptied', (c) => (c.textContent = ''), false],
  ];

  it.each(cases)('%s: same text is %s', (_what, change, same) => {
    const { container } = loadFragment(LETTER, dom);
    const before = snapshotText(container);
    const contentBefore = container.textContent;
    change(container);
    expect(container.textContent === contentBefore).toBe(same);
    expect(sameText(container, before)).toBe(same);
  });

  it('tells text from white space', () => {
    expect(
      snapshotHasText(snapshotText(loadFragment('<div id="c">\n  <p> </p>\n</div>', dom).container)),
    ).toBe(false);
    expect(snapshotHasText(snapshotText(loadFragment(LETTER, dom).container))).toBe(true);
  });
});
