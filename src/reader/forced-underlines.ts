import type { Underline } from '../ui/popover/mount';
import type { FindingTarget } from './finding-targets';

/**
 * Forced colours (Windows high contrast): Chromium paints every custom highlight like selected
 * text there, so the marks are not registered (`custom-highlighter.ts`). Instead each line of each
 * mark in view gets an underline of its kind (dotted acronyms, solid citations, dashed dates) in
 * the system's colours, drawn in the popover's shadow root over the page (`ui/popover`): the
 * page's DOM, selection and hit testing stay as they are. Only while forced colours are on.
 */

/** Targets looked at per drawing at most (a viewport holds far fewer; text not laid out has none). */
const MOST_TARGETS = 400;

/**
 * The underlines of the targets (sorted by start) from `first`, the first one in view, on: one at
 * the bottom of each line box of each target whose text is what the reader sees there (`shown`, asked
 * at the line's middle: not under a sidebar, a sticky header or outside the window). Stops at the
 * first target more than a window height below the window (text in reading order goes down; the
 * slack is for table cells side by side).
 */
export function underlinesInView(
  targets: readonly FindingTarget[],
  first: number,
  rectsOf: (t: FindingTarget) => ArrayLike<DOMRectReadOnly>,
  height: number,
  shown: (x: number, y: number) => boolean,
): Underline[] {
  const out: Underline[] = [];
  for (let i = first; i < targets.length && i < first + MOST_TARGETS; i++) {
    const t = targets[i] as FindingTarget;
    const rects = rectsOf(t);
    if ((rects[0]?.top ?? 0) > 2 * height) break;
    for (let j = 0; j < rects.length; j++) {
      const r = rects[j] as DOMRectReadOnly;
      if (r.width > 0 && shown((r.left + r.right) / 2, (r.top + r.bottom) / 2)) {
        out.push({ kind: t.kind, top: r.bottom, left: r.left, width: r.width });
      }
    }
  }
  return out;
}

/**
 * Calls `draw` in the next frame after the page scrolled (the page or any element in it), the
 * window resized or one of `observed` changed size (the text reflowed, a site's modal opened), and
 * once at the start. `queue` asks for a drawing too; `stop` removes every listener.
 */
export function watchLayout(
  doc: Document,
  observed: readonly Element[],
  draw: () => void,
): { queue(): void; stop(): void } {
  const win = doc.defaultView as Window;
  let frame = 0;
  const queue = () => {
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  const sizes = new ResizeObserver(queue);
  for (const el of observed) sizes.observe(el);
  doc.addEventListener('scroll', queue, { capture: true, passive: true });
  win.addEventListener('resize', queue, { passive: true });
  queue();
  return {
    queue,
    stop() {
      win.cancelAnimationFrame(frame);
      sizes.disconnect();
      doc.removeEventListener('scroll', queue, { capture: true });
      win.removeEventListener('resize', queue);
    },
  };
}
