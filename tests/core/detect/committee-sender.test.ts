import { describe, expect, it } from 'vitest';
import {
  committeeFromIntroduction,
  committeeFromOpening,
  delegationFromIntroduction,
} from '../../../src/core/detect/committee-sender';

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
    // Its members (104), the committee in which the questions rose (1165, 2801), the voorlopig verslag's opening
    // (1077).
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
