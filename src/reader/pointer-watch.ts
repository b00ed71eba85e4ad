/** Where the mouse pointer is, and what is under it. */
export interface PointerAt {
  x: number;
  y: number;
  target: EventTarget | null;
}

export interface PointerWatchOptions {
  doc: Document;
  /** Once a frame at most, where the pointer is now (a burst of moves is read once). */
  frame(p: PointerAt): void;
  /** A button is held while the pointer moves: the reader selects text or drags. */
  hold(): void;
  /** The pointer left the window: nothing is under it any more. */
  left(): void;
}

/**
 * Follows the mouse over the document: its moves are read once a frame (`requestAnimationFrame`), not on every
 * event, since finding what is under the pointer lays out a caret. Returns the function that stops watching.
 */
export function watchPointer(o: PointerWatchOptions): () => void {
  const { doc } = o;
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  let pointer: PointerAt | null = null;
  let frame = 0;
  const onFrame = () => {
    frame = 0;
    if (pointer) o.frame(pointer);
  };
  const onMouseMove = (e: MouseEvent) => {
    // A button held: the reader selects text (or drags); a popover opening on a mark paused over
    // would cover the lines being selected. Hover starts again with the next move after release.
    if (e.buttons) {
      pointer = null;
      o.hold();
      return;
    }
    pointer = { x: e.clientX, y: e.clientY, target: e.target };
    if (!frame) frame = win.requestAnimationFrame(onFrame);
  };
  const onMouseOut = (e: MouseEvent) => {
    if (!e.relatedTarget) {
      pointer = null;
      o.left();
    }
  };
  doc.addEventListener('mousemove', onMouseMove, { passive: true });
  doc.addEventListener('mouseout', onMouseOut, { passive: true });
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    pointer = null;
    doc.removeEventListener('mousemove', onMouseMove);
    doc.removeEventListener('mouseout', onMouseOut);
  };
}
