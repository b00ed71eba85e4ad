import type { DocumentInfo } from '../types';
import type { NormalizedText } from '../text/normalize';
import { citationDate } from './citation-date';
import { parseHandelingen } from './parse-handelingen';
import {
  parseBareCompact,
  parseBareKamerstukken,
  parseKeywordKamerstukken,
  parseKstIds,
  parseMetadataLine,
  parseTvv,
} from './parse-kamerstuk';
import { paperUrl } from './paper-id';
import { parsePublications } from './parse-publication';
import { scanKeywords, type CitationKeywords } from './prefilter';
import type { RawCitation } from './raw';
import { isSelfCitation } from './self-citation';
import { resolveShortForms, type Antecedent } from './short-forms';
import type { Citation, CitedPaperRef } from './types';

export type { Citation, CitedPaperRef } from './types';
export { citedPaperRef, paperId, paperUrl } from './paper-id';

/** Every parser whose keywords occur, then the longest-leftmost non-overlapping matches. */
function rawCitations(text: string, k: CitationKeywords): RawCitation[] {
  const found: RawCitation[] = [];
  if (k.kamerstuk) found.push(...parseKeywordKamerstukken(text));
  if (k.handelingen) found.push(...parseHandelingen(text));
  if (k.publication) found.push(...parsePublications(text));
  if (k.kst) found.push(...parseKstIds(text));
  if (k.nr) found.push(...parseMetadataLine(text));
  if (k.bare) found.push(...parseBareKamerstukken(text));
  if (k.compact) found.push(...parseBareCompact(text), ...parseTvv(text));
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: RawCitation[] = [];
  let reach = -1;
  for (const c of found) {
    if (c.start < reach) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}

function finding(
  norm: NormalizedText,
  start: number,
  end: number,
  ref: CitedPaperRef,
  extra: Pick<Citation, 'self' | 'date' | 'resolvedFrom'>,
): Citation {
  const span = norm.spanToOriginal(start, end);
  return {
    text: norm.original.slice(span.start, span.end),
    type: ref.type,
    chamber: ref.chamber,
    dossier: ref.dossier,
    number: ref.number,
    year: ref.year,
    url: paperUrl(ref.id),
    start: span.start,
    end: span.end,
    id: ref.id,
    ...extra,
  };
}

/**
 * Every cited paper, in ORIGINAL offsets, ordered by position: one entry per paper (a citation
 * of several numbers gives several entries with the same text), short forms resolved where the
 * text makes it unambiguous, and the paper's own id marked `self`.
 */
export function findCitations(text: NormalizedText, self: DocumentInfo): Citation[] {
  const t = text.text;
  const keywords = scanKeywords(t);
  const raw = rawCitations(t, keywords);

  const antecedents: Antecedent[] = [];
  let floor = 0;
  for (const r of raw) {
    const date = citationDate(t, r.start, r.end, floor);
    floor = r.end;
    antecedents.push({
      start: r.start,
      end: r.end,
      refs: r.refs,
      date: date?.iso ?? null,
      self: r.self,
    });
  }

  const out: Citation[] = [];
  for (const a of antecedents) {
    for (const ref of a.refs) {
      const isSelf = a.self || isSelfCitation(ref, self, t, a.start);
      out.push(finding(text, a.start, a.end, ref, { self: isSelf, date: a.date, resolvedFrom: null }));
    }
  }

  if (keywords.shortForm && antecedents.length > 0) {
    for (const s of resolveShortForms(t, antecedents)) {
      const from = text.spanToOriginal(s.target.start, s.target.end);
      for (const ref of s.target.refs) {
        const isSelf = s.target.self || isSelfCitation(ref, self, t, s.target.start);
        out.push(
          finding(text, s.start, s.end, ref, { self: isSelf, date: s.target.date, resolvedFrom: from }),
        );
      }
    }
  }
  // Stable sort: the entries of one citation keep their order.
  return out.sort((a, b) => a.start - b.start);
}
