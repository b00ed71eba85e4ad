import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../../src/core/acronyms/definitions';
import { findAcronyms } from '../../../../src/core/acronyms';
import { normalizeText } from '../../../../src/core/text/normalize';
import { anyCaps } from '../helpers';

describe('two short forms in one pair of brackets', () => {
  // Each row: the rule, a real sentence (letter number), and what the reader sees for each short form.
  const cases: Array<[string, string, Record<string, string>]> = [
    [
      "the second's name before the brackets, the first's before it and `van`; not the glossary's soil cleanup (2523)",
      'over de omgang met klokkenluider Brigade Speciale Beveiligingsopdrachten van Koninklijke Marechaussee (BSB/KMar) (Kamerstuk 28 844, nr. 128);',
      { BSB: 'Brigade Speciale Beveiligingsopdrachten', KMar: 'Koninklijke Marechaussee' },
    ],
    [
      "the first's name before the brackets, the second naming whose it is; not the Autoriteit Persoonsgegevens (2462)",
      'Ter voorbereiding van deze toetsing heeft het aangevuld presidium (AP V-RTC) aan de algemeen secretaris gevraagd',
      { AP: 'aangevuld presidium' },
    ],
    [
      'two names parted by a slash (1624)',
      'De leden van de vaste commissie voor Economische Zaken en Klimaat / Landbouw, Natuur en Voedselkwaliteit (EZK/LNV) hebben met belangstelling',
      { EZK: 'Economische Zaken en Klimaat', LNV: 'Landbouw, Natuur en Voedselkwaliteit' },
    ],
    [
      'two names parted by a slash without spaces (997)',
      'De commissie voor Volksgezondheid, Welzijn en Sport/Jeugd en Gezin (VWS/JG) heeft in haar vergadering',
      { VWS: 'Volksgezondheid, Welzijn en Sport', JG: 'Jeugd en Gezin' },
    ],
    [
      'the second name written with its own short form (1274)',
      'De vaste commissie voor Immigratie & Asiel / JBZ-raad (I&A/JBZ) heeft in haar vergaderingen',
      { 'I&A': 'Immigratie & Asiel' },
    ],
    [
      'a pair the name spells whole is one short form, an ampersand in its part (2526)',
      'zoals vastgelegd in de geactualiseerde Geïntegreerde Aanwijzing\nInlichtingen en Veiligheid (GA I&V) 2023–2026. De GA I&V is in nauwe samenwerking',
      { 'GA I&V': 'Geïntegreerde Aanwijzing Inlichtingen en Veiligheid' },
    ],
  ];
  it.each(cases)('%s', (_rule, text, want) => {
    const found = findAcronyms(normalizeText(text));
    for (const [abbr, expansion] of Object.entries(want)) {
      const a = found.find((x) => x.abbr === abbr);
      expect([abbr, a?.expansion, a?.source]).toEqual([abbr, expansion, 'document']);
    }
  });

  it.each([
    [
      'a member and her group and country (02)',
      'het ontwerprapport van de rapporteurs Hübner (EPP/POL) en Leinen',
      'EPP',
    ],
    [
      'an edition after the short form (1024)',
      'de cijfers uit de Meerjaren Productie Prognose (MPP 2024-II). Ik schets',
      '2024-II',
    ],
  ])('no definition: %s', (_rule, text, abbr) => {
    expect(findDefinitions(text, anyCaps).filter((d) => d.abbr === abbr)).toEqual([]);
  });
});
