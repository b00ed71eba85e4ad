// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindingTarget } from '../../src/reader/finding-targets';
import { underlinesInView, watchLayout } from '../../src/reader/forced-underlines';

/** A line box of marked text, as `Range.getClientRects` gives it (viewport pixels). */
const line = (left: number, top: number, width: number, height = 18): DOMRectReadOnly =>
  ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
  }) as DOMRectReadOnly;

const acronym = (start: number): FindingTarget => ({
  kind: 'acronym',
  start,
  end: start + 4,
  acronym: 0,
  occurrence: 0,
});
const citation = (start: number): FindingTarget => ({
  kind: 'citation',
  start,
  end: start + 25,
  citations: [0],
});
const date = (start: number): FindingTarget => ({ kind: 'date', start, end: start + 17, date: 0 });

const HEIGHT = 900;
const everywhere = () => true;

describe('underlinesInView', () => {
  it('puts an underline at the bottom of each line box of each mark, in its kind', () => {
    // The NAVO letter's first paragraph, as Chromium lays it out: NAVO, then a citation over two lines.
    const targets = [acronym(10), citation(40), date(90)];
    const rects = new Map<FindingTarget, DOMRectReadOnly[]>([
      [targets[0] as FindingTarget, [line(210, 712.5, 44.2)]],
      [targets[1] as FindingTarget, [line(400, 748.5, 90), line(8, 766.5, 60)]],
      [targets[2] as FindingTarget, [line(120, 802.5, 130)]],
    ]);
    expect(underlinesInView(targets, 0, (t) => rects.get(t) ?? [], HEIGHT, everywhere)).toEqual([
      { kind: 'acronym', top: 730.5, left: 210, width: 44.2 },
      { kind: 'citation', top: 766.5, left: 400, width: 90 },
      { kind: 'citation', top: 784.5, left: 8, width: 60 },
      { kind: 'date', top: 820.5, left: 120, width: 130 },
    ]);
  });

  it('leaves out lines whose text the reader does not see there, asking at the middle of each line', () => {
    // Under a sticky header 60 px high, or outside the window (elementFromPoint gives null there).
    const targets = [acronym(0), acronym(50), acronym(100)];
    const rects = [line(100, 20, 40), line(100, 300, 40), line(100, 950, 40)];
    const asked: [number, number][] = [];
    const shown = (x: number, y: number) => {
      asked.push([x, y]);
      return y > 60 && y < HEIGHT;
    };
    const out = underlinesInView(
      targets,
      0,
      (t) => [rects[targets.indexOf(t)] as DOMRectReadOnly],
      HEIGHT,
      shown,
    );
    expect(out).toEqual([{ kind: 'acronym', top: 318, left: 100, width: 40 }]);
    expect(asked).toEqual([
      [120, 29],
      [120, 309],
      [120, 959],
    ]);
  });

  it('starts at the first target in view and stops a window height below the window', () => {
    // One target every 100 px from the top of a long paper; the window shows 1000-1900.
    const targets = Array.from({ length: 100 }, (_, i) => acronym(i * 10));
    const looked: number[] = [];
    const rectsOf = (t: FindingTarget) => {
      looked.push(t.start / 10);
      return [line(50, t.start * 10 - 1000, 40)];
    };
    const out = underlinesInView(targets, 10, rectsOf, HEIGHT, (_x, y) => y >= 0 && y < HEIGHT);
    expect(out.map((u) => u.top)).toEqual([18, 118, 218, 318, 418, 518, 618, 718, 818]);
    // Looked at up to the first target more than 1800 px down (the slack for table cells side by side).
    expect(looked[0]).toBe(10);
    expect(looked.at(-1)).toBe(29);
  });

  it('skips text without boxes (a closed modal) and empty boxes, and looks at 400 targets at most', () => {
    const targets = Array.from({ length: 2000 }, (_, i) => acronym(i * 10));
    let calls = 0;
    const rectsOf = (t: FindingTarget) => {
      calls++;
      return t.start === 50 ? [line(10, 100, 0), line(10, 118, 30)] : [];
    };
    expect(underlinesInView(targets, 0, rectsOf, HEIGHT, everywhere)).toEqual([
      { kind: 'acronym', top: 136, left: 10, width: 30 },
    ]);
    expect(calls).toBe(400);
  });
});

describe('watchLayout', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  it('draws once in the next frame after scrolls (also inside an element) and resizes, until stopped', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const draw = vi.fn();
    const watch = watchLayout(document, [el], draw);
    stops.push(watch.stop);
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await frame();
    draw.mockClear();
    // Many scroll events in one frame: one drawing. A scroll inside an element does not bubble: captured.
    el.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(draw).not.toHaveBeenCalled();
    await frame();
    expect(draw).toHaveBeenCalledTimes(1);
    // Asked for by the reader (the marks changed).
    watch.queue();
    await frame();
    expect(draw).toHaveBeenCalledTimes(2);
    // Stopped, even with a drawing asked for: nothing more.
    document.dispatchEvent(new Event('scroll'));
    watch.stop();
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(draw).toHaveBeenCalledTimes(2);
  });
});
