import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Runs queued callbacks one per frame: each after the browser has drawn the frame that follows
 * the previous one (a timeout set in an animation-frame callback runs after that frame). Content
 * added by one callback is thus styled and laid out in a frame of its own, before the next adds more.
 */
export interface FrameQueue {
  /**
   * Queues `run`; the returned function takes it out again if it has not run yet. `withPrevious`:
   * run it in the same turn as the callback queued before it (nothing of its own to lay out).
   */
  add(run: () => void, options?: { withPrevious?: boolean }): () => void;
}

export function createFrameQueue(nextFrame: (cb: () => void) => void = requestAnimationFrame): FrameQueue {
  /** Turns to come, each the callbacks run together in it. */
  const waiting: (() => void)[][] = [];
  let pumping = false;
  const pump = () => {
    if (pumping || waiting.length === 0) return;
    pumping = true;
    nextFrame(() =>
      setTimeout(() => {
        pumping = false;
        for (const run of waiting.shift() ?? []) run();
        pump();
      }, 0),
    );
  };
  return {
    add(run, options) {
      const last = waiting[waiting.length - 1];
      if (options?.withPrevious && last) last.push(run);
      else waiting.push([run]);
      pump();
      return () => {
        for (const [i, turn] of waiting.entries()) {
          const j = turn.indexOf(run);
          if (j < 0) continue;
          turn.splice(j, 1);
          if (turn.length === 0) waiting.splice(i, 1);
          return;
        }
      };
    },
  };
}

/**
 * Its children, rendered at once without a `queue`, or when the queue gives them their turn
 * (after the frame that drew what came before). Only this component re-renders then, so what
 * is already on the page is not rendered again. `onShown` is told once the children are in.
 */
export function Later({
  queue,
  onShown,
  withPrevious,
  children,
}: {
  queue: FrameQueue | null;
  onShown?: () => void;
  /** Take the turn of the `Later` queued before this one (see `FrameQueue.add`). */
  withPrevious?: boolean;
  children?: ComponentChildren;
}) {
  const [shown, setShown] = useState(!queue);
  useLayoutEffect(() => {
    if (shown) {
      onShown?.();
      return;
    }
    return queue?.add(() => setShown(true), { withPrevious });
  }, [shown]);
  return shown ? <>{children}</> : null;
}
