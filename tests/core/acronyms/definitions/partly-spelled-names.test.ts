import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../../src/core/acronyms/definitions';
import { findAcronyms } from '../../../../src/core/acronyms';
import { normalizeText } from '../../../../src/core/text/normalize';
import { anyCaps } from '../helpers';

/** Names before the brackets that the short form spells only in part: a qualifying phrase, a trailing place or field. */

describe('a phrase qualifying the name, after the words the short form spells', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'a Dutch phrase in lower case after a preposition (961)',
      'onze brief van 23 mei 2008 hebben wij de Kamer geïnformeerd over de voortgang van het programma Stroomlijning indicatieprocessen in zorg en sociale zekerheid (STIP). Daarin is toegezegd',
      'STIP',
      'Stroomlijning indicatieprocessen in zorg en sociale zekerheid',
    ],
    [
      'the last spelled word before the phrase, a preposition inside it (926)',
      'het eindverslag «(On)zichtbare invloed» dat op 25 juni jl. door de Parlementaire ondervragingscommissie naar ongewenste beïnvloeding uit onvrije landen (POCOB) aan u is aangeboden',
      'POCOB',
      'Parlementaire ondervragingscommissie naar ongewenste beïnvloeding uit onvrije landen',
    ],
    [
      'an English phrase, its words capitalized (748)',
      'Hoge Vertegenwoordiger Mogherini zal, conform de opdracht van de Europese Raad van juni 2015, de EU Global Strategy on Foreign and Security Policy (EUGS) presenteren',
      'EUGS',
      'EU Global Strategy on Foreign and Security Policy',
    ],
  ];
  it.each(cases)('%s', (_rule, text, abbr, expansion) => {
    const [def] = findDefinitions(text, anyCaps).filter((d) => d.abbr === abbr);
    expect(def?.expansion).toBe(expansion);
    expect(text.slice(def?.longStart, def?.longEnd)).toBe(expansion);
  });

  const not: Array<[string, string, string]> = [
    [
      'a member and party: the capitals alone (`PA`) are too few letters, the phrase holds names (2635)',
      'heeft de Algemene Commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking mij verzocht te reageren op de Initiatiefnota Verbied producten kinderarbeid van Tweede Kamerlid Van Laar (PvdA)',
      'PvdA',
    ],
    [
      'three letters are too few: `in oprichting` says how far the inspectorate is (1368)',
      'inzake beleidsreactie op het rapport van de Inspectie Gezondheidszorg en Jeugd in oprichting (IGJ) en de Inspectie Justitie en Veiligheid',
      'IGJ',
    ],
    [
      'an article and capitals after the preposition, and three letters (946)',
      'Op verzoek van de commissie heeft het Bureau Onderzoek en Rijksuitgaven van de Tweede Kamer (BOR) de behandeling van de Rijksbegroting',
      'BOR',
    ],
  ];
  it.each(not)('not: %s', (_rule, text, abbr) => {
    expect(findDefinitions(text, anyCaps).filter((d) => d.abbr === abbr)).toEqual([]);
  });
});

describe('a name after the words the short form spells, with no preposition before it', () => {
  // Each row: the rule, a real sentence (letter number), the short form, the expansion the reader sees.
  const cases: Array<[string, string, string, string]> = [
    [
      'a place after the spelled words, then the years of the edition (454)',
      'over de voortgang\nvan de uitvoering van het Natuur en Milieubeleidsplan Caribisch Nederland 2020–2030\n(NMBP). Gekoppeld hieraan informeer ik u',
      'NMBP',
      'Natuur en Milieubeleidsplan Caribisch Nederland',
    ],
    [
      'the field after a joiner, where the glossary gives the letters another meaning (2563)',
      'namelijk de bestuurlijke maatregelen Educatieve Maatregel Alcohol en Verkeer (EMA), de Lichte Educatieve Maatregel Alcohol en Verkeer (LEMA) en het onderzoek',
      'EMA',
      'Educatieve Maatregel Alcohol en Verkeer',
    ],
    [
      'a compound spells all letters, a title follows (474)',
      'Bijgaand stuur ik uw Kamer het vastgestelde Meerjarenprogramma Aardbevingsbestendig en Kansrijk Groningen 2017–2021 (MJP) van de Nationaal Coördinator Groningen',
      'MJP',
      'Meerjarenprogramma Aardbevingsbestendig en Kansrijk Groningen',
    ],
    [
      'a word in lower case after a joiner (701)',
      'Dat vraagt veel van ons allemaal en het programma Toekomstbestendige Arbeidsmarkt Zorg en welzijn (TAZ) helpt daarbij',
      'TAZ',
      'Toekomstbestendige Arbeidsmarkt Zorg en welzijn',
    ],
    [
      'the noun of an inflected adjective, in lower case (2360)',
      'd.d. 21 maart 2016 inzake prognosemodel Justitiële ketens (PMJ)-ramingen tot en met 2021',
      'PMJ',
      'prognosemodel Justitiële ketens',
    ],
  ];
  it.each(cases)('%s', (_rule, text, abbr, expansion) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found?.source).toBe('document');
    expect(found?.expansion).toBe(expansion);
  });

  const not: Array<[string, string, string, string | null]> = [
    [
      'a member and party: `van` and `lid` give letters, no content word its own (131)',
      'Vragen van het lid Tielen (VVD) aan de Minister van Sociale Zaken',
      'VVD',
      'Volkspartij voor Vrijheid en Democratie',
    ],
    [
      'the `v` of a preposition, not of a word of the name (2705)',
      'Mededeling EU toetreding tot de Internationale Organisatie voor Wijnbouw en Wijnbereiding (OIV) (Kamerstuk 22 112, nr. 2266);',
      'OIV',
      'Internationale Organisatie voor Wijnbouw en Wijnbereiding',
    ],
    [
      'a word in lower case after a noun: the particle of `vond … plaats` (255)',
      'Op 8 november jongstleden vond het Algemeen Overleg (AO) over het Meerjarig Financieel\nKader plaats (MFK)(Kamerstuk 21 501-20, nr. 1394).',
      'MFK',
      'meerjarig financieel kader',
    ],
    [
      'the glossary means the spelled word alone: the topic after it stays out (336)',
      'Uw Kamer heeft het jaarlijkse Wetgevingsoverleg Jeugd (WGO) gepland op 4 december 2017.',
      'WGO',
      'wetgevingsoverleg',
    ],
    [
      'a phrase after the name that holds an article (946)',
      'Op verzoek van de commissie heeft het Bureau Onderzoek en Rijksuitgaven van de Tweede Kamer (BOR) de behandeling',
      'BOR',
      'Bureau Onderzoek en Rijksuitgaven',
    ],
  ];
  it.each(not)('not: %s', (_rule, text, abbr, expansion) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found?.source).not.toBe('document');
    expect(found?.expansion ?? null).toBe(expansion);
  });
});
