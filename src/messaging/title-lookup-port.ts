/**
 * The seam between the background's message server and the title lookups of `src/api`
 * (Tweede Kamer OData, then KOOP SRU, behind one cache in extension storage shared by all
 * tabs). The background knows only `TitleLookupPort`, the shape of `src/api`'s clients, so its
 * tests need no network; `apiTitleLookupLoader` builds the real one on the first lookup.
 */
import type { PaperRef, TitleLookupAnswer } from './protocol';

export interface TitleLookupPort {
  /**
   * Looks up one paper. Resolves with the paper's details (`{ title, kind, date, dossierTitle,
   * source }`) or a failure (`{ state: 'not-found' | 'timeout' | 'offline' | …, message }`).
   * Typed `unknown` here because the background checks whatever comes back before a page sees it.
   */
  lookup(paper: PaperRef, signal?: AbortSignal): Promise<unknown>;
}

/** Loads the lookup service; null when there is none. */
export type TitleLookupLoader = () => Promise<TitleLookupPort | null>;

/** The part of `browser.storage.local` the title cache needs. */
export interface CacheStorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ApiTitleLookupDeps {
  /** Where the cache keeps titles (`browser.storage.local`: shared by every tab, kept across restarts). */
  storage: CacheStorageArea;
  /** The title-lookups setting, read at each lookup. */
  lookupsEnabled(): Promise<boolean>;
}

/**
 * The loader of the real lookups: `src/api` imported on the first lookup (the service worker
 * starts without building it), the Tweede Kamer API asked first and KOOP SRU after, every
 * answer through the shared `TitleCache`.
 */
export function apiTitleLookupLoader(deps: ApiTitleLookupDeps): TitleLookupLoader {
  return async () => {
    const api = await import('../api/index');
    return new api.TitleCache({
      client: new api.FirstAnswerClient([new api.TkODataClient(), new api.KoopSruClient()]),
      storage: api.storageAreaAdapter(deps.storage),
      lookupsEnabled: deps.lookupsEnabled,
    });
  };
}

// Bounds on what a service's answer may put in front of the reader.
const MAX_TITLE = 1000;
const MAX_FIELD = 300;

function text(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : null;
}

/**
 * A lookup result as the message answer a page receives: details become `found` (checked and
 * bounded), `not-found` and `disabled` pass through, every other failure (timeout, offline,
 * HTTP error, malformed answer) and anything unexpected is `unavailable`.
 */
export function answerFromLookup(result: unknown): TitleLookupAnswer {
  if (typeof result !== 'object' || result === null) return { state: 'unavailable' };
  const r = result as Record<string, unknown>;
  if ('state' in r) {
    return r.state === 'not-found' || r.state === 'disabled' ? { state: r.state } : { state: 'unavailable' };
  }
  const title = text(r.title, MAX_TITLE);
  if (!title) return { state: 'unavailable' };
  const date = text(r.date, 10);
  return {
    state: 'found',
    title,
    kind: text(r.kind, MAX_FIELD),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    dossierTitle: text(r.dossierTitle, MAX_FIELD),
    source: text(r.source, 32),
  };
}
