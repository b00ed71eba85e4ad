import { mountUnderlines, type Underline } from '../ui/popover/mount';
import type { FindingTarget } from './finding-targets';
import { createHostElement, POPOVER_HOST_TAG } from './host-element';

/**
 * Forced colours (Windows high contrast): Chromium paints every custom highlight like selected
 * text there, so the marks are not registered (`custom-highlighter.ts`). Instead each line of each
 * mark in view gets an underline of its kind (dotted acronyms, solid citations, dashed dates) in
 * the system's colours, drawn in the popover's shadow root over the page (`ui/popover`): the
 * page's DOM, selection and hit testing stay as they are. Only while forced colours are on. They
 * follow the layout with the open popover, through one set of listeners (`followLayout`).
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

/** The first target at or below the top of the viewport (binary search over their positions). */
export function firstInView(
  targets: readonly FindingTarget[],
  rangeOf: (t: FindingTarget) => Range | null | undefined,
): number {
  let lo = 0;
  let hi = targets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = rangeOf(targets[mid] as FindingTarget)?.getBoundingClientRect?.();
    if (r && r.height > 0 && r.bottom > 0) hi = mid;
    else if (r && r.height === 0) return 0;
    else lo = mid + 1;
  }
  return lo;
}

export interface FollowLayoutOptions {
  doc: Document;
  /** The paper's container: a line is underlined where the reader sees the paper's text there. */
  container: Element;
  /** The marks shown, sorted by start (`buildTargets`). */
  targets(): readonly FindingTarget[];
  rangeOf(t: FindingTarget): Range | null | undefined;
  /** Where the underlines are drawn (the popover's layer, made when first asked for). */
  layer(): { underline(lines: readonly Underline[] | null): void };
  /** What else follows the layout, in the same frames (the open popover), while `busy()`. */
  frame?(): void;
  busy?(): boolean;
}

/**
 * One set of listeners for what follows the page's layout: the marks in view, underlined while
 * `(forced-colors: active)` matches (followed live: the layer goes when it ends), and the caller's
 * `frame` while it is `busy()`. After the page scrolled (the page or any element in it) or the
 * window resized, while either is shown, both run in the next frame, at most once a frame; while
 * forced colours are on, also after the page or the container changed size (the text reflowed, a
 * site's modal opened). Neither shown, a scroll asks nothing of the browser; outside forced colours
 * nothing is listened to for the underlines but the media query's change. `queue` asks for a frame
 * as a scroll does (the marks changed); `stop` removes every listener.
 */
export function followLayout(o: FollowLayoutOptions): { queue(): void; stop(): void } {
  const { doc } = o;
  const win = doc.defaultView as Window;
  const forced = win.matchMedia?.('(forced-colors: active)');
  let frame = 0;
  let drawn = false;
  let sizes: ResizeObserver | null = null;
  const run = () => {
    frame = 0;
    if (forced?.matches) {
      const targets = o.targets();
      drawn = true;
      o.layer().underline(
        underlinesInView(
          targets,
          firstInView(targets, o.rangeOf),
          (t) => o.rangeOf(t)?.getClientRects?.() ?? [],
          win.innerHeight,
          // What the reader sees there is the paper's text (as for hover, `marks-controller.ts`).
          (x, y) => o.container.contains(doc.elementFromPoint(x, y)),
        ),
      );
    }
    o.frame?.();
  };
  const queue = () => {
    frame ||= win.requestAnimationFrame(run);
  };
  const changed = () => {
    if (forced?.matches || o.busy?.()) queue();
  };
  const follow = () => {
    sizes?.disconnect();
    sizes = null;
    if (drawn) o.layer().underline(null);
    drawn = false;
    if (!forced?.matches) return;
    sizes = new ResizeObserver(queue);
    sizes.observe(doc.documentElement);
    sizes.observe(o.container);
    queue();
  };
  forced?.addEventListener('change', follow);
  follow();
  doc.addEventListener('scroll', changed, { capture: true, passive: true });
  win.addEventListener('resize', changed, { passive: true });
  return {
    queue: changed,
    stop() {
      win.cancelAnimationFrame(frame);
      forced?.removeEventListener('change', follow);
      sizes?.disconnect();
      doc.removeEventListener('scroll', changed, { capture: true });
      win.removeEventListener('resize', changed);
    },
  };
}

/**
 * The first screens' marks, painted ahead of the whole paper (`start-reader.ts`), underlined while
 * forced colours are on, in a popover host of their own with its own listeners; `stop` removes it
 * all, when the marks controller takes over (it draws in its own host from its first frame, so the
 * two are never drawn together) or the first screens go. While forced colours are off, nothing is
 * made or listed and only the media query is listened to: switched on while the first screens are
 * shown, the highlights go (`custom-highlighter.ts`) and the underlines come at once, not with the
 * whole paper's paint.
 */
export function underlineFirstScreens(
  doc: Document,
  container: Element,
  targets: () => readonly FindingTarget[],
  rangeOf: (t: FindingTarget) => Range | null | undefined,
): { stop(): void } {
  const forced = doc.defaultView?.matchMedia?.('(forced-colors: active)');
  let drawing: { stop(): void } | null = null;
  const start = () => {
    if (drawing || !forced?.matches) return;
    // From here `followLayout` follows the media query itself.
    forced.removeEventListener('change', start);
    const host = createHostElement(doc, POPOVER_HOST_TAG, 'popover');
    const layer = { underline: mountUnderlines(host.attachShadow({ mode: 'open' })) };
    doc.documentElement.append(host);
    const shown = targets();
    const layout = followLayout({ doc, container, targets: () => shown, rangeOf, layer: () => layer });
    drawing = {
      stop() {
        layout.stop();
        host.remove();
      },
    };
  };
  forced?.addEventListener('change', start);
  start();
  return {
    stop() {
      forced?.removeEventListener('change', start);
      drawing?.stop();
    },
  };
}
