import type { AcronymFinding } from '../types';
import type { NormalizedText } from '../text/normalize';

/** Every acronym with its meaning and occurrences (original offsets). Placeholder until the acronyms issue. */
export function findAcronyms(_text: NormalizedText): AcronymFinding[] {
  return [];
}
