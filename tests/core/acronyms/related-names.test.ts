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

describe('a letter that also writes the glossary’s name before the short form in brackets', () => {
  // Each row: letter, real text, short form, the expansion shown, and where the definition starts.
  it.each([
    [
      '243, the heading’s typo, the text’s glossary name',
      '33 149 Inspectie voor de Gezondheidzorg (IGZ)\n\nNr. 558 BRIEF. de voorgenomen fusie tussen de Inspectie Jeugdzorg (IJZ) en Inspectie voor de Gezondheidszorg (IGZ) en',
      'IGZ',
      'Inspectie voor de Gezondheidszorg',
      'Inspectie voor de Gezondheidszorg (IGZ) en',
    ],
    [
      '2662, the later definition names the committee in full',
      'uit het rapport van de Adviescommissie Vreemdelingenzaken (ACVZ) over. Op 25 juni jl. heeft de Adviescommissie voor Vreemdelingenzaken (ACVZ) geadviseerd',
      'ACVZ',
      'Adviescommissie voor Vreemdelingenzaken',
      'Adviescommissie voor Vreemdelingenzaken (ACVZ) geadviseerd',
    ],
    [
      '131, the same brackets: the law’s first word with it',
      'medische keuringen ten bate van de Wet werk en inkomen naar arbeidsvermogen (WIA) en de WIA',
      'WIA',
      'Wet werk en inkomen naar arbeidsvermogen',
      'Wet werk en inkomen naar arbeidsvermogen (WIA) en de WIA',
    ],
  ])('takes that one (%s)', (_letter, text, abbr, expansion, from) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found).toMatchObject({ expansion, source: 'document' });
    expect(found?.standardExpansion).toBeUndefined();
    expect(found?.definition?.start).toBe(text.indexOf(from));
  });

  it('keeps the letter’s first wording when it only joins the glossary’s words into a compound (193)', () => {
    const text =
      'over de Fraude Signaleringsvoorziening (FSV) (ingezonden). Wat vindt u van de lijst die de Fraude Signalering Voorziening (FSV)?';
    const fsv = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'FSV');
    expect(fsv).toMatchObject({ expansion: 'Fraude Signaleringsvoorziening', source: 'document' });
    expect(fsv?.definition?.start).toBe(text.indexOf('Fraude'));
  });
});

describe('the glossary’s standard wording beside the letter’s', () => {
  // [letter, real text, short form, the letter's long form, the glossary's wording shown beside it or undefined]
  it.each([
    [
      '458, a common noun in the plural: nothing to show beside it',
      'verstrekt nog dit jaar, samen met het Ministerie van Asiel en Migratie, specifieke uitkeringen (SPUK) aan de gemeente Amsterdam en de gemeente Gilze en Rijen',
      'SPUK',
      'specifieke uitkeringen',
      undefined,
    ],
    [
      '392, a plural and an inflected adjective',
      'vanwege een tekort aan plaatsen in de penitentiaire inrichtingen (PI’s). In mijn Kamerbrief van 4 december jl. heb ik daarom aangegeven',
      'PI',
      'penitentiaire inrichtingen',
      undefined,
    ],
    [
      '1666, a proper name the letter misspells keeps its standard spelling',
      'reactie op verzoek commissie over brieven van de Koninklijk Horeca Nederland (KHN) en van het Ondernemers Platform Ameland (OPA) over de vaargeul',
      'KHN',
      'Koninklijk Horeca Nederland',
      'Koninklijke Horeca Nederland',
    ],
  ])('%s', (_letter, text, abbr, expansion, standard) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found).toMatchObject({ expansion, source: 'document' });
    expect(found?.standardExpansion).toBe(standard);
    expect(found?.alternatives?.map((m) => m.expansion) ?? []).not.toContain(found?.standardExpansion ?? '-');
  });
});
