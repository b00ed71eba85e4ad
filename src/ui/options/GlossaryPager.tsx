import type { Translator } from '../../i18n';
import type { GlossaryPage } from './glossary-pages';
import { PageJump } from './PageJump';

/**
 * The glossary table's pager: First, Previous, which rows, Next, Last, and a field to type a page's
 * number in. Drawn above the table and, for a list of more than one page, again below it (`below`),
 * each a group of its own name.
 */
export function GlossaryPager({
  below,
  view,
  range,
  t,
  number,
  onTurn,
  onJump,
}: {
  below: boolean;
  /** The page shown. */
  view: GlossaryPage;
  /** Which rows the page shows, in words ('Rijen 101–200 van 5.000'). */
  range: string;
  t: Translator;
  number: Intl.NumberFormat;
  /** Turns to page `index` (a button of the pager). */
  onTurn(index: number): void;
  /** Turns to the page typed in the field (see `PageJump`). */
  onJump(index: number, outside: boolean): void;
}) {
  const rangeId = below ? 'kl-glossary-range-below' : 'kl-glossary-range';
  const paged = view.count > 1;
  const atFirst = view.index === 0;
  const atLast = view.index === view.count - 1;
  const pageButton = (label: string, index: number, off: boolean) => (
    <button
      type="button"
      // Not `disabled`: a button that is pressed to the last page keeps the focus.
      aria-disabled={off ? 'true' : undefined}
      aria-describedby={rangeId}
      onClick={() => {
        if (!off) onTurn(index);
      }}
    >
      {label}
    </button>
  );
  return (
    <div class="kl-pager" role="group" aria-label={t(below ? 'glossaryPagesBelow' : 'glossaryPages')}>
      {paged ? pageButton(t('glossaryFirst'), 0, atFirst) : null}
      {paged ? pageButton(t('glossaryPrevious'), view.index - 1, atFirst) : null}
      <p id={rangeId}>{range}</p>
      {paged ? pageButton(t('glossaryNext'), view.index + 1, atLast) : null}
      {paged ? pageButton(t('glossaryLast'), view.count - 1, atLast) : null}
      {paged ? (
        <PageJump
          id={below ? 'kl-glossary-page-below' : 'kl-glossary-page'}
          describedBy={rangeId}
          index={view.index}
          count={view.count}
          t={t}
          number={number}
          onJump={onJump}
        />
      ) : null}
    </div>
  );
}
