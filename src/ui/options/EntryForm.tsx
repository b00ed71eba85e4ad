import type { JSX, RefObject } from 'preact';
import type { Translator } from '../../i18n';
import { markedWords } from '../marked-words';
import { describeError, type DraftCheck, type DraftField, type EntryDraft } from './glossary-edit';

/**
 * The form that adds an entry to the reader's glossary, or edits one (`editing`, its abbreviation): the
 * abbreviation, its long form and an explanation, each field with its error below it, and whether the
 * entry is switched off. What it holds and what is done with it are the editor's (`GlossaryEditor`).
 */
export function EntryForm({
  t,
  draft,
  errors,
  editing,
  formRef,
  onDraft,
  onSubmit,
  onCancel,
}: {
  t: Translator;
  draft: EntryDraft;
  errors: DraftCheck['errors'];
  /** The abbreviation of the entry being edited, or null while adding one. */
  editing: string | null;
  formRef: RefObject<HTMLFormElement>;
  onDraft(draft: EntryDraft): void;
  onSubmit(event: JSX.TargetedEvent<HTMLFormElement>): void;
  onCancel(): void;
}) {
  const field = (name: DraftField) => ({
    id: `kl-glossary-${name}`,
    value: draft[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `kl-glossary-${name}-error` : undefined,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement>) => onDraft({ ...draft, [name]: e.currentTarget.value }),
  });
  const errorText = (name: DraftField) =>
    errors[name] ? (
      <p id={`kl-glossary-${name}-error`} class="kl-error">
        {markedWords(describeError({ code: errors[name], line: null, message: '' }, 'line', t))}
      </p>
    ) : null;
  return (
    <form
      ref={formRef}
      class="kl-glossary-form"
      onSubmit={onSubmit}
      aria-labelledby="kl-glossary-form-heading"
      noValidate
    >
      <h3 id="kl-glossary-form-heading">
        {editing ? t('glossaryEditHeading', { abbr: editing }) : t('glossaryAddHeading')}
      </h3>
      <div class="kl-field">
        <label for="kl-glossary-abbr">{t('glossaryAbbr')}</label>
        <input type="text" autoComplete="off" spellcheck={false} {...field('abbr')} />
        {errorText('abbr')}
      </div>
      <div class="kl-field">
        <label for="kl-glossary-expansion">{t('glossaryExpansion')}</label>
        <input type="text" autoComplete="off" {...field('expansion')} />
        {errorText('expansion')}
      </div>
      <div class="kl-field">
        <label for="kl-glossary-explanation">{t('glossaryExplanation')}</label>
        <input type="text" autoComplete="off" {...field('explanation')} />
        {errorText('explanation')}
      </div>
      <p class="kl-check">
        <label>
          <input
            type="checkbox"
            name="disabled"
            checked={draft.disabled}
            onChange={(e) => onDraft({ ...draft, disabled: e.currentTarget.checked })}
          />
          {t('glossaryDisabled')}
        </label>
      </p>
      <p class="kl-actions">
        <button type="submit" class="kl-primary">
          {editing ? t('glossarySave') : t('glossaryAdd')}
        </button>
        {editing ? (
          <button type="button" onClick={onCancel}>
            {t('glossaryCancel')}
          </button>
        ) : null}
      </p>
    </form>
  );
}
