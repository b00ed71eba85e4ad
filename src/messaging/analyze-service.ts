/**
 * The `analyze` call's answer, in the background: the core pipeline with the built-in glossary
 * (bundled into the background, never into the content script) and the reader's own glossary.
 * The page's main thread never runs the analysis; the CLI and the tests call `analyze` directly.
 */
import type { UserGlossaryEntry } from '../core/acronyms/user-glossary';
import { analyze } from '../core/analyze';
import type { AnalysisResult } from '../core/types';
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
  /** The longest text whose answer is kept for the next call (default `MAX_KEPT_CHARS`). */
  maxKeptChars?: number;
}

/**
 * Answers an `analyze` call; `owner` names the sending tab and frame, whose parts a text sent
 * ahead is taken from.
 */
export type AnalyzeService = (input: AnalyzeRequestInput, owner?: string) => Promise<AnalyzeAnswer>;

/** How many answers the service keeps, for a paper asked again: its opening and its whole text. */
const KEPT_ANSWERS = 2;
/** Texts longer than this are not kept (two of the longest would hold 80 MB in the worker). */
export const MAX_KEPT_CHARS = 4_000_000;

interface KeptAnswer {
  text: string;
  /** Everything else the answer depends on, as JSON: page, reference day, scope, the reader's glossary. */
  key: string;
  result: AnalysisResult;
}

export function createAnalyzeService(deps: AnalyzeServiceDeps): AnalyzeService {
  const limit = deps.maxChars ?? MAX_ANALYZE_CHARS;
  const keptLimit = deps.maxKeptChars ?? MAX_KEPT_CHARS;
  /**
   * The last answers, newest first. The same text comes back with the same page more often than it
   * seems: a reload, the paper in a second tab, a site script that renders the text again in new
   * nodes (the reader then reads it again, see `src/dom/text-snapshot.ts`). In the worker, during a load,
   * the core took 90–480 ms on the 1 MB bench paper; a kept answer costs one comparison of the texts.
   */
  const kept: KeptAnswer[] = [];
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
    const { text, ...rest } = coreInput;
    const key = JSON.stringify([rest, userGlossary]);
    const hit = kept.find((k) => k.key === key && k.text === text);
    if (hit) return { state: 'done', result: hit.result };
    try {
      const result = analyze({ ...coreInput, userGlossary });
      if (text.length <= keptLimit) {
        kept.unshift({ text, key, result });
        kept.length = Math.min(kept.length, KEPT_ANSWERS);
      }
      return { state: 'done', result };
    } catch {
      // The core never throws on any text by contract; should it, the page shows nothing.
      return { state: 'refused', reason: 'failed' };
    }
  };
}
