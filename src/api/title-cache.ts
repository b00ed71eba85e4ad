import {
  isLookupFailure,
  type CitedPaperRef,
  type LookupFailure,
  type LookupResult,
  type PaperDetails,
  type TitleLookupClient,
} from './types';
import { Limiter } from './limiter';

/**
 * Async key-value storage. The background adapts `browser.storage.local` with
 * `storageAreaAdapter`, so every tab shares one cache.
 */
export interface KeyValueStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The shape of `browser.storage.local` (WebExtension StorageArea) that the adapter needs. */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function storageAreaAdapter(area: StorageAreaLike): KeyValueStorage {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
  };
}

/** In-memory storage (tests, and a fallback where no extension storage exists). */
export function memoryStorage(): KeyValueStorage & { readonly data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => {
      data.set(key, value);
    },
  };
}

export interface TitleCacheOptions {
  client: TitleLookupClient;
  storage: KeyValueStorage;
  /** How long found details stay fresh; default 7 days (titles of published papers rarely change). */
  ttlMs?: number;
  /** How long a `not-found` answer stays; default 1 day (a new paper may appear in the API later). */
  notFoundTtlMs?: number;
  /** The lookups setting; off means no request at all. Default: on. */
  lookupsEnabled?: () => boolean | Promise<boolean>;
  now?: () => number;
  keyPrefix?: string;
  /** How many papers are looked up at once; the others wait their turn (default 4). */
  maxInFlight?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** How long found details stay fresh by default: titles of published papers rarely change. */
const FOUND_TTL_MS = 7 * DAY;
/** How long a `not-found` answer stays by default: a new paper may appear in the API later. */
const NOT_FOUND_TTL_MS = DAY;

/** What is stored per paper: versioned, so a future shape change reads old entries as misses. */
export interface CacheEntry {
  v: 1;
  savedAt: number;
  result: PaperDetails | LookupFailure;
}

/**
 * Is `entry` still to be used at `now`: younger than its kind's time to live (found details, or a
 * `not-found`)? An entry from the future (a clock set back) is not: it would never expire.
 */
export function isFresh(
  entry: CacheEntry,
  now: number,
  ttlMs = FOUND_TTL_MS,
  notFoundTtlMs = NOT_FOUND_TTL_MS,
) {
  const age = now - entry.savedAt;
  return age >= 0 && age < (isLookupFailure(entry.result) ? notFoundTtlMs : ttlMs);
}

export function isCacheEntry(v: unknown): v is CacheEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<CacheEntry>;
  if (e.v !== 1 || typeof e.savedAt !== 'number' || typeof e.result !== 'object' || e.result === null)
    return false;
  const r = e.result as Partial<PaperDetails & LookupFailure>;
  return typeof r.title === 'string' || (r.state === 'not-found' && typeof r.message === 'string');
}

/**
 * Title lookups with a shared cache and expiry, one request per paper however many tabs ask at
 * once, and the lookups switch. Never rejects: storage or client errors become failures or misses.
 */
export class TitleCache {
  private readonly inflight = new Map<string, Promise<LookupResult>>();
  private readonly ttlMs: number;
  private readonly notFoundTtlMs: number;
  private readonly now: () => number;
  private readonly keyPrefix: string;
  private readonly limiter: Limiter;

  constructor(private readonly options: TitleCacheOptions) {
    this.ttlMs = options.ttlMs ?? FOUND_TTL_MS;
    this.notFoundTtlMs = options.notFoundTtlMs ?? NOT_FOUND_TTL_MS;
    this.now = options.now ?? Date.now;
    this.keyPrefix = options.keyPrefix ?? 'kamerlens:title:';
    this.limiter = new Limiter(options.maxInFlight ?? 4);
  }

  /** The lookups setting, read fresh each time (the user may change it while tabs are open). */
  async lookupsEnabled(): Promise<boolean> {
    try {
      return (await this.options.lookupsEnabled?.()) ?? true;
    } catch {
      return false;
    }
  }

  lookup(paper: CitedPaperRef, signal?: AbortSignal): Promise<LookupResult> {
    if (!paper.id)
      return Promise.resolve({ state: 'not-found', message: 'This citation names no single paper' });
    const key = this.keyPrefix + paper.id;
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const request = this.resolve(key, paper, signal).finally(() => this.inflight.delete(key));
    this.inflight.set(key, request);
    return request;
  }

  private async resolve(key: string, paper: CitedPaperRef, signal?: AbortSignal): Promise<LookupResult> {
    if (!(await this.lookupsEnabled())) return { state: 'disabled', message: 'Title lookups are turned off' };
    const cached = await this.read(key);
    if (cached) return cached;
    let result: LookupResult;
    try {
      // Only requests wait their turn; answers from the cache come at once.
      result = await this.limiter.run(
        () => this.options.client.lookup(paper, signal),
        (): LookupFailure => ({ state: 'timeout', message: 'The lookup was cancelled' }),
        signal,
      );
    } catch (error) {
      // Clients resolve with failures; this only guards against a broken client.
      result = { state: 'malformed', message: error instanceof Error ? error.message : 'Lookup failed' };
    }
    // Transient failures (offline, timeout, HTTP errors) are not kept: the next hover tries again.
    if (!isLookupFailure(result) || result.state === 'not-found') await this.write(key, result);
    return result;
  }

  private async read(key: string): Promise<LookupResult | null> {
    let entry: unknown;
    try {
      entry = await this.options.storage.get(key);
    } catch {
      return null;
    }
    if (!isCacheEntry(entry)) return null;
    return isFresh(entry, this.now(), this.ttlMs, this.notFoundTtlMs) ? entry.result : null;
  }

  private async write(key: string, result: PaperDetails | LookupFailure): Promise<void> {
    const entry: CacheEntry = { v: 1, savedAt: this.now(), result };
    try {
      await this.options.storage.set(key, entry);
    } catch {
      // A full or unavailable storage only costs a repeat request later.
    }
  }
}
