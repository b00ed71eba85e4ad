import type { ComponentChildren, RefObject } from 'preact';
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
 * `list` is the element whose children are the items; `max` how many show at first.
 */
export function useListLimit(
  total: number,
  list: RefObject<HTMLElement>,
  max = LIST_LIMIT,
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
  if (all || total <= max) return { limit: total, showAll: null };
  return {
    limit: max,
    showAll: () => {
      focusFrom.current = max;
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

/**
 * A list of entries (arrow keys move between them) that shows the first thirty and a button for
 * the rest: what the outline, timeline and acronym sections share.
 */
export function LimitedList<T>({
  items,
  ordered,
  class: className,
  t,
  children: render,
}: {
  items: readonly T[];
  /** An `ol` (the order means something), else a `ul`. */
  ordered?: boolean;
  class: string;
  t: Translator;
  children: (item: T) => ComponentChildren;
}) {
  const listRef = useRef<HTMLOListElement & HTMLUListElement>(null);
  const { limit, showAll } = useListLimit(items.length, listRef);
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List class={className} ref={listRef}>
        {items.slice(0, limit).map(render)}
      </List>
      {showAll ? <ShowAllButton total={items.length} onClick={showAll} t={t} /> : null}
    </>
  );
}
