/**
 * Gives the keyboard focus to the text a sidebar entry led to (a heading, a footnote), as following a
 * link in a table of contents does: Tab then goes on from there, and a screen reader reads on from
 * there, instead of both staying in the sidebar. Text cannot take focus, so its element is made
 * focusable (`tabindex="-1"`: reachable by script only, never a Tab stop) for as long as it has the
 * focus; the attribute goes when the focus leaves for the page, and stays while it is in a popover of
 * ours (`]` from here opens one, and Escape gives the focus back here). An element the page made
 * focusable itself is used as it is.
 */
export function focusTextAt(range: Range): void {
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  // Not `instanceof HTMLElement`: the page's nodes may come from another global (a frame, Firefox's Xrays).
  const target = el as HTMLElement | null;
  if (typeof target?.focus !== 'function') return;
  if (!target.hasAttribute('tabindex') && !isFocusable(target)) {
    target.setAttribute('tabindex', '-1');
    const onBlur = (e: FocusEvent): void => {
      if (isOurs(e.relatedTarget)) return;
      target.removeAttribute('tabindex');
      target.removeEventListener('blur', onBlur);
    };
    target.addEventListener('blur', onBlur);
  }
  // Already in view: the jump scrolled it there, centred.
  target.focus({ preventScroll: true });
}

/** Elements that take the focus without a tabindex. */
function isFocusable(el: HTMLElement): boolean {
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) return true;
  return ['button', 'input', 'select', 'textarea', 'summary', 'iframe'].includes(tag);
}

/** Kamerlens's own hosts (`kamerlens-popover`, `kamerlens-root`), where the focus comes back from. */
function isOurs(el: EventTarget | null): boolean {
  return (el as Element | null)?.localName?.startsWith('kamerlens-') ?? false;
}
