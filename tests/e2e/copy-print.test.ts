/**
 * The page's own copy and print, with the sidebar open, compared with the same page without the
 * extension (fetched from 127.0.0.1, where it does not run): Select All and Copy puts the same text
 * on the clipboard (Chromium copies a selection with the shadow roots inside it, so the sidebar's
 * and a popover's text would go along), and the filter field can still be typed in, selected and
 * copied; printed, the page gets its full width back (the sidebar does not print, and neither may
 * the room made for it) and as many pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES, PAGES_DIR } from '../../scripts/lib/fixture-server.mjs';
import { hoverMark, htmlRoute, popover, useHarness } from './harness';

/**
 * The tweedekamer.nl letter with its document modal laid out as on the real site, fixed over the
 * page (the fixture hides a closed modal only): so the side-by-side layout narrows the modal too.
 */
const FIXED_MODAL_PAGE = readFileSync(join(PAGES_DIR, 'tk-brief-navo.html'), 'utf8').replace(
  '</head>',
  '<style>#document-html-modal { position: fixed; inset: 0; overflow: auto; background: #fff; }</style></head>',
);
const FIXED_MODAL_BASELINE = '/fixed-modal.html';
const fixedModalPage = htmlRoute(FIXED_MODAL_PAGE);

const h = useHarness({
  routes: {
    'www.tweedekamer.nl/kamerstukken/brieven_regering/detail': fixedModalPage,
    // The same page where the extension does not run.
    [`127.0.0.1${FIXED_MODAL_BASELINE}`]: fixedModalPage,
  },
});

/** Clicks in the letter's first paragraph, then Ctrl+A and Ctrl+C, as a reader does. */
async function clickInLetter(page: Page): Promise<void> {
  await page.bringToFront();
  await page
    .locator('#broodtekst p')
    .first()
    .click({ position: { x: 2, y: 2 } });
}

async function selectAllAndCopy(page: Page): Promise<{ text: string; html: string }> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  return h.readClipboard();
}

describe('copy', () => {
  it('Select All and Copy gives the page as without the extension: no sidebar, no popover', async () => {
    const base = await h.openBaseline('obk-kst-navo.html');
    await clickInLetter(base);
    const expected = await selectAllAndCopy(base);
    expect(expected.text).toMatch(/NAVO/);

    const page = await h.open(PAGES.obkPaper);
    await clickInLetter(page);
    // The first NAVO's popover, opened by hovering.
    await hoverMark(page, 'kamerlens-acronym', 'NAVO');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    const sidebarText = await page.locator('kamerlens-root aside').innerText();
    const popoverText = await popover(page).innerText();
    expect(sidebarText).toMatch(/Over dit stuk/i);
    expect(popoverText).toMatch(/Noord-Atlantische Verdragsorganisatie/);
    const copied = await selectAllAndCopy(page);
    // Still open while copying: its text was on the page.
    expect(await popover(page).isVisible()).toBe(true);

    // The lengths first: a short message when the sidebar (some 3,300 characters) went along.
    expect(copied.text.length).toBe(expected.text.length);
    expect(copied.text).toBe(expected.text);
    // Nor in what a paste into a rich editor gets.
    for (const text of ['Over dit stuk', 'Filter op woord', 'Noord-Atlantische Verdragsorganisatie']) {
      expect(copied.html).not.toContain(text);
    }
  });

  it('in forced colours, where the marks are underlined in the popover host, Select All and Copy is the same', async () => {
    const base = await h.openBaseline('obk-kst-navo.html');
    await clickInLetter(base);
    const expected = await selectAllAndCopy(base);

    const page = await h.open(PAGES.obkPaper);
    await page.emulateMedia({ forcedColors: 'active' });
    const underlines = () =>
      page.evaluate(
        () => document.querySelector('kamerlens-popover')?.shadowRoot?.querySelectorAll('.kl-u').length ?? 0,
      );
    await clickInLetter(page);
    await expect.poll(underlines).toBeGreaterThan(0);
    const copied = await selectAllAndCopy(page);
    expect(await underlines()).toBeGreaterThan(0);
    expect(copied.text).toBe(expected.text);
    expect(copied.html).not.toContain('kl-u');
  });

  it('the filter field can still be typed in, selected and copied', async () => {
    const page = await h.open(PAGES.obkPaper);
    const filter = page.locator('kamerlens-root .kl-filter-input');
    await filter.click();
    await page.keyboard.type('NAVO top');
    expect(await filter.inputValue()).toBe('NAVO top');
    // Its whole text with Ctrl+A (the field's, not the page's), onto the clipboard.
    await page.keyboard.press('Control+A');
    expect(await filter.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
      0, 8,
    ]);
    await page.keyboard.press('Control+C');
    expect((await h.readClipboard()).text).toBe('NAVO top');
    // And part of it by dragging the mouse over it.
    await page.bringToFront();
    await filter.click();
    await page.keyboard.press('End');
    const box = await filter.boundingBox();
    const end = await filter.evaluate((el: HTMLInputElement) => {
      // Where the text ends: measured on a copy of the field's text in its font.
      const style = getComputedStyle(el);
      const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      canvas.font = style.font;
      return (
        parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth) + canvas.measureText(el.value).width
      );
    });
    if (!box) throw new Error('no filter field');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + end - 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, y, { steps: 6 });
    await page.mouse.up();
    expect(await filter.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
      0, 8,
    ]);
  });
});

/** Pages in a PDF: its page objects (Chromium writes them uncompressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * What the page looks like printed: the width of the text's container and the root's and the
 * modal's right margins under print media, and the pages of an A4 PDF.
 */
async function printed(page: Page, text: string) {
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate((text) => {
    const margin = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el).marginRight : null;
    };
    return {
      width: Math.round(document.querySelector(text)?.getBoundingClientRect().width ?? -1),
      root: margin('html'),
      modal: margin('#document-html-modal'),
    };
  }, text);
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: null });
  return { ...layout, pages };
}

describe('print', () => {
  it('prints the letter at its full width and on as many pages as without the extension', async () => {
    const base = await h.openBaseline('obk-kst-navo.html');
    const expected = await printed(base, '#broodtekst');
    expect(expected.width).toBeGreaterThan(1000);

    const page = await h.open(PAGES.obkPaper);
    // The page is narrowed beside the open sidebar on screen.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).not.toBe('0px');
    expect(await printed(page, '#broodtekst')).toEqual(expected);
  });

  it("prints tweedekamer.nl's open document modal, which the sidebar narrows on screen, at its full width", async () => {
    const toggle = 'button[data-modal-toggle="#document-html-modal"]';
    const content = '#document-html-modal .m-modal__content';
    const base = await h.context.newPage();
    await base.goto(`http://127.0.0.1:${h.port}${FIXED_MODAL_BASELINE}`);
    await base.locator(toggle).click();
    const expected = await printed(base, content);
    expect(expected.width).toBeGreaterThan(1000);

    const page = await h.open(PAGES.tkPaper);
    await page.locator(toggle).click();
    await expect.poll(() => page.locator('#document-html-modal').isVisible()).toBe(true);
    // The modal is narrowed beside the open sidebar on screen.
    expect(
      await page.locator('#document-html-modal').evaluate((el) => getComputedStyle(el).marginRight),
    ).not.toBe('0px');
    expect(await printed(page, content)).toEqual(expected);
  });
});
