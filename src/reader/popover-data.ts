import type { AcronymDetail } from '../core/acronyms';
import type { Citation } from '../core/citations';
import { citedPaperRef } from '../core/citations/paper-id';
import type { AnalysisResult, CitationFinding } from '../core/types';
import type { PaperRef, TitleLookupAnswer } from '../messaging/protocol';
import type {
  AcronymPopoverData,
  CitationDetails,
  CitationPopoverData,
  CitedPaperView,
  PopoverData,
} from '../ui/popover/types';
import type { FindingTarget } from './finding-targets';

/** The extra fields the finders add beside the contract's, when present (the CLI's JSON may lack them). */
type AcronymLike = AnalysisResult['acronyms'][number] & Partial<AcronymDetail>;
type CitationLike = CitationFinding & Partial<Citation>;

/** The title lookup's answer as the popover and the sidebar show it (never `loading`: it has come). */
export function detailsFromAnswer(answer: TitleLookupAnswer): Exclude<CitationDetails, { state: 'loading' }> {
  switch (answer.state) {
    case 'found':
      return {
        state: 'found',
        title: answer.title,
        kind: answer.kind,
        kindEn: answer.kindEn,
        date: answer.date,
        dossierTitle: answer.dossierTitle,
      };
    case 'not-found':
    case 'disabled':
      return { state: answer.state };
    default:
      return { state: 'unavailable' };
  }
}

/** A stable key for a paper (the answer cache, the request in flight). */
export function paperKey(ref: PaperRef): string {
  return ref.id ?? JSON.stringify([ref.type, ref.chamber, ref.dossier, ref.number, ref.year]);
}

/** What the popover of a target shows; `details` gives the lookup state of a cited paper. */
export function popoverData(
  result: AnalysisResult,
  target: FindingTarget,
  details: (ref: PaperRef) => CitationDetails,
): PopoverData | null {
  if (target.kind === 'acronym') {
    const a = result.acronyms[target.acronym] as AcronymLike | undefined;
    if (!a) return null;
    const data: AcronymPopoverData = {
      kind: 'acronym',
      abbr: a.abbr,
      expansion: a.expansion,
      source: a.source,
      alternatives: (a.alternatives ?? []).map((m) => ({
        expansion: m.expansion,
        source: m.source,
        ...(m.explanation ? { explanation: m.explanation } : {}),
      })),
      hasDefinition: a.source === 'document' && !!a.definition,
      occurrence: target.occurrence + 1,
      occurrences: a.occurrences.length,
    };
    if (a.explanation) data.explanation = a.explanation;
    if (a.category) data.category = a.category;
    if (a.lang) data.lang = a.lang;
    if (a.standardExpansion) data.standardExpansion = a.standardExpansion;
    return data;
  }
  if (target.kind === 'citation') {
    const citations = target.citations
      .map((i) => result.citations[i] as CitationLike | undefined)
      .filter((c): c is CitationLike => !!c);
    const first = citations[0];
    if (!first) return null;
    const papers: CitedPaperView[] = citations.map((c) => ({
      type: c.type,
      chamber: c.chamber,
      dossier: c.dossier,
      number: c.number,
      year: c.year,
      url: c.url,
      self: c.self ?? false,
      date: c.date ?? null,
      details: details(citedPaperRef(c)),
    }));
    const data: CitationPopoverData = { kind: 'citation', text: first.text, papers };
    return data;
  }
  const d = result.dates[target.date];
  if (!d) return null;
  return { kind: 'date', text: d.text, iso: d.iso, endIso: d.endIso, precision: d.precision };
}
