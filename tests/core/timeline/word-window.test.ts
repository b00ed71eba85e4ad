import { describe, expect, it } from 'vitest';
import { nameStartBefore, subjectWindow, wordWindow } from '../../../src/core/timeline/word-window';

describe('wordWindow', () => {
  it.each([
    // Words after the date first, then before, alternately, within max - 2 characters.
    // A cut right part ends before an article: `komen…`, not `komen de…`.
    ['Op', 'komen de Ministers van Defensie bijeen', 20, ['Op', 'komen…']],
    // Everything fits: nothing left out, no ellipsis.
    ['Op', 'komen zij bijeen', 40, ['Op', 'komen zij bijeen']],
    // Words left out before the date: the ellipsis stands before the left part.
    ['Het kabinet stuurt uw Kamer voor', 'een brief', 24, ['…Kamer voor', 'een brief']],
    // Nothing after the date: the words before, up to 18 characters with their spaces (3 + 7 + 5).
    ['De NAVO-top in Madrid vond plaats op', '', 20, ['…vond plaats op', '']],
    // A first word longer than the room is not taken, and is left out on both sides.
    ['Defensieministeriële', 'Bondgenootschappelijk', 10, ['…', '…']],
    // Cut right after prepositions and articles: the cut goes before them (NAVO letter).
    [
      'Op 29 september',
      'bracht de NAR ook een verklaring uit over de sabotage van de Nordstream 1 en 2 pijpleidingen',
      80,
      ['Op 29 september', 'bracht de NAR ook een verklaring uit over de sabotage…'],
    ],
    // A left part does not start at `en` + a name: the name goes too, its room to the right part (NAVO).
    [
      'In reactie op de ontwikkelingen in Rusland en Oekraïne heeft de Noord-Atlantische Raad (NAR)',
      'een verklaring uitgebracht',
      80,
      ['…heeft de Noord-Atlantische Raad (NAR)', 'een verklaring uitgebracht'],
    ],
    // Nor after a `)` whose `(` was cut off (13): from the word after it.
    [
      'Antwoord van Minister Ollongren (Binnenlandse Zaken en Koninkrijksrelaties), mede namens de Minister-President (ontvangen',
      ')',
      80,
      ['…mede namens de Minister-President (ontvangen', ')'],
    ],
    // A right part that was nothing but words a label does not end on: its `…` ends the left part, with
    // no space before it (2032). The room (14) takes `in`, `heeft`, `het`; `in het` is no end.
    [
      'De vaste commissie voor Verkeer en Waterstaat heeft',
      'in het kader van het begrotingsonderzoek',
      16,
      ['…heeft…', ''],
    ],
    // A right part cut after an adjective whose noun did not fit ends before its article and the
    // preposition before that (1482: `…inzake de toekomstvisie op de Nederlandse…`).
    [
      '• de brief van de minister van Economische Zaken',
      'inzake de toekomstvisie op de Nederlandse postmarkt (Kamerstuk 29 502, nr. 110);',
      80,
      ['• de brief van de minister van Economische Zaken', 'inzake de toekomstvisie…'],
    ],
    // Nothing of the right part would be left, and the left part ends on a word a label does not end
    // on: the adjective stays (2171).
    [
      'de brieven van de staatssecretaris van OCW d.d. 21 mei 2001 respectievelijk',
      'ter aanbieding van de tussentijdse aanbevelingen van de commissie-Ekkart (OCW-01-599);',
      80,
      ['…van OCW d.d. 21 mei 2001 respectievelijk', 'ter aanbieding van de tussentijdse…'],
    ],
    // The rules of a cut right part on items of lists of letters, whose labels now keep the subject (see
    // `subjectWindow`), cut as any other label's: half a compound goes, and the adjective before it (2035); not on a
    // capitalised short adjective after its determiner (1383); a noun with an adjective's ending stays (1300); an
    // ordinal stays when nothing after it would be left (1069); the chamber goes with `Kamerlid` (1333).
    [
      'de brief van de staatssecretaris van OCW',
      'over de Agenda voor- en vroegschoolse educatie (vve) inzake maatregelen om taalachterstanden in het Nederlands',
      80,
      ['de brief van de staatssecretaris van OCW', 'over de Agenda…'],
    ],
    [
      'de brief van de staatssecretaris van VWS',
      'inzake het onderzoek van de Algemene Rekenkamer «Opvang zwerfjongeren 2007»',
      80,
      ['de brief van de staatssecretaris van VWS', 'inzake het onderzoek…'],
    ],
    [
      'de brief van de Minister voor VRO',
      'inzake afschrift brief aan de gemeente Utrechtse Heuvelrug inzake de kapaanvraag van bomen in park Huis Doorn',
      80,
      ['de brief van de Minister voor VRO', 'inzake afschrift brief aan de gemeente…'],
    ],
    [
      'De brief van de Staatssecretaris van IenM',
      'ter aanbieding van de 34ste Voortgangsrapportage HSL-Zuid',
      80,
      ['De brief van de Staatssecretaris van IenM', 'ter aanbieding van de 34ste…'],
    ],
    [
      'de brief van de minister van BZK',
      'over schriftelijke vragen van Tweede Kamerlid J. S. Monasch (PvdA) over erfpachttarieven',
      80,
      ['de brief van de minister van BZK', 'over schriftelijke vragen…'],
    ],
    // A left part that would leave out the noun of the subject that opens the clause: the words before the date go
    // whole, and those after it fill the room left (44, see `subjectCutAt`).
    [
      'De vaste commissie voor Binnenlandse Zaken heeft mij bij brief',
      'gevraagd ruim voor het zomerreces de evaluatie van de verkiezingen voor provinciale staten',
      80,
      ['De vaste commissie voor Binnenlandse Zaken heeft mij bij brief', 'gevraagd ruim…'],
    ],
    // Not where the subject's noun stays (1031): the alternate words, whom the committee met with them.
    [
      'De vaste commissie voor Justitie heeft',
      'overleg gevoerd met staatssecretaris Albayrak van Justitie over: – de brief van de staatssecretaris van Justitie',
      80,
      ['…commissie voor Justitie heeft', 'overleg gevoerd met staatssecretaris Albayrak…'],
    ],
    // Nor where fewer than two words after the subject's verb would be left (1735: `…wordt eenmalig verhoogd…`).
    [
      'het fonds voor verduurzaming van niet-woonhuis monumenten wordt',
      'eenmalig verhoogd met € 7,5 miljoen vanwege het grote aantal aanvragen.',
      80,
      ['…fonds voor verduurzaming van niet-woonhuis monumenten wordt', 'eenmalig verhoogd…'],
    ],
    // Nor where the words before the date end on an opening bracket that the date's closing one pairs with (2537).
    [
      'De Periodieke rapportage is een evaluatie van de afgelopen vijf jaar (',
      ') en bouwt voort op de eerdere evaluatie van Toeslagen uit 2022, met als tijdlijn 2016 t/m 2020.',
      80,
      ['…rapportage is een evaluatie van de afgelopen vijf jaar (', ') en bouwt voort…'],
    ],
    // A left part that starts at a name after `en`, which stops inside a group in brackets at its clause mark, starts
    // after the group's `)` (2463): not `…BES-eilanden) dat`.
    [
      'met betrekking tot Bonaire, Sint Eustatius en Saba (hierna: BES-eilanden) dat',
      'bij deze Kamer aanhangig is gemaakt.',
      80,
      ['…dat', 'bij deze Kamer aanhangig is gemaakt.'],
    ],
  ] as const)('%s | %s (max %i)', (before, after, max, expected) => {
    expect(wordWindow(before, after, max)).toEqual(expected);
  });

  // A right part cut between an auxiliary or a modal and the verbs that end its clause takes them, the room from the
  // left part's first words (see `verbClusterEnd`).
  it.each([
    // A left part cut already loses words (1044: was `…verwijst naar de informatie die` and `…wordt…`).
    [
      'De toelichting verwijst naar de informatie die',
      'op de website van de Belastingdienst wordt geplaatst.',
      ['…naar de informatie die', 'op de website van de Belastingdienst wordt geplaatst.'],
    ],
    [
      'Tijdens de behandeling heb ik mede namens de staatssecretaris van Infrastructuur & Milieu aangegeven dat ik uw Kamer',
      'de kabinetsvisie op het mestbeleid zal aanbieden.',
      ['…aangegeven dat ik uw Kamer', 'de kabinetsvisie op het mestbeleid zal aanbieden.'],
    ],
    // Not from inside a name: past it (254, was `…de Europese Unie aan de Nederlandse regering` and `…zou worden…`).
    [
      'Dhr. Omtzigt heeft ten eerste gevraagd naar een brief van de Nederlandse permanente vertegenwoordiging bij de Europese Unie aan de Nederlandse regering',
      'waarin de naheffing zou worden uitgelegd.',
      ['…aan de Nederlandse regering', 'waarin de naheffing zou worden uitgelegd.'],
    ],
    // Nor from inside a quoted title: the label stays as it was (1446).
    [
      'De evaluatie volgt op een eerdere IOB-evaluatie op het gebied van mensenrechten «Navigating a Sea of Interests: Policy Evaluation of Dutch Foreign Human Rights Policy 2008–2013» die',
      'aan de Tweede Kamer werd gepresenteerd, en de IOB-evaluatie',
      ['…Dutch Foreign Human Rights Policy 2008–2013» die', 'aan de Tweede Kamer werd…'],
    ],
    // A left part that starts its sentence starts at the first clause that opens after the words left out (261) ...
    [
      'Dit houdt in dat de cijfers',
      'in het voorjaar 2019 beschikbaar zijn en worden opgenomen in de 23e Halfjaarrapportage en daarna in de voortgangsrapportages.',
      ['…de cijfers', 'in het voorjaar 2019 beschikbaar zijn en worden opgenomen…'],
    ],
    // ... nothing of it where that clause opens with the date (2320, 1314) ...
    [
      'Mevrouw Smits (PvdA) memoreerde dat',
      'door de staatssecretaris reeds kenbaar is gemaakt dat een jaar uitstel nodig is voor invoering van de leerlinggebonden financiering (LGF).',
      ['', '…door de staatssecretaris reeds kenbaar is gemaakt…'],
    ],
    [
      'de verwachting uitgesproken dat',
      'een «Memorandum of Understanding» (MOU) zou kunnen worden afgesloten.',
      ['', '…een «Memorandum of Understanding» (MOU) zou kunnen worden afgesloten.'],
    ],
    // ... and it stays whole where no clause opens in it: `…totaal hebben…` would read worse (1651).
    [
      'In totaal hebben',
      'ongeveer 48 000 burgers een brief ontvangen waarin is aangegeven dat zij volgens de gegevens van de Belastingdienst',
      ['In totaal hebben', 'ongeveer 48 000 burgers een brief ontvangen waarin is…'],
    ],
    // Where the verbs do not fit even without the left part, nothing changes (532).
    [
      '',
      'Op 16 november 2016 zal de bijgevoegde intentieverklaring Delta-aanpak worden ondertekend door alle betrokken partijen.',
      ['', 'Op 16 november 2016 zal de bijgevoegde intentieverklaring Delta-aanpak worden…'],
    ],
  ] as const)('%s | %s', (before, after, expected) => {
    expect(wordWindow(before, after, 80)).toEqual(expected);
  });

  // Where allowed (`closingVerbs`), a right part cut a few words before the verbs that close its clause takes them, the
  // room from the left part's first words (see `closingVerbsEnd`); else it stays cut.
  it.each([
    // 2094: an infinitive with `te`, all of the left part going (was `Tijdens het debat` and `heeft uw Kamer mij
    // verzocht de gestelde vragen schriftelijk…`).
    [
      'Tijdens het debat',
      'heeft uw Kamer mij verzocht de gestelde vragen schriftelijk te beantwoorden.',
      ['', '…heeft uw Kamer mij verzocht de gestelde vragen schriftelijk te beantwoorden.'],
    ],
    // 990: a participle, a left part cut already losing words (was `…de brief van voormalig minister Brinkhorst` and
    // `is nog steeds niet in wetgeving…`).
    [
      'De wijziging die voortvloeit uit de brief van voormalig minister Brinkhorst',
      'is nog steeds niet in wetgeving opgenomen.',
      ['…van voormalig minister Brinkhorst', 'is nog steeds niet in wetgeving opgenomen.'],
    ],
    // 386: was `…de behandeling van het Belastingplan 2006` and `heeft de Kamer de motie-Essers c.s.…`.
    [
      'Tijdens de behandeling van het Belastingplan 2006',
      'heeft de Kamer de motie-Essers c.s. aanvaard',
      ['…van het Belastingplan 2006', 'heeft de Kamer de motie-Essers c.s. aanvaard'],
    ],
    // 189: not from a group in brackets, whose words name what the words before it did (`…(CU) is de regering`):
    // after it.
    [
      'Via de motie van de leden Paulusma (D66) en Bikker (CU) is de regering',
      'verzocht om de voor- en nadelen in kaart te brengen.',
      ['…is de regering', 'verzocht om de voor- en nadelen in kaart te brengen.'],
    ],
    // 1896: a bare infinitive after `te laten`; not from the number of a name cut off before it (`…11 heb ik`, of
    // `VGR 11`): after it.
    [
      'In de aanbiedingsbrief bij VGR 11 heb ik aangekondigd',
      'een tussentijdse evaluatie van PMR te laten uitvoeren.',
      ['…heb ik aangekondigd', 'een tussentijdse evaluatie van PMR te laten uitvoeren.'],
    ],
    // 1411: a left part that starts its sentence and is all a fronted phrase of a preposition, the finite verb after
    // it, goes (was `Blijkens het jaarverslag van het EOM` and `heeft het EOM in dat jaar 1371 nieuwe…`) ...
    [
      'Blijkens het jaarverslag van het EOM',
      'heeft het EOM in dat jaar 1371 nieuwe onderzoeken geopend.',
      ['', '…heeft het EOM in dat jaar 1371 nieuwe onderzoeken geopend.'],
    ],
    // ... not one that is the sentence's subject: it stays as it was.
    [
      'Het jaarverslag van het EOM',
      'heeft het EOM in dat jaar 1371 nieuwe onderzoeken geopend.',
      ['Het jaarverslag van het EOM', 'heeft het EOM in dat jaar 1371 nieuwe onderzoeken…'],
    ],
    // 2644: not from a relative clause's `die`, cut off from what it describes (`…die ik met de provincies en
    // grootstedelijke regio’s heb gemaakt`): the label stays as it was.
    [
      'Hierbij informeer ik u voor de laatste maal over de voortgang van de prestatieafspraken die ik',
      'met de provincies en grootstedelijke regio’s heb gemaakt.',
      ['…van de prestatieafspraken die ik', 'met de provincies en grootstedelijke regio’s…'],
    ],
  ] as const)('%s | %s', (before, after, expected) => {
    expect(wordWindow(before, after, 80, false, true)).toEqual(expected);
  });

  it('leaves the closing verbs out where not allowed (2094)', () =>
    expect(
      wordWindow(
        'Tijdens het debat',
        'heeft uw Kamer mij verzocht de gestelde vragen schriftelijk te beantwoorden.',
        80,
      ),
    ).toEqual(['Tijdens het debat', 'heeft uw Kamer mij verzocht de gestelde vragen schriftelijk…']));

  // A left part that would start inside a name, or at the `en` after one, that `en` joins to a phrase with an article
  // starts after the `en` (see `pastJoinedName`).
  it.each([
    // 805: was `…Zaken en de vaste commissie voor OCW hebben`, of `Economische Zaken`.
    [
      'De vaste commissie voor Economische Zaken en de vaste commissie voor OCW hebben',
      'overleg gevoerd met de heer Kamp',
      ['…de vaste commissie voor OCW hebben', 'overleg gevoerd met de heer Kamp'],
    ],
    // 2791: was `…Parlement en de Raad van de Europese Unie`, of `Europees Parlement`.
    [
      'Wijziging van de Wet milieubeheer en enige andere wetten ten behoeve van de implementatie van richtlijn nr. 2003/87/EG van het Europees Parlement en de Raad van de Europese Unie',
      'tot vaststelling van een regeling voor de handel in broeikasgasemissierechten binnen de Gemeenschap',
      ['…de Raad van de Europese Unie', 'tot vaststelling van een regeling voor de handel…'],
    ],
    // Not where a pronoun follows the `en`, which does not read alone (1122): the name's first word stays out.
    [
      'Het Ministerie van VenJ en dat van Financiën werken',
      'samen aan het op orde brengen van de begroting en het verbeteren van de financiële functie.',
      ['…Ministerie van VenJ en dat van Financiën werken', 'samen aan het op orde brengen…'],
    ],
  ] as const)('%s | %s', (before, after, expected) => {
    expect(wordWindow(before, after, 80)).toEqual(expected);
  });
});

describe('subjectWindow', () => {
  it.each([
    // The subject whole, and no room for the sender from its title on: no half a name (`…Zaken inzake het fiche`).
    [
      'de brief van de Minister van Buitenlandse Zaken',
      'inzake het fiche: Herziening richtlijn over energie-efficiëntie',
      80,
      ['', '…inzake het fiche: Herziening richtlijn over energie-efficiëntie'],
    ],
    // The whole name after its title stays, from its `van` (413).
    [
      'de brief van de Minister van Buitenlandse Zaken',
      'inzake het fiche: Verordening Governance Energie Unie',
      80,
      ['…van Buitenlandse Zaken', 'inzake het fiche: Verordening Governance Energie Unie'],
    ],
    // Nor from inside a name after its first words (1992, of `Economische Zaken`); a ministry's short name is whole.
    [
      'de Minister van Economische Zaken over zijn brief',
      'inzake ministeriële regelingen gas en elektriciteit',
      80,
      ['…over zijn brief', 'inzake ministeriële regelingen gas en elektriciteit'],
    ],
    [
      'de Staatssecretaris van VWS',
      'inzake reactie op verzoek commissie over de brief van FNV Zorg & Welzijn over de arbeidsmarkt',
      80,
      ['…VWS', 'inzake reactie op verzoek commissie over de brief van FNV Zorg & Welzijn…'],
    ],
    // What follows the sender is no part of its name (1081).
    [
      'aan de Minister van BZK over de brief',
      'over het Jaarverslag Koninkrijksrelaties en het BES fonds 2019',
      80,
      ['…over de brief', 'over het Jaarverslag Koninkrijksrelaties en het BES fonds 2019'],
    ],
    // A subject longer than the room: cut where it reads well, the room it leaves to the sender (1064).
    [
      'de brief van de Staatssecretaris van IenW',
      'inzake beantwoording vragen commissie over de zeventiende voortgangsrapportage European Rail Traffic Management System',
      80,
      ['…brief van de Staatssecretaris van IenW', 'inzake beantwoording vragen commissie…'],
    ],
  ] as const)('%s | %s (max %i)', (before, after, max, expected) => {
    expect(subjectWindow(before, after, max)).toEqual(expected);
  });
});

describe('nameStartBefore', () => {
  // `s` with `|` where the left part was cut: where the name it starts inside begins, as a slice of `s` (or null).
  it.each([
    [
      'a name of two words (254)',
      'de brief van de Europese |Unie aan de Nederlandse regering',
      'Europese Unie',
    ],
    [
      'the same after a sentence’s first word (2632)',
      'Bij de behandeling in het Algemeen |Overleg',
      'Algemeen Overleg',
    ],
    ['three words back at most (2110)', 'de bevolking van Curaçao en Sint |Maarten', 'Sint Maarten'],
    ['`van` between two capitalised words', 'het advies van de Raad van |State', 'Raad van State'],
    [
      'not after an article, which opens another phrase (1883)',
      'naar de Verenigde Staten van de |Staatssecretaris',
      null,
    ],
    ['not a ministry’s short name, a whole name', 'de brief van de Minister van |VWS', null],
    [
      'not a name that went on further back than it takes',
      'het advies van de Koninklijke Nederlandse Akademie van |Wetenschappen',
      null,
    ],
    ['not over a comma', 'Den Haag, |Zaken', null],
    ['not a lower-case first word', 'de vaste commissie voor Europese |zaken', null],
  ])('%s', (_name, marked, expected) => {
    const from = marked.indexOf('|');
    const s = marked.slice(0, from) + marked.slice(from + 1);
    const start = nameStartBefore(s, from);
    expect(
      start < 0 ? null : s.slice(start, s.indexOf(' ', from) < 0 ? s.length : s.indexOf(' ', from)),
    ).toBe(expected);
  });
});
