import { isCacheEntry, isFresh } from './title-cache';

/**
 * The part of `browser.storage.local` that pruning needs: every item (`get(null)`) and removal.
 * The titles share the extension's 10 MB of local storage with the reader's own glossary; nothing
 * took an expired title out, so a year of reading (some 50 new papers a day, a few hundred bytes
 * each) would fill it and the glossary could no longer be saved.
 */
export interface PrunableArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Where the time of the last pruning is kept: at most one pruning a day, however often the worker starts. */
export const PRUNED_AT_KEY = 'kamerlens:title-pruned-at';
const TITLE_KEY = /^kamerlens:title[:@]/;
const DAY = 24 * 60 * 60 * 1000;
/** Kept however fresh they are: the titles a reader met most recently. */
export const MAX_TITLE_ENTRIES = 2000;

/**
 * Removes the cached titles that have expired or are unreadable, and beyond `MAX_TITLE_ENTRIES` the
 * oldest; at most once a day. Returns how many were removed (0 when it was not yet time). Never
 * rejects: storage that fails leaves the cache as it was.
 */
export async function pruneTitleCache(area: PrunableArea, now = Date.now()): Promise<number> {
  try {
    const last = (await area.get(PRUNED_AT_KEY))[PRUNED_AT_KEY];
    if (typeof last === 'number' && now - last >= 0 && now - last < DAY) return 0;
    const items = await area.get(null);
    const stale: string[] = [];
    const fresh: { key: string; savedAt: number }[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (!TITLE_KEY.test(key)) continue;
      if (!isCacheEntry(value)) {
        stale.push(key);
        continue;
      }
      if (isFresh(value, now)) fresh.push({ key, savedAt: value.savedAt });
      else stale.push(key);
    }
    if (fresh.length > MAX_TITLE_ENTRIES) {
      fresh.sort((a, b) => b.savedAt - a.savedAt);
      for (const { key } of fresh.slice(MAX_TITLE_ENTRIES)) stale.push(key);
    }
    if (stale.length > 0) await area.remove(stale);
    await area.set({ [PRUNED_AT_KEY]: now });
    return stale.length;
  } catch {
    return 0;
  }
}
