import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/types';
import {
  dateMatches,
  precision,
  recall,
  sameExpansion,
  scoreAcronyms,
  scoreCitations,
  scoreDates,
  scoreExpansions,
  scoreGlossaryExpansions,
  type Gold,
} from '../../src/eval/score';

const base: AnalysisResult = {
  schema: 1,
  isParliamentary: true,
  document: {
    kind: 'brief regering',
    letterDate: null,
    dossier: null,
    number: null,
    title: null,
    sender: null,
    addressee: null,
    askers: [],
  },
  acronyms: [],
  citations: [],
  dates: [],
  timeline: [],
  commitments: [],
  outline: [],
};
const gold: Gold = {
  url: '',
  is_parliamentary: true,
  kind: 'brief regering',
  letter_date: null,
  dossier: null,
  number: null,
  acronyms: [
    { abbr: 'OVV', expansion: 'Onderzoeksraad voor Veiligheid', source: 'document' },
    { abbr: 'sms', expansion: null, source: null, optional: true },
  ],
  citations: [
    {
      text: 'x',
      type: 'kamerstuk',
      dossier: '29279',
      number: '302',
      url: 'https://zoek.officielebekendmakingen.nl/kst-29279-302.html',
    },
    { text: 'y', type: 'handelingen', dossier: null, number: '80', url: null },
    { text: 'z', type: 'aanhangsel', dossier: null, number: '2844', url: 'u', self: true },
  ],
  dates: [
    { text: 'Begin 2023', iso: '2023-01', endIso: null, precision: 'approximate' },
    { text: '2026', iso: '2026', endIso: null, precision: 'year', optional: true },
  ],
};

describe('scoring against gold (README rules)', () => {
  it('ignores a trailing possessive and optional items', () => {
    const result = {
      ...base,
      acronyms: [
        { abbr: "OVV's", expansion: null, source: null, occurrences: [] },
        { abbr: 'sms', expansion: null, source: null, occurrences: [] },
        { abbr: 'XYZ', expansion: null, source: null, occurrences: [] },
      ],
    };
    const t = scoreAcronyms(result, gold);
    expect([t.truePositives, t.falsePositives, t.falseNegatives]).toEqual([1, 1, 0]);
    expect(t.misses).toEqual(['+XYZ']);
  });

  it('scores in-text expansions and glossary meanings apart, each against its own gold source', () => {
    const withMeanings: Gold = {
      ...gold,
      acronyms: [
        ...gold.acronyms,
        { abbr: 'LNV', expansion: 'Landbouw, Natuurbeheer en Visserij', source: 'glossary' },
        { abbr: 'SZW', expansion: 'Sociale Zaken en Werkgelegenheid', source: 'glossary' },
        { abbr: 'BZ', expansion: null, source: 'glossary' }, // the annotator was not sure: not scored
      ],
    };
    const found = (abbr: string, expansion: string | null) => ({
      abbr,
      expansion,
      source: null,
      occurrences: [],
    });
    const result = {
      ...base,
      acronyms: [
        found('OVV', 'Onderzoeksraad voor Veiligheid'),
        found('LNV', 'Landbouw, Natuur en Voedselkwaliteit'),
        found('SZW', 'Sociale Zaken en Werkgelegenheid'),
        found('BZ', 'Buitenlandse Zaken'),
      ],
    };
    const inText = scoreExpansions(result, withMeanings);
    expect([inText.truePositives, inText.falsePositives, inText.falseNegatives]).toEqual([1, 0, 0]);
    const meanings = scoreGlossaryExpansions(result, withMeanings);
    expect([meanings.truePositives, meanings.falsePositives, meanings.falseNegatives]).toEqual([1, 1, 1]);
    expect(meanings.misses).toEqual([
      'LNV: "Landbouw, Natuur en Voedselkwaliteit" ≠ "Landbouw, Natuurbeheer en Visserij"',
    ]);
  });

  it('compares citations by url, else by type, dossier and number; self-citations are neutral', () => {
    const c = (url: string | null, type: 'kamerstuk' | 'handelingen' | 'aanhangsel', number: string) => ({
      text: '',
      type,
      chamber: null,
      dossier: null,
      number,
      year: null,
      url,
      start: 0,
      end: 0,
    });
    const result = { ...base, citations: [c(null, 'handelingen', '80'), c('u', 'aanhangsel', '2844')] };
    const t = scoreCitations(result, gold);
    expect([t.truePositives, t.falsePositives, t.falseNegatives]).toEqual([1, 0, 1]);
    expect(precision(t)).toBe(1);
    expect(recall(t)).toBe(0.5);
  });

  it('matches a coarser gold date with any finer value inside it, and day dates exactly', () => {
    expect(dateMatches('2023-01', '2023-01')).toBe(true);
    expect(dateMatches('2023-01-15', '2023-01')).toBe(true);
    expect(dateMatches('2023-10', '2023-1')).toBe(false);
    expect(dateMatches('2022-10-13', '2022-10-12')).toBe(false);
    const d = (iso: string) => ({ text: '', iso, endIso: null, precision: 'day' as const, start: 0, end: 0 });
    const t = scoreDates({ ...base, dates: [d('2023-01'), d('2026')] }, gold);
    expect([t.truePositives, t.falsePositives, t.falseNegatives]).toEqual([1, 0, 0]);
  });

  it.each([
    ['de Onderzoeksraad voor Veiligheid', 'Onderzoeksraad voor Veiligheid', true],
    ['Ministerie van Economische Zaken', 'Economische Zaken', true],
    ['Noord-\nAtlantische Raad', 'Noord-Atlantische Raad', true],
    ['Strate-\ngisch Concept', 'Strategisch Concept', true],
    ['Raad', 'Noord-Atlantische Raad', false],
    ['Ukraine Defense Contact Group', 'Ukraine defense contact group', true],
    ['Beoordeling Nieuwe Commissie voorstellen', 'Beoordeling Nieuwe Commissievoorstellen', true],
    ['Land- en Tuinbouw Organisatie Nederland', 'Land- en Tuinbouworganisatie Nederland', true],
    ['Nieuwe Commissie', 'Nieuwe Commissievoorstellen', false],
    [
      'Effectstudie Voorschoolse Educatie: een natuurlijk experiment in Nederlandse gemeenten',
      'Effectstudie Voorschoolse Educatie',
      true,
    ],
    ['Effectstudie Voorschoolse Educatie: een experiment', 'Effectstudie Voorschoolse Opvang', false],
  ])('sameExpansion(%j, %j) is %s', (a, b, same) => expect(sameExpansion(a, b)).toBe(same));
});
