import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ABANDON_MS, DWELL_MS, createHoverIntent } from '../../src/reader/hover-intent';

/** A hover intent over targets named by string, recording what it opened and closed. */
function setup() {
  const log: string[] = [];
  const intent = createHoverIntent<string>({
    open: (t) => log.push(`open ${t}`),
    close: () => log.push('close'),
  });
  return { intent, log };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('hover intent (Page Previews timing)', () => {
  it('opens only after the pointer dwells on a mark', () => {
    const { intent, log } = setup();
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(log).toEqual([]);
    // Moving over the same mark again does not restart the dwell.
    intent.pointer('NAVO');
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open NAVO']);
    expect(intent.current).toBe('NAVO');
  });

  it('never opens a mark the pointer merely crossed (stale hover)', () => {
    const { intent, log } = setup();
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS / 2);
    intent.pointer(null);
    vi.advanceTimersByTime(DWELL_MS * 3);
    expect(log).toEqual([]);
  });

  it('opens the last mark dwelt on when the pointer moves across several', () => {
    const { intent, log } = setup();
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS - 50);
    intent.pointer('EU');
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open EU']);
  });

  it('closes after the abandon delay, unless the pointer reaches the popover or comes back', () => {
    const { intent, log } = setup();
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointer(null);
    vi.advanceTimersByTime(ABANDON_MS - 1);
    intent.pointer('popover');
    vi.advanceTimersByTime(ABANDON_MS * 3);
    expect(log).toEqual(['open NAVO']);
    intent.pointer(null);
    vi.advanceTimersByTime(ABANDON_MS - 1);
    intent.pointer('NAVO');
    vi.advanceTimersByTime(ABANDON_MS * 3);
    expect(log).toEqual(['open NAVO']);
    intent.pointer(null);
    vi.advanceTimersByTime(ABANDON_MS);
    expect(log).toEqual(['open NAVO', 'close']);
    expect(intent.current).toBeNull();
  });

  it('replaces an open popover only once the new mark was dwelt on', () => {
    const { intent, log } = setup();
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointer('UDCG');
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(log).toEqual(['open NAVO']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open NAVO', 'open UDCG']);
  });

  it('reset closes at once and cancels a pending open (Escape)', () => {
    const { intent, log } = setup();
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointer('EU');
    intent.reset();
    vi.advanceTimersByTime(DWELL_MS * 3);
    expect(log).toEqual(['open NAVO', 'close']);
  });

  it('follows a popover opened from the keyboard: hovering it again opens nothing new', () => {
    const { intent, log } = setup();
    intent.opened('NAVO');
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(log).toEqual([]);
    intent.pointer(null);
    vi.advanceTimersByTime(ABANDON_MS);
    expect(log).toEqual(['close']);
  });

  it('hold drops a pending open (a mouse button pressed to select text) and keeps what is shown', () => {
    const { intent, log } = setup();
    intent.pointer('NAVO');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointer('EU');
    vi.advanceTimersByTime(DWELL_MS - 50);
    intent.hold();
    vi.advanceTimersByTime(DWELL_MS * 3);
    expect(log).toEqual(['open NAVO']);
    expect(intent.current).toBe('NAVO');
    // Hover starts again with the next move.
    intent.pointer('EU');
    vi.advanceTimersByTime(DWELL_MS);
    expect(log).toEqual(['open NAVO', 'open EU']);
  });

  it('takes its delays and timers as options', () => {
    const calls: number[] = [];
    const intent = createHoverIntent<number>({
      open: (t) => calls.push(t),
      close: () => calls.push(-1),
      dwellMs: 10,
      abandonMs: 5,
    });
    intent.pointer(7);
    vi.advanceTimersByTime(10);
    intent.pointer(null);
    vi.advanceTimersByTime(5);
    expect(calls).toEqual([7, -1]);
  });
});
