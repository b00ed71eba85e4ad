import { browser } from 'wxt/browser';

/**
 * A typed value under one key of `browser.storage.local`, with a fallback for when nothing is
 * stored. It replaces WXT's `storage.defineItem('local:<key>', …)` (about 3 KB gzip in the content
 * script) and keeps its storage format, so what earlier builds stored reads the same:
 * - the value lives under `<key>` itself; `null`/`undefined` removes it;
 * - the item's version lives under `<key>$` as `{ v: n }`, and only when `migrations` are given
 *   (an item without migrations, like WXT's, never reads or writes that key);
 * - a watcher hears changes from any tab or page, not same-value writes, and gets the fallback
 *   for a removed value.
 */
export interface StorageItem<T> {
  readonly key: string;
  readonly fallback: T;
  /** The stored value, or the fallback when there is none. */
  getValue(): Promise<T>;
  /** Resolves once the stored value is of the current version (migrated if need be). */
  ready(): Promise<void>;
  setValue(value: T | null): Promise<void>;
  /** Calls `cb` when the stored value changes (in any tab or page); returns the stop function. */
  watch(cb: (newValue: T, oldValue: T) => void): () => void;
}

export interface StorageItemOptions<T> {
  fallback: T;
  /** The item's current version (1 = never migrated); bump it together with a `migrations[n]` entry. */
  version: number;
  /** `migrations[n]` turns a version n-1 value into version n; run once, on first use. */
  migrations?: Record<number, (value: unknown) => unknown>;
}

/** What `browser.storage.local` offers that the items use (polyfilled and Chrome both fit it). */
interface LocalArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

type ChangeListener = (
  changes: Record<string, { newValue?: unknown; oldValue?: unknown } | undefined>,
) => void;

// Looked up on every call, not at import: tests install their fake browser first, and a content
// script that leaves a page untouched never reaches storage at all.
function local(): LocalArea {
  return browser.storage.local as unknown as LocalArea;
}

/** Deep equality of stored (JSON-shaped) values, to skip writes that changed nothing, as WXT did. */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  return (
    keys.length === Object.keys(rb).length &&
    keys.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameStoredValue(ra[k], rb[k]))
  );
}

export function defineStorageItem<T>(key: string, options: StorageItemOptions<T>): StorageItem<T> {
  const { fallback, version, migrations } = options;
  const metaKey = `${key}$`;
  // Set when nothing was stored yet: the first write then records the version too.
  let needsVersionSet = false;
  let migrated: Promise<void> | undefined;

  /** Brings a stored value of an older version up to `version` (WXT's migration, same format). */
  async function migrate(): Promise<void> {
    const stored = await local().get([key, metaKey]);
    const value = stored[key] ?? null;
    const meta = stored[metaKey] as { v?: number } | null | undefined;
    needsVersionSet = value === null && meta?.v == null;
    const from = meta?.v ?? 1;
    if (value === null || from === version) return;
    if (from > version) throw new Error(`Version downgrade detected (v${from} -> v${version}) for "${key}"`);
    let next: unknown = value;
    for (let v = from + 1; v <= version; v++) next = (await migrations?.[v]?.(next)) ?? next;
    await local().set({ [key]: next, [metaKey]: { ...meta, v: version } });
  }

  function ready(): Promise<void> {
    if (!migrations) return Promise.resolve();
    migrated ??= migrate().catch((error: unknown) => {
      // As WXT: a failed migration is reported and the stored value read as it is.
      console.error(`Kamerlens: migration failed for ${key}`, error);
    });
    return migrated;
  }

  return {
    key,
    fallback,
    ready,
    async getValue() {
      await ready();
      return ((await local().get(key))[key] ?? fallback) as T;
    },
    async setValue(value) {
      await ready();
      if (value == null) return local().remove(key);
      const items: Record<string, unknown> = { [key]: value };
      if (needsVersionSet) {
        needsVersionSet = false;
        items[metaKey] = { ...((await local().get(metaKey))[metaKey] as object | undefined), v: version };
      }
      await local().set(items);
    },
    watch(cb) {
      const listener: ChangeListener = (changes) => {
        const change = changes[key];
        if (!change || sameStoredValue(change.newValue, change.oldValue)) return;
        cb((change.newValue ?? fallback) as T, (change.oldValue ?? fallback) as T);
      };
      local().onChanged.addListener(listener);
      return () => {
        try {
          local().onChanged.removeListener(listener);
        } catch {
          // The extension was updated or removed: its API throws, and the listener went with it.
          // The caller's teardown (leaving the page clean) must go on.
        }
      };
    },
  };
}

/**
 * Several items' values with one storage read: what `getValue` gives for each, in order. A page
 * waits for its settings before it paints, and each read is a round trip to the browser process
 * (10-25 ms each under load in the benchmark's traces); one read for all is one round trip.
 */
export async function getValues(items: readonly StorageItem<unknown>[]): Promise<unknown[]> {
  await Promise.all(items.map((item) => item.ready()));
  const stored = await local().get(items.map((item) => item.key));
  return items.map((item) => stored[item.key] ?? item.fallback);
}
