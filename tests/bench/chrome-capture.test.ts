import { describe, expect, it } from 'vitest';
// The benchmark's trace reading (plain JavaScript, typed by bench/chrome-capture.d.mts).
import {
  PAGE_ALONE_MARK,
  captureIntervals,
  longestOwnTasks,
  mainThreadMsUntil,
  mainThreadTasks,
  overlapMs,
  placeLongTasks,
} from '../../bench/chrome-capture.mjs';

// Events as Chromium 156 delivered them tracing a load of the 1 MB bench paper (trimmed args).
const PID = 19267;
const START = {
  args: { data: { callTime: 12193326822, startTime: 516 } },
  cat: 'blink.user_timing',
  name: 'kamerlens:start',
  ph: 'I',
  pid: PID,
  tid: PID,
  ts: 12193326753,
};
const capture = (ts: number, dur: number, pid = PID) => ({
  cat: 'renderer',
  name: 'ChromeRenderFrameObserver::CapturePageText',
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
});

describe("bench/chrome-capture: Chrome's page-text capture in Kamerlens's window", () => {
  it("puts each capture of the page's main thread on the page's own clock, in order", () => {
    const events = [
      capture(12193358353, 29700), // 31.6 ms after kamerlens:start
      START,
      capture(12193250753, 27000), // the capture at the end of parsing, before the content script
      capture(12193358353, 50000, 4242), // another renderer (another tab): not this page
    ];
    const intervals = captureIntervals(events);
    expect(intervals.map((i) => [Math.round(i.start * 10) / 10, i.duration])).toEqual([
      [440, 27],
      [547.6, 29.7],
    ]);
  });

  it('finds nothing without the mark (the page was not read as a paper)', () => {
    expect(captureIntervals([capture(12193358353, 29700)])).toEqual([]);
  });

  it.each([
    { what: 'a capture wholly inside the window', from: 0, to: 100, expected: 30 },
    { what: 'a capture running past the window’s end', from: 0, to: 60, expected: 10 },
    { what: 'a capture before the window', from: 80, to: 200, expected: 0 },
  ])('counts the part of $what', ({ from, to, expected }) => {
    expect(overlapMs([{ start: 50, duration: 30 }], from, to)).toBeCloseTo(expected);
  });
});

// A task of the page's main thread as Chromium 156 traces it (category `toplevel`, trimmed args).
const task = (ts: number, dur: number, tdur: number | undefined, tid = PID) => ({
  args: { src_file: 'mojo/public/cpp/system/simple_watcher.cc', src_func: 'Notify' },
  cat: 'toplevel',
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid: PID,
  tid,
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});

describe("bench/chrome-capture: the main thread's tasks, wall time against thread time", () => {
  it("puts the main thread's tasks on the page's clock with the time they ran, in order", () => {
    const tasks = mainThreadTasks([
      task(12193457753, 66200, 14900), // 131 ms after kamerlens:start: long, mostly waiting for a core
      START,
      task(12193336753, 8000, 7600),
      task(12193336753, 90000, 90000, 999), // a worker thread of the same renderer: not the page's
      task(12193346753, 3000, undefined), // no thread time in the trace
    ]);
    const tenth = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
    expect(tasks.map((t) => [tenth(t.start), tenth(t.duration), tenth(t.threadMs)])).toEqual([
      [526, 8, 7.6],
      [536, 3, null],
      [647, 66.2, 14.9],
    ]);
  });

  it("leaves out the frames that hold a capture (Chrome's) and the tasks outside the window", () => {
    const tasks = [
      { start: 10, duration: 70, threadMs: 30 }, // the frame of Chrome's capture
      { start: 100, duration: 66, threadMs: 15 }, // ours: long by the clock
      { start: 200, duration: 40, threadMs: 25 }, // ours: the most work
      { start: 900, duration: 120, threadMs: 110 }, // after the window
    ];
    const captures = [{ start: 20, duration: 45 }];
    const { longestWall, longestThread } = longestOwnTasks(tasks, captures, 0, 500);
    expect(longestWall).toEqual({ start: 100, duration: 66, threadMs: 15 });
    expect(longestThread).toEqual({ start: 200, duration: 40, threadMs: 25 });
  });

  it('finds no task in an empty window', () => {
    expect(longestOwnTasks([{ start: 10, duration: 5, threadMs: 5 }], [], 100, 200)).toEqual({
      longestWall: null,
      longestThread: null,
    });
  });

  it('places the long tasks of a load: those over the limit in the window, from its start, the capture frame told apart', () => {
    // As a probe of the 1 MB paper saw them (page ms): the parse before the content script, the frame after the
    // load event that holds Chrome's capture, and a task of the sidebar's; the window starts at 1000.
    const longTasks = [
      { start: 480, duration: 201 }, // the page's parse: over before the window
      { start: 1010, duration: 51 }, // the frame with the capture
      { start: 1400, duration: 50 }, // not over the limit
      { start: 1600, duration: 58 },
      { start: 2500, duration: 70 }, // after the window
    ];
    const captures = [{ start: 1015, duration: 24 }];
    expect(placeLongTasks(longTasks, captures, 1000, 2000, 50)).toEqual([
      { atMs: 10, durationMs: 51, withCapture: true },
      { atMs: 600, durationMs: 58, withCapture: false },
    ]);
    expect(placeLongTasks([], captures, 1000, 2000, 50)).toEqual([]);
  });
});

describe('bench/chrome-capture: what the page costs to load, with Kamerlens and alone', () => {
  it('reads a page where Kamerlens does not run by the mark the bench makes there', () => {
    const alone = { ...START, name: PAGE_ALONE_MARK };
    const events = [alone, task(12193336753, 8000, 7600)];
    expect(mainThreadTasks(events, PAGE_ALONE_MARK).map((t) => Math.round(t.start))).toEqual([526]);
    // Without Kamerlens's mark, its reading finds nothing.
    expect(mainThreadTasks(events)).toEqual([]);
  });

  it.each([
    {
      what: 'each task by the time the thread ran, a task without it by its wall time',
      until: 500,
      expected: 42.5,
    },
    { what: 'the part of a task that runs past the load event left out', until: 220, expected: 30 + 6 },
    { what: 'nothing after the load event', until: 50, expected: 30 },
  ])('sums the main thread until the load event: $what', ({ until, expected }) => {
    const tasks = [
      { start: 0, duration: 40, threadMs: 30 }, // the parse
      { start: 200, duration: 40, threadMs: 12 }, // a frame waiting for a core half its time
      { start: 300, duration: 0, threadMs: 0 },
      { start: 400, duration: 0.5, threadMs: null },
    ];
    expect(mainThreadMsUntil(tasks, until)).toBeCloseTo(expected);
  });
});
