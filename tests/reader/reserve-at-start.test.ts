import { Browser } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { reserveAtStart, undoReserveAtStart } from '../../src/reader/reserve-at-start';

const OBK_PAPER = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
const TK_PAPER =
  'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633';

function page(url: string, width = 1280): Document {
  const p = new Browser().newPage();
  p.url = url;
  p.setViewport({ width, height: 900 });
  p.content = '<!DOCTYPE html><html><head></head><body></body></html>';
  return p.mainFrame.document as unknown as Document;
}

/** The room the reservation makes (px), which holds while the extension's stylesheet is there. */
const margin = (doc: Document) =>
  doc
    .querySelector('style[data-kamerlens="reserve"]')
    ?.textContent?.match(
      /margin-right: calc\((\d+)px \* var\(--kamerlens-installed, 0\)\) !important/,
    )?.[1] ?? null;

describe('the room reserved at document_start', () => {
  it.each([
    ['a KOOP Kamerstuk, sidebar open', OBK_PAPER, true, 380, 1280, '380'],
    ['a tweedekamer.nl letter, a wider sidebar', TK_PAPER, true, 500, 1280, '500'],
    ['a paper with the sidebar closed on its site', OBK_PAPER, false, 380, 1280, null],
    ['a window too narrow to sit beside', OBK_PAPER, true, 380, 700, null],
    [
      'a news page (not a paper by its URL)',
      'https://www.tweedekamer.nl/nieuws/kamernieuws/navo-ministers',
      true,
      380,
      1280,
      null,
    ],
    [
      'a Staatscourant notice',
      'https://zoek.officielebekendmakingen.nl/stcrt-2013-10981.html',
      true,
      380,
      1280,
      null,
    ],
    ['a page of another site', 'https://www.rijksoverheid.nl/kamerstukken', true, 380, 1280, null],
  ])('%s', async (_what, url, open, width, viewport, expected) => {
    const doc = page(url, viewport);
    const asked: string[] = [];
    await reserveAtStart(doc, {
      sidebarOpen: async (site) => {
        asked.push(site);
        return open;
      },
      sidebarWidth: async () => width,
    });
    expect(margin(doc)).toBe(expected);
    // The room is all it may add: the highlight colours come with the extension's own stylesheet.
    expect(doc.querySelectorAll('style:not([data-kamerlens="reserve"])')).toHaveLength(0);
    // Pages that are not papers by their URL are not even asked about.
    if (expected === null && !open) expect(asked).toHaveLength(1);
  });

  it.each([
    ['as they come (open, default width): nothing changes', true, 380, '380'],
    ['with a wider sidebar: the room grows', true, 500, '500'],
    ['with the sidebar closed on the site: the room is given back', false, 380, null],
  ])(
    'reserves the default room before the settings are read, then follows them: %s',
    async (_what, open, width, expected) => {
      const doc = page(OBK_PAPER);
      let answer: (v: boolean) => void = () => undefined;
      const reserving = reserveAtStart(doc, {
        sidebarOpen: () => new Promise<boolean>((resolve) => (answer = resolve)),
        sidebarWidth: async () => width,
      });
      // Before storage answers (it may answer after the page's first layout).
      expect(margin(doc)).toBe('380');
      answer(open);
      await reserving;
      expect(margin(doc)).toBe(expected);
      expect(doc.querySelectorAll('style[data-kamerlens="reserve"]').length).toBe(expected ? 1 : 0);
    },
  );

  it('does nothing at all, not even wait, on an address that is not a paper', () => {
    const doc = page('https://www.tweedekamer.nl/nieuws/kamernieuws/navo-ministers');
    const deps = { sidebarOpen: vi.fn(async () => true), sidebarWidth: vi.fn(async () => 380) };
    expect(reserveAtStart(doc, deps)).toBeNull();
    expect(deps.sidebarOpen).not.toHaveBeenCalled();
    expect(doc.querySelectorAll('style')).toHaveLength(0);
  });

  it('reads the window width before it waits for the settings, while there is nothing to lay out', async () => {
    const doc = page(OBK_PAPER);
    let settingsRead = false;
    const widthReads: boolean[] = [];
    Object.defineProperty(doc.defaultView, 'innerWidth', {
      get: () => {
        widthReads.push(settingsRead);
        return 1280;
      },
    });
    await reserveAtStart(doc, {
      sidebarOpen: async () => {
        await new Promise((r) => setTimeout(r, 0));
        settingsRead = true;
        return true;
      },
      sidebarWidth: async () => 380,
    });
    expect(margin(doc)).toBe('380');
    expect(widthReads).toEqual([false]);
  });

  it('takes back all it added (not a paper after all, an error, the extension gone)', async () => {
    const doc = page(OBK_PAPER);
    await reserveAtStart(doc, { sidebarOpen: async () => true, sidebarWidth: async () => 380 });
    expect(doc.querySelectorAll('style[data-kamerlens]')).toHaveLength(1);
    undoReserveAtStart(doc);
    expect(doc.querySelectorAll('style[data-kamerlens]')).toHaveLength(0);
    expect(margin(doc)).toBeNull();
  });
});
