import { fetchText } from './http';
import type { ClientOptions, CitedPaperRef, LookupResult, PaperDetails, TitleLookupClient } from './types';
import { elements, firstText } from './xml-lite';

/** KOOP repository SRU 2.0 endpoint (domain.md §4). */
export const DEFAULT_KOOP_SRU_BASE = 'https://repository.overheid.nl/sru';

/** Answers larger than this are not an SRU record list (and would only cost the worker time). */
const MAX_BODY = 4_000_000;

/** CQL value: quoted when it holds anything but letters and digits. */
function cqlValue(s: string): string {
  return /^[\w]+$/.test(s) ? s : `"${s.replace(/["\\]/g, '')}"`;
}

/** The CQL query for a paper; null when it names no single publication. */
export function sruQuery(paper: CitedPaperRef): string | null {
  if (paper.type === 'kamerstuk' && paper.dossier && paper.number) {
    return `(w.dossiernummer=${cqlValue(paper.dossier)} AND w.ondernummer=${cqlValue(paper.number)} AND dt.type=Kamerstuk)`;
  }
  return paper.id ? `dt.identifier=${cqlValue(paper.id)}` : null;
}

export function sruUrl(baseUrl: string, query: string): string {
  return (
    `${baseUrl.replace(/\/+$/, '')}?operation=searchRetrieve&version=2.0` +
    `&query=${encodeURIComponent(query)}&maximumRecords=1&httpAccept=application/xml`
  );
}

function isoDay(s: string | null): string | null {
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
}

/** Details from one `<record>`: overheidwetgeving/dcterms names, or the plain owms names of older records. */
export function sruRecordDetails(record: string): PaperDetails | null {
  const title = firstText(record, 'documenttitel') ?? firstText(record, 'title');
  if (!title) return null;
  return {
    title,
    kind: firstText(record, 'subrubriek') ?? firstText(record, 'type'),
    date:
      isoDay(firstText(record, 'issued')) ??
      isoDay(firstText(record, 'date')) ??
      isoDay(firstText(record, 'available')),
    dossierTitle: firstText(record, 'dossiertitel'),
    source: 'koop-sru',
  };
}

/** Parses an SRU answer body; every odd body becomes a failure. */
export function parseSruAnswer(body: string): LookupResult {
  if (body.length > MAX_BODY || !/<(?:[\w.-]+:)?(?:searchRetrieveResponse|record)[\s>]/.test(body)) {
    return {
      state: 'malformed',
      message: 'The KOOP search service answered something that is not an SRU answer',
    };
  }
  const diagnostic = elements(body, 'diagnostic')[0];
  if (diagnostic !== undefined) {
    const message = firstText(diagnostic, 'message') ?? firstText(diagnostic, 'details') ?? 'unknown';
    return { state: 'malformed', message: `The KOOP search service reported an error: ${message}` };
  }
  const records = elements(body, 'record');
  const count = firstText(body, 'numberOfRecords');
  if (records.length === 0) {
    return count === null || /^\d+$/.test(count)
      ? { state: 'not-found', message: 'The KOOP search service does not know this paper' }
      : { state: 'malformed', message: 'The KOOP search service answer has no records' };
  }
  for (const record of records) {
    const details = sruRecordDetails(record);
    if (details) return details;
  }
  return { state: 'malformed', message: 'The KOOP search service answer has no title' };
}

export class KoopSruClient implements TitleLookupClient {
  private readonly baseUrl: string;

  constructor(private readonly options: ClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? DEFAULT_KOOP_SRU_BASE;
  }

  async lookup(paper: CitedPaperRef, signal?: AbortSignal): Promise<LookupResult> {
    const query = sruQuery(paper);
    if (!query) return { state: 'not-found', message: 'This citation names no single publication' };
    const answer = await fetchText(sruUrl(this.baseUrl, query), {
      fetch: this.options.fetch,
      timeoutMs: this.options.timeoutMs,
      signal,
      accept: 'application/xml',
    });
    return 'state' in answer ? answer : parseSruAnswer(answer.body);
  }
}
