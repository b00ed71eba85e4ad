import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import {
  highlightTexts,
  recordStylesheetAtBody,
  stylesheetAtBodyRecorded,
  stylesheetInstalled,
  kamerlensMarks,
  ONE_READING,
  openCountingListeners,
  useHarness,
  waitForPainted,
} from './harness';

const h = useHarness();

const sidebar = (page: Page) => page.locator('kamerlens-root aside[role="complementary"]');
const outlineButton = (page: Page, title: string) =>
  sidebar(page).getByRole('button', { name: title, exact: false }).first();

/** Is the element's box inside the viewport? */
function inViewport(page: Page, text: string, root: string): Promise<boolean> {
  return page.evaluate(
    ({ text, root }) => {
      const scope = document.querySelector(root);
      const el = [...(scope?.querySelectorAll('*') ?? [])].find(
        (e) => e.children.length === 0 && (e.textContent ?? '').trim() === text,
      );
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    },
    { text, root },
  );
}

describe('on an officielebekendmakingen Kamerstuk page', () => {
  it('shows the sidebar with the document facts and the outline, and marks its work', async () => {
    const page = await h.open(PAGES.obkPaper);
    await expect(sidebar(page).isVisible()).resolves.toBe(true);
    const text = await sidebar(page).innerText();
    expect(text).toContain('30 september 2022');
    expect(text).toMatch(/Minister van Defensie/);
    for (const heading of [
      '28 676 NAVO, nr. 409',
      'Oekraïne',
      'Afschrikking en verdediging',
      'Missies en operaties',
    ]) {
      await expect(outlineButton(page, heading).isVisible()).resolves.toBe(true);
    }
    expect(await kamerlensMarks(page)).toEqual(ONE_READING);
    await page.close();
  });

  it('listens on the page only where it works (the listener count sees the content script)', async () => {
    const { page, listeners } = await openCountingListeners(h.context, PAGES.obkPaper);
    await waitForPainted(page);
    expect(await listeners()).toEqual(expect.arrayContaining(['document:keydown', 'document:mousemove']));
  });

  it('scrolls to a section when its outline entry is clicked', async () => {
    const page = await h.open(PAGES.obkPaper);
    expect(await inViewport(page, 'Missies en operaties', '#broodtekst')).toBe(false);
    await outlineButton(page, 'Missies en operaties').click();
    await expect.poll(() => inViewport(page, 'Missies en operaties', '#broodtekst')).toBe(true);
    await page.close();
  });

  it("leaves the page's own text unchanged", async () => {
    const page = await h.open(PAGES.obkPaper);
    const seen = await page.locator('#broodtekst').evaluate((el) => (el as HTMLElement).innerText);
    expect(seen).toBe(await h.baselineInnerText('obk-kst-navo.html', '#broodtekst'));
    await page.close();
  });
});

describe('on a tweedekamer.nl brieven_regering page', () => {
  it('reads the letter in the closed modal and opens the modal to navigate', async () => {
    const page = await h.open(PAGES.tkPaper);
    const modal = page.locator('#document-html-modal');
    await expect(modal.isVisible()).resolves.toBe(false);
    // The modal's head is only `Nr. 409` / `BRIEF VAN …`: the outline names the paper from the page's metadata.
    await expect(outlineButton(page, '28 676 NAVO, nr. 409').isVisible()).resolves.toBe(true);
    await outlineButton(page, 'Afschrikking en verdediging').click();
    await expect.poll(() => modal.isVisible()).toBe(true);
    await expect.poll(() => inViewport(page, 'Afschrikking en verdediging', '.m-modal__content')).toBe(true);
    expect(await kamerlensMarks(page)).toEqual(ONE_READING);
    await page.close();
  });

  it("leaves the modal's text unchanged", async () => {
    const page = await h.open(PAGES.tkPaper);
    await page.locator('button[data-modal-toggle="#document-html-modal"]').first().click();
    const seen = await page.locator('.m-modal__content').evaluate((el) => (el as HTMLElement).innerText);
    const basePage = await h.openBaseline('tk-brief-navo.html');
    await basePage.locator('button[data-modal-toggle="#document-html-modal"]').first().click();
    const base = await basePage.locator('.m-modal__content').evaluate((el) => (el as HTMLElement).innerText);
    expect(seen).toBe(base);
    await page.close();
    await basePage.close();
  });
});

describe('on a tweedekamer.nl answers-to-questions page', () => {
  it('outlines the questions and answers', async () => {
    const page = await h.open(PAGES.tkAnswers);
    await expect(outlineButton(page, 'Vraag 1').isVisible()).resolves.toBe(true);
    await expect(outlineButton(page, 'Antwoord 1').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('does not tell the reader it found no citations while the answers’ own number is marked in the text', async () => {
    const page = await h.open(PAGES.tkAnswers);
    // `Zie ook Aanhangsel Handelingen, vergaderjaar 2020–2021, nr. 2844` is these answers' own number: it is
    // marked (its popover says "Dit stuk zelf") but, being no citation of another paper, not listed.
    const marked = await highlightTexts(page, 'kamerlens-citation');
    expect(marked).toEqual(['Aanhangsel Handelingen, vergaderjaar 2020–2021, nr. 2844']);
    const citations = await sidebar(page).locator('[data-section="citations"] .kl-empty').innerText();
    expect(citations).toBe('Geen verwijzingen naar andere stukken gevonden.');
    await page.close();
  });
});

/** What of Kamerlens a page that is no paper shows, 1.5 s after its load (the content script's chance to run). */
async function leftAlone(url: string) {
  const { page, listeners } = await openCountingListeners(h.context, url);
  await page.waitForTimeout(1500);
  const state = {
    ...(await page.evaluate(() => ({
      ours: document.querySelectorAll('kamerlens-root, [data-kamerlens]').length,
      highlights: (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0,
      adopted: document.adoptedStyleSheets.length,
    }))),
    // The extension's page stylesheet, which the manifest injects in an entry of its own.
    stylesheet: await page.evaluate(stylesheetInstalled),
    marks: await kamerlensMarks(page),
    listeners: await listeners(),
  };
  await page.close();
  return state;
}

describe('on a tweedekamer.nl news page', () => {
  it('does nothing but watch its address: no element, no listener on document or window, no highlight, no style, no mark', async () => {
    // The site may load a paper in place: the scripts and the stylesheet are there, and one listener, on the page's
    // Navigation API object, waits for such a navigation.
    expect(await leftAlone(PAGES.tkNews)).toEqual({
      ours: 0,
      highlights: 0,
      adopted: 0,
      stylesheet: '1',
      marks: [],
      listeners: ['navigation:currententrychange'],
    });
  });
});

/** The extension's content scripts the page parsed, by file name, 1 s after its load. */
async function contentScriptsParsed(url: string): Promise<string[]> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const parsed = new Set<string>();
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
    const m = /\/content-scripts\/([\w-]+\.js)$/.exec(e.url);
    if (m) parsed.add(m[1] as string);
  });
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  await page.close();
  return [...parsed].sort();
}

/** `--kamerlens-installed` (set by the page stylesheet) when the page's body was parsed, and after its load. */
async function stylesheetAtBody(url: string): Promise<{ body: string; loaded: string }> {
  const page = await h.context.newPage();
  await page.addInitScript(recordStylesheetAtBody);
  await page.goto(url, { waitUntil: 'load' });
  const seen = {
    body: await page.evaluate(stylesheetAtBodyRecorded),
    loaded: await page.evaluate(stylesheetInstalled),
  };
  await page.close();
  return seen;
}

describe('the page stylesheet', () => {
  it.each([
    ['an officielebekendmakingen paper', PAGES.obkPaper],
    ['a tweedekamer.nl paper', PAGES.tkPaper],
    ['a tweedekamer.nl news page, where a paper may be loaded in place', PAGES.tkNews],
  ])(
    'on %s: is there before the body is parsed, so the room reserved for the sidebar holds from the first layout',
    async (_name, url) => {
      expect(await stylesheetAtBody(url)).toEqual({ body: '1', loaded: '1' });
    },
  );
});

describe('the document_start script', () => {
  it('runs on a paper, where it reserves the room and asks ahead, and not on a news page, where it has nothing to do', async () => {
    expect(await contentScriptsParsed(PAGES.obkPaper)).toEqual(['content.js', 'reserve.js']);
    expect(await contentScriptsParsed(PAGES.tkPaper)).toEqual(['content.js', 'reserve.js']);
    expect(await contentScriptsParsed(PAGES.tkNews)).toEqual(['content.js']);
    expect(await contentScriptsParsed(PAGES.stcrt)).toEqual([]);
  });
});

describe.each([
  ['a Staatscourant page', PAGES.stcrt],
  ['a Handelingen page', PAGES.handelingen],
])('on %s', (_name, url) => {
  it('is not touched at all: by its address no paper, on a site that loads none in place, so neither script nor the stylesheet is injected', async () => {
    expect(await leftAlone(url)).toEqual({
      ours: 0,
      highlights: 0,
      adopted: 0,
      stylesheet: '',
      marks: [],
      // No isolated world of Kamerlens was made in the page.
      listeners: ['(the content script did not run here)'],
    });
  });
});

describe("on a paper KOOP shows below a Staatsblad's page", () => {
  it("reads it: the address's series is left out with its own pages, not the pages below them", async () => {
    const page = await h.open(PAGES.obkPaperBelowSeries);
    await expect(sidebar(page).isVisible()).resolves.toBe(true);
    expect(await highlightTexts(page, 'kamerlens-acronym')).toContain('NAVO');
    await page.close();
  });
});

describe('the toolbar and the keyboard command', () => {
  it('toggle the sidebar on a paper through the background', async () => {
    // A query of its own so the background finds exactly this tab.
    const url = `${PAGES.obkPaper}?toggle-test`;
    const page = await h.open(url);
    await expect(sidebar(page).isVisible()).resolves.toBe(true);
    // What the action click and the command do: the background tells the tab to toggle.
    const toggle = () => h.toggleSidebar(url);
    await toggle();
    await expect.poll(() => sidebar(page).isVisible()).toBe(false);
    await toggle();
    await expect.poll(() => sidebar(page).isVisible()).toBe(true);
    await page.close();
  });

  it('show a popup elsewhere saying where Kamerlens works', async () => {
    const page = await h.openExtensionPage('popup.html');
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/officielebekendmakingen\.nl/);
    expect(text).toMatch(/tweedekamer\.nl/);
    await page.close();
  });
});
