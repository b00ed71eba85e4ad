/**
 * Marks and popovers in the page, end to end in Chromium with the built extension: the findings
 * are painted with the CSS Custom Highlight API on both sites, hover and keyboard open the same
 * popovers, citation popovers show the title from local stub services (through the background's
 * `devApiBaseUrls` override) or a clean unavailable state, the reader's glossary changes what a
 * popover says, and the page's text, selection and copy stay exactly as without the extension.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import {
  focusedName,
  hangingStub,
  highlightTexts,
  hoverMark,
  markPoint,
  popover,
  stubAnswer,
  useHarness,
} from './harness';

/** The part of the extension API the tests call in the service worker. */
declare const chrome: {
  runtime: {
    onMessage: {
      addListener(l: (m: { type?: string; input?: { only?: string } }) => undefined): void;
      removeListener(l: (m: { type?: string; input?: { only?: string } }) => undefined): void;
    };
  };
};

/** What the stub Tweede Kamer API answers for `Kamerstuk 29 521, nr. 446` (shape of a real OData record). */
const STUB_TITLE = 'Verslag van de NAVO-top van 28 tot en met 30 juni 2022 in Madrid';
const ODATA_ANSWER = JSON.stringify({
  '@odata.context': 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document',
  value: [
    {
      Titel: 'Vrede en veiligheid',
      Onderwerp: STUB_TITLE,
      Datum: '2022-06-17T00:00:00+02:00',
      Soort: 'Brief regering',
      DocumentNummer: '2022D26017',
      Volgnummer: 446,
      Vergaderjaar: '2021-2022',
      Aanhangselnummer: null,
      Verwijderd: false,
      Kamerstukdossier: [{ Nummer: 29521, Toevoeging: null, Titel: 'Vrede en veiligheid' }],
    },
  ],
});

const h = useHarness({
  routes: {
    '127.0.0.1/hang/tk/Document': hangingStub(),
    '127.0.0.1/hang/sru': hangingStub(),
    '127.0.0.1/ok/tk/Document': stubAnswer(200, ODATA_ANSWER, 'application/json'),
    '127.0.0.1/ok/sru': stubAnswer(200, '<x/>', 'application/xml'),
    '127.0.0.1/down/tk/Document': stubAnswer(500, 'Internal Server Error', 'text/plain'),
    '127.0.0.1/down/sru': stubAnswer(500, 'Internal Server Error', 'text/plain'),
  },
});

/** Points the background's title lookups at the stubs (`ok`, `down`, `hang`) or at a closed port. */
function useServices(scenario: 'ok' | 'down' | 'hang' | 'refused'): Promise<void> {
  const base = scenario === 'refused' ? 'http://127.0.0.1:9' : `http://127.0.0.1:${h.port}/${scenario}`;
  // A short timeout keeps the refused case quick; the stubs answer at once.
  return h.pointServicesAt(base, 3000);
}
beforeAll(() => useServices('ok'));

const ACRONYMS = ['NAVO', 'EU', 'UDCG', 'NAR', 'NATO', 'DPCR', 'NDPP', 'NMI', 'KFOR', 'EUFOR', 'VN'];
const CITATION = 'Kamerstuk 29 521, nr. 446';

describe.each([
  ['officielebekendmakingen', PAGES.obkPaper, 26],
  ['tweedekamer.nl (text in a closed modal)', PAGES.tkPaper, 24],
])('on the %s paper', (_site, url, navoCount) => {
  it('highlights the known acronyms and citations, and no dates by default', async () => {
    const page = await h.open(url);
    const acronyms = await highlightTexts(page, 'kamerlens-acronym');
    for (const abbr of ACRONYMS) expect(acronyms).toContain(abbr);
    expect(acronyms.filter((a) => a === 'NAVO')).toHaveLength(navoCount);
    expect(await highlightTexts(page, 'kamerlens-citation')).toEqual([CITATION, CITATION]);
    expect(await highlightTexts(page, 'kamerlens-date')).toEqual([]);
    // The sidebar's reserved room (a style element) and its host: nothing else added to the page.
    // The colours come with the extension's own stylesheet (page.css), and are painted.
    const ours = await page.evaluate(() =>
      [...document.querySelectorAll('[data-kamerlens]')].map(
        (e) => `${e.localName}:${e.getAttribute('data-kamerlens')}`,
      ),
    );
    expect(ours.sort()).toEqual(['kamerlens-root:sidebar', 'style:reserve']);
    const colours = await page.evaluate(() => {
      const text = document.querySelector('p') as Element;
      const of = (name: string) => getComputedStyle(text, `::highlight(${name})`).backgroundColor;
      return { acronym: of('kamerlens-acronym'), citation: of('kamerlens-citation') };
    });
    expect(colours).toEqual({ acronym: 'rgba(47, 111, 219, 0.1)', citation: 'rgba(0, 135, 90, 0.1)' });
  });
});

describe("the paper's opening, read ahead while the page loads", () => {
  it('is analysed once, asked by the document_start script once the page is parsed; the first screens are painted from that answer', async () => {
    // The background's messages as they arrive (a listener beside its own, answering nothing).
    await h.worker.evaluate(() => {
      const seen: string[] = [];
      const listener = (m: { type?: string; input?: { only?: string } }) => {
        if (m?.type === 'analyze') seen.push(m.input?.only ?? 'all');
        return undefined;
      };
      chrome.runtime.onMessage.addListener(listener);
      Object.assign(globalThis, {
        __analyses: { seen, stop: () => chrome.runtime.onMessage.removeListener(listener) },
      });
    });
    const page = await h.open(PAGES.obkPaper);
    const analyses = await h.worker.evaluate(() => {
      const a = (globalThis as unknown as { __analyses: { seen: string[]; stop(): void } }).__analyses;
      a.stop();
      return a.seen;
    });
    // The opening's marks once (not again by the reader), then the whole paper.
    expect(analyses).toEqual(['marks', 'all']);
    const marks = await page.evaluate(() => ({
      ahead: performance.getEntriesByName('kamerlens:opening-ahead').length,
      taken: performance.getEntriesByName('kamerlens:opening-taken').length,
      // The reader painted from the reading made ahead too: the page had not changed since.
      readTaken: performance.getEntriesByName('kamerlens:opening-read-taken').length,
      firstPaint: performance.getEntriesByName('kamerlens:first-paint').length,
    }));
    expect(marks).toEqual({ ahead: 1, taken: 1, readTaken: 1, firstPaint: 1 });
    expect(await highlightTexts(page, 'kamerlens-acronym')).toContain('NAVO');
  });
});

describe('popovers on hover and from the keyboard', () => {
  it('shows the meaning of NAVO on hover, and a screenshot of it for the README', async () => {
    const page = await h.open(PAGES.obkPaper);
    await hoverMark(page, 'kamerlens-acronym', 'NAVO', 3);
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    const text = await popover(page).innerText();
    expect(text).toContain('Noord-Atlantische Verdragsorganisatie');
    expect(text).toMatch(/Vermelding 4 van 26 in dit stuk/);
    // Beside the mark, not over it.
    const { x, y } = await markPoint(page, 'kamerlens-acronym', 'NAVO', 3);
    const box = await popover(page).boundingBox();
    expect(box && (y < box.y || y > box.y + box.height || x < box.x || x > box.x + box.width)).toBe(true);
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/popover.png' });
    // Leaving the mark closes it after the abandon delay.
    await page.mouse.move(5, 5);
    await expect.poll(() => popover(page).count()).toBe(0);
  });

  it('steps to NAVO with the keyboard, shows it as current, and Escape closes and gives focus back', async () => {
    const page = await h.open(PAGES.obkPaper);
    await page.evaluate(() => window.scrollTo(0, 0));
    // `]` steps through the marks in reading order; the first ones of this letter include NAVO.
    let title = '';
    for (let i = 0; i < 12 && title !== 'NAVO'; i++) {
      await page.keyboard.press(']');
      await expect.poll(() => popover(page).count()).toBe(1);
      title = (await page.locator('kamerlens-popover .kl-pop-title').innerText()).trim();
    }
    expect(title).toBe('NAVO');
    expect(await popover(page).innerText()).toContain('Noord-Atlantische Verdragsorganisatie');
    expect(await highlightTexts(page, 'kamerlens-current')).toEqual(['NAVO']);
    // Focus is in the popover (a dialog), so its buttons are reachable with Tab.
    expect(await focusedName(page)).toBe('kamerlens-popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    expect(await highlightTexts(page, 'kamerlens-current')).toEqual([]);
    expect(await focusedName(page)).not.toBe('kamerlens-popover');
  });

  it('steps through the marks on tweedekamer.nl, opening the modal', async () => {
    const page = await h.open(PAGES.tkPaper);
    const modal = page.locator('#document-html-modal');
    await expect(modal.isVisible()).resolves.toBe(false);
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(() => popover(page).count()).toBe(1);
    await expect.poll(() => modal.isVisible()).toBe(true);
    // The first mark of the letter is NAVO, in its opening lines.
    expect(await page.locator('kamerlens-popover .kl-pop-title').innerText()).toBe('NAVO');
    expect(await popover(page).innerText()).toContain('Noord-Atlantische Verdragsorganisatie');
  });

  it('paints the marks in the modal once it opens (hover works there)', async () => {
    const page = await h.open(PAGES.tkPaper);
    await page.locator('button[data-modal-toggle="#document-html-modal"]').first().click();
    await hoverMark(page, 'kamerlens-acronym', 'UDCG');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await popover(page).innerText()).toContain('Ukraine Defense Contact Group');
    expect(await popover(page).innerText()).toContain('Uitgelegd in dit stuk');
  });
});

describe('citation popovers', () => {
  it('show the title from the title service and copy the citation', async () => {
    await useServices('ok');
    const page = await h.open(PAGES.obkPaper);
    await hoverMark(page, 'kamerlens-citation', CITATION);
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    await expect.poll(() => popover(page).innerText()).toContain(STUB_TITLE);
    const text = await popover(page).innerText();
    expect(text).toContain('Brief regering');
    expect(text).toContain('17 juni 2022');
    expect(text).toContain('Vrede en veiligheid');
    // The numbers Kamerlens writes stay on one line (no-break spaces), in the popover and the sidebar; the page's
    // own text keeps its spaces (its marks read as before), and so does the copied citation (below).
    expect(await page.locator('kamerlens-popover .kl-pop-title').innerText()).toBe(
      'Kamerstuk 29\u00a0521, nr.\u00a0446',
    );
    expect(await page.locator('kamerlens-popover .kl-pop-meta').innerText()).toBe(
      'Kamerstuk · Tweede Kamer · dossier 29\u00a0521, nr.\u00a0446',
    );
    const entry = page
      .locator('kamerlens-root [data-section="citations"] button[data-entry]')
      .filter({ hasText: '446' });
    expect(await entry.first().innerText()).toContain('Kamerstuk 29\u00a0521, nr.\u00a0446');
    expect(await highlightTexts(page, 'kamerlens-citation')).toContain(CITATION);
    const links = await popover(page)
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
      'https://zoek.officielebekendmakingen.nl/dossier/29521',
    ]);
    await popover(page).getByRole('button', { name: 'Verwijzing kopiëren' }).click();
    await expect.poll(() => popover(page).innerText()).toContain('Gekopieerd');
    const copied = (await h.readClipboard()).text;
    expect(copied).toBe(
      `Kamerstuk 29 521, nr. 446, “${STUB_TITLE}” (https://zoek.officielebekendmakingen.nl/kst-29521-446.html)`,
    );
  });

  it("show the paper's kind in English once the interface is, from the answer the page already has", async () => {
    await useServices('ok');
    await h.setStorage({ language: 'nl' });
    try {
      const page = await h.open(PAGES.obkPaper);
      await hoverMark(page, 'kamerlens-citation', CITATION);
      await expect.poll(() => popover(page).innerText()).toContain(STUB_TITLE);
      const kind = popover(page).locator('.kl-pop-facts dd').nth(1);
      expect([await kind.innerText(), await kind.getAttribute('lang')]).toEqual(['Brief regering', 'nl']);
      // The services go down: what follows can only come from the answer the page keeps.
      await useServices('down');
      await h.setStorage({ language: 'en' });
      await expect.poll(() => kind.innerText()).toBe('Letter from the government');
      expect(await kind.getAttribute('lang')).toBe('en');
      expect(await popover(page).getAttribute('lang')).toBe('en');
      // Closed and opened again: the same.
      await page.keyboard.press('Escape');
      await expect.poll(() => popover(page).count()).toBe(0);
      await hoverMark(page, 'kamerlens-citation', CITATION);
      await expect.poll(() => popover(page).innerText()).toContain('Letter from the government');
      expect(await popover(page).innerText()).toContain(STUB_TITLE);
      await h.setStorage({ language: 'nl' });
      await expect.poll(() => kind.innerText()).toBe('Brief regering');
    } finally {
      await h.removeStorage('language');
      await useServices('ok');
    }
  });

  it.each([
    ['answers 500', 'down' as const],
    ['refuses connections', 'refused' as const],
  ])(
    'show the unavailable state when the service %s, in the words of the sidebar, and again when reopened',
    async (_name, scenario) => {
      const unavailable = 'De titel kon nu niet worden opgehaald.';
      await useServices(scenario);
      try {
        const page = await h.open(PAGES.tkPaper);
        await page.locator('button[data-modal-toggle="#document-html-modal"]').first().click();
        // The sidebar's entry of the cited paper says it first.
        const entry = page
          .locator('kamerlens-root [data-section="citations"] button[data-entry]')
          .filter({ hasText: '446' })
          .first();
        await expect.poll(() => entry.innerText(), { timeout: 15_000 }).toContain(unavailable);
        // The popover, first opened and then again, while the services hang (the lookup asked again takes its
        // whole 3 s timeout): it says what the sidebar knows, never "being retrieved".
        await useServices('hang');
        for (const opening of [1, 2]) {
          if (opening === 2) {
            await page.keyboard.press('Escape');
            await expect.poll(() => popover(page).count()).toBe(0);
            await page.mouse.move(1, 1);
          }
          await hoverMark(page, 'kamerlens-citation', CITATION, 1);
          await expect.poll(() => popover(page).isVisible()).toBe(true);
          for (let i = 0; i < 5; i++) {
            const text = await popover(page).innerText();
            expect(text).toContain(unavailable);
            expect(text).not.toContain('Titel wordt opgehaald');
            expect(text).not.toContain(STUB_TITLE);
            await page.waitForTimeout(200);
          }
          expect(await entry.innerText()).toContain(unavailable);
        }
      } finally {
        await useServices('ok');
      }
    },
  );
});

describe("the reader's own glossary", () => {
  it('changes what the popover says', async () => {
    await h.setStorage({
      userGlossary: [
        {
          abbr: 'NAVO',
          expansion: 'Noord-Atlantische Verdragsorganisatie (NATO)',
          explanation: 'Mijn eigen uitleg.',
        },
      ],
    });
    try {
      const page = await h.open(PAGES.obkPaper);
      await hoverMark(page, 'kamerlens-acronym', 'NAVO', 3);
      await expect.poll(() => popover(page).isVisible()).toBe(true);
      const text = await popover(page).innerText();
      expect(text).toContain('Noord-Atlantische Verdragsorganisatie (NATO)');
      expect(text).toContain('Mijn eigen uitleg.');
      expect(text).toContain('Uit je eigen woordenlijst');
    } finally {
      await h.removeStorage('userGlossary');
    }
  });
});

describe('settings and commands', () => {
  it('the toggle-marks command hides and shows every mark', async () => {
    const url = `${PAGES.obkPaper}?marks-toggle`;
    const page = await h.open(url);
    const sorted = async () => (await highlightTexts(page, 'kamerlens-acronym')).sort();
    const shown = await sorted();
    expect(shown.length).toBeGreaterThan(30);
    const toggle = () => h.toggleMarks(url);
    await toggle();
    await expect.poll(() => highlightTexts(page, 'kamerlens-acronym')).toEqual([]);
    await toggle();
    // Every mark back, the same as before they were hidden (they may come back over a few frames).
    await expect.poll(sorted).toEqual(shown);
  });

  it('paints dates when the setting turns them on, live', async () => {
    const page = await h.open(PAGES.obkPaper);
    expect(await highlightTexts(page, 'kamerlens-date')).toEqual([]);
    await h.setStorage({ categories: { acronyms: true, citations: false, dates: true, outline: true } });
    try {
      await expect.poll(async () => (await highlightTexts(page, 'kamerlens-date')).length).toBeGreaterThan(5);
      expect(await highlightTexts(page, 'kamerlens-date')).toContain('30 september 2022');
      expect(await highlightTexts(page, 'kamerlens-citation')).toEqual([]);
    } finally {
      await h.removeStorage('categories');
    }
  });
});

describe("the page's own text", () => {
  /** The container's innerText, and the text of a selection over a marked paragraph, as the page gives them. */
  async function readText(page: Page, selector: string) {
    return page.evaluate((selector) => {
      const el = document.querySelector(selector) as HTMLElement;
      const paragraph = [...el.querySelectorAll('p')].find(
        (p) => /NAVO/.test(p.textContent ?? '') && /EU/.test(p.textContent ?? ''),
      );
      const range = document.createRange();
      range.selectNodeContents(paragraph ?? el);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return { inner: el.innerText, selected: selection?.toString() ?? '' };
    }, selector);
  }

  it('is unchanged by the marks: innerText, selection and copy', async () => {
    const page = await h.open(PAGES.obkPaper);
    expect((await highlightTexts(page, 'kamerlens-acronym')).length).toBeGreaterThan(30);
    const seen = await readText(page, '#broodtekst');
    await page.keyboard.press('Control+C');
    const copied = (await h.readClipboard()).text;

    const base = await h.openBaseline('obk-kst-navo.html');
    const expected = await readText(base, '#broodtekst');
    expect(seen.inner).toBe(expected.inner);
    expect(seen.selected).toBe(expected.selected);
    expect(seen.selected).toMatch(/NAVO/);
    expect(copied).toBe(expected.selected);
  });
});
