import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from '../../../src/core/text/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
}

describe('splitSentences', () => {
  it.each([
    [
      'keeps hard line breaks inside a sentence (NAVO)',
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel \nbijeen. In deze brief informeer ik uw Kamer.',
      [
        'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen.',
        'In deze brief informeer ik uw Kamer.',
      ],
    ],
    [
      'does not split after d.d. and nr. (NAVO)',
      'naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022). Het kabinet onderzoekt nu.',
      ['naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022).', 'Het kabinet onderzoekt nu.'],
    ],
    [
      'splits after jl. when a capital follows (02)',
      'heeft plaatsgevonden op 27 oktober jl. Op 11 november jl. heeft het Europees Parlement gestemd.',
      ['heeft plaatsgevonden op 27 oktober jl.', 'Op 11 november jl. heeft het Europees Parlement gestemd.'],
    ],
    [
      'does not split after jl. inside a sentence (08)',
      'mijn persconferentie van 8 april jl. betreft, bevestig ik dat.',
      ['mijn persconferentie van 8 april jl. betreft, bevestig ik dat.'],
    ],
    [
      'splits after an amount in mln. when a capital follows, on the line or the next (1215, 1138)',
      'Het wetenschappelijk onderwijs (wo) ontving in december 2019 ruim € 96 mln. Doordat\nhet geld laat beschikbaar kwam. Elk ontving € 150 mln.\nDaarnaast is in 2019 de normale loonbijstelling uitgekeerd.',
      [
        'Het wetenschappelijk onderwijs (wo) ontving in december 2019 ruim € 96 mln.',
        'Doordat het geld laat beschikbaar kwam.',
        'Elk ontving € 150 mln.',
        'Daarnaast is in 2019 de normale loonbijstelling uitgekeerd.',
      ],
    ],
    [
      'does not split after mln. inside a sentence',
      'De regering trekt € 700 mln. extra uit voor de pgb-regeling en € 3 mld. voor de zorg.',
      ['De regering trekt € 700 mln. extra uit voor de pgb-regeling en € 3 mld. voor de zorg.'],
    ],
    [
      'does not split after c.s. before a bracket (222)',
      'Bij brief van 27 november 2019 heb ik u bericht over hoe de motie van het lid Middendorp c.s. (Kamerstuk 35 300 VII, nr. 14) over tussentijdse raadsontbinding zal worden uitgevoerd. Het is helaas niet mogelijk gebleken.',
      [
        'Bij brief van 27 november 2019 heb ik u bericht over hoe de motie van het lid Middendorp c.s. (Kamerstuk 35 300 VII, nr. 14) over tussentijdse raadsontbinding zal worden uitgevoerd.',
        'Het is helaas niet mogelijk gebleken.',
      ],
    ],
    [
      'keeps initials with the name (NAVO)',
      'De Minister van Defensie, \nK.H. Ollongren',
      ['De Minister van Defensie, K.H. Ollongren'],
    ],
    [
      'takes a footnote marker after the period along (NAVO)',
      'verstrekken politieke aanwijzingen voor het verdere traject van uitwerking.1 Alle bondgenoten steunen dit.',
      [
        'verstrekken politieke aanwijzingen voor het verdere traject van uitwerking.1',
        'Alle bondgenoten steunen dit.',
      ],
    ],
    [
      'ends a sentence at a blank line (headings, NAVO)',
      'Ik neem deel aan deze bijeenkomst.\n\nOekraïne\n\nDe afgelopen weken is de oorlog in een nieuwe fase beland.',
      [
        'Ik neem deel aan deze bijeenkomst.',
        'Oekraïne',
        'De afgelopen weken is de oorlog in een nieuwe fase beland.',
      ],
    ],
    // A blank line a page's extraction put inside a sentence: after a preposition or an article, before a small letter
    // or a number.
    [
      'not at a blank line after a preposition, before a date (185)',
      'Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen Overleg van\n\n6 juni, 13 juni en 4 juli (Kamerstukken 21 501-32, nrs. 627, 629 en 632) alsmede over de stand van zaken aanpak discards.',
      [
        'Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen Overleg van 6 juni, 13 juni en 4 juli (Kamerstukken 21 501-32, nrs. 627, 629 en 632) alsmede over de stand van zaken aanpak discards.',
      ],
    ],
    [
      'nor after `op` (2233)',
      'Uw Kamer heeft dit aanbod aangenomen en de voorzitter van het Klimaatberaad heeft deze briefing op\n\n11 april jl. gegeven. Naar aanleiding van deze technische briefing heeft hij vragen beantwoord.',
      [
        'Uw Kamer heeft dit aanbod aangenomen en de voorzitter van het Klimaatberaad heeft deze briefing op 11 april jl. gegeven.',
        'Naar aanleiding van deze technische briefing heeft hij vragen beantwoord.',
      ],
    ],
    [
      'but at one before a capital, a list item or after another word',
      'Het overzicht van\n\nDe Kamer.\nDe onderdelen zijn in\n\n1. Inleiding\n\nZie de bijlage\n\n6 juni.',
      [
        'Het overzicht van',
        'De Kamer.',
        'De onderdelen zijn in',
        '1. Inleiding',
        'Zie de bijlage',
        '6 juni.',
      ],
    ],
    [
      'ends interleaved footnote text at its line end (NAVO)',
      'Zoals gesteld in de kennisgevings-\n\n1 Concreet gaat het om de herziening van de commandostructuur.\n brief zal het kabinet de Kamer nader informeren.',
      [
        'Zoals gesteld in de kennisgevings-',
        '1 Concreet gaat het om de herziening van de commandostructuur.',
        'brief zal het kabinet de Kamer nader informeren.',
      ],
    ],
    [
      'splits before a bullet on its own line (12)',
      'die onderstaand verder worden toegelicht:\n• Defensie heeft een partnerschap gesloten;\n• We zetten stappen.',
      [
        'die onderstaand verder worden toegelicht:',
        '• Defensie heeft een partnerschap gesloten;',
        '• We zetten stappen.',
      ],
    ],
    [
      'does not split after Zr.Ms. before the name of a ship (2765)',
      '– de brief van de Minister van Defensie d.d. 7 juni 2024 inzake voorval Zr.Ms. Tromp\nin Oost-Chinese Zee (Kamerstuk 29 521, nr. 488);',
      [
        '– de brief van de Minister van Defensie d.d. 7 juni 2024 inzake voorval Zr.Ms. Tromp in Oost-Chinese Zee (Kamerstuk 29 521, nr. 488);',
      ],
    ],
    [
      'does not split after a compound of nr. (2572)',
      'In mijn brief van 15 februari jongstleden (Kamerstuknr. 2007–2008, 30 420, nr. 61) heb ik aan uw Kamer uiteengezet op welke onderdelen en op welke wijze ik het emancipatiebeleid zou gaan monitoren. Het betreft onderdelen waarop ik samenwerk met andere departementen.',
      [
        'In mijn brief van 15 februari jongstleden (Kamerstuknr. 2007–2008, 30 420, nr. 61) heb ik aan uw Kamer uiteengezet op welke onderdelen en op welke wijze ik het emancipatiebeleid zou gaan monitoren.',
        'Het betreft onderdelen waarop ik samenwerk met andere departementen.',
      ],
    ],
    [
      'nor after one of nrs. before a code in capitals (2320)',
      '– brieven van de staatssecretaris van Onderwijs, Cultuur en Wetenschappen van 19 mei 1999 en 7 juni 1999 inzake de toegankelijkheid van schoolgebouwen (briefnrs. OCW-99-456 en OCW-99-537).',
      [
        '– brieven van de staatssecretaris van Onderwijs, Cultuur en Wetenschappen van 19 mei 1999 en 7 juni 1999 inzake de toegankelijkheid van schoolgebouwen (briefnrs. OCW-99-456 en OCW-99-537).',
      ],
    ],
    [
      'nor after par. and bl. before their number (54)',
      'fraudebestrijding (mvt, bl. 26 en 27) ten grondslag heeft gelegen. De hier aan het woord zijnde leden merken op dat het wetsvoorstel is bedoeld als kaderstellend (mvt, par. 1). Dat verleent aan het wetsvoorstel een bijzonder karakter.',
      [
        'fraudebestrijding (mvt, bl. 26 en 27) ten grondslag heeft gelegen.',
        'De hier aan het woord zijnde leden merken op dat het wetsvoorstel is bedoeld als kaderstellend (mvt, par. 1).',
        'Dat verleent aan het wetsvoorstel een bijzonder karakter.',
      ],
    ],
    [
      'nor after No. before a number or a code (2760, 1653)',
      'De Raad van State heeft in zijn advies van 3 augustus 2006 (No. W03.06.0236/l) geconcludeerd dat het kan. Aanhangsel van de Handelingen, Vergaderjaar 1995–1996, No. 713.',
      [
        'De Raad van State heeft in zijn advies van 3 augustus 2006 (No. W03.06.0236/l) geconcludeerd dat het kan.',
        'Aanhangsel van de Handelingen, Vergaderjaar 1995–1996, No. 713.',
      ],
    ],
    [
      'synthetic: a name in capitals that ends in NR still ends its sentence',
      'Dat meldde de omroep BNR. De Minister reageerde direct.',
      ['Dat meldde de omroep BNR.', 'De Minister reageerde direct.'],
    ],
    [
      'splits before a minus sign that opens a line as a bullet (1646)',
      'heeft overleg gevoerd over:\n− de brief van de Minister d.d.\n11 april 2024 inzake humanitaire hulp;\n− de brief van de Minister d.d.\n26 april 2024 inzake besluit financiering UNRWA;',
      [
        'heeft overleg gevoerd over:',
        '− de brief van de Minister d.d. 11 april 2024 inzake humanitaire hulp;',
        '− de brief van de Minister d.d. 26 april 2024 inzake besluit financiering UNRWA;',
      ],
    ],
    [
      'splits before each numbered list item, and its number is no sentence end (90)',
      'Deze brief behandelt de volgende onderwerpen:\n1. Eindrapport subjectieve monitoring zwerfafval 2024;\n2. Zwerfafval monitoring drankverpakkingen;\n12) Manifest MVO Nederland',
      [
        'Deze brief behandelt de volgende onderwerpen:',
        '1. Eindrapport subjectieve monitoring zwerfafval 2024;',
        '2. Zwerfafval monitoring drankverpakkingen;',
        '12) Manifest MVO Nederland',
      ],
    ],
    [
      'splits before each lettered list item: a fiche’s items, each a label and its value on the next line (170)',
      'a) Titel voorstel\nMededeling van de Europese Commissie over een Nieuwe Europese Innovatie Agenda\nb) Datum ontvangst Commissiedocument\n5 juli 2022\nc) Nr. Commissiedocument\nCOM(2022) 332',
      [
        'a) Titel voorstel Mededeling van de Europese Commissie over een Nieuwe Europese Innovatie Agenda',
        'b) Datum ontvangst Commissiedocument 5 juli 2022',
        'c) Nr. Commissiedocument COM(2022) 332',
      ],
    ],
    [
      'splits where the page lost the space after a full stop: after a year (1298) and a word (1683)',
      'De Kamer kan zich tegen het voorgenomen besluit uitspreken uiterlijk op 29 oktober 1997.De vaste commissie heeft vragen gesteld. Het betreft partijen.Het overleg vond plaats.',
      [
        'De Kamer kan zich tegen het voorgenomen besluit uitspreken uiterlijk op 29 oktober 1997.',
        'De vaste commissie heeft vragen gesteld.',
        'Het betreft partijen.',
        'Het overleg vond plaats.',
      ],
    ],
    [
      'no split at a glued full stop in a web address, after an abbreviation, short word or number, or before a code',
      'Zie www.Rijksoverheid.nl en bijv.De Kamer, of art.Het, of 12.De stukken, of ministerie.BZK en zaak.Nr1 hier.',
      [
        'Zie www.Rijksoverheid.nl en bijv.De Kamer, of art.Het, of 12.De stukken, of ministerie.BZK en zaak.Nr1 hier.',
      ],
    ],
    [
      'splits before the dossier line under a tweedekamer.nl page’s title (232)',
      'Verslag van een commissiedebat : Verslag van een commissiedebat, gehouden op 10 februari 2022, over de NAVO Defensie Ministeriële van 16 en 17 februari 2022\n28 676 NAVO',
      [
        'Verslag van een commissiedebat : Verslag van een commissiedebat, gehouden op 10 februari 2022, over de NAVO Defensie Ministeriële van 16 en 17 februari 2022',
        '28 676 NAVO',
      ],
    ],
    [
      'splits before a dossier line with a part number or a chapter (1720, 820)',
      'Brief regering : Geannoteerde agenda Raad Algemene Zaken van 17 november 2025\n21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken\nVerslag over het jaarverslag\n36 560 XII Jaarverslag en slotwet Ministerie van Infrastructuur en Waterstaat 2023',
      [
        'Brief regering : Geannoteerde agenda Raad Algemene Zaken van 17 november 2025',
        '21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken',
        'Verslag over het jaarverslag',
        '36 560 XII Jaarverslag en slotwet Ministerie van Infrastructuur en Waterstaat 2023',
      ],
    ],
    [
      'splits before a budget’s dossier line, longer than most lines (137)',
      'Brief regering : Beleidsreactie op IOB-evaluatie Nederlandse steun aan opvang van vluchtelingen in de Syrië regio (2016 – 2021)\n36 410-XVII Vaststelling van de begrotingsstaat van Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) voor het jaar 2024',
      [
        'Brief regering : Beleidsreactie op IOB-evaluatie Nederlandse steun aan opvang van vluchtelingen in de Syrië regio (2016 – 2021)',
        '36 410-XVII Vaststelling van de begrotingsstaat van Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) voor het jaar 2024',
      ],
    ],
    [
      'ends a dossier line at the paper’s number line under it (1580, 2357)',
      '36 747 Jaarverslag van de Nationale ombudsman, de Kinderombudsman en de Veteranenombudsman over 2024\nNr. 4\nBRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n36 679 Wijziging van de Zorgverzekeringswet teneinde het verplicht eigen risico voor de zorgverzekering in 2026 ongewijzigd te laten\nNr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG\nOntvangen 28 maart 2025',
      [
        '36 747 Jaarverslag van de Nationale ombudsman, de Kinderombudsman en de Veteranenombudsman over 2024',
        'Nr. 4',
        'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
        '36 679 Wijziging van de Zorgverzekeringswet teneinde het verplicht eigen risico voor de zorgverzekering in 2026 ongewijzigd te laten',
        'Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG',
        'Ontvangen 28 maart 2025',
      ],
    ],
    [
      'splits before the line that opens written questions, under a tweedekamer.nl page’s title (2253)',
      'Antwoord schriftelijke vragen (nader) : Nader antwoord op vragen van het lid Omtzigt over het arrest van de Hoge Raad op 24 december 2021 over Box 3\nVragen van het lid Omtzigt (Omtzigt) aan de Staatssecretaris van Financiën over het arrest van de Hoge Raad op 24 december 2021 over Box 3 (ingezonden 3 januari 2022).',
      [
        'Antwoord schriftelijke vragen (nader) : Nader antwoord op vragen van het lid Omtzigt over het arrest van de Hoge Raad op 24 december 2021 over Box 3',
        'Vragen van het lid Omtzigt (Omtzigt) aan de Staatssecretaris van Financiën over het arrest van de Hoge Raad op 24 december 2021 over Box 3 (ingezonden 3 januari 2022).',
      ],
    ],
    [
      'not before `Vragen van` after a comma: the questions named in a sentence',
      'Het gaat om de antwoorden op de volgende vragen,\nVragen van het lid Omtzigt over Box 3, die eerder zijn gesteld.',
      [
        'Het gaat om de antwoorden op de volgende vragen, Vragen van het lid Omtzigt over Box 3, die eerder zijn gesteld.',
      ],
    ],
    [
      'ends a list item without a full stop before a paragraph that opens with an article (1871)',
      '– De samenvoeging van de gemeenten Landerd en Uden tot de nieuwe gemeente Maashorst\nDe beoogde datum van herindeling is steeds 1 januari 2022.',
      [
        '– De samenvoeging van de gemeenten Landerd en Uden tot de nieuwe gemeente Maashorst',
        'De beoogde datum van herindeling is steeds 1 januari 2022.',
      ],
    ],
    [
      'but not an item that wraps onto a line with a capitalized title (1148)',
      '− de brief van de Minister voor Rechtsbescherming d.d. 4 juni 2024 inzake RSJ-advies\nReclassenten met een hoog veiligheidsrisico (Kamerstuk 29 270, nr. 157);',
      [
        '− de brief van de Minister voor Rechtsbescherming d.d. 4 juni 2024 inzake RSJ-advies Reclassenten met een hoog veiligheidsrisico (Kamerstuk 29 270, nr. 157);',
      ],
    ],
    [
      'a number line ends no line but a dossier line: not a sentence wrapped before `Nr.`',
      'Zie de motie van het lid Van Dijk over de brief\nNr. 4 van het dossier en verder.',
      ['Zie de motie van het lid Van Dijk over de brief Nr. 4 van het dossier en verder.'],
    ],
    [
      'a citation wrapped onto a line is no dossier line: after `Kamerstuk`, a comma, or with its number',
      'Zie de brief van de minister (Kamerstuk\n21 501-20 Europese Raad) en de brief over de Raad,\n21 501-02 Raad Algemene Zaken en de motie\n28 676 NAVO, nr. 12 hierover.',
      [
        'Zie de brief van de minister (Kamerstuk 21 501-20 Europese Raad) en de brief over de Raad, 21 501-02 Raad Algemene Zaken en de motie 28 676 NAVO, nr. 12 hierover.',
      ],
    ],
    [
      'a letter and a bracket that wrap onto a line in a sentence are no list item: no space, or no letter after',
      'Dit staat in bijlage\nb)(zie hieronder) en in onderdeel\nc) 3 van de regeling.',
      ['Dit staat in bijlage b)(zie hieronder) en in onderdeel c) 3 van de regeling.'],
    ],
    [
      'a number that starts a wrapped line without a period and space is no list item',
      'Het gaat om artikel\n12 van de wet en om\n2.5 procent.',
      ['Het gaat om artikel 12 van de wet en om 2.5 procent.'],
    ],
    [
      'ends at ! and ? too',
      'Wat nu? Dat weten we niet! Goed zo.',
      ['Wat nu?', 'Dat weten we niet!', 'Goed zo.'],
    ],
    [
      'takes closing marks along',
      'Hij zei: «Dat is klaar.» Daarna ging hij verder.',
      ['Hij zei: «Dat is klaar.»', 'Daarna ging hij verder.'],
    ],
    [
      'takes a two-digit footnote marker along',
      'Dat blijkt uit het rapport.12 De conclusie volgt.',
      ['Dat blijkt uit het rapport.12', 'De conclusie volgt.'],
    ],
    [
      'does not take three digits for a footnote marker',
      'Dat staat op bladzijde 3.123 En verder niets.',
      ['Dat staat op bladzijde 3.123 En verder niets.'],
    ],
    [
      'keeps initials with a non-ASCII capital',
      'Zie É. Dupont en K.H. Ollongren voor meer.',
      ['Zie É. Dupont en K.H. Ollongren voor meer.'],
    ],
    [
      'splits after an abbreviation that ends a sentence before a capital',
      'Zo gaat het enz. Daarna niets meer.',
      ['Zo gaat het enz.', 'Daarna niets meer.'],
    ],
    // The word before a period decides (`endsAfterWord`); six plain lower-case letters are no abbreviation.
    [
      'splits after a word of six lower-case letters',
      'Dat is besloten. Het kabinet werkt.',
      ['Dat is besloten.', 'Het kabinet werkt.'],
    ],
    [
      'splits after a five-letter word that is no abbreviation',
      'Het kost circa. Daarna volgt meer.',
      ['Het kost circa.', 'Daarna volgt meer.'],
    ],
    [
      'does not split after the longest abbreviation (stcrt., five letters)',
      'Zie Stcrt. 2022, 1234 en verder. Daarna meer.',
      ['Zie Stcrt. 2022, 1234 en verder.', 'Daarna meer.'],
    ],
    [
      'does not split after aanst. before a lower-case word (five letters)',
      'op dinsdag aanst. bespreken wij dit. Daarna meer.',
      ['op dinsdag aanst. bespreken wij dit.', 'Daarna meer.'],
    ],
    [
      'does not split after initials at the end of a long name',
      'Ondertekend door Jansen-de Vries, A.B. Jansen en anderen.',
      ['Ondertekend door Jansen-de Vries, A.B. Jansen en anderen.'],
    ],
    [
      'splits after a word with accents (not plain lower case)',
      'Dat ligt bij de Europese Commissie en de financiën. Daarna meer.',
      ['Dat ligt bij de Europese Commissie en de financiën.', 'Daarna meer.'],
    ],
    [
      'keeps a colon at the end of the text',
      'De agenda bevat het volgende:\n',
      ['De agenda bevat het volgende:'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('splits a short heading line from the body in hard-wrapped page text (12)', () => {
    const body = 'Defensie bereidt zich voor op het scenario waarin onze vrijheid moet worden beschermd door';
    const text = `${body}\n${body}\n${body} het.\nSterk: Versterking strategische autonomie\n${body}\n${body}.`;
    const found = sentences(text);
    expect(found).toContain('Sterk: Versterking strategische autonomie');
  });

  it('splits a heading from the body when short list items would hide it among the short lines (90)', () => {
    const body = 'Sinds 2008 laat Rijkswaterstaat, in opdracht van het Ministerie van Infrastructuur en';
    const items = Array.from({ length: 11 }, (_, i) => `${i + 1}. Onderwerp nummer ${i + 1} van deze brief;`);
    items.push('12. Manifest MVO Nederland');
    const text = `${items.join('\n')}\nEindrapport subjectieve monitoring zwerfafval 2024\n${Array(8).fill(body).join('\n')}.`;
    expect(sentences(text)).toContain('Eindrapport subjectieve monitoring zwerfafval 2024');
  });

  it.each([
    [
      'a run of end marks ends one sentence, the first a period after `jl` (2730)',
      'Deze motie heeft betrekking op de aanbevelingen van de Stichting van 11 april jl.. In de betreffende brief geeft de Stichting een reactie.',
      [
        'Deze motie heeft betrekking op de aanbevelingen van de Stichting van 11 april jl..',
        'In de betreffende brief geeft de Stichting een reactie.',
      ],
    ],
    [
      'a run whose period after `nr` ends nothing ends at its `?`',
      'Welke is het, nr.? Dat weet ik niet.',
      ['Welke is het, nr.?', 'Dat weet ik niet.'],
    ],
    [
      'a run of 100,000 marks before a lower-case word ends nothing, the run read once (each mark read it again: 40 s, found by repeating a trigger of the fuzz)',
      `Wat${'?'.repeat(100_000)} ja. Nee.`,
      [`Wat${'?'.repeat(100_000)} ja.`, 'Nee.'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

describe('sentenceIndexAt', () => {
  const sentences = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 20, end: 21 },
  ];
  it.each([
    [0, 0],
    [4, 0],
    [5, -1],
    [6, -1],
    [7, 1],
    [11, 1],
    [12, -1],
    [20, 2],
    [21, -1],
    [-1, -1],
  ])('offset %i is in sentence %i', (at, index) => {
    expect(sentenceIndexAt(sentences, at)).toBe(index);
  });

  it('finds nothing in no sentences', () => {
    expect(sentenceIndexAt([], 0)).toBe(-1);
  });
});
