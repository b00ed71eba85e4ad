import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetPageStyles, loadPageStyles } from '../../src/reader/page-styles';
import { pageStyles, registerPageStyles } from '../../src/ui/page-styles';
import { POPOVER_CSS } from '../../src/ui/popover/styles';
import { SIDEBAR_CSS } from '../../src/ui/sidebar/styles';

// The setup file registers the real stylesheets for every other test; these start without them.
const real = { sidebar: SIDEBAR_CSS, popover: POPOVER_CSS };
afterEach(() => {
  forgetPageStyles();
  registerPageStyles(real);
});

describe('page styles from the background', () => {
  it('registers the answer once and asks only once per page', async () => {
    registerPageStyles({ sidebar: '', popover: '' });
    const ask = vi.fn(async () => ({ sidebar: '.a{}', popover: '.b{}' }));
    await Promise.all([loadPageStyles(ask), loadPageStyles(ask)]);
    await loadPageStyles(ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(pageStyles()).toEqual({ sidebar: '.a{}', popover: '.b{}' });
  });

  it.each([
    ['a rejected ask (a restarting service worker)', () => Promise.reject(new Error('gone'))],
    [
      'an ask that throws at once (no extension context)',
      () => {
        throw new Error('Extension context invalidated');
      },
    ],
    ['an answer without the stylesheets', async () => ({ sidebar: 1 })],
    ['no answer', async () => undefined],
  ])('keeps what it had and asks again after %s', async (_, failing) => {
    registerPageStyles(real);
    await expect(loadPageStyles(failing as () => Promise<unknown>)).resolves.toBeUndefined();
    expect(pageStyles()).toEqual(real);
    const ask = vi.fn(async () => ({ sidebar: '.s{}', popover: '.p{}' }));
    await loadPageStyles(ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(pageStyles().sidebar).toBe('.s{}');
  });
});
