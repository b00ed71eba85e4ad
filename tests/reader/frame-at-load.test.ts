import { describe, expect, it } from 'vitest';
import { requestFrameAtLoad } from '../../src/reader/frame-at-load';

/** A page at a given stage of loading: counts the frames asked for, fires its load event on demand. */
function pageAt(readyState: DocumentReadyState, withFrames = true) {
  let frames = 0;
  const listeners: { fn: () => void; once: boolean }[] = [];
  const win = {
    requestAnimationFrame: withFrames ? () => ++frames : undefined,
    addEventListener: (type: string, fn: () => void, opts?: { once?: boolean }) => {
      if (type === 'load') listeners.push({ fn, once: opts?.once === true });
    },
  };
  const doc = { readyState, defaultView: win } as unknown as Document;
  const fireLoad = () => {
    for (const l of [...listeners]) {
      if (l.once) listeners.splice(listeners.indexOf(l), 1);
      l.fn();
    }
  };
  return { doc, fireLoad, frames: () => frames };
}

describe('requestFrameAtLoad: one frame at the load event, so Chrome captures the page text before our first paint', () => {
  it.each([
    { stage: 'loading' as const, before: 0, after: 1 },
    { stage: 'interactive' as const, before: 0, after: 1 },
    { stage: 'complete' as const, before: 1, after: 1 },
  ])(
    'a page still $stage: $before frame(s) at once, $after after its load event',
    ({ stage, before, after }) => {
      const page = pageAt(stage);
      requestFrameAtLoad(page.doc);
      expect(page.frames()).toBe(before);
      page.fireLoad();
      // A loaded page has no load event to come; the listener of a loading page runs once only.
      page.fireLoad();
      expect(page.frames()).toBe(after);
    },
  );

  it('a window without animation frames (or a detached document) is left alone, without an error', () => {
    const page = pageAt('loading', false);
    expect(() => requestFrameAtLoad(page.doc)).not.toThrow();
    page.fireLoad();
    expect(() =>
      requestFrameAtLoad({ readyState: 'complete', defaultView: null } as unknown as Document),
    ).not.toThrow();
  });
});
