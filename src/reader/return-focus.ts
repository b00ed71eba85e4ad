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

/** Something that can take the focus back: a connected element of this page, not our host. */
function focusable(el: EventTarget | null, host: Element): HTMLElement | null {
  const e = el as HTMLElement | null;
  if (!e || e.nodeType !== 1 || typeof e.focus !== 'function') return null;
  if (e.ownerDocument !== host.ownerDocument || isIn(host, e)) return null;
  return e;
}

/** Is `el` the host, or in it, or in its shadow tree (at any depth)? */
function isIn(host: Element, el: Node): boolean {
  for (let n: Node | null = el; n; n = (n.getRootNode() as ShadowRoot).host ?? null) {
    if (n === host || host.contains(n)) return true;
  }
  return false;
}

export function trackReturnFocus(host: Element): ReturnFocus {
  const doc = host.ownerDocument;
  let back: HTMLElement | null = null;
  // `relatedTarget` is where the focus left from; seen from the host, a move inside its shadow tree has
  // the host itself as relatedTarget, and is ignored.
  const onFocusIn = (e: Event) => {
    const from = focusable((e as FocusEvent).relatedTarget, host);
    if (from) back = from;
  };
  host.addEventListener('focusin', onFocusIn);
  return {
    remember(from) {
      const el = focusable(from, host);
      if (el) back = el;
    },
    restore() {
      if (doc.activeElement !== host) return;
      if (back?.isConnected) back.focus({ preventScroll: true });
      // Nowhere to go back to (the reader clicked into the sidebar): leave the focus where the browser puts it.
    },
    stop() {
      host.removeEventListener('focusin', onFocusIn);
    },
  };
}
