import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../../src/core/acronyms';
import { isStopCode, STOP_CHARS } from '../../../../src/core/acronyms/definitions/long-form-before';
import { normalizeText } from '../../../../src/core/text/normalize';
import { meanings } from '../helpers';

describe('where the long form before the brackets starts', () => {
  // Each row: the rule, a real sentence (letter number), the short form, the expansion the reader sees.
  const cases: Array<[string, string, string, string]> = [
    [
      'not at an article in lower case: the letters spell the compound alone (1044)',
      'en de antwoorden hierop over de loonbelasting van een directeur-grootaandeelhouder (dga) (Aanhangsel van de Handelingen',
      'dga',
      'directeur-grootaandeelhouder',
    ],
    [
      'not at a preposition in lower case: the name starts at its capital (2131)',
      'de herziening van het Verdrag betreffende de Europese Unie (VEU) en het Verdrag tot oprichting van de Europese Gemeenschap (VEG).',
      'VEG',
      'Verdrag tot oprichting van de Europese Gemeenschap',
    ],
    [
      'a translated name: the capitalized name that ends the words, not the date and place before it (1645)',
      'tijdens het debat Wetsvoorstel Goedkeuring van de op 30 oktober 2016 te Brussel tot stand gekomen Brede Economische en Handelsovereenkomst (CETA) tussen Canada',
      'CETA',
      'Brede Economische en Handelsovereenkomst',
    ],
    [
      'a translated name: the capitalized name, not the noun of what is done to it (529)',
      'die onder andere de oprichting van Permanent Gestructureerde Samenwerking (PESCO) verwelkomen',
      'PESCO',
      'Permanent Gestructureerde Samenwerking',
    ],
    [
      'a translated name: the words after the verbs of the sentence (2752)',
      'te weten 6 miljoen euro per jaar. Om te kunnen kwalificeren als officiële ontwikkelingssamenwerking (ODA) is de besteding',
      'ODA',
      'officiële ontwikkelingssamenwerking',
    ],
    [
      'the short form first in its brackets, then a dash and the seats (1983)',
      'de ABOP (8/51), Nationale Partij Suriname (NPS – 3/51) en Pertjajah Luhur (PL – 2/51).',
      'PL',
      'Pertjajah Luhur',
    ],
    [
      'a Dutch compound built on the first word of the English name (2341)',
      'betreffende de voortgang in de lopende onderhandelingen van de Doharonde (DDA) in de WTO (25 074, nr. 167);',
      'DDA',
      'Doharonde',
    ],
    [
      'at the word whose start gives the first letter, not at a word before it whose letter the next word only gives from inside (143)',
      'Dit betreft het voorstel voor de Richtlijn\nRivierinformatiediensten (RIS), de Verordening wijziging oprichtingsverordening EMSA',
      'RIS',
      'Rivierinformatiediensten',
    ],
    [
      'at the first word of a pair that shares its later part, which the next letter reaches into (1422)',
      'in de vaststelling van de grens voor\nPoly- en perfluoralkylstoffen (PFAS) op 0,1 microgram per kilogram',
      'PFAS',
      'Poly- en perfluoralkylstoffen',
    ],
  ];
  it.each(cases)('%s', (_rule, text, abbr, expansion) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect([found?.expansion, found?.source]).toEqual([expansion, 'document']);
  });

  it('the glossary tells the Doha round from the NATO concept by the words around it (2341)', () => {
    const found = findAcronyms(normalizeText(cases[6]?.[1] ?? '')).find((a) => a.abbr === 'DDA');
    expect(found?.standardExpansion).toBe('Doha Development Agenda');
    expect(meanings('Het DDA-concept van de NAVO voor afschrikking.').DDA).toBe(
      'Deterrence and Defence of the Euro-Atlantic Area',
    );
  });
});

describe('isStopCode equals STOP_CHARS', () => {
  it('on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isStopCode(c) !== STOP_CHARS.has(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
