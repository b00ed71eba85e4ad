import { describe, expect, it, vi } from 'vitest';
import { createFrameQueue } from '../../../src/ui/sidebar/later';

/** A stand-in for animation frames: frames are drawn when the test says so. */
function fakeFrames() {
  const pending: (() => void)[] = [];
  return {
    nextFrame: (cb: () => void) => void pending.push(cb),
    /** Draws one frame (its callbacks), then lets the timeouts set in them run. */
    async draw() {
      for (const cb of pending.splice(0)) cb();
      await vi.advanceTimersByTimeAsync(0);
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

  it('runs a callback queued withPrevious in the same turn as the one before it', async () => {
    vi.useFakeTimers();
    const frames = fakeFrames();
    const queue = createFrameQueue(frames.nextFrame);
    const ran: string[] = [];
    queue.add(() => ran.push('acronyms'));
    queue.add(() => ran.push('sections ready'), { withPrevious: true });
    await frames.draw();
    expect(ran).toEqual(['acronyms', 'sections ready']);
    // Taken out of a shared turn, the other keeps the turn.
    const cancel = queue.add(() => ran.push('gone'));
    queue.add(() => ran.push('kept'), { withPrevious: true });
    cancel();
    await frames.draw();
    expect(ran).toEqual(['acronyms', 'sections ready', 'kept']);
    // With nothing queued before it, it waits for a frame like any other.
    queue.add(() => ran.push('alone'), { withPrevious: true });
    expect(ran).toHaveLength(3);
    await frames.draw();
    expect(ran).toEqual(['acronyms', 'sections ready', 'kept', 'alone']);
    vi.useRealTimers();
  });
});
