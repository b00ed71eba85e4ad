/**
 * The `analyze` call's answer, in the background: the core pipeline with the built-in glossary
 * (bundled into the background, never into the content script) and the reader's own glossary.
 * The page's main thread never runs the analysis; the CLI and the tests call `analyze` directly.
 */
import type { UserGlossaryEntry } from '../core/acronyms/user-glossary';
import { analyze } from '../core/analyze';
import { MAX_ANALYZE_CHARS, type AnalyzeAnswer, type AnalyzeRequestInput } from './protocol';
import type { TextPartStore } from './text-parts';

export interface AnalyzeServiceDeps {
  /**
   * The reader's own glossary (storage), current at each analysis so an edit applies on the next
   * page; `fresh`: read it again now (the page asks because the entries just changed).
   */
  userGlossary(fresh: boolean): Promise<readonly UserGlossaryEntry[]>;
  /** The longest text analysed (default `MAX_ANALYZE_CHARS`). */
  maxChars?: number;
  /** Texts sent ahead in parts (`analyze-part`); without it, an input naming parts finds them missing. */
  textParts?: TextPartStore;
}

/**
 * Answers an `analyze` call; `owner` names the sending tab and frame, whose parts a text sent
 * ahead is taken from.
 */
export type AnalyzeService = (input: AnalyzeRequestInput, owner?: string) => Promise<AnalyzeAnswer>;

export function createAnalyzeService(deps: AnalyzeServiceDeps): AnalyzeService {
  const limit = deps.maxChars ?? MAX_ANALYZE_CHARS;
  return async (input, owner = '') => {
    const length = input.parts?.length ?? input.text.length;
    if (length > limit) return { state: 'refused', reason: 'too-large', limit };
    // `glossaryChanged` and `parts` are for this service; the rest is the core's input.
    const { glossaryChanged, parts, ...coreInput } = input;
    if (parts) {
      const text = deps.textParts?.take(owner, parts.stream, parts.count, parts.length) ?? null;
      if (text === null) return { state: 'refused', reason: 'missing-text' };
      coreInput.text = text;
    }
    // A storage failure costs the reader's own meanings, not the analysis.
    const userGlossary = await deps.userGlossary(glossaryChanged === true).catch(() => []);
    try {
      return { state: 'done', result: analyze({ ...coreInput, userGlossary }) };
    } catch {
      // The core never throws on any text by contract; should it, the page shows nothing.
      return { state: 'refused', reason: 'failed' };
    }
  };
}
