// Painting a long paper in real Chromium: Kamerlens (the built extension) against mark.js
// `markRegExp` and a bare regex painted with the CSS Custom Highlight API, on the same page in the
// same run. Kamerlens is timed from the content script's first line to `kamerlens:painted` (the
// `kamerlens:content-script` measure), the baselines from their first line to the same "painted"
// moment (a frame, then a task). The longest main-thread task comes from a 'longtask' observer.
/* global window, document, CSS, PerformanceObserver, requestAnimationFrame, NodeFilter, Range -- the page-side functions run in Chromium */
import { createRequire } from 'node:module';
import {
  PAGE_ALONE_MARK,
  longestOwnTasks,
  mainThreadMsUntil,
  overlapMs,
  placeLongTasks,
  traceChromeCapture,
} from './chrome-capture.mjs';
import { ACRONYM_SOURCE, paperPage } from './generate.mjs';

const require = createRequire(import.meta.url);
const MARK_JS = require.resolve('mark.js/dist/mark.min.js');

/** Where the generated paper is served: a real KOOP address (the extension runs) and 127.0.0.1 (it does not). */
const PAPER_HOST = 'zoek.officielebekendmakingen.nl';
const PAPER_PATH = '/kst-36600-1.html';
const BASELINE_PATH = '/bench-paper.html';

/** Console lines the page prints when Kamerlens has painted, and when its measure is recorded. */
const PAINTED_SIGNAL = '__kamerlens-bench:painted';
const MEASURED_SIGNAL = '__kamerlens-bench:measured';

/**
 * Installed before any page script: collects long tasks (over 50 ms) from the start, and prints
 * a console line when Kamerlens's `painted` mark and `content-script` measure appear. The
 * harness waits for those lines instead of polling with `waitForFunction`: Playwright's first
 * evaluation in a new page compiles its own injected script on the page's main thread (12–33 ms
 * in traces), which fell in the middle of Kamerlens's first screens and counted against them.
 */
function collectLongTasks({ painted, measured }) {
  const w = /** @type {any} */ (window);
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the longest task is then reported as unknown.
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'kamerlens:painted') console.log(painted);
        if (e.name === 'kamerlens:content-script') console.log(measured);
      }
    }).observe({ entryTypes: ['mark', 'measure'] });
  } catch {
    // No User Timing observer: the run then times out with a clear error.
  }
}

/** Resolves when the page prints `line` on its console (no evaluation in the page). */
function consoleLine(page, line, timeout) {
  return page.waitForEvent('console', { predicate: (m) => m.text() === line, timeout });
}

/** The page's long tasks as the observer collected them, or null without the Long Tasks API. */
function longTasksOf(page) {
  return page.evaluate(() => {
    const tasks = /** @type {any} */ (window).__benchLongTasks;
    return Array.isArray(tasks) ? tasks : null;
  });
}

/** Longest of `tasks` overlapping [from, to] (ms), 0 when none does, or null without the API. */
function longestIn(tasks, from, to) {
  if (!tasks) return null;
  let longest = 0;
  for (const t of tasks)
    if (t.start + t.duration >= from && t.start <= to) longest = Math.max(longest, t.duration);
  return longest;
}

/** Longest task of the page overlapping [from, to] (ms), or null without the API. */
async function longestTaskIn(page, from, to) {
  return longestIn(await longTasksOf(page), from, to);
}

const settle = (page) => page.waitForTimeout(300);

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * One Kamerlens load, traced for Chrome's page-text capture. `tasks`: traced for every task of the
 * page's main thread too (a denser trace; such loads stay out of the medians).
 */
let kamerlensLoads = 0;

async function runKamerlens(context, port, bytes, { tasks = false } = {}) {
  const page = await context.newPage();
  const painted = consoleLine(page, PAINTED_SIGNAL, 180_000);
  // The content-script measure is recorded right after the painted mark; long tasks arrive async.
  painted.catch(() => undefined); // awaited below; handled here too should `goto` throw first
  const measured = consoleLine(page, MEASURED_SIGNAL, 180_000).catch(() => undefined);
  const stopTrace = await traceChromeCapture(page, { tasks });
  // An address of its own for every load: the background keeps its last answers for a paper asked again
  // (a reload), and every load here must pay for its analysis, as the first reading of a paper does.
  kamerlensLoads += 1;
  await page.goto(`http://${PAPER_HOST}${PAPER_PATH}?bytes=${bytes}&load=${kamerlensLoads}`, {
    waitUntil: 'load',
  });
  await painted;
  await Promise.race([measured, page.waitForTimeout(2_000)]);
  await settle(page);
  const t = await page.evaluate(() => {
    const measure = performance.getEntriesByName('kamerlens:content-script')[0];
    const start = performance.getEntriesByName('kamerlens:start')[0];
    const painted = performance.getEntriesByName('kamerlens:painted')[0];
    // The first findings on screen: the opening screens of a long paper (before the rest is read).
    const firstPaint = performance.getEntriesByName('kamerlens:first-paint')[0] ?? painted;
    // The document_start script's read of the opening at DOMContentLoaded (src/reader/early-asks.ts):
    // main-thread work of ours before the content script starts, so outside the window above.
    const ahead = performance.getEntriesByName('kamerlens:opening-ahead')[0];
    const registry = /** @type {any} */ (CSS).highlights;
    let highlightRanges = 0;
    if (registry) for (const h of registry.values()) highlightRanges += h.size;
    return {
      from: measure ? measure.startTime : (start?.startTime ?? 0),
      to: painted.startTime,
      contentScriptMs: measure ? measure.duration : null,
      firstPaintMs: firstPaint.startTime - (measure ? measure.startTime : (start?.startTime ?? 0)),
      startToPaintedMs: start ? painted.startTime - start.startTime : null,
      openingAheadMs: ahead ? ahead.duration : null,
      loadEventMs: performance.getEntriesByType('navigation')[0]?.loadEventStart ?? null,
      highlightRanges,
      markElements: document.querySelectorAll('mark[data-kamerlens]').length,
    };
  });
  // Up to the end of the settle time: work that runs after `painted` counts too.
  const longTaskEntries = await longTasksOf(page);
  const longestTaskMs = longestIn(longTaskEntries, t.from, t.to + 300);
  const traced = await stopTrace();
  const captures = traced.captures.filter((c) => c.start + c.duration >= t.from && c.start <= t.to + 300);
  const heap = await heapAfterGc(page);
  await page.close();
  return {
    ...t,
    longestTaskMs,
    // Each task over the goal's 50 ms: where it began, and whether it was the frame of Chrome's capture.
    longTasks: placeLongTasks(longTaskEntries ?? [], traced.captures, t.from, t.to + 300, 50),
    // The window's tasks as traced (the same window as `longestTaskMs`), Chrome's capture frames aside.
    ownTasks: tasks ? longestOwnTasks(traced.tasks, traced.captures, t.from, t.to + 300) : null,
    // The page's main thread from the navigation to the load event, ours included (traced loads only).
    mainThreadToLoadMs: tasks && t.loadEventMs ? mainThreadMsUntil(traced.tasks, t.loadEventMs) : null,
    captureInFirstScreensMs: overlapMs(captures, t.from, t.from + t.firstPaintMs),
    longestCaptureMs: captures.reduce((longest, c) => Math.max(longest, c.duration), 0),
    heap,
  };
}

/**
 * The same page where Kamerlens does not run, traced for every task: its main thread from the navigation to
 * the load event, and when that came. What the page costs to load without us, beside a Kamerlens load's.
 */
async function runPageAlone(context, port, bytes) {
  const page = await context.newPage();
  const stopTrace = await traceChromeCapture(page, { tasks: true, anchor: PAGE_ALONE_MARK });
  await page.goto(`http://127.0.0.1:${port}${BASELINE_PATH}?bytes=${bytes}&alone=1`, { waitUntil: 'load' });
  await settle(page);
  const loadEventMs = await page.evaluate((mark) => {
    performance.mark(mark);
    return performance.getEntriesByType('navigation')[0]?.loadEventStart ?? null;
  }, PAGE_ALONE_MARK);
  const traced = await stopTrace();
  await page.close();
  return {
    loadEventMs,
    mainThreadToLoadMs: loadEventMs ? mainThreadMsUntil(traced.tasks, loadEventMs) : null,
  };
}

/** Console line the page prints once mark.js, run at the load event, has painted. */
const MARKJS_AT_LOAD_SIGNAL = '__kamerlens-bench:markjs-at-load';

/**
 * Installed before any page script of one baseline page: runs mark.js `markRegExp` when the load
 * event fires, as an extension's script would, so it meets what Kamerlens meets at that moment
 * (Chrome's page-text capture among it); records its times and prints `line` once painted.
 */
function markAtLoad({ source, line }) {
  window.addEventListener('load', () => {
    const w = /** @type {any} */ (window);
    const from = performance.now();
    let hits = 0;
    new w.Mark(document.querySelector('#broodtekst')).markRegExp(new RegExp(source, 'g'), {
      each: () => hits++,
      done: () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            w.__benchMarkAtLoad = { from, to: performance.now(), hits };
            console.log(line);
          }, 0),
        ),
    });
  });
}

/** mark.js `markRegExp` started at the page's load event (a reference beside the settled page's). */
async function runMarkjsAtLoad(context, port, bytes) {
  const page = await context.newPage();
  await page.addInitScript({ path: MARK_JS });
  await page.addInitScript(markAtLoad, { source: ACRONYM_SOURCE, line: MARKJS_AT_LOAD_SIGNAL });
  const done = consoleLine(page, MARKJS_AT_LOAD_SIGNAL, 180_000);
  done.catch(() => undefined); // awaited below; handled here too should `goto` throw first
  await page.goto(`http://127.0.0.1:${port}${BASELINE_PATH}?bytes=${bytes}`, { waitUntil: 'load' });
  await done;
  await settle(page);
  const t = await page.evaluate(() => /** @type {any} */ (window).__benchMarkAtLoad);
  const longestTaskMs = await longestTaskIn(page, t.from, t.to);
  await page.close();
  return { paintedMs: t.to - t.from, hits: t.hits, longestTaskMs };
}

async function runBaseline(context, port, bytes, kind) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}${BASELINE_PATH}?bytes=${bytes}`, { waitUntil: 'load' });
  const heap = await heapAfterGc(page);
  if (kind === 'none') {
    await page.close();
    return { heap };
  }
  if (kind === 'markjs') await page.addScriptTag({ path: MARK_JS });
  await settle(page);
  const t = await page.evaluate(
    async ({ source, kind }) => {
      const container = document.querySelector('#broodtekst');
      const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const from = performance.now();
      let hits = 0;
      if (kind === 'markjs') {
        const Mark = /** @type {any} */ (window).Mark;
        await new Promise((done) =>
          new Mark(container).markRegExp(new RegExp(source, 'g'), {
            each: () => hits++,
            done,
          }),
        );
      } else {
        // The bare painter: one regex per text node, Ranges into one CSS highlight.
        const ranges = [];
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        const re = new RegExp(source, 'g');
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          re.lastIndex = 0;
          for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
            const r = new Range();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            ranges.push(r);
          }
        }
        hits = ranges.length;
        const style = document.createElement('style');
        style.textContent = '::highlight(bench) { background: yellow; }';
        document.head.append(style);
        /** @type {any} */ (CSS).highlights.set(
          'bench',
          new /** @type {any} */ (window).Highlight(...ranges),
        );
      }
      await painted();
      return { from, to: performance.now(), hits };
    },
    { source: ACRONYM_SOURCE, kind },
  );
  await settle(page);
  const longestTaskMs = await longestTaskIn(page, t.from, t.to);
  await page.close();
  return { paintedMs: t.to - t.from, hits: t.hits, longestTaskMs, heap };
}

const round1 = (x) => Math.round(x * 10) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The median of the values that were measured (not null), or null when none was. */
const medianOfKnown = (xs) => {
  const known = xs.filter((x) => x != null);
  return known.length > 0 ? median(known) : null;
};

/**
 * @param {{ sizes: number[], runs: number, launch: (port: number) => Promise<import('playwright-core').BrowserContext>,
 *   startFixtureServer: (o: object) => Promise<{ port: number, close(): Promise<void> }> }} o
 */
/**
 * The generated papers of `sizes` (bytes → page) and the fixture server's handler that serves each at its
 * `?bytes=` (404 for another size), never cached.
 */
function generatedPapers(sizes) {
  const pages = new Map(sizes.map((bytes) => [bytes, paperPage(bytes)]));
  const serve = (req, res) => {
    const bytes = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('bytes'));
    const page = pages.get(bytes);
    if (!page) return void res.writeHead(404).end('unknown size');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.html);
  };
  return { pages, serve };
}

export async function benchChromium({ sizes, runs, launch, startFixtureServer }) {
  const { pages, serve } = generatedPapers(sizes);
  const server = await startFixtureServer({
    extraRoutes: { [`${PAPER_HOST}${PAPER_PATH}`]: serve, [`127.0.0.1${BASELINE_PATH}`]: serve },
  });
  const context = await launch(server.port);
  await context.addInitScript(collectLongTasks, { painted: PAINTED_SIGNAL, measured: MEASURED_SIGNAL });
  const rows = [];
  try {
    for (const bytes of sizes) {
      const samples = { kamerlens: [], markjs: [], bare: [], markjsAtLoad: [] };
      const base = await runBaseline(context, server.port, bytes, 'none');
      // One load of each first, outside the medians: the first load of a size runs with cold
      // caches and code (the browser's, the content script's, mark.js's), 30–110 ms slower
      // than the next ones in our runs. Reported on its own (`firstLoad`), not hidden.
      const first = {
        kamerlens: await runKamerlens(context, server.port, bytes),
        markjs: await runBaseline(context, server.port, bytes, 'markjs'),
      };
      await runBaseline(context, server.port, bytes, 'bare');
      for (let i = 0; i < runs; i++) {
        samples.kamerlens.push(await runKamerlens(context, server.port, bytes));
        samples.markjs.push(await runBaseline(context, server.port, bytes, 'markjs'));
        samples.bare.push(await runBaseline(context, server.port, bytes, 'bare'));
        samples.markjsAtLoad.push(await runMarkjsAtLoad(context, server.port, bytes));
      }
      // As many loads again, each traced for every task of the page's main thread: how long the
      // longest tasks ran on the thread, against their wall time. Not in the medians above.
      // The page alone, traced the same way, alternating with them: what the page costs to load without us.
      const traced = [];
      const alone = [];
      for (let i = 0; i < runs; i++) {
        traced.push(await runKamerlens(context, server.port, bytes, { tasks: true }));
        alone.push(await runPageAlone(context, server.port, bytes));
      }
      const own = traced.map((s) => s.ownTasks);
      const longestWall = own.reduce(
        (best, o) =>
          o?.longestWall && o.longestWall.duration > (best?.duration ?? 0) ? o.longestWall : best,
        null,
      );
      const k = samples.kamerlens;
      const kamerlensMs = median(k.map((s) => s.contentScriptMs ?? s.startToPaintedMs));
      const markjsMs = median(samples.markjs.map((s) => s.paintedMs));
      rows.push({
        bytes,
        paragraphs: pages.get(bytes).paragraphs,
        kamerlensMs,
        firstPaintMs: median(k.map((s) => s.firstPaintMs)),
        // Every run, in order: the medians hide how much single loads vary on a shared machine.
        firstPaintSamplesMs: k.map((s) => round1(s.firstPaintMs)),
        kamerlensSamplesMs: k.map((s) => round1(s.contentScriptMs ?? s.startToPaintedMs)),
        markjsSamplesMs: samples.markjs.map((s) => round1(s.paintedMs)),
        startToPaintedMs: median(k.map((s) => s.startToPaintedMs)),
        // The opening read and sent ahead by the document_start script (null when it did not run).
        openingAheadMs: k.every((s) => s.openingAheadMs != null)
          ? median(k.map((s) => s.openingAheadMs))
          : null,
        openingAheadSamplesMs: k.map((s) => (s.openingAheadMs == null ? null : round1(s.openingAheadMs))),
        // The first screens with that work added: the goal's ratio, had it been done in the window.
        markjsOverFirstPaintAndAhead:
          markjsMs / median(k.map((s) => s.firstPaintMs + (s.openingAheadMs ?? 0))),
        kamerlensLongestTaskMs: Math.max(...k.map((s) => s.longestTaskMs ?? 0)),
        // The tasks over 50 ms of the measured loads (load 1–5), where each began and whether Chrome's capture ran in
        // it.
        kamerlensLongTasks: k.flatMap((s, i) =>
          s.longTasks.map((x) => ({
            load: i + 1,
            atMs: round1(x.atMs),
            durationMs: round1(x.durationMs),
            withCapture: x.withCapture,
          })),
        ),
        // Chrome's page-text capture (see chrome-capture.mjs): its share of the first screens, and
        // the longest capture (a main-thread task the Long Tasks API does not report).
        chromeCaptureInFirstScreensMs: median(k.map((s) => s.captureInFirstScreensMs)),
        chromeCaptureInFirstScreensSamplesMs: k.map((s) => round1(s.captureInFirstScreensMs)),
        chromeCaptureLongestMs: round1(Math.max(...k.map((s) => s.longestCaptureMs))),
        // Traced loads: the longest task of ours by wall time and the time it ran on the thread, and
        // the most any task of ours ran on the thread (Chrome's capture frames aside).
        tracedLoads: traced.length,
        tracedLongestTaskMs: round1(longestWall?.duration ?? 0),
        tracedLongestTaskThreadMs: longestWall?.threadMs == null ? null : round1(longestWall.threadMs),
        tracedMostThreadMs: round1(Math.max(0, ...own.map((o) => o?.longestThread?.threadMs ?? 0))),
        // From the navigation to the load event (traced loads): the page's main thread with Kamerlens and alone.
        loadEventMs: medianOfKnown(traced.map((s) => s.loadEventMs)),
        mainThreadToLoadMs: medianOfKnown(traced.map((s) => s.mainThreadToLoadMs)),
        pageAloneLoadEventMs: medianOfKnown(alone.map((s) => s.loadEventMs)),
        pageAloneMainThreadToLoadMs: medianOfKnown(alone.map((s) => s.mainThreadToLoadMs)),
        kamerlensExtraHeapBytes: median(k.map((s) => s.heap)) - base.heap,
        kamerlensHighlightRanges: k[0].highlightRanges,
        kamerlensMarkElements: k[0].markElements,
        markjsMs,
        markjsLongestTaskMs: Math.max(...samples.markjs.map((s) => s.longestTaskMs ?? 0)),
        markjsHits: samples.markjs[0].hits,
        // mark.js started at the load event: it meets Chrome's capture as Kamerlens does (reference).
        markjsAtLoadMs: median(samples.markjsAtLoad.map((s) => s.paintedMs)),
        markjsAtLoadSamplesMs: samples.markjsAtLoad.map((s) => round1(s.paintedMs)),
        markjsAtLoadLongestTaskMs: Math.max(...samples.markjsAtLoad.map((s) => s.longestTaskMs ?? 0)),
        bareHighlightMs: median(samples.bare.map((s) => s.paintedMs)),
        bareLongestTaskMs: Math.max(...samples.bare.map((s) => s.longestTaskMs ?? 0)),
        markjsOverKamerlens: markjsMs / kamerlensMs,
        markjsOverFirstPaint: markjsMs / median(k.map((s) => s.firstPaintMs)),
        firstLoad: {
          firstPaintMs: round1(first.kamerlens.firstPaintMs),
          kamerlensMs: round1(first.kamerlens.contentScriptMs ?? first.kamerlens.startToPaintedMs),
          kamerlensLongestTaskMs: first.kamerlens.longestTaskMs ?? 0,
          markjsMs: round1(first.markjs.paintedMs),
          markjsLongestTaskMs: first.markjs.longestTaskMs ?? 0,
        },
      });
    }
  } finally {
    await context.close();
    await server.close();
  }
  return rows;
}

/** How long a fresh browser is left before its first paper: its extension's worker is up, as after a start. */
const FRESH_BROWSER_IDLE_MS = 1_500;

/**
 * The first paper in a fresh browser, `launches` times: each launch a new profile, its extension's service worker
 * started but cold (its code never run, none of the core's patterns compiled), as a reader's first paper after the
 * browser starts or after the worker slept (Chromium stops it after half a minute without work). The medians above
 * come from a warm worker. First screens and everything painted, per launch and their medians.
 */
export async function benchFreshBrowser({ bytes, launches, launch, startFixtureServer }) {
  const { serve } = generatedPapers([bytes]);
  const server = await startFixtureServer({ extraRoutes: { [`${PAPER_HOST}${PAPER_PATH}`]: serve } });
  const loads = [];
  try {
    for (let i = 0; i < launches; i++) {
      const context = await launch(server.port);
      try {
        await context.addInitScript(collectLongTasks, { painted: PAINTED_SIGNAL, measured: MEASURED_SIGNAL });
        await new Promise((done) => setTimeout(done, FRESH_BROWSER_IDLE_MS));
        loads.push(await runKamerlens(context, server.port, bytes));
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  const all = loads.map((s) => s.contentScriptMs ?? s.startToPaintedMs);
  return {
    bytes,
    launches,
    firstPaintMs: median(loads.map((s) => s.firstPaintMs)),
    firstPaintSamplesMs: loads.map((s) => round1(s.firstPaintMs)),
    kamerlensMs: median(all),
    kamerlensSamplesMs: all.map(round1),
  };
}
