import { POPOVER_HOST_TAG } from './host-element';

/**
 * Gives the keyboard focus to the text a sidebar entry led to (a heading, a footnote), as following a
 * link in a table of contents does: Tab then goes on from there, and a screen reader reads on from
 * there, instead of both staying in the sidebar. Text cannot take focus, so its element is made
 * focusable (`tabindex="-1"`: reachable by script only, never a Tab stop) for as long as the focus is
 * on it or in our popover (`]` from here opens one, and Escape gives the focus back here). The
 * attribute goes as soon as the focus lands anywhere else (the page, the sidebar, nowhere) and when
 * the next jump is made: one element at most carries it. An element the page made focusable itself is
 * used as it is.
 */
export function focusTextAt(range: Range): void {
  const start = range.startContainer;
  // Not `instanceof HTMLElement`: the page's nodes may come from another global (a frame, Firefox's Xrays).
  // Already in view: the jump scrolled it there, centred.
  focusElement((start.nodeType === 1 ? start : start.parentElement) as HTMLElement | null);
}

/**
 * Gives the focus to an element of the page without scrolling, made focusable the way `focusTextAt` does
 * when it is not by itself: also to go back to text a jump focused before, whose `tabindex` went when the
 * focus left it (the sidebar closing gives the focus back to it).
 */
export function focusElement(target: HTMLElement | null): void {
  if (typeof target?.focus !== 'function') return;
  releaseTextFocus();
  // `tabIndex` is 0 for what takes the focus by itself (a link, a button, a field), -1 for the rest.
  if (!target.hasAttribute('tabindex') && target.tabIndex < 0) holdFocusable(target);
  target.focus({ preventScroll: true });
}

/** Takes the `tabindex` away from the element the last jump made focusable, if it still has it. */
export function releaseTextFocus(): void {
  held?.();
}

let held: (() => void) | null = null;

function holdFocusable(target: HTMLElement): void {
  const doc = target.ownerDocument;
  const keeps = (el: EventTarget | null): boolean => el === target || isPopover(el);
  // `focusin` on the document sees a move into a shadow tree as a move to its host.
  const onFocusIn = (e: Event): void => {
    if (!keeps(e.target)) release();
  };
  // The focus leaving for nowhere (a click on the page's text, a popover closed by it) fires no focusin.
  const onFocusOut = (e: Event): void => {
    if ((e as FocusEvent).relatedTarget) return;
    setTimeout(() => {
      if (!keeps(doc.activeElement)) release();
    }, 0);
  };
  const release = (): void => {
    target.removeAttribute('tabindex');
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('focusout', onFocusOut, true);
    if (held === release) held = null;
  };
  target.setAttribute('tabindex', '-1');
  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('focusout', onFocusOut, true);
  held = release;
}

/** Kamerlens's popover host, which gives the focus back here when it closes with Escape. */
function isPopover(el: EventTarget | null): boolean {
  return (el as Element | null)?.localName === POPOVER_HOST_TAG;
}
