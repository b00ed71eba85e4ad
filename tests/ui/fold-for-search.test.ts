import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/ui/fold-for-search';
import { filterEntries } from '../../src/ui/options/glossary-pages';
import { makeFilter } from '../../src/ui/sidebar/filter';

// Each row: what a reader may type or a page may hold, and the text a search compares.
const FOLDS: [string, string, string][] = [
  ['case', 'NAVO-Top', 'navo-top'],
  ['a diaeresis', 'Oekraïne', 'oekraine'],
  ['accents in a name', 'Coördinatiecentrum Financiën', 'coordinatiecentrum financien'],
  ['a capital with an accent', 'ÉÉN', 'een'],
  // Already decomposed (typed or pasted so): the marks outside U+0300–036F went unseen in the sidebar.
  ['a decomposed letter', 'Oekrai\u0308ne', 'oekraine'],
  ['a mark outside the basic block', 'e\u1dc4', 'e'],
  ['a capital that lowers to a letter with a mark', 'İstanbul', 'istanbul'],
  ['a subscript digit (a glossary entry typed so)', 'CO₂-uitstoot', 'co2-uitstoot'],
  ['a ligature (text from a PDF)', 'oﬃcieel', 'officieel'],
  ['a line break and double spaces', 'Kamerstuk 29  521,\nnr. 446', 'kamerstuk 29 521, nr. 446'],
  ['no-break spaces', '29\u00a0521 en 36\u202f045', '29 521 en 36 045'],
  ['white space at the ends', '  NAVO\t', 'navo'],
  ['nothing', '', ''],
  ['odd code points, kept', '\u0000\uFFFF\uD800', '\u0000\uFFFF\uD800'],
];

describe('foldForSearch', () => {
  it.each(FOLDS)('folds %s: %j → %j', (_, text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('folds what it folded to the same again', () => {
    for (const [, , folded] of FOLDS) expect(foldForSearch(folded)).toBe(folded);
  });
});

describe('the sidebar filter and the glossary search fold alike', () => {
  it.each([
    ['oekraine', 'Oekraïne'],
    ['oekraine', 'Oekrai\u0308ne'],
    ['oekraine', 'Oekrai\u1dc4ne'],
    ['co2', 'CO₂'],
    ['officieel', 'oﬃcieel'],
    ['29 521', '29\u00a0521'],
    ['ISTANBUL', 'İstanbul'],
  ])('%j finds %j in both', (query, text) => {
    expect(makeFilter(query)(text)).toBe(true);
    expect(filterEntries([{ abbr: 'X', expansion: text }], query)).toHaveLength(1);
  });
});
