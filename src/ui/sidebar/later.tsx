import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Runs queued callbacks one per frame: each after the browser has drawn the frame that follows
 * the previous one (a timeout set in an animation-frame callback runs after that frame). Content
 * added by one callback is thus styled and laid out in a frame of its own, before the next adds more.
 */
export interface FrameQueue {
  /** Queues `run`; the returned function takes it out again if it has not run yet. */
  add(run: () => void): () => void;
}

export function createFrameQueue(nextFrame: (cb: () => void) => void = requestAnimationFrame): FrameQueue {
  const waiting: (() => void)[] = [];
  let pumping = false;
  const pump = () => {
    if (pumping || waiting.length === 0) return;
    pumping = true;
    nextFrame(() =>
      setTimeout(() => {
        pumping = false;
        waiting.shift()?.();
        pump();
      }, 0),
    );
  };
  return {
    add(run) {
      waiting.push(run);
      pump();
      return () => {
        const i = waiting.indexOf(run);
        if (i >= 0) waiting.splice(i, 1);
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
  children,
}: {
  queue: FrameQueue | null;
  onShown?: () => void;
  children?: ComponentChildren;
}) {
  const [shown, setShown] = useState(!queue);
  useLayoutEffect(() => {
    if (shown) {
      onShown?.();
      return;
    }
    return queue?.add(() => setShown(true));
  }, [shown]);
  return shown ? <>{children}</> : null;
}
