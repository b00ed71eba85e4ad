/**
 * The `analyze` call's answer, in the background: the core pipeline with the built-in glossary
 * (bundled into the background, never into the content script) and the reader's own glossary.
 * The page's main thread never runs the analysis; the CLI and the tests call `analyze` directly.
 */
import type { UserGlossaryEntry } from '../core/acronyms/user-glossary';
import { analyze } from '../core/analyze';
import { MAX_ANALYZE_CHARS, type AnalyzeAnswer, type AnalyzeRequestInput } from './protocol';

export interface AnalyzeServiceDeps {
  /**
   * The reader's own glossary (storage), current at each analysis so an edit applies on the next
   * page; `fresh`: read it again now (the page asks because the entries just changed).
   */
  userGlossary(fresh: boolean): Promise<readonly UserGlossaryEntry[]>;
  /** The longest text analysed (default `MAX_ANALYZE_CHARS`). */
  maxChars?: number;
}

export type AnalyzeService = (input: AnalyzeRequestInput) => Promise<AnalyzeAnswer>;

export function createAnalyzeService(deps: AnalyzeServiceDeps): AnalyzeService {
  const limit = deps.maxChars ?? MAX_ANALYZE_CHARS;
  return async (input) => {
    if (input.text.length > limit) return { state: 'refused', reason: 'too-large', limit };
    // A storage failure costs the reader's own meanings, not the analysis.
    // `glossaryChanged` is for this service; the rest is the core's input.
    const { glossaryChanged, ...coreInput } = input;
    const userGlossary = await deps.userGlossary(glossaryChanged === true).catch(() => []);
    try {
      return { state: 'done', result: analyze({ ...coreInput, userGlossary }) };
    } catch {
      // The core never throws on any text by contract; should it, the page shows nothing.
      return { state: 'refused', reason: 'failed' };
    }
  };
}
