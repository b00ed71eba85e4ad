/**
 * The seam between the background's message server and the title lookups of `src/api`
 * (Tweede Kamer OData, then KOOP SRU, behind one cache in extension storage shared by all
 * tabs). The background knows only `TitleLookupPort`, the shape of `src/api`'s clients, so its
 * tests need no network; `apiTitleLookupLoader` builds the real one on the first lookup.
 */
import type { DevApiBaseUrls } from '../api/dev-override';
import { englishKind } from '../api/paper-kinds';
import type { LookupFailureReason, PaperRef, TitleLookupAnswer } from './protocol';

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

/** The part of `browser.storage.local` the title cache needs (all items and removal: its pruning). */
export interface CacheStorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface ApiTitleLookupDeps {
  /** Where the cache keeps titles (`browser.storage.local`: shared by every tab, kept across restarts). */
  storage: CacheStorageArea;
  /** The title-lookups setting, read at each lookup. */
  lookupsEnabled(): Promise<boolean>;
  /**
   * Developer/test hook: the raw stored `devApiBaseUrls` value (`{ tkOData?, sru?, timeoutMs? }`,
   * see `src/api/dev-override.ts`), read at each lookup so a test that changes it is obeyed on its
   * next request. Absent or invalid: the real services.
   */
  devApiBaseUrls?(): Promise<unknown>;
}

/**
 * The loader of the real lookups: `src/api` imported on the first lookup (the service worker
 * starts without building it), the Tweede Kamer API asked first and KOOP SRU after, every
 * answer through the shared `TitleCache`. The clients are rebuilt when the developer override
 * of their base URLs changes; answers from an overridden service are cached under their own
 * keys, so a test server's titles never show up as the real services' answers.
 */
export function apiTitleLookupLoader(deps: ApiTitleLookupDeps): TitleLookupLoader {
  return async () => {
    const api = await import('../api/index');
    // Expired titles out of the storage they share with the reader's glossary (at most once a day).
    void api.pruneTitleCache(deps.storage);
    let current: { key: string; port: TitleLookupPort } | null = null;

    async function override(): Promise<DevApiBaseUrls | null> {
      if (!deps.devApiBaseUrls) return null;
      try {
        return api.parseDevApiBaseUrls(await deps.devApiBaseUrls());
      } catch {
        return null;
      }
    }

    function build(dev: DevApiBaseUrls | null): TitleLookupPort {
      const timeoutMs = dev?.timeoutMs;
      return new api.TitleCache({
        client: new api.FirstAnswerClient([
          new api.TkODataClient({ baseUrl: dev?.tkOData, timeoutMs }),
          new api.KoopSruClient({ baseUrl: dev?.sru, timeoutMs }),
        ]),
        storage: api.storageAreaAdapter(deps.storage),
        lookupsEnabled: deps.lookupsEnabled,
        keyPrefix:
          dev?.tkOData || dev?.sru ? `kamerlens:title@${dev.tkOData ?? ''}|${dev.sru ?? ''}:` : undefined,
      });
    }

    return {
      async lookup(paper, signal) {
        const dev = await override();
        const key = dev ? JSON.stringify(dev) : '';
        // Kept while the override stays the same: its cache also deduplicates concurrent requests.
        if (!current || current.key !== key) current = { key, port: build(dev) };
        return current.port.lookup(paper, signal);
      },
    };
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

const FAILURE_REASONS: readonly LookupFailureReason[] = ['timeout', 'offline', 'http-error', 'malformed'];

/**
 * A lookup result as the message answer a page receives: details become `found` (checked and bounded, the kind also in
 * English: `src/api/paper-kinds.ts`; done here, on every answer, so titles cached before the table knew a kind get its
 * English too), `not-found` and `disabled` pass through, every other failure (timeout, offline, HTTP error, malformed
 * answer) is `unavailable` with that reason, and anything unexpected is `unavailable` without one.
 */
export function answerFromLookup(result: unknown): TitleLookupAnswer {
  if (typeof result !== 'object' || result === null) return { state: 'unavailable' };
  const r = result as Record<string, unknown>;
  if ('state' in r) {
    if (r.state === 'not-found' || r.state === 'disabled') return { state: r.state };
    const reason = FAILURE_REASONS.find((x) => x === r.state);
    return reason ? { state: 'unavailable', reason } : { state: 'unavailable' };
  }
  const title = text(r.title, MAX_TITLE);
  if (!title) return { state: 'unavailable' };
  const date = text(r.date, 10);
  const kind = text(r.kind, MAX_FIELD);
  return {
    state: 'found',
    title,
    kind,
    kindEn: kind ? englishKind(kind) : null,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    dossierTitle: text(r.dossierTitle, MAX_FIELD),
    source: text(r.source, 32),
  };
}
