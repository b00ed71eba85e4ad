import { memo } from 'preact/compat';
import type { Translator } from '../../i18n';
import type { UserGlossaryEntry } from './glossary-edit';

/** What a row's controls do; one object for all rows, so a row's props change only with its entry. */
export interface RowActions {
  toggle(entry: UserGlossaryEntry, on: boolean): void;
  edit(entry: UserGlossaryEntry): void;
  remove(entry: UserGlossaryEntry): void;
}

/** One entry of the table; drawn again only when its entry (or the language) changes. */
export const GlossaryRow = memo(function GlossaryRow({
  entry: e,
  t,
  actions,
}: {
  entry: UserGlossaryEntry;
  t: Translator;
  actions: RowActions;
}) {
  return (
    <tr data-abbr={e.abbr} class={e.disabled ? 'kl-disabled' : undefined}>
      {/* Focusable from script only: a row just added is shown and focused (its header). */}
      <th scope="row" lang="nl" tabIndex={-1}>
        {e.abbr}
      </th>
      <td lang="nl">
        {e.expansion}
        {e.explanation ? <span class="kl-hint">{e.explanation}</span> : null}
      </td>
      {/* Its column's name, shown beside the box when the rows are stacked (a narrow window). */}
      <td class="kl-row-on" data-label={t('glossaryEnabledColumn')}>
        <input
          type="checkbox"
          aria-label={t('glossaryEnable', { abbr: e.abbr })}
          checked={!e.disabled}
          onChange={(ev) => actions.toggle(e, ev.currentTarget.checked)}
        />
      </td>
      <td class="kl-row-actions">
        <button
          type="button"
          data-action="edit"
          aria-label={t('glossaryEditLabel', { abbr: e.abbr })}
          onClick={() => actions.edit(e)}
        >
          {t('glossaryEdit')}
        </button>
        <button
          type="button"
          data-action="delete"
          aria-label={t('glossaryDeleteLabel', { abbr: e.abbr })}
          onClick={() => actions.remove(e)}
        >
          {t('glossaryDelete')}
        </button>
      </td>
    </tr>
  );
});
