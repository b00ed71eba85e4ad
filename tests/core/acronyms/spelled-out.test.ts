import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/core/acronyms';
import { spelledOutBefore } from '../../../src/core/acronyms/spelled-out';
import { normalizeText } from '../../../src/core/text/normalize';

describe('an unknown acronym whose name the letter wrote out before it', () => {
  // Each rule with its real example (letter 317) or a case it must refuse.
  it.each([
    [
      'the name in capitalized words before the first use (317)',
      'de schade die is ontstaan aan het Joint Support Ship Zr.Ms. Karel Doorman. Het JSS is gerepareerd.',
      'JSS',
      'Joint Support Ship',
    ],
    [
      'joiners between the capitalized words',
      'De Stichting Kennisnetwerk voor het Onderwijs adviseert. De SKO is onafhankelijk.',
      'SKO',
      'Stichting Kennisnetwerk voor het Onderwijs',
    ],
    [
      'a name that lists its parts with commas and closes the list with `en` (346, 614)',
      '21 501-31 Raad voor de Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken\n\nNr. 383 BRIEF VAN DE MINISTER\n\nGeannoteerde Agenda Raad Werkgelegenheid en Sociaal Beleid (WSBVC) 5 oktober 2015',
      'WSBVC',
      'Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken',
    ],
  ])('%s', (_rule, text, abbr, expansion) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found).toMatchObject({ expansion, source: 'document' });
    expect(text.slice(found?.definition?.start, found?.definition?.end)).toBe(expansion);
  });

  it('reads a word in capitals inside a name that has lower case too (548)', () => {
    const text =
      'De Dienst Omroepbijdragen werkt samen met de Koninklijke PTT Nederland. Het aandeel van KPN groeit.';
    const at = text.indexOf('KPN');
    const found = spelledOutBefore(text, 'KPN', at);
    expect(found?.expansion).toBe('Koninklijke PTT Nederland');
    expect(text.slice(found?.start, found?.end)).toBe('Koninklijke PTT Nederland');
    // KPN is in the glossary: the rule is for acronyms it does not know, so the glossary's meaning stands.
    expect(findAcronyms(normalizeText(text)).find((a) => a.abbr === 'KPN')).toMatchObject({
      expansion: 'Koninklijke PTT Nederland',
      source: 'glossary',
    });
  });

  it.each([
    [
      'two letters spell too many phrases',
      'De Tweede Kamer besprak het. De TK stemde.',
      'TK',
      'De TK stemde.',
    ],
    [
      'the name after the first use does not count',
      'Het JSS vaart. Het Joint Support Ship vaart.',
      'JSS',
      'Het JSS',
    ],
    [
      'a sentence end inside the run',
      'Het Joint Support. Ship vaart. Het JSS vaart.',
      'JSS',
      'Het JSS vaart.',
    ],
    [
      'a list of names parted by commas that no `en` closes',
      'Het kabinet sprak met Nederland, Duitsland, Frankrijk. De NDF vergaderde.',
      'NDF',
      'De NDF vergaderde.',
    ],
    [
      'a comma after a joiner',
      'Het advies van de Raad van, Staten en gemeenten. De RVS vergaderde.',
      'RVS',
      'De RVS vergaderde.',
    ],
    [
      'a kind line in capitals (2310)',
      'nr. 12\nBRIEF VAN DE STAATSSECRETARIS VAN ONDERWIJS, CULTUUR EN WETENSCHAPPEN\n\nHierbij zend ik u informatie over de vernietiging van BVD-dossiers.',
      'BVD',
      'van BVD-dossiers.',
    ],
    [
      'more capitalized words than letters, glued before',
      'De Nieuwe Joint Support Ship vaart. Het JSS.',
      'JSS',
      'Het JSS.',
    ],
  ])('no name: %s', (_rule, text, abbr, tail) => {
    expect(spelledOutBefore(text, abbr, text.lastIndexOf(tail) + tail.indexOf(abbr))).toBeNull();
  });

  it('a glossary meaning or a definition in brackets goes first', () => {
    const text =
      'De Noord-Atlantische Verdragsorganisatie (NAVO) en de Nederlandse Aardolie Maatschappij: NAM.';
    const nam = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'NAM');
    expect(nam?.source).toBe('glossary');
  });
});
