import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/types';
import { findingSpans, shownCategories } from '../../src/reader/paint-plan';

// A NAVO letter's findings, trimmed to what painting reads.
const result = {
  acronyms: [
    {
      term: 'NAVO',
      occurrences: [
        { start: 10, end: 14 },
        { start: 90, end: 94 },
      ],
    },
    { term: 'EU', occurrences: [{ start: 40, end: 42 }] },
  ],
  citations: [
    // "Kamerstukken 28 676, nrs. 408 en 409": one place, two cited papers.
    { start: 120, end: 155, dossier: '28676', number: '408' },
    { start: 120, end: 155, dossier: '28676', number: '409' },
    { start: 200, end: 225, dossier: '29521', number: '446' },
  ],
  dates: [{ start: 60, end: 75 }],
} as unknown as AnalysisResult;

describe('what the reader paints', () => {
  it.each([
    ['acronym', [10, 90, 40]],
    ['citation', [120, 200]],
    ['date', [60]],
  ] as const)('%s spans: each place once', (category, starts) => {
    expect(findingSpans(result, category).map((s) => s.start)).toEqual(starts);
  });

  it.each([
    [{ acronyms: true, citations: true, dates: false, outline: true }, true, ['acronym', 'citation']],
    [{ acronyms: true, citations: true, dates: true, outline: true }, true, ['acronym', 'citation', 'date']],
    [{ acronyms: false, citations: true, dates: false, outline: true }, true, ['citation']],
    [{ acronyms: true, citations: true, dates: true, outline: true }, false, []],
  ])('categories %o with marks visible %s: %o', (categories, visible, shown) => {
    expect(shownCategories({ categories }, visible)).toEqual(shown);
  });
});
