import type { DocumentInfo } from '../types';
import type { NormalizedText } from '../text/normalize';
import { citationDate } from './citation-date';
import { dossierHits } from './dossier-hits';
import { parseHandelingen, parseKamervragenAanhangsel, parseOldAanhangsel } from './parse-handelingen';
import {
  parseBareCompact,
  parseKstIds,
  parseAanhangselMetadataLine,
  parseMetadataLine,
  parseTvv,
} from './parse-compact-kamerstuk';
import { parseBareKamerstukken } from './parse-bare-kamerstuk';
import { parseKeywordKamerstukken } from './parse-keyword-kamerstuk';
import { parseNumberFirst } from './parse-number-first';
import { paperUrl } from './paper-id';
import { parsePublications } from './parse-publication';
import type { RawCitation } from './raw';
import { selfCitationTest, type SelfTest } from './self-citation';
import { resolveShortForms, type Antecedent } from './short-forms';
import type { Citation } from './types';

export type { Citation, CitedPaperRef } from './types';
export { citedPaperRef, paperId, paperUrl } from './paper-id';

function pushAll(out: RawCitation[], more: readonly RawCitation[]): void {
  for (const c of more) out.push(c);
}

/** By start, and the longer first at one start (a stable sort keeps the earlier parser's among equals). */
function leftmostLongest(a: RawCitation, b: RawCitation): number {
  return a.start - b.start || b.end - b.start - (a.end - a.start);
}

function byStart(a: Citation, b: Citation): number {
  return a.start - b.start;
}

/**
 * Every parser's citations, then the longest-leftmost non-overlapping ones. The Kamerstuk parsers
 * share one scan for dossier numbers (`dossier-hits.ts`); the others find their own literal anchors.
 * Parsers are concatenated in a fixed order, so equal spans keep the earlier parser's reading.
 */
function rawCitations(text: string, ownDossier: string | null): RawCitation[] {
  const hits = dossierHits(text);
  const keyword = parseKeywordKamerstukken(text, hits);
  const found: RawCitation[] = keyword.citations.slice();
  pushAll(found, parseHandelingen(text));
  pushAll(found, parseOldAanhangsel(text));
  pushAll(found, parseKamervragenAanhangsel(text));
  pushAll(found, parsePublications(text));
  pushAll(found, parseKstIds(text, hits));
  pushAll(found, parseMetadataLine(text));
  pushAll(found, parseAanhangselMetadataLine(text));
  pushAll(found, parseBareKamerstukken(text, hits, keyword, ownDossier));
  pushAll(found, parseBareCompact(text, hits));
  pushAll(found, parseTvv(text, hits));
  pushAll(found, parseNumberFirst(text, hits));
  found.sort(leftmostLongest);
  const kept: RawCitation[] = [];
  let reach = -1;
  for (const c of found) {
    if (c.start < reach) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}

/** One finding per cited paper of a citation, all with the citation's original span and text (self: as `target` is). */
function pushFindings(
  out: Citation[],
  norm: NormalizedText,
  start: number,
  end: number,
  target: Antecedent,
  isSelf: SelfTest,
  resolvedFrom: Citation['resolvedFrom'],
): void {
  const span = norm.spanToOriginal(start, end);
  const text = norm.original.slice(span.start, span.end);
  for (const ref of target.refs) {
    out.push({
      text,
      type: ref.type,
      chamber: ref.chamber,
      dossier: ref.dossier,
      number: ref.number,
      year: ref.year,
      url: paperUrl(ref.id),
      start: span.start,
      end: span.end,
      id: ref.id,
      self: target.self || isSelf(ref, norm.text, target.start),
      date: target.date,
      resolvedFrom,
    });
  }
}

/**
 * Every cited paper, in ORIGINAL offsets, ordered by position: one entry per paper (a citation
 * of several numbers gives several entries with the same text), short forms resolved where the
 * text makes it unambiguous, and the paper's own id marked `self`.
 */
/** `pageUrl`: the page's address, when there is one (it names an Aanhangsel page's own number). */
export function findCitations(text: NormalizedText, self: DocumentInfo, pageUrl?: string): Citation[] {
  const t = text.text;
  const raw = rawCitations(t, self.dossier);

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

  const selfTest = selfCitationTest(self, pageUrl);
  const out: Citation[] = [];
  for (const a of antecedents) {
    pushFindings(out, text, a.start, a.end, a, selfTest, null);
  }

  const shortForms = antecedents.length > 0 ? resolveShortForms(t, antecedents) : [];
  // Full citations alone are in order already (ascending, non-overlapping spans, mapped by a non-decreasing map).
  if (shortForms.length === 0) return out;
  for (const s of shortForms) {
    const from = text.spanToOriginal(s.target.start, s.target.end);
    pushFindings(out, text, s.start, s.end, s.target, selfTest, from);
  }
  // Stable sort: the entries of one citation keep their order.
  return out.sort(byStart);
}
