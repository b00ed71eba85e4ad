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

  describe('when the place the focus came from is out of sight, or there is none', () => {
    // The audit's case on kst-28676-409: Enter on an outline entry, the reader scrolls on 1,485 px, opens and
    // closes the sidebar; or clicks in the text (nothing focused), opens and closes it. The focus went to the
    // heading far above, or to <body>, and the next Tab scrolled the page back to it or to the top.
    const paragraph = () => {
      const p = document.createElement('p');
      p.textContent = 'De NAVO-ministers van Defensie komen op 12 en 13 oktober bijeen.';
      document.body.append(p);
      // happy-dom lays nothing out: the paragraph's text is what stands at the top of the window.
      atTop(p.firstChild as Node);
      return p;
    };
    /** The caret at the top of the window stands in `node`. */
    const atTop = (node: Node) => {
      Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: node, offset: 0 }) });
    };
    afterEach(() => {
      Reflect.deleteProperty(document, 'caretPositionFromPoint');
    });

    it('gives it to the text at the top of the window when its element is far above the screen', () => {
      const { link, host, button } = page();
      const p = paragraph();
      link.getBoundingClientRect = () => new DOMRect(0, -1485, 200, 20);
      const focus = trackReturnFocus(host);
      link.focus();
      enter(host, link, button);
      focus.restore();
      expect(document.activeElement).toBe(p);
      // Made focusable for the moment only, as text a jump focuses.
      expect(p.getAttribute('tabindex')).toBe('-1');
      focus.stop();
    });

    it('gives it to the text at the top of the window when nothing had the focus', () => {
      const { host, button } = page();
      const p = paragraph();
      const focus = trackReturnFocus(host);
      button.focus();
      focus.restore();
      expect(document.activeElement).toBe(p);
      focus.stop();
    });

    it('to a link itself when the text at the top is words inside it, as in the menu of officielebekendmakingen.nl', () => {
      // `<a href="…"><strong>Ondernemers</strong></a>`: its <strong> made focusable would take the focus ring,
      // and Enter there would follow nothing.
      const { host, button } = page();
      const menu = document.createElement('a');
      menu.href = '/ondernemers';
      const strong = document.createElement('strong');
      strong.textContent = 'Ondernemers';
      menu.append(strong);
      document.body.append(menu);
      atTop(strong.firstChild as Node);
      const focus = trackReturnFocus(host);
      button.focus();
      focus.restore();
      expect(document.activeElement).toBe(menu);
      expect(strong.hasAttribute('tabindex')).toBe(false);
      focus.stop();
    });

    it('never to Kamerlens itself', () => {
      const { host, button } = page();
      const label = document.createElement('span');
      label.textContent = 'Kamerlens';
      host.append(label);
      atTop(label.firstChild as Node);
      const focus = trackReturnFocus(host);
      button.focus();
      focus.restore();
      // Nothing of the page to go to: the focus is left where it is, and our host is not made focusable.
      expect(host.hasAttribute('tabindex')).toBe(false);
      expect(document.activeElement).toBe(host);
      focus.stop();
    });
  });
});
