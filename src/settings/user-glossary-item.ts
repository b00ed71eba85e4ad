import { storage } from 'wxt/utils/storage';
import { parseUserGlossaryJson, type UserGlossaryEntry } from '../core/acronyms/user-glossary';

/**
 * The reader's own glossary (`local:userGlossary`): an array of user entries, edited on the
 * options page and read by the reader on papers. Stored as plain entries; every read goes through
 * the same validation as an imported file, so a hand-edited or older value never breaks a page.
 */

export const USER_GLOSSARY_VERSION = 1;

function defineUserGlossaryItem() {
  return storage.defineItem<UserGlossaryEntry[]>('local:userGlossary', {
    fallback: [],
    version: USER_GLOSSARY_VERSION,
  });
}

let item: ReturnType<typeof defineUserGlossaryItem> | null = null;

/** The storage item, defined on first use (defining one reads storage). */
export function userGlossaryItem(): ReturnType<typeof defineUserGlossaryItem> {
  item ??= defineUserGlossaryItem();
  return item;
}

/** A stored value of any shape made into valid entries: invalid ones and duplicates are dropped. */
export function normalizeUserGlossary(raw: unknown): UserGlossaryEntry[] {
  if (!Array.isArray(raw)) return [];
  return parseUserGlossaryJson(JSON.stringify(raw)).entries;
}

export async function loadUserGlossary(): Promise<UserGlossaryEntry[]> {
  return normalizeUserGlossary(await userGlossaryItem().getValue());
}

export async function saveUserGlossary(entries: readonly UserGlossaryEntry[]): Promise<void> {
  await userGlossaryItem().setValue(normalizeUserGlossary(entries));
}

/** Calls `cb` with the entries whenever they change (options page, another tab); returns the stop function. */
export function watchUserGlossary(cb: (entries: UserGlossaryEntry[]) => void): () => void {
  return userGlossaryItem().watch((value) => cb(normalizeUserGlossary(value)));
}
