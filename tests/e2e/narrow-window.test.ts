/**
 * The sidebar in a window too narrow for the page beside it (under 800 CSS px: a 500 px half screen, a
 * 1280 px window at 200 % zoom), end to end in Chromium with the built extension. There it would cover
 * half of every line, so it is a drawer: it does not open by itself, an entry or `]` puts it away before
 * its target is shown, and the keyboard command brings it back with the focus on the entry last used.
 * The zoom is the tab's real zoom (`chrome.tabs.setZoom`), as a reader sets it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import { focusedText, outlineEntry, popover, sidebarFocus, useHarness, waitForPainted } from './harness';

// Every test starts from the default settings; zoom is kept per site in the profile: back to 100 % before the
// tabs go.
const h = useHarness({ clearStorage: true, beforeReset: () => zoom(1) });

/** The slice of the extension API the service worker is driven through. */
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    setZoom(tabId: number, factor: number): Promise<void>;
  };
};

/** Sets the zoom of the tab showing the obk paper, as the reader's Ctrl + does. */
function zoom(factor: number): Promise<void> {
  return h.worker.evaluate(
    async ([url, factor]) => {
      const [tab] = await chrome.tabs.query({ url: url as string });
      if (tab?.id !== undefined) await chrome.tabs.setZoom(tab.id, factor as number);
    },
    [PAGES.obkPaper, factor] as const,
  );
}

/** What the background sends for the toolbar button, or with `via: 'keyboard'` for Alt+Shift+K. */
const toggle = (via?: 'keyboard') => h.toggleSidebar(PAGES.obkPaper, via);

/** The paper opened in a window `width` px wide from the start. */
const openNarrow = (width: number): Promise<Page> =>
  h.open(PAGES.obkPaper, { viewport: { width, height: 800 } });

/** The sidebar's box while it is shown (null when closed or put away), and the viewport's width. */
function sidebarBox(page: Page) {
  return page.evaluate(() => {
    const aside = document.querySelector('kamerlens-root')?.shadowRoot?.querySelector('aside');
    const r = aside?.getBoundingClientRect();
    return { left: r && r.width > 0 ? Math.round(r.left) : null, viewport: innerWidth };
  });
}

/** Whether the box of `what` (the focused element, or the current mark) is in the viewport and clear of the sidebar. */
function clearOfSidebar(page: Page, what: 'focus' | 'current') {
  return page.evaluate((what) => {
    const aside = document.querySelector('kamerlens-root')?.shadowRoot?.querySelector('aside');
    const side = aside?.getBoundingClientRect();
    const sideLeft = side && side.width > 0 ? side.left : innerWidth;
    const highlights = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const target =
      what === 'focus' ? document.activeElement : [...(highlights.get('kamerlens-current') ?? [])][0];
    const r = target?.getBoundingClientRect();
    if (!r || r.height === 0) return false;
    return r.top >= 0 && r.bottom <= innerHeight && r.right <= sideLeft;
  }, what);
}

describe('the sidebar in a narrow window', () => {
  it('does not open by itself at 500 px: the text keeps the whole width', async () => {
    const page = await openNarrow(500);
    expect(await sidebarBox(page)).toEqual({ left: null, viewport: 500 });
    // The toolbar button pulls it out, over the page.
    await toggle();
    await expect.poll(async () => (await sidebarBox(page)).left).not.toBeNull();
  });

  it('is put away when an outline entry leads into the text, and the command brings it back to that entry', async () => {
    const page = await openNarrow(500);
    await toggle('keyboard');
    await expect.poll(() => sidebarFocus(page)).not.toBeNull();
    await outlineEntry(page, 'Missies en operaties').focus();
    await page.keyboard.press('Enter');
    // The heading has the focus, in view, and nothing covers it.
    await expect.poll(() => focusedText(page)).toBe('Missies en operaties');
    expect(await sidebarBox(page)).toEqual({ left: null, viewport: 500 });
    expect(await clearOfSidebar(page, 'focus')).toBe(true);
    // The command brings the drawer back as it was, with the focus on the entry used.
    await toggle('keyboard');
    await expect.poll(() => sidebarFocus(page)).toBe('Missies en operaties');
    expect((await sidebarBox(page)).left).not.toBeNull();
    // Escape puts it away again, and the focus goes back to the heading in the text.
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedText(page)).toBe('Missies en operaties');
    expect((await sidebarBox(page)).left).toBeNull();
  });

  it('is put away when ] steps to a finding, so the current mark is never under it', async () => {
    const page = await openNarrow(500);
    await toggle();
    await expect.poll(async () => (await sidebarBox(page)).left).not.toBeNull();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press(']');
      await expect.poll(() => popover(page).count()).toBe(1);
      await expect.poll(() => clearOfSidebar(page, 'current')).toBe(true);
    }
    expect((await sidebarBox(page)).left).toBeNull();
  });

  it('at 200 % zoom: an open sidebar steps aside, and is back as it was at 100 %', async () => {
    const page = await h.open(PAGES.obkPaper);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await sidebarBox(page)).left).not.toBeNull();
    await zoom(2);
    await expect.poll(async () => (await sidebarBox(page)).viewport).toBe(640);
    await expect.poll(async () => (await sidebarBox(page)).left).toBeNull();
    // No part of the text is under anything of ours.
    const textRight = await page.evaluate(
      () => document.querySelector('#broodtekst')?.getBoundingClientRect().right,
    );
    expect(textRight).toBeLessThanOrEqual(640);
    // Pulled out and used there: the outline's target is shown clear of it.
    await toggle('keyboard');
    await expect.poll(() => sidebarFocus(page)).not.toBeNull();
    await outlineEntry(page, 'Afschrikking en verdediging').click();
    await expect.poll(() => clearOfSidebar(page, 'focus')).toBe(true);
    expect((await sidebarBox(page)).left).toBeNull();
    // Back to 100 %: open beside the page, as the reader left it there (the drawer is not a setting).
    await zoom(1);
    await expect.poll(async () => (await sidebarBox(page)).left).toBe(1280 - 380);
  });

  it('a reload at 200 % zoom leaves it closed', async () => {
    const page = await h.open(PAGES.obkPaper);
    await page.setViewportSize({ width: 1280, height: 800 });
    await zoom(2);
    await page.reload();
    await waitForPainted(page);
    expect(await sidebarBox(page)).toEqual({ left: null, viewport: 640 });
  });
});
