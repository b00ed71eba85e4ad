import type { ComponentChildren, RefObject } from 'preact';
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../../i18n';
import { FIRST_ENTRIES, StagingContext } from './staging';

/** Items a list shows before its "show all" button (a few screens of the sidebar). */
export const LIST_LIMIT = 30;

/**
 * A long list shows its first thirty items and a button for the rest. A megabyte paper has
 * thousands of timeline entries and citations: rendering them all would hold the page's main
 * thread for a long task, and every change to the document makes the browser re-check all of the
 * paper's highlights, so the sidebar does not keep adding items in the background either. The
 * reader asks for the rest; focus then goes to the first item that was hidden.
 * `list` is the element whose children are the items; `max` how many show at first. `staged`: in
 * the sidebar's staged first render (`StagingContext`), the list starts with what the turn has room
 * for and grows turn by turn up to `max`; `weight` says how many entries its i-th item counts for.
 */
export function useListLimit(
  total: number,
  list: RefObject<HTMLElement>,
  { max = LIST_LIMIT, staged = false, weight }: ListLimitOptions = {},
): { limit: number; showAll: (() => void) | null } {
  const [all, setAll] = useState(false);
  const focusFrom = useRef<number | null>(null);
  const staging = useContext(StagingContext);
  const stagedNow = staged && staging?.active() ? staging : null;
  /** How many the list shows before its "show all" button. */
  const firstShown = Math.min(total, max);
  // How many are rendered while the list grows (at most `max`); decided once, when the list appears.
  const [grown, setGrown] = useState(() =>
    stagedNow ? stagedNow.take(firstShown, FIRST_ENTRIES, weight) : max,
  );
  const shownNow = Math.min(grown, firstShown);
  useLayoutEffect(() => {
    if (!stagedNow || all || shownNow >= firstShown) return;
    return stagedNow.queue.add(
      () => {
        const more = stagedNow.take(firstShown - shownNow, 1, (i) => weight?.(shownNow + i) ?? 1);
        setGrown(shownNow + more);
      },
      { grow: true },
    );
  }, [shownNow, total, all]);
  useLayoutEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    const item = list.current?.children[from];
    const target = item?.matches('button, a[href]') ? item : item?.querySelector('button, a[href]');
    (target as HTMLElement | null | undefined)?.focus();
  }, [all, list]);
  if (all || total <= max) return { limit: all ? total : shownNow, showAll: null };
  return {
    limit: shownNow,
    showAll: () => {
      focusFrom.current = shownNow;
      setAll(true);
    },
  };
}

export interface ListLimitOptions {
  /** Items shown before the "show all" button. */
  max?: number;
  /** Grows turn by turn in the sidebar's staged first render. */
  staged?: boolean;
  /** Entries the i-th item counts for in a turn (a group of several entries); 1 each when absent. */
  weight?: (i: number) => number;
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
  staged = true,
  t,
  children: render,
}: {
  items: readonly T[];
  /** An `ol` (the order means something), else a `ul`. */
  ordered?: boolean;
  class: string;
  /** Grows turn by turn in the sidebar's staged first render (false: the list inside a group that is paced itself). */
  staged?: boolean;
  t: Translator;
  children: (item: T) => ComponentChildren;
}) {
  const listRef = useRef<HTMLOListElement & HTMLUListElement>(null);
  const { limit, showAll } = useListLimit(items.length, listRef, { staged });
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
