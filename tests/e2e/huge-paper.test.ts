import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The benchmark's generated paper: real letters' paragraphs cycled to a megabyte under a Kamerstuk head.
import { paperPage } from '../../bench/generate.mjs';
import { startHarness, waitForPainted, type Harness } from './harness';

const URL_OF_HUGE = 'http://zoek.officielebekendmakingen.nl/kst-36600-1.html';
const HUGE = paperPage(1_000_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    'zoek.officielebekendmakingen.nl/kst-36600-1.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(HUGE.html);
    },
  });
});
afterAll(async () => {
  await h?.close();
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
  it('highlights the findings around the viewport, and follows a scroll to the end', async () => {
    const page = await h.context.newPage();
    await page.goto(URL_OF_HUGE);
    await waitForPainted(page, 60_000);
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
