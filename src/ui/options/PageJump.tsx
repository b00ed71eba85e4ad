import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../i18n';
import { pageFromField } from './glossary-pages';

/**
 * The pager's "Pagina [n] van N" field: the reader types a page's number and presses Enter (or Go)
 * to turn there, within the pages there are; a field left without a number stays on the page.
 * Typing turns nothing: the arrow keys of a number field change the number, not yet the page. A
 * number left unused (the focus leaves the field and its Go) gives way to the page shown again.
 */
export function PageJump({
  id,
  describedBy,
  index,
  count,
  t,
  number,
  onJump,
}: {
  id: string;
  /** The pager's range, which describes Go as it does the pager's other buttons. */
  describedBy: string;
  index: number;
  count: number;
  t: Translator;
  number: Intl.NumberFormat;
  /** `outside`: the number typed was not one of the pages (99 of 3, 0), so `index` is the nearest. */
  onJump(index: number, outside: boolean): void;
}) {
  /** What the reader typed, until it is used; the page shown otherwise. */
  const [draft, setDraft] = useState<string | null>(null);
  // Turned to another page some other way (a button, the other pager): the field shows that page.
  useEffect(() => setDraft(null), [index, count]);
  return (
    <form
      class="kl-page-jump"
      // Kept within the pages here, not refused by the browser (its bubble says only the limits).
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const asked = draft === null ? null : pageFromField(draft, count);
        setDraft(null);
        onJump(asked?.index ?? index, asked?.outside ?? false);
      }}
      // Left without Enter or Go (after the arrow keys, say): the field says the page shown again,
      // not a number the table does not show. Moving between the field and Go keeps the number.
      onFocusOut={(e) => {
        const to = e.relatedTarget;
        if (!(to instanceof Node && e.currentTarget.contains(to))) setDraft(null);
      }}
    >
      <label for={id}>{t('glossaryPageField')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={count}
        step={1}
        value={draft ?? String(index + 1)}
        aria-describedby={`${id}-of`}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <span id={`${id}-of`}>{t('glossaryPageOf', { count: number.format(count) })}</span>
      <button
        type="submit"
        aria-describedby={describedBy}
        // A click keeps the focus in the field: browsers that do not focus a clicked button
        // (Safari, Firefox on macOS) would otherwise let the number go before Go reads it.
        onMouseDown={(e) => e.preventDefault()}
      >
        {t('glossaryPageGo')}
      </button>
    </form>
  );
}
