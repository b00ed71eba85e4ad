import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// The benchmark's generated paper: real letters' paragraphs cycled to a megabyte under a Kamerstuk head.
import { paperPage } from '../../bench/generate.mjs';
import { ENTRIES_PER_TURN, FIRST_ENTRIES } from '../../src/ui/sidebar/staging';
import { htmlRoute, useHarness, waitForPainted } from './harness';

const URL_OF_HUGE = 'http://zoek.officielebekendmakingen.nl/kst-36600-1.html';
const HUGE = paperPage(1_000_000);

const h = useHarness({
  routes: { 'zoek.officielebekendmakingen.nl/kst-36600-1.html': htmlRoute(HUGE.html) },
});

/** The acronym highlight's ranges: how many, and how far their boxes are from the viewport (in screens). */
function acronymRanges(page: Page) {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
      'kamerlens-acronym',
    );
    const ranges = [...(h ?? [])];
    const screens = ranges.map((r) => r.getBoundingClientRect().top / window.innerHeight);
    return {
      count: ranges.length,
      nearest: Math.min(...screens.map(Math.abs)),
      farthest: Math.max(...screens.map(Math.abs)),
    };
  });
}

describe('a megabyte paper', () => {
  it('reserves the sidebar room while the page loads: the text never jumps sideways when the sidebar opens', async () => {
    const page = await h.context.newPage();
    // In the page's own world: when the reservation arrives, and when layout shifts changed the
    // width of what moved (the page's own shifts, such as late content, move things down).
    await page.addInitScript(() => {
      const w = window as unknown as { reservedAt: number | null; sideways: number[] };
      w.reservedAt = null;
      w.sideways = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if ((n as Element).getAttribute?.('data-kamerlens') === 'reserve')
              w.reservedAt ??= performance.now();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const sources = (e as unknown as { sources: { previousRect: DOMRect; currentRect: DOMRect }[] })
            .sources;
          if (sources.some((s) => s.previousRect.width !== s.currentRect.width)) w.sideways.push(e.startTime);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(URL_OF_HUGE);
    await waitForPainted(page, 60_000);
    const state = await page.evaluate(() => ({
      ...(window as unknown as { reservedAt: number | null; sideways: number[] }),
      readerStart: performance.getEntriesByName('kamerlens:start')[0]?.startTime ?? 0,
      reservation: document.querySelectorAll('style[data-kamerlens="reserve"]').length,
      margin: document.documentElement.style.getPropertyValue('margin-right'),
      computedMargin: getComputedStyle(document.documentElement).marginRight,
    }));
    // Reserved while the page loaded (before the reader began: at document_start, not at idle),
    // then taken over by the open sidebar with the same width: from the reader's start on, nothing
    // moves sideways. (Whether the reservation beats the page's very first layout depends on how
    // fast the browser answers the storage read; on a busy machine it may not.)
    expect(state.reservedAt).not.toBeNull();
    expect(state.reservedAt!).toBeLessThan(state.readerStart);
    // The reservation stays under the sidebar's own margin (removing a stylesheet would make the
    // browser restyle the whole page) and goes when the sidebar closes.
    expect(state.reservation).toBe(1);
    expect(state.margin).toBe('calc(380px * var(--kamerlens-installed, 0))');
    expect(state.computedMargin).toBe('380px');
    expect(state.sideways.filter((t) => t >= state.readerStart)).toEqual([]);
    await page.close();
  });

  it('draws the sidebar a few entries a frame, and once painted each list shows its first thirty and a button for the rest', async () => {
    const page = await h.context.newPage();
    // The sidebar's entries counted at every frame until the reader says all is painted.
    await page.addInitScript(() => {
      const counts: number[] = [];
      (window as unknown as { entryCounts: number[] }).entryCounts = counts;
      const tick = () => {
        const root = document.querySelector('kamerlens-root')?.shadowRoot;
        counts.push(root ? root.querySelectorAll('[data-entry]').length : 0);
        if (performance.getEntriesByName('kamerlens:painted').length === 0) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(URL_OF_HUGE);
    await waitForPainted(page, 60_000);
    const counts = await page.evaluate(() => (window as unknown as { entryCounts: number[] }).entryCounts);
    const added = counts.slice(1).map((n, i) => n - (counts[i] ?? 0));
    // A frame adds what a turn has room for, or a section whose lists show their first few (the timeline's three).
    expect(Math.max(...added)).toBeLessThanOrEqual(ENTRIES_PER_TURN + 3 * FIRST_ENTRIES);
    expect(added.filter((n) => n > 0).length).toBeGreaterThan(5);
    const sidebar = await page.evaluate(() => {
      const root = document.querySelector('kamerlens-root')?.shadowRoot;
      return {
        headings: [...(root?.querySelectorAll('h3[id]') ?? [])].map((h) => h.id),
        lists: [...(root?.querySelectorAll('ol.kl-timeline, ul.kl-acronyms, nav ol') ?? [])].map(
          (l) => l.children.length,
        ),
        entries: root?.querySelectorAll('[data-entry]').length ?? 0,
        showAll: root?.querySelectorAll('button.kl-show-all').length ?? 0,
      };
    });
    expect(sidebar.headings).toEqual([
      'kl-facts-heading',
      'kl-outline-heading',
      'kl-timeline-heading',
      'kl-citations-heading',
      'kl-acronyms-heading',
    ]);
    // Nothing is added after the painted mark: the entries counted then are all there are.
    expect(sidebar.entries).toBe(counts[counts.length - 1]);
    expect(Math.max(...sidebar.lists)).toBe(30);
    expect(sidebar.showAll).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('highlights the findings around the viewport, and follows a scroll to the end', async () => {
    const page = await h.open(URL_OF_HUGE, { timeout: 60_000 });
    const top = await acronymRanges(page);
    // Thousands of acronyms in the paper; a few screens' worth registered, all near the viewport.
    expect(top.count).toBeGreaterThan(5);
    expect(top.count).toBeLessThan(1_000);
    expect(top.farthest).toBeLessThan(4);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(
      () => {
        const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
          'kamerlens-acronym',
        );
        return [...(h ?? [])].some((r) => {
          const box = r.getBoundingClientRect();
          return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        });
      },
      null,
      { timeout: 10_000 },
    );
    const bottom = await acronymRanges(page);
    expect(bottom.count).toBeLessThan(1_000);
    expect(bottom.farthest).toBeLessThan(4);
    await page.close();
  });
});
