// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { focusTextAt } from '../../src/reader/focus-in-text';

afterEach(() => document.body.replaceChildren());

/** A range at the start of `node`'s first text. */
function rangeIn(node: Node): Range {
  const range = document.createRange();
  const text = node.firstChild as Node;
  range.setStart(text, 0);
  range.setEnd(text, 1);
  return range;
}

describe('focusTextAt', () => {
  it('gives the focus to the heading a jump led to, without making it a Tab stop for good', () => {
    const heading = document.createElement('h2');
    heading.textContent = 'Afschrikking en verdediging';
    const after = document.createElement('button');
    document.body.append(heading, after);
    focusTextAt(rangeIn(heading));
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    after.focus();
    expect(document.activeElement).toBe(after);
    expect(heading.hasAttribute('tabindex')).toBe(false);
  });

  it('keeps the heading focusable while the focus is in a popover of ours, so Escape can give it back', () => {
    const heading = document.createElement('h2');
    heading.textContent = 'Missies en operaties';
    const popover = document.createElement('kamerlens-popover');
    popover.tabIndex = -1;
    const after = document.createElement('button');
    document.body.append(heading, after);
    document.documentElement.append(popover);
    focusTextAt(rangeIn(heading));
    popover.focus();
    expect(heading.getAttribute('tabindex')).toBe('-1');
    heading.focus();
    expect(document.activeElement).toBe(heading);
    after.focus();
    expect(heading.hasAttribute('tabindex')).toBe(false);
    popover.remove();
  });

  it('leaves only the element of the last jump focusable, and none once the focus is in the sidebar', () => {
    const first = document.createElement('h2');
    first.textContent = 'Oekraïne';
    const second = document.createElement('h2');
    second.textContent = 'Missies en operaties';
    const sidebar = document.createElement('kamerlens-root');
    sidebar.tabIndex = -1;
    document.body.append(first, second);
    document.documentElement.append(sidebar);
    focusTextAt(rangeIn(first));
    focusTextAt(rangeIn(second));
    expect([first, second].map((h) => h.getAttribute('tabindex'))).toEqual([null, '-1']);
    sidebar.focus();
    expect(second.hasAttribute('tabindex')).toBe(false);
    sidebar.remove();
  });

  it('lets go of the heading when the focus goes nowhere (a click on the text)', async () => {
    const heading = document.createElement('h2');
    heading.textContent = 'Afschrikking en verdediging';
    document.body.append(heading);
    focusTextAt(rangeIn(heading));
    heading.blur();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heading.hasAttribute('tabindex')).toBe(false);
  });

  it.each([
    ['a link of the page', () => Object.assign(document.createElement('a'), { href: '#note1' })],
    [
      'an element the page gave its own tabindex',
      () => {
        const p = document.createElement('p');
        p.setAttribute('tabindex', '0');
        return p;
      },
    ],
  ])('focuses %s as it is, leaving its attributes alone', (_name, make) => {
    const el = make();
    el.textContent = 'Kamerstuk 29 521, nr. 446';
    document.body.append(el);
    const before = el.getAttribute('tabindex');
    focusTextAt(rangeIn(el));
    expect(document.activeElement).toBe(el);
    (el as HTMLElement).blur();
    expect(el.getAttribute('tabindex')).toBe(before);
  });
});
