import { shownInView } from '../ui/popover/mount';
import { focusElement } from './focus-in-text';
import { caretAt } from './hit-test';

/**
 * Where the keyboard focus goes back to when the sidebar closes. Closing it (Escape, its close button,
 * the keyboard command) removes the element that had the focus, and the browser then puts the focus on
 * the page's body: a keyboard user starts over at the top of the page. So the element the focus came
 * from, outside the sidebar, is remembered each time the focus enters it, and gets the focus back.
 */
export interface ReturnFocus {
  /** The focus is about to be moved into the host by us (`from`: where it is now). */
  remember(from: Element | null): void;
  /** If the focus is in the host, gives it back to where it came from (without scrolling the page). */
  restore(): void;
  stop(): void;
}

/**
 * Something that can take the focus back: an element of this page outside the host and its shadow tree (at
 * any depth: a move inside it is seen from the host with an inner element as `relatedTarget` in some DOMs).
 */
function outside(el: EventTarget | null, host: Element): HTMLElement | null {
  const e = el as HTMLElement | null;
  if (typeof e?.focus !== 'function' || e.ownerDocument !== host.ownerDocument) return null;
  for (let n: Node | undefined = e; n; n = (n.getRootNode() as ShadowRoot).host) {
    if (host.contains(n)) return null;
  }
  return e;
}

/**
 * The element of the page's text at the top of the window, left of where the sidebar stands (a third of the
 * way across): what the reader sees first. Text (the caret's node there, or the link or button it is in), not a
 * logo or a frame that happens to stand there; null when there is none, or only Kamerlens's.
 */
function textInView(doc: Document, host: Element): HTMLElement | null {
  const win = doc.defaultView;
  for (const f of [0.15, 0.35, 0.55]) {
    const caret = win && caretAt(doc, win.innerWidth / 3, win.innerHeight * f)?.node;
    const parent = caret && caret.nodeType === 3 && caret.nodeValue?.trim() ? caret.parentElement : null;
    // Words in a link (`<a><strong>`): the link itself, which Enter follows.
    const e = parent && outside(parent.closest('a[href],button') ?? parent, host);
    if (e && !e.localName.startsWith('kamerlens-')) return e;
  }
  return null;
}

export function trackReturnFocus(host: Element): ReturnFocus {
  let back: HTMLElement | null = null;
  const remember = (from: EventTarget | null) => {
    back = outside(from, host) ?? back;
  };
  // `relatedTarget`: where the focus came from into the sidebar.
  const onFocusIn = (e: Event) => remember((e as FocusEvent).relatedTarget);
  host.addEventListener('focusin', onFocusIn);
  return {
    remember,
    restore() {
      const doc = host.ownerDocument;
      if (doc.activeElement !== host) return;
      // `focusElement`: text a jump focused (`focus-in-text.ts`) lost its `tabindex` when the focus came here.
      // Where the focus came from is gone, or out of sight (the reader scrolled on, or nothing had the focus):
      // the text at the top of the window takes it, so that Tab goes on from what the reader sees, not from
      // the top of the page or a heading far above.
      focusElement(inSightOrTextInView(back, host));
    },
    stop: () => host.removeEventListener('focusin', onFocusIn),
  };
}

/**
 * What the reader is looking at, outside the sidebar: the element that has the focus, when it is in
 * sight, else the text at the top of the window. Kept in place when the page is laid out anew.
 */
export function placeInView(host: Element): HTMLElement | null {
  const doc = host.ownerDocument;
  const focused = outside(doc.activeElement, host);
  return inSightOrTextInView(focused === doc.body ? null : focused, host);
}

/** `el` when it is in sight, else the text at the top of the window (`textInView`). */
function inSightOrTextInView(el: HTMLElement | null, host: Element): HTMLElement | null {
  return el && shownInView(el) ? el : textInView(host.ownerDocument, host);
}
