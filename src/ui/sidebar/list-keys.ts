import type { JSX, RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
const ENTRY = 'button[data-entry]';

/**
 * Arrow keys, Home and End move between the entry buttons (`[data-entry]`) of one section, across
 * its groups (the timeline's periods, the citations' dossiers), so a keyboard reader goes through a
 * long list without tabbing past every entry (see `useOneTabStop`).
 */
export function moveFocusInList(event: JSX.TargetedKeyboardEvent<HTMLElement>): void {
  if (!KEYS.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(ENTRY));
  if (!buttons.length) return;
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
  // On the section's other controls (exports, "show all") the keys keep their own meaning.
  if (index < 0) return;
  let next: number;
  if (event.key === 'ArrowDown') next = Math.min(buttons.length - 1, index + 1);
  else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
  else if (event.key === 'Home') next = 0;
  else next = buttons.length - 1;
  event.preventDefault();
  buttons[next]?.focus();
}

/**
 * One Tab stop for all the entries in `scope` (a roving tabindex): the entry last focused there, else
 * the first; the others are reached with the arrow keys. A sidebar of a three-page letter had 48 Tab
 * stops, and a keyboard reader had to pass them all to get from one section to the next. Entries come
 * and go (the filter, "show all", a new reading), so the stop is set again whenever they change.
 */
export function useOneTabStop(scope: RefObject<HTMLElement>): void {
  useLayoutEffect(() => {
    const el = scope.current;
    if (!el) return;
    let current: HTMLElement | null = null;
    const apply = () => {
      const entries = Array.from(el.querySelectorAll<HTMLElement>(ENTRY));
      if (!current || !entries.includes(current)) current = entries[0] ?? null;
      for (const entry of entries) {
        const index = entry === current ? 0 : -1;
        if (entry.tabIndex !== index) entry.tabIndex = index;
      }
    };
    const onFocusIn = (event: Event) => {
      const target = (event.target as Element | null)?.closest?.(ENTRY) as HTMLElement | null | undefined;
      if (!target || target === current) return;
      current = target;
      apply();
    };
    apply();
    // The entries are rendered by the section's children (lists that show more, filtered groups).
    const View = el.ownerDocument.defaultView;
    const observer = new (View?.MutationObserver ?? MutationObserver)(apply);
    observer.observe(el, { childList: true, subtree: true });
    el.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      el.removeEventListener('focusin', onFocusIn);
    };
  }, [scope]);
}
