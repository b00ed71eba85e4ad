import { useMemo, useState } from 'preact/hooks';
import { translator, type Language, type LanguageSetting, type MessageKey } from '../../i18n';
import { GlossaryEditor } from './GlossaryEditor';
import type { UserGlossaryEntry } from './glossary-edit';

/** The settings the options page edits (the shape of the stored settings). */
export interface OptionsValues {
  categories: { acronyms: boolean; citations: boolean; dates: boolean; outline: boolean };
  titleLookups: boolean;
  language: LanguageSetting;
}

export interface OptionsPageProps {
  /** The interface language (the setting resolved against the browser). */
  language: Language;
  values: OptionsValues;
  /**
   * Stores a change; rejects when storage fails (and the page is then drawn again with what is
   * stored, so it never shows a change that was not kept).
   */
  onChange(patch: Partial<OptionsValues>): Promise<void>;
  glossary: readonly UserGlossaryEntry[];
  /** Stores the glossary; rejects as `onChange` does (a `reason` of `quota` or `too-many` is told apart). */
  onGlossaryChange(entries: UserGlossaryEntry[]): Promise<void>;
}

type CategoryKey = keyof OptionsValues['categories'];

const CATEGORIES: ReadonlyArray<[CategoryKey, MessageKey]> = [
  ['acronyms', 'optionsCategoryAcronyms'],
  ['citations', 'optionsCategoryCitations'],
  ['dates', 'optionsCategoryDates'],
  ['outline', 'optionsCategoryOutline'],
];

const LANGUAGES: ReadonlyArray<[LanguageSetting, MessageKey, string | undefined]> = [
  ['auto', 'optionsLanguageAuto', undefined],
  ['nl', 'optionsLanguageNl', 'nl'],
  ['en', 'optionsLanguageEn', 'en'],
];

/**
 * The options page: what Kamerlens marks and lists, title lookups, the interface language and
 * the reader's own glossary. Every change is stored at once (open tabs follow through their
 * settings watchers) and announced politely. A change that could not be stored is said where
 * everyone sees it, in an alert kept in view at the bottom of the window.
 */
export function OptionsPage({ language, values, onChange, glossary, onGlossaryChange }: OptionsPageProps) {
  // One translator per language: the glossary's rows are drawn again only when it changes.
  const t = useMemo(() => translator(language), [language]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const save = (patch: Partial<OptionsValues>, done: string) => {
    onChange(patch).then(
      () => {
        setStatus(done);
        setFailure('');
      },
      () => setFailure(t('optionsSaveFailed')),
    );
  };
  const onOff = (label: string, on: boolean) => t(on ? 'optionsOn' : 'optionsOff', { setting: label });
  return (
    <main class="kl-options" lang={language}>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>

      <section aria-labelledby="kl-opt-categories">
        <h2 id="kl-opt-categories">{t('optionsCategoriesHeading')}</h2>
        <ul class="kl-checks">
          {CATEGORIES.map(([key, labelKey]) => (
            <li key={key}>
              <label>
                <input
                  type="checkbox"
                  name={`category-${key}`}
                  checked={values.categories[key]}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    save({ categories: { ...values.categories, [key]: on } }, onOff(t(labelKey), on));
                  }}
                />
                {t(labelKey)}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kl-opt-lookups">
        <h2 id="kl-opt-lookups">{t('optionsLookupsHeading')}</h2>
        <p class="kl-check">
          <label>
            <input
              type="checkbox"
              name="titleLookups"
              checked={values.titleLookups}
              aria-describedby="kl-opt-lookups-hint"
              onChange={(e) => {
                const on = e.currentTarget.checked;
                save({ titleLookups: on }, onOff(t('optionsLookups'), on));
              }}
            />
            {t('optionsLookups')}
          </label>
        </p>
        <p id="kl-opt-lookups-hint" class="kl-hint">
          {t('optionsLookupsHint')}
        </p>
      </section>

      <section aria-labelledby="kl-opt-language">
        <h2 id="kl-opt-language">{t('optionsLanguageHeading')}</h2>
        <fieldset class="kl-radios">
          <legend class="kl-visually-hidden">{t('optionsLanguageHeading')}</legend>
          {LANGUAGES.map(([value, labelKey, lang]) => (
            <label key={value}>
              <input
                type="radio"
                name="language"
                value={value}
                checked={values.language === value}
                onChange={() => save({ language: value }, t('optionsSaved'))}
              />
              <span lang={lang}>{t(labelKey)}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <GlossaryEditor
        language={language}
        t={t}
        entries={glossary}
        onChange={onGlossaryChange}
        announce={setStatus}
        alert={setFailure}
      />

      <p class="kl-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {failure ? (
        <p class="kl-save-failure" role="alert">
          {failure}
        </p>
      ) : null}
    </main>
  );
}
