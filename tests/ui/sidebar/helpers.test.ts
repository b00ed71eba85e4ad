import { describe, expect, it } from 'vitest';
import type { CitationFinding, CommitmentFinding, TimelineEntry } from '../../../src/core/types';
import { groupCitations } from '../../../src/ui/sidebar/citation-groups';
import { makeFilter } from '../../../src/ui/sidebar/filter';
import { splitTimeline, undatedCommitments } from '../../../src/ui/sidebar/timeline-groups';

function citation(text: string, start: number, fields: Partial<CitationFinding> = {}): CitationFinding {
  return {
    text,
    start,
    end: start + text.length,
    type: 'kamerstuk',
    chamber: 'II',
    dossier: null,
    number: null,
    year: null,
    url: null,
    ...fields,
  };
}

describe('filter', () => {
  it.each([
    // Accents, case and line breaks of the page's text do not matter.
    ['oekraine', 'Oekraïne', true],
    ['OEKRAÏNE', 'Oekraïne', true],
    ['29 521', 'Kamerstuk 29  521,\nnr. 446', true],
    ['navo-top', 'de NAVO-Top in Madrid', true],
    ['madrid', 'Kosovo Force', false],
    ['', 'anything', true],
    ['   ', 'anything', true],
  ])('%j in %j → %s', (query, text, expected) => {
    expect(makeFilter(query)(text)).toBe(expected);
  });

  it('matches any of several texts, skipping absent ones', () => {
    const matches = makeFilter('defense');
    expect(matches(null, 'UDCG', 'Ukraine Defense Contact Group')).toBe(true);
    expect(matches(undefined, null)).toBe(false);
  });

  it('copes with huge and odd input', () => {
    const huge = 'a'.repeat(200_000);
    expect(makeFilter(huge)(huge)).toBe(true);
    expect(makeFilter('\uD800')('\u0000\uFFFF\uD800')).toBe(true);
  });
});

describe('groupCitations', () => {
  // Kamerstuk 29 521, nr. 446 is cited twice in the NAVO letter of 30 September 2022.
  const first = citation('Kamerstuk 29 521, nr. 446', 8308, {
    dossier: '29521',
    number: '446',
    url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
  });
  const again = { ...first, start: 9278, end: 9303 };
  const handelingen = citation('Handelingen II 2022/23, nr. 10, item 5', 500, {
    type: 'handelingen',
    number: '10',
    year: '2022-2023',
  });
  const other = citation('Kamerstuk 21 501-28, nr. 255', 700, { dossier: '21501-28', number: '255' });

  it('groups by dossier in order of first mention, other publications last', () => {
    const groups = groupCitations([again, handelingen, first, other]);
    expect(groups.map((g) => g.dossier)).toEqual(['21501-28', '29521', null]);
    const navo = groups[1];
    expect(navo?.papers).toHaveLength(1);
    expect(navo?.papers[0]?.first.start).toBe(8308);
    expect(navo?.papers[0]?.mentions.map((m) => m.start)).toEqual([8308, 9278]);
  });

  it('returns nothing for no citations', () => {
    expect(groupCitations([])).toEqual([]);
  });
});

describe('splitTimeline', () => {
  const entry = (
    iso: string,
    relation: TimelineEntry['relation'],
    start: number,
    kind: TimelineEntry['kind'] = 'event',
  ) => ({ iso, endIso: null, label: iso, relation, kind, start, end: start + 4 }) as TimelineEntry;

  it('splits around the letter date and sorts each part by date', () => {
    const groups = splitTimeline([
      entry('2023-01', 'future', 10),
      entry('2022-06-17', 'past', 20),
      entry('2022-09-30', 'same-day', 0),
      entry('2022-06', 'past', 5),
      entry('2022-11', 'future', 30, 'commitment'),
      entry('2021', null, 40),
    ]);
    expect(groups.past.map((e) => e.iso)).toEqual(['2022-06', '2022-06-17']);
    expect(groups.sameDay.map((e) => e.iso)).toEqual(['2022-09-30']);
    expect(groups.future.map((e) => e.iso)).toEqual(['2022-11', '2023-01']);
    expect(groups.unplaced.map((e) => e.iso)).toEqual(['2021']);
  });

  it('lists commitments without a date that are not on the timeline', () => {
    const c = (text: string, start: number, due: string | null): CommitmentFinding => ({
      text,
      start,
      end: start + text.length,
      due,
    });
    const commitments = [
      c('Het kabinet zal de Kamer hierover nadere voorstellen doen.', 8462, null),
      c('Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te hebben', 9078, '2022-11'),
    ];
    const timeline = [entry('2022-11', 'future', 9078, 'commitment')];
    expect(undatedCommitments(commitments, timeline).map((x) => x.start)).toEqual([8462]);
  });
});
