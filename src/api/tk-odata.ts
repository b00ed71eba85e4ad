import { fetchText } from './http';
import type { ClientOptions, CitedPaperRef, LookupResult, PaperDetails, TitleLookupClient } from './types';

/** Tweede Kamer Gegevensmagazijn, OData v4 (domain.md §4). */
export const DEFAULT_TK_ODATA_BASE = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0';

/** Document fields the client reads; all defined in the real `$metadata` (tests check this). */
export const TK_DOCUMENT_FIELDS = [
  'Titel',
  'Onderwerp',
  'Datum',
  'Soort',
  'DocumentNummer',
  'Volgnummer',
  'Vergaderjaar',
  'Aanhangselnummer',
  'Verwijderd',
] as const;
/** Kamerstukdossier fields the client reads. */
export const TK_DOSSIER_FIELDS = ['Nummer', 'Toevoeging', 'Titel'] as const;

/** OData string literal: quotes doubled. */
function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * The `$filter` for a paper, in the form the open-source `tkapi` client uses; null when the
 * Tweede Kamer API cannot answer for this paper (Eerste Kamer letters, Handelingen, Stcrt./Stb.).
 */
export function tkFilter(paper: CitedPaperRef): string | null {
  if (paper.type === 'kamerstuk' && paper.dossier && paper.number && /^\d+$/.test(paper.number)) {
    const [nummer, ...rest] = paper.dossier.split('-');
    if (!nummer || !/^\d+$/.test(nummer)) return null;
    const suffix = rest.join('-');
    let filter = `Verwijderd eq false and Volgnummer eq ${Number(paper.number)} and Kamerstukdossier/any(d: d/Nummer eq ${Number(nummer)})`;
    if (suffix) filter += ` and Kamerstukdossier/any(d: d/Toevoeging eq ${literal(suffix)})`;
    return filter;
  }
  if (
    paper.type === 'aanhangsel' &&
    paper.chamber !== 'I' &&
    paper.year &&
    paper.number &&
    /^\d+$/.test(paper.number)
  ) {
    // `Aanhangselnummer` is the short vergaderjaar and the number padded to five: 2025-2026 nr. 133 → `252600133`.
    const m = /^(\d{4})-(\d{4})$/.exec(paper.year);
    if (!m) return null;
    const code = `${(m[1] as string).slice(2)}${(m[2] as string).slice(2)}${paper.number.padStart(5, '0')}`;
    return `Verwijderd eq false and Aanhangselnummer eq ${literal(code)}`;
  }
  return null;
}

export function tkDocumentUrl(baseUrl: string, filter: string): string {
  const select = TK_DOCUMENT_FIELDS.join(',');
  const expand = `Kamerstukdossier($select=${TK_DOSSIER_FIELDS.join(',')})`;
  // Spaces as %20: OData servers do not all read `+` as a space.
  return (
    `${baseUrl.replace(/\/+$/, '')}/Document?$filter=${encodeURIComponent(filter)}` +
    `&$select=${encodeURIComponent(select)}&$expand=${encodeURIComponent(expand)}`
  );
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/**
 * Document records in any answer shape seen in the reference material: the OData envelope
 * (`{ value: [...] }`), a bare value array, one entity, or a Zaak with `$expand=Document`.
 * Null when the shape is none of these.
 */
export function tkDocumentRecords(json: unknown): Json[] | null {
  let list: unknown;
  if (Array.isArray(json)) list = json;
  else if (isObject(json) && Array.isArray(json.value)) list = json.value;
  else if (isObject(json) && Array.isArray(json.Document)) list = json.Document;
  else if (isObject(json) && ('Onderwerp' in json || 'Titel' in json)) list = [json];
  else return null;
  const records: Json[] = [];
  for (const item of list as unknown[]) {
    if (isObject(item) && Array.isArray(item.Document)) records.push(...item.Document.filter(isObject));
    else if (isObject(item)) records.push(item);
  }
  return records.filter((r) => r.Verwijderd !== true);
}

function dossierOf(record: Json): Json | null {
  const d = record.Kamerstukdossier;
  if (Array.isArray(d)) return d.find(isObject) ?? null;
  return isObject(d) ? d : null;
}

/** Turns validated records into details; picks the paper of the plain dossier when no suffix was asked. */
export function tkDetails(records: Json[], paper?: CitedPaperRef): PaperDetails | null {
  const wantsSuffix = (paper?.dossier ?? '').includes('-');
  const ranked = [...records].sort((a, b) => {
    const plain = (r: Json): number => (text(dossierOf(r)?.Toevoeging) === null ? 0 : 1);
    return wantsSuffix ? 0 : plain(a) - plain(b);
  });
  for (const r of ranked) {
    const onderwerp = text(r.Onderwerp);
    const titel = text(r.Titel);
    const title = onderwerp ?? titel;
    if (!title) continue;
    const datum = text(r.Datum);
    return {
      title,
      kind: text(r.Soort),
      date: datum && /^\d{4}-\d{2}-\d{2}/.test(datum) ? datum.slice(0, 10) : null,
      // A Kamerstuk's `Titel` is its dossier title; the expanded dossier says so explicitly.
      dossierTitle: text(dossierOf(r)?.Titel) ?? (onderwerp ? titel : null),
      source: 'tk-odata',
    };
  }
  return null;
}

/** Parses an OData answer body; every odd body becomes a failure. */
export function parseTkAnswer(body: string, paper?: CitedPaperRef): LookupResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { state: 'malformed', message: 'The Tweede Kamer API answered something that is not JSON' };
  }
  const records = tkDocumentRecords(json);
  if (!records) return { state: 'malformed', message: 'The Tweede Kamer API answer has no document list' };
  if (records.length === 0)
    return { state: 'not-found', message: 'The Tweede Kamer API does not know this paper' };
  return (
    tkDetails(records, paper) ?? { state: 'malformed', message: 'The Tweede Kamer API answer has no title' }
  );
}

export class TkODataClient implements TitleLookupClient {
  private readonly baseUrl: string;

  constructor(private readonly options: ClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? DEFAULT_TK_ODATA_BASE;
  }

  async lookup(paper: CitedPaperRef, signal?: AbortSignal): Promise<LookupResult> {
    const filter = tkFilter(paper);
    if (!filter)
      return { state: 'not-found', message: 'The Tweede Kamer API has no entry for this kind of paper' };
    const answer = await fetchText(tkDocumentUrl(this.baseUrl, filter), {
      fetch: this.options.fetch,
      timeoutMs: this.options.timeoutMs,
      signal,
      accept: 'application/json',
    });
    return 'state' in answer ? answer : parseTkAnswer(answer.body, paper);
  }
}
