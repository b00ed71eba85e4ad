import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSignature, officeCase, senderFromHeader } from '../../../src/core/detect/sender';

describe('senderFromHeader', () => {
  it.each([
    ['BRIEF VAN DE MINISTER VAN DEFENSIE', 'De Minister van Defensie'],
    [
      'BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT',
      'De Minister van Volksgezondheid, Welzijn en Sport',
    ],
    [
      'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
      'De Minister van Binnenlandse Zaken en Koninkrijksrelaties',
    ],
    ['BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN', 'De Staatssecretaris van Financiën'],
    [
      'BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN',
      'De Minister-President, Minister van Algemene Zaken',
    ],
    [
      'BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE',
      'De Minister en Staatssecretaris van Defensie',
    ],
    [
      'BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR',
      'De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur',
    ],
    ['BRIEF VAN DE ALGEMENE REKENKAMER', 'De Algemene Rekenkamer'],
    ['BRIEF VAN DE VASTE COMMISSIE VOOR DEFENSIE', 'De vaste commissie voor Defensie'],
    // 669: both halves of a joined committee name keep their capital.
    [
      'BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT/ALGEMENE ZAKEN EN HUIS VAN DE KONING',
      'De Voorzitter van de vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis van de Koning',
    ],
    // Members of the Kamer: surname prefixes as Dutch writes them (1009, 835, 2174, 1202, 103, a double name).
    ['MOTIE VAN HET LID SCHOUW', 'Het lid Schouw'],
    ['MOTIE VAN DE LEDEN BISSCHOP EN VAN DER GRAAF', 'De leden Bisschop en Van der Graaf'],
    ['MOTIE VAN HET LID JASPER VAN DIJK', 'Het lid Jasper van Dijk'],
    ['MOTIE VAN DE LEDEN VAN RAAN EN KRÖGER', 'De leden Van Raan en Kröger'],
    ['MOTIE VAN HET LID OMTZIGT C.S.', 'Het lid Omtzigt c.s.'],
    ['MOTIE VAN HET LID WIEGMAN-VAN MEPPELEN SCHEPPINK', 'Het lid Wiegman-van Meppelen Scheppink'],
    // A changed amendement without what it replaces.
    ['GEWIJZIGD AMENDEMENT VAN HET LID HIJINK TER VERVANGING VAN DAT GEDRUKT ONDER NR. 7', 'Het lid Hijink'],
    [
      'NADER GEWIJZIGDE MOTIE VAN HET LID SCHONIS TER VERVANGING VAN DIE GEDRUKT ONDER NR.',
      'Het lid Schonis',
    ],
    // A committee's verslag, its note digits dropped, an abbreviation kept in capitals (1845, 2484).
    ['VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR JUSTITIE1', 'De vaste commissie voor Justitie'],
    [
      'VOORLOPIG VERSLAG VAN DE VASTE COMMISSIES VOOR IMMIGRATIE EN ASIEL/JBZ-RAAD1 EN VOOR JUSTITIE EN VEILIGHEID2',
      'De vaste commissies voor Immigratie en Asiel/JBZ-Raad en voor Justitie en Veiligheid',
    ],
  ])('%s → %s', (line, sender) => {
    expect(senderFromHeader(line)).toBe(sender);
  });

  it.each([
    'VERSLAG VAN EEN ALGEMEEN OVERLEG',
    'VERSLAG VAN DE ZITTING 2008',
    'NOTA NAAR AANLEIDING VAN HET VERSLAG',
    'LIJST VAN VRAGEN EN ANTWOORDEN',
    'BRIEF AAN DE MINISTER VAN JUSTITIE',
  ])('%s names no sender', (line) => {
    expect(senderFromHeader(line)).toBeNull();
  });
});

describe('officeCase', () => {
  it.each([
    // 160: the signature `De minister van Justitie,` under `BRIEF VAN DE MINISTER VAN JUSTITIE`.
    ['De minister van Justitie', 'De Minister van Justitie'],
    ['de staatssecretaris van Financiën', 'De Staatssecretaris van Financiën'],
    [
      'De minister-president, minister van Algemene Zaken',
      'De Minister-President, minister van Algemene Zaken',
    ],
    ['De Algemene Rekenkamer', 'De Algemene Rekenkamer'],
  ])('%s → %s', (sender, cased) => {
    expect(officeCase(sender)).toBe(cased);
  });
});

describe('senderFromHeader (letters)', () => {
  it.each([
    [
      'BRIEF VAN DE MINISTER PRESIDENT, MINISTER VAN ALGEMENE ZAKEN',
      'De Minister-President, Minister van Algemene Zaken',
    ],
  ])('%s → %s', (line, sender) => {
    expect(senderFromHeader(line)).toBe(sender);
  });
});

describe('findSignature', () => {
  it('finds the closing block of the NAVO letter (PDF text, trailing spaces)', () => {
    const text = readFileSync('tests/fixtures/navo-defensieministers-2022-09-30.txt', 'utf8');
    const sig = findSignature(text);
    expect(sig?.sender).toBe('De Minister van Defensie');
    expect(text.slice(sig?.span.start, sig?.span.end)).toBe('De Minister van Defensie, \nK.H. Ollongren');
  });

  it('keeps the first office of a joint signature', () => {
    const text =
      'Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.\n\n' +
      'De Minister van Buitenlandse Zaken,\nS.A. Blok\n\n' +
      'De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,\nS.A.M. Kaag\n';
    const sig = findSignature(text);
    expect(sig?.sender).toBe('De Minister van Buitenlandse Zaken');
    expect(text.slice(sig?.span.start, sig?.span.end)).toMatch(
      /^De Minister van Buitenlandse Zaken,[\s\S]*Kaag$/,
    );
  });

  it('reads a one-line signature', () => {
    expect(findSignature('Tot zover.\nDe Staatssecretaris van Financiën, A.C. van Huffelen')?.sender).toBe(
      'De Staatssecretaris van Financiën',
    );
  });

  it.each([
    // The opening of a Staatscourant regulation (letter corpus 17): no name follows the office.
    'De Minister van Financiën en de Staatssecretaris van Sociale Zaken en Werkgelegenheid,\n\nGelet op artikel 13, negende lid, van de Wet bekostiging financieel toezicht;\n\nBESLUITEN:',
    // The head of answers lists the offices answering with the minister (1597): no one-line signature.
    'Antwoord van Minister Van Engelshoven (Onderwijs, Cultuur en Wetenschap), mede namens\nde Ministers van Buitenlandse Zaken, van Defensie, van Justitie en Veiligheid en de\nStaatssecretaris van Economische Zaken en Klimaat (ingezonden 3 mei 2021).',
    // Prose that mentions a minister.
    'De Minister van Defensie heeft samen met\nNederland en de EU besloten de missie te verlengen.',
    '',
  ])('finds no signature in %j', (text) => {
    expect(findSignature(text)).toBeNull();
  });
});
