import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/core/acronyms';
import { normalizeText } from '../../../src/core/text/normalize';
import { FIXTURES, readLetter } from './helpers';

/**
 * Golden test on the real NAVO letter (PDF text with hyphenation, footnotes and typos):
 * every acronym in it, with its meaning and where the meaning comes from, and nothing else.
 */
describe('NAVO letter of 30 September 2022', () => {
  const text = readLetter(`${FIXTURES}navo-defensieministers-2022-09-30.txt`);
  const found = findAcronyms(normalizeText(text));

  const expected: Array<[string, string, 'document' | 'glossary']> = [
    ['NAVO', 'Noord-Atlantische Verdragsorganisatie', 'glossary'],
    ['EU', 'Europese Unie', 'glossary'],
    ['UDCG', 'Ukraine Defense Contact Group', 'document'],
    ['NAR', 'Noord-Atlantische Raad', 'document'],
    ['NATO', 'North Atlantic Treaty Organization', 'glossary'],
    ['DPCR', 'Defence Planning Capability Review', 'document'],
    ['NDPP', 'NAVO-defensieplanningscyclus', 'document'],
    ['NMI', 'NATO Mission Iraq', 'document'],
    ['ISIS', 'Islamitische Staat in Irak en Syrië', 'glossary'],
    ['OIR', 'Operation Inherent Resolve', 'document'],
    ['KFOR', 'Kosovo Force', 'document'],
    ['EUFOR', 'European Union Force', 'glossary'],
    ['VN', 'Verenigde Naties', 'glossary'],
    ['DDA', 'Deterrence and Defence of the Euro-Atlantic Area', 'document'],
    ['I-MDO', 'Initial Alliance Concept for Multi-Domain Operations', 'glossary'],
  ];

  it('finds exactly these acronyms, in order of first occurrence', () => {
    expect(found.map((a) => a.abbr)).toEqual(expected.map(([abbr]) => abbr));
  });

  it.each(expected)('%s = %s (%s)', (abbr, expansion, source) => {
    const a = found.find((f) => f.abbr === abbr);
    expect(a?.expansion).toBe(expansion);
    expect(a?.source).toBe(source);
  });

  it('every occurrence points at the acronym in the original text', () => {
    for (const a of found) {
      for (const o of a.occurrences) expect(text.slice(o.start, o.end)).toBe(a.abbr);
    }
    expect(found.find((a) => a.abbr === 'NAVO')?.occurrences.length).toBeGreaterThanOrEqual(20);
  });

  it('the NDPP definition keeps the standard NATO expansion beside the letter’s own', () => {
    expect(found.find((a) => a.abbr === 'NDPP')?.standardExpansion).toBe('NATO Defence Planning Process');
  });

  it('the NAR definition spans the long form across the hyphenated line end', () => {
    const nar = found.find((a) => a.abbr === 'NAR');
    expect(text.slice(nar?.definition?.start, nar?.definition?.end)).toBe('Noord-\nAtlantische Raad');
  });
});
