import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// `wxt/browser` picks its `browser` when first imported: the fake must be in place before.
const { fakeBrowser } = await vi.hoisted(() => import('../install-fake-browser'));

import { ContentScriptContext } from '../../src/reader/content-script-context';

type PageGlobals = { window?: unknown; document?: unknown };
let win: Window;
let posted: unknown[];
let dispatched: string[];

/** A page as the content script sees it, recording what the script tells it. */
beforeEach(() => {
  fakeBrowser.reset();
  win = new Window({ url: 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html' });
  posted = [];
  dispatched = [];
  vi.spyOn(win, 'postMessage').mockImplementation((message: unknown) => void posted.push(message));
  const dispatch = win.document.dispatchEvent.bind(win.document);
  vi.spyOn(win.document, 'dispatchEvent').mockImplementation((event) => {
    dispatched.push(event.type);
    return dispatch(event);
  });
  const g = globalThis as PageGlobals;
  g.window = win;
  g.document = win.document;
});

afterEach(async () => {
  const g = globalThis as PageGlobals;
  delete g.window;
  delete g.document;
  vi.restoreAllMocks();
  vi.useRealTimers();
  await win.happyDOM.close();
});

describe('ContentScriptContext (the ctx WXT hands our content scripts)', () => {
  it('tells the page nothing when a script starts: no window message, no document event', () => {
    new ContentScriptContext('content', { matches: [] });
    expect(posted).toEqual([]);
    expect(dispatched).toEqual([]);
  });

  it('calls each invalidation callback once, and not one that was removed', () => {
    const ctx = new ContentScriptContext('content');
    const kept = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(kept);
    const remove = ctx.onInvalidated(removed);
    remove();
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
  });

  it('turns invalid, and says so to its callbacks, once the extension is gone', () => {
    const ctx = new ContentScriptContext('content');
    const gone = vi.fn();
    ctx.onInvalidated(gone);
    expect(ctx.isValid).toBe(true);
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      expect(ctx.isValid).toBe(false);
      expect(gone).toHaveBeenCalledTimes(1);
    } finally {
      runtime.id = id;
    }
  });

  it('runs no timer, interval or listener of its own after invalidation', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('content');
    const timeout = vi.fn();
    const interval = vi.fn();
    const clicked = vi.fn();
    ctx.setTimeout(timeout, 10);
    ctx.setInterval(interval, 10);
    ctx.addEventListener(win.document as unknown as EventTarget, 'click', clicked);
    vi.advanceTimersByTime(25);
    win.document.dispatchEvent(new win.Event('click'));
    expect(interval).toHaveBeenCalledTimes(2);
    expect(clicked).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(100);
    win.document.dispatchEvent(new win.Event('click'));
    expect(timeout).toHaveBeenCalledTimes(1);
    expect(interval).toHaveBeenCalledTimes(2);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
