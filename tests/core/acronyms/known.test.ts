import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../src/core/acronyms/glossary';
import { knownAbbreviations } from '../../../src/core/acronyms/known';

const glossary = createGlossary(
  [
    {
      abbr: 'NAVO',
      expansion: 'Noord-Atlantische Verdragsorganisatie',
      category: 'nato-defence',
      lang: 'nl',
    },
    { abbr: 'Woo', expansion: 'Wet open overheid', category: 'law-procedure', lang: 'nl' },
    { abbr: 'EU', expansion: 'Europese Unie', category: 'eu', lang: 'nl' },
  ],
  ['EU'],
);

describe('knownAbbreviations', () => {
  it('is made once per glossary, so its functions stay the same', () => {
    const known = knownAbbreviations(glossary);
    expect(knownAbbreviations(glossary)).toBe(known);
    expect(knownAbbreviations(createGlossary([])) === known).toBe(false);
  });

  // Each row: a token in or before parentheses, may it be a defined short form?
  const shortForms: [sf: string, expected: boolean][] = [
    ['NAVO', true], // in the glossary
    ['Woo', true], // in the glossary, title case
    ['EU', false], // hidden by the user
    ['IenW', true], // two capitals, two lower-case letters
    ['PvdA', true],
    ['Lodders', false], // one capital
    ['ProRail', false], // more lower case than capitals + 2
    ['IIIA', true], // a roman numeral with a letter: only when its long form's initials spell it (below)
    ['ÉCU', true],
  ];
  it.each(shortForms)('isShortForm(%s) = %s', (sf, expected) => {
    expect(knownAbbreviations(glossary).isShortForm(sf)).toBe(expected);
  });

  it.each([
    ['Rtvi', true, true, true],
    ['nFvw', true, true, true], // `nieuwe Financiële-verhoudingswet (nFvw)` (1703)
    ['IIA', true, false, false], // spelled out like Rtvi, but the token finder finds it once defined
    ['NAVO', false, false, false],
    ['koa', false, false, true], // `Wet koa`: held to initials where defined (definitions/spelling-checks.ts), found from the text
    ['kansspelen', false, false, false], // too long for a lower-case short form
  ])(
    'spelledByInitials(%s) = %s, oneCapital = %s, fromTextOnly = %s',
    (sf, spelled, oneCapital, fromText) => {
      const known = knownAbbreviations(glossary);
      expect([known.spelledByInitials(sf), known.oneCapital(sf), known.fromTextOnly(sf)]).toEqual([
        spelled,
        oneCapital,
        fromText,
      ]);
    },
  );

  it('knows the document’s own definitions only while reading it', () => {
    const known = knownAbbreviations(glossary);
    const definitions = new Map([['NDPP', {}]]);
    expect(
      known.reading(definitions, () => [known.known('NDPP'), known.known('NAVO'), known.known('EU')]),
    ).toEqual([
      true,
      true,
      false, // hidden
    ]);
    expect(known.known('NDPP')).toBe(false);
    expect(known.known('NAVO')).toBe(true);
  });
});
