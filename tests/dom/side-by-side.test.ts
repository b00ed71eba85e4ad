// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
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
    expect(root().style.getPropertyValue('margin-right')).toMatch(/^\d+px$/);
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
    expect(root().style.getPropertyValue('margin-right')).toBe('392px');
    layout.apply(500);
    expect(root().style.getPropertyValue('margin-right')).toBe('512px');
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
    expect(modal.style.getPropertyValue('margin-right')).toBe('360px');
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

  it('is taken over by the side-by-side layout: the same margin, the reservation given back on close', () => {
    reserveSpace(document, 380);
    expect(getComputedStyle(root()).marginRight).toBe('380px');
    // Reserving twice adds nothing.
    reserveSpace(document, 380);
    expect(document.querySelectorAll('style[data-kamerlens="reserve"]')).toHaveLength(1);
    const layout = createSideBySide(() => [root()]);
    layout.apply(380);
    // The page's own margin was read without the reservation: 380, not 760.
    expect(root().style.getPropertyValue('margin-right')).toBe('380px');
    expect(getComputedStyle(root()).marginRight).toBe('380px');
    layout.apply(420);
    expect(getComputedStyle(root()).marginRight).toBe('420px');
    layout.restore();
    expect(reservation()).toBeNull();
    expect(root().getAttribute('style')).toBeNull();
    expect(getComputedStyle(root()).marginRight).not.toBe('380px');
  });

  it('is given back when the sidebar does not sit beside the page', () => {
    reserveSpace(document, 380);
    createSideBySide(() => [root()]).restore();
    expect(reservation()).toBeNull();
    expect(getComputedStyle(root()).marginRight).not.toBe('380px');
  });

  it.each([
    [1280, 380, 380],
    [1280, 720, 720],
    [1200, 720, 720],
    [1000, 720, null],
    [860, 380, 380],
    [859, 380, null],
    [700, 380, null],
  ])('a %i px window and a %i px sidebar: narrowed by %s', (viewport, width, expected) => {
    expect(sideBySideWidth(viewport, width)).toBe(expected);
  });
});
