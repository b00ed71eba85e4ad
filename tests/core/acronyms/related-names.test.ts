import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/core/acronyms';
import { nameTheSameThing } from '../../../src/core/acronyms/related-names';
import { normalizeText } from '../../../src/core/text/normalize';

describe('nameTheSameThing: a letter’s long form and the glossary’s', () => {
  // [letter, letter's long form, glossary's long form]
  it.each([
    ['14', 'Audit Dienst Rijk', 'Auditdienst Rijk'],
    ['286', 'Navo Defensie Planningsproces', 'NATO Defence Planning Process'],
    ['NAVO letter', 'NAVO-defensieplanningscyclus', 'NATO Defence Planning Process'],
    ['233', 'geharmoniseerde consumentenprijsindex', 'Harmonised Index of Consumer Prices'],
    ['179', 'European Food Safety Authority', 'Europese Autoriteit voor voedselveiligheid'],
    ['281', 'faciliteit voor herstel en veerkracht', 'Recovery and Resilience Facility'],
    [
      '447',
      'toegepast-natuurwetenschappelijk onderzoek',
      'Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek',
    ],
    ['665', 'wettelijk minimumloon', 'Wet minimumloon en minimumvakantiebijslag'],
    ['684', 'nieuwe Voedsel en Warenautoriteit', 'Nederlandse Voedsel- en Warenautoriteit'],
  ])('the same thing (%s): %s, %s', (_letter, own, glossary) => {
    expect(nameTheSameThing(own, glossary)).toBe(true);
    expect(nameTheSameThing(glossary, own)).toBe(true);
  });

  it.each([
    ['113', 'Delta Rhine Corridor', 'Democratische Republiek Congo'],
    ['273', 'Nationaal Restauratiefonds', 'NATO Response Force'],
    ['288', 'Inclusive Framework', 'Infrastructuurfonds'],
    ['516', 'wetsvoorstel Kwaliteitsbevordering rampenbestrijding', 'werkkostenregeling'],
    ['80', 'administratieve organisatie', 'algemeen overleg'],
  ])('another thing (%s): %s, %s', (_letter, own, glossary) => {
    expect(nameTheSameThing(own, glossary)).toBe(false);
    expect(nameTheSameThing(glossary, own)).toBe(false);
  });
});

describe('a letter that gives a known short form another meaning', () => {
  it('shows its own meaning without the glossary’s explanation, which stays an alternative (273)', () => {
    const text =
      'de Rijksdienst voor het Cultureel Erfgoed als uitvoerder en het Nationaal Restauratiefonds (NRF) als bank. Het NRF leent.';
    const nrf = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'NRF');
    expect(nrf).toMatchObject({ expansion: 'Nationaal Restauratiefonds', source: 'document' });
    expect(nrf?.explanation).toBeUndefined();
    expect(nrf?.standardExpansion).toBeUndefined();
    expect(nrf?.alternatives?.map((m) => m.expansion)).toEqual(['NATO Response Force']);
  });

  it('keeps the glossary’s explanation and usual name for its own wording of the same name (NAVO letter)', () => {
    const found = findAcronyms(normalizeText('de huidige NAVO-defensieplanningscyclus (NDPP). Het NDPP'));
    const ndpp = found.find((a) => a.abbr === 'NDPP');
    expect(ndpp?.standardExpansion).toBe('NATO Defence Planning Process');
    expect(ndpp?.alternatives).toBeUndefined();
  });
});
