import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Runs queued callbacks one turn per frame: each turn after the browser has drawn the frame that
 * follows the previous one (a timeout set in an animation-frame callback runs after that frame).
 * Content added by one turn is thus styled and laid out in a frame of its own, before the next adds more.
 */
export interface FrameQueue {
  /**
   * Queues `run`; the returned function takes it out again if it has not run yet.
   * `grow`: more of what is on the page already (a list's further entries). Such turns come before
   * the other turns waiting, so the sidebar fills from the top; the `grow` callbacks queued while
   * one waits share its turn.
   * `last`: run once nothing else is queued, right after the turn that left nothing (no frame of its own).
   */
  add(run: () => void, options?: { grow?: boolean; last?: boolean }): () => void;
}

/** `onTurn` is told as each turn begins, before its callbacks run. */
export function createFrameQueue(
  nextFrame: (cb: () => void) => void = requestAnimationFrame,
  onTurn?: () => void,
): FrameQueue {
  /** Turns to come, each the callbacks run together in it: growing ones first. */
  const growing: (() => void)[][] = [];
  const waiting: (() => void)[][] = [];
  const lasts: (() => void)[] = [];
  let pumping = false;
  const pump = () => {
    if (pumping) return;
    if (growing.length === 0 && waiting.length === 0) {
      for (const run of lasts.splice(0)) run();
      return;
    }
    pumping = true;
    nextFrame(() =>
      setTimeout(() => {
        const turn = growing.shift() ?? waiting.shift() ?? [];
        onTurn?.();
        for (const run of turn) run();
        // What the callbacks changed is rendered after them (Preact renders in a microtask), and what
        // that render mounts may queue more: the next turn is chosen once it has.
        setTimeout(() => {
          pumping = false;
          pump();
        }, 0);
      }, 0),
    );
  };
  const remove = (turns: (() => void)[][], run: () => void) => {
    for (const [i, turn] of turns.entries()) {
      const j = turn.indexOf(run);
      if (j < 0) continue;
      turn.splice(j, 1);
      if (turn.length === 0) turns.splice(i, 1);
      return;
    }
  };
  return {
    add(run, options) {
      if (options?.last) lasts.push(run);
      else if (options?.grow && growing.length > 0) growing[growing.length - 1]!.push(run);
      else (options?.grow ? growing : waiting).push([run]);
      pump();
      return () => {
        remove(growing, run);
        remove(waiting, run);
        const i = lasts.indexOf(run);
        if (i >= 0) lasts.splice(i, 1);
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
  last,
  children,
}: {
  queue: FrameQueue | null;
  onShown?: () => void;
  /** Wait until nothing else is queued (see `FrameQueue.add`). */
  last?: boolean;
  children?: ComponentChildren;
}) {
  const [shown, setShown] = useState(!queue);
  useLayoutEffect(() => {
    if (shown) {
      onShown?.();
      return;
    }
    return queue?.add(() => setShown(true), { last });
  }, [shown]);
  return shown ? <>{children}</> : null;
}
