/** The kinds of findings painted in the page, one CSS highlight (or mark class) each. */
export type HighlightCategory = 'acronym' | 'citation' | 'date';

export const HIGHLIGHT_CATEGORIES: readonly HighlightCategory[] = ['acronym', 'citation', 'date'];

/** `CSS.highlights` names, also used in `::highlight()` selectors. Prefixed so no page name clashes. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightCategory, string>> = {
  acronym: 'kamerlens-acronym',
  citation: 'kamerlens-citation',
  date: 'kamerlens-date',
};

/** The finding the reader stepped to (keyboard) or whose popover is open. */
export const CURRENT_HIGHLIGHT = 'kamerlens-current';

/** The short flash after a sidebar jump (see `src/reader/reveal.ts`). */
export const FLASH_HIGHLIGHT = 'kamerlens-flash';
