import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import {
  AXE,
  axeViolationsOfPage,
  focusedName,
  focusedText,
  popover,
  sidebarFocus,
  useHarness,
  waitForPainted,
} from './harness';
import { PAGE_MESSAGES } from '../../src/i18n/messages';

const SCREENSHOTS = resolve('docs/screenshots');

// Every test starts from a fresh tab and the default settings (open sidebar, Dutch, all sections).
const h = useHarness({ clearStorage: true });

const openPaper = (url: string = PAGES.obkPaper): Promise<Page> => h.open(url);

const aside = (page: Page) => page.locator('kamerlens-root aside[role="complementary"]');
const section = (page: Page, id: string) => page.locator(`kamerlens-root [data-section="${id}"]`);
const entryCount = (page: Page, id: string) => section(page, id).locator('button[data-entry]').count();
const SECTIONS = ['outline', 'timeline', 'citations', 'acronyms'] as const;

async function counts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of SECTIONS) out[id] = await entryCount(page, id);
  return out;
}

/** Is the text (inside `root`) on screen? Measured on the text itself, not its paragraph. */
function textInViewport(page: Page, text: string, root = '#broodtekst'): Promise<boolean> {
  return page.evaluate(
    ({ text, root }) => {
      const scope = document.querySelector(root);
      if (!scope) return false;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const r = range.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      }
      return false;
    },
    { text, root },
  );
}

/** Sends the toolbar's toggle to the tab showing `url`, as the background does on a click. */
const toggleFromToolbar = (url: string) => h.toggleSidebar(url);

/** What the keyboard command (Alt+Shift+K) sends: headless Chromium cannot press browser commands. */
const toggleFromKeyboard = (url: string) => h.toggleSidebar(url, 'keyboard');

/** axe-core's violations inside Kamerlens's own UI (the sidebar host and, when present, the popover host). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
    }
    const hosts = Array.from(document.querySelectorAll('kamerlens-root, kamerlens-popover'));
    const out: string[] = [];
    for (const host of hosts) {
      const result = await axe.run(host, { resultTypes: ['violations'] });
      for (const v of result.violations) {
        out.push(`${v.id}: ${v.help} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
      }
    }
    return out;
  });
}

/** The text the flash after a jump paints (for 1.6 s). */
function paintedFlash(): string {
  const flash = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
    'kamerlens-flash',
  );
  return [...(flash ?? [])].map((r) => r.toString()).join('');
}

describe('the sidebar on a paper', () => {
  it('brings a timeline entry’s sentence into view when clicked', async () => {
    const page = await openPaper();
    const sentence = 'Het kabinet streeft ernaar om in november 2022';
    expect(await textInViewport(page, sentence)).toBe(false);
    const entry = section(page, 'timeline')
      .locator('button[data-kind="commitment"]', { hasText: 'november 2022' })
      .first();
    await expect(entry.innerText()).resolves.toContain('Toezegging');
    // Its label is shortened; the tooltip (and description) gives the sentence as the page has it.
    expect(await entry.getAttribute('title')).toBe(
      'Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te hebben over de wenselijkheid en mogelijkheid van een Nederlandse bijdrage aan de operatie.',
    );
    await entry.click();
    await expect.poll(() => textInViewport(page, sentence)).toBe(true);
  });

  it('flashes the sentence a timeline entry stands for, and cuts a long line’s flash after a whole word', async () => {
    const page = await openPaper();
    const flashed = () => page.evaluate(paintedFlash);
    // The date is in the middle of its sentence: the flash is that sentence, as the entry's tooltip gives
    // it, not the 200 characters from the date on into the next sentence (up to `financi|ële`).
    const entry = section(page, 'timeline').locator('button[data-entry]', { hasText: '22 september 2022' });
    const sentence = await entry.getAttribute('title');
    expect(sentence).toMatch(/^In reactie op .* veroordeeld worden\.$/);
    await entry.click();
    await expect.poll(flashed).toBe(sentence);
    // The first paragraph of the answers is one line of 264 characters: its flash (200 at most) stops
    // at the end of a word, `met het`, not in one (`met het con`).
    const answers = await openPaper(PAGES.tkAnswers);
    await section(answers, 'outline')
      .locator('button[data-entry]', { hasText: 'Vragen van de leden Leijten' })
      .click();
    const flashedThere = () => answers.evaluate(paintedFlash);
    await expect.poll(flashedThere).toMatch(/^Vragen van de leden Leijten/);
    expect(await flashedThere()).toMatch(/ over de nieuwe Oekaze Kok en de soepeler omgang met het$/);
  });

  it('gives a shortened label the whole sentence on tweedekamer.nl too, whose paragraphs are broken by <br>', async () => {
    const page = await openPaper(PAGES.tkPaper);
    const entry = section(page, 'timeline')
      .locator('button[data-kind="commitment"]', { hasText: 'november 2022' })
      .first();
    expect(await entry.getAttribute('title')).toBe(
      'Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te hebben over de wenselijkheid en mogelijkheid van een Nederlandse bijdrage aan de operatie.',
    );
    // Keyboard users get no tooltip: the focused entry shows the sentence in place of the label, whose
    // words stay the button's name.
    const sentence = entry.locator('.kl-entry-sentence');
    expect(await sentence.isVisible()).toBe(false);
    await entry.focus();
    await expect.poll(() => sentence.isVisible()).toBe(true);
    expect(await sentence.innerText()).toContain(
      'over de wenselijkheid en mogelijkheid van een Nederlandse bijdrage',
    );
    expect((await entry.locator('.kl-entry-title').boundingBox())?.height).toBeLessThanOrEqual(1);
    const snapshot = await entry.ariaSnapshot();
    expect(snapshot).toContain('Het kabinet streeft ernaar om meer duidelijkheid te hebben');
    expect(snapshot).not.toContain('wenselijkheid');
  });

  it('opens the popover of an acronym chosen in the sidebar, at its place in the text', async () => {
    const page = await openPaper();
    await section(page, 'acronyms').locator('button[data-entry]', { hasText: 'UDCG' }).first().click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await popover(page).innerText()).toContain('Ukraine Defense Contact Group');
    await expect.poll(() => textInViewport(page, 'Ukraine Defense Contact Group')).toBe(true);
  });

  it('lines a category tag that wraps under its source up with it, not indented', async () => {
    const page = await openPaper();
    await section(page, 'acronyms').locator('button[data-abbr="NAVO"]').first().click();
    const source = page.locator('kamerlens-popover .kl-pop-source');
    await expect.poll(() => source.isVisible()).toBe(true);
    const boxes = await source.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p.firstChild as Node);
      const text = range.getBoundingClientRect();
      const tag = (p.querySelector('.kl-pop-tag') as HTMLElement).getBoundingClientRect();
      return {
        text: { left: text.left, bottom: text.bottom, top: text.top },
        tag: { left: tag.left, top: tag.top },
      };
    });
    // In Dutch, `Uit de woordenlijst van Kamerlens` and `NAVO en defensie` do not fit on one line of the popover.
    expect(boxes.tag.top).toBeGreaterThanOrEqual(boxes.text.bottom - 1);
    expect(boxes.tag.left).toBeCloseTo(boxes.text.left, 0);
  });

  it('narrows every section with the filter, and widens them again when cleared', async () => {
    const page = await openPaper();
    const before = await counts(page);
    for (const id of SECTIONS) expect(before[id], id).toBeGreaterThan(0);
    const filter = aside(page).getByRole('searchbox', { name: 'Filter de zijbalk' });
    await filter.fill('navo');
    await expect.poll(() => entryCount(page, 'outline')).toBeLessThan(before.outline as number);
    const after = await counts(page);
    for (const id of SECTIONS) expect(after[id], id).toBeLessThan(before[id] as number);
    const outline = await section(page, 'outline').locator('button[data-entry]').allInnerTexts();
    for (const text of outline) expect(text.toLowerCase()).toContain('navo');
    // The result count is announced politely.
    await expect
      .poll(() => aside(page).locator(':scope > [role="status"]').innerText())
      .toMatch(/^\d+ resultaten voor “navo”$/);
    await filter.fill('');
    expect(await counts(page)).toEqual(before);
  });

  it('exports the timeline as .ics and CSV and the commitments as Markdown downloads', async () => {
    const page = await openPaper();
    // Entries on the timeline (commitments without a date are listed after it, not exported as events).
    const dated = await section(page, 'timeline')
      .locator('[data-group]:not([data-group="undated-commitments"]) button[data-entry]')
      .count();
    expect(dated).toBeGreaterThan(3);
    const download = async (format: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        section(page, 'timeline').locator(`button[data-export="${format}"]`).click(),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };

    const ics = await download('ics');
    expect(ics.name).toBe('kamerlens-kst-28676-409-tijdlijn.ics');
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.text.match(/BEGIN:VEVENT/g)?.length).toBe(dated);
    // The commitment due in November 2022 spans that month.
    expect(ics.text).toMatch(
      /DTSTART;VALUE=DATE:20221101\r\nDTEND;VALUE=DATE:20221201\r\nSUMMARY:Toezegging: /,
    );
    expect(ics.text).toContain('URL:http://zoek.officielebekendmakingen.nl/kst-28676-409.html');

    const csv = await download('csv');
    expect(csv.name).toBe('kamerlens-kst-28676-409-tijdlijn.csv');
    const rows = csv.text.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'datum,einddatum,soort,ten opzichte van het stuk,omschrijving,begin in de tekst,einde in de tekst',
    );
    expect(rows.length - 1).toBe(dated);
    expect(rows.some((r) => r.startsWith('2022-11,,Toezegging,later,'))).toBe(true);

    const md = await download('md');
    expect(md.name).toBe('kamerlens-kst-28676-409-toezeggingen.md');
    expect(md.text).toMatch(/^## Geannoteerde agenda NAVO-bijeenkomst/);
    expect(md.text).toMatch(
      /^- \[ \] Het kabinet streeft ernaar om in november 2022 meer duidelijkheid .*\(verwacht november 2022\)$/m,
    );
    expect(md.text).toContain('- [ ] Het kabinet zal de Kamer hierover nadere voorstellen doen.\n');
  });

  it('narrows the page while open so no text is under it, and restores it exactly on close', async () => {
    // The same page where the extension does not run: the layout to get back.
    const base = await h.openBaseline('obk-kst-navo.html');
    const layoutOf = (p: Page) =>
      p.evaluate(() => {
        const r = document.querySelector('#broodtekst')?.getBoundingClientRect();
        return {
          style: document.documentElement.getAttribute('style'),
          text: r ? { left: r.left, right: r.right, width: r.width } : null,
        };
      });
    const baseline = await layoutOf(base);
    await base.close();

    const page = await openPaper();
    const open = await layoutOf(page);
    const left = (await aside(page).boundingBox())?.x ?? 0;
    // The room holds only while the extension's stylesheet is there (page.css).
    expect(open.style).toMatch(/margin-right: calc\(\d+px \* var\(--kamerlens-installed, 0\)\) !important/);
    expect(open.text?.right).toBeLessThanOrEqual(left);
    expect(open.text?.width).toBeLessThan(baseline.text?.width as number);

    await aside(page).getByRole('button', { name: 'Zijbalk sluiten' }).click();
    await expect.poll(() => aside(page).count()).toBe(0);
    expect(await layoutOf(page)).toEqual(baseline);

    // A style the page sets on its root while the sidebar is closed survives an open/close round.
    await page.evaluate(() => document.documentElement.setAttribute('style', 'scroll-padding-top: 80px'));
    await toggleFromToolbar(PAGES.obkPaper);
    await expect.poll(() => aside(page).count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('style')))
      .toMatch(
        /^scroll-padding-top: 80px; margin-right: calc\(\d+px \* var\(--kamerlens-installed, 0\)\) !important;$/,
      );
    await toggleFromToolbar(PAGES.obkPaper);
    await expect.poll(() => aside(page).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBe(
      'scroll-padding-top: 80px',
    );
  });

  it('gives the focus back to the page when it closes: to where it came from, not to the top of the page', async () => {
    const page = await openPaper();
    const focusedLink = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-focus-mark'));
    // The last link of the page: Tab from it enters the sidebar (its host comes last in the document).
    await page.evaluate(() => {
      const links = document.querySelectorAll<HTMLAnchorElement>('body a[href]');
      const last = links[links.length - 1] as HTMLAnchorElement;
      last.setAttribute('data-focus-mark', 'last');
      last.focus();
    });
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('kamerlens-root');
    await page.keyboard.press('Escape');
    await expect.poll(() => aside(page).count()).toBe(0);
    expect(await focusedLink()).toBe('last');

    // Opened from the toolbar (the focus moves to its heading), closed with its button: the same.
    await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('#broodtekst a[href]') as HTMLAnchorElement;
      link.setAttribute('data-focus-mark', 'in-text');
      link.focus();
    });
    await toggleFromToolbar(PAGES.obkPaper);
    await expect.poll(() => focusedName(page)).toBe('kamerlens-root');
    await aside(page).getByRole('button', { name: 'Zijbalk sluiten' }).press('Enter');
    await expect.poll(() => aside(page).count()).toBe(0);
    expect(await focusedLink()).toBe('in-text');
  });

  it('with no focus in the page before, closing gives it to the text at the top of the window: to a link itself, not to words inside it', async () => {
    const page = await openPaper();
    // Focused from nowhere (the page's body): closing has no place to go back to. At the top of the page
    // the text in view is the site's menu, whose links hold their words in <strong>.
    await section(page, 'outline').locator('button[data-entry]').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => aside(page).count()).toBe(0);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { name: el.localName, inLink: !!el.parentElement?.closest('a[href]'), tabIndex: el.tabIndex };
    });
    expect(focused.name).not.toBe('body');
    // A link keeps working from the keyboard (Enter follows it); its <strong> would have been made
    // focusable on its own, with Enter doing nothing.
    expect(focused.inLink).toBe(false);
  });

  it('after a jump into the text, the keyboard command brings the focus back to the entry; from there it closes', async () => {
    const page = await openPaper();
    const entry = section(page, 'outline').getByRole('button', { name: 'Missies en operaties' });
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Missies en operaties');
    await toggleFromKeyboard(PAGES.obkPaper);
    await expect.poll(() => sidebarFocus(page)).toContain('Missies en operaties');
    expect(await aside(page).count()).toBe(1);
    // The heading is as the page made it again, now that the focus has left it.
    expect(await page.locator('#broodtekst [tabindex]').count()).toBe(0);
    await toggleFromKeyboard(PAGES.obkPaper);
    await expect.poll(() => aside(page).count()).toBe(0);
  });

  it('after a jump into the text and the command back, closing gives the focus back to that heading', async () => {
    const page = await openPaper();
    // Escape, ×, and the command from inside: each closes, and the focus is on the heading, not on <body>.
    for (const close of ['Escape', '×', 'command'] as const) {
      if ((await aside(page).count()) === 0) await toggleFromToolbar(PAGES.obkPaper);
      const entry = section(page, 'outline').getByRole('button', { name: 'Afschrikking en verdediging' });
      await entry.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedText(page)).toBe('Afschrikking en verdediging');
      await toggleFromKeyboard(PAGES.obkPaper);
      await expect.poll(() => focusedName(page)).toBe('kamerlens-root');
      if (close === 'Escape') await page.keyboard.press('Escape');
      else if (close === '×')
        await aside(page).getByRole('button', { name: 'Zijbalk sluiten' }).press('Enter');
      else await toggleFromKeyboard(PAGES.obkPaper);
      await expect.poll(() => aside(page).count()).toBe(0);
      await expect.poll(() => focusedText(page)).toBe('Afschrikking en verdediging');
      // Focusable for as long as it has the focus, and only it.
      expect(await page.locator('#broodtekst [tabindex]').count()).toBe(1);
    }
  });

  it.each([
    ['officielebekendmakingen.nl', PAGES.obkPaper, 'Missies en operaties'],
    // Its letter sits under a picture that grows with the page's width: closing used to put the heading 760 px below
    // the window.
    ['tweedekamer.nl', PAGES.tkPaper, 'Afschrikking en verdediging'],
  ])(
    'on %s, the heading jumped to stays where it is on screen while the sidebar closes and the page widens',
    async (_, url, heading) => {
      const page = await openPaper(url);
      const focusedTop = () =>
        page.evaluate(() => {
          const r = document.activeElement?.getBoundingClientRect();
          return r ? { top: Math.round(r.top), bottom: Math.round(r.bottom) } : null;
        });
      await section(page, 'outline').getByRole('button', { name: heading }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedText(page)).toBe(heading);
      const before = await focusedTop();
      await toggleFromKeyboard(url);
      await expect.poll(() => focusedName(page)).toBe('kamerlens-root');
      await page.keyboard.press('Escape');
      await expect.poll(() => aside(page).count()).toBe(0);
      await expect.poll(() => focusedText(page)).toBe(heading);
      const after = await focusedTop();
      expect(Math.abs((after?.top ?? -1e6) - (before?.top ?? 0))).toBeLessThanOrEqual(2);
      expect(after?.bottom).toBeLessThanOrEqual(await page.evaluate(() => innerHeight));
    },
  );

  it('the toolbar button closes the open sidebar wherever the focus is', async () => {
    const page = await openPaper();
    await section(page, 'outline').getByRole('button', { name: 'Missies en operaties' }).click();
    await expect.poll(() => focusedName(page)).not.toBe('kamerlens-root');
    await toggleFromToolbar(PAGES.obkPaper);
    await expect.poll(() => aside(page).count()).toBe(0);
  });

  it('leaves at most one element of the page focusable after jumps, and none once the focus is back', async () => {
    const page = await openPaper();
    const outline = section(page, 'outline');
    await outline.getByRole('button', { name: 'Oekraïne' }).click();
    await outline.getByRole('button', { name: 'Missies en operaties' }).click();
    await outline.getByRole('button', { name: 'Afschrikking en verdediging' }).click();
    const focusable = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#broodtekst [tabindex]')].map((e) => e.textContent?.trim()),
      );
    await expect.poll(focusable).toEqual(['Afschrikking en verdediging']);
    // A click on the page's text takes the focus nowhere: the heading is as the page made it.
    await page.mouse.click(300, 60);
    await expect.poll(focusable).toEqual([]);
  });

  it('has one Tab stop per list of entries: the arrow keys go through them, across groups', async () => {
    const page = await openPaper();
    const inSidebar = () => page.evaluate(() => document.activeElement?.localName === 'kamerlens-root');
    const focusedEntry = () =>
      page.evaluate(() => {
        const el = document.querySelector('kamerlens-root')?.shadowRoot?.activeElement;
        return el?.hasAttribute('data-entry')
          ? (el.closest('[data-section]')?.getAttribute('data-section') ?? null)
          : null;
      });
    await page.locator('kamerlens-root .kl-filter-input').focus();
    // Tab through the whole sidebar: which sections' entries are stops, and how many stops in all.
    const stops: (string | null)[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if (!(await inSidebar())) break;
      stops.push(await focusedEntry());
    }
    const entryStops = stops.filter((s) => s !== null);
    // One entry per section (a letter of three pages had 48 stops, one per entry).
    expect(entryStops.sort()).toEqual(['acronyms', 'citations', 'outline', 'timeline']);
    expect(stops.length).toBeLessThan(25);

    // The arrow keys reach every timeline entry, across its periods (they used to stop at each period's end).
    await page
      .locator('kamerlens-root [data-section="timeline"] button[data-entry]:not([tabindex="-1"])')
      .focus();
    const total = await section(page, 'timeline').locator('button[data-entry]').count();
    for (let i = 1; i < total; i++) await page.keyboard.press('ArrowDown');
    const last = await page.evaluate(() => {
      const root = document.querySelector('kamerlens-root')?.shadowRoot;
      const all = root?.querySelectorAll('[data-section="timeline"] button[data-entry]');
      return all?.[all.length - 1] === root?.activeElement;
    });
    expect(last).toBe(true);
  });

  it('narrows itself beside the page in a narrow window rather than cover the text', async () => {
    const page = await openPaper();
    await page.setViewportSize({ width: 800, height: 700 });
    const geometry = () =>
      page.evaluate(() => {
        const host = document.querySelector('kamerlens-root');
        const side = host?.shadowRoot?.querySelector('aside')?.getBoundingClientRect();
        const text = document.querySelector('#broodtekst')?.getBoundingClientRect();
        return { sideLeft: side?.left ?? 0, sideWidth: side?.width ?? 0, textRight: text?.right ?? 0 };
      });
    await expect.poll(async () => (await geometry()).sideWidth).toBe(320);
    const narrow = await geometry();
    expect(narrow.textRight).toBeLessThanOrEqual(narrow.sideLeft);
    // Wide again: the reader's own width comes back.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await geometry()).sideWidth).toBe(380);
  });

  it('resizes from the keyboard, holds at 320 px, and remembers the width', async () => {
    const page = await openPaper();
    const handle = aside(page).getByRole('separator', { name: 'Breedte van de zijbalk' });
    const width = async () => Math.round((await aside(page).boundingBox())?.width ?? 0);
    const start = await width();
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(width).toBe(start + 32);
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginRight))
      .toBe(`${start + 32}px`);
    await page.keyboard.press('Home');
    await expect.poll(width).toBe(320);
    // At its narrowest nothing spills sideways.
    const overflow = await aside(page).evaluate((el) => {
      const body = el.querySelector('.kl-body') as HTMLElement;
      return body.scrollWidth - body.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    // Remembered for the next paper.
    await page.waitForTimeout(300);
    await page.reload();
    await waitForPainted(page);
    await expect.poll(width).toBe(320);
  });

  it('follows the options page in an open tab: language and categories', async () => {
    const page = await openPaper();
    const title = (id: string) => section(page, id).locator('.kl-section-title').textContent();
    await expect(title('outline')).resolves.toBe('Inhoud');

    const options = await h.openExtensionPage('options.html');
    await options.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => title('outline')).toBe('Contents');
    await expect.poll(() => options.locator('h1').innerText()).toBe('Kamerlens settings');
    // A paper opened in English has its English strings from the background before it shows anything.
    const english = await openPaper();
    expect(await section(english, 'outline').locator('.kl-section-title').textContent()).toBe('Contents');
    expect(await english.locator('kamerlens-root .kl-close').getAttribute('aria-label')).toBe(
      'Close sidebar',
    );

    await options.getByRole('checkbox', { name: 'Mark and explain acronyms' }).uncheck();
    await expect.poll(() => section(page, 'acronyms').count()).toBe(0);
    await options.getByRole('checkbox', { name: 'Table of contents in the sidebar' }).uncheck();
    await expect.poll(() => section(page, 'outline').count()).toBe(0);
    // The timeline stays: it is not a category of marks.
    expect(await section(page, 'timeline').count()).toBe(1);
  });

  it("follows the options page's glossary editor in an open tab, without a reload", async () => {
    const page = await openPaper();
    const acronyms = section(page, 'acronyms');
    await expect(acronyms.innerText()).resolves.not.toContain('Mijn eigen betekenis');

    const options = await h.openExtensionPage('options.html');
    await options.getByLabel('Afkorting', { exact: true }).fill('NAVO');
    await options.getByLabel('Betekenis', { exact: true }).fill('Mijn eigen betekenis van NAVO');
    await options.getByRole('button', { name: 'Toevoegen' }).click();

    await expect.poll(() => section(page, 'acronyms').innerText()).toContain('Mijn eigen betekenis van NAVO');
    expect(await page.locator('kamerlens-root').count()).toBe(1);
  });

  it('offers the options page from the popup', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const [options] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Instellingen' }).click(),
    ]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${h.extensionId}/options.html`);
  });
});

/** Opens the popover of the first mark from the keyboard (`]`), as a reader without a mouse does. */
async function openFirstPopover(page: Page, textRoot: string): Promise<void> {
  await page.locator(textRoot).click({ position: { x: 2, y: 2 } });
  await page.keyboard.press(']');
  await expect
    .poll(() =>
      page.evaluate(
        () => !!document.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('[role="dialog"]'),
      ),
    )
    .toBe(true);
}

describe('accessibility (axe-core)', () => {
  it('finds no violations in the sidebar and a popover on officielebekendmakingen.nl', async () => {
    const page = await openPaper();
    expect(await axeViolations(page)).toEqual([]);
    await openFirstPopover(page, '#broodtekst');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'popover-obk.png') });
  });

  it('finds no violations in the sidebar on tweedekamer.nl, with the document open', async () => {
    const page = await openPaper(PAGES.tkPaper);
    await section(page, 'outline').getByRole('button', { name: 'Afschrikking en verdediging' }).click();
    await expect.poll(() => page.locator('#document-html-modal').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds no violations on the options page and in the popup', async () => {
    for (const file of ['options.html', 'popup.html']) {
      const page = await h.openExtensionPage(file);
      await page.locator('h1').waitFor();
      expect(await axeViolationsOfPage(page), file).toEqual([]);
    }
  });
});

/**
 * Every string Kamerlens shows in the page (text, `aria-label`, `title`, `placeholder`, in the sidebar and the
 * popover) with the language a screen reader reads it in: the nearest `lang`.
 */
function spokenStrings(page: Page): Promise<Array<{ text: string; lang: string }>> {
  return page.evaluate(() => {
    const out: Array<{ text: string; lang: string }> = [];
    for (const host of document.querySelectorAll('kamerlens-root, kamerlens-popover')) {
      for (const el of host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
        if (el.localName === 'style') continue;
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
        for (const name of ['aria-label', 'title', 'placeholder']) {
          const value = el.getAttribute(name);
          if (value) out.push({ text: value.trim(), lang });
        }
        for (const node of el.childNodes) {
          const text = node.nodeType === 3 ? (node.textContent ?? '').trim() : '';
          if (text) out.push({ text, lang });
        }
      }
    }
    return out;
  });
}

describe('the interface’s own language, for screen readers', () => {
  it.each(['nl', 'en'] as const)(
    'in %s: every interface string in the sidebar and a citation popover is in that language, and marked so',
    async (language) => {
      if (language === 'en') {
        const options = await h.openExtensionPage('options.html');
        await options.getByRole('radio', { name: 'English' }).check();
        await options.close();
      }
      const page = await openPaper();
      await expect.poll(() => aside(page).getAttribute('lang')).toBe(language);
      const entry = section(page, 'citations').locator('button[data-entry]').first();
      await entry.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('kamerlens-popover [role="dialog"]').count()).toBe(1);
      const other = language === 'en' ? 'nl' : 'en';
      // The tables' strings where the two languages differ, a placeholder standing for any text
      // (`Vermelding {n} van {total}`, `{count}× in dit stuk`).
      const tables: Record<'nl' | 'en', Readonly<Record<string, string>>> = PAGE_MESSAGES;
      const strings = (lang: 'nl' | 'en'): RegExp[] =>
        Object.entries(tables[lang])
          .filter(([key, value]) => value !== tables[lang === 'nl' ? 'en' : 'nl'][key])
          .map(([, value]) => {
            const parts = value.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
            return new RegExp(`^${parts.join('.+')}$`, 's');
          });
      const mine = strings(language);
      const theirs = strings(other);
      const said = (table: RegExp[]) => (s: { text: string }) => table.some((r) => r.test(s.text));
      const spoken = await spokenStrings(page);
      expect(spoken.filter(said(mine)).length).toBeGreaterThan(20);
      // Nothing of the other language's interface is left (the paper's words, marked Dutch, may say `Europese
      // Unie` as the Dutch category does), and what is ours is read as ours.
      expect(spoken.filter((s) => s.lang === language).filter(said(theirs))).toEqual([]);
      expect(spoken.filter(said(mine)).filter((s) => s.lang !== language)).toEqual([]);
      // Nothing is left to the page's language: the live region's announcement too says in which it is.
      expect(spoken.filter((s) => s.lang === '')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe('in dark mode', () => {
  const dark = useHarness({ colorScheme: 'dark' });

  it('follows the system, finds no axe violations, and is photographed', async () => {
    const page = await dark.open(PAGES.tkPaper);
    const background = await aside(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(29, 31, 35)');
    await section(page, 'outline').getByRole('button', { name: 'Afschrikking en verdediging' }).click();
    await expect.poll(() => page.locator('#document-html-modal').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.mouse.move(0, 0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-tk-dark.png') });
    await openFirstPopover(page, '.m-modal__content');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'popover-tk-dark.png') });
  });
});

describe('screenshots', () => {
  it('photographs the sidebar on the sample letter and the options page', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await openPaper();
    // Beside the letter's text rather than the site's header.
    await section(page, 'outline').getByRole('button', { name: 'Oekraïne' }).click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-obk.png') });
    // The timeline in view, the facts and outline folded away.
    await section(page, 'facts').locator('.kl-section-toggle').click();
    await section(page, 'outline').locator('.kl-section-toggle').click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-obk-timeline.png') });
    const options = await h.openExtensionPage('options.html');
    await options.locator('h1').waitFor();
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });
  });
});
