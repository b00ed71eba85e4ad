import { describe, expect, it } from 'vitest';
import { mendOffices, officeCase, senderFromHeader } from '../../../src/core/detect/sender';

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
    // A reprint says so first (30).
    [
      'HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE2',
      'De vaste commissie voor Veiligheid en Justitie',
    ],
    [
      'VOORLOPIG VERSLAG VAN DE VASTE COMMISSIES VOOR IMMIGRATIE EN ASIEL/JBZ-RAAD1 EN VOOR JUSTITIE EN VEILIGHEID2',
      'De vaste commissies voor Immigratie en Asiel/JBZ-Raad en voor Justitie en Veiligheid',
    ],
    // A member a committee charged with a theme reports as its rapporteur (668).
    ['VERSLAG VAN DE RAPPORTEUR', 'De rapporteur'],
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
    // A reprint says so first (689).
    [
      'HERDRUK1 BRIEF VAN DE MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA',
      'De Ministers van Onderwijs, Cultuur en Wetenschap en voor Basis- en Voortgezet Onderwijs en Media',
    ],
    // Misprinted kind lines: a letter dropped (2177), `VAN DE` left out (916), a motie's `LID` left out (1556).
    [
      'BIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP',
      'De Minister van Onderwijs, Cultuur en Wetenschap',
    ],
    [
      'BRIEF MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT',
      'De Minister van Landbouw, Natuur en Voedselkwaliteit',
    ],
    ['MOTIE VAN HET DIK-FABER C.S.', 'Het lid Dik-Faber c.s.'],
  ])('%s → %s', (line, sender) => {
    expect(senderFromHeader(line)).toBe(sender);
  });
});

describe('mendOffices', () => {
  it.each([
    // The repeated `van` of `BRIEF VAN` before a later office (194, 878, 2670).
    [
      '194',
      'De Staatssecretaris van Infrastructuur en Waterstaat en van de Minister voor Natuur en Stikstof',
      'Met deze brief informeren wij u, mede namens de Minister van Infrastructuur en Waterstaat en de Minister voor Klimaat en Energie, over de informele bijeenkomst',
      'De Staatssecretaris van Infrastructuur en Waterstaat en de Minister voor Natuur en Stikstof',
    ],
    [
      '878',
      'De Ministers van Justitie en Veiligheid en van Buitenlandse Zaken en van de Staatssecretaris van Justitie en Veiligheid',
      '',
      'De Ministers van Justitie en Veiligheid en van Buitenlandse Zaken en de Staatssecretaris van Justitie en Veiligheid',
    ],
    [
      '2670',
      'De Minister-President, Minister van Algemene Zaken en van de Ministers van Justitie, van Binnenlandse Zaken en Koninkrijksrelaties, van Financiën en van Defensie',
      '',
      'De Minister-President, Minister van Algemene Zaken en de Ministers van Justitie, van Binnenlandse Zaken en Koninkrijksrelaties, van Financiën en van Defensie',
    ],
    // An office without its `van`, written in full in the letter (410, 411) or not (a staatssecretaris's is `van`).
    [
      '410',
      'De Staatssecretaris Infrastructuur en Waterstaat en de Minister voor Natuur en Stikstof',
      'Met deze brief informeren wij u, mede namens de Minister van Infrastructuur en Waterstaat en de Minister voor Klimaat en Energie, over de Milieuraad',
      'De Staatssecretaris van Infrastructuur en Waterstaat en de Minister voor Natuur en Stikstof',
    ],
    [
      '411',
      'De Ministers van Justitie en Veiligheid en voor Rechtsbescherming en de Staatssecretaris Justitie en Veiligheid',
      'De Minister van Justitie en Veiligheid en de Staatssecretaris van Justitie en Veiligheid nemen deel.',
      'De Ministers van Justitie en Veiligheid en voor Rechtsbescherming en de Staatssecretaris van Justitie en Veiligheid',
    ],
    [
      '410',
      'De Staatssecretaris Infrastructuur en Waterstaat en de Minister voor Natuur en Stikstof',
      '',
      'De Staatssecretaris van Infrastructuur en Waterstaat en de Minister voor Natuur en Stikstof',
    ],
    // A minister's `van` from the signature (2444, kst-31066-1016), a portfolio's `voor` (692); without the office
    // in full, the kind line's words stay.
    [
      '2444',
      'De Minister Sociale Zaken en Werkgelegenheid en van de Staatssecretaris van Financiën',
      'De Minister van Sociale Zaken en Werkgelegenheid,\nC.E.G. van Gennip',
      'De Minister van Sociale Zaken en Werkgelegenheid en de Staatssecretaris van Financiën',
    ],
    [
      '692',
      'De Minister Basis- en Voortgezet Onderwijs en Media',
      'De Minister voor Basis- en Voortgezet Onderwijs en Media,\nArie Slob',
      'De Minister voor Basis- en Voortgezet Onderwijs en Media',
    ],
    [
      '692',
      'De Minister Basis- en Voortgezet Onderwijs en Media',
      'Met deze brief informeer ik u achtereenvolgens over de uitvoering van diverse moties',
      'De Minister Basis- en Voortgezet Onderwijs en Media',
    ],
    // What needs no mending: `Minister en Staatssecretaris` (12), `Minister-President` (146), a member.
    [
      '12',
      'De Minister en Staatssecretaris van Defensie',
      '',
      'De Minister en Staatssecretaris van Defensie',
    ],
    [
      '146',
      'De Minister-President, Minister van Algemene Zaken',
      '',
      'De Minister-President, Minister van Algemene Zaken',
    ],
    ['1009', 'Het lid Schouw', '', 'Het lid Schouw'],
  ])('%s: %s → %s', (_letter, sender, text, mended) => {
    expect(mendOffices(sender, text)).toBe(mended);
  });
});
