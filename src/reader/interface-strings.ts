/**
 * The pages' interface strings. The content script carries none (the two tables would be 3 KB of its
 * 40 KB gzip budget): it asks the background for the Dutch table as it starts, before it reads the page,
 * and for the English one when the interface is English, and shows nothing before the strings of its
 * language are here (the settings wait for them; see `start-reader.ts`). A key missing in English reads in
 * Dutch. Whatever the background cannot answer is asked again at the next language change.
 */
import { registerMessages, type Language } from '../i18n';
import type { PageMessages } from '../i18n/messages';
import { sendToBackground } from '../messaging/runtime';
import { createAskOnce } from './ask-once';

/** Asks the background for one language's table (replaceable in tests). */
export type AskStrings = (language: Language) => Promise<unknown>;

/** The background's table for `language`. */
export const askStrings: AskStrings = (language) => sendToBackground({ type: 'page-strings', language });

const asked = createAskOnce<Language>();

/**
 * Resolves once `language`'s strings are registered (at once when asked before); never rejects. A
 * failed request is forgotten, so the next language change asks again.
 */
export function loadInterfaceStrings(language: Language, ask: AskStrings = askStrings): Promise<void> {
  return asked.load(
    language,
    () => ask(language),
    (answer) => {
      const table = stringsFrom(answer);
      if (table) registerMessages(language === 'en' ? { nl: {}, en: table } : { nl: table, en: {} });
      return table !== null;
    },
  );
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

/**
 * The answer's string values, or null when it has none. It is the background's, still checked as any
 * message is; a key the pages never read is harmless (`translate` looks up by key).
 */
function stringsFrom(answer: unknown): Partial<PageMessages> | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const table: Record<string, string> = {};
  let found = false;
  for (const [key, value] of Object.entries(answer)) {
    if (typeof value === 'string') {
      table[key] = value;
      found = true;
    }
  }
  return found ? (table as Partial<PageMessages>) : null;
}

/** Forgets what was asked (tests: each starts as a content script does). The tables stay registered. */
export const forgetInterfaceStrings = (): void => asked.forget();
