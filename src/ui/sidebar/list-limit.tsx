import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../../i18n';

/** Items a list shows before its "show all" button (a few screens of the sidebar). */
export const LIST_LIMIT = 30;

/**
 * A long list shows its first thirty items and a button for the rest. A megabyte paper has
 * thousands of timeline entries and citations: rendering them all would hold the page's main
 * thread for a long task, and every change to the document makes the browser re-check all of the
 * paper's highlights, so the sidebar does not keep adding items in the background either. The
 * reader asks for the rest; focus then goes to the first item that was hidden.
 * `list` is the element whose children are the items.
 */
export function useListLimit(
  total: number,
  list: RefObject<HTMLElement>,
): { limit: number; showAll: (() => void) | null } {
  const [all, setAll] = useState(false);
  const focusFrom = useRef<number | null>(null);
  useLayoutEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    const item = list.current?.children[from];
    const target = item?.matches('button, a[href]') ? item : item?.querySelector('button, a[href]');
    (target as HTMLElement | null | undefined)?.focus();
  }, [all, list]);
  if (all || total <= LIST_LIMIT) return { limit: total, showAll: null };
  return {
    limit: LIST_LIMIT,
    showAll: () => {
      focusFrom.current = LIST_LIMIT;
      setAll(true);
    },
  };
}

/** The button under a shortened list. */
export function ShowAllButton({ total, onClick, t }: { total: number; onClick: () => void; t: Translator }) {
  return (
    <button type="button" class="kl-show-all" onClick={onClick}>
      {t('showAll', { count: total })}
    </button>
  );
}
