/**
 * The pages' interface strings in a language the content script does not carry. It has the Dutch
 * table built in (every reader with a Dutch interface, the default, needs nothing more); the English
 * one (1.2 KB of the script's 40 KB gzip budget) is asked of the background once, when the interface
 * is English, before the reader shows anything in it. Until it is here, and if it cannot be had (an
 * extension updated under the page), the interface reads in Dutch rather than not at all.
 */
import { registerMessages, type Language } from '../i18n';
import { nl, type PageMessageKey, type PageMessages } from '../i18n/messages';
import { sendToBackground } from '../messaging/runtime';

/** Asks the background for one language's table (replaceable in tests). */
export type AskStrings = (language: Language) => Promise<unknown>;

const askBackground: AskStrings = (language) => sendToBackground({ type: 'page-strings', language });

const loaded = new Map<Language, Promise<void>>([['nl', Promise.resolve()]]);

/**
 * Resolves once `language`'s strings are registered (at once for Dutch, or once asked before);
 * never rejects. A failed request is forgotten, so the next language change asks again.
 */
export function loadInterfaceStrings(language: Language, ask: AskStrings = askBackground): Promise<void> {
  let done = loaded.get(language);
  if (!done) {
    // An ask that throws at once (no extension context left) fails as a rejected one does.
    done = new Promise((resolve) => resolve(ask(language))).then(
      (answer) => {
        const table = stringsFrom(answer);
        if (table) registerMessages(language === 'en' ? { nl: {}, en: table } : { nl: table, en: {} });
        else loaded.delete(language);
      },
      () => void loaded.delete(language),
    );
    loaded.set(language, done);
  }
  return done;
}

/**
 * How a view (the sidebar, the popover) follows the language setting: `show` gets a chosen language
 * only once its strings are registered, and the view keeps the language it has meanwhile. Drawn in
 * the new language before, a popover read the keys not yet here in Dutch beside its dates in English.
 * The last choice wins: an earlier one whose strings arrive later is not shown.
 */
export function followLanguage(
  show: (language: Language) => void,
  load: (language: Language) => Promise<void> = loadInterfaceStrings,
): (chosen: Language) => void {
  let latest: Language | null = null;
  return (chosen) => {
    latest = chosen;
    void load(chosen).then(() => {
      if (latest === chosen) show(chosen);
    });
  };
}

/** Only the known keys with string values: an answer is the background's, still checked as any message is. */
function stringsFrom(answer: unknown): Partial<PageMessages> | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const table: Partial<Record<PageMessageKey, string>> = {};
  let found = false;
  for (const key of Object.keys(nl) as PageMessageKey[]) {
    const value = (answer as Record<string, unknown>)[key];
    if (typeof value === 'string') {
      table[key] = value;
      found = true;
    }
  }
  return found ? table : null;
}

/** Forgets what was asked (tests: each starts as a content script does). The tables stay registered. */
export function forgetInterfaceStrings(): void {
  for (const language of loaded.keys()) if (language !== 'nl') loaded.delete(language);
}
