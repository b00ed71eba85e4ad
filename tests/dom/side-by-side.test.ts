// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reserveSpace, sideBySideWidth } from '../../src/dom/reserved-space';
import { canSitSideBySide, createSideBySide, MIN_PAGE_WIDTH } from '../../src/dom/side-by-side';

const root = () => document.documentElement;

afterEach(() => {
  root().removeAttribute('style');
  document.body.replaceChildren();
});

describe('side-by-side', () => {
  it.each([
    ['no style attribute', null],
    ['an empty style attribute', ''],
    ['styles of its own', 'color: red; scroll-padding-top: 80px'],
    ['its own margin-right', 'margin-right: 12px'],
    ['its own important margin-right', 'margin-right: 2em !important; background: white'],
  ])('narrows the root and restores %s exactly', (_name, original) => {
    if (original === null) root().removeAttribute('style');
    else root().setAttribute('style', original);
    const layout = createSideBySide(() => [root()]);
    layout.apply(380);
    expect(layout.active).toBe(true);
    // Its own margin plus the room, the room only while the extension's stylesheet is there (page.css).
    expect(root().style.getPropertyValue('margin-right')).toMatch(
      /^calc\((?:\d+px \+ )?380px \* var\(--kamerlens-installed, 0\)\)$/,
    );
    expect(root().style.getPropertyPriority('margin-right')).toBe('important');
    layout.apply(420);
    layout.restore();
    expect(layout.active).toBe(false);
    expect(root().getAttribute('style')).toBe(original);
  });

  it('adds the width to the margin the page already has', () => {
    root().setAttribute('style', 'margin-right: 12px');
    const layout = createSideBySide(() => [root()]);
    layout.apply(380);
    expect(root().style.getPropertyValue('margin-right')).toBe(
      'calc(12px + 380px * var(--kamerlens-installed, 0))',
    );
    layout.apply(500);
    expect(root().style.getPropertyValue('margin-right')).toBe(
      'calc(12px + 500px * var(--kamerlens-installed, 0))',
    );
    layout.restore();
  });

  it('keeps what the page changed meanwhile, and puts back only its own property', () => {
    root().setAttribute('style', 'color: red');
    const layout = createSideBySide(() => [root()]);
    layout.apply(380);
    root().style.setProperty('overflow', 'hidden');
    layout.restore();
    expect(root().style.getPropertyValue('color')).toBe('red');
    expect(root().style.getPropertyValue('overflow')).toBe('hidden');
    expect(root().style.getPropertyValue('margin-right')).toBe('');
  });

  it('leaves no empty style attribute behind when the page had none', () => {
    const layout = createSideBySide(() => [root()]);
    layout.apply(380);
    root().style.setProperty('overflow', 'hidden');
    root().style.removeProperty('overflow');
    layout.restore();
    expect(root().hasAttribute('style')).toBe(false);
  });

  it('narrows a fixed modal too, each element once, and restores each', () => {
    const modal = document.createElement('div');
    modal.setAttribute('style', 'position: fixed; inset: 0');
    document.body.append(modal);
    const layout = createSideBySide(() => [root(), modal, root()]);
    layout.apply(360);
    expect(modal.style.getPropertyValue('margin-right')).toBe('calc(360px * var(--kamerlens-installed, 0))');
    layout.restore();
    expect(modal.getAttribute('style')).toBe('position: fixed; inset: 0');
    expect(root().hasAttribute('style')).toBe(false);
  });

  it('ignores widths that are not a positive number, and a restore without apply', () => {
    const layout = createSideBySide(() => [root()]);
    layout.restore();
    for (const w of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) layout.apply(w);
    expect(layout.active).toBe(false);
    expect(root().hasAttribute('style')).toBe(false);
  });

  it.each([
    [1280, 380, true],
    [MIN_PAGE_WIDTH + 320, 320, true],
    [MIN_PAGE_WIDTH + 319, 320, false],
    [390, 320, false],
  ])('viewport %i with a %i px sidebar: side by side %s', (viewport, width, expected) => {
    expect(canSitSideBySide(viewport, width)).toBe(expected);
  });
});

describe('the room reserved before load', () => {
  const reservation = () => document.querySelector('style[data-kamerlens="reserve"]');

  // Computed margins (the room only while page.css sets --kamerlens-installed) are checked in
  // Chromium (tests/e2e/huge-paper.test.ts, tests/e2e/invalidation.test.ts): happy-dom does not
  // evaluate calc().
  const reserved = () => reservation()?.textContent ?? '';

  it('is taken over by the side-by-side layout: the same margin, the reservation given back on close', () => {
    // What a browser computes for the root with the reservation and page.css (happy-dom leaves calc()).
    const computed = vi
      .spyOn(window, 'getComputedStyle')
      .mockImplementation(() => ({ marginRight: reservation() ? '380px' : '0px' }) as CSSStyleDeclaration);
    reserveSpace(document, 380);
    expect(reserved()).toBe('html { margin-right: calc(380px * var(--kamerlens-installed, 0)) !important; }');
    // Reserving twice adds nothing.
    reserveSpace(document, 380);
    expect(document.querySelectorAll('style[data-kamerlens="reserve"]')).toHaveLength(1);
    const layout = createSideBySide(() => [root()]);
    layout.apply(380);
    // The page's own margin was read without the reservation: 380, not 760.
    expect(root().style.getPropertyValue('margin-right')).toBe('calc(380px * var(--kamerlens-installed, 0))');
    layout.apply(420);
    expect(root().style.getPropertyValue('margin-right')).toBe('calc(420px * var(--kamerlens-installed, 0))');
    layout.restore();
    expect(reservation()).toBeNull();
    expect(root().getAttribute('style')).toBeNull();
    computed.mockRestore();
  });

  it('is given back when the sidebar does not sit beside the page', () => {
    reserveSpace(document, 380);
    createSideBySide(() => [root()]).restore();
    expect(reservation()).toBeNull();
    expect(root().getAttribute('style')).toBeNull();
  });

  it.each([
    [1280, 380, 380],
    [1280, 720, 720],
    [1200, 720, 720],
    // A window too narrow for the chosen width: the sidebar narrows to leave the page 480 px (an auditor found
    // a 720 px sidebar covering 652 px of text in a 1100 px window, and 372 px in an 800 px one).
    [1100, 720, 620],
    [1000, 720, 520],
    [860, 380, 380],
    [859, 380, 379],
    [800, 380, 320],
    // Under 800 px even the narrowest sidebar would leave the page less than 480 px: it covers the page.
    [799, 380, null],
    [700, 380, null],
  ])('a %i px window and a %i px sidebar: narrowed by %s', (viewport, width, expected) => {
    expect(sideBySideWidth(viewport, width)).toBe(expected);
  });
});
