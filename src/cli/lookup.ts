/**
 * `kamerlens analyze --lookup`: titles of cited papers from the open-data APIs (src/api), added to
 * the citations where the network allows. The analysis itself never depends on it: a failed
 * lookup leaves the citation as it was, and the run still exits 0 with one note on stderr.
 */
import {
  DEFAULT_KOOP_SRU_BASE,
  DEFAULT_TK_ODATA_BASE,
  FirstAnswerClient,
  KoopSruClient,
  TkODataClient,
  isLookupFailure,
  type CitedPaperRef,
  type FetchLike,
  type LookupFailure,
  type LookupResult,
  type PaperDetails,
  type TitleLookupClient,
} from '../api';
import { citedPaperRef } from '../core/citations/paper-id';
import type { CitationFinding } from '../core/types';

/**
 * Short: a command line waits on the network only briefly (the extension allows 5 s). It is the
 * whole lookup of one paper, both services together (see `lookupOne`).
 */
export const CLI_LOOKUP_TIMEOUT_MS = 3000;
/** Requests in flight at once: polite to the services, still quick for a letter citing many papers. */
const CONCURRENCY = 4;

/** What `--lookup` adds to a citation the services answered for. */
export type CitationLookup =
  | {
      state: 'found';
      kind: string | null;
      date: string | null;
      dossierTitle: string | null;
      source: PaperDetails['source'];
    }
  | { state: 'not-found' };

/** A looked-up citation carries `title`: a string, or null when no service knows the paper. */
export type CitationWithLookup<C> = C & { title?: string | null; lookup?: CitationLookup };

export interface LookupOptions {
  tkODataUrl: string;
  sruUrl: string;
  timeoutMs: number;
  fetch?: FetchLike;
  /** Replaces the two real clients (tests). */
  client?: TitleLookupClient;
}

/** A citation as `analyze` reports it; `id` is the extension field with the canonical paper id. */
type CitationLike = CitationFinding & { id?: string | null };

/**
 * Lookup options from the environment: `KAMERLENS_TK_ODATA_URL`, `KAMERLENS_SRU_URL` (other base
 * URLs, e.g. a local test server or a mirror) and `KAMERLENS_LOOKUP_TIMEOUT_MS`. A value that is
 * set but unusable is an error, not a silent fall back to the real services.
 */
export function lookupOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; options: LookupOptions } | { ok: false; message: string } {
  const options: LookupOptions = {
    tkODataUrl: DEFAULT_TK_ODATA_BASE,
    sruUrl: DEFAULT_KOOP_SRU_BASE,
    timeoutMs: CLI_LOOKUP_TIMEOUT_MS,
  };
  for (const [name, key] of [
    ['KAMERLENS_TK_ODATA_URL', 'tkODataUrl'],
    ['KAMERLENS_SRU_URL', 'sruUrl'],
  ] as const) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (!isHttpUrl(value)) return { ok: false, message: `${name} must be an http(s) URL, got "${value}"` };
    options[key] = value;
  }
  const timeout = env.KAMERLENS_LOOKUP_TIMEOUT_MS;
  if (timeout !== undefined && timeout !== '') {
    const ms = Number(timeout);
    if (!/^\d{1,6}$/.test(timeout) || ms < 1)
      return { ok: false, message: `KAMERLENS_LOOKUP_TIMEOUT_MS must be milliseconds, got "${timeout}"` };
    options.timeoutMs = ms;
  }
  return { ok: true, options };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function refOf(c: CitationLike): CitedPaperRef | null {
  // Only papers the finder could name: the id is what both services are asked by.
  return c.id ? citedPaperRef(c) : null;
}

/** Runs `task` over `items` with at most `limit` at a time, in input order of starting. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Looks up every distinct cited paper once and adds `title` and `lookup` to its citations.
 * Returns the citations (new objects; those without an answer unchanged) and a one-line note
 * when some lookups failed (offline, timeout, a bad answer), else null. Never rejects.
 */
export async function addCitationTitles<C extends CitationLike>(
  citations: readonly C[],
  options: LookupOptions,
): Promise<{ citations: CitationWithLookup<C>[]; note: string | null }> {
  const client =
    options.client ??
    new FirstAnswerClient([
      new TkODataClient({ baseUrl: options.tkODataUrl, timeoutMs: options.timeoutMs, fetch: options.fetch }),
      new KoopSruClient({ baseUrl: options.sruUrl, timeoutMs: options.timeoutMs, fetch: options.fetch }),
    ]);
  const papers = new Map<string, CitedPaperRef>();
  for (const c of citations) {
    const ref = refOf(c);
    if (ref?.id && !papers.has(ref.id)) papers.set(ref.id, ref);
  }

  const results = new Map<string, LookupResult>();
  let offline: LookupFailure | null = null;
  await eachLimited([...papers.values()], CONCURRENCY, async (paper) => {
    // Once the network is known to be unreachable, asking again only costs time.
    if (offline) return;
    const result = await lookupOne(client, paper, options.timeoutMs);
    if (isLookupFailure(result) && result.state === 'offline') offline ??= result;
    results.set(paper.id as string, result);
  });

  const out = citations.map((c): CitationWithLookup<C> => {
    const result = c.id ? results.get(c.id) : undefined;
    if (!result) return { ...c };
    if (!isLookupFailure(result)) {
      const { title, kind, date, dossierTitle, source } = result;
      return { ...c, title, lookup: { state: 'found', kind, date, dossierTitle, source } };
    }
    return result.state === 'not-found' ? { ...c, title: null, lookup: { state: 'not-found' } } : { ...c };
  });
  return { citations: out, note: noteFor(papers.size, results, offline) };
}

/**
 * One paper from the services in turn, under one deadline: each service's own timeout would let
 * two that never answer take twice the time (6.7 s for 3 s). Past the deadline the service asked
 * is cancelled, and the next one not asked. Never rejects.
 */
async function lookupOne(
  client: TitleLookupClient,
  paper: CitedPaperRef,
  timeoutMs: number,
): Promise<LookupResult> {
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    const result = await client.lookup(paper, deadline);
    // A service cancelled by the deadline says so ('The lookup was cancelled'): say what happened.
    if (deadline.aborted && isLookupFailure(result) && result.state === 'timeout') {
      return { state: 'timeout', message: `No answer within ${Math.round(timeoutMs / 100) / 10} s` };
    }
    return result;
  } catch (error) {
    return { state: 'malformed', message: error instanceof Error ? error.message : 'lookup failed' };
  }
}

function noteFor(
  asked: number,
  results: ReadonlyMap<string, LookupResult>,
  offline: LookupFailure | null,
): string | null {
  if (offline) return `title lookups skipped: offline (${oneLine(offline.message)})`;
  const failures = [...results.values()].filter(
    (r): r is LookupFailure => isLookupFailure(r) && r.state !== 'not-found',
  );
  if (failures.length === 0) return null;
  const first = failures[0] as LookupFailure;
  return `no title for ${failures.length} of ${asked} cited papers (${first.state}: ${oneLine(first.message)})`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}
