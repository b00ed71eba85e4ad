import { describe, expect, it } from 'vitest';
import { cite, key } from './helpers';

// The first sentence is the NAVO fixture's; the short forms after it are the forms the issue names.
const NAVO = 'verplaatsen van OIR naar NMI (Kamerstuk \n29 521, nr. 446, d.d. 17 juni 2022). ';

describe('short forms', () => {
  it.each([
    {
      name: 'genoemde brief van <date> matches the letter with that d.d. date',
      text: `${NAVO}In de genoemde brief van 17 juni 2022 staat meer.`,
      short: 'genoemde brief van 17 juni 2022',
      ids: ['kst-29521-446'],
    },
    {
      name: 'voornoemde brief with one letter cited before',
      text: `${NAVO}Zoals in voornoemde brief gemeld, onderzoekt het kabinet dit.`,
      short: 'voornoemde brief',
      ids: ['kst-29521-446'],
    },
    {
      name: '(idem) is the previous citation',
      text: `${NAVO}Dat geldt ook voor Irak (idem).`,
      short: '(idem)',
      ids: ['kst-29521-446'],
    },
    {
      name: 'a footnote that says only Idem',
      text: '1 Kamerstuk 28 676, nr. 387\n2 Idem.\n',
      short: 'Idem.',
      ids: ['kst-28676-387'],
    },
    {
      name: 'a dated short form picks the one letter of that date among several',
      text:
        'Bij brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) en de contourennota (Kamerstuk 29 279, nr. 278). ' +
        'In de eerder genoemde brief van 7 maart 2016 staat het.',
      short: 'eerder genoemde brief van 7 maart 2016',
      ids: ['kst-29279-302'],
    },
  ])('$name', ({ text, short, ids }) => {
    const found = cite(text);
    const resolved = found.filter((c) => c.resolvedFrom !== null);
    expect(resolved.map(key)).toEqual(ids);
    const first = resolved[0];
    expect(first?.text).toBe(short);
    expect(text.slice(first?.start, first?.end)).toBe(short);
    // resolvedFrom points at the full citation in the original text.
    const target = found.find((c) => c.resolvedFrom === null && c.id === first?.id);
    expect(first?.resolvedFrom).toEqual({ start: target?.start, end: target?.end });
  });

  it.each([
    {
      name: 'voornoemde brief with two different letters before it stays unresolved',
      text: '(Kamerstuk 29 279, nr. 302) en (Kamerstuk 29 279, nr. 278). In voornoemde brief staat het.',
    },
    {
      name: 'a dated short form without a letter of that date stays unresolved',
      text: `${NAVO}In de genoemde brief van 3 mei 2021 staat het.`,
    },
    {
      name: 'a short form before any citation stays unresolved',
      text: 'In voornoemde brief (idem) staat het.',
    },
    {
      name: 'genoemde brief followed by its own citation is not counted twice',
      text: `${NAVO}De genoemde brief (Kamerstuk 28 676, nr. 387) gaat verder.`,
    },
    { name: 'idem inside a sentence is no short form', text: `${NAVO}Dat is idem dito het geval.` },
  ])('$name', ({ text }) => {
    expect(cite(text).filter((c) => c.resolvedFrom !== null)).toEqual([]);
  });
});
