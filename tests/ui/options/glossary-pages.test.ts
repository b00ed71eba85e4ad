import { describe, expect, it } from 'vitest';
import type { UserGlossaryEntry } from '../../../src/ui/options/glossary-edit';
import {
  filterEntries,
  glossaryPage,
  pageFromField,
  pageOfEntry,
} from '../../../src/ui/options/glossary-pages';

const list = (n: number): UserGlossaryEntry[] =>
  Array.from({ length: n }, (_, i) => ({ abbr: `A${i}`, expansion: `Afkorting ${i}` }));

describe('glossaryPage', () => {
  it('gives 100 rows a page, numbered from 1, the last page the rest', () => {
    const l = list(250);
    expect(glossaryPage(l, 0)).toMatchObject({ index: 0, count: 3, from: 1, to: 100, total: 250 });
    expect(glossaryPage(l, 1).rows[0]?.abbr).toBe('A100');
    expect(glossaryPage(l, 2)).toMatchObject({ index: 2, from: 201, to: 250 });
    expect(glossaryPage(l, 2).rows).toHaveLength(50);
  });

  it('keeps a page past the end (its last row deleted) or before the start within the list', () => {
    expect(glossaryPage(list(200), 2)).toMatchObject({ index: 1, from: 101, to: 200 });
    expect(glossaryPage(list(5), -1)).toMatchObject({ index: 0, from: 1, to: 5 });
    expect(glossaryPage([], 3)).toMatchObject({ index: 0, count: 1, from: 0, to: 0, total: 0, rows: [] });
  });

  it('finds the page an entry is on', () => {
    expect(pageOfEntry(list(250), 'A99')).toBe(0);
    expect(pageOfEntry(list(250), 'A100')).toBe(1);
    expect(pageOfEntry(list(250), 'B1')).toBe(-1);
  });
});

describe('pageFromField', () => {
  // The page a number typed in the pager's field turns to (0-based), in a list of 3 pages.
  it.each([
    ['1', 0],
    ['3', 2],
    [' 2 ', 1],
    ['4', 2],
    ['1000000', 2],
    ['1e3', 2],
    ['0', 0],
    ['-1', 0],
    ['2.9', 1],
    ['', null],
    ['  ', null],
    ['twee', null],
  ])('%j → %j', (typed, page) => {
    expect(pageFromField(typed, 3)?.index ?? null).toBe(page);
  });

  it('keeps a list of one page (or none) on its page', () => {
    expect(pageFromField('5', 1)?.index).toBe(0);
    expect(pageFromField('5', 0)?.index).toBe(0);
  });
});

describe('filterEntries', () => {
  const entries: UserGlossaryEntry[] = [
    { abbr: 'COÖ', expansion: 'Coördinatiecentrum' },
    {
      abbr: 'NAR',
      expansion: 'Noord-Atlantische Raad',
      explanation: 'Het besluitvormende orgaan van de NAVO',
    },
    { abbr: 'EU', expansion: 'Europese Unie' },
  ];

  it('matches abbreviation, meaning and explanation, ignoring case and accents', () => {
    expect(filterEntries(entries, 'coordinatie').map((e) => e.abbr)).toEqual(['COÖ']);
    expect(filterEntries(entries, 'navo').map((e) => e.abbr)).toEqual(['NAR']);
    expect(filterEntries(entries, 'eu').map((e) => e.abbr)).toEqual(['EU']);
  });

  it('needs every word, in any order; an empty search is the whole list', () => {
    expect(filterEntries(entries, 'raad noord').map((e) => e.abbr)).toEqual(['NAR']);
    expect(filterEntries(entries, 'raad unie')).toEqual([]);
    expect(filterEntries(entries, '  ')).toBe(entries);
  });
});

describe('pageFromField: a number that is no page', () => {
  it.each([
    ['99', true],
    ['4', true],
    ['1e1', true],
    ['0', true],
    ['-4', true],
    ['0.5', true],
    ['1', false],
    ['3', false],
    ['3.9', false],
    ['2.5', false],
    ['', false],
    ['  ', false],
  ])('%j of 3 pages: %s', (typed, outside) => {
    expect(pageFromField(typed, 3)?.outside ?? false).toBe(outside);
  });
});
