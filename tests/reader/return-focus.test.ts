// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { focusTextAt } from '../../src/reader/focus-in-text';
import { trackReturnFocus } from '../../src/reader/return-focus';

/** A page with a link, and our host with a shadow root holding a button (the sidebar). */
function page() {
  const link = document.createElement('a');
  link.href = '#x';
  link.textContent = 'Kamerstuk';
  const host = document.createElement('kamerlens-root');
  const shadow = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.textContent = 'Sluiten';
  const other = document.createElement('button');
  shadow.append(button, other);
  document.body.append(link);
  document.documentElement.append(host);
  return { link, host, shadow, button, other };
}

/**
 * Moves the focus from a page element into the sidebar. happy-dom's focus events carry no
 * `relatedTarget`; Chromium's `focusin`, seen at the host, names the page element the focus left
 * (checked there, and in tests/e2e/sidebar-focus.test.ts), so that event is dispatched here too.
 */
function enter(host: Element, from: HTMLElement, to: HTMLElement) {
  to.focus();
  host.dispatchEvent(new FocusEvent('focusin', { relatedTarget: from, bubbles: true, composed: true }));
}

afterEach(() => {
  document.body.replaceChildren();
  document.querySelector('kamerlens-root')?.remove();
});

describe('trackReturnFocus', () => {
  it('gives the focus back to the page element it came from, also after moves inside the sidebar', () => {
    const { link, host, shadow, button, other } = page();
    const focus = trackReturnFocus(host);
    link.focus();
    enter(host, link, button);
    other.focus();
    expect(shadow.activeElement).toBe(other);
    focus.restore();
    expect(document.activeElement).toBe(link);
    focus.stop();
  });

  it('gives it back to where it was when the sidebar was opened by the keyboard command', () => {
    const { link, host, button } = page();
    const focus = trackReturnFocus(host);
    link.focus();
    focus.remember(document.activeElement);
    button.focus();
    focus.restore();
    expect(document.activeElement).toBe(link);
  });

  it('leaves the focus alone when it is not in the sidebar, or its element is gone', () => {
    const { link, host, button } = page();
    const focus = trackReturnFocus(host);
    link.focus();
    enter(host, link, button);
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    focus.restore();
    expect(document.activeElement).toBe(field);
    button.focus();
    link.remove();
    field.remove();
    focus.restore();
    expect(document.activeElement).not.toBe(link);
  });

  it('gives it back to text a jump focused, though its tabindex went when the focus came into the sidebar', () => {
    // Enter on the outline entry "Afschrikking en verdediging" (kst-28676-409), then the keyboard command.
    const { host, button } = page();
    const heading = document.createElement('h2');
    heading.textContent = 'Afschrikking en verdediging';
    document.body.append(heading);
    const focus = trackReturnFocus(host);
    const range = document.createRange();
    range.setStart(heading.firstChild as Node, 0);
    range.setEnd(heading.firstChild as Node, 1);
    focusTextAt(range);
    focus.remember(document.activeElement);
    button.focus();
    expect(heading.hasAttribute('tabindex')).toBe(false);
    focus.restore();
    expect(document.activeElement).toBe(heading);
    // Focusable again only while it has the focus.
    expect(heading.getAttribute('tabindex')).toBe('-1');
    button.focus();
    expect(heading.hasAttribute('tabindex')).toBe(false);
    focus.stop();
  });
});
