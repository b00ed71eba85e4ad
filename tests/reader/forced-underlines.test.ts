// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindingTarget } from '../../src/reader/finding-targets';
import { followLayout, underlineFirstScreens, underlinesInView } from '../../src/reader/forced-underlines';
import { countObserved } from '../helpers/observed-sizes';
import { fakeForcedColors } from '../helpers/fake-forced-colors';

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

/** The scroll and resize listeners added to `document` and `window` and not removed since. */
function countListeners() {
  let count = 0;
  for (const target of [document, window] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, ...rest) => {
      if (type === 'scroll' || type === 'resize') count++;
      add(type, ...rest);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, ...rest) => {
      if (type === 'scroll' || type === 'resize') count--;
      remove(type, ...rest);
    });
  }
  return () => count;
}

/**
 * A paragraph in a container on the test's page, with forced colours as `forcedOn` says (switched through
 * `forced`), the page's listeners and observed elements counted, and every point in it the paragraph.
 */
function pageOfOneParagraph(forcedOn: boolean) {
  const forced = fakeForcedColors(forcedOn);
  const asked = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((q) =>
    q === '(forced-colors: active)' ? (forced.mql as unknown as MediaQueryList) : asked(q),
  );
  const observed = countObserved();
  const listeners = countListeners();
  const container = document.createElement('div');
  const p = document.createElement('p');
  container.append(p);
  document.body.append(container);
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(p);
  return { forced, observed, listeners, container, p };
}

/** A mark's Range laid out as one line box, its lines 100 px below the window's top plus its offset. */
function rangeOf(t: FindingTarget): Range {
  const r = line(20, 100 + t.start, 40);
  return { getClientRects: () => [r], getBoundingClientRect: () => r } as unknown as Range;
}

describe('followLayout: the underlines and the open popover follow the layout through one set of listeners', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  /**
   * A paper of three marks laid out in a 900 px window (lines 100 px apart), with the layer and the
   * popover's job counted; `forced` switches forced colours, `busy` says whether a popover is open.
   */
  function setup(forcedOn: boolean) {
    const { forced, observed, listeners, container, p } = pageOfOneParagraph(forcedOn);
    const targets = [acronym(0), citation(100), date(200)];
    const drawn: (string[] | null)[] = [];
    const layer = vi.fn(() => ({
      underline: (lines: readonly { kind: string; top: number }[] | null) =>
        void drawn.push(lines && lines.map((u) => `${u.kind}@${u.top}`)),
    }));
    let busy = false;
    const popoverFrame = vi.fn();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const layout = followLayout({
      doc: document,
      container,
      targets: () => targets,
      rangeOf,
      layer,
      frame: popoverFrame,
      busy: () => busy,
    });
    stops.push(layout.stop);
    const scrolled = () => {
      // A scroll inside an element does not bubble: captured. Many events in one frame.
      p.dispatchEvent(new Event('scroll'));
      document.dispatchEvent(new Event('scroll'));
      window.dispatchEvent(new Event('resize'));
    };
    return {
      forced,
      observed,
      listeners,
      container,
      drawn,
      layer,
      popoverFrame,
      raf,
      layout,
      scrolled,
      open: (next: boolean) => (busy = next),
    };
  }

  it('outside forced colours: nothing drawn or observed, and a scroll asks for no frame unless a popover is open', async () => {
    const { observed, listeners, drawn, layer, popoverFrame, raf, scrolled, open, layout } = setup(false);
    // The popover's scroll and resize listeners, which the underlines share.
    expect(listeners()).toBe(2);
    expect(observed.length).toBe(0);
    scrolled();
    layout.queue();
    expect(raf).not.toHaveBeenCalled();
    await frame();
    expect(popoverFrame).not.toHaveBeenCalled();
    open(true);
    scrolled();
    scrolled();
    await frame();
    expect(popoverFrame).toHaveBeenCalledTimes(1);
    expect(layer).not.toHaveBeenCalled();
    expect(drawn).toEqual([]);
  });

  it('in forced colours: the marks underlined in the first frame, then once a frame with the popover, in the same listeners', async () => {
    const { forced, observed, listeners, container, drawn, popoverFrame, scrolled, open, layout } =
      setup(true);
    expect(listeners()).toBe(2);
    expect([...observed]).toEqual([document.documentElement, container]);
    await frame();
    expect(drawn).toEqual([['acronym@118', 'citation@218', 'date@318']]);
    // No popover open: the underlines alone follow a scroll.
    scrolled();
    await frame();
    expect(drawn).toHaveLength(2);
    expect(popoverFrame).toHaveBeenCalledTimes(2);
    // A popover open: scrolls, a resize and a repaint of the marks in one frame are one drawing and one
    // placing of the popover.
    open(true);
    scrolled();
    layout.queue();
    scrolled();
    await frame();
    expect(drawn).toHaveLength(3);
    expect(popoverFrame).toHaveBeenCalledTimes(3);
    expect(listeners()).toBe(2);
    // Forced colours end: the layer goes, and so does the size observer; the popover still follows.
    forced.set(false);
    expect(drawn.at(-1)).toBeNull();
    expect(observed.length).toBe(0);
    scrolled();
    await frame();
    expect(drawn).toHaveLength(4);
    expect(popoverFrame).toHaveBeenCalledTimes(4);
    // And back.
    forced.set(true);
    expect(observed.length).toBe(2);
    await frame();
    expect(drawn.at(-1)).toEqual(['acronym@118', 'citation@218', 'date@318']);
  });

  it('stop removes every listener and the size observer, even with a frame asked for', async () => {
    const { forced, observed, listeners, drawn, popoverFrame, scrolled, layout, open } = setup(true);
    open(true);
    scrolled();
    layout.stop();
    expect(listeners()).toBe(0);
    expect(observed.length).toBe(0);
    expect(forced.listeners.size).toBe(0);
    scrolled();
    await frame();
    expect(drawn).toEqual([]);
    expect(popoverFrame).not.toHaveBeenCalled();
  });
});

describe('underlineFirstScreens: the marks painted ahead of the whole paper', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    for (const host of document.querySelectorAll('kamerlens-popover')) host.remove();
  });
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  function setup(forcedOn: boolean) {
    const { forced, observed, listeners, container } = pageOfOneParagraph(forcedOn);
    const built = vi.fn(() => [acronym(0), acronym(50), citation(100)]);
    const underlines = underlineFirstScreens(document, container, built, rangeOf);
    const lines = () =>
      [...(document.querySelector('kamerlens-popover')?.shadowRoot?.querySelectorAll('.kl-u') ?? [])].map(
        (u) => `${u.className}@${(u as HTMLElement).style.top}`,
      );
    return { forced, observed, listeners, built, underlines, lines };
  }

  it('outside forced colours: nothing made or listed, only the media query listened to, and stop leaves nothing', () => {
    const { forced, observed, listeners, built, underlines } = setup(false);
    expect(document.querySelector('kamerlens-popover')).toBeNull();
    expect(listeners()).toBe(0);
    expect(observed.length).toBe(0);
    expect(forced.listeners.size).toBe(1);
    expect(built).not.toHaveBeenCalled();
    underlines.stop();
    expect(forced.listeners.size).toBe(0);
  });

  it('forced colours switched on while the first screens are shown: underlined at once, not with the full paint', async () => {
    const { forced, observed, listeners, built, underlines, lines } = setup(false);
    forced.set(true);
    await frame();
    expect(lines()).toEqual(['kl-u acronym@118px', 'kl-u acronym@168px', 'kl-u citation@218px']);
    expect(built).toHaveBeenCalledTimes(1);
    expect(observed.length).toBe(2);
    // Off again: the underlines go (the highlights come back); on again: drawn again, in the same host.
    forced.set(false);
    expect(lines()).toEqual([]);
    forced.set(true);
    await frame();
    expect(lines()).toHaveLength(3);
    expect(document.querySelectorAll('kamerlens-popover')).toHaveLength(1);
    underlines.stop();
    expect(document.querySelectorAll('kamerlens-popover')).toHaveLength(0);
    expect(listeners()).toBe(0);
    expect(observed.length).toBe(0);
    expect(forced.listeners.size).toBe(0);
  });

  it('in forced colours: underlines them in a popover host of their own until stopped, which leaves nothing', async () => {
    const { forced, observed, listeners, built, underlines, lines } = setup(true);
    await frame();
    expect(lines()).toEqual(['kl-u acronym@118px', 'kl-u acronym@168px', 'kl-u citation@218px']);
    const host = document.querySelector('kamerlens-popover');
    expect(host?.getAttribute('data-kamerlens')).toBe('popover');
    expect(host?.shadowRoot?.querySelector('.kl-u')?.parentElement?.getAttribute('aria-hidden')).toBe('true');
    // Styled as the popover's: printed, nothing shows.
    expect(host?.shadowRoot?.querySelector('style')?.textContent).toContain('@media print');
    expect(listeners()).toBe(2);
    // Scrolled: drawn again, the marks listed once.
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(lines()).toHaveLength(3);
    expect(built).toHaveBeenCalledTimes(1);
    underlines.stop();
    expect(document.querySelectorAll('kamerlens-popover')).toHaveLength(0);
    expect(listeners()).toBe(0);
    expect(observed.length).toBe(0);
    expect(forced.listeners.size).toBe(0);
  });
});
