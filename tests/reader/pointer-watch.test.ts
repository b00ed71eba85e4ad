// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { watchPointer, type PointerAt } from '../../src/reader/pointer-watch';

/** A page, the calls `watchPointer` made, and a way to run its pending animation frames. */
function setup() {
  const win = new Window();
  const doc = win.document as unknown as Document;
  doc.body.append(doc.createElement('p'));
  const frames = new Map<number, FrameRequestCallback>();
  let next = 1;
  Object.assign(win, {
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      frames.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
  });
  const seen: (PointerAt | 'hold' | 'left')[] = [];
  const stop = watchPointer({
    doc,
    frame: (p) => seen.push(p),
    hold: () => seen.push('hold'),
    left: () => seen.push('left'),
  });
  const runFrames = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb(0);
  };
  const p = doc.querySelector('p') as HTMLElement;
  const move = (x: number, buttons = 0) =>
    p.dispatchEvent(
      new win.MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: 5, buttons }) as never,
    );
  const out = (related: Element | null) =>
    p.dispatchEvent(
      new win.MouseEvent('mouseout', {
        bubbles: true,
        relatedTarget: (related ?? undefined) as never,
      }) as never,
    );
  stops.push(stop);
  return { stop, seen, runFrames, frames, move, out, p, doc };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('watchPointer', () => {
  it('reads a burst of moves once, in the next frame, at the last place', () => {
    const { seen, runFrames, frames, move, p } = setup();
    move(10);
    move(20);
    move(30);
    expect(frames.size).toBe(1);
    expect(seen).toEqual([]);
    runFrames();
    expect(seen).toEqual([{ x: 30, y: 5, target: p }]);
    move(40);
    runFrames();
    expect(seen).toHaveLength(2);
  });

  it('says a button is held instead, and reads nothing in the frame after (a selection or a drag)', () => {
    const { seen, runFrames, move } = setup();
    move(10);
    move(20, 1);
    runFrames();
    expect(seen).toEqual(['hold']);
  });

  it('says the pointer left the window, and not when it only passed to another element', () => {
    const { seen, runFrames, move, out, doc } = setup();
    out(doc.body as HTMLElement);
    expect(seen).toEqual([]);
    move(10);
    out(null);
    runFrames();
    expect(seen).toEqual(['left']);
  });

  it('stops: its pending frame is cancelled, and no move is read any more', () => {
    const { stop, seen, runFrames, frames, move } = setup();
    move(10);
    stop();
    expect(frames.size).toBe(0);
    move(20);
    runFrames();
    expect(seen).toEqual([]);
  });
});
