import {
  MAX_USER_ENTRIES,
  parseUserGlossaryJson,
  type UserGlossaryEntry,
} from '../core/acronyms/user-glossary';
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

/**
 * Why `saveUserGlossary` stored nothing: `too-many` entries (more than `MAX_USER_ENTRIES`), or the
 * browser's storage `quota` is used up (10 MB in Chromium without `unlimitedStorage`, which
 * Kamerlens does not ask for). The options page tells the reader by `reason`.
 */
export class UserGlossarySaveError extends Error {
  constructor(
    readonly reason: 'too-many' | 'quota',
    message: string,
  ) {
    super(message);
    this.name = 'UserGlossarySaveError';
  }
}

/**
 * Stores the entries (invalid ones and duplicates dropped, as on every read). Rejects with a
 * `UserGlossarySaveError`, storing nothing, when there are more than `MAX_USER_ENTRIES` (it never
 * cuts the list short) or when storage is full.
 */
export async function saveUserGlossary(entries: readonly UserGlossaryEntry[]): Promise<void> {
  const parsed = parseUserGlossaryJson(JSON.stringify(entries));
  if (parsed.errors.some((e) => e.code === 'too-many')) {
    throw new UserGlossarySaveError(
      'too-many',
      `${entries.length} entries; at most ${MAX_USER_ENTRIES} are kept`,
    );
  }
  try {
    await userGlossary.setValue(parsed.entries);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Chromium: "Resource::kQuotaBytes quota exceeded"; Firefox: "QuotaExceededError".
    if (/quota/i.test(message) || (e instanceof Error && /quota/i.test(e.name))) {
      throw new UserGlossarySaveError('quota', message);
    }
    throw e;
  }
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
