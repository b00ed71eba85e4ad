import type { MessageKey } from './messages';

export type { MessageKey } from './messages';

/** A language the interface is written in. */
export type Language = 'nl' | 'en';

/** The language setting: a fixed language, or `auto` to follow the browser. */
export type LanguageSetting = 'auto' | Language;

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** Strings for some keys, per language: a table a context adds with `registerMessages`. */
export type MessageTables = Readonly<Record<Language, Readonly<Partial<Record<MessageKey, string>>>>>;

// No table is built in: each context registers the ones it shows (the options page, the popup and the
// background theirs and the pages'), so the content script carries no strings at all. It asks the
// background for the pages' tables as it starts (`src/reader/interface-strings.ts`): the two cost 3 KB of
// its 40 KB gzip budget. A key missing in English reads in Dutch. Copies: the exported tables stay as they are.
const TABLES: Record<Language, Partial<Record<MessageKey, string>>> = { nl: {}, en: {} };

/**
 * Adds a table of strings to this context (the options page registers its own at its start).
 * Later registrations win for the same key; registering the same table twice changes nothing.
 */
export function registerMessages(tables: MessageTables): void {
  for (const lang of LANGUAGES) Object.assign(TABLES[lang], tables[lang]);
}

/**
 * The interface language for a setting. `auto` follows the browser, and is Dutch unless the
 * browser speaks English: the papers themselves are Dutch, so a reader with a German or French
 * browser is better served by the Dutch terms the paper uses than by a mix.
 */
export function resolveLanguage(
  setting: LanguageSetting | null | undefined,
  browserLocale?: string | null,
): Language {
  if (setting === 'nl' || setting === 'en') return setting;
  return /^en\b/i.test((browserLocale ?? '').trim()) ? 'en' : 'nl';
}

/**
 * The reader's language as the browser tells it (`navigator.language`), or ''. Every context asks this
 * one function (content script, popup, options), so the sidebar and the popup agree: the extension API's
 * `i18n.getUILanguage()` is the language of the browser's own menus, which in Firefox can differ
 * (an English Firefox whose reader asks pages for Dutch); the language asked of pages is the better
 * guess at the language the reader reads papers in.
 */
export function browserLocale(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return typeof nav?.language === 'string' ? nav.language : '';
}

/**
 * The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. Unknown
 * placeholders stay visible, and so does the key of a table this context never registered
 * (a bug to see, not a blank).
 */
export function translate(
  lang: Language,
  key: MessageKey,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const template = TABLES[lang][key] ?? TABLES.nl[key] ?? key;
  if (!vars) return template;
  // One linear pass over the template; placeholder names are short word characters.
  return template.replace(/\{(\w{1,32})\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export type Translator = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A `t` bound to one language: what components use, with the language from their props. */
export function translator(lang: Language): Translator {
  return (key, vars) => translate(lang, key, vars);
}

// The context-wide language for code without a language prop (the popup, the content script's
// own messages). Starts from the browser locale; `setLanguageSetting` applies the stored setting.
let current: Language = resolveLanguage('auto', browserLocale());

/** Applies the language setting (`auto` | `nl` | `en`) for `t` in this context; returns the language chosen. */
export function setLanguageSetting(setting: LanguageSetting, locale: string = browserLocale()): Language {
  current = resolveLanguage(setting, locale);
  return current;
}

/** The language `t` currently uses. */
export function currentLanguage(): Language {
  return current;
}

/** The string for `key` in the current language (see `setLanguageSetting`). */
export function t(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string {
  return translate(current, key, vars);
}
