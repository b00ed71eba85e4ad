import { describe, expect, it } from 'vitest';
// The benchmark's trace reading (plain JavaScript, typed by bench/chrome-capture.d.mts).
import { captureIntervals, overlapMs } from '../../bench/chrome-capture.mjs';

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
