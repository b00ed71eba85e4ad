import { focusElement } from './focus-in-text';

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
      // Nowhere to go back to (the reader clicked into the sidebar): the focus goes where the browser puts it.
      // `focusElement`: text a jump focused (`focus-in-text.ts`) lost its `tabindex` when the focus came here.
      if (host.ownerDocument.activeElement === host && back?.isConnected) focusElement(back);
    },
    stop: () => host.removeEventListener('focusin', onFocusIn),
  };
}
