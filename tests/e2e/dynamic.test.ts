import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES, PAGES_DIR } from '../../scripts/lib/fixture-server.mjs';
import {
  htmlRoute,
  navigateToPaper,
  readingsStarted,
  useHarness,
  waitForMark,
  waitForPainted,
} from './harness';

/** The slice of the extension API the tests drive the service worker with. */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getPopup(d: { tabId: number }): Promise<string>;
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

/**
 * Pages that change after load, as tweedekamer.nl's do: the paper page's modal is filled by the
 * page's own script after the first paint (the real site fetches the document's HTML), a tab swaps
 * the text, and a client-side navigation leaves the paper.
 */
const TK_PAGE = readFileSync(join(PAGES_DIR, 'tk-brief-navo.html'), 'utf8');
const MODAL = '#document-html-modal .m-modal__content';

/**
 * The real page, with a script that empties the modal while the page loads; the test fills it
 * (`fillDocument()`, as the site's own script would after fetching it) once the content script has
 * certainly run on the empty page.
 */
const LATE_PAGE = TK_PAGE.replace(
  '</body>',
  `<script>
    (function () {
      var content = document.querySelector('${MODAL}');
      var saved = Array.prototype.slice.call(content.childNodes);
      content.replaceChildren();
      window.fillDocument = function () { content.append.apply(content, saved); };
    })();
  </script></body>`,
);

const h = useHarness({
  routes: {
    'www.tweedekamer.nl/kamerstukken/brieven_regering/detail': htmlRoute((req) =>
      new URL(req.url ?? '/', 'http://x').searchParams.has('late') ? LATE_PAGE : TK_PAGE,
    ),
  },
});

/** What Kamerlens shows on the page: its hosts, and the text of each highlight's ranges. */
function shown(page: Page) {
  return page.evaluate(() => {
    const highlights = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const texts = (name: string) => [...(highlights.get(name) ?? [])].map((r) => r.toString());
    return {
      hosts: document.querySelectorAll('kamerlens-root').length,
      styles: document.querySelectorAll('style[data-kamerlens]').length,
      acronyms: texts('kamerlens-acronym'),
      citations: texts('kamerlens-citation'),
    };
  });
}

describe('a page whose paper arrives and changes after load', () => {
  it('reads the modal once its text arrives, and once only', async () => {
    const page = await h.context.newPage();
    await page.goto(`${PAGES.tkPaper}&late=1`);
    // Loaded (document_idle has passed), the modal still empty: nothing yet.
    await page.waitForTimeout(1_000);
    expect(await page.locator(MODAL).evaluate((el) => el.textContent?.trim())).toBe('');
    expect(await readingsStarted(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { fillDocument(): void }).fillDocument());
    await waitForPainted(page);
    const first = await shown(page);
    expect(first.hosts).toBe(1);
    expect(first.acronyms).toContain('NAVO');
    expect(first.citations.length).toBeGreaterThan(0);
    // Our own marks and sidebar are changes too: they must not start another reading.
    await page.waitForTimeout(1_500);
    expect(await readingsStarted(page)).toBe(1);
    expect(await shown(page)).toEqual(first);
  });

  it('follows a tab that swaps the text, without doubling anything', async () => {
    const page = await h.open(PAGES.tkPaper);
    const before = await shown(page);
    expect(before.acronyms).toContain('NAVO');
    await page.locator(MODAL).evaluate((el) => {
      const p = document.createElement('p');
      p.textContent =
        'Geachte voorzitter, hierbij informeer ik uw Kamer over de inzet van het RIVM en de GGD ' +
        'bij de vaccinatiecampagne (Kamerstuk 25 295, nr. 1500). Binnenkort ontvangt uw Kamer een brief.';
      el.replaceChildren(p);
    });
    await waitForMark(page, 'kamerlens-acronym', 'RIVM');
    const after = await shown(page);
    expect(after.hosts).toBe(1);
    // Nothing doubled: at most the room reserved at load, which the reader may give back and take inline.
    expect(after.styles).toBeLessThanOrEqual(before.styles);
    expect(after.acronyms.sort()).toEqual(['GGD', 'RIVM']);
    expect(after.citations).toEqual(['Kamerstuk 25 295, nr. 1500']);
  });

  it('keeps the sidebar through a tab swap: the page is not laid out anew, the filter and focus stay', async () => {
    const page = await h.open(PAGES.tkPaper);
    const filter = page.locator('kamerlens-root .kl-filter-input');
    await filter.fill('RIVM');
    await expect
      .poll(() => filter.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el))
      .toBe(true);
    // Watch the sidebar host and the width the page's text gets while the paper is read again.
    await page.evaluate((modal) => {
      const w = window as unknown as { widths: number[]; host: Element | null };
      w.host = document.querySelector('kamerlens-root');
      w.widths = [];
      const target = document.querySelector(modal) as Element;
      new ResizeObserver(() => w.widths.push(Math.round(target.getBoundingClientRect().width))).observe(
        target,
      );
    }, MODAL);
    await page.locator(MODAL).evaluate((el) => {
      const p = document.createElement('p');
      p.textContent = 'Het RIVM en de GGD voeren de campagne uit (Kamerstuk 25 295, nr. 1500).';
      el.replaceChildren(p);
    });
    await waitForMark(page, 'kamerlens-acronym', 'RIVM');
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => {
      const w = window as unknown as { widths: number[]; host: Element | null };
      const host = document.querySelector('kamerlens-root');
      const input = host?.shadowRoot?.querySelector('.kl-filter-input') as HTMLInputElement | null;
      return {
        sameHost: host !== null && host === w.host,
        widths: [...new Set(w.widths)],
        filter: input?.value,
        focused: host?.shadowRoot?.activeElement === input,
        entries: [...(host?.shadowRoot?.querySelectorAll('[data-entry]') ?? [])].map(
          (e) => e.textContent ?? '',
        ),
      };
    });
    expect(after.sameHost).toBe(true);
    // One width throughout: the page never widened back while the sidebar would have been away.
    expect(after.widths).toHaveLength(1);
    expect(after.filter).toBe('RIVM');
    expect(after.focused).toBe(true);
    // The filter applies to the new reading: its RIVM entry is listed.
    expect(after.entries.some((e) => e.includes('RIVM'))).toBe(true);
  });

  it('marks the text again when the page renders it again in new nodes (the old marks collapsed with them)', async () => {
    const page = await h.open(PAGES.tkPaper);
    const before = await shown(page);
    expect(before.acronyms).toContain('NAVO');
    const startsBefore = await readingsStarted(page);
    // What a site's own re-render does: the same text, in new Text nodes.
    await page.locator(MODAL).evaluate((el) => {
      for (const p of el.querySelectorAll('p')) p.textContent = p.textContent ?? '';
    });
    await expect.poll(() => readingsStarted(page), { timeout: 10_000 }).toBeGreaterThan(startsBefore);
    await page.waitForFunction(() => performance.getEntriesByName('kamerlens:painted').length >= 2);
    // The same marks again, none of them collapsed (a collapsed range reads as ''), nothing doubled.
    const after = await shown(page);
    expect(after.hosts).toBe(1);
    expect(after.styles).toBeLessThanOrEqual(before.styles);
    expect(after.acronyms).toEqual(before.acronyms);
    expect(after.citations).toEqual(before.citations);
  });

  it('reads a paper that a client-side navigation brings into a page that was none', async () => {
    const page = await h.context.newPage();
    await page.goto(PAGES.tkNews);
    // The news page is no paper: nothing shown, nothing read.
    await page.waitForTimeout(500);
    expect(await shown(page)).toEqual({ hosts: 0, styles: 0, acronyms: [], citations: [] });
    const paper = new URL(PAGES.tkPaper);
    await page.evaluate(navigateToPaper, paper.pathname + paper.search);
    await waitForPainted(page);
    const after = await shown(page);
    expect(after.hosts).toBe(1);
    expect(after.acronyms).toContain('NAVO');
    expect(after.citations.length).toBeGreaterThan(0);
  });

  it('leaves the page clean after a client-side navigation to a page that is not a paper', async () => {
    const page = await h.open(PAGES.tkPaper);
    await page.evaluate((news) => {
      history.pushState({}, '', news);
      document.querySelector('#document-html-modal')?.remove();
    }, new URL(PAGES.tkNews).pathname);
    await page.waitForFunction(() => document.querySelectorAll('kamerlens-root').length === 0);
    const after = await shown(page);
    expect(after).toEqual({ hosts: 0, styles: 0, acronyms: [], citations: [] });
  });
});

describe('the toolbar button on a paper whose text has not arrived yet', () => {
  afterEach(() => h.clearStorage());

  /** The toolbar of the tab showing the late paper: its popup ('' = a click reaches the background), badge and title. */
  const toolbar = () =>
    h.worker.evaluate(async () => {
      // The newest such tab: a test's tab closed just before may still be listed (tab ids only grow).
      const [tab] = (await chrome.tabs.query({}))
        .filter((t) => t.url?.includes('late=1'))
        .sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
      if (tab?.id === undefined) throw new Error('no tab with the late paper');
      return {
        popup: await chrome.action.getPopup({ tabId: tab.id }),
        badge: await chrome.action.getBadgeText({ tabId: tab.id }),
        title: await chrome.action.getTitle({ tabId: tab.id }),
      };
    });
  /** What the background does on a click when the button has no popup (headless Chromium cannot click it). */
  const click = () =>
    h.worker.evaluate(async () => {
      const [tab] = (await chrome.tabs.query({}))
        .filter((t) => t.url?.includes('late=1'))
        .sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'toggle-sidebar' });
    });
  /** Opens the paper with its text held back, once its button is the sidebar's and has settled. */
  const openLate = async () => {
    const page = await h.context.newPage();
    await page.goto(`${PAGES.tkPaper}&late=1`);
    // Loaded, the paper's text not there: the button is the sidebar's already, no popup saying this is no paper.
    await expect.poll(async () => (await toolbar()).popup).toBe('');
    await page.waitForTimeout(500);
    return page;
  };
  const sidebarShown = (page: Page) =>
    page.evaluate(() => {
      const aside = document.querySelector('kamerlens-root')?.shadowRoot?.querySelector('aside');
      return !!aside && aside.getBoundingClientRect().width > 0;
    });

  it.each([
    ['closed by the reader on this site', { tweedekamer: false }],
    ['open (the default)', {}],
  ])(
    'a click while the text is still coming opens the sidebar once it is read (sidebar %s)',
    async (_setting, sidebarOpen) => {
      await h.setStorage({ sidebarOpen });
      const page = await openLate();
      await click();
      // The click is seen to be taken: a `…` badge, and a title saying the sidebar opens once the paper is read
      // (in the browser's language: the setting is `auto`).
      await expect.poll(async () => (await toolbar()).badge).toBe('…');
      expect((await toolbar()).title).toMatch(/^Kamerlens (leest het stuk|is reading the paper)/);
      expect(await sidebarShown(page)).toBe(false);
      await page.evaluate(() => (window as unknown as { fillDocument(): void }).fillDocument());
      await waitForPainted(page);
      await expect.poll(() => sidebarShown(page)).toBe(true);
      // And it stays open; the button now counts the findings, has its usual title and still no popup.
      await page.waitForTimeout(500);
      expect(await sidebarShown(page)).toBe(true);
      expect(await toolbar()).toMatchObject({ popup: '', title: 'Kamerlens' });
      expect(Number((await toolbar()).badge)).toBeGreaterThan(0);
      // A click now toggles as ever: the sidebar closes.
      await click();
      await expect.poll(() => sidebarShown(page)).toBe(false);
    },
  );

  /** The late paper's text arrives (the page's own script fills its modal). */
  const fill = (page: Page) =>
    page.evaluate(() => (window as unknown as { fillDocument(): void }).fillDocument());
  /** The sidebar closed on the site, the late paper opened and clicked for: the click waits (`…`). */
  const clickedWhileLate = async () => {
    await h.setStorage({ sidebarOpen: { tweedekamer: false } });
    const page = await openLate();
    await click();
    await expect.poll(async () => (await toolbar()).badge).toBe('…');
    return page;
  };

  it('a second click while the first waits cancels it: the badge goes, and the sidebar stays closed as the reader left it', async () => {
    const page = await clickedWhileLate();
    await click();
    await expect.poll(async () => (await toolbar()).badge).toBe('');
    expect((await toolbar()).title).toBe('Kamerlens');
    await fill(page);
    await waitForPainted(page);
    await page.waitForTimeout(500);
    expect(await sidebarShown(page)).toBe(false);
    expect(Number((await toolbar()).badge)).toBeGreaterThan(0);
  });

  /**
   * The page's own script shows another address in place (`history.pushState`, or `history.back()` for 'back'), as
   * tweedekamer.nl's does, and touches its page (a navigation changes what the page shows).
   */
  const goTo = (page: Page, to: string) =>
    page.evaluate((to) => {
      if (to === 'back') history.back();
      else history.pushState({}, '', to);
      document.body.append(document.createElement('span'));
    }, to);
  /** Another paper's address on the same page template, its text held back too (`late=1`). */
  const otherPaper = () => {
    const url = new URL(`${PAGES.tkPaper}&late=1`);
    url.searchParams.set('did', '2022D39493');
    url.searchParams.set('id', '2022Z18783');
    return url.pathname + url.search;
  };

  it('a click waiting when the page shows another paper in place is dropped: no `…`, and the sidebar does not open on the new paper', async () => {
    const page = await clickedWhileLate();
    await goTo(page, otherPaper());
    // The button is the new paper's: still the sidebar's (its text is coming too), with no wait shown.
    await expect.poll(toolbar).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
    await fill(page);
    await waitForPainted(page);
    await page.waitForTimeout(500);
    expect(await sidebarShown(page)).toBe(false);
    expect(Number((await toolbar()).badge)).toBeGreaterThan(0);
  });

  /**
   * The page goes back to the paper it opened on: the button is this paper's sidebar's again (no popup saying it is
   * none) and shows no wait; a click there is kept, and the sidebar opens once the text has come and been read.
   */
  const backOnFirstPaper = async (page: Page) => {
    await goTo(page, 'back');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('did'))
      .toBe(new URL(PAGES.tkPaper).searchParams.get('did'));
    await page.waitForTimeout(1_000);
    expect(await toolbar()).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
    await click();
    await expect.poll(async () => (await toolbar()).badge).toBe('…');
    await fill(page);
    await waitForPainted(page);
    await expect.poll(() => sidebarShown(page)).toBe(true);
  };

  it('back on the paper the click was made on, the wait is not revived; a new click there is kept again', async () => {
    const page = await clickedWhileLate();
    await goTo(page, otherPaper());
    await expect.poll(toolbar).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
    await backOnFirstPaper(page);
  });

  it("shown another paper and back at once, before the reader looked: the button is still the sidebar's, and a click is kept", async () => {
    const page = await openLate();
    await goTo(page, otherPaper());
    // The tab told the other address (the button's popup back), then this one: the reader said which it shows.
    await backOnFirstPaper(page);
  });

  it("a pushState that changes nothing on the page: the button stays the sidebar's, and counts the paper read for the new address", async () => {
    const page = await openLate();
    await fill(page);
    await waitForPainted(page);
    await expect.poll(async () => Number((await toolbar()).badge)).toBeGreaterThan(0);
    const started = await readingsStarted(page);
    await page.evaluate((to) => history.pushState({}, '', to), otherPaper());
    await expect.poll(() => readingsStarted(page)).toBe(started + 1);
    await page.waitForTimeout(500);
    const button = await toolbar();
    expect(button).toMatchObject({ popup: '', title: 'Kamerlens' });
    expect(Number(button.badge)).toBeGreaterThan(0);
  });

  it('a click waiting when the page goes to a fragment of the same paper is kept: the sidebar opens once it is read', async () => {
    const page = await clickedWhileLate();
    await goTo(page, '#p2');
    await page.waitForTimeout(1_000);
    expect((await toolbar()).badge).toBe('…');
    await fill(page);
    await waitForPainted(page);
    await expect.poll(() => sidebarShown(page)).toBe(true);
  });

  it('without a click, a sidebar the reader closed on this site stays closed when the text comes', async () => {
    await h.setStorage({ sidebarOpen: { tweedekamer: false } });
    const page = await h.context.newPage();
    await page.goto(`${PAGES.tkPaper}&late=1`);
    await expect.poll(async () => (await toolbar()).popup).toBe('');
    await page.evaluate(() => (window as unknown as { fillDocument(): void }).fillDocument());
    await waitForPainted(page);
    await page.waitForTimeout(500);
    expect(await sidebarShown(page)).toBe(false);
  });

  it('a page that leaves the paper before its text came gives the button its popup back', async () => {
    const page = await h.context.newPage();
    await page.goto(`${PAGES.tkPaper}&late=1`);
    await expect.poll(async () => (await toolbar()).popup).toBe('');
    await page.evaluate((news) => {
      history.pushState({}, '', `${news}?late=1`);
      document.querySelector('#document-html-modal')?.remove();
    }, new URL(PAGES.tkNews).pathname);
    await expect.poll(async () => (await toolbar()).popup).toMatch(/popup\.html$/);
  });
});
