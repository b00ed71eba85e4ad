/**
 * Smoke test of the Firefox build in Firefox: Debian's firefox-esr over WebDriver BiDi, the build
 * installed as a temporary add-on, fixture pages reached under their real names through a local
 * proxy. The reader starts on a paper with the glossary from its package, and does nothing elsewhere.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findFirefox,
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  startFixtureProxy,
} from '../../scripts/firefox.mjs';
import { PAGES, startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import {
  kamerlensMarks,
  navigateToPaper,
  ONE_READING,
  recordStylesheetAtBody,
  stylesheetAtBodyRecorded,
  stylesheetInstalled,
} from './harness';

const firefox = findFirefox();
const built = existsSync(join(firefoxExtensionDir(), 'manifest.json'));

/**
 * Firefox (with `prefs`) with the build installed, reaching the fixture pages through the proxy, for the tests of
 * the describe block this is called in: started before them, and browser, proxy and server closed after them.
 * Puppeteer drives it, not Playwright: hence a harness of its own.
 */
function useFirefox(prefs: Record<string, unknown> = {}) {
  let running: { browser: Browser; extensionId: string; stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    const server = await startFixtureServer();
    const proxy = await startFixtureProxy(server.port);
    const { browser, extensionId } = await launchFirefoxWithExtension({ proxyPort: proxy.port, prefs });
    running = {
      browser,
      extensionId,
      async stop() {
        await browser.close();
        await proxy.close();
        await server.close();
      },
    };
  });
  afterAll(async () => {
    await running?.stop();
  });
  const get = () => {
    if (!running) throw new Error('Firefox is not started: use it inside hooks and tests');
    return running;
  };
  return {
    get browser() {
      return get().browser;
    },
    get extensionId() {
      return get().extensionId;
    },
  };
}

/** Waits until the reader has put everything on screen (Puppeteer's waitForFunction). */
async function waitForPainted(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('kamerlens:painted').length > 0, {
    timeout: 20_000,
  });
}

// Skipped only when firefox-esr is not installed (CI installs it) or the Firefox build is missing.
describe.skipIf(!firefox || !built)(
  `in Firefox (${firefox ? (built ? 'firefox-esr' : 'skipped: no Firefox build, run wxt build -b firefox --mv3') : 'skipped: firefox-esr not installed'})`,
  () => {
    const ff = useFirefox();

    async function open(url: string): Promise<Page> {
      const page = await ff.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }

    const sidebarText = (page: Page) =>
      page.evaluate(() => document.querySelector('kamerlens-root')?.shadowRoot?.textContent ?? '');

    it('on an officielebekendmakingen paper: shows the sidebar with the facts and glossary meanings', async () => {
      const page = await open(PAGES.obkPaper);
      await waitForPainted(page);
      expect(await kamerlensMarks(page)).toEqual(ONE_READING);
      // The opening was read ahead by the document_start script and its answer and reading taken by the reader:
      // the two scripts share their isolated world in Firefox too.
      const ahead = await page.evaluate(() =>
        ['kamerlens:opening-ahead', 'kamerlens:opening-taken', 'kamerlens:opening-read-taken'].map(
          (n) => performance.getEntriesByName(n).length,
        ),
      );
      expect(ahead).toEqual([1, 1, 1]);
      const text = await sidebarText(page);
      expect(text).toContain('30 september 2022');
      // Explained from the glossary, which Firefox loaded from the extension package.
      expect(text).toContain('Noord-Atlantische Verdragsorganisatie');
      await page.close();
    });

    it('on an officielebekendmakingen paper: paints the marks, and the keyboard and the mouse open their popovers', async () => {
      const page = await open(PAGES.obkPaper);
      await waitForPainted(page);
      // The marks are ranges of Firefox's Custom Highlight API over the page's own text.
      const navo = await page.evaluate(
        () =>
          [...(CSS.highlights.get('kamerlens-acronym') ?? [])].filter((r) => r.toString() === 'NAVO').length,
      );
      expect(navo).toBe(26);
      const popover = () =>
        page.evaluate(() => {
          const root = document.querySelector('kamerlens-popover')?.shadowRoot;
          const title = root?.querySelector('.kl-pop-title');
          return title
            ? {
                title: title.textContent?.trim() ?? '',
                text: root?.textContent ?? '',
                focused: document.activeElement?.localName ?? '',
                current: [...(CSS.highlights.get('kamerlens-current') ?? [])].map((r) => r.toString()),
              }
            : null;
        });
      // `]` steps through the marks in reading order from the top; NAVO is among the first.
      await page.evaluate(() => window.scrollTo(0, 0));
      let seen = null;
      for (let i = 0; i < 12 && seen?.title !== 'NAVO'; i++) {
        await page.keyboard.press(']');
        await page.waitForFunction(
          () => !!document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-pop-title'),
          {
            timeout: 5_000,
          },
        );
        seen = await popover();
      }
      expect(seen).toMatchObject({ title: 'NAVO', focused: 'kamerlens-popover', current: ['NAVO'] });
      expect(seen?.text).toContain('Noord-Atlantische Verdragsorganisatie');
      // Escape closes it and takes the focus out of it.
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => !document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-pop-title'),
        {
          timeout: 5_000,
        },
      );
      expect(await page.evaluate(() => document.activeElement?.localName ?? '')).not.toBe(
        'kamerlens-popover',
      );
      // Hovering a NAVO mark opens its popover too.
      const point = await page.evaluate(() => {
        // The reader's highlights hold live ranges (no static ones): a Range, with its boxes.
        const range = [...(CSS.highlights.get('kamerlens-acronym') ?? [])].find(
          (r): r is Range => r.toString() === 'NAVO' && r instanceof Range,
        );
        range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range?.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      expect(point).not.toBeNull();
      await page.mouse.move((point?.x ?? 0) - 40, point?.y ?? 0);
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 4 });
      await page.waitForFunction(
        () =>
          document
            .querySelector('kamerlens-popover')
            ?.shadowRoot?.querySelector('.kl-pop-title')
            ?.textContent?.trim() === 'NAVO',
        { timeout: 5_000 },
      );
      await page.close();
    });

    it('in a window 350 px high: a popover taller than it fades its foot, scrolls by keyboard, and shows its end plainly', async () => {
      const page = await ff.browser.newPage();
      // Puppeteer sets the viewport and a screen orientation at once, a command Firefox ESR 140 does not know: its
      // error is left aside (it may come before the viewport is set), and the window's height awaited instead.
      await page.setViewport({ width: 1280, height: 350 }).catch(() => undefined);
      await page.waitForFunction(() => innerHeight === 350, { timeout: 5_000 });
      await page.goto(PAGES.obkPaper, { waitUntil: 'load' });
      await waitForPainted(page);
      expect(await page.evaluate(() => innerHeight)).toBe(350);
      // DDA's popover (its meaning in the paper, the glossary's, and another) opened from its sidebar entry.
      await page.evaluate(() =>
        (
          document
            .querySelector('kamerlens-root')
            ?.shadowRoot?.querySelector(
              '[data-section="acronyms"] button[data-abbr="DDA"]',
            ) as HTMLElement | null
        )?.focus(),
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => !!document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-pop'),
        { timeout: 5_000 },
      );
      /** How far the panel is scrolled, what is left below, whether the fade is drawn, and its height without it. */
      const state = () =>
        page.evaluate(() => {
          const el = document
            .querySelector('kamerlens-popover')
            ?.shadowRoot?.querySelector('.kl-pop') as HTMLElement;
          const after = getComputedStyle(el, '::after');
          const fade = after.content !== 'none' && after.backgroundImage.startsWith('linear-gradient');
          const height = el.scrollHeight;
          const more = el.hasAttribute('data-more');
          el.removeAttribute('data-more');
          const plainHeight = el.scrollHeight;
          el.toggleAttribute('data-more', more);
          return {
            top: Math.round(el.scrollTop),
            below: Math.round(el.scrollHeight - el.scrollTop - el.clientHeight),
            fade,
            grows: height !== plainHeight,
            focused: document.activeElement?.localName ?? '',
          };
        });
      const start = await state();
      expect(start).toMatchObject({ top: 0, fade: true, grows: false, focused: 'kamerlens-popover' });
      expect(start.below).toBeGreaterThan(40);
      // The focus is on the panel: End scrolls it, not the page, and at its end the fade is gone.
      const pageY = await page.evaluate(() => scrollY);
      await page.keyboard.press('End');
      await page.waitForFunction(
        () => {
          const el = document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-pop');
          return (
            !!el && el.scrollHeight - el.scrollTop - el.clientHeight < 1 && !el.hasAttribute('data-more')
          );
        },
        { timeout: 5_000 },
      );
      expect(await state()).toMatchObject({ below: 0, fade: false, grows: false });
      expect(await page.evaluate(() => scrollY)).toBe(pageY);
      await page.close();
    });

    it('on a tweedekamer.nl paper: reads the letter in the closed modal', async () => {
      const page = await open(PAGES.tkPaper);
      await waitForPainted(page);
      expect(await sidebarText(page)).toContain('Afschrikking en verdediging');
      await page.close();
    });

    it('on a tweedekamer.nl news page: does nothing at all', async () => {
      const page = await open(PAGES.tkNews);
      await new Promise((r) => setTimeout(r, 1500));
      const state = {
        ours: await page.evaluate(() => document.querySelectorAll('kamerlens-root, [data-kamerlens]').length),
        marks: await kamerlensMarks(page),
      };
      expect(state).toEqual({ ours: 0, marks: [] });
      await page.close();
    });

    it('on a Staatscourant page: injects nothing, not even the stylesheet; a paper below a Staatsblad page is read', async () => {
      // The manifest leaves KOOP's addresses that are no paper out (src/sites/matches.ts), as in Chromium.
      const installed = (page: Page) => page.evaluate(stylesheetInstalled);
      const gazette = await open(PAGES.stcrt);
      expect(await installed(gazette)).toBe('');
      await gazette.close();
      const paper = await open(PAGES.obkPaperBelowSeries);
      await waitForPainted(paper);
      expect(await installed(paper)).toBe('1');
      expect(await sidebarText(paper)).toContain('Noord-Atlantische Verdragsorganisatie');
      await paper.close();
    });

    it('has the page stylesheet before the body is parsed, on a paper and on a news page (the room holds from the first layout)', async () => {
      // Firefox injects an entry's stylesheets when it injects its scripts: the stylesheet's own entry runs at
      // document_start on every page of the sites (wxt.config.ts).
      for (const url of [PAGES.obkPaper, PAGES.tkNews]) {
        const page = await ff.browser.newPage();
        await page.evaluateOnNewDocument(recordStylesheetAtBody);
        await page.goto(url, { waitUntil: 'load' });
        expect(await page.evaluate(stylesheetAtBodyRecorded), url).toBe('1');
        await page.close();
      }
    });

    it('on a news page that a client-side navigation turns into a paper: reads the paper', async () => {
      const page = await open(PAGES.tkNews);
      await new Promise((r) => setTimeout(r, 500));
      const paper = new URL(PAGES.tkPaper);
      await page.evaluate(navigateToPaper, paper.pathname + paper.search);
      await waitForPainted(page);
      expect(await sidebarText(page)).toContain('Afschrikking en verdediging');
      await page.close();
    });

    it('on a paper whose address a pushState changes, and nothing else: reads it again for the new address', async () => {
      // Firefox ESR has no Navigation API: the reader looks at the address once a second instead.
      const page = await open(PAGES.tkPaper);
      await waitForPainted(page);
      const started = () => page.evaluate(() => performance.getEntriesByName('kamerlens:start').length);
      const before = await started();
      const other = new URL(PAGES.tkPaper);
      other.searchParams.set('did', '2022D39493');
      other.searchParams.set('id', '2022Z18783');
      await page.evaluate((to) => history.pushState({}, '', to), other.pathname + other.search);
      await page.waitForFunction(
        (n) => performance.getEntriesByName('kamerlens:start').length > n,
        { timeout: 5_000 },
        before,
      );
      expect(await started()).toBe(before + 1);
      await page.close();
    });

    // Last: it removes the extension from this browser.
    it('on a paper when the extension is removed: nothing of Kamerlens stays visible', async () => {
      // Firefox stops a removed extension's content script at once, so the reader cannot clean up
      // (Chromium lets it: tests/e2e/invalidation.test.ts). What it added depends on the extension's
      // own stylesheet, which Firefox takes out of the page (src/dom/highlight/page.css).
      const page = await open(PAGES.obkPaper);
      // Wide enough for the sidebar to sit beside the text (narrower windows get an overlay): the window
      // is sized at launch (scripts/firefox.mjs), since ESR 140 refuses puppeteer's viewport emulation.
      expect(await page.evaluate(() => innerWidth)).toBeGreaterThanOrEqual(1280);
      await waitForPainted(page);
      const seen = () =>
        page.evaluate(() => {
          const host = document.querySelector('kamerlens-root');
          const text = document.querySelector('#broodtekst p') as Element;
          return {
            sidebar: host ? getComputedStyle(host).display : 'gone',
            acronymColour: getComputedStyle(text, '::highlight(kamerlens-acronym)').backgroundColor,
            margin: getComputedStyle(document.documentElement).marginRight,
          };
        });
      const before = await seen();
      expect(before.sidebar).toBe('inline');
      expect(before.acronymColour).not.toBe('rgba(0, 0, 0, 0)');
      expect(before.margin).toBe('380px');
      await ff.browser.uninstallExtension(ff.extensionId);
      await page.waitForFunction(() => getComputedStyle(document.documentElement).marginRight === '0px', {
        timeout: 10_000,
      });
      expect(await seen()).toEqual({ sidebar: 'none', acronymColour: 'rgba(0, 0, 0, 0)', margin: '0px' });
      // The page's own text and links are untouched.
      expect(await page.evaluate(() => document.querySelectorAll('#broodtekst a').length)).toBeGreaterThan(0);
      await page.close();
    });
  },
);

// Forced colours in Firefox: a profile that never uses the page's colours (Settings, Colours: "Never"; the
// preference behind it) makes `(forced-colors: active)` match, as Windows high contrast does.
describe.skipIf(!firefox || !built)('in Firefox with forced colours', () => {
  const ff = useFirefox({ 'browser.display.document_color_use': 2 });

  it('registers no highlight and underlines the marks in view instead, in the system link colour, under the text', async () => {
    const page = await ff.browser.newPage();
    await page.goto(PAGES.obkPaper, { waitUntil: 'load' });
    await waitForPainted(page);
    await page.evaluate(() => document.querySelector('#broodtekst p')?.scrollIntoView());
    await page.waitForFunction(
      () =>
        (document.querySelector('kamerlens-popover')?.shadowRoot?.querySelectorAll('.kl-u').length ?? 0) > 0,
      { timeout: 10_000 },
    );
    const seen = await page.evaluate(() => {
      const text = (document.querySelector('#broodtekst') as Element).getBoundingClientRect();
      const lines = [
        ...(document.querySelector('kamerlens-popover')?.shadowRoot?.querySelectorAll('.kl-u') ?? []),
      ];
      const styles = new Set(lines.map((u) => getComputedStyle(u).borderBottomStyle));
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        highlights: CSS.highlights.size,
        styles: [...styles].sort(),
        // Each line under the paper's text, in the window.
        outside: lines.filter((u) => {
          const r = u.getBoundingClientRect();
          return r.left < text.left - 1 || r.right > text.right + 1 || r.top < 0 || r.bottom > innerHeight;
        }).length,
        colour: lines[0] ? getComputedStyle(lines[0]).borderBottomColor : '',
        linkColour: getComputedStyle(document.querySelector('#broodtekst a') as Element).color,
      };
    });
    expect(seen.forced).toBe(true);
    expect(seen.highlights).toBe(0);
    // Dotted under acronyms (the default marks are acronyms and citations; the opening shows acronyms).
    expect(seen.styles).toContain('dotted');
    expect(seen.styles.every((s) => s === 'dotted' || s === 'solid')).toBe(true);
    expect(seen.outside).toBe(0);
    expect(seen.colour).toBe(seen.linkColour);
    await page.close();
  });
});
