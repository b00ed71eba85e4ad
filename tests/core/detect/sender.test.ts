import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bodyFromClosing,
  bodyFromOpening,
  committeeFromIntroduction,
  committeeFromOpening,
  delegationFromIntroduction,
  findSignature,
  governmentFromOpening,
  mendOffices,
  officeCase,
  senderFromHeader,
} from '../../../src/core/detect/sender';

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

describe('committeeFromOpening', () => {
  /** The verslag's head ends with its date line; the opening sentence follows on the next line. */
  const HEAD = 'Vastgesteld 12 mei 2021\n';
  const committee = (opening: string) => committeeFromOpening(HEAD + opening, 0);

  it.each([
    // A schriftelijk overleg (1161) and an algemeen overleg with a note digit (1031).
    [
      '1161',
      'De vaste commissie voor Financiën heeft een aantal vragen en opmerkingen voorgelegd aan de Staatssecretaris van Financiën over de brief van de Minister van Buitenlandse Zaken van 4 maart 2016 inzake het fiche: Pakket anti-belastingontwijking (Kamerstuk 22 112, nr. 2071).',
      'De vaste commissie voor Financiën',
    ],
    [
      '1031',
      'De vaste commissie voor Justitie1 heeft op 9 oktober 2008 overleg gevoerd met staatssecretaris Albayrak van Justitie over:',
      'De vaste commissie voor Justitie',
    ],
    // A lijst van vragen: the committee `belast met` the bill, its note digit after the comma (1036).
    [
      '1036',
      'De vaste commissie voor Onderwijs, Cultuur en Wetenschappen,1 belast met het voorbereidend onderzoek van dit wetsvoorstel, brengt onderstaand verslag uit over haar bevindingen.',
      'De vaste commissie voor Onderwijs, Cultuur en Wetenschappen',
    ],
    // The note digit glued to the verb (1065); the sentence wrapped over lines.
    [
      '1065',
      'De commissie voor Volksgezondheid, Welzijn en Sport1heeft de minister van Volksgezondheid, Welzijn en Sport de volgende vragen\nter beantwoording voorgelegd over het jaarverslag 2004',
      'De commissie voor Volksgezondheid, Welzijn en Sport',
    ],
    // The casing the paper prints (1020).
    [
      '1020',
      'De vaste Commissie voor Defensie1 belast met het voorbereidend onderzoek van dit voorstel van wet, heeft de eer in de vorm van een lijst van vragen verslag uit te brengen.',
      'De vaste Commissie voor Defensie',
    ],
    // Several committees, as the paper joins them (1011, 1140, 2540).
    [
      '1011',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid1 en de algemene commissie voor Wonen, Wijken en Integratie2 hebben op 25 juni 2008 overleg gevoerd met minister Donner van Sociale Zaken en Werkgelegenheid',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid en de algemene commissie voor Wonen, Wijken en Integratie',
    ],
    [
      '1140',
      'De commissie voor de Rijksuitgaven1, de vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer2, en de vaste commissie voor Verkeer en Waterstaat3, hebben een aantal vragen voorgelegd aan de minister',
      'De commissie voor de Rijksuitgaven, de vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer, en de vaste commissie voor Verkeer en Waterstaat',
    ],
    [
      '2540',
      'De vaste commissies voor Onderwijs, Cultuur en Wetenschappen1 en voor Sociale Zaken en Werkgelegenheid2 hebben op 28 november 1996 overleg gevoerd met minister Ritzen',
      'De vaste commissies voor Onderwijs, Cultuur en Wetenschappen en voor Sociale Zaken en Werkgelegenheid',
    ],
    // Its members (104), the committee in which the questions rose (1165, 2801), the voorlopig verslag's opening (1077).
    [
      '104',
      'De leden van de vaste commissies voor Justitie en Veiligheid1, voor Volksgezondheid, Welzijn en Sport2, en voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning3 hebben kennisgenomen van de brief4 van 4 november 2022',
      'De vaste commissies voor Justitie en Veiligheid, voor Volksgezondheid, Welzijn en Sport, en voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning',
    ],
    [
      '1165',
      'Binnen de vaste commissie voor Europese Zaken bestond bij vier fracties de behoefte om aan de minister van Buitenlandse Zaken enkele vragen en opmerkingen voor te leggen',
      'De vaste commissie voor Europese Zaken',
    ],
    [
      '2801',
      'In de vaste commissie voor Volksgezondheid, Welzijn en Sport1 bleek bij de fracties van D66 behoefte te bestaan een aantal vragen ter beantwoording voor te leggen aan de regering',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport',
    ],
    [
      '1077',
      'Het voorbereidend onderzoek van deze wetsvoorstellen heeft de leden van de vaste commissie voor Sociale Zaken en Werkgelegenheid aanleiding gegeven tot het stellen van de navolgende vragen',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid',
    ],
    // Slips of the pen (470, 1306) and an abbreviation after the name (688).
    [
      '470',
      'De vaste commissie voor commissie voor Binnenlandse Zaken heeft een aantal vragen\nen opmerkingen voorgelegd',
      'De vaste commissie voor Binnenlandse Zaken',
    ],
    [
      '1306',
      'De vast commissie voor Economische Zaken en Klimaat heeft een aantal vragen en opmerkingen',
      'De vaste commissie voor Economische Zaken en Klimaat',
    ],
    [
      '688',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport (VWS)1 heeft op 24 mei 2022 overleg gevoerd met de heer Van Ooijen',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport',
    ],
    // A reprint's note between the date line and the opening sentence (510).
    [
      '510',
      '* Herdruk i.v.m. nagekomen correcties.\nDe vaste commissie voor Sociale Zaken en Werkgelegenheid1 heeft op 30 september 1999 overleg gevoerd',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid',
    ],
  ])('%s: %s → %s', (_letter, opening, sender) => {
    expect(committee(opening)).toBe(sender);
  });

  it.each([
    // A minister's letter: the committee asked the minister something, it did not write (2297, 1137).
    [
      '2297',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft mij verzocht om «inzicht te geven in de ramingen van het UWV omtrent de herkeuring van het zittend bestand van de Wajong».',
    ],
    [
      '1137',
      'De vaste commissie voor Economische Zaken, Landbouw en Innovatie heeft mij verzocht om deze visie uiterlijk 1 september a.s. toe te zenden',
    ],
    // The committee further on in the sentence (2624) or in a later one (2604).
    [
      '2624',
      'Bij brief van 17 september 2019 heeft de Minister voor Rechtsbescherming beide Kamers geïnformeerd over de opgaven voor een sterke rechtspraak1. In haar vergadering van 24 september heeft de vaste commissie voor Justitie en Veiligheid2 besloten',
    ],
    [
      '2604',
      'Op 21 juni 2016 vindt in de Eerste Kamer het beleidsdebat met de Minister van Binnenlandse Zaken en Koninkrijksrelaties plaats.\nTer voorbereiding op dat debat hebben de leden van de vaste commissie voor Koninkrijksrelaties',
    ],
    // A committee without a name (653); no verb after the names, the sentence runs on (2543).
    [
      '653',
      'Het voorbereidend onderzoek van dit wetsvoorstel heeft de commissie aanleiding gegeven tot het maken van een aantal opmerkingen',
    ],
    [
      '2543',
      'De commissie voor de Rijksuitgaven1 en de vaste commissies voor Volksgezondheid, Welzijn en Sport2 een aantal vragen aan de regering voorgelegd over het rapport van de Algemene Rekenkamer «Opvang van zwerfjongeren» (28 265, nr. 2). De minister heeft deze vragen beantwoord',
    ],
  ])('%s: no committee speaking', (_letter, opening) => {
    expect(committee(opening)).toBeNull();
  });

  it('reads only the line after the head, not a committee further down (1161)', () => {
    const text =
      HEAD +
      'De vragen en opmerkingen zijn op 7 april 2016 aan de Staatssecretaris van Financiën voorgelegd.\n' +
      'De vaste commissie voor Financiën heeft een aantal vragen en opmerkingen voorgelegd';
    expect(committeeFromOpening(text, 0)).toBeNull();
  });
});

describe('committeeFromIntroduction', () => {
  /** The verslag's head ends with its date line; its introduction follows on the next line. */
  const HEAD = 'Vastgesteld 9 september 2010\n';
  const committee = (intro: string) => committeeFromIntroduction(HEAD + intro, 0);

  it.each([
    // The committee right after the verb of a sentence that opens with what led up to it (944, 988, 2770).
    [
      '944',
      'Op verzoek van de Voorzitter van de Eerste Kamer hebben de leden van de vaste commissies voor Justitie1 en voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis der Koningin2 de voorlichting van de Raad van State en de reactie van de minister van Justitie d.d. 13 april 20103 besproken.',
      'De vaste commissies voor Justitie en voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis der Koningin',
    ],
    [
      '988',
      'Ter voorbereiding van de begrotingsbehandeling heeft de vaste commissie voor Buitenlandse Zaken1 de volgende vragen aan de regering voorgelegd. De regering heeft de vragen beantwoord bij brief van 13 november 1998.\nDe voorzitter van de commissie,\nDe Boer',
      'De vaste commissie voor Buitenlandse Zaken',
    ],
    [
      '2770',
      'Naar aanleiding van de tweede nota van wijziging op wetsvoorstel Wet bijzondere bepalingen provincie Rotterdam (24 087, nr. 14) en de tweede nota van wijziging op wetsvoorstel Wet instelling provincie Rotterdam (24 088, nr. 8) is de vaste commissie voor Binnenlandse Zaken1, conform het gestelde in artikel 27, onderdeel b, van het Reglement van Orde, schriftelijk in overleg getreden met de regering.',
      'De vaste commissie voor Binnenlandse Zaken',
    ],
    // In a later sentence, after one whose first verb has the minister for its subject (2624, 740).
    [
      '2624',
      'Bij brief van 17 september 2019 heeft de Minister voor Rechtsbescherming beide Kamers geïnformeerd over de opgaven voor een sterke rechtspraak1. In haar vergadering van 24 september heeft de vaste commissie voor Justitie en Veiligheid2 besloten in schriftelijk overleg te treden naar aanleiding van de op 17 september 2019 ontvangen brief3.',
      'De vaste commissie voor Justitie en Veiligheid',
    ],
    [
      '740',
      'Naar aanleiding van de brief van de Staatssecretaris van Justitie en Veiligheid van 28 november 2022,1 waarin de Staatssecretaris de eerder gestelde vragen over de Staat van Migratie 2022 beantwoordt, hadden de leden van de PVV-fractie nog een aantal vervolgvragen.\nOp 14 december 2022 heeft de vaste commissie voor Immigratie en Asiel/JBZ-Raad2 van de Eerste Kamer der Staten-Generaal een brief gestuurd met deze vervolgvragen.',
      'De vaste commissie voor Immigratie en Asiel/JBZ-Raad van de Eerste Kamer der Staten-Generaal',
    ],
    // Opening a later sentence (2784), also one glued to the full stop before it (1298).
    [
      '2784',
      'Bij brief van 3 november 2009 heeft de minister van Justitie samen met de minister van Binnenlandse Zaken en Koninkrijksrelaties het kabinetsstandpunt aangeboden (TK 31 051, nr. 5). De vaste commissies voor Justitie1 en voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis der Koningin2 hebben in hun vergadering van 2 februari 2010 over dit kabinetsstandpunt gesproken.',
      'De vaste commissies voor Justitie en voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis der Koningin',
    ],
    [
      '1298',
      'Ter griffie van de Tweede Kamer der Staten-Generaal ontvangen op 15 oktober 1997. De Kamer kan zich tegen het voorgenomen besluit uitspreken uiterlijk op 29 oktober 1997.De vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer1, heeft de navolgende vragen over de agentschapsstatus Rijksgebouwendienst ter beantwoording aan de regering voorgelegd.',
      'De vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer',
    ],
    // The committee that reports, on a line of its own after a sentence without its full stop, its name wrapped (465);
    // with its note digit (2604).
    [
      '465',
      'De Minister heeft op 2 september 2013 gereageerd\nDe vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene\nZaken en Huis van de Koning1 brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.',
      'De vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning',
    ],
    [
      '2604',
      'Ter voorbereiding op dat debat hebben de leden van de fracties van SP, GroenLinks, ChristenUnie, PvdD, 50Plus en OSF de Minister op 27 mei 2016 per brief een aantal vragen voorgelegd.\nDe Minister heeft op 3 juni 2016 gereageerd.\nDe vaste commissie voor Koninkrijksrelaties2 brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.',
      'De vaste commissie voor Koninkrijksrelaties',
    ],
    // Its verb left out: the small word after the names ends them, with the note digit (2543) or without it.
    [
      '2543',
      'De commissie voor de Rijksuitgaven1 en de vaste commissies voor Volksgezondheid, Welzijn en Sport2 een aantal vragen aan de regering voorgelegd over het rapport van de Algemene Rekenkamer',
      'De commissie voor de Rijksuitgaven en de vaste commissies voor Volksgezondheid, Welzijn en Sport',
    ],
    [
      '2543',
      'De commissie voor de Rijksuitgaven en de vaste commissies voor Volksgezondheid, Welzijn en Sport een aantal vragen aan de regering voorgelegd',
      'De commissie voor de Rijksuitgaven en de vaste commissies voor Volksgezondheid, Welzijn en Sport',
    ],
  ])('%s → %s', (_letter, intro, sender) => {
    expect(committee(intro)).toBe(sender);
  });

  it.each([
    // A committee without a name (653), the members of fractions (632), a delegation (1317).
    [
      '653',
      'Het voorbereidend onderzoek van dit wetsvoorstel heeft de commissie aanleiding gegeven tot het maken van een aantal opmerkingen en het stellen van een aantal vragen.',
    ],
    [
      '632',
      'De leden van de fractie van GroenLinks hebben met belangstelling kennisgenomen van het wetsvoorstel en bezien het voorstel met een positieve grondhouding.',
    ],
    [
      '1317',
      'Een delegatie uit de Tweede Kamer, bestaande uit de fractievoorzitters Blok (VVD), Cohen (PvdA), Van Haersma Buma (CDA), Pechtold (D66), Sap (GroenLinks) en Van der Staaij (SGP) heeft van 14 oktober tot 21 oktober 2011 een werkbezoek gebracht aan Aruba, Curaçao, Sint Maarten en Caribisch Nederland.',
    ],
    // The committee after a later verb, the object of the minister who informed it; one that asked a minister (2297).
    [
      '2784',
      'Bij brief van 3 november 2009 heeft de minister van Justitie het kabinetsstandpunt aan de vaste commissie voor Justitie gezonden.',
    ],
    [
      '2297',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft mij verzocht om inzicht te geven.',
    ],
  ])('%s: no committee reporting', (_letter, intro) => {
    expect(committee(intro)).toBeNull();
  });

  it('reads no further than the signature of the committee and the letter it passes on (2784)', () => {
    const intro =
      'De minister heeft op 27 mei 2010 gereageerd.\nDe griffier van de vaste commissie voor Justitie,\nKim van Dooren\nBRIEF AAN DE MINISTER VAN JUSTITIE\nDen Haag, 19 februari 2010\nDe vaste commissie voor Justitie heeft met belangstelling kennisgenomen van uw brief.';
    expect(committee(intro)).toBeNull();
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

describe('delegationFromIntroduction', () => {
  /** The verslag's head ends with its date line; its introduction follows on the next line. */
  const HEAD = 'Vastgesteld 9 februari 2024\n';
  const delegation = (intro: string) => delegationFromIntroduction(HEAD + intro, 0);

  it.each([
    // The delegation to the assembly the introduction names, whichever way it names itself (746, 744, 2305).
    [
      '746',
      '1. Inleiding\nEen delegatie van vier leden van de Staten-Generaal namen van 22-23 januari 2024 deel\naan de eerste deelsessie van de parlementaire assemblee van de Raad van Europa. Dit\nwaren de Eerste Kamerleden Tiny Kox (SP), Caspar van den Berg (VVD), Rian Vogels (VVD) en Carla Moonen (D66).',
      'De delegatie naar de Parlementaire Assemblee van de Raad van Europa',
    ],
    [
      '744',
      'Inleiding\n\nDe Parlementaire Assemblee van de Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) heeft haar 17e jaarlijkse zitting gehouden van 29 juni–3 juli in Astana, Kazachstan.\n\nUit 49 parlementen van lidstaten waren delegaties naar deze zitting afgevaardigd. Van de delegatie van de Staten-Generaal waren in Astana aanwezig de leden Cörüz (CDA, Tweede Kamer, voorzitter), Franken, (CDA, Eerste Kamer), Smaling (SP, Eerste Kamer), Ten Broeke (VVD, Tweede Kamer) en Van Bommel (SP, Tweede Kamer).',
      'De delegatie naar de Parlementaire Assemblee van de Organisatie voor Veiligheid en Samenwerking in Europa',
    ],
    [
      '2305',
      "1. Inleiding\nVijf Kamerleden namen van 6 tot en met 9 oktober 2023 deel aan de 69ste jaarvergadering\nvan de NAVO Parlementaire Assemblee (NAVO PA) in Kopenhagen, georganiseerd door het\nDeense Folketing. Zo'n 240 parlementsleden uit de 31 NAVO-landen en bijna twintig\npartnerparlementen kwamen bijeen om te praten over de toekomst van het bondgenootschap,\nde situatie in Oekraïne en innovatie op gebied van de defensie-industrie. De Nederlandse\ndelegatie bestond uit de Tweede Kamerleden Van Wijngaarden (VVD, delegatieleider) en Boswijk (CDA).",
      'De delegatie naar de NAVO Parlementaire Assemblee',
    ],
    // A werkbezoek, to no assembly: the delegation as the paper names it (1317).
    [
      '1317',
      'Een delegatie uit de Tweede Kamer, bestaande uit de fractievoorzitters Blok (VVD), Cohen (PvdA), Van Haersma Buma (CDA), Pechtold (D66), Sap (GroenLinks) en Van der Staaij (SGP) heeft van 14 oktober tot 21 oktober 2011 een werkbezoek gebracht aan Aruba, Curaçao, Sint Maarten en Caribisch Nederland (Bonaire, Saba en Sint Eustatius).',
      'De delegatie uit de Tweede Kamer',
    ],
  ])('%s → %s', (_letter, intro, sender) => {
    expect(delegation(intro)).toBe(sender);
  });

  it.each([
    // No delegation: the members of fractions (632), `de commissie` without its name (653).
    [
      '632',
      'De leden van de fractie van GroenLinks hebben met belangstelling kennisgenomen van het wetsvoorstel en bezien het voorstel met een positieve grondhouding.',
    ],
    [
      '653',
      'Het voorbereidend onderzoek van dit wetsvoorstel heeft de commissie aanleiding gegeven tot het maken van een aantal opmerkingen en het stellen van een aantal vragen.',
    ],
    // A delegation named by the word alone, no assembly: too little to name the writer.
    [
      '2305 (its assembly left out)',
      'De Nederlandse delegatie bestond uit de Tweede Kamerleden Van Wijngaarden (VVD, delegatieleider) en Boswijk (CDA).',
    ],
  ])('%s: no delegation', (_letter, intro) => {
    expect(delegation(intro)).toBeNull();
  });
});

describe('bodyFromOpening', () => {
  /** The letter's head ends with its date line; the opening sentence follows on the next line. */
  const HEAD = 'Den Haag, 18 mei 2011\n';
  const body = (opening: string) => bodyFromOpening(HEAD + opening, 0);

  it.each([
    // The body offers the paper (691, a note digit glued to its name) or lays it before the members (1066).
    [
      '691',
      'Hierbij biedt de commissie voor de Rijksuitgaven1 u de jaarlijkse rapportage aan over de werking en toepassing van de Regeling Grote Projecten in 2010.',
      'De commissie voor de Rijksuitgaven',
    ],
    [
      '1066',
      'Het Presidium legt hierbij aan u voor het onderzoeksvoorstel van de Tijdelijke commissie corona bij brief van 31 maart 2023 inzake de uitvoering van een parlementaire enquête naar corona.',
      'Het Presidium',
    ],
    // `heeft de eer`: who set the werkgroep up is no part of its name (2306); a committee charged with a bill (1041).
    [
      '2306',
      'De door uw college ingestelde werkgroep Politieke en persoonlijke ondersteuning leden heeft de eer hierbij verslag uit te brengen van zijn bevindingen.',
      'De werkgroep Politieke en persoonlijke ondersteuning leden',
    ],
    [
      '1041',
      'De vaste commissie voor Financiën1, belast met het voorbereidend onderzoek van bovenstaand wetsvoorstel, heeft de eer als volgt verslag uit te brengen van haar bevindingen.',
      'De vaste commissie voor Financiën',
    ],
    // The nota on the committee's own proposal to change the Reglement van Orde (895).
    [
      '895',
      'De commissie voor de Werkwijze heeft met belangstelling kennisgenomen van het verslag over het onderhavige voorstel. Zij dankt de leden van de fracties van de VVD, D66, CDA, SP en PvdA voor de door hen gestelde vragen en gemaakte opmerkingen',
      'De commissie voor de Werkwijze',
    ],
  ])('%s: %s → %s', (_letter, opening, sender) => {
    expect(body(opening)).toBe(sender);
  });

  it.each([
    // The Presidium named in passing, further down the opening (861).
    [
      '861',
      'Ieder jaar stelt de Tweede Kamer haar eigen begroting op, de Raming. Deze Raming wordt\nvervolgens door de Minister van Binnenlandse Zaken en Koninkrijksrelaties toegevoegd\naan hoofdstuk IIA van de Rijksbegroting. In deze geleidende brief bij de Raming worden\nde aandachtspunten voor 2026 beschreven. Hierbij wordt uiteraard voortgebouwd op de\nontwikkelingen die de afgelopen jaren in gang zijn gezet. Zo blijven onderwerpen als\nintegrale veiligheid, het versterken van het parlementaire proces en het verder moderniseren\nen digitaliseren van de werkwijze van de Kamer hoog op de agenda van het Presidium\nstaan.',
    ],
    // The nota of a member on his own bill: its opening names members and a committee, none writes (712, 2083).
    [
      '712',
      'De leden van de fractie van GroenLinks-PvdA hebben kennisgenomen van het initiatiefvoorstel\nvan het lid Bontenbal.',
    ],
    [
      '2083',
      'De opmerkingen en vragen zoals verwoord in het verslag van de vaste commissie voor VROM, tonen aan dat er in het algemeen bij de fracties veel sympathie en steun bestaat voor de intentie van mijn wetsvoorstel.',
    ],
    // The government is no body of the Kamer: its ministers sign the nota (2737).
    ['2737', 'De regering heeft met belangstelling kennisgenomen van het verslag van de vaste commissie'],
  ])('%s: no body writes', (_letter, opening) => {
    expect(body(opening)).toBeNull();
  });

  it('reads only the line after the head, not a body further down (1066)', () => {
    const text =
      HEAD +
      'Het onderzoeksvoorstel is besproken in de Presidiumvergaderingen van 19 april 2023 en 24 mei 2023.\n' +
      'Het Presidium legt hierbij aan u voor het onderzoeksvoorstel';
    expect(bodyFromOpening(text, 0)).toBeNull();
  });
});

describe('governmentFromOpening', () => {
  /** A nota's head ends with its `Ontvangen` line; the opening (or a table of contents) follows on the next line. */
  const HEAD = 'Ontvangen 5 juni 2019\n';
  const government = (opening: string) => governmentFromOpening(HEAD + opening, 0);

  it.each([
    // The government taking note of the verslag, on a line broken in the sentence (1289) or not (1299, 1141).
    [
      '1289',
      'De regering heeft met belangstelling kennisgenomen van het verslag van de vaste commissie\nvoor Sociale Zaken en Werkgelegenheid inzake bovengenoemd wetsvoorstel. Zij is de\nKamerfracties erkentelijk voor hun inbreng.',
      'De regering',
    ],
    [
      '1299',
      'De regering heeft met belangstelling kennisgenomen van de schriftelijke inbreng van de vaste commissie voor Digitalisering bij de Verzamelwet gegevensbescherming.',
      'De regering',
    ],
    [
      '1141',
      'De regering heeft geïnteresseerd kennis genomen van de bijdragen van de fracties aan het voorlopig verslag inzake het wetsvoorstel Bevordering duurzame arbeidsinschakeling jongeren tot 27 jaar (Wet investeren in jongeren).',
      'De regering',
    ],
    [
      '2722',
      'Het kabinet heeft met interesse kennisgenomen van de vragen en opmerkingen van de leden van de fracties van de PVV, het CDA, D66 en de ChristenUnie.',
      'Het kabinet',
    ],
    [
      '904',
      'De regering is de Vaste Commissie voor Volksgezondheid, Welzijn en Sport erkentelijk voor het feit dat zij haar voorlopig verslag respectievelijk het nader voorlopig verslag over het voorstel van de Wmo 2015 heeft uitgebracht.',
      'De regering',
    ],
    // Inverted, after what it felt (2583, 1059).
    [
      '2583',
      'Met veel belangstelling heeft de regering kennisgenomen van het voorlopig verslag van de vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning.',
      'De regering',
    ],
    [
      '1059',
      'Met belangstelling heeft het kabinet kennisgenomen van de bijdragen van de verschillende fracties aan het verslag bij het onderhavige wetsvoorstel.',
      'Het kabinet',
    ],
    // Thanks and pleasure (2697, 1476), and thanks after what comes first (2240).
    [
      '2697',
      'De regering dankt de vaste commissie voor Onderwijs, Cultuur en Wetenschap voor de schriftelijke inbreng bij het wetsvoorstel.',
      'De regering',
    ],
    [
      '1476',
      'Het verheugt de regering dat de fracties het wetsvoorstel tot wijziging van de Ambtenarenwet, de Militaire Ambtenarenwet 1931 en de Politiewet 1993 met zoveel belangstelling en interesse hebben ontvangen.',
      'De regering',
    ],
    [
      '2240',
      'Alvorens in te gaan op de in het voorlopig verslag door de commissie geformuleerde vragen en opmerkingen, wil de regering de commissie dank zeggen voor de gedegen voorbereiding van de behandeling van het wetsvoorstel.',
      'De regering',
    ],
    // Past a table of contents and a heading, whose entries have eight words but not a sentence's length (1124).
    [
      '1124',
      'Inhoudsopgave\nI.\nAlgemeen\n1\n5.\nUitspraken Centrale Raad van Beroep en Hoge Raad\n13\nI. Algemeen\nDe regering heeft met belangstelling kennisgenomen van het verslag van de vaste commissie\nvoor Sociale Zaken en Werkgelegenheid over haar bevindingen inzake bovenvermeld wetsvoorstel.',
      'De regering',
    ],
  ])('%s: %s → %s', (_letter, opening, sender) => {
    expect(government(opening)).toBe(sender);
  });

  it.each([
    // `ik` names no one (2474); the members speak (2686); the initiators answer on their own bill (2873).
    [
      '2474',
      'Met belangstelling heb ik kennis genomen van het verslag van de vaste commissie voor\nEconomische Zaken en Klimaat.',
    ],
    [
      '2686',
      'De leden van de fractie van het CDA hebben met gemengde gevoelens kennisgenomen van de beantwoording van de vragen door de initiatiefnemers en de regering.',
    ],
    [
      '2873',
      'Met belangstelling hebben de indieners kennisgenomen van het Verslag van de Vaste Commissie van Volksgezondheid, Welzijn en Sport, vastgesteld op 29 oktober 2012.',
    ],
    // The government named further down, after the opening sentence (671, its fourth sentence).
    [
      '671',
      'In deze nota naar aanleiding van het verslag gaat de regering in op de meeste vragen van de leden van de verschillende fracties.\nDe regering heeft ervoor gekozen om de reeds afgeronde antwoorden alvast in te dienen.',
    ],
  ])('%s: the government is not named as who answers', (_letter, opening) => {
    expect(government(opening)).toBeNull();
  });
});

describe('bodyFromClosing', () => {
  const HEAD = 'Den Haag, 18 mei 2011\n';
  const body = (text: string) => bodyFromClosing(HEAD + text, 0);

  it.each([
    // The chair signs for the body it presides (691, 2306).
    [
      '691',
      'In artikel 21 van de Regeling Grote Projecten is vastgelegd dat de commissie voor de Rijksuitgaven jaarlijks op de derde woensdag in mei (Verantwoordingsdag) een rapport uitbrengt over de werking en toepassing van de regeling.\nDe voorzitter van de commissie voor de Rijksuitgaven,\nVan Gerven\nDe griffier van de commissie voor de Rijksuitgaven,\nGroen',
      'De commissie voor de Rijksuitgaven',
    ],
    [
      '2306',
      'De werkgroep maakt u er extra op attent dat als ingangsdatum van de nieuwe bekostigingssystematiek wordt voorgesteld 1 juli 1997.\n\nDe voorzitter van de werkgroep,\n\nDoelman-Pel\n\nDe griffier van de werkgroep,\n\nVan Dijk',
      'De werkgroep',
    ],
    // The Rekenkamer signs by its name over its president (792).
    [
      '792',
      'Hierbij bieden wij u het op 7 mei 2012 door ons vastgestelde «Rapport bij het Jaarverslag 2011 van het Infrastructuurfonds (A)» aan.\n\nAlgemene Rekenkamer\n\ndrs. Saskia J. Stuiveling, president\n\ndr. Ellen M.A. van Schoten RA, secretaris',
      'De Algemene Rekenkamer',
    ],
  ])('%s → %s', (_letter, text, sender) => {
    expect(body(text)).toBe(sender);
  });

  it.each([
    // The Voorzitter of the Kamer signs as an office, not for a body (2490).
    ['2490', 'De Voorzitter van de Tweede Kamer der Staten-Generaal,\n\nF. W. Weisglas'],
    // A chair in a sentence, no name line below: no closing (691).
    [
      '691',
      'De voorzitter van de commissie voor de Rijksuitgaven,\nbrengt ieder jaar een rapportage uit over de Regeling Grote Projecten.',
    ],
    // The Rekenkamer named as the subject of a sentence (792).
    [
      '792',
      'Algemene Rekenkamer\nDe Algemene Rekenkamer heeft de beleidsinformatie in de jaarverslagen onderzocht.',
    ],
  ])('%s: no body signs', (_letter, text) => {
    expect(body(text)).toBeNull();
  });
});
