import { useMemo, useRef, useState } from 'preact/hooks';
import {
  translator,
  type Language,
  type LanguageSetting,
  type MessageKey,
  type Translator,
} from '../../i18n';
import { markedWords } from '../marked-words';
import { GlossaryEditor } from './GlossaryEditor';
import { isStorageFull, type UserGlossaryEntry } from './glossary-edit';

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
   * Stores a change; rejects when storage fails, after the page has been drawn again with what is
   * stored (so it never shows a change that was not kept, and its alert says what is stored).
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

/** Each language setting's label, as its radio button shows it. */
const LANGUAGE_LABELS = Object.fromEntries(LANGUAGES.map(([value, label]) => [value, label])) as Readonly<
  Record<LanguageSetting, MessageKey>
>;

/** A change of one setting, as the reader made it: what a failure to store it has to name. */
type SettingChange =
  | { kind: 'switch'; label: MessageKey; on: boolean; stored(values: OptionsValues): boolean }
  | { kind: 'language'; value: LanguageSetting };

/**
 * Why storing `change` failed, in words that name the setting and the way it was switched, what
 * the storage said (full, or try again), and what the page shows now that it is drawn again from
 * storage: `stored` are the values after that, `t` their language (a language that was not stored
 * is not the one to say so in).
 */
export function describeSettingFailure(
  change: SettingChange,
  error: unknown,
  stored: OptionsValues,
  t: Translator,
): string {
  const failed =
    change.kind === 'switch'
      ? t(change.on ? 'optionsTurnOnFailed' : 'optionsTurnOffFailed', { setting: t(change.label) })
      : t('optionsLanguageFailed', { choice: t(LANGUAGE_LABELS[change.value]) });
  // What storage holds, when it is not what the reader asked for (the control shows it again).
  let still: string | null = null;
  if (change.kind === 'switch') {
    const on = change.stored(stored);
    if (on !== change.on) still = t(on ? 'optionsStillOn' : 'optionsStillOff');
  } else if (stored.language !== change.value) {
    still = t('optionsLanguageStill', { choice: t(LANGUAGE_LABELS[stored.language]) });
  }
  const why = t(isStorageFull(error) ? 'optionsStorageFull' : 'optionsTryAgain');
  return still ? `${failed} ${still} ${why}` : `${failed} ${why}`;
}

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
  // The values and language of the latest render: when storing a change fails, the page has been
  // drawn again from storage by the time the promise rejects, and the message says what it shows.
  const latest = useRef({ values, t });
  latest.current = { values, t };
  /** A failure shown takes away the last success said (a "Saved." next to it would contradict it). */
  const fail = (message: string) => {
    if (message) setStatus('');
    setFailure(message);
  };
  /**
   * Stores `patch`; once stored, says `done` in the language of the page as drawn by then (a
   * language just chosen is the one to confirm it in).
   */
  const save = (patch: Partial<OptionsValues>, done: (t: Translator) => string, change: SettingChange) => {
    onChange(patch).then(
      () => {
        setStatus(done(latest.current.t));
        setFailure('');
      },
      (error: unknown) =>
        fail(describeSettingFailure(change, error, latest.current.values, latest.current.t)),
    );
  };
  const onOff = (label: MessageKey, on: boolean) => (tr: Translator) =>
    tr(on ? 'optionsOn' : 'optionsOff', { setting: tr(label) });
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
                    save({ categories: { ...values.categories, [key]: on } }, onOff(labelKey, on), {
                      kind: 'switch',
                      label: labelKey,
                      on,
                      stored: (v) => v.categories[key],
                    });
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
                save({ titleLookups: on }, onOff('optionsLookups', on), {
                  kind: 'switch',
                  label: 'optionsLookups',
                  on,
                  stored: (v) => v.titleLookups,
                });
              }}
            />
            {t('optionsLookups')}
          </label>
        </p>
        <p id="kl-opt-lookups-hint" class="kl-hint">
          {markedWords(t('optionsLookupsHint'))}
        </p>
      </section>

      {/* One name for the choice, said once: the heading is the group's legend. It was a region named by the
          heading and a group named by a hidden copy of it, "Language" three times for a screen reader. Native
          fieldset and legend rather than a heading and a role=radiogroup it names (aria-labelledby): the same one
          name, with no ARIA to keep in step (tests/e2e/options.test.ts reads Chromium's accessibility tree). */}
      <fieldset class="kl-radios">
        <legend>
          <h2>{t('optionsLanguageHeading')}</h2>
        </legend>
        {LANGUAGES.map(([value, labelKey, lang]) => (
          <label key={value}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={values.language === value}
              onChange={() =>
                save({ language: value }, (tr) => tr('optionsSaved'), { kind: 'language', value })
              }
            />
            <span lang={lang}>{t(labelKey)}</span>
          </label>
        ))}
      </fieldset>

      <GlossaryEditor
        language={language}
        t={t}
        entries={glossary}
        onChange={onGlossaryChange}
        announce={setStatus}
        alert={fail}
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
