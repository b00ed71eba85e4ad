import { describe, expect, it } from 'vitest';
import { isGovernmentSender, kindFromHeader, kindFromSoort } from '../../../src/core/detect/kind';

describe('kindFromHeader', () => {
  it.each([
    // Kind lines of the letter corpus.
    ['BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT', 'brief regering'],
    ['BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN', 'brief regering'],
    ['BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN', 'brief regering'],
    ['BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE', 'brief regering'],
    // Misprinted kind lines: a letter dropped (2177), `VAN DE` left out (916).
    ['BIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP', 'brief regering'],
    ['BRIEF MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT', 'brief regering'],
    ['VERSLAG VAN EEN COMMISSIEDEBAT', 'verslag'],
    // The real motion of the tweedekamer.nl page and the Kamerstuk XML.
    ['MOTIE VAN HET LID VAN HOUWELINGEN', 'motie'],
    ['MOTIE VAN HET LID EERDMANS C.S.', 'motie'],
    // Other Kamerstuk kinds.
    ['BRIEF VAN DE ALGEMENE REKENKAMER', 'brief'],
    ['BRIEF VAN DE VASTE COMMISSIE VOOR DEFENSIE', 'brief'],
    ['NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN', 'verslag'],
    // The addressee instead of the sender (386): the cabinet writes to a committee, a committee to a minister.
    ['BRIEF AAN DE VOORZITTER VAN DE COMMISSIE VOOR FINANCIËN', 'brief regering'],
    ['BRIEF AAN DE MINISTER VAN FINANCIËN', 'brief'],
    ['GEWIJZIGDE MOTIE VAN HET LID PODT C.S.', 'motie'],
    ['AMENDEMENT VAN HET LID OMTZIGT', 'amendement'],
    ['GEWIJZIGD VOORSTEL VAN WET', 'wetsvoorstel'],
    ['MEMORIE VAN TOELICHTING', 'memorie van toelichting'],
    ['NOTA NAAR AANLEIDING VAN HET VERSLAG', 'nota'],
    ['NOTA VAN WIJZIGING', 'nota'],
    ['VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN', 'lijst van vragen en antwoorden'],
    ['VERSLAG, HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN', 'lijst van vragen en antwoorden'], // 1127
    ['LIJST VAN VRAGEN EN ANTWOORDEN', 'lijst van vragen en antwoorden'],
    ['VERSLAG VAN EEN SCHRIFTELIJK OVERLEG', 'verslag'],
    ['ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT', 'overig'],
    ['MEMORIE VAN ANTWOORD', 'nota'],
    // A reprint, footnote digits glued (Eerste Kamer, kst-34086-B-n1).
    ['HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE2', 'verslag'],
  ])('%s → %s', (line, kind) => {
    expect(kindFromHeader(line)).toBe(kind);
  });

  it.each([
    'Brief van de minister van Defensie', // prose, not a capitalised head line
    'Met deze brief breng ik u op de hoogte',
    'RAZ',
    'ARTIKEL I',
    'NOTA VAN TOELICHTING', // of a decree in the Staatsblad (101)
    'BESLUITEN:',
    '',
  ])('%j is no kind line', (line) => {
    expect(kindFromHeader(line)).toBeNull();
  });
});

describe('kindFromSoort', () => {
  it.each([
    // tweedekamer.nl h1 soorts and real OData Document.Soort values.
    ['Brief regering', 'brief regering'],
    ['Antwoord schriftelijke vragen', 'antwoord schriftelijke vragen'],
    ['Schriftelijke vragen', 'antwoord schriftelijke vragen'],
    ['Verslag van een commissiedebat', 'verslag'],
    ['Verslag van een schriftelijk overleg', 'verslag'],
    ['Verslag van een notaoverleg', 'verslag'],
    ['Verslag houdende een lijst van vragen en antwoorden', 'lijst van vragen en antwoorden'],
    ['Lijst van vragen en antwoorden', 'lijst van vragen en antwoorden'],
    ['Motie', 'motie'],
    ['Motie (gewijzigd/nader)', 'motie'],
    ['Brief commissie aan bewindspersoon', 'brief'],
    ['Brief lid / fractie', 'brief'],
    ['Voorstel van wet', 'wetsvoorstel'],
    ['Memorie van toelichting', 'memorie van toelichting'],
    ['Advies Afdeling advisering Raad van State', 'overig'],
  ])('%s → %s', (soort, kind) => {
    expect(kindFromSoort(soort)).toBe(kind);
  });

  it.each([
    'Agenda procedurevergadering',
    'Convocatie commissieactiviteit',
    'Besluitenlijst procedurevergadering',
    'Stenogram',
    'Bijlage',
    'officiële publicatie',
    '',
  ])('%j names no paper', (soort) => {
    expect(kindFromSoort(soort)).toBeNull();
  });
});

describe('isGovernmentSender', () => {
  it.each([
    ['De Minister van Defensie', true],
    ['De Staatssecretaris van Financiën', true],
    ['de minister van Buitenlandse Zaken', true],
    ['De Minister-President, Minister van Algemene Zaken', true],
    ['De Algemene Rekenkamer', false],
    ['De voorzitter van de commissie', false],
  ])('%s → %s', (sender, expected) => {
    expect(isGovernmentSender(sender)).toBe(expected);
  });
});
