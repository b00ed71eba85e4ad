// Chrome's own page-text capture in Kamerlens's window. After a page loads, Chrome dumps its text
// for translation, phishing and page-content checks (`ChromeRenderFrameObserver::CapturePageText`,
// trace category `renderer`): 25–110 ms on the 1 MB paper on this host, on the page's main thread,
// in the first rendering update after the load event, which falls inside Kamerlens's first screens
// on every load. mark.js and the bare painter run on a page that has settled, after it. The bench
// traces each Kamerlens load (two sparse categories) to report how much of its window was this
// capture. The Long Tasks API does not report the capture's task (in our traces a 72 ms capture
// left no long task), so the bench's longest task is not it. Loads traced for every task too
// (`toplevel`) show how long the longest tasks ran on the thread: on a machine with two cores a task
// can take twice its work in wall time, waiting for a core.

export const CAPTURE_EVENT = 'ChromeRenderFrameObserver::CapturePageText';
/** A User Timing mark every Kamerlens load on a paper makes: it ties trace time to page time. */
const ANCHOR_MARK = 'kamerlens:start';
/** The mark the bench makes on a page where Kamerlens does not run, to read its trace the same way. */
export const PAGE_ALONE_MARK = 'bench:page-alone';

/**
 * Starts tracing the page's renderer; the returned function stops and resolves to `{ captures,
 * tasks }` in the page's `performance.now()` time (see `captureIntervals`, `mainThreadTasks`).
 * Only with `tasks` does the trace record every task (category `toplevel`, on every thread of every
 * process: a denser trace, so the bench takes it on loads of their own, outside the medians);
 * without, `tasks` is empty.
 * `anchor`: the User Timing mark that ties the trace to the page's clock (default `kamerlens:start`).
 * @param {import('playwright-core').Page} page
 * @param {{ tasks?: boolean, anchor?: string }} [options]
 */
export async function traceChromeCapture(page, options = {}) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {object[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const categories = ['renderer', 'blink.user_timing', ...(options.tasks ? ['toplevel'] : [])];
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const anchor = options.anchor ?? ANCHOR_MARK;
    return { captures: captureIntervals(events, anchor), tasks: mainThreadTasks(events, anchor) };
  };
}

/**
 * The page-text captures of the trace's Kamerlens page, in that page's `performance.now()` time.
 * No mark (not a paper, no trace): none.
 * @param {any[]} events trace events as CDP delivers them
 * @param {string} [anchor] the page's mark (see `traceChromeCapture`)
 * @returns {{ start: number, duration: number }[]}
 */
export function captureIntervals(events, anchor = ANCHOR_MARK) {
  const page = pageClock(events, anchor);
  if (!page) return [];
  return events
    .filter((e) => e.name === CAPTURE_EVENT && e.ph === 'X' && page.onMainThread(e))
    .map((e) => ({ start: page.toPageMs(e.ts), duration: (e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
}

/** The scheduler's event for one task of a thread (category `toplevel`). */
export const TASK_EVENT = 'ThreadControllerImpl::RunTask';

/**
 * The tasks of the Kamerlens page's main thread, in its `performance.now()` time: `duration` is the
 * task's wall time (what the Long Tasks API measures), `threadMs` the time the thread actually ran.
 * On a machine with few cores the two part: a task that waits for a core is long without working.
 * @param {any[]} events trace events as CDP delivers them
 * @param {string} [anchor] the page's mark (see `traceChromeCapture`)
 * @returns {{ start: number, duration: number, threadMs: number | null }[]}
 */
export function mainThreadTasks(events, anchor = ANCHOR_MARK) {
  const page = pageClock(events, anchor);
  if (!page) return [];
  return events
    .filter((e) => e.name === TASK_EVENT && e.ph === 'X' && page.onMainThread(e))
    .map((e) => ({
      start: page.toPageMs(e.ts),
      duration: (e.dur ?? 0) / 1000,
      threadMs: typeof e.tdur === 'number' ? e.tdur / 1000 : null,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The page in a trace: its main thread, and trace time turned into the page's time (the anchor mark,
 * `kamerlens:start` on a Kamerlens load, carries both clocks). Null without the mark.
 * @param {any[]} events
 * @param {string} name the anchor mark's name
 */
function pageClock(events, name) {
  const anchor = events.find((e) => e.name === name && typeof e.args?.data?.startTime === 'number');
  if (!anchor) return null;
  return {
    onMainThread: (e) => e.pid === anchor.pid && e.tid === anchor.tid,
    // Trace time is in µs on the browser's clock; the page's time counts ms from its time origin.
    toPageMs: (ts) => ts / 1000 - anchor.ts / 1000 + anchor.args.data.startTime,
  };
}

/** How many ms of [from, to] the intervals cover (they do not overlap one another: one thread). */
export function overlapMs(intervals, from, to) {
  let covered = 0;
  for (const i of intervals)
    covered += Math.max(0, Math.min(to, i.start + i.duration) - Math.max(from, i.start));
  return covered;
}

/**
 * Of the tasks in [from, to] that hold no capture (those are Chrome's), the longest by wall time and
 * the one that ran longest on the thread; null fields when no task is in the window.
 * @param {{ start: number, duration: number, threadMs: number | null }[]} tasks
 * @param {{ start: number, duration: number }[]} captures
 */
export function longestOwnTasks(tasks, captures, from, to) {
  let wall = null;
  let thread = null;
  for (const t of tasks) {
    if (t.start + t.duration < from || t.start > to) continue;
    if (overlapMs(captures, t.start, t.start + t.duration) > 0) continue;
    if (!wall || t.duration > wall.duration) wall = t;
    if (t.threadMs !== null && (!thread || t.threadMs > (thread.threadMs ?? 0))) thread = t;
  }
  return { longestWall: wall, longestThread: thread };
}

/**
 * The Long Tasks API's entries over `limit` ms that reach into [from, to], each with where it began
 * (ms after `from`) and whether Chrome's page-text capture ran inside it (the capture's frame).
 * @param {{ start: number, duration: number }[]} longTasks
 * @param {{ start: number, duration: number }[]} captures
 */
export function placeLongTasks(longTasks, captures, from, to, limit) {
  return longTasks
    .filter((t) => t.duration > limit && t.start + t.duration >= from && t.start <= to)
    .map((t) => ({
      atMs: t.start - from,
      durationMs: t.duration,
      withCapture: overlapMs(captures, t.start, t.start + t.duration) > 0,
    }));
}

/**
 * How long the page's main thread ran tasks from its time origin (the navigation) to `until` (ms, page time):
 * each task's thread time (its wall time where the trace has none), the part of a task past `until` left out
 * in proportion. What a page costs to load, and with Kamerlens what it adds before its own window.
 * @param {{ start: number, duration: number, threadMs: number | null }[]} tasks
 */
export function mainThreadMsUntil(tasks, until) {
  let total = 0;
  for (const t of tasks) {
    if (t.start >= until || t.duration <= 0) continue;
    const work = t.threadMs ?? t.duration;
    const inside = Math.min(1, (until - t.start) / t.duration);
    total += work * inside;
  }
  return total;
}
