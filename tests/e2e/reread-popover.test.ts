/**
 * A popover open while the page's text changes elsewhere (content arriving, as tweedekamer.nl's pages
 * add theirs after load): the reader reads the paper again, and the popover stays on its finding, the
 * focus in it and `]` going on from it; only a popover whose finding is gone closes, and its focus then
 * goes to the text, not to the page's body. End to end in Chromium with the built extension.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import { hoverAt, popover, popoverCount, readingsStarted, useHarness, waitForMark } from './harness';

const h = useHarness();

/** The open acronym popover's place among its occurrences: `Vermelding 2 van 26 in dit stuk` → '2 van 26'. */
const count = async (page: Page) => /\d+ van \d+/.exec(await popoverCount(page))?.[0];

/** Watches the popover from now on: whether it was ever taken off the page, and where the focus is. */
async function watchPopover(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { popoverClosed: boolean };
    w.popoverClosed = false;
    const root = document.querySelector('kamerlens-popover')?.shadowRoot;
    if (!root) throw new Error('no popover');
    new MutationObserver(() => {
      if (!root.querySelector('.kl-pop')) w.popoverClosed = true;
    }).observe(root, { childList: true, subtree: true });
  });
}
const popoverClosed = (page: Page) =>
  page.evaluate(() => (window as unknown as { popoverClosed: boolean }).popoverClosed);
const focusInPopover = (page: Page) =>
  page.evaluate(() => document.activeElement?.localName === 'kamerlens-popover');

/** Adds a paragraph to the paper's text (at its end, or before all of it), as a page's own script would. */
async function addParagraph(page: Page, text: string, where: 'append' | 'prepend'): Promise<void> {
  const before = await readingsStarted(page);
  await page.locator('#broodtekst').evaluate(
    (el, { text, where }) => {
      const p = document.createElement('p');
      p.textContent = text;
      el[where](p);
    },
    { text, where },
  );
  // Read again: a new start, then its marks (the new paragraph's RIVM) painted.
  await expect.poll(() => readingsStarted(page), { timeout: 10_000 }).toBeGreaterThan(before);
  await waitForMark(page, 'kamerlens-acronym', 'RIVM');
  await page.waitForTimeout(300);
}

describe('a popover open while the paper is read again', () => {
  it('opened from the keyboard: stays on its finding, keeps the focus, and ] goes on from it', async () => {
    const page = await h.open(PAGES.obkPaper);
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await expect.poll(() => count(page)).toMatch(/^2 van \d+$/);
    const total = Number((await count(page))?.split(' van ')[1]);
    expect(await focusInPopover(page)).toBe(true);
    await watchPopover(page);

    // Content arrives at the end of the paper: the open finding is where it was.
    await addParagraph(page, 'Het RIVM meldt zich later.', 'append');
    expect(await popoverClosed(page)).toBe(false);
    expect(await count(page)).toBe(`2 van ${total}`);
    expect(await focusInPopover(page)).toBe(true);
    await page.keyboard.press(']');
    await expect.poll(() => count(page)).toBe(`3 van ${total}`);

    // Content arrives before it, with one NAVO more: the same finding, its place and count refreshed.
    await addParagraph(page, 'Vooraf: de NAVO en het RIVM.', 'prepend');
    expect(await popoverClosed(page)).toBe(false);
    expect(await count(page)).toBe(`4 van ${total + 1}`);
    expect(await focusInPopover(page)).toBe(true);
    await page.keyboard.press('[');
    await expect.poll(() => count(page)).toBe(`3 van ${total + 1}`);
  });

  it('opened by hovering: stays open over its mark', async () => {
    const page = await h.open(PAGES.obkPaper);
    const point = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const range = [...(h.get('kamerlens-citation') ?? [])][0];
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = range?.getClientRects()[0];
      return r ? { x: r.left + 4, y: r.top + r.height / 2 } : null;
    });
    if (!point) throw new Error('no citation mark');
    await hoverAt(page, point);
    await expect(popover(page).innerText()).resolves.toMatch(/29\s521/);
    await watchPopover(page);
    await addParagraph(page, 'Het RIVM meldt zich later.', 'append');
    expect(await popoverClosed(page)).toBe(false);
    expect(await popover(page).innerText()).toMatch(/29\s521/);
  });

  it('whose finding is gone: closes, and the focus goes to the text, not to the page', async () => {
    const page = await h.open(PAGES.obkPaper);
    await page.keyboard.press(']');
    await expect.poll(() => count(page)).toMatch(/^1 van \d+$/);
    expect(await focusInPopover(page)).toBe(true);
    const before = await readingsStarted(page);
    // The paper's text replaced by another (a tab swapped in): no NAVO in it.
    await page.locator('#broodtekst').evaluate((el) => {
      const p = document.createElement('p');
      p.textContent = 'Het RIVM en de GGD voeren de campagne uit.';
      el.replaceChildren(p);
    });
    await expect.poll(() => readingsStarted(page), { timeout: 10_000 }).toBeGreaterThan(before);
    await expect.poll(() => popover(page).count()).toBe(0);
    const focus = await page.evaluate(() => ({
      body: document.activeElement === document.body,
      inText:
        !!document.activeElement && !!document.querySelector('#broodtekst')?.contains(document.activeElement),
    }));
    expect(focus).toEqual({ body: false, inText: true });
    // ] goes on in the new text.
    await page.keyboard.press(']');
    await expect(popover(page).innerText()).resolves.toMatch(/RIVM|GGD/);
  });
});
