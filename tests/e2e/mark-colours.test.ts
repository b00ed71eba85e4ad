/**
 * The marks' colours in Chromium with the built extension, measured in pixels as the audit did
 * (s30, sections 3 and 4): under a dark system theme the sites' pages stay white and the marks
 * must still show there (underline at least 3:1 against the page, WCAG 1.4.11); in forced colours
 * (Windows high contrast) Chromium paints every custom highlight like selected text, so no mark may
 * be painted there: the marks in view are underlined in Kamerlens's own layer instead (compared with
 * the marks' Range boxes, in the system's link colour), and the finding stepped to is framed,
 * clearly unlike a selection.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, PAGES_DIR } from '../../scripts/lib/fixture-server.mjs';
// The benchmark's generated paper: real letters' paragraphs cycled under a Kamerstuk head.
import { paperPage } from '../../bench/generate.mjs';
import {
  acronymEntry,
  hoverAt,
  htmlRoute,
  openCountingListeners,
  popover,
  useHarness,
  waitForPainted,
} from './harness';

/**
 * The tweedekamer.nl letter with its document modal as on the real site: fixed over the page, its
 * text scrolled inside it under a sticky header (the fixture only hides a closed modal).
 */
const MODAL_PAPER = 'http://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z18970&did=2022D39633';
const MODAL_PAGE = readFileSync(join(PAGES_DIR, 'tk-brief-navo.html'), 'utf8').replace(
  '</head>',
  `<style>
    #document-html-modal { position: fixed; inset: 0; overflow: auto; background: #fff; }
    .m-modal__header--sticky { position: sticky; top: 0; padding: 10px 0; background: #fff; }
  </style></head>`,
);

/**
 * A long paper (300 KB): its first screens are analysed and painted on their own, well before the
 * rest is read and analysed (`startReader`).
 */
const LONG_PAPER = 'http://zoek.officielebekendmakingen.nl/kst-36600-2.html';
const LONG_PAGE = paperPage(300_000).html;

const h = useHarness({
  routes: {
    'www.tweedekamer.nl/kamerstukken/moties/detail': htmlRoute(MODAL_PAGE),
    'zoek.officielebekendmakingen.nl/kst-36600-2.html': htmlRoute(LONG_PAGE),
  },
});
/** A blank tab that decodes screenshots into pixels (its canvas), kept for all the tests. */
let decoder: Page;
beforeAll(async () => {
  decoder = h.keep(await h.context.newPage());
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

describe('the marks on a white page, whatever the system theme', () => {
  it.each(['light', 'dark'] as const)(
    'underline NAVO at 3:1 or more against the page under a %s system theme',
    async (colorScheme) => {
      const url = `${PAGES.obkPaper}?scheme-${colorScheme}`;
      const page = await h.open(url);
      await page.emulateMedia({ colorScheme });
      const clip = await boxOf(page, 'NAVO');
      await expect.poll(async () => (await highlightNames(page)).includes('kamerlens-acronym')).toBe(true);
      const on = await pixels(await page.screenshot({ clip }));
      await h.toggleMarks(url);
      await expect.poll(() => highlightNames(page)).toEqual([]);
      const off = await pixels(await page.screenshot({ clip }));
      // On again: the setting is the browser's, and the other tests need their marks.
      await h.toggleMarks(url);
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
    const page = await h.open(`${PAGES.obkPaper}?forced`);
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
    await acronymEntry(page, 'UDCG').first().click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
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
    const page = await h.open(`${PAGES.obkPaper}?forced-live`);
    expect(await highlightNames(page)).toEqual(['kamerlens-acronym', 'kamerlens-citation']);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => highlightNames(page)).toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(() => highlightNames(page)).toEqual(['kamerlens-acronym', 'kamerlens-citation']);
    // Outside forced colours there is no frame: the current mark's own colour shows the finding.
    await page.mouse.click(20, 300);
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await page.locator('kamerlens-popover .kl-frame').first().isVisible()).toBe(false);
  });
});

/** One line of a mark or one underline, in viewport pixels: its kind, left edge, width, and where the line ends below. */
type Line = { kind: string; left: number; width: number; bottom: number };

/** The underlines Kamerlens draws in forced colours, in its popover host's shadow root. */
function underlines(page: Page): Promise<Line[]> {
  return page.evaluate(() =>
    [...(document.querySelector('kamerlens-popover')?.shadowRoot?.querySelectorAll('.kl-u') ?? [])].map(
      (el) => {
        const r = el.getBoundingClientRect();
        return { kind: el.classList[1] ?? '', left: r.left, width: r.width, bottom: r.top };
      },
    ),
  );
}

/**
 * Keeps the marks' Ranges in the page (read from `CSS.highlights` while forced colours are off,
 * where they are registered), for `markLines`.
 */
function keepMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { kept: [string, Range][] };
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    w.kept = [...registry].flatMap(([name, h]) =>
      [...h].map((r): [string, Range] => [name.replace('kamerlens-', ''), r]),
    );
    return w.kept.length;
  });
}

/**
 * The line boxes of the kept marks (Range.getClientRects) in the window; with `below`, only those
 * wholly in it and below that height (a site's sticky header).
 */
function markLines(page: Page, below?: number): Promise<Line[]> {
  return page.evaluate((below) => {
    const out: Line[] = [];
    for (const [kind, range] of (window as unknown as { kept: [string, Range][] }).kept) {
      for (const r of range.getClientRects()) {
        const inView =
          below === undefined
            ? r.bottom > 0 && r.top < innerHeight
            : r.top >= below && r.bottom <= innerHeight;
        if (r.width > 0 && inView) out.push({ kind, left: r.left, width: r.width, bottom: r.bottom });
      }
    }
    return out;
  }, below);
}

/** Whether `a` and `b` are the same line (to a pixel: the underline is placed in layout units). */
const same = (a: Line, b: Line) =>
  a.kind === b.kind &&
  Math.abs(a.left - b.left) <= 1 &&
  Math.abs(a.width - b.width) <= 1 &&
  Math.abs(a.bottom - b.bottom) <= 1;

/**
 * Every line wholly in view (below `top`, a site's sticky header) has its underline, and every
 * underline is under a mark's line in view; at least `least` of them.
 */
async function expectUnderlined(page: Page, least = 10, top = 0): Promise<Line[]> {
  const drawn = await underlines(page);
  const whole = await markLines(page, top);
  const partly = await markLines(page);
  expect(whole.length).toBeGreaterThanOrEqual(least);
  expect(whole.filter((l) => !drawn.some((u) => same(u, l)))).toEqual([]);
  expect(drawn.filter((u) => !partly.some((l) => same(u, l)))).toEqual([]);
  return drawn;
}

/** Two frames: what the reader draws in the next one is on the page. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('forced colours: the marks underlined in Kamerlens’s own layer', () => {
  it('underline each line of every mark in view, follow scrolling, and add nothing to the page', async () => {
    const page = await h.open(`${PAGES.obkPaper}?underlines`);
    const elements = () => page.evaluate(() => document.getElementsByTagName('*').length);
    const before = await elements();
    expect(await keepMarks(page)).toBeGreaterThan(40);
    // None in normal mode: not even the popover's host, which holds them.
    expect(await page.locator('kamerlens-popover').count()).toBe(0);
    await page.emulateMedia({ forcedColors: 'active' });
    // At the top of the page: the heading's NAVO.
    await expect.poll(async () => (await underlines(page)).length).toBeGreaterThan(0);
    await frames(page);
    expect((await underlines(page)).map((u) => u.kind)).toEqual(['acronym']);
    // The paragraph that introduces the UDCG in the middle of the window.
    const udcg = await boxOf(page, 'UDCG');
    await frames(page);
    const top = await expectUnderlined(page);
    expect(top.some((u) => Math.abs(u.left - udcg.x - 3) <= 1 && u.bottom > udcg.y)).toBe(true);
    // The page's DOM gets one element, the popover's host: the underlines are inside its shadow root,
    // in a layer screen readers skip.
    expect(await elements()).toBe(before + 1);
    expect(await page.evaluate(() => document.querySelectorAll('.kl-u').length)).toBe(0);
    expect(
      await page.evaluate(() => {
        const u = document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-u');
        return [u?.parentElement?.getAttribute('aria-hidden'), u && getComputedStyle(u).pointerEvents];
      }),
    ).toEqual(['true', 'none']);

    // Scrolled with the wheel until the citation of Kamerstuk 29 521 is in the middle of the window.
    const by = await page.evaluate(() => {
      const kept = (window as unknown as { kept: [string, Range][] }).kept;
      const citation = kept.find(([kind]) => kind === 'citation')?.[1];
      return Math.round((citation?.getBoundingClientRect().top ?? 0) - innerHeight / 2);
    });
    expect(Math.abs(by)).toBeGreaterThan(300);
    const from = await page.evaluate(() => scrollY);
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, by);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(from + by);
    await frames(page);
    const lower = await expectUnderlined(page);
    expect(lower.map((u) => u.kind)).toContain('citation');
    // Each kind in its own line, as the marks are outside forced colours.
    expect(
      await page.evaluate(() =>
        Object.fromEntries(
          [...(document.querySelector('kamerlens-popover')?.shadowRoot?.querySelectorAll('.kl-u') ?? [])].map(
            (u) => {
              const s = getComputedStyle(u);
              return [u.classList[1], `${s.borderBottomWidth} ${s.borderBottomStyle}`];
            },
          ),
        ),
      ),
    ).toEqual({ acronym: '2px dotted', citation: '2px solid' });
    // Other lines are in view now: few underlines are where they were.
    expect(lower.filter((u) => top.some((t) => same(t, u))).length).toBeLessThan(lower.length / 2);

    // Printed, the layer is not shown (the host prints nothing).
    await page.emulateMedia({ media: 'print', forcedColors: 'active' });
    expect(
      await page.evaluate(
        () =>
          document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-u')?.getClientRects()
            .length,
      ),
    ).toBe(0);
  });

  it('exist only while forced colours are on: gone when turned off, back when on, no listener otherwise', async () => {
    const { page, listeners } = await openCountingListeners(h.context, `${PAGES.obkPaper}?forced-toggle`);
    await waitForPainted(page);
    const watching = async () =>
      (await listeners()).filter((l) => l === 'document:scroll' || l === 'window:resize').length;
    const normal = await watching();
    await keepMarks(page);
    await boxOf(page, 'UDCG');
    await frames(page);
    expect(await underlines(page)).toEqual([]);
    expect(await page.locator('kamerlens-popover').count()).toBe(0);

    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(async () => (await underlines(page)).length).toBeGreaterThan(10);
    // They follow scrolling and resizing through the open popover's listeners: none added.
    expect(await watching()).toBe(normal);
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(() => underlines(page)).toEqual([]);
    // Their layer goes too (and their size observer); the marks are painted again.
    expect(
      await page.evaluate(() => document.querySelector('kamerlens-popover')?.shadowRoot?.childElementCount),
    ).toBe(4);
    expect(await watching()).toBe(normal);
    expect(await highlightNames(page)).toEqual(['kamerlens-acronym', 'kamerlens-citation']);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(async () => (await underlines(page)).length).toBeGreaterThan(10);
    await frames(page);
    await expectUnderlined(page);
  });

  it("underline a long paper's first screens before the rest is analysed, and then the whole paper's in their place, none doubled", async () => {
    const page = await h.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    // The reader at the paper's first paragraphs when the marks come (the site's head fills the top screen).
    await page.addInitScript(() =>
      addEventListener('DOMContentLoaded', () =>
        document.querySelector('#broodtekst .tekst')?.scrollIntoView({ behavior: 'instant' }),
      ),
    );
    await page.goto(LONG_PAPER);
    // Looked at in every frame from the first screens' paint on, before the sidebar or the whole
    // paper's marks are there.
    const early = (await (
      await page.waitForFunction(
        () => {
          if (performance.getEntriesByName('kamerlens:first-paint').length === 0) return null;
          const hosts = [...document.querySelectorAll('kamerlens-popover')];
          return {
            sidebar: document.querySelectorAll('kamerlens-root').length,
            painted: performance.getEntriesByName('kamerlens:painted').length,
            hosts: hosts.length,
            layers: hosts.flatMap((host) => [
              ...(host.shadowRoot?.querySelectorAll('div[aria-hidden="true"]') ?? []),
            ]).length,
            lines: hosts.flatMap((host) =>
              [...(host.shadowRoot?.querySelectorAll('.kl-u') ?? [])].map((el) => {
                const r = el.getBoundingClientRect();
                return { kind: el.classList[1] ?? '', left: r.left, width: r.width, bottom: r.top };
              }),
            ),
          };
        },
        null,
        { polling: 'raf', timeout: 30_000 },
      )
    ).jsonValue()) as { sidebar: number; painted: number; hosts: number; layers: number; lines: Line[] };
    expect({ ...early, lines: early.lines.length > 10 }).toEqual({
      sidebar: 0,
      painted: 0,
      hosts: 1,
      layers: 1,
      lines: true,
    });
    expect(early.lines.map((u) => u.kind)).toEqual(expect.arrayContaining(['acronym', 'citation']));

    await waitForPainted(page, 60_000);
    await frames(page);
    // The whole paper's marks: one host, one layer, no line underlined twice, and the first screens'
    // lines underlined where they were (nothing scrolled).
    const after = await underlines(page);
    expect(await page.locator('kamerlens-popover').count()).toBe(1);
    expect(
      await page.evaluate(
        () =>
          document.querySelector('kamerlens-popover')?.shadowRoot?.querySelectorAll('div[aria-hidden="true"]')
            .length,
      ),
    ).toBe(1);
    expect(after.filter((u, i) => after.findIndex((v) => same(u, v)) !== i)).toEqual([]);
    expect(after).toHaveLength(early.lines.length);
    expect(early.lines.filter((u) => !after.some((v) => same(u, v)))).toEqual([]);
    // And both under the marks' own lines: read with forced colours off for a moment, where they are
    // registered.
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(() => keepMarks(page)).toBeGreaterThan(10);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(async () => (await underlines(page)).length).toBe(after.length);
    await frames(page);
    await expectUnderlined(page);
    const marks = await markLines(page);
    expect(early.lines.filter((u) => !marks.some((l) => same(u, l)))).toEqual([]);
  });

  it('come when the site opens its modal, follow its scrolling and leave its sticky header clear (tweedekamer.nl)', async () => {
    const page = await h.open(MODAL_PAPER);
    expect(await keepMarks(page)).toBeGreaterThan(40);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => page.locator('kamerlens-popover').count()).toBe(1);
    await frames(page);
    // Closed, the text has no boxes: nothing to underline.
    expect(await underlines(page)).toEqual([]);
    // Opened: the text is laid out, nothing scrolled.
    await page.locator('button[data-modal-toggle="#document-html-modal"]').first().click();
    await expect.poll(async () => (await underlines(page)).length).toBeGreaterThan(0);
    await frames(page);
    await expectUnderlined(page, 3);
    // Scrolled inside the modal until a line of a mark is under its sticky header, which the
    // underline must not cover.
    const header = await page.locator('.m-modal__header').evaluate((el) => el.getBoundingClientRect().bottom);
    const by = await page.evaluate((header) => {
      const kept = (window as unknown as { kept: [string, Range][] }).kept;
      const top = kept.map(([, r]) => r.getBoundingClientRect().top).find((t) => t > innerHeight);
      return Math.round((top ?? 0) - header / 2);
    }, header);
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, by);
    await expect.poll(() => page.locator('#document-html-modal').evaluate((el) => el.scrollTop)).toBe(by);
    await frames(page);
    const hidden = (await markLines(page)).filter((l) => l.bottom < header);
    expect(hidden.length).toBeGreaterThan(0);
    const drawn = await expectUnderlined(page, 3, header);
    expect(drawn.filter((u) => u.bottom < header)).toEqual([]);
  });

  it('draw in the system’s link colour, unlike a selection, and leave hover and selecting to the text', async () => {
    const page = await h.open(`${PAGES.obkPaper}?forced-pixels`);
    await page.emulateMedia({ forcedColors: 'active' });
    const clip = await boxOf(page, 'UDCG');
    await expect.poll(async () => (await underlines(page)).length).toBeGreaterThan(10);
    await frames(page);
    const [linkText, canvasText] = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const colour = (c: string) => {
        probe.style.color = c;
        return getComputedStyle(probe).color;
      };
      const out = [colour('LinkText'), colour('CanvasText')];
      probe.remove();
      return out;
    });
    const ink = (linkText ?? '').match(/\d+/g)?.map(Number) as Rgb;
    expect(linkText).not.toBe(canvasText);
    const shot = await pixels(await page.screenshot({ clip }));
    const near = (p: Rgb, q: Rgb) =>
      Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) < 60;
    // The word stays on the page's Canvas, as unmarked text; below it, a dotted line of LinkText
    // (UDCG is some 45 px wide: over a third of its 2 px line is ink).
    expect(shot.rgb[shot.width * 4 + 4]).toEqual([255, 255, 255]);
    expect(shot.rgb.filter((p) => near(p, ink)).length).toBeGreaterThan(30);

    // Hover over the word opens its popover, as without the underlines.
    const x = clip.x + clip.width / 2;
    const y = clip.y + 3 + (clip.height - 12) / 2;
    await hoverAt(page, { x, y });
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await popover(page).innerText()).toContain('Defense Contact Group');
    await page.keyboard.press('Escape');
    // The pointer goes through the underlines: at one, it is over the page's text element.
    const through = await page.evaluate(() => {
      const u = document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-u');
      const r = u?.getBoundingClientRect();
      return r && document.elementFromPoint(r.left + r.width / 2, r.top + 1)?.localName;
    });
    expect(through).toMatch(/^(p|h\d|span|a|div|li|td|strong|em|i|b)$/);
    // Pressed on the word and dragged across it: it is selected.
    await page.mouse.move(clip.x + 4, clip.y + clip.height - 2);
    await page.mouse.move(clip.x + 4, y);
    await page.mouse.down();
    await page.mouse.move(clip.x + clip.width - 4, y, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('UDCG');
  });
});
