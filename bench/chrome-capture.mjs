// Chrome's own page-text capture in Kamerlens's window. After a page loads, Chrome dumps its text
// for translation, phishing and page-content checks (`ChromeRenderFrameObserver::CapturePageText`,
// trace category `renderer`): 25–110 ms on the 1 MB paper on this host, on the page's main thread,
// in the first rendering update after the load event, which falls inside Kamerlens's first screens
// on every load. mark.js and the bare painter run on a page that has settled, after it. The bench
// traces each Kamerlens load (two sparse categories) to report how much of its window was this
// capture. The Long Tasks API does not report the capture's task (in our traces a 72 ms capture
// left no long task), so the bench's longest task is not it.

export const CAPTURE_EVENT = 'ChromeRenderFrameObserver::CapturePageText';
/** A User Timing mark every Kamerlens load on a paper makes: it ties trace time to page time. */
const ANCHOR_MARK = 'kamerlens:start';

/**
 * Starts tracing the page's renderer; the returned function stops and resolves to the captures
 * (`{ start, duration }` in the page's `performance.now()` time).
 * @param {import('playwright-core').Page} page
 */
export async function traceChromeCapture(page) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {object[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['renderer', 'blink.user_timing'], excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return captureIntervals(events);
  };
}

/**
 * The page-text captures of the trace's Kamerlens page, in that page's `performance.now()` time
 * (the `kamerlens:start` mark carries both clocks). No mark (not a paper, no trace): none.
 * @param {any[]} events trace events as CDP delivers them
 * @returns {{ start: number, duration: number }[]}
 */
export function captureIntervals(events) {
  const anchor = events.find((e) => e.name === ANCHOR_MARK && typeof e.args?.data?.startTime === 'number');
  if (!anchor) return [];
  // Trace time is in µs on the browser's clock; the page's time counts ms from its time origin.
  const toPageMs = (ts) => ts / 1000 - anchor.ts / 1000 + anchor.args.data.startTime;
  return events
    .filter((e) => e.name === CAPTURE_EVENT && e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid)
    .map((e) => ({ start: toPageMs(e.ts), duration: (e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
}

/** How many ms of [from, to] the intervals cover (they do not overlap one another: one thread). */
export function overlapMs(intervals, from, to) {
  let covered = 0;
  for (const i of intervals)
    covered += Math.max(0, Math.min(to, i.start + i.duration) - Math.max(from, i.start));
  return covered;
}
