import { describe, expect, it, vi } from 'vitest';
import { createFrameQueue } from '../../../src/ui/sidebar/later';

/** A stand-in for animation frames: frames are drawn when the test says so. */
function fakeFrames() {
  const pending: (() => void)[] = [];
  return {
    nextFrame: (cb: () => void) => void pending.push(cb),
    /** Draws one frame (its callbacks), then lets the timeouts set in them run, and the one set by those. */
    async draw() {
      for (const cb of pending.splice(0)) cb();
      await vi.advanceTimersByTimeAsync(0);
      // A timeout set in a timeout runs a tick later (as in browsers, which clamp nested ones).
      await vi.advanceTimersByTimeAsync(1);
    },
  };
}

describe('createFrameQueue', () => {
  it('runs one callback per frame, in order, each after the frame that follows the previous one', async () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const queue = createFrameQueue(frames.nextFrame);
    const ran: string[] = [];
    queue.add(() => ran.push('timeline'));
    queue.add(() => ran.push('citations'));
    queue.add(() => ran.push('acronyms'));
    // Nothing before a frame is drawn: what is on the page now is laid out first.
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual([]);
    await frames.draw();
    expect(ran).toEqual(['timeline']);
    await frames.draw();
    expect(ran).toEqual(['timeline', 'citations']);
    await frames.draw();
    expect(ran).toEqual(['timeline', 'citations', 'acronyms']);
    vi.useRealTimers();
  });

  it('drops a callback taken out before its turn, and keeps going after an empty spell', async () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const queue = createFrameQueue(frames.nextFrame);
    const ran: string[] = [];
    const cancel = queue.add(() => ran.push('gone'));
    queue.add(() => ran.push('kept'));
    cancel();
    await frames.draw();
    expect(ran).toEqual(['kept']);
    await frames.draw();
    queue.add(() => ran.push('later'));
    await frames.draw();
    expect(ran).toEqual(['kept', 'later']);
    vi.useRealTimers();
  });

  it('puts a grow turn before the sections waiting, and the grow callbacks queued meanwhile share it', async () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const queue = createFrameQueue(frames.nextFrame);
    const ran: string[] = [];
    queue.add(() => {
      ran.push('timeline');
      // Its lists appear with a few entries each and ask for more.
      queue.add(() => ran.push('past, more'), { grow: true });
      queue.add(() => ran.push('future, more'), { grow: true });
    });
    queue.add(() => ran.push('citations'));
    await frames.draw();
    expect(ran).toEqual(['timeline']);
    await frames.draw();
    expect(ran).toEqual(['timeline', 'past, more', 'future, more']);
    await frames.draw();
    expect(ran).toEqual(['timeline', 'past, more', 'future, more', 'citations']);
    vi.useRealTimers();
  });

  it('runs a last callback right after the turn that leaves nothing queued, without a frame of its own', async () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const queue = createFrameQueue(frames.nextFrame);
    const ran: string[] = [];
    queue.add(() => {
      ran.push('acronyms');
      queue.add(() => ran.push('acronyms, more'), { grow: true });
    });
    queue.add(() => ran.push('sections ready'), { last: true });
    await frames.draw();
    // The list it rendered still grows: not ready yet.
    expect(ran).toEqual(['acronyms']);
    await frames.draw();
    expect(ran).toEqual(['acronyms', 'acronyms, more', 'sections ready']);
    // Taken out before its turn, it never runs; with nothing queued, it runs at once.
    queue.add(() => ran.push('outline'));
    const cancel = queue.add(() => ran.push('gone'), { last: true });
    cancel();
    await frames.draw();
    queue.add(() => ran.push('alone'), { last: true });
    expect(ran).toEqual(['acronyms', 'acronyms, more', 'sections ready', 'outline', 'alone']);
    vi.useRealTimers();
  });

  it('tells onTurn as each turn begins, before its callbacks', async () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const ran: string[] = [];
    const queue = createFrameQueue(frames.nextFrame, () => ran.push('turn'));
    queue.add(() => ran.push('timeline'));
    queue.add(() => ran.push('citations'));
    await frames.draw();
    await frames.draw();
    expect(ran).toEqual(['turn', 'timeline', 'turn', 'citations']);
    vi.useRealTimers();
  });
});
