/**
 * What the reader paints, decided once for the first screens and for the whole paper: the spans
 * of each category of findings, and which categories the settings show.
 */
import type { AnalysisResult, Span } from '../core/types';
import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../dom/highlight/names';
import type { Settings } from '../settings/settings';

const CATEGORY_SETTING: Readonly<Record<HighlightCategory, keyof Settings['categories']>> = {
  acronym: 'acronyms',
  citation: 'citations',
  date: 'dates',
};

/** The spans painted for `category`: every acronym occurrence, each cited place once, every date. */
export function findingSpans(result: AnalysisResult, category: HighlightCategory): Span[] {
  if (category === 'acronym') return result.acronyms.flatMap((a) => a.occurrences);
  if (category === 'citation') {
    // One citation string may cite several papers: its place is painted once.
    const seen = new Set<string>();
    return result.citations.filter((c) => {
      const key = `${c.start}:${c.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return result.dates;
}

/** The categories painted: none while the marks are hidden, else those switched on. */
export function shownCategories(
  settings: Pick<Settings, 'categories'>,
  marksVisible: boolean,
): HighlightCategory[] {
  return marksVisible ? HIGHLIGHT_CATEGORIES.filter((c) => settings.categories[CATEGORY_SETTING[c]]) : [];
}
