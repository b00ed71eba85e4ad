import type { DocumentInfo, PageContext, Span } from '../types';
import type { NormalizedText } from '../text/normalize';

/** Where the parts of the paper's head and foot are, in NORMALIZED offsets (the outline uses them). */
export interface DocumentParts {
  /** The head block: dossier line(s), `Nr.` line, kind/sender line, addressee. */
  header: Span | null;
  /** The `Den Haag, …` / `ontvangen …` / `Vastgesteld …` line. */
  dateLine: Span | null;
  /** The signature block (`De Minister van Defensie,\nK.H. Ollongren`). */
  signature: Span | null;
}

export interface Detection {
  isParliamentary: boolean;
  document: DocumentInfo;
  parts: DocumentParts;
}

export const EMPTY_DOCUMENT: DocumentInfo = {
  kind: null,
  letterDate: null,
  dossier: null,
  number: null,
  title: null,
  sender: null,
  addressee: null,
};

/** Is this a parliamentary paper, and what are its facts? (Placeholder until the detection work lands.) */
export function detectDocument(_text: NormalizedText, _page?: PageContext): Detection {
  return {
    isParliamentary: false,
    document: { ...EMPTY_DOCUMENT },
    parts: { header: null, dateLine: null, signature: null },
  };
}
