import { render } from 'preact';
import type { Language } from '../../i18n';
import { announcement, Popover } from './Popover';
import { placePopover, type Box } from './position';
import { pageStyles } from '../page-styles';
import type { PopoverActions, PopoverData } from './types';

export interface ShowOptions {
  /** The marked text's client rectangles, one per line. */
  anchor: readonly Box[];
  /** Move keyboard focus into the popover (opened from the keyboard); Escape gives it back. */
  focus: boolean;
  /**
   * With `focus`: the element inside the popover that has focus keeps it when it is still there
   * (an occurrence button, pressed again and again), instead of focus going to the panel.
   */
  keepFocus?: boolean;
}

/** The underline under one line of a mark (forced colours), in viewport pixels; `kind` styles it. */
export interface Underline {
  kind: string;
  top: number;
  left: number;
  width: number;
}

export interface PopoverHandle {
  /** Shows `data` beside `anchor`, replacing what was shown. */
  show(data: PopoverData, options: ShowOptions): void;
  /** Re-renders what is shown with new data (a lookup answered), keeping place and focus. */
  update(data: PopoverData): void;
  /** Places the popover again (the page scrolled or resized). */
  reposition(anchor: readonly Box[]): void;
  /**
   * Hides it; gives focus back to where it was when `show` took it and `restoreFocus` is set. Where that
   * place is out of sight (scrolled away by `]` steps, in a sidebar put away, the page's body),
   * `elsewhere` is called instead: the caller focuses the text the popover was about.
   */
  hide(restoreFocus?: boolean, elsewhere?: () => void): void;
  setLanguage(language: Language): void;
  /**
   * Draws these underlines over the page (forced colours, `reader/forced-underlines.ts`), replacing
   * those drawn before, in a layer of their own that screen readers skip; null removes the layer.
   */
  underline(lines: readonly Underline[] | null): void;
  readonly isOpen: boolean;
  /** Whether keyboard focus is inside the popover. */
  hasFocus(): boolean;
  unmount(): void;
}

export interface MountPopoverOptions {
  language: Language;
  actions: PopoverActions;
  /**
   * The right edge popovers keep left of (the sidebar's left edge while it is open); default the
   * viewport's width.
   */
  rightEdge?(): number;
}

/**
 * Renders popovers into a shadow root the caller made: one layer, fixed to the viewport and
 * placed by `placePopover`, and a polite live region that announces what opened (hover does not
 * move focus, so a screen reader hears it there). In forced colours the reader also draws the marks'
 * underlines here (`underline`), since the page's own highlights are not painted there.
 */
export function mountPopover(shadowRoot: ShadowRoot, options: MountPopoverOptions): PopoverHandle {
  const doc = shadowRoot.ownerDocument;
  const win = doc.defaultView;
  const style = doc.createElement('style');
  style.textContent = pageStyles().popover;
  const layer = doc.createElement('div');
  layer.className = 'kl-layer';
  const live = doc.createElement('div');
  live.className = 'kl-sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  // In forced colours the page's marks are not painted (`custom-highlighter.ts`): a frame around
  // each line of the anchor shows which text the popover is about (hidden otherwise, `styles.ts`).
  const frames = doc.createElement('div');
  shadowRoot.append(style, frames, layer, live);
  // A non-modal popover: Tab past its last control, or Shift+Tab before its first, closes it and gives
  // the focus back to the text, instead of leaving the page (the host is the document's last element).
  layer.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const stops = layer.querySelectorAll<HTMLElement>('button,a[href]');
    const at = shadowRoot.activeElement;
    if (e.shiftKey ? at !== stops[0] && at !== panel() : at !== stops[stops.length - 1]) return;
    e.preventDefault();
    options.actions.close();
  });

  let language = options.language;
  let data: PopoverData | null = null;
  let anchor: readonly Box[] = [];
  let returnFocus: Element | null = null;
  let mounted = true;

  const draw = () => {
    if (!mounted) return;
    render(data ? <Popover data={data} language={language} actions={options.actions} /> : null, layer);
  };
  const panel = () => layer.querySelector<HTMLElement>('.kl-pop');
  // A panel capped to the room it has (a short window) says there is more below it: `data-more`
  // fades its last lines out at its foot (`styles.ts`) until the reader has scrolled to the end.
  const more = () => {
    const el = panel();
    el?.toggleAttribute('data-more', el.scrollHeight - el.scrollTop - el.clientHeight > 1);
  };
  // Scroll events do not bubble: the layer hears its panel's while they are captured.
  layer.addEventListener('scroll', more, true);
  // The host is the document's active element while focus is inside (asked this way, not through
  // `shadowRoot.activeElement`, which happy-dom fails to answer while focus is in another shadow root).
  const focusInside = () => doc.activeElement === shadowRoot.host;
  const place = () => {
    const el = panel();
    if (!el || !data) return;
    el.style.maxHeight = '';
    const placement = placePopover({
      anchor,
      size: { width: el.offsetWidth, height: el.offsetHeight },
      viewport: {
        width: Math.min(win?.innerWidth ?? 0, options.rightEdge?.() ?? Infinity),
        height: win?.innerHeight ?? 0,
      },
    });
    layer.style.top = `${placement.top}px`;
    layer.style.left = `${placement.left}px`;
    if (placement.maxHeight !== null) el.style.maxHeight = `${placement.maxHeight}px`;
    more();
    layer.dataset.open = 'true';
    render(
      anchor.map((b) => (
        <div
          class="kl-frame"
          style={{ top: b.top, left: b.left, width: b.right - b.left, height: b.bottom - b.top }}
        />
      )),
      frames,
    );
  };

  return {
    get isOpen() {
      return data !== null;
    },
    show(next, opts) {
      if (!mounted) return;
      // Where focus is, read before drawing: the new data may remove the element inside that has it.
      // Focus already inside leaves the place it returns to as it is; focus elsewhere returns there,
      // into the shadow root it is in (a sidebar entry, the filter box), not to its host, where
      // `focus()` does nothing.
      const from = focusInside() ? null : deepActiveElement(doc);
      data = next;
      anchor = opts.anchor;
      draw();
      place();
      live.replaceChildren();
      for (const [text, lang] of announcement(next, language)) {
        const part = doc.createElement('span');
        part.lang = lang;
        part.textContent = text;
        if (live.firstChild) live.append(': ');
        live.append(part);
      }
      if (opts.focus) {
        if (from) returnFocus = from;
        if (!opts.keepFocus || !focusInside()) panel()?.focus({ preventScroll: true });
      }
    },
    update(next) {
      if (!mounted || !data) return;
      data = next;
      draw();
      place();
    },
    reposition(next) {
      anchor = next;
      if (data) place();
    },
    hide(restoreFocus = false, elsewhere) {
      if (!data) return;
      const hadFocus = focusInside();
      data = null;
      draw();
      render(null, frames);
      layer.dataset.open = 'false';
      live.textContent = '';
      const back = returnFocus as HTMLElement | null;
      returnFocus = null;
      if (!restoreFocus && !hadFocus) return;
      if (back && shownInView(back)) back.focus({ preventScroll: true });
      else elsewhere?.();
    },
    setLanguage(next) {
      language = next;
      if (data) {
        draw();
        place();
      }
    },
    hasFocus() {
      return focusInside();
    },
    underline: underlineLayer(shadowRoot),
    unmount() {
      if (!mounted) return;
      render(null, layer);
      render(null, frames);
      mounted = false;
      data = null;
      style.remove();
      layer.remove();
      frames.remove();
      live.remove();
    },
  };
}

/**
 * The marks' underlines drawn in `shadowRoot` (forced colours, `reader/forced-underlines.ts`): each call
 * replaces those drawn before, in a layer of their own that screen readers skip; null removes the layer.
 * Styled by `POPOVER_CSS` (`styles.ts`), which the background sends (`../page-styles.ts`).
 */
function underlineLayer(shadowRoot: ShadowRoot): PopoverHandle['underline'] {
  let layer: HTMLElement | null = null;
  return (lines) => {
    if (!lines) {
      if (layer) render(null, layer);
      layer?.remove();
      layer = null;
      return;
    }
    if (!layer) {
      layer = shadowRoot.ownerDocument.createElement('div');
      layer.setAttribute('aria-hidden', 'true');
      shadowRoot.append(layer);
    }
    render(
      lines.map((u) => <div class={`kl-u ${u.kind}`} style={{ top: u.top, left: u.left, width: u.width }} />),
      layer,
    );
  };
}

/**
 * A shadow root that holds the marks' underlines alone (`underlineLayer`), before the popover's is there:
 * the first screens' marks, painted ahead of the whole paper (`reader/start-reader.ts`).
 */
export function mountUnderlines(shadowRoot: ShadowRoot): PopoverHandle['underline'] {
  const style = shadowRoot.ownerDocument.createElement('style');
  style.textContent = pageStyles().popover;
  shadowRoot.append(style);
  return underlineLayer(shadowRoot);
}

/**
 * Can the focus go back to `el` without leaving the reader lost: still in the page, shown, not the body, and
 * at least partly in the window (the focus on an element far above the screen sends the next Tab there).
 */
export function shownInView(el: Element): boolean {
  const doc = el.ownerDocument;
  if (!el.isConnected || el === doc.body || el.checkVisibility?.() === false) return false;
  const box = el.getBoundingClientRect();
  return box.bottom >= 0 && box.top <= (doc.defaultView?.innerHeight ?? 0);
}

/** The element that has focus, inside the shadow roots it is in (`activeElement` gives their host). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
