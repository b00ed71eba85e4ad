import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import { useHarness } from './harness';

/**
 * The extension updated or removed under an open paper: Chrome keeps the old content script's
 * work on the page but cuts it off from the extension. Reloading the extension from its service
 * worker does just that (Chrome does not inject the new version into open tabs). This file
 * reloads the extension, so it has a browser of its own.
 */
const h = useHarness();

/** Everything Kamerlens adds to a page, as the page itself sees it. */
function traces(page: Page) {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('[data-kamerlens]').length,
    hosts: document.querySelectorAll('kamerlens-root').length,
    highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
    marginRight: getComputedStyle(document.documentElement).marginRight,
  }));
}

describe('an open paper when the extension goes away', () => {
  it('is left as it was: no sidebar, no highlights, no reserved room', async () => {
    const page = await h.open(PAGES.obkPaper);
    const before = await traces(page);
    expect(before.hosts).toBe(1);
    expect(before.highlights).toBeGreaterThan(0);
    expect(before.marginRight).not.toBe('0px');

    // The worker goes down with the reload: its answer may never come.
    await h.worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-kamerlens]').length === 0 &&
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
      null,
      { timeout: 10_000 },
    );
    expect(await traces(page)).toEqual({ elements: 0, hosts: 0, highlights: 0, marginRight: '0px' });
    // The page's own text and links are untouched.
    await expect(page.locator('#broodtekst a').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
