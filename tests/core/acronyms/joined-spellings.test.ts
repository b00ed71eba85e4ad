import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/core/acronyms';
import { normalizeText } from '../../../src/core/text/normalize';
import { meanings } from './helpers';

/** Each acronym of `text` as `abbr → [expansion, occurrences]`. */
function found(text: string): Record<string, [string | null, number]> {
  const out: Record<string, [string | null, number]> = {};
  for (const a of findAcronyms(normalizeText(text))) out[a.abbr] = [a.expansion, a.occurrences.length];
  return out;
}

describe('pluses written after the brackets belong to the short form they hold', () => {
  it.each([
    [
      'the letter defines SDE++ (1712), with no SDE of its own beside it',
      'Welke invloed heeft de coronacrisis op de openstelling van de Stimuleringsregeling\nDuurzame Energieproductie (SDE)++? Het kunnen verkrijgen van SDE++ is op dit moment nog mogelijk.',
      { 'SDE++': ['Stimuleringsregeling Duurzame Energieproductie', 2] },
    ],
    [
      'no pluses: the short form in the brackets as written',
      'de Stimuleringsregeling Duurzame Energieproductie (SDE) en later de SDE+.',
      {
        SDE: ['Stimuleringsregeling Duurzame Energieproductie', 1],
        'SDE+': ['Stimulering Duurzame Energieproductie', 1],
      },
    ],
    [
      'a run of more pluses than a short form is written with: the short form in the brackets as written',
      'de Stimuleringsregeling Duurzame Energieproductie (SDE)+++ en verder',
      { SDE: ['Stimuleringsregeling Duurzame Energieproductie', 1] },
    ],
    [
      'a megabyte of pluses (the fuzz) spells no short form a megabyte long',
      `de Stimuleringsregeling Duurzame Energieproductie (SDE)${'+'.repeat(1_000_000)} en verder`,
      { SDE: ['Stimuleringsregeling Duurzame Energieproductie', 1] },
    ],
  ])('%s', (_case, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('the glossary’s names of two words, read where the first word is found', () => {
  it.each([
    [
      'ZON MW (822): its MW alone is a unit, not left out of the name',
      'om na te gaan of via ZON MW f 1 mln. beschikbaar kan worden gesteld',
      { 'ZON MW': 'Zorgonderzoek Nederland Medische Wetenschappen' },
    ],
    [
      'NEO NL (449): one name, its NL no Nederland of its own',
      'de voorgenomen oprichting van de beleidsdeelneming NEO NL en daarbij horende kapitaalstorting;',
      { 'NEO NL': 'Nucleaire Energie Organisatie Nederland' },
    ],
    [
      'the first word alone where the second does not follow',
      'de NEO en de partners in NL-verband',
      { NEO: null, NL: 'Nederland' },
    ],
  ])('%s', (_case, text, want) => {
    expect(meanings(text)).toEqual(want);
  });
});

describe('known names joined by a hyphen or glued to a number stay whole', () => {
  it.each([
    [
      'MALE-UAV (1179), not an unknown MALE beside a UAV',
      '  • versnellen van de aanschaf van de MALE-UAV;',
      { 'MALE-UAV': 'Medium Altitude Long Endurance Unmanned Aerial Vehicle' },
    ],
    [
      'PHS-GON (566), the freight route of the PHS',
      'voor deze Aanvulling op het MER 1e fase PHS-GON een extra consultatieronde',
      {
        MER: 'milieueffectrapport',
        'PHS-GON': 'Programma Hoogfrequent Spoorvervoer Goederenroute Oost-Nederland',
      },
    ],
    [
      'MPP3 (1714): the power station, not the asylum forecast MPP with a note’s digit',
      'waar CO2-afvang was voorzien bij de MPP3-kolencentrale op de Maasvlakte.',
      { MPP3: 'Maasvlakte Power Plant 3' },
    ],
  ])('%s', (_case, text, want) => {
    expect(meanings(text)).toEqual(want);
  });
});
