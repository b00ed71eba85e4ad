/**
 * The marks' colours in Chromium with the built extension, measured in pixels as the audit did
 * (s30, sections 3 and 4): under a dark system theme the sites' pages stay white and the marks
 * must still show there (underline at least 3:1 against the page, WCAG 1.4.11); in forced colours
 * (Windows high contrast) Chromium paints every custom highlight like selected text, so no mark may
 * be painted there, and the finding stepped to is framed instead, clearly unlike a selection.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import { openPainted, sendToTab, startHarness, type Harness } from './harness';

let h: Harness;
/** A blank tab that decodes screenshots into pixels (its canvas). */
let decoder: Page;
beforeAll(async () => {
  h = await startHarness();
  decoder = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  for (const page of h.context.pages()) if (page !== decoder) await page.close();
});

type Clip = { x: number; y: number; width: number; height: number };
type Rgb = [number, number, number];

/** The RGB pixels of a PNG, row by row. */
async function pixels(png: Buffer): Promise<{ width: number; rgb: Rgb[] }> {
  return decoder.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bitmap, 0, 0);
    const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const rgb: [number, number, number][] = [];
    for (let i = 0; i < d.length; i += 4) rgb.push([d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0]);
    return { width: bitmap.width, rgb };
  }, png.toString('base64'));
}

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const [r = 0, g = 0, bl = 0] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi = 0, lo = 0] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Pixels that differ clearly (the sum of channel differences over 60) between two shots of one clip. */
function differing(a: Rgb[], b: Rgb[]): number {
  return a.filter((p, i) => {
    const q = b[i] ?? [0, 0, 0];
    return Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 60;
  }).length;
}

/**
 * The box of `word` in the paragraph that introduces the UDCG (the NAVO letter), scrolled to the
 * middle of the viewport, with a few pixels around it and room below for an underline.
 */
function boxOf(page: Page, word: string): Promise<Clip> {
  return page.evaluate((word) => {
    const p = [...document.querySelectorAll('#broodtekst p')].find((el) =>
      el.textContent?.includes('(UDCG)'),
    );
    if (!p) throw new Error('no paragraph with (UDCG)');
    p.scrollIntoView({ block: 'center', behavior: 'instant' });
    const text = p.firstChild as Text;
    const at = text.data.indexOf(word);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + word.length);
    const b = range.getBoundingClientRect();
    return {
      x: Math.floor(b.left) - 3,
      y: Math.floor(b.top) - 3,
      width: Math.ceil(b.width) + 6,
      height: Math.ceil(b.height) + 12,
    };
  }, word);
}

/** Selects `word` in that paragraph, as the reader would with the mouse. */
function select(page: Page, word: string): Promise<void> {
  return page.evaluate((word) => {
    const p = [...document.querySelectorAll('#broodtekst p')].find((el) =>
      el.textContent?.includes('(UDCG)'),
    );
    const text = p?.firstChild as Text;
    const at = text.data.indexOf(word);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + word.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, word);
}

const highlightNames = (page: Page) =>
  page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort());

function toggleMarks(url: string): Promise<void> {
  return sendToTab(h.worker, url, { type: 'toggle-marks' });
}

describe('the marks on a white page, whatever the system theme', () => {
  it.each(['light', 'dark'] as const)(
    'underline NAVO at 3:1 or more against the page under a %s system theme',
    async (colorScheme) => {
      const url = `${PAGES.obkPaper}?scheme-${colorScheme}`;
      const page = await openPainted(h.context, url);
      await page.emulateMedia({ colorScheme });
      const clip = await boxOf(page, 'NAVO');
      await expect.poll(async () => (await highlightNames(page)).includes('kamerlens-acronym')).toBe(true);
      const on = await pixels(await page.screenshot({ clip }));
      await toggleMarks(url);
      await expect.poll(() => highlightNames(page)).toEqual([]);
      const off = await pixels(await page.screenshot({ clip }));
      // On again: the setting is the browser's, and the other tests need their marks.
      await toggleMarks(url);
      await expect.poll(async () => (await highlightNames(page)).includes('kamerlens-acronym')).toBe(true);
      // The page has no dark style: it stays white under a dark system theme.
      expect(off.rgb[0]).toEqual([255, 255, 255]);
      // Where the page without marks is bare white, what the marks paint: the underline's pixels.
      const strong = on.rgb.filter((p, i) => {
        const q = off.rgb[i];
        return q?.every((c) => c === 255) && contrast(p, [255, 255, 255]) >= 3;
      });
      // NAVO is about 40 px wide; its dotted 2 px underline gives well over 20 such pixels (the
      // dark palette of before gave none: 1.5:1 at best).
      expect(strong.length).toBeGreaterThan(20);
    },
  );
});

describe('forced colours (high contrast)', () => {
  it('paint no mark like selected text; a selection still shows, and the finding stepped to is framed', async () => {
    const page = await openPainted(h.context, `${PAGES.obkPaper}?forced`);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => highlightNames(page)).toEqual([]);
    const clip = await boxOf(page, 'UDCG');
    const plain = await pixels(await page.screenshot({ clip }));
    const canvas = plain.rgb[plain.width * 4 + 4] as Rgb;
    // Before, every mark had the system Highlight colour behind it (55,51,109 here).
    expect(canvas).toEqual([255, 255, 255]);
    await select(page, 'UDCG');
    const selected = await pixels(await page.screenshot({ clip }));
    expect(contrast(selected.rgb[selected.width * 4 + 4] as Rgb, canvas)).toBeGreaterThan(3);
    await page.evaluate(() => getSelection()?.removeAllRanges());

    // UDCG from the sidebar: its popover opens, and a frame goes round the word.
    await page.locator('kamerlens-root [data-section="acronyms"] button[data-abbr="UDCG"]').first().click();
    await expect.poll(() => page.locator('kamerlens-popover .kl-pop').isVisible()).toBe(true);
    await expect.poll(() => highlightNames(page)).toEqual([]);
    const frame = page.locator('kamerlens-popover .kl-frame');
    expect(await frame.count()).toBe(1);
    expect(await frame.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    // The popover itself (which opens just below) out of the picture: only the word is compared.
    await page.evaluate(() => {
      const layer = document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-layer');
      if (layer instanceof HTMLElement) layer.style.display = 'none';
    });
    const current = await pixels(await page.screenshot({ clip: await boxOf(page, 'UDCG') }));
    // Framed in CanvasText (black) around a white word: unlike the filled selection, and unlike plain text.
    expect(current.rgb[current.width * 4 + 4]).toEqual([255, 255, 255]);
    expect(current.rgb.filter((p) => p.every((c) => c === 0)).length).toBeGreaterThan(150);
    expect(differing(current.rgb, selected.rgb)).toBeGreaterThan(600);
    expect(differing(current.rgb, plain.rgb)).toBeGreaterThan(150);
  });

  it('follow the setting live: the marks come back when turned off, and go when turned on again', async () => {
    const page = await openPainted(h.context, `${PAGES.obkPaper}?forced-live`);
    expect(await highlightNames(page)).toEqual(['kamerlens-acronym', 'kamerlens-citation']);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => highlightNames(page)).toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(() => highlightNames(page)).toEqual(['kamerlens-acronym', 'kamerlens-citation']);
    // Outside forced colours there is no frame: the current mark's own colour shows the finding.
    await page.mouse.click(20, 300);
    await page.keyboard.press(']');
    await expect.poll(() => page.locator('kamerlens-popover .kl-pop').isVisible()).toBe(true);
    expect(await page.locator('kamerlens-popover .kl-frame').first().isVisible()).toBe(false);
  });
});
