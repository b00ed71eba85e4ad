import { parseUserGlossaryJson, type UserGlossaryEntry } from '../core/acronyms/user-glossary';
import { defineStorageItem } from './storage-item';

/**
 * The reader's own glossary (`userGlossary` in `storage.local`): an array of user entries, edited
 * on the options page and read by the background for every paper. Stored as plain entries; every
 * read goes through the same validation as an imported file, so a hand-edited or older value never
 * breaks a page.
 */

export const USER_GLOSSARY_VERSION = 1;

const userGlossary = defineStorageItem<UserGlossaryEntry[]>('userGlossary', {
  fallback: [],
  version: USER_GLOSSARY_VERSION,
});

/** A stored value of any shape made into valid entries: invalid ones and duplicates are dropped. */
export function normalizeUserGlossary(raw: unknown): UserGlossaryEntry[] {
  if (!Array.isArray(raw)) return [];
  return parseUserGlossaryJson(JSON.stringify(raw)).entries;
}

export async function loadUserGlossary(): Promise<UserGlossaryEntry[]> {
  return normalizeUserGlossary(await userGlossary.getValue());
}

export async function saveUserGlossary(entries: readonly UserGlossaryEntry[]): Promise<void> {
  await userGlossary.setValue(normalizeUserGlossary(entries));
}

/** Calls `cb` with the entries whenever they change (options page, another tab); returns the stop. */
export function watchUserGlossary(cb: (entries: UserGlossaryEntry[]) => void): () => void {
  return userGlossary.watch((value) => cb(normalizeUserGlossary(value)));
}

/**
 * The entries as the background keeps them between analyses: read from storage once, and again
 * only after they changed (or when `fresh` asks for it). A storage read is 1–7 ms of every
 * page's first screens otherwise. `fresh`: the page is being analysed again *because* the
 * entries changed; its message may reach the background before the change event does.
 * A failed read is not kept.
 */
export function cachedUserGlossary(
  load: () => Promise<UserGlossaryEntry[]> = loadUserGlossary,
  watch: (cb: () => void) => () => void = watchUserGlossaryChanges,
): (fresh?: boolean) => Promise<UserGlossaryEntry[]> {
  let cached: Promise<UserGlossaryEntry[]> | null = null;
  watch(() => {
    cached = null;
  });
  return (fresh = false) => {
    if (fresh || !cached) {
      const reading = load();
      cached = reading;
      reading.catch(() => {
        if (cached === reading) cached = null;
      });
    }
    return cached;
  };
}

/**
 * Calls `cb` whenever the stored entries change, without reading them: for the content script,
 * which only needs to know that it should have the page analysed again (the background reads
 * and validates the entries), and so does not carry the glossary parser.
 */
export function watchUserGlossaryChanges(cb: () => void): () => void {
  return userGlossary.watch(() => cb());
}
