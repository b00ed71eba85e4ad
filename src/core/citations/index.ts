import type { CitationFinding, DocumentInfo } from '../types';
import type { NormalizedText } from '../text/normalize';

/** Every cited paper (original offsets). Placeholder until the citations issue. */
export function findCitations(_text: NormalizedText, _self: DocumentInfo): CitationFinding[] {
  return [];
}
