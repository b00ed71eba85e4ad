import type { CitedPaperRef } from '../core/citations/types';

export type { CitedPaperRef } from '../core/citations/types';

/** What a title lookup tells about a cited paper (shown in the citation popover). */
export interface PaperDetails {
  /** The paper's own title (`Onderwerp` / `documenttitel`). */
  title: string;
  /** Its kind as the source names it (`Brief regering`, `Motie`, `Kamerstuk`), when given. */
  kind: string | null;
  /** ISO day of the paper, when given. */
  date: string | null;
  /** Title of the dossier it belongs to, when given. */
  dossierTitle: string | null;
  /** Which service answered. */
  source: 'tk-odata' | 'koop-sru';
}

/**
 * Why there are no details: every failure becomes one of these, never an exception.
 * `disabled` = the user turned lookups off; `not-found` = the service has no such paper
 * (or cannot be asked about this kind of paper).
 */
export type LookupFailureState =
  'timeout' | 'http-error' | 'malformed' | 'not-found' | 'offline' | 'disabled';

export interface LookupFailure {
  state: LookupFailureState;
  message: string;
}

export type LookupResult = PaperDetails | LookupFailure;

export function isLookupFailure(result: LookupResult): result is LookupFailure {
  return 'state' in result;
}

/** The part of `fetch` the clients use; injectable so tests and the background can supply their own. */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface TitleLookupClient {
  /** Looks up one paper; resolves with details or a failure, never rejects. */
  lookup(paper: CitedPaperRef, signal?: AbortSignal): Promise<LookupResult>;
}

export interface ClientOptions {
  /** Service base URL (tests point it at a local server). */
  baseUrl?: string;
  fetch?: FetchLike;
  /** Give up after this long; default 5 s. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 5000;
