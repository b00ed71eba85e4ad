import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALIVE_CHECK_MS, releaseAtLoadIfGone, watchExtensionAlive } from '../../src/reader/extension-alive';

describe('watchExtensionAlive (the reader notices its extension was updated or removed)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['the runtime id goes away', () => false],
    [
      'touching the runtime throws (a dead context)',
      () => {
        throw new Error('Extension context invalidated.');
      },
    ],
  ])('calls `gone` once at the first check after %s, then checks no more', (_what, deadCheck) => {
    let alive = true;
    const isAlive = vi.fn(() => (alive ? true : deadCheck()));
    const gone = vi.fn();
    watchExtensionAlive(isAlive, gone);
    vi.advanceTimersByTime(ALIVE_CHECK_MS * 3);
    expect(gone).not.toHaveBeenCalled();
    alive = false;
    vi.advanceTimersByTime(ALIVE_CHECK_MS);
    expect(gone).toHaveBeenCalledTimes(1);
    const checks = isAlive.mock.calls.length;
    vi.advanceTimersByTime(ALIVE_CHECK_MS * 5);
    expect(isAlive).toHaveBeenCalledTimes(checks);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('stops checking when stopped (the reader was stopped for another reason)', () => {
    const isAlive = vi.fn(() => false);
    const gone = vi.fn();
    const stop = watchExtensionAlive(isAlive, gone);
    stop();
    vi.advanceTimersByTime(ALIVE_CHECK_MS * 5);
    expect(isAlive).not.toHaveBeenCalled();
    expect(gone).not.toHaveBeenCalled();
  });
});

describe('releaseAtLoadIfGone (the document_start script, when the reader never comes)', () => {
  function loadingWindow() {
    const win = new Window({ url: 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html' });
    Object.defineProperty(win.document, 'readyState', { value: 'loading', configurable: true });
    return win;
  }
  const load = (win: Window) => {
    Object.defineProperty(win.document, 'readyState', { value: 'complete', configurable: true });
    win.dispatchEvent(new win.Event('load'));
  };

  it.each([
    ['gone by the time the page has loaded', false, 1],
    ['still there: the reader takes over', true, 0],
  ])('extension %s', (_what, alive, releases) => {
    const win = loadingWindow();
    const release = vi.fn();
    releaseAtLoadIfGone(win as unknown as Window & typeof globalThis, () => alive, release);
    expect(release).not.toHaveBeenCalled(); // nothing before load
    load(win);
    load(win); // a second load event (a test, a page script) changes nothing
    expect(release).toHaveBeenCalledTimes(releases);
  });

  it('checks at once when the page has loaded already', () => {
    const win = new Window();
    Object.defineProperty(win.document, 'readyState', { value: 'complete', configurable: true });
    const release = vi.fn();
    releaseAtLoadIfGone(win as unknown as Window & typeof globalThis, () => false, release);
    expect(release).toHaveBeenCalledTimes(1);
  });
});
