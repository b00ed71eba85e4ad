/**
 * One table per outline rule; every row is a real snippet from the fixtures (file named in `source`),
 * except where a row says `constructed` because no fixture shows the shape.
 */
import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../../src/core/outline/head';
import type { OutlineEntry } from '../../../src/core/types';
import { analyze } from '../../../src/core/analyze';
import { letter, outlineOf, titles } from './helpers';

const analyzeOutline = (text: string): OutlineEntry[] => analyze({ text }).outline;

/** NAVO fixture lines keep their trailing space, as the PDF text has them. */
const navoLines = (...lines: string[]): string => lines.join(' \n');
/** zoek.officielebekendmakingen.nl pages put a blank line between paragraphs. */
const paragraphs = (...lines: string[]): string => lines.join('\n\n');

interface HeadingCase {
  source: string;
  text: string;
  /** Headings the rule must find, with their level. */
  headings: Array<[title: string, level: number]>;
  /** Where the last heading must be: the text there (a section after a table of contents, not its entry). */
  lastAt?: string;
}

describe('section headings in plain text', () => {
  const found: HeadingCase[] = [
    {
      source: 'navo-defensieministers-2022-09-30.txt: short line between blank lines',
      text: navoLines(
        'tegen de Russische agressie. Ik neem namens Nederland deel aan deze',
        'bijeenkomst.',
        '',
        'Oekraïne',
        '',
        'De afgelopen weken is de oorlog in Oekraïne in een nieuwe fase beland.',
        'Het Russische voortzettingsvermogen staat onder druk. Het Russische',
        'offensief verloopt steeds trager en Oekraïne is een tegenoffensief gestart,',
      ),
      headings: [['Oekraïne', 1]],
    },
    {
      source: 'letters/12-def-2025-defensie-industrie.txt: hard-wrapped text, heading after a sentence end',
      text: [
        'krijgsmacht1. In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage in de Strategische',
        'Actieagenda Industrie, Innovatie en Kennis voor Defensie (STRAIIK-D).2',
        'Sterk: Versterking strategische autonomie van de krijgsmacht',
        'Onder de pijler sterk werken wij aan een brede industriële basis voor de krijgsmacht.',
        'De afgelopen periode zijn de volgende resultaten geboekt, die onderstaand verder worden',
        'toegelicht:',
        '• Defensie heeft een strategisch partnerschap met VDL gesloten en realiseert daarmee',
        'een productielocatie voor de krijgsmacht;',
        '• De wezenlijke veiligheidsbelangen van Defensie in de industrie zijn gespecificeerd.',
        'Schaalbare productiecapaciteit voor Defensie',
        'Met de D-SII zet het ka',
      ].join('\n'),
      headings: [
        ['Sterk: Versterking strategische autonomie van de krijgsmacht', 1],
        ['Schaalbare productiecapaciteit voor Defensie', 1],
      ],
    },
    {
      source: 'letters/09-ienw-2022-spoorveiligheid.txt: heading followed by a long wrapped line',
      text: [
        'Actieprogramma Vitaal Spoor. Daarnaast ga ik dieper in op het onderzoek naar de ontsporing',
        'van een trein in Groningen.',
        'Brandblusvoorzieningen Rotterdamse havenemplacementen',
        'Op 5 oktober 2020 heeft mijn voorganger het rapport «Toevallig non-conform of voorspelbaar',
        'ongeschikt» met uw Kamer gedeeld, dat onder andere stilstond bij de problematiek met',
      ].join('\n'),
      headings: [['Brandblusvoorzieningen Rotterdamse havenemplacementen', 1]],
    },
    {
      source: 'letters/02-bzk-2015-kiesakte.txt: paragraph-per-line text',
      text: [
        'Hierbij doe ik u het kabinetsstandpunt toekomen (Kamerstuk 21 501-02, nr. 1538).',
        '',
        'Algemene reactie op de voorstellen',
        '',
        'Met de aanpassing van de Kiesakte wordt beoogd de democratische dimensie van de Europese verkiezingen te versterken.',
      ].join('\n'),
      headings: [['Algemene reactie op de voorstellen', 1]],
    },
    {
      source: 'letters/03-venj-2016-strafvordering.txt: numbered heading right after the date line',
      text: [
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        '',
        'Den Haag, 29 juni 2016',
        '',
        '1. Inleiding',
        '',
        'Over de voortgang van het wetgevingsprogramma modernisering van het Wetboek van Strafvordering heb ik u viermaal bericht.',
      ].join('\n'),
      headings: [['1. Inleiding', 1]],
    },
    {
      source: 'letters/05-szw-2018-kinderarmoede.txt: numbered heading followed by a lettered sub-item',
      text: [
        'Nederland en € 1 mln. voor projecten in Caribisch Nederland.',
        '2. Uitkomsten tussentijdse evaluatie',
        'a. Bestuurlijke afspraken tussen SZW en VNG, kansrijk opgroeien alle kinderen in Nederland',
        'over de extra middelen voor gemeenten (€ 85 mln.)',
      ].join('\n'),
      headings: [['2. Uitkomsten tussentijdse evaluatie', 1]],
    },
    {
      source: 'constructed: numbering depth gives the level (no fixture has a 2.1 heading)',
      text: [
        'Dit is de inleiding.',
        '',
        '2. Uitkomsten',
        '',
        'Bureau Bartels heeft de bestuurlijke afspraken geëvalueerd.',
        '',
        '2.1 Bestuurlijke afspraken',
        '',
        'De afspraken zijn nagekomen.',
        '',
        'Kansrijk opgroeien',
        '',
        'Alle kinderen doen mee.',
      ].join('\n'),
      headings: [
        ['2. Uitkomsten', 1],
        ['2.1 Bestuurlijke afspraken', 2],
        ['Kansrijk opgroeien', 3],
      ],
    },
    {
      source: 'letters/01-vws-2015-productsamenstelling.txt: roman numbering, glued footnote marker dropped',
      text: [
        '(AO EU-Gezondheidsraad, Kamerstuk 21 501-31, nr. 378).',
        '',
        'I Voortgang Akkoord Verbetering Productsamenstelling2',
        '',
        'In 2020 moet het makkelijk zijn om dagelijks maximaal 6 gram zout te consumeren.',
      ].join('\n'),
      headings: [['I Voortgang Akkoord Verbetering Productsamenstelling', 1]],
    },
    {
      source:
        'letters/129-venj-2016-voortgangsbrief-politie.txt: a heading with its first sub-heading right under it',
      text: [
        'Ik constateer dat, ondanks de goede stappen die worden gezet, het met betrekking tot de opdracht voor en de verwachtingen op de politie nog onverkort nodig is om realisme te blijven betrachten.',
        '',
        'Stand van zaken',
        '',
        'Personele reorganisatie',
        '',
        'Op 14 juni hebben bijna 52.000 medewerkers van de politie hun plaatsingsbesluit ontvangen. Daarmee is Fase I van de personele reorganisatie afgerond.',
      ].join('\n'),
      headings: [
        ['Stand van zaken', 1],
        ['Personele reorganisatie', 2],
      ],
    },
    {
      source:
        'letters/1144-fin-2021-voorjaarsbrief-fiscale-moties.txt: three headings stacked (part, chapter, section), then the body',
      text: paragraphs(
        'In deze brief worden eerst de afgedane moties en toezeggingen met betrekking tot Fiscaliteit behandeld en vervolgens worden de lopende moties en toezeggingen behandeld.',
        'Moties en toezeggingen op gebied van Fiscaliteit en Belastingdienst',
        'Afgedane moties en toezeggingen1',
        'Ketenplannen',
        'In de voortgangsbrief ICT-portfolioproces2 d.d. 28 mei 2019 is toegezegd voor drie ketens een concreet plan uit te werken dat een samenhangende aanpak laat zien om de',
      ),
      headings: [
        ['Moties en toezeggingen op gebied van Fiscaliteit en Belastingdienst', 1],
        ['Afgedane moties en toezeggingen', 2],
        ['Ketenplannen', 3],
      ],
    },
    {
      source:
        "letters/176-fin-2021-verslag-eurogroep-ecofinraad.txt: the report after the letter's signature: its title, the meeting, the first item",
      text: paragraphs(
        'Het onderwerp «herziening van de Europese fiscale lijst van niet-coöperatieve jurisdicties» is uiteindelijk van de agenda van de Ecofinraad gehaald.',
        'De Minister van Financiën, W.B. Hoekstra',
        'Verslag Eurogroep en Ecofinraad 15 en 16 februari 2021',
        'Eurogroep',
        'Gedachtewisseling over de macro-economische ontwikkelingen en de vooruitzichten',
        'In de Eurogroep is gesproken over de economische situatie naar aanleiding van de publicatie van de winterraming van 11 februari jl.2',
      ),
      headings: [
        ['Verslag Eurogroep en Ecofinraad 15 en 16 februari 2021', 1],
        ['Eurogroep', 2],
        ['Gedachtewisseling over de macro-economische ontwikkelingen en de vooruitzichten', 3],
      ],
    },
    {
      source:
        'letters/2620-justitie-1996-ministeriele-verantwoordelijkheid-om.txt: a heading ending in `OM` (Openbaar Ministerie), not in the word `om`',
      text: paragraphs(
        'Ik zend deze notitie tevens aan de Voorzitter van de Eerste Kamer der Staten-Generaal.',
        '2. De ministeriële verantwoordelijkheid en het OM',
        '2.1. Algemeen staatsrechtelijk kader',
        'Het Plan van aanpak reorganisatie openbaar ministerie (Tweede Kamer, vergaderjaar 1994–1995, 24 034, nr. 3) gaat ervan uit dat het OM zijn taken en bevoegdheden uitoefent onder de volledige – politieke – verantwoordelijkheid van de minister van Justitie.',
      ),
      headings: [
        ['2. De ministeriële verantwoordelijkheid en het OM', 1],
        ['2.1. Algemeen staatsrechtelijk kader', 2],
      ],
    },
    {
      source: 'letters/1665-ienw-2022-maritieme-zaken.txt: the sub-heading and its sibling one level deeper',
      text: [
        'Daarbij wordt eerst stilgestaan bij algemene onderwerpen, daarna wordt er ingegaan op onderwerpen binnen het domein van zeehavens, zeevaart en binnenvaart.',
        '',
        'Algemeen',
        '',
        'Beleidsdoorlichting',
        '',
        'In september 2021 is een Kamerbrief1 gestuurd met de aankondiging van de beleidsdoorlichting van het begrotingsartikel 18 Scheepvaart en havens (periode 2015–2020).',
        '',
        'Beleidskader maritieme veiligheid',
        '',
        'In de brief van 1 juli 20222, over ongevalscijfers scheepvaart 2021, is toegezegd dat de Kamer eind dit jaar nader geïnformeerd zou worden.',
      ].join('\n'),
      headings: [
        ['Algemeen', 1],
        ['Beleidsdoorlichting', 2],
        ['Beleidskader maritieme veiligheid', 2],
      ],
    },
    {
      source:
        'letters/1341-verslag-ocw-2008-vve-peuterspeelzalen.txt: heading after the chair and clerk line',
      text: [
        'Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.',
        '',
        'Voorzitter: Roefs Griffier: Arends',
        '',
        'Vragen en opmerkingen uit de commissie',
        '',
        'De voorzitter: Ik heet iedereen van harte welkom bij dit overleg over de harmonisatie van peuterspeelzalen en kinderopvanginstellingen.',
      ].join('\n'),
      headings: [['Vragen en opmerkingen uit de commissie', 1]],
    },
    {
      source:
        'letters/2762-verslag-def-2009-ao-navo-defensieministers-krakow.txt: the same line without colons',
      text: [
        'Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.',
        '',
        'Voorzitter Boekestijn Griffier Deckers',
        '',
        'Vragen en opmerkingen uit de commissie',
        '',
        'De heer Knops (CDA): Voorzitter. Wij feliciteren de minister van harte met zijn zestigste verjaardag van afgelopen zaterdag.',
      ].join('\n'),
      headings: [['Vragen en opmerkingen uit de commissie', 1]],
    },
    {
      source: 'letters/1445-buza-2011-consulaire-dienstverlening.txt: heading after the signature',
      text: [
        'Ik stuur uw Kamer hierbij een brief over de wijze waarop de regering invulling geeft aan de consulaire dienstverlening in het buitenland.',
        '',
        'De minister van Buitenlandse Zaken,',
        '',
        'U. Rosenthal',
        '',
        'Consulaire dienstverlening',
        '',
        'In de loop van de jaren is een ruime consulaire praktijk gegroeid, die grotendeels in nauw overleg met uw Kamer tot stand is gekomen.',
      ].join('\n'),
      headings: [['Consulaire dienstverlening', 1]],
    },
    {
      source:
        'letters/1085-verslag-bzk-2025-so-jaarverslag-koninkrijksrelaties.txt: after a deputy clerk signing, a section and its first sub-heading',
      text: [
        'De vragen en opmerkingen zijn op 18 juni 2025 aan de Minister van Binnenlandse Zaken',
        'en Koninkrijksrelaties voorgelegd. Bij brief van 27 juni 2025 zijn de vragen, mede',
        'namens de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, beantwoord.',
        'De voorzitter van de commissie, Olger van Dijk',
        'Adjunct-griffier van de commissie, Van der Graaf',
        'I. Vragen en opmerkingen vanuit de fracties en reactie van de Minister',
        'Inbreng van de leden van de PVV-fractie',
        'De leden van de PVV-fractie hebben met zorg kennisgenomen van de Slotwet 2024 voor',
        'de begrotingshoofdstukken Koninkrijksrelaties (IV) en BES-fonds (H). Zij constateren',
        'dat er opnieuw sprake is van aanzienlijke slotverschillen tussen begroting en realisatie.',
        'Zo blijkt uit de stukken onder meer dat er sprake is van een wisselkoerstegenvaller',
        'van circa € 10,7 miljoen en van € 2,9 miljoen aan extra verplichtingen binnen het',
        'BES-fonds. Deze verplichtingen zijn veelal meerjarig van aard en zijn aangegaan zonder',
      ].join('\n'),
      headings: [
        ['I. Vragen en opmerkingen vanuit de fracties en reactie van de Minister', 1],
        ['Inbreng van de leden van de PVV-fractie', 2],
      ],
    },
    {
      source:
        'letters/2866-verslag-venw-2001-wet-bereikbaarheid-mobiliteit.txt: a table of contents titled `Inhoudsopgave blz.`: its entries are no headings, the section after it is',
      text: [
        'De vaste commissie voor Verkeer en Waterstaat, belast met het voorbereidend onderzoek, brengt als volgt verslag uit van haar bevindingen omtrent dit voorstel van wet.',
        '',
        'Inhoudsopgave blz.',
        '',
        '1. Algemeen 1',
        '',
        '2. Europese dimensie prijsbeleid 8',
        '',
        '7. Financiële gevolgen 18',
        '',
        'Artikelen 19',
        '',
        '1. Algemeen',
        '',
        'De leden van de PvdA-fractie hebben met belangstelling kennisgenomen van dit wetsvoorstel.',
      ].join('\n'),
      headings: [
        ['Inhoudsopgave', 1],
        ['1. Algemeen', 1],
      ],
    },
    {
      source:
        'letters/322-verslag-am-2025-so-informele-jbz-raad.txt: a table of contents without its title, each page under its entry: the text begins at its first entry again, and the sections it lists are headings',
      text: [
        'De voorzitter van de commissie, Vijlbrief',
        'Adjunct-griffier van de commissie, Kling',
        'I',
        'Vragen en opmerkingen vanuit de fracties en reactie van de Minister',
        '2',
        'Vragen en opmerkingen van de leden van de PVV-fractie',
        '2',
        'Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie',
        '4',
        'Vragen en opmerkingen van de leden van de SP-fractie',
        '19',
        'I Vragen en opmerkingen vanuit de fracties en reactie van de Minister',
        '',
        'Vragen en opmerkingen van de leden van de PVV-fractie',
        'De leden van de PVV-fractie hebben kennisgenomen van de geannoteerde agenda van de',
        '                     eerstvolgende informele JBZ-Raad.',
      ].join('\n'),
      headings: [
        ['I Vragen en opmerkingen vanuit de fracties en reactie van de Minister', 1],
        ['Vragen en opmerkingen van de leden van de PVV-fractie', 2],
      ],
      lastAt: 'Vragen en opmerkingen van de leden van de PVV-fractie\\nDe leden',
    },
    {
      source:
        'letters/1605-bzk-2000-vuurwerkramp-voortgang-november.txt: a table of contents without its title, each page after its entry, under the paragraph that announces it',
      text: paragraphs(
        '… een voortgangsbericht toekomen over de afwikkeling van de vuurwerkramp te Enschede. In de navolgende paragrafen wordt de stand van zaken weergegeven van de volgende onderwerpen:',
        '1. Nazorg 2',
        '1.1 Informatie- en Adviescentrum 2',
        '1.2 Gezondheidsmonitoring 2',
        '6. Juridische zaken 8',
        '1. Nazorg',
        '1.1 Informatie- en Adviescentrum',
        'Door het Informatie- en Adviescentrum (IAC) wordt voorlichtingsmateriaal ontwikkeld.',
      ),
      headings: [
        ['1. Nazorg', 1],
        ['1.1 Informatie- en Adviescentrum', 2],
      ],
      lastAt: '1\\.1 Informatie- en Adviescentrum\\s+Door',
    },
    {
      source:
        'letters/867-nota-vrom-2000-goedkeuring-kyoto-protocol.txt: the same with the pages glued on, in capitals where the text begins',
      text: [
        'Ontvangen 9 oktober 2000',
        '',
        '1.Inleiding2',
        '2.Algemeen2',
        '2.1.De doelstellingen van het Kyoto Protocol2',
        '3.12.Artikel 2424',
        '',
        '1. INLEIDING',
        '',
        'Van het verslag van de vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer heb ik met belangstelling kennis genomen.',
      ].join('\n'),
      headings: [['1. INLEIDING', 1]],
      lastAt: '1\\. INLEIDING\\s+Van het verslag',
    },
    {
      source: 'letters/736-verslag-vws-2010-thuiszorg-inspectie.txt: the same with roman numbers',
      text: [
        'Adjunct-griffier van de commissie,',
        '',
        'Sjerp',
        '',
        'Inhoudsopgave blz.',
        '',
        'I. Vragen en opmerkingen vanuit de fracties 2',
        '',
        'II. Reactie van de staatssecretaris 5',
        '',
        'I. Vragen en opmerkingen vanuit de fracties',
        '',
        'Vragen en opmerkingen van de CDA-fractie',
        '',
        'De leden van de CDA-fractie hebben met verontrusting kennisgenomen van de brief en het rapport van de Inspectie voor de Gezondheidszorg.',
      ].join('\n'),
      headings: [
        ['Inhoudsopgave', 1],
        ['I. Vragen en opmerkingen vanuit de fracties', 1],
        ['Vragen en opmerkingen van de CDA-fractie', 2],
      ],
    },
    {
      source:
        'letters/2722-nota-bzk-2012-wet-verhuurderheffing.txt: each page number on a line of its own under its entry',
      text: paragraphs(
        'Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG',
        'Ontvangen 23 oktober 2012',
        'Inhoudsopgave',
        '1. Inleiding',
        '1',
        '2. Algemeen',
        '2',
        '3. Achtergrond verhuurderheffing',
        '3',
        '8. Overig',
        '10',
        '9. Artikelsgewijze toelichting',
        '11',
        '9.1. Artikelen 5 en 6',
        '13',
        '1. Inleiding',
        'Het kabinet heeft met interesse kennisgenomen van de vragen en opmerkingen van de leden van de fracties van de PVV, het CDA, D66 en de ChristenUnie.',
      ),
      lastAt: '1\\. Inleiding\\s+Het kabinet',
      headings: [
        ['Inhoudsopgave', 1],
        ['1. Inleiding', 1],
      ],
    },
    {
      source:
        'letters/1823-ek-nota-bzk-2022-kiescollege-niet-ingezetenen.txt: number, title and page each on a line of their own',
      text: paragraphs(
        'Ontvangen 4 oktober 2022',
        'Inhoudsopgave',
        '1.',
        'Inleiding',
        '1',
        '2.',
        'Stemwaarde',
        '1',
        '7.',
        'Verkiezingen 2023',
        '18',
        '8.',
        'Evaluatie',
        '20',
        '1. Inleiding',
        'Met veel belangstelling heb ik kennisgenomen van het verslag van de Vaste Commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat over het voorstel van de Wet kiescollege niet-ingezetenen.',
        '2. Stemwaarde',
        'De leden van de GroenLinks-fractie vragen op basis van welke gegevens de regering ervan overtuigd is dat de aanname correct is dat de verhouding tussen stemgerechtigde en niet-stemgerechtigde Nederlanders in Nederland hetzelfde is als in de groep van de niet-ingezeten Nederlanders.',
      ),
      lastAt: '2\\. Stemwaarde\\s+De leden',
      headings: [
        ['Inhoudsopgave', 1],
        ['1. Inleiding', 1],
        ['2. Stemwaarde', 1],
      ],
    },
    {
      source:
        'letters/1437-verslag-ienw-2020-so-verkeersveiligheid.txt: unnumbered entries, their pages under them; the first section after the page of the last',
      text: paragraphs(
        'De voorzitter van de commissie, Agnes Mulder',
        'Adjunct-griffier van de commissie, Schuurkamp',
        'I Vragen en opmerkingen vanuit de fracties',
        'Inhoudsopgave',
        'Inleiding',
        '2',
        'VVD-fractie',
        '2',
        'PVV-fractie',
        '5',
        '50PLUS-fractie',
        '15',
        '   ',
        'II.',
        'Reactie van de Ministers',
        '16',
        'Inleiding',
        'De leden van de VVD-fractie hebben met interesse kennisgenomen van de agendapunten voor dit overleg over verkeersveiligheid.',
      ),
      lastAt: 'Inleiding\\s+De leden',
      headings: [
        ['I Vragen en opmerkingen vanuit de fracties', 1],
        ['Inhoudsopgave', 2],
        ['Inleiding', 2],
      ],
    },
    {
      source:
        'letters/1974-verslag-ienw-2022-toekomstbeeld-fiets.txt: entries without pages; the text begins where its first entry comes again',
      text: paragraphs(
        'De voorzitter van de commissie, Tjeerd de Groot',
        'Adjunct-griffier van de commissie, Meedendorp',
        'I Vragen en opmerkingen vanuit de fracties',
        'Inhoudsopgave',
        'Inleiding',
        'VVD-fractie',
        'D66-fractie',
        'ChristenUnie-fractie',
        'BBB-fractie',
        'Inleiding',
        'De leden van de VVD-fractie danken de Staatssecretaris voor haar brief aangaande het Nationaal Toekomstbeeld Fiets en Fietsambitie 2022–2025 (hierna: het Toekomstbeeld).',
      ),
      lastAt: 'Inleiding\\s+De leden',
      headings: [
        ['I Vragen en opmerkingen vanuit de fracties', 1],
        ['Inhoudsopgave', 2],
        ['Inleiding', 2],
      ],
    },
    {
      source:
        'letters/1461-verslag-szw-2005-wia.txt: numbered entries without pages; the first section has its paragraph under it',
      text: paragraphs(
        'De vaste commissie voor Sociale Zaken en Werkgelegenheid1, belast met het voorbereidend onderzoek van dit wetsvoorstel, heeft de eer als volgt verslag uit te brengen.',
        'Inhoudsopgave',
        '1. Inleiding',
        '2. De aanbevelingen van de commissie-Donner en de Sociaal-Economische Raad',
        '3. De regeringsvoornemens in het kort',
        '14. Bijlage',
        '15. Artikelen',
        '1. Inleiding',
        'De leden van de CDA-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel Wet werk en inkomen naar arbeidsvermogen (WIA).',
      ),
      lastAt: '1\\. Inleiding\\s+De leden',
      headings: [
        ['Inhoudsopgave', 1],
        ['1. Inleiding', 1],
      ],
    },
    {
      source:
        'letters/2733-nota-szw-2009-wajong-arbeidsondersteuning.txt: the section the first entry names is a heading, its number without a dot',
      text: paragraphs(
        'Ontvangen 16 februari 2009',
        'Inhoudsopgave blz.',
        '1 Inleiding 1',
        '2 Arbeidsondersteuning 14',
        '5 Relatie met sociale werkvoorziening 71',
        '1 INLEIDING',
        'Met belangstelling heeft de regering kennisgenomen van het verslag bij het onderhavige wetsvoorstel.',
      ),
      headings: [
        ['Inhoudsopgave', 1],
        ['1 INLEIDING', 1],
      ],
    },
    {
      source:
        'letters/988-lva-buza-1998-begroting-1999.txt: the first section has its first question number under it, not its page',
      text: paragraphs(
        'De regering heeft de vragen beantwoord bij brief van 13 november 1998. De vragen en de antwoorden zijn hieronder afgedrukt.',
        'Inhoudsopgave',
        '1Inleiding3',
        '2Europese integratie9',
        '14Personeel, organisatie en financiëel beheer78',
        'Wetsartikel 1 (uitgaven/verplichtingen)82',
        '1. Inleiding',
        '1',
        'Zijn de beide bewindslieden bereid om ruim voor de begrotingsbehandeling (uiterlijk half november) aan te geven welke politieke prioriteiten zij voor het komende jaar stellen?',
      ),
      lastAt: '1\\. Inleiding\\s+1\\s+Zijn',
      headings: [
        ['Inhoudsopgave', 1],
        ['1. Inleiding', 1],
      ],
    },
    {
      source:
        'letters/1785-verslag-ocw-2007-so-leerlinggebonden-financiering.txt: pages glued to entries numbered without a dot, a note marker `1` before them; the sections the table lists are headings',
      text: paragraphs(
        'Binnen de vaste commissie voor Onderwijs, Cultuur en Wetenschap1 hebben enkele fracties de behoefte om enkele vragen en opmerkingen voor te leggen.',
        'Bij brief van 2 april 2007 heeft de minister deze beantwoord. Vragen en antwoorden zijn hierna afgedrukt.',
        'Inhoudsopgave blz.',
        'I Vragen en opmerkingen vanuit de fracties2\n  \n1 Inleiding2\n2 Conclusies3\n2.1 Horizontale afstemming3\n  \nII Reactie van de minister9',
        'I VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES',
        '1 Inleiding',
        'De leden van de CDA-fractie hebben met interesse kennisgenomen van de voorliggende brief van de minister.',
      ),
      lastAt: '1 Inleiding\\s+De leden',
      headings: [
        ['Inhoudsopgave', 1],
        ['I VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES', 1],
        ['1 Inleiding', 2],
      ],
    },
    {
      source:
        'letters/1563-verslag-euza-2025-so-mfk-emb-voorstellen.txt: a section the table lists is a heading as long as its entry',
      text: [
        'De vaste commissie voor Europese Zaken heeft een aantal vragen en opmerkingen voorgelegd',
        'aan de Ministers van Buitenlandse Zaken en van Financiën over de brieven van 12 september',
        '2025 over de Kabinetsappreciatie MFK- en EMB-voorstellen Europese Commissie (Kamerstuk',
        '21 501-20, nr. 2268) en over het Fiche: [MFK] Meerjarig Financieel Kader Prestatiekader (Kamerstuk 22 112, nr. 4143).',
        'De vragen en opmerkingen zijn op 1 oktober 2025 aan de Ministers van Buitenlandse',
        'Zaken en van Financiën voorgelegd. Bij brief van 10 november 2025 zijn de vragen beantwoord.',
        'De voorzitter van de commissie, Van der Plas',
        'De adjunct-griffier van de commissie, Hoedemaker',
        'Inhoudsopgave',
        'I',
        'Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen',
        '2',
        '–',
        'Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de bewindspersonen',
        '2',
        '–',
        'Vragen en opmerkingen van de leden van de BBB-fractie en reactie van de bewindspersonen',
        '18',
        'I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen',
        'Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de bewindspersonen',
        'De leden van de PVV-fractie lezen in het speciaal verslag van de Europese Rekenkamer',
        '«Flexibiliteit van de EU-begroting – Bood ruimte voor aanpak van onvoorziene uitdagingen,',
        'maar kader is te complex» dat het vorige Meerjarig Financieel Kader (MFK)-voorstel niet was gebaseerd op een',
        'toereikende vaststelling en analyse van de behoeften.',
      ].join('\n'),
      lastAt:
        'Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de bewindspersonen\\nDe leden',
      headings: [
        ['Inhoudsopgave', 1],
        ['I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen', 1],
        ['Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de…', 2],
      ],
    },
    {
      source:
        'letters/445-ezk-bzk-2024-so-informele-telecomraad.txt: the first entry’s number again begins the text, though its title is misprinted (`en en`)',
      text: paragraphs(
        'Adjunct-griffier van de commissie, Muller',
        'Inhoudsopgave',
        'blz.',
        'I',
        'Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen',
        '2',
        'Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de bewindspersonen',
        '2',
        'Vragen en opmerkingen van de leden van de SGP-fractie en reactie van de bewindspersonen',
        '23',
        'I Vragen en opmerkingen vanuit de fracties en en reactie van de bewindspersonen',
        'Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de bewindspersonen',
        'De leden van de PVV-fractie hebben kennisgenomen van de geannoteerde agenda van de informele Telecomraad.',
      ),
      lastAt:
        'Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de bewindspersonen\\s+De leden',
      headings: [
        ['Inhoudsopgave', 1],
        ['I Vragen en opmerkingen vanuit de fracties en en reactie van de bewindspersonen', 1],
        ['Vragen en opmerkingen van de leden van de PVV-fractie en reactie van de…', 2],
      ],
    },
    {
      source:
        'letters/2673-verslag-jenv-2020-so-citrix-digitale-ontwrichting.txt: an entry longer than most, its page under it, is still an entry; the text begins after the table',
      text: paragraphs(
        'Adjunct-griffier van de commissie, Burger',
        'Inhoudsopgave',
        'I.',
        'Vragen en opmerkingen vanuit de fracties',
        '2',
        '1.',
        'Inleiding',
        '2',
        '2.',
        'Overzicht op hoofdlijnen Citrix-kwetsbaarheden',
        '2',
        '3.',
        'Kabinetsreactie op het rapport «Voorbereiden op digitale ontwrichting» van de Wetenschappelijke Raad voor het Regeringsbeleid (WRR) en een overzicht van de geleerde lessen van de Citrix-problematiek',
        '5',
        '4.',
        'Cybersecurity en corona',
        '10',
        '5.',
        'Overig',
        '13',
        'II.',
        'Reactie van de Minister van Justitie en Veiligheid',
        '13',
        'I. Vragen en opmerkingen vanuit de fracties',
        '1. Inleiding',
        'De leden van de VVD-fractie hebben kennisgenomen van de geagendeerde brieven voor het schriftelijk overleg.',
      ),
      lastAt: '1\\. Inleiding\\s+De leden',
      headings: [
        ['Inhoudsopgave', 1],
        ['I. Vragen en opmerkingen vanuit de fracties', 1],
        ['1. Inleiding', 2],
      ],
    },
    {
      source:
        'letters/793-nota-ez-2007-verzamelwet-vereenvoudiging-vergunningen.txt: sections numbered in arabic numerals under one numbered in roman ones',
      text: paragraphs(
        'Ontvangen 2 mei 2007',
        'I. Algemeen',
        '1. Inleiding',
        'Met belangstelling heb ik kennis genomen van het verslag van de vaste commissie van Economische Zaken van 19 april 2007 over bovengenoemd wetsvoorstel.',
        'Ik hoop dat de beantwoording bijdraagt aan een voortvarende afhandeling van het wetsvoorstel.',
        '2. Voortgang van het project vereenvoudiging vergunningen',
        '2.1 Stand van zaken motie Van Aartsen',
        'De leden van de fractie van de PvdA vroegen zich af hoe het staat met de uitvoering van de motie Van Aartsen.',
      ),
      headings: [
        ['I. Algemeen', 1],
        ['1. Inleiding', 2],
        ['2. Voortgang van het project vereenvoudiging vergunningen', 2],
        ['2.1 Stand van zaken motie Van Aartsen', 3],
      ],
    },
    {
      source:
        'letters/879-jenv-2018-verslag-jbz-raad-oktober.txt: a stack of three under a report title too long for a heading; the title heads it',
      text: paragraphs(
        'De Staatssecretaris van Justitie en Veiligheid, M.G.J. Harbers',
        'Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 11 en 12 oktober 2018 te Luxemburg',
        'Belangrijkste resultaten',
        'Immigratie en Asiel',
        'Commissievoorstellen in het kader van het Meerjarig Financieel Kader (MFK)',
        'Het Voorzitterschap lichtte het kort voor de Raad verspreide voorzitterschapsdocument toe over de waarborging van de externe dimensie in de thematische faciliteit van de JBZ-fondsen.',
        'Voorstel herziening Europese Grens- en Kustwacht Verordening',
        'De lidstaten waren door het Voorzitterschap uitgenodigd om in te gaan op de omvang, samenstelling en taken van de Europese Grens- en Kustwacht.',
      ),
      headings: [
        ['Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 11 en 12…', 1],
        ['Belangrijkste resultaten', 2],
        ['Immigratie en Asiel', 3],
        ['Commissievoorstellen in het kader van het Meerjarig Financieel Kader (MFK)', 4],
        ['Voorstel herziening Europese Grens- en Kustwacht Verordening', 4],
      ],
    },
    {
      source:
        "letters/435 (the fixture breaks off in the last line: completed): a fraction's section holds its numbered topics",
      text: paragraphs(
        'De griffier van de commissie, Teunissen',
        'I. VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES',
        'Inbreng PvdA-fractie',
        'De leden van de fractie van de PvdA hebben met belangstelling kennisgenomen van de uitkomsten van het onderzoeksprogramma risicoverevening en de voorgenomen vormgeving van het ex ante risicovereveningsmodel 2014. Deze leden hebben hierover nog enkele vragen.',
        '1. Ex ante vereveningsmodel',
        'De leden van de fractie van de PvdA vragen of de Minister kan aangeven hoe het model werkt.',
      ),
      headings: [
        ['I. VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES', 1],
        ['Inbreng PvdA-fractie', 2],
        ['1. Ex ante vereveningsmodel', 3],
      ],
    },
    {
      source:
        "letters/435 continued (constructed): the next fraction's section is the sibling of the first, its topics under it",
      text: paragraphs(
        'I. VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES',
        'Inbreng PvdA-fractie',
        'De leden van de fractie van de PvdA hebben hierover nog enkele vragen.',
        '1. Ex ante vereveningsmodel',
        'De leden van de fractie van de PvdA vragen of de Minister kan aangeven hoe het model werkt.',
        'Inbreng VVD-fractie',
        'De leden van de VVD-fractie hebben kennisgenomen van de brief.',
        '1. Ex post compensaties',
        'De leden van de VVD-fractie vragen hoe de compensaties worden afgebouwd.',
        'II. REACTIE VAN DE MINISTER',
        '1. Ex ante vereveningsmodel',
        'Het model wordt jaarlijks herzien.',
      ),
      headings: [
        ['I. VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES', 1],
        ['Inbreng PvdA-fractie', 2],
        ['1. Ex ante vereveningsmodel', 3],
        ['Inbreng VVD-fractie', 2],
        ['1. Ex post compensaties', 3],
        ['II. REACTIE VAN DE MINISTER', 1],
        ['1. Ex ante vereveningsmodel', 2],
      ],
    },
    {
      source:
        "letters/2573 (its last line constructed): an unnumbered `Algemeen` under a roman part is no fraction's section: `1.` stays its sibling",
      text: paragraphs(
        'Ontvangen 28 augustus 1997',
        'I. ALGEMEEN DEEL',
        'Algemeen',
        'Het kabinet heeft met belangstelling kennisgenomen van het verslag en is verheugd dat de leden van de PvdA- en D66-fractie het doel onderschrijven.',
        '1. De arbeidsmarktpositie van minderheden',
        '1.1. Arbeidsmarktcijfers',
        'De werkloosheid onder minderheden is gedaald.',
      ),
      headings: [
        ['I. ALGEMEEN DEEL', 1],
        ['Algemeen', 2],
        ['1. De arbeidsmarktpositie van minderheden', 2],
        ['1.1. Arbeidsmarktcijfers', 3],
      ],
    },
    {
      source:
        "letters/1288-verslag-vws-2023-so-mantelzorg.txt: an unnumbered topic stands under its fraction's section",
      text: [
        'I Vragen en opmerkingen vanuit de fracties',
        'Vragen en opmerkingen van de leden van de VVD-fractie',
        'De leden van de VVD-fractie hebben kennisgenomen van de brief van de Staatssecretaris',
        'van Volksgezondheid, Welzijn en Sport van 30 september 2022. De leden hebben daarover',
        'nog een aantal vragen en opmerkingen.',
        'Uitdagingen rondom informele zorg en mantelzorg',
        'De Staatssecretaris geeft aan dat er naast mantelzorgers, ook vrijwilligers een waardevolle',
        'rol vervullen. Kan de Staatssecretaris aangeven hoeveel maatschappelijke kosten deze',
        'vrijwilligers opleveren, zo vragen deze leden.',
      ].join('\n'),
      headings: [
        ['I Vragen en opmerkingen vanuit de fracties', 1],
        ['Vragen en opmerkingen van de leden van de VVD-fractie', 2],
        ['Uitdagingen rondom informele zorg en mantelzorg', 3],
      ],
    },
    {
      source:
        "letters/2706-verslag-lnv-2023-so-landbouw-visserijraad-november.txt: a fraction's section with the government's answers in it, longer (87 characters) than the text's lines allow a heading, its topic under it",
      text: [
        'De voorzitter van de commissie, Amhaouch',
        'De griffier van de commissie, Jansma',
        'Vragen en opmerkingen van de leden van de VVD-fractie en reactie van de bewindspersoon',
        'De leden van de VVD-fractie hebben kennisgenomen van de geannoteerde agenda voor de',
        'Landbouw- en Visserijraad op 20 november 2023. Naar aanleiding hiervan hebben deze',
        'leden nog enkele vragen en opmerkingen.',
        'Vangstmogelijkheden Atlantische Oceaan en Noordzee',
        'De leden van de VVD-fractie hebben vernomen dat er gesproken wordt over vangstmogelijkheden',
        'voor 18 visbestanden in de Atlantische Oceaan, het Kattegat en Skagerrak. Deze leden',
      ].join('\n'),
      headings: [
        ['Vragen en opmerkingen van de leden van de VVD-fractie en reactie van de…', 1],
        ['Vangstmogelijkheden Atlantische Oceaan en Noordzee', 2],
      ],
    },
    {
      source:
        "letters/1288 (constructed: its `II.` left out): the government's unnumbered `Reactie van de Staatssecretaris` after the fractions' sections is their sibling, no topic of the last",
      text: [
        'Vragen en opmerkingen van de leden van de VVD-fractie',
        'De leden van de VVD-fractie hebben kennisgenomen van de brief van de Staatssecretaris.',
        'Uitdagingen rondom informele zorg en mantelzorg',
        'Kan de Staatssecretaris aangeven hoeveel maatschappelijke kosten deze vrijwilligers',
        'opleveren, zo vragen deze leden.',
        'Reactie van de Staatssecretaris',
        'De Staatssecretaris dankt de leden voor hun vragen.',
        'Uitdagingen rondom informele zorg en mantelzorg',
        'De maatschappelijke kosten van vrijwilligers zijn niet bekend.',
      ].join('\n'),
      headings: [
        ['Vragen en opmerkingen van de leden van de VVD-fractie', 1],
        ['Uitdagingen rondom informele zorg en mantelzorg', 2],
        ['Reactie van de Staatssecretaris', 1],
        ['Uitdagingen rondom informele zorg en mantelzorg', 1],
      ],
    },
    {
      source:
        'letters/2426-am-2025-diverse-onderwerpen-migratie-juli.txt: hard wrapping broke the heading over two lines, a note glued to its end',
      text: [
        'In deze brief kom ik onder meer terug op verschillende – door uw Kamer aangenomen',
        '– moties en toezeggingen met betrekking tot de Migratieketen.',
        'Toezeggingen over de voortgang en uitkomsten van het vervolgonderzoek naar fraude',
        'bij de IND2',
        'Uw Kamer is eerder geïnformeerd over het uitvoeren van een onafhankelijk onderzoek',
        'naar aanleiding van meldingen over mogelijke fraudesignalen bij de behandeling van',
        'aanvragen om een verblijfsvergunning bij de IND.3 Het onderzoek is uitgevoerd in twee delen: een oriënterend onderzoek (vooronderzoek)',
        'en een disciplinair feitenonderzoek (vervolgonderzoek). Beide onderdelen zijn afgerond',
        'en het onderzoeksrapport is op 30 april 2025 opgeleverd.',
      ].join('\n'),
      // One heading from both lines, cut to a sidebar row's length.
      headings: [['Toezeggingen over de voortgang en uitkomsten van het vervolgonderzoek naar…', 1]],
    },
    {
      source:
        'letters/692-ocw-2020-moties-funderend-onderwijs.txt: a wrapped heading right under a heading is its sub-heading',
      text: [
        'Met deze brief informeer ik u achtereenvolgens over de uitvoering van diverse moties',
        'en toezeggingen op het gebied van het funderend onderwijs en het lerarenbeleid en',
        'over een aantal overige beleidsontwikkelingen.',
        'Moties',
        'Motie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor bekostigde',
        'als niet-bekostigde scholen',
        'De motie van het lid Bisschop verzoekt de regering onderzoek te laten verrichten naar',
        'de reikwijdte en een wettelijke uitwerking van het toezicht op de openbare orde in',
        'het onderwijs, zowel voor bekostigde als niet-bekostigde scholen.1 Om deze motie goed te kunnen duiden en tegemoet te komen aan de wensen van het lid',
        'Bisschop is een korte literatuurstudie verricht.',
      ].join('\n'),
      headings: [
        ['Moties', 1],
        ['Motie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor…', 2],
      ],
    },
  ];

  it.each(found)('finds the heading: $source', ({ text, headings, lastAt }) => {
    const got = outlineOf(text).filter((e) => e.kind === 'heading');
    expect(got.map((e) => [e.title, e.level])).toEqual(headings);
    if (lastAt !== undefined)
      expect(text.slice(got[got.length - 1]?.start)).toMatch(new RegExp(`^${lastAt}`));
    // Each entry points at its heading line in the original text.
    for (const e of got) expect(text.slice(e.start)).toMatch(/^\S/);
  });

  interface NotHeadingCase {
    source: string;
    text: string;
    notHeading: string;
  }
  const notFound: NotHeadingCase[] = [
    {
      source: 'navo: a wrapped body line that ends a sentence (`bijeenkomst. `)',
      text: navoLines(
        'tegen de Russische agressie. Ik neem namens Nederland deel aan deze',
        'bijeenkomst.',
        '',
        'Oekraïne',
      ),
      notHeading: 'bijeenkomst.',
    },
    {
      source: 'navo: a line ending with a function word (`… Minister van`)',
      text: navoLines(
        'van Economische Zaken en Defensie ook het gesprek aan met de industrie',
        'zelf.',
        'Tijdens het diner spreken bondgenoten met de Oekraïense Minister van',
        'Defensie over het partnerschap tussen NAVO en Oekraïne en de steun die',
        'de NAVO levert. Nederland spoort de NAVO aan om verdere concrete',
      ),
      notHeading: 'Tijdens het diner spreken bondgenoten met de Oekraïense Minister van',
    },
    {
      source: 'navo: a line filling the wrap width (`… in de Westelijke` + `Balkan`)',
      text: navoLines(
        'NATO Mission Iraq (NMI) is gericht op institutionele advisering en heeft',
        'als doel bij te dragen aan het versterken van de veiligheid en stabiliteit',
        'van Irak en het bestendigen van de resultaten van de strijd tegen ISIS. De',
        'missie adviseert en traint het Iraakse Ministerie van Defensie en de',
        'National Security Advisor om bredere hervorming van de Iraakse',
        'veiligheidssector mogelijk te maken. Het kabinet heeft in juni 2022',
        'aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te',
        'verplaatsen van Operation Inherent Resolve (OIR) naar NMI (Kamerstuk',
        '29 521, nr. 446, d.d. 17 juni 2022). Het kabinet onderzoekt nu de wense-',
        'lijkheid en mogelijkheid van bijdrage met een militaire eenheid aan NMI.',
        'Het kabinet zal de Kamer hierover nadere voorstellen doen.',
        'De Ministers besteden ook aandacht aan de situatie in de Westelijke',
        'Balkan en het belang van Kosovo Force (KFOR) voor stabiliteit in Kosovo.',
        'Daarnaast wordt gesproken over het belang van EUFOR Althea, de',
        'EU-missie in Bosnië-Herzegovina. Nederland ziet graag dat het',
      ),
      notHeading: 'De Ministers besteden ook aandacht aan de situatie in de Westelijke',
    },
    {
      source: 'letters/06-buza-2019-raz-rbz-aanwezigheid.txt: table cells are not headings',
      text: [
        'Voortaan zal ik vooraf in de Geannoteerde Agenda ingaan op mijn voorgenomen aanwezigheid.',
        '',
        'RAZ',
        '',
        'RBZ',
        '',
        '20 maart 2018',
        '',
        'RAZ + RAZ artikel 50',
        '',
        'Afgemeld i.v.m. inkomend Officieel Bezoek Jordanië',
        '',
        '19 maart 2018',
        '',
        'Aanwezig',
        '',
        '17 april 2018',
      ].join('\n'),
      notHeading: 'RAZ',
    },
    {
      source: 'letters/15-verslag-ienw-2024-spoorveiligheid.txt: speaker and chair lines',
      text: [
        'Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.',
        'De fungerend voorzitter van de commissie, Postma',
        'De griffier van de commissie, Rijkers',
        'Voorzitter: Grinwis',
        'Griffier: Wiendels',
        'Aanwezig zijn zeven leden der Kamer, te weten: Bamenga, Olger van Dijk, Grinwis, Heutink,',
        'De Hoop, Van Kent en Veltman,',
        'en mevrouw Heijnen, Staatssecretaris van Infrastructuur en Waterstaat.',
        'Aanvang 14.01 uur.',
        'De voorzitter:',
        'Goedemiddag allemaal. Welkom bij het commissiedebat over de veiligheid op en rond',
      ].join('\n'),
      notHeading: 'Voorzitter: Grinwis',
    },
    {
      source: 'letters/12-def-2025-defensie-industrie.txt: bullet items',
      text: [
        'toegelicht:',
        '• De wezenlijke veiligheidsbelangen van Defensie in de industrie zijn gespecificeerd',
        'Met de D-SII zet het kabinet in op schaalbare productie.',
      ].join('\n'),
      notHeading: '• De wezenlijke veiligheidsbelangen van Defensie in de industrie zijn gespecificeerd',
    },
    {
      source: 'letters/05-szw-2018-kinderarmoede.txt: a line continuing a sentence',
      text: [
        'Het kabinet zet zich in voor de bestrijding van armoede, in het bijzonder onder kinderen.',
        'Met ingang van 1 januari 2017 is € 100 mln. extra per jaar structureel ter beschikking',
        'gesteld ten behoeve van kinderen die opgroeien in armoede.',
        'Zoals ik u bij verschillende gelegenheden heb toegezegd, o.a. in de Kabinetsreactie',
        'op het SER-advies «Opgroeien zonder armoede» en het rapport van de Kinderombudsman',
      ].join('\n'),
      notHeading: 'Zoals ik u bij verschillende gelegenheden heb toegezegd, o.a. in de Kabinetsreactie',
    },
    {
      source: 'letters/1151-verslag-venw-2001-notaoverleg-waterbeleid.txt: a speaker is no heading',
      text: [
        'Ik open de vergadering.',
        '',
        'De heerHerrebrugh(PvdA)',
        '',
        'Voorzitter. Ik begin met een citaat van Marsman: "En in alle gewesten wordt de stem van het water met zijn eeuwige rampen gevreesd en gehoord."',
      ].join('\n'),
      notHeading: 'De heerHerrebrugh(PvdA)',
    },
    {
      source:
        'letters/2210-verslag-venw-1996-notaoverleg-hsl-zuid.txt: a speaker under a heading is no sub-heading',
      text: [
        'Daartoe wordt besloten.',
        '',
        'Eerste termijn van de zijde van de commissies',
        '',
        'De heerLeers(CDA)',
        '',
        'Voorzitter! We dwalen allemaal, maar iedereen dwaalt anders. Onder dit motto van Georg Christoph Lichtenberg begin ik.',
      ].join('\n'),
      notHeading: 'De heerLeers(CDA)',
    },
    {
      source:
        'letters/2342-bhos-2019-voortgang-handelsagenda.txt: a picture caption printed twice is no heading pair',
      text: [
        '• 4. Herinrichten van het publieke en private handels-, innovatie- en investeringsbevorderende netwerk.',
        '',
        'Afbeelding 1: de doelstellingen en voortgang van de Handelsagenda',
        '',
        'Afbeelding 1: de doelstellingen en voortgang van de Handelsagenda',
        '',
        'Per actielijn worden hieronder de inzet van het kabinet en de behaalde resultaten beschreven.',
      ].join('\n'),
      notHeading: 'Afbeelding 1: de doelstellingen en voortgang van de Handelsagenda',
    },
    {
      source:
        'letters/999-antwoord-vro-2023-voorrang-statushouders.txt: the page field `Ondertekenaars` (a lone dash is no list item)',
      text: [
        'het huidige asielbeleid en de inrichting van het asielstelsel. Over de opzet daarvan',
        'is uw Kamer op 23 december jl. geïnformeerd.2',
        'Ondertekenaars',
        '-',
        'Eerste ondertekenaar',
        'H.M. de Jonge, minister voor Volkshuisvesting en Ruimtelijke Ordening',
      ].join('\n'),
      notHeading: 'Ondertekenaars',
    },
    {
      source: 'letters/397-lva-buza-2016-jaarverslag-2015.txt: a column head after the signature',
      text: [
        'De voorzitter van de commissie, Eijsink',
        '',
        'De griffier van de commissie, Van Toor',
        '',
        'Nr',
        '',
        'Vraag.',
        '',
        '1',
        '',
        'Hoeveel Venezolaanse migranten hebben in 2015 het Koninkrijk bereikt?',
      ].join('\n'),
      notHeading: 'Nr',
    },
    {
      source:
        'constructed from letters/879: a long line without its full stop and one short line under it are no title and heading',
      text: paragraphs(
        'De Staatssecretaris van Justitie en Veiligheid, M.G.J. Harbers',
        'Het Voorzitterschap lichtte het kort voor de Raad verspreide voorzitterschapsdocument toe over de waarborging',
        'Immigratie en Asiel',
        'De lidstaten waren door het Voorzitterschap uitgenodigd om in te gaan op de omvang, samenstelling en taken van de Europese Grens- en Kustwacht.',
      ),
      notHeading: 'Immigratie en Asiel',
    },
    {
      source: 'letters/449-kgg-2025-voortgangsbrief-nieuwbouw-kernenergie.txt: a figure’s numbered caption',
      text: [
        'In onderstaande figuur zijn de verschillende werksporen aangeduid en in volgorde geplaatst',
        'om de onderlinge samenhang weer te geven. De fase van het ophalen van informatie en',
        'het voorbereiden van besluitvorming verschuift met deze voortgangsbrief naar de fase',
        'van het nemen van besluiten en de uitvoering.',
        'Figuur 1: Op hoofdlijnen geschetste werksporen',
        'Deze Kamerbrief gaat over het nieuwbouwprogramma voor grootschalige kerncentrales.',
        'Gelijktijdig wordt de Kamer geïnformeerd over:',
      ].join('\n'),
      notHeading: 'Figuur 1: Op hoofdlijnen geschetste werksporen',
    },
  ];

  it.each(notFound)('rejects: $source', ({ text, notHeading }) => {
    expect(titles(outlineOf(text), 'heading')).not.toContain(notHeading);
  });

  it('finds no heading at all in the verslag opening (letter 15)', () => {
    expect(titles(outlineOf(notFound[4]?.text ?? ''), 'heading')).toEqual([]);
  });
});

describe('the head block', () => {
  const cases: Array<{ source: string; text: string; title: string; firstLine: string }> = [
    {
      source: 'letters/01-vws-2015-productsamenstelling.txt: dossier line with the paper number',
      text: [
        '32 793 Preventief gezondheidsbeleid',
        '',
        'Nr. 205 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT',
        '',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        '',
        'Den Haag, 17 december 2015',
        '',
        'In januari 2014 heb ik het Akkoord gesloten voor de verbetering van productsamenstelling.',
      ].join('\n'),
      title: '32 793 Preventief gezondheidsbeleid, nr. 205',
      firstLine: '32 793',
    },
    {
      source: 'letters/09-ienw-2022-spoorveiligheid.txt: the tweedekamer.nl site title',
      text: [
        'Brief regering : Spoorveiligheid',
        '29 893 Veiligheid van het railvervoer',
        'Nr. 257',
        'BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        'Den Haag, 7 juni 2022',
        'In navolging op de Kamerbrief van 10 december 20211 informeer ik uw Kamer hierbij.',
      ].join('\n'),
      title: 'Brief regering: Spoorveiligheid',
      firstLine: 'Brief regering',
    },
    {
      source: 'letters/15-verslag-ienw-2024-spoorveiligheid.txt: subject repeating the kind stands alone',
      text: [
        'Verslag van een commissiedebat : Verslag van een commissiedebat, gehouden op 7 februari 2024, over Spoorveiligheid',
        '29 893 Veiligheid van het railvervoer',
        'Nr. 266 VERSLAG VAN EEN COMMISSIEDEBAT',
        'Vastgesteld 22 maart 2024',
        'De vaste commissie voor Infrastructuur en Waterstaat heeft op 7 februari 2024 overleg',
      ].join('\n'),
      // Cut at a word boundary: sidebar titles stay within 80 characters.
      title: 'Verslag van een commissiedebat, gehouden op 7 februari 2024, over…',
      firstLine: 'Verslag',
    },
    {
      source: 'letters/07-fin-2021-kinderopvangtoeslag.txt: page chrome before the dossier line',
      text: [
        'Kamerstuk',
        '',
        'Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer',
        'Tweede Kamer der Staten-Generaal2020-202131066 nr. 805',
        '',
        '31 066 Belastingdienst',
        '',
        'Nr. 805 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN',
        '',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        '',
        'Den Haag, 8 april 2021',
        '',
        'Bijgevoegd treft u de zesde Voortgangsrapportage Kinderopvangtoeslag1.',
      ].join('\n'),
      title: '31 066 Belastingdienst, nr. 805',
      firstLine: 'Kamerstuk',
    },
    {
      source:
        'letters/29-motie-ocw-2024-leenstelsel.txt: a motion dated at a notaoverleg (no-break space as in the XML)',
      text: [
        '31 288 Hoger Onderwijs-, Onderzoek- en Wetenschapsbeleid',
        '',
        'Nr. 1115 MOTIE VAN HET LID HERTZBERGER',
        '',
        'Voorgesteld tijdens het Notaoverleg van 15\u00a0april 2024',
        '',
        'De Kamer,',
        '',
        'gehoord de beraadslaging,',
      ].join('\n'),
      title: '31 288 Hoger Onderwijs-, Onderzoek- en Wetenschapsbeleid, nr. 1115',
      firstLine: '31 288',
    },
    {
      source: 'letters/34-vws-1997-infectieziekten.txt: a letter dated in Rijswijk',
      text: [
        '25 295 Infectieziektenbestrijding',
        '',
        'Nr. 1 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT',
        '',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        '',
        'Rijswijk, 7 april 1997',
        '',
        'Hierbij zend ik u de beleidsnota Infectieziektenbestrijding.',
      ].join('\n'),
      title: '25 295 Infectieziektenbestrijding, nr. 1',
      firstLine: '25 295',
    },
    {
      source:
        'letters/574-ek-verslag-szw-1995-aow-partnerbegrip.txt without its date line: `nr. 106a` and `VOORLOPIG VERSLAG …` end the head',
      text: [
        '24 258 Wijziging van de Algemene Ouderdomswet en enkele andere wetten',
        '',
        'nr. 106a',
        'VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID1',
        '',
        'Het voorbereidend onderzoek gaf de commissie aanleiding tot het formuleren van de volgende opmerkingen en vragen.',
      ].join('\n'),
      title: '24 258 Wijziging van de Algemene Ouderdomswet en enkele andere…, nr. 106a',
      firstLine: '24 258',
    },
    {
      source: 'navo-defensieministers-2022-09-30.txt: only addressee and date: the first head line',
      text: navoLines(
        ' Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        '',
        'Den Haag, 30 september 2022',
        '',
        'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel',
      ),
      title: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      firstLine: 'Aan de',
    },
    {
      source: 'letters/1554-verslag-vrom-1998-nmp3.txt: the date line glued to the kind line',
      text: [
        '25 887',
        'Derde Nationaal Milieubeleidsplan',
        '',
        'nr. 13',
        'VERSLAG VAN EEN NOTAOVERLEGVastgesteld 9 april 1998',
        '',
        'De vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer heeft op 6 april 1998 overleg gevoerd',
      ].join('\n'),
      // The dossier number on a line of its own takes its title from the line below.
      title: '25 887 Derde Nationaal Milieubeleidsplan, nr. 13',
      firstLine: '25 887',
    },
    {
      source: 'letters/1750-verslag-jus-1995-asielbeleid.txt: a line of only the day below the kind line',
      text: [
        '19 637',
        'Vluchtelingenbeleid',
        '',
        '24 440',
        'Asielbeleid',
        '',
        'nr. 148',
        'VERSLAG VAN EEN ALGEMEEN OVERLEG',
        '',
        '8 december 1995',
        '',
        'De vaste commissie voor Justitie1 en de algemene commissie voor de Rijksuitgaven2 hebben op 6 december 1995 overleg gevoerd',
      ].join('\n'),
      title: '19 637 Vluchtelingenbeleid, nr. 148',
      firstLine: '19 637',
    },
  ];

  it.each(cases)('$source', ({ text, title, firstLine }) => {
    const entries = outlineOf(text);
    const header = entries.filter((e) => e.kind === 'header');
    expect(header).toHaveLength(1);
    expect(header[0]).toMatchObject({ level: 1, title });
    expect(text.slice(header[0]?.start)).toMatch(new RegExp(`^${firstLine}`));
    // Nothing in the head becomes a heading (addressee, `Den Haag, …`, `Nr. …`).
    expect(entries.filter((e) => e.kind === 'heading')).toEqual([]);
  });

  it('gives no header to text without a head (a body fragment)', () => {
    const text = 'Het kabinet zet zich in voor de bestrijding van armoede, in het bijzonder onder kinderen.';
    expect(outlineOf(text)).toEqual([]);
  });
});

describe('questions and answers', () => {
  const cases: Array<{ source: string; text: string; expected: Array<Partial<OutlineEntry>> }> = [
    {
      source: 'letters/13-antwoord-bzk-2021-oekaze-kok.txt: `Vraag 1` / `Antwoord 1` lines',
      text: [
        'voetlicht te brengen.',
        'Vraag 1',
        'Als uw expliciete bedoeling is om soepeler om te gaan met contacten tussen ambtenaren',
        'en Kamerleden, zoals u benadrukte in het debat2, hoe kan het dan dat hierover onduidelijkheid bestaat?',
        'Bent u bekend met deze onduidelijkheid? Wat is uw verklaring hiervoor?',
        'Antwoord 1',
        'Het kabinet wil vooropstellen dat de regels zeker',
      ].join('\n'),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 1: Als uw expliciete bedoeling is om soepeler om te gaan met…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 1' },
      ],
    },
    {
      source:
        'officielebekendmakingen kvr_vragen fragment (reference/): `Vraag 2:` with the question on its line',
      text: [
        'Vraag 2: Bent u van mening dat hier sprake is van een arbeidsrelatie waarbij loon verschuldigd is?',
        '',
        'Antwoord 2',
        '',
        'Nee.',
      ].join('\n'),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 2: Bent u van mening dat hier sprake is van een arbeidsrelatie…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 2' },
      ],
    },
    {
      source: 'kvr_vragen fragment questions as numbered blocks, each followed by `Antwoord`',
      text: [
        '1.',
        'Wat is uw reactie op het bericht «Veel beginnende ggz-krachten krijgen alleen onkostenvergoeding»?',
        '',
        'Antwoord',
        'Ik vind dit zorgelijk.',
        '',
        '2. Bent u bereid de Inspectie SZW per direct onderzoek te laten doen naar deze situatie?',
        '',
        'Antwoord:',
        'Ja.',
      ].join('\n'),
      expected: [
        { kind: 'question', level: 1, title: 'Vraag 1: Wat is uw reactie op het bericht «Veel beginnende…' },
        { kind: 'answer', level: 2, title: 'Antwoord 1' },
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 2: Bent u bereid de Inspectie SZW per direct onderzoek te…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 2' },
      ],
    },
    {
      source: 'letters/771: `Antwoord vraag 1`, without `op`',
      text: [
        'Adjunct-griffier van de commissie, Heller',
        'Vraag 1',
        'Waar is de € 130 miljoen (van de extra € 600 miljoen in het Hoofdlijnenakkoord) voor',
        'ouderenzorg gebleven?',
        'Antwoord vraag 1',
        'Bij de voorbereiding van de Rijksbegroting is binnen het kabinet de afweging gemaakt',
      ].join('\n'),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 1: Waar is de € 130 miljoen (van de extra € 600 miljoen in het…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 1' },
      ],
    },
    {
      source: 'letters/1178: one answer to two questions, `Antwoord vraag 1 en 2`',
      text: [
        'Vraag 1',
        'Hoeveel procent van de werknemers van de eigenrisicodragers eindigt in de Inkomensvoorziening Volledig Arbeidsongeschikten (IVA) en hoeveel procent van de niet-eigenrisicodragers?',
        'Vraag 2',
        'Hoeveel procent van de werknemers van de eigenrisicodragers eindigt in de Werkhervatting Gedeeltelijk Arbeidsgeschikten (WGA) en hoeveel procent van de niet-eigenrisicodragers?',
        'Antwoord vraag 1 en 2',
        'De WIA kent verschillende regelingen.',
      ].join('\n'),
      expected: [
        { kind: 'question', title: 'Vraag 1: Hoeveel procent van de werknemers van de eigenrisicodragers…' },
        { kind: 'question', title: 'Vraag 2: Hoeveel procent van de werknemers van de eigenrisicodragers…' },
        { kind: 'answer', level: 2, title: 'Antwoord 1 en 2' },
      ],
    },
    {
      source: 'letters/2714: `Antwoord op vragen 1 en 60`',
      text: [
        'Vraag 1',
        'Hoeveel bedraagt het bbp in 2020 en 2021? Wat betekent dit voor official development',
        'assistance (ODA) en de EU-afdracht?',
        'Vraag 60',
        'Hoe komt het dat Nederland meer gaat bijdragen aan ontwikkelingshulp, terwijl het',
        'bruto nationaal inkomen (bni) juist daalt?',
        'Antwoord op vragen 1 en 60',
        'De ramingen in de Voorjaarsnota zijn gebaseerd op de cijfers uit het Centraal Economisch',
      ].join('\n'),
      expected: [
        { kind: 'question', title: 'Vraag 1: Hoeveel bedraagt het bbp in 2020 en 2021? Wat betekent dit…' },
        { kind: 'question', title: 'Vraag 60: Hoe komt het dat Nederland meer gaat bijdragen aan…' },
        { kind: 'answer', level: 2, title: 'Antwoord 1 en 60' },
      ],
    },
    {
      source: 'letters/2284: one answer to three questions, `Vraag 1, 2 en 9` / `Antwoord 1, 2 en 9`',
      text: paragraphs(
        'Vraag 1, 2 en 9',
        'Wat is uw oordeel over de uitzending van EenVandaag «Zieke slachtoffers gifverf klagen Defensie aan»?1',
        'Deelt u de mening dat de slachtoffers van chroomverf zo snel mogelijk gerechtigheid moeten krijgen?',
        'Antwoord 1, 2 en 9',
        'De onderzoeken naar chroom-6 en de POMS-sites zijn onderdeel van het onderzoek dat het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) nu uitvoert.',
      ),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 1, 2 en 9: Wat is uw oordeel over de uitzending van EenVandaag «Zieke…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 1, 2 en 9' },
      ],
    },
    {
      source: "letters/347: `Vraag 1 t/m 3` / `Antwoord 1 t/m 3` (the answer's text constructed)",
      text: paragraphs(
        'Vraag 1 t/m 3',
        'Leiden deze conclusies ook tot maatregelen? Zo ja, welke?',
        'Antwoord 1 t/m 3',
        'Ja.',
      ),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 1 t/m 3: Leiden deze conclusies ook tot maatregelen? Zo ja, welke?',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 1 t/m 3' },
      ],
    },
    {
      source:
        'letters/2403: `Vraag 1, 3 tot en met 10, 12 en 13` (the fixture breaks off before its answer: constructed)',
      text: paragraphs(
        'Vraag 1, 3 tot en met 10, 12 en 13',
        'Erkent u dat er een ontluisterend beeld wordt geschetst van de Nederlandse inzet bij de opsporing van dopinghandel?',
        'Antwoord 1, 3 tot en met 10, 12 en 13',
        'Nee.',
      ),
      expected: [
        {
          kind: 'question',
          level: 1,
          title:
            'Vraag 1, 3 tot en met 10, 12 en 13: Erkent u dat er een ontluisterend beeld wordt geschetst van…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 1, 3 tot en met 10, 12 en 13' },
      ],
    },
    {
      source: 'letters/291: `Antwoorden 2 en 3`, the plural label of one answer to two questions',
      text: paragraphs(
        'Vraag 2 en 3',
        'Erkent u dat het feit dat het Centraal Orgaan opvang asielzoekers (COA) zich voor het eerst sinds 2015 genoodzaakt ziet het crisisdraaiboek uit de kast te halen en een instroom van bijna 6.000 asielzoekers in september aantonen dat we ons in een asielcrisis bevinden? Zo nee, waarom niet?',
        'Antwoorden 2 en 3',
        'Ik wil niet spreken van een asielcrisis, wel is er om verschillende redenen sprake van een tekort aan opvangplekken.',
      ),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 2 en 3: Erkent u dat het feit dat het Centraal Orgaan opvang…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 2 en 3' },
      ],
    },
    {
      source:
        'letters/331: `Vraag:` on a line of its own under the number: the title reads the question under it',
      text: paragraphs(
        '1',
        'Vraag:',
        'Op welke wijze wordt er gestreefd naar een afname van het autoverkeer?',
        'Antwoord:',
        'Via de begroting van het Infrastructuurfonds investeer ik in de bereikbaarheid van Nederland per weg, spoor en water.',
      ),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 1: Op welke wijze wordt er gestreefd naar een afname van het…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 1' },
      ],
    },
    {
      source: 'letters/638: a range with a dash, `Vraag 2–5` / `Antwoord 2–5`',
      text: paragraphs(
        'Vraag 2–5',
        'Kunt u aangeven of er een verslag beschikbaar is van bovengenoemd bestuurlijk overleg, dat maandag 18 december jl. heeft plaatsgevonden?',
        'Kunt u aangeven of dit verslag actief openbaar gemaakt wordt? Zo nee, waarom niet?',
        'Antwoord 2–5',
        'Er is een verslag gemaakt van het bestuurlijk overleg dat op 18 december 2017 heeft plaatsgevonden.',
      ),
      expected: [
        {
          kind: 'question',
          level: 1,
          title: 'Vraag 2–5: Kunt u aangeven of er een verslag beschikbaar is van…',
        },
        { kind: 'answer', level: 2, title: 'Antwoord 2–5' },
      ],
    },
  ];

  it.each(cases)('$source', ({ text, expected }) => {
    const got = outlineOf(text).filter((e) => e.kind === 'question' || e.kind === 'answer');
    expect(got).toMatchObject(expected);
    for (const e of got) expect(text.slice(e.start)).toMatch(/^(Vraag|Antwoord|\d)/);
  });

  // [source, letter, the questions and answers the outline lists]: the whole letter is read, so its kind decides.
  it.each([
    [
      '373: `Antwoord op 1, 2, 3 en 4:`, one answer to the four numbered questions above it, `vraag` left out',
      '373-lva-bzk-2019-staat-van-de-volkshuisvesting.txt',
      ['Vraag 1', 'Vraag 2', 'Vraag 3', 'Vraag 4', 'Antwoord 1, 2, 3 en 4'],
    ],
    [
      '2424: the number in brackets, `Vraag (1):` / the question / `Antwoord:`',
      '2424-lva-jenv-2022-voorjaarsnota-politie-vik.txt',
      ['Vraag 1', 'Antwoord 1'],
    ],
    [
      '1411: the same; the wrapped line `4 juni 2024 zijn ze … beantwoord.` above it is no question 4',
      '1411-lva-jenv-2024-jaarverslag-2023.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2'],
    ],
    [
      '2562: a list that prints its numbers in three digits (`001`) counts them as a reader does: `Vraag 1`',
      '2562-lva-venw-2007-begroting-infrastructuurfonds-2008.txt',
      ['Vraag 1', 'Antwoord 1'],
    ],
  ])('%s', (_source, name, entries) => {
    const got = analyzeOutline(letter(name))
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => (e.kind === 'question' ? (/^Vraag [^:]+/.exec(e.title)?.[0] ?? e.title) : e.title));
    expect(got).toEqual(entries);
  });

  it('takes a sentence that opens with `Antwoord op` and a date for the answer, not a label (constructed)', () => {
    const text = paragraphs(
      'Vraag 1',
      'Wanneer ontvangt de Kamer uw reactie op het rapport?',
      'Antwoord op 12 december 2023 kwam mijn reactie op het rapport.',
    );
    expect(titles(outlineOf(text), 'answer')).toEqual(['Antwoord 1']);
  });

  it('leaves `1. Inleiding` alone when no `Antwoord` follows (letter 03)', () => {
    const got = outlineOf('1. Inleiding\n\nOver de voortgang heb ik u viermaal bericht.');
    expect(got.map((e) => e.kind)).toEqual(['heading']);
  });

  it('reads the whole answer document of letter 14', async () => {
    const { letter } = await import('./helpers');
    const got = outlineOf(letter('14-antwoord-jenv-2025-nctv-adr.txt'));
    expect(got.map((e) => [e.kind, e.level])).toEqual([
      ['header', 1],
      ['question', 1],
      ['answer', 2],
    ]);
    expect(got[1]?.title).toMatch(/^Vraag 1: Bent u de mening toegedaan/);
  });
});

// Some papers print no answer label: `Vraag 1` / the question / the answer straight on. The answer begins where the
// question's `?` is followed by a sentence that states.
describe('numbered questions without a label, in a paper of questions', () => {
  // [source, letter, the questions and answers the outline lists]: the whole letter is read, so its kind decides.
  const qa = (name: string): string[] =>
    analyzeOutline(letter(name))
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => (e.kind === 'question' ? (/^Vraag [^:]+/.exec(e.title)?.[0] ?? e.title) : e.title));
  it.each([
    [
      '522: `1.` on a line of its own, the question under it, the answer straight on; question 2 has none printed',
      '522-lva-def-2013-vervanging-f16-testtoestellen.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Vraag 3', 'Antwoord 3', 'Vraag 4', 'Antwoord 4'],
    ],
    [
      '261: the question on the number’s line (`1. Waar zijn de cijfers …?`)',
      '261-lva-fin-2018-halfjaarsrapportage-belastingdienst.txt',
      ['Vraag 1', 'Antwoord 1'],
    ],
    [
      '760: the question one paragraph longer than the rules read of a line, its `?` at the end',
      '760-lva-def-2016-begroting-2017.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2'],
    ],
    [
      '2521: an answer whose first sentence runs on past the first 300 characters of its line (`De Militaire Inlichtingen- en Veiligheidsdienst (MIVD) werkt … (FIOD-ECD).`)',
      '2521-lva-def-2013-jaarverslag-mivd-2012.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2'],
    ],
    [
      '1815: a question that ends with the page it is about, `… bij het voorliggende MIT? (blz. 5).`',
      '1815-lva-venw-1996-mit.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2'],
    ],
    [
      '1020: the page after the question without a full stop, `… in het kader van de vredesoperaties? (blz. 7)`',
      '1020-lva-def-1999-begroting-2000.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2'],
    ],
    [
      '1347: the page as `(pag. 21)`',
      '1347-lva-fin-1998-garanties-rijk.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2'],
    ],
    [
      '2280: two questions under one line of numbers, `1 en 3`, and their one answer straight on',
      '2280-verslag-def-1998-so-veteranenbeleid.txt',
      ['Vraag 1 en 3', 'Antwoord 1 en 3'],
    ],
    [
      '592: `1, 9, 16 en 17` / four questions / their answer',
      '592-lva-szw-1999-organisch-psychosyndroom-herdruk.txt',
      ['Vraag 1, 9, 16 en 17', 'Antwoord 1, 9, 16 en 17'],
    ],
    [
      '2011: the same, a first sentence of 500 characters (`In het kader van het zogenaamde Nederlandse Aerosol Programma (NAP), …`)',
      '2011-lva-vrom-2001-milieuprogramma.txt',
      ['Vraag 1', 'Antwoord 1'],
    ],
    [
      '824: the older Aanhangsel page, all questions first, then `Antwoord` and the answers under the same numbers',
      '824-antwoord-fin-2009-icesave-dnb-verkoop.txt',
      ['Vraag 1', 'Vraag 2', 'Vraag 3', 'Vraag 4', 'Vraag 5', 'Vraag 6', 'Antwoord 1', 'Antwoord 2'],
    ],
    [
      '1885: the answer under the question’s number again (`1.` / question / `1.` / answer)',
      '1885-lva-vws-2019-preventieakkoord.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2'],
    ],
    [
      '261: the question on the number’s line, 373 characters long, asks at the line’s end (`2. De regering gaf eerder aan … worden weggenomen?`)',
      '261-lva-fin-2018-halfjaarsrapportage-belastingdienst.txt',
      ['Vraag 1', 'Antwoord 1', 'Vraag 2'],
    ],
  ])('%s', (_source, name, entries) => {
    expect(qa(name).slice(0, entries.length)).toEqual(entries);
  });

  it('the head of an older Aanhangsel page ends with its questions line, above the first question (824)', () => {
    const text = letter('824-antwoord-fin-2009-icesave-dnb-verkoop.txt');
    const [head, first] = analyzeOutline(text);
    expect(head).toMatchObject({ kind: 'header' });
    expect(head?.title).toMatch(/^Vragen van het lid Tang \(PvdA\)/);
    expect(first).toMatchObject({
      kind: 'question',
      title: 'Vraag 1: Bent u bekend met artikel «DNB stopt overname Icesave»?',
    });
  });

  it('in a letter a numbered line that asks stays a heading (2524: `2. De notificatieplicht: wat houdt deze in?`)', () => {
    const outline = analyzeOutline(letter('2524-bzk-2008-notificatieplicht-aivd.txt'));
    expect(outline.some((e) => e.kind === 'question')).toBe(false);
    expect(titles(outline, 'heading')).toContain('2. De notificatieplicht: wat houdt deze in?');
  });

  // [source, letter, the heading]: a section may open with a question as with a paragraph.
  it.each([
    [
      '1660: a numbered section above the first question',
      '1660-lva-venw-1995-verzelfstandiging-ns.txt',
      'I. Overeenstemming ontvlechtingsoperatie Rijksoverheid–NS',
    ],
    [
      '2340: a topic above the first question',
      '2340-lva-ez-1995-wto-verdrag-marrakech.txt',
      'Algemene vragen',
    ],
    [
      '2351: a fraction’s questions in a verslag',
      '2351-verslag-vws-2004-so-pgb-gewogen.txt',
      'Vragen CDA-fractie',
    ],
  ])('%s', (_source, name, title) => {
    const outline = analyzeOutline(letter(name));
    const i = outline.findIndex((e) => e.title === title);
    expect(outline[i]).toMatchObject({ kind: 'heading', level: 1 });
    expect(outline[i + 1]).toMatchObject({ kind: 'question' });
  });

  // [source, letter, a line above a question that is no heading]
  it.each([
    [
      '1228: the date line’s sentence run on to the next line (`… (ontvangen 3 september 2025). Zie ook Aanhangsel` / `Handelingen, vergaderjaar 2024–2025, nr. 2566`)',
      '1228-antwoord-kgg-2025-netversterking-midden-nederland.txt',
      'Handelingen, vergaderjaar 2024–2025, nr. 2566',
    ],
    [
      '568: the source under a table (`Bron: slotwetten Provinciefonds`)',
      '568-lva-bzk-2018-begroting-provinciefonds-2019.txt',
      'Bron: slotwetten Provinciefonds',
    ],
  ])('%s', (_source, name, line) => {
    const text = letter(name);
    expect(text).toContain(line);
    expect(titles(analyzeOutline(text), 'heading')).not.toContain(line);
  });
});

describe('questions answered without a label', () => {
  const cases: Array<{ source: string; text: string; answerAt: string | null; question?: string }> = [
    {
      source: 'letters/1038: one paragraph a line, blank lines between',
      text: paragraphs(
        'De adjunct-griffier van de commissie, Van Eck',
        'Vraag 1',
        'Bent u bereid onderzoek te doen naar de effecten van de bezuinigingen, (efficiency-)taakstellingen en koopkracht beperkende maatregelen van het huidige kabinet, in het licht van de verslechterde gereedheid, inzetbaarheid en steeds verder verslechterde onbalans tussen middelen en ambities?',
        'Het beschikbare budget is één van de benodigde elementen voor een goede beleidsuitvoering. Een voorbeeld ter toelichting.',
      ),
      answerAt: 'Het beschikbare budget',
      question: 'Vraag 1: Bent u bereid onderzoek te doen naar de effecten van de…',
    },
    {
      source: 'letters/355: PDF text, the question wrapped over two lines, the answer right under it',
      text: [
        'De griffier van de commissie, Schukkink',
        'Vraag 1',
        'Waarom neemt de Algemene Rekenkamer niet het hele Financieel Jaarverslag van het Rijk',
        'mee in haar beoordeling?',
        'In de artikelen 7.12, 7.13 en 7.14 van de Comptabiliteitswet 2016 is vastgelegd wat',
        'de Algemene Rekenkamer in haar verantwoordingsonderzoek betrekt. Onze verklaring van',
      ].join('\n'),
      answerAt: 'In de artikelen 7.12',
    },
    {
      source: 'letters/2203: `Vraag 1.` with the question on its line',
      text: paragraphs(
        'Vraag 1. Wat zijn destijds redenen geweest om de begroting van de rechtspraak onderdeel uit te laten maken van de begroting van het Ministerie van Veiligheid en Justitie? Is hierbij rekening gehouden met de onafhankelijkheid van de rechtspraak?',
        'Bij de modernisering van de rechterlijke organisatie en de oprichting van de Raad voor de rechtspraak in 2002 is de financiering van de Rechtspraak opnieuw vormgegeven.',
      ),
      answerAt: 'Bij de modernisering',
    },
    {
      source: 'letters/2455 without its `Antwoord 3` label (constructed): a second question line still asks',
      text: [
        'Vraag 3',
        'Deelt u de mening dat deze geschenkwoningen ons kunnen helpen om het verhaal van de',
        'Watersnoodramp tastbaar te maken en goed aan toekomstige generaties te kunnen doorgeven?',
        'Zo nee, waarom niet?',
        'Ook dit onderschrijf ik van harte.',
      ].join('\n'),
      answerAt: 'Ook dit onderschrijf',
      question: 'Vraag 3: Deelt u de mening dat deze geschenkwoningen ons kunnen…',
    },
    {
      source: 'letters/1474: two questions, then one answer for both under a label of its own',
      text: [
        'Vraag 1',
        'Wilt u de stijging van de A-component van artikel 1, als gevolg van de wettelijke',
        'systematiek die er aan ten grondslag ligt, nader specificeren? Kan een en ander worden',
        'afgezet tegen het stijgingspercentage van de contractloonstijging en de consumentenprijsindex?',
        'Vraag 2',
        'Kunt u de opbouw van de A-component van de grondwettelijke uitkering nader toelichten?',
      ].join('\n'),
      answerAt: null,
    },
    {
      source: "letters/2415: the text breaks off inside the question's second sentence",
      text: [
        'Vraag 2',
        'Zijn er voldoende middelen gereserveerd om adequaat actie te ondernemen wanneer uit',
        'het kennisprogramma blijkt dat de zeespiegel inderdaad sneller stijgt dan voorzien',
        '(dus een grotere stijging vóór 2050)? Of wordt het benodigde budget pas dan bepaald?',
        'Waar is de aanname op gebaseerd dat er voldoende tijd',
      ].join('\n'),
      answerAt: null,
    },
    {
      source: 'letters/1098 in PDF lines (constructed): a notice that the answers come later is no answer',
      text: [
        'Vraag 5',
        'Kunt u uitleggen waarom het extra geld dat volgens de staatssecretaris ingezet moet worden in krimpgebieden, moet worden gehaald uit de middelen?',
        'Mededeling',
        'Op 20 augustus zijn deze vragen gesteld. Het antwoord volgt later.',
      ].join('\n'),
      answerAt: null,
    },
    {
      source:
        'letters/1299, an Eerste Kamer nota, continued (constructed): the question is put in a sentence, no `?`',
      text: paragraphs(
        'Vraag 1',
        'De leden van de GL-PvdA-fractie vragen de regering om te reflecteren op de verhouding tussen deze wet en de AVG.',
        'De regering merkt op dat de verzamelwet de AVG uitvoert.',
      ),
      answerAt: null,
    },
  ];

  it.each(cases)('$source', ({ text, answerAt, question }) => {
    const got = outlineOf(text);
    const answers = got.filter((e) => e.kind === 'answer');
    if (answerAt === null) {
      expect(answers).toEqual([]);
    } else {
      expect(answers).toHaveLength(1);
      expect(answers[0]?.title).toMatch(/^Antwoord \d+$/);
      expect(text.slice(answers[0]?.start)).toMatch(new RegExp(`^${answerAt}`));
    }
    if (question) expect(titles(got, 'question')).toEqual([question]);
  });
});

describe('footnotes', () => {
  const cases: Array<{ source: string; text: string; title: string; startsWith: string }> = [
    {
      source: 'navo: a footnote after a page break, its marker glued in the body (`uitwerking.1`)',
      text: navoLines(
        'verstrekken politieke aanwijzingen voor het verdere traject van',
        ' uitwerking.1 Alle bondgenoten steunen verdere versterking van de',
        'Nederlandse bijdrage aan de operatie. Zoals gesteld in de kennisgevings-',
        '',
        '1 Concreet gaat het om het Concept for the Deterrence and Defence of the Euro-Atlantic Area',
        '(DDA), de initiële versie van het Alliance Concept for Multi-Domain Operations (I-MDO), de',
        'NAVO-commandostructuur.',
      ),
      title: 'Voetnoot 1',
      startsWith: '1 Concreet',
    },
    {
      source: 'letters/08-az-2022-sms-debat.txt: the notes section of a page',
      text: [
        'Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht.',
        '',
        'X Noot',
        '1',
        '',
        'Raadpleegbaar via www.tweedekamer.nl.',
        '',
        'Naar boven',
      ].join('\n'),
      title: 'Noten',
      startsWith: 'X Noot',
    },
    {
      source:
        'letters/705-os-2008-orio-regeling.txt: the notes label glued, `XNoot`, as older zoek pages read',
      text: [
        'De minister voor Ontwikkelingssamenwerking,',
        '',
        'A. G. Koenders',
        '',
        '',
        'XNoot',
        '1',
        '',
        'Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer.',
        '',
        'Naar boven',
      ].join('\n'),
      title: 'Noten',
      startsWith: 'XNoot',
    },
    {
      source: 'pages/obk-kst-navo.html: KOOP notes markup, the number on a line of its own (`span.nootnum`)',
      text: [
        'verstrekken politieke aanwijzingen voor het verdere traject van uitwerking.1 Alle bondgenoten steunen.',
        '',
        'De Minister van Defensie,',
        'K.H. Ollongren',
        '',
        '1',
        '',
        'Concreet gaat het om het Concept for the Deterrence and Defence of the Euro-Atlantic Area (DDA).',
      ].join('\n'),
      title: 'Voetnoot 1',
      startsWith: '1\n',
    },
  ];

  it.each(cases)('$source', ({ text, title, startsWith }) => {
    const entries = outlineOf(text);
    const notes = entries.filter((e) => e.kind === 'footnotes');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.title).toBe(title);
    expect(text.slice(notes[0]?.start)).toMatch(new RegExp(`^${startsWith}`));
    // Footnote text never becomes a heading (`Naar boven`, `NAVO-commandostructuur.`).
    expect(titles(entries, 'heading')).toEqual([]);
  });

  it('takes neither an entry of a table of contents nor the section it names for a note (letter 1785)', () => {
    // `1 Inleiding2` and `1 Inleiding` start with the number of the note marked in `Wetenschap1`.
    const text = paragraphs(
      'Binnen de vaste commissie voor Onderwijs, Cultuur en Wetenschap1 hebben enkele fracties de behoefte om enkele vragen en opmerkingen voor te leggen.',
      'Inhoudsopgave blz.',
      'I Vragen en opmerkingen vanuit de fracties2\n  \n1 Inleiding2\n2 Conclusies3\n  \nII Reactie van de minister9',
      'I VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES',
      '1 Inleiding',
      'De leden van de CDA-fractie hebben met interesse kennisgenomen van de voorliggende brief van de minister.',
    );
    expect(titles(outlineOf(text), 'footnotes')).toEqual([]);
  });

  it('does not take a numbered line for a footnote when the body has no such marker', () => {
    // letters/06: a table row that starts with a number.
    const text = 'Aanwezig\n\n12 november 2018\n\nRAZ + RAZ artikel 50';
    expect(titles(outlineOf(text), 'footnotes')).toEqual([]);
  });
});

describe('the signature', () => {
  const cases: Array<{ source: string; text: string; title: string }> = [
    {
      source: 'navo: function line with a comma, name on the next line',
      text: navoLines('informeren.', '', 'De Minister van Defensie,', 'K.H. Ollongren'),
      title: 'De Minister van Defensie',
    },
    {
      source: 'letters/08-az-2022-sms-debat.txt: function and name on one line',
      text: [
        'Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht.',
        '',
        'De Minister-President, Minister van Algemene Zaken, M. Rutte',
      ].join('\n'),
      title: 'De Minister-President, Minister van Algemene Zaken',
    },
    {
      source: 'letters/15-verslag-ienw-2024-spoorveiligheid.txt: two signers form one block',
      text: [
        'Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.',
        'De fungerend voorzitter van de commissie, Postma',
        'De griffier van de commissie, Rijkers',
        'Voorzitter: Grinwis',
      ].join('\n'),
      title: 'De fungerend voorzitter van de commissie / De griffier van de commissie',
    },
    {
      source: 'letters/1091-verslag-bzk-2020-so-burgeramendement.txt: the clerk may be a deputy',
      text: [
        'Bij brief van 9 april 2020 zijn de vragen beantwoord.',
        'De voorzitter van de commissie, Ziengs',
        'De adjunct-griffier van de commissie, Hendrickx',
        'Inhoudsopgave',
      ].join('\n'),
      title: 'De voorzitter van de commissie / De adjunct-griffier van de commissie',
    },
    {
      source:
        'letters/2045-verslag-ienw-2025-so-luchthavenbesluit-eelde.txt: chair and clerk without article',
      text: [
        'Waterstaat voorgelegd. Bij brief van 11 april 2025 zijn de vragen beantwoord.',
        'Voorzitter van de commissie, P. de Groot',
        'Adjunct-griffier van de commissie, Koerselman',
        'I Vragen en opmerkingen vanuit de fracties',
      ].join('\n'),
      title: 'Voorzitter van de commissie / Adjunct-griffier van de commissie',
    },
  ];

  it.each(cases)('$source', ({ text, title }) => {
    const sig = outlineOf(text).filter((e) => e.kind === 'signature');
    expect(sig).toHaveLength(1);
    expect(sig[0]).toMatchObject({ level: 1, title });
    expect(text.slice(sig[0]?.start)).toMatch(/^(?:De |Voorzitter )/);
  });

  it('does not take running text that mentions a minister for a signature (navo)', () => {
    const text = navoLines(
      'Het kabinet zal de Kamer hierover nadere voorstellen doen.',
      'De Ministers besteden ook aandacht aan de situatie in de Westelijke',
      'Balkan en het belang van Kosovo Force (KFOR) voor stabiliteit in Kosovo.',
    );
    expect(titles(outlineOf(text), 'signature')).toEqual([]);
  });
});

describe('isDateLine', () => {
  // The line forms of the head's date line (letters 01, 15, kst-25295-1, the answers 13 and 14), and near
  // misses and the 300-code-unit bound of the search for `(ontvangen …)` (constructed rows).
  it.each([
    ['Den Haag, 17 december 2015', true],
    ["'s-Gravenhage, 3 maart 2010", true],
    ['Rijswijk, 7 april 1997', true],
    ['Zoetermeer 7 april 1997', true],
    ['Vastgesteld 22 maart 2024', true],
    ['Voorgesteld tijdens het Notaoverleg van 15 april 2024', true],
    // 501 (without the hyphen), a curly apostrophe, 495, 590: as the detector reads them.
    ["'s Gravenhage, 4 mei 1999", true],
    ['’s-Gravenhage, 3 maart 2010', true],
    ['Voorgesteld in het Nota-overleg van 12 november 2001', true],
    ['Voorgesteld op 22 november 2011', true], // an Eerste Kamer motion (1832)
    ['Den Haag,13 juli 2018', true], // the space after the comma lost (1933)
    ['Ontvangen 27 oktober 2000', true],
    ['Vastgesteld op 22 mei 2025', true],
    ['Vastgesteld: 2 juli 2013', true],
    ['Vastgesteld 5 oktober', true], // the year left out (812)
    ['Vastgesteld 5 oktober het verslag', false],
    ['Vastgesteld16 april 2010', true],
    ['Antwoord van Minister Ollongren (ontvangen 1 juli 2021). Zie ook Aanhangsel', true],
    ['(ontvangen 1 juli 2021)', true],
    [`${'x'.repeat(260)} (ontvangen 1 juli 2021)`, true],
    [`${'x'.repeat(280)} (ontvangen 1 juli 2021)`, false],
    ['In Den Haag, 17 december 2015', false],
    ['De Minister van Defensie, 17 december 2015', false],
    ['Den Haagse afspraken van 17 december 2015', false],
    ['den Haag, 17 december 2015', false],
    // The older Aanhangsel pages capitalize it (307).
    ['Mededeling van minister Hirsch Ballin (Justitie). (Ontvangen 2 oktober 2008)', true],
    ['Dit is een gewone zin.', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});

describe('a note glued to a heading that ends in capitals', () => {
  // Constructed on the shape of 2426 (`… bij de IND2` between notes 1 and 3), whose heading is too long for its title
  // to show the marker: no fixture has a shorter one.
  const text = (heading: string, after: string): string =>
    paragraphs(
      'In die brief1 hebt u kunnen lezen dat de druk op de Migratieketen onverminderd hoog is.',
      heading,
      `Uw Kamer is eerder geïnformeerd over mogelijke fraudesignalen bij de behandeling van aanvragen.${after} Het onderzoek is uitgevoerd in twee delen.`,
    );
  it.each([
    [
      'the next note after note 1 (constructed): dropped',
      text('Fraude bij de IND2', '3'),
      'Fraude bij de IND',
    ],
    [
      'digits of the word, note 2 comes later (constructed): kept',
      text('Uitstoot van CO2', '2'),
      'Uitstoot van CO2',
    ],
    [
      'digits of the word, no notes at all (constructed): kept',
      text('Uitstoot van CO2', '').replace('brief1', 'brief'),
      'Uitstoot van CO2',
    ],
  ])('%s', (_case, letterText, title) => {
    expect(titles(outlineOf(letterText), 'heading')).toEqual([title]);
  });
});

describe('a heading longer than the wrap width allows, on a line hard wrapping did not break', () => {
  const headings = (name: string): string[] => titles(analyzeOutline(letter(name)), 'heading');
  it.each([
    [
      // 81 characters where the width allows 74: `In` would have fit on the line (88 wide).
      '1008: `Motie Van der Werf – … met behulp van AI2` / `In mei 2024 nam uw Kamer …`',
      '1008-bzk-2025-verzamelbrief-digitalisering-mei.txt',
      'Motie Van der Werf – Meer werkplezier en verminderen werkdruk met behulp van AI',
    ],
    [
      '1211: `Kabinetsinzet twee-statenoplossing …` / `Het kabinet blijft inzetten …`',
      '1211-bz-2022-uawc-onderzoek.txt',
      'Kabinetsinzet twee-statenoplossing en belang Palestijns maatschappelijk…',
    ],
    [
      '2227: `Verstrekking van BRP-gegevens …` / `Er wordt gewerkt aan …`',
      '2227-bzk-2023-stand-van-zaken-brp.txt',
      'Verstrekking van BRP-gegevens op basis van toestemming van de ingeschrevene',
    ],
  ])('finds it: %s', (_case, name, title) => {
    expect(headings(name)).toContain(title);
  });

  it('1008: the motion is the second under `Moties`, a sibling of the first', () => {
    const got = analyzeOutline(letter('1008-bzk-2025-verzamelbrief-digitalisering-mei.txt'))
      .filter((e) => e.kind === 'heading')
      .map((e) => [e.title, e.level]);
    expect(got).toEqual([
      ['Moties', 1],
      ['Motie Ceder – Toegankelijkheid voor zorg en onderwijs', 2],
      ['Motie Van der Werf – Meer werkplezier en verminderen werkdruk met behulp van AI', 2],
    ]);
  });

  it.each([
    [
      // The next word would have fit too (`Zaken`), but the line is a sentence: `zijn`.
      '1563: `De vragen en opmerkingen zijn op 1 oktober 2025 aan de Ministers van Buitenlandse` / `Zaken …`',
      '1563-verslag-euza-2025-so-mfk-emb-voorstellen.txt',
      'De vragen en opmerkingen zijn op 1 oktober 2025 aan de Ministers van',
    ],
    [
      '2227: `Er wordt gewerkt aan een juridische grondslag (experimentbesluit regie op gegevens` / `BRP – SILA) …`',
      '2227-bzk-2023-stand-van-zaken-brp.txt',
      'Er wordt gewerkt aan',
    ],
  ])('takes no sentence for one: %s', (_case, name, opening) => {
    expect(headings(name).filter((t) => t.startsWith(opening))).toEqual([]);
  });
});

describe('a heading that introduces the questions under it ends in a colon', () => {
  const entries = (name: string): Array<[string, string]> =>
    analyzeOutline(letter(name))
      .filter((e) => e.kind === 'heading' || e.kind === 'question')
      .slice(0, 3)
      .map((e) => [e.kind, e.title]);
  it.each([
    [
      // The line with `1` under it ends the table of contents above it: no entry of it.
      '227: `Vragen en antwoorden op het Jaarverslag … Sport:` / `1` / `Hoeveel geld …?`',
      '227-lva-jeugd-en-gezin-2010-jaarverslag-2009.txt',
      [
        ['heading', 'Inhoudsopgave'],
        ['heading', 'Vragen en antwoorden op het Jaarverslag Jeugd & Gezin 2009 – Volksgezondheid…'],
        ['question', 'Vraag 1: Hoeveel geld is er in 2009 door de bureaus jeugdzorg in…'],
      ],
    ],
    [
      '1995: `Vragen SP-fractie:` / `Vraag 1`',
      '1995-venj-2015-locatiebeleid-rechtspraak.txt',
      [
        ['heading', 'Vragen SP-fractie'],
        ['question', 'Vraag 1: Wanneer worden de voorgenomen huisvestingsplannen…'],
      ],
    ],
    [
      '40: `Vragen n.a.v. onderzoek door de Rekenkamer:` / `Vraag 1`',
      '40-szw-2021-jaarverslag-rapporteurs.txt',
      [
        ['heading', 'Vragen n.a.v. onderzoek door de Rekenkamer'],
        ['question', 'Vraag 1: Welke acties onderneemt de Minister om het financieel…'],
      ],
    ],
  ])('%s', (_case, name, expected) => {
    expect(entries(name).slice(0, expected.length)).toEqual(expected);
  });

  it('a sentence that leads into the questions is no heading (constructed on 1995)', () => {
    const text = paragraphs(
      'Hierbij bied ik u de antwoorden aan op de door de fracties gestelde vragen.',
      'De leden van de SP-fractie hebben de volgende vragen:',
      'Vraag 1',
      'Wanneer worden de voorgenomen huisvestingsplannen voor de rechtbanken bekend?',
      'Antwoord 1',
      'De plannen worden in het voorjaar bekendgemaakt.',
    );
    expect(titles(outlineOf(text), 'heading')).toEqual([]);
  });
});

describe('a letter within the paper: its kind line in capitals heads it', () => {
  // [source, letter, the kind line as its title]: the whole letter is read, its own head included.
  it.each([
    [
      '236: the committee’s letter in an Eerste Kamer verslag, addressee and date line under it',
      '236-ek-verslag-vws-2019-donorregistratie-communicatieplan.txt',
      'BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN…',
    ],
    [
      '944: `BRIEF AAN …` with the date line right under it',
      '944-ek-verslag-justitie-2010-voorhang-gedelegeerde-regelgeving.txt',
      'BRIEF AAN DE MINISTER VAN JUSTITIE',
    ],
    [
      '1754: the copy of a letter to the Tweede Kamer after the letter that sends it',
      '1754-ek-bzk-2019-middenhuur-noodknop.txt',
      'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
    ],
    [
      '1796: the committee’s letter in an Eerste Kamer verslag with no `Vastgesteld` line of its own',
      '1796-ek-verslag-fin-2022-staatsagent-klm.txt',
      'BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN',
    ],
    [
      '730: the copy of a letter after the letter that sends it, its kind line the only one in the text',
      '730-ek-buza-2020-eu-informatievoorziening.txt',
      'BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
    ],
  ])('%s', (_source, name, title) => {
    const text = letter(name);
    const entry = analyzeOutline(text).find((e) => e.title === title);
    expect(entry).toMatchObject({ kind: 'heading', level: 1 });
    expect(text.slice(entry?.start)).toMatch(/^(?:ANTWOORD)?BRIEF /);
  });

  // [source, letter, the outline's kinds]: the paper's head ends above its own text, whose parts then show.
  it.each([
    [
      '1796: the head ends at the kind line `H1 VERSLAG …`, not at the date line of the letter printed below',
      '1796-ek-verslag-fin-2022-staatsagent-klm.txt',
      ['header', 'signature', 'heading', 'heading'],
    ],
    [
      '730: the head ends at its own date line, not at the kind line of the letter sent on',
      '730-ek-buza-2020-eu-informatievoorziening.txt',
      ['header', 'signature', 'heading'],
    ],
  ])('%s', (_source, name, kinds) => {
    expect(analyzeOutline(letter(name)).map((e) => e.kind)).toEqual(kinds);
  });

  it('a kind line in capitals without a date line under it heads nothing (236 without its date line)', () => {
    const text = letter('236-ek-verslag-vws-2019-donorregistratie-communicatieplan.txt').replace(
      'Den Haag, 10 april 2019\n\n',
      '',
    );
    expect(analyzeOutline(text).some((e) => e.title.startsWith('BRIEF VAN DE VOORZITTER'))).toBe(false);
  });
});

describe('a question heads a section of a letter, not of a verslag', () => {
  // [source, letter, the heading, its level]: the whole letter is read, so its kind decides.
  it.each([
    [
      '441: a question between paragraphs',
      '441-def-2013-herziening-evaluatie-dmp.txt',
      'Waarom is een herziening noodzakelijk?',
      1,
    ],
    [
      '23: the first section the letter’s outline names',
      '23-mz-2020-gepast-gebruik.txt',
      'Wat is gepast gebruik?',
      1,
    ],
    [
      '128: a numbered question',
      '128-szw-2023-werkloosheid-werknemers.txt',
      '2.1 Welk beleid is geëvalueerd?',
      2,
    ],
    [
      '2524: a numbered title that ends in a question',
      '2524-bzk-2008-notificatieplicht-aivd.txt',
      '2. De notificatieplicht: wat houdt deze in?',
      1,
    ],
  ])('%s', (_source, name, title, level) => {
    expect(analyzeOutline(letter(name)).find((e) => e.title === title)).toMatchObject({
      kind: 'heading',
      level,
    });
  });

  it('in a verslag a question on a line of its own is a member’s question (2014)', () => {
    const text = letter('2014-verslag-fin-2023-toezicht-algemeen-nut.txt');
    expect(text).toContain('Hoeveel fte zal nodig zijn voor adequaat toezicht op ANBI’s?');
    expect(analyzeOutline(text).some((e) => e.title.startsWith('Hoeveel fte'))).toBe(false);
  });
});

// A lijst van vragen en antwoorden whose text lost the numbers its page prints the questions under (a numbered list):
// each question a paragraph that asks, its answer the paragraph under it. They are counted as the page numbers them.
describe('questions without their numbers, in a lijst van vragen en antwoorden', () => {
  const qa = (text: string): Array<[string, string]> =>
    analyzeOutline(text)
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => [e.title, text.slice(e.start, e.start + 30)]);
  // [source, letter, the questions and answers: title and the text they point at]
  it.each([
    [
      '2801: the question ends with the page it is about, `(blz. 2)`; the answer right under it',
      '2801-lva-vws-2000-hoofdlijnen-wet-basisvoorziening-kinderopvang.txt',
      [
        [
          'Vraag 1: GGD Nederland zal een toezichtsprotocol ontwikkelen en…',
          'GGD Nederland zal een toezichts',
        ],
        ['Antwoord 1', 'Het streven is er op gericht da'],
      ],
    ],
    [
      '594: the questions under the committee’s signatures',
      '594-lva-rijksuitgaven-2000-verslaggeving-sociale-verzekeringen.txt',
      [
        [
          'Vraag 1: Kan door de Algemene Rekenkamer worden medegedeeld welke…',
          'Kan door de Algemene Rekenkamer',
        ],
        ['Antwoord 1', 'De staatssecretaris van Sociale'],
      ],
    ],
    [
      '829: two questions, the second of two sentences that ask (`…? Zo ja, welke? (blz. 5)`), its answer of two paragraphs',
      '829-lva-ar-1995-tussentijds-rapport-asielbeleid.txt',
      [
        [
          'Vraag 1: Aan welk soort activiteiten denkt men daar waar gesproken…',
          'Aan welk soort activiteiten den',
        ],
        ['Antwoord 1', 'Het Ntom omschrijft op terugkee'],
        [
          'Vraag 2: Ziet de Algemene Rekenkamer voordelen in het verlenen van…',
          'Ziet de Algemene Rekenkamer voo',
        ],
        ['Antwoord 2', 'Volgens de Rekenkamer was de te'],
      ],
    ],
    [
      '1153: the first question under a heading (`Vragen en antwoorden inzake de vaststelling van de begrotingsstaten …`)',
      '1153-lva-venw-2009-begroting-2010.txt',
      [
        [
          'Vraag 1: Deelt u de mening dat bereikbaarheid een randvoorwaarde is…',
          'Deelt u de mening dat bereikba',
        ],
        ['Antwoord 1', 'Bereikbaarheid is zelfs meer da'],
      ],
    ],
    [
      '1643: an answer that opens with what introduces its table (`De bedragen … zijn als volgt:`)',
      '1643-lva-buza-2004-begroting.txt',
      [
        [
          'Vraag 1: Kunt u een overzicht geven van de omvang van het budget van…',
          'Kunt u een overzicht geven van',
        ],
        ['Antwoord 1', 'De bedragen die voor de genoemd'],
      ],
    ],
  ])('%s', (_source, name, entries) => {
    expect(qa(letter(name))).toEqual(
      entries.map(([title, at]) => [title, (at as string).padEnd(30).slice(0, 30)]),
    );
  });

  it('a question with no answer under it, where the text breaks off, is none of the list (829, cut after question 2)', () => {
    const text = letter('829-lva-ar-1995-tussentijds-rapport-asielbeleid.txt');
    const cut = text.slice(0, text.indexOf('Volgens de Rekenkamer was de te'));
    expect(qa(cut).map(([title]) => title)).toEqual([
      'Vraag 1: Aan welk soort activiteiten denkt men daar waar gesproken…',
      'Antwoord 1',
    ]);
  });

  it('the last line of a question wrapped over lines is no question of its own (constructed, 829 in PDF lines)', () => {
    // `Ziet de` / `Algemene Rekenkamer voordelen …? Zo ja, welke? (blz. 5)`: the line above runs on into it.
    const text = letter('829-lva-ar-1995-tussentijds-rapport-asielbeleid.txt').replace(
      'Ziet de Algemene Rekenkamer',
      'Ziet de\nAlgemene Rekenkamer',
    );
    expect(qa(text).map(([title]) => title)).toEqual([
      'Vraag 1: Aan welk soort activiteiten denkt men daar waar gesproken…',
      'Antwoord 1',
    ]);
  });

  it('leaves a lijst with numbered questions to the numbered rules (1092: `1` / `Is het waar …?`)', () => {
    const titles = qa(letter('1092-lva-def-2022-suppletoire-begroting.txt')).map(([title]) => title);
    expect(titles.slice(0, 2)).toEqual([
      'Vraag 1: Is het waar dat uit de najaarsnota blijkt dat de met de…',
      'Vraag 2: In welk jaar verwacht u de verplichtingen uit de…',
    ]);
  });
});

// A question of lettered sub-questions: `1` / `• a. Wat …?` / `• b. Welke …?`. Each is an entry under the question,
// `Vraag 1a`, as the page prints them.
describe('lettered sub-questions', () => {
  const entries = (name: string) =>
    analyzeOutline(letter(name))
      .filter((e) => e.kind === 'question')
      .map((e) => [e.title, e.level]);
  it.each([
    [
      '1973: a number on its own, its sub-questions a. to f. as bullets',
      '1973-lva-ienm-2014-wandel-fietsnetwerk.txt',
      [
        ['Vraag 1', 1],
        ['Vraag 1a: Wat zijn de financiële consequenties van de uitvoering van…', 2],
        ['Vraag 1b: Welke dekking hebben de initiatiefnemers voor ogen?', 2],
        ['Vraag 1c: Welke verdeling wordt hierbij toegepast tussen overheden?', 2],
        ['Vraag 1d: Is er gesproken met decentrale overheden over dit…', 2],
        ['Vraag 1e: Zo ja, met welke en wat waren de uitkomsten hiervan?', 2],
        // The fixture breaks off inside sub-question f.
        ['Vraag 1f: Zo nee, hoev', 2],
      ],
    ],
    [
      '2864: a question that lists its points lettered (`Wilt u … aangeven:` / `• a. …` / `• e. De prioritering …?`) has no sub-questions',
      '2864-antwoord-ienm-2012-mededeling-mirt-projecten.txt',
      [
        ['Vraag 1: Wilt u voor alle infrastructuurprojecten, die zijn…', 1],
        ['Vraag 2: Kunt deze vragen vóór 16 augustus 2012 beantwoorden?', 1],
      ],
    ],
  ])('%s', (_source, name, expected) => {
    expect(entries(name)).toEqual(expected);
  });
});

// The member who asked, in brackets after the question: `… te financieren? (Van der Burg, PvdA)`.
describe('a question that names its asker', () => {
  it('is a question in a minister’s letter, its answer under it, the name left out of its title (496)', () => {
    const text = letter('496-justitie-1997-taakstraffen-nota-overleg.txt');
    expect(text).toContain('Hoe denkt de minister de nazorg te financieren? (Van der Burg, PvdA)');
    const got = analyzeOutline(text).filter((e) => e.kind === 'question' || e.kind === 'answer');
    expect(got.map((e) => [e.title, text.slice(e.start, e.start + 20).replace(/\s+/g, ' ')])).toEqual([
      ['Vraag 1: Hoe denkt de minister de nazorg te financieren?', '1 Hoe denkt de mini'],
      ['Antwoord 1', 'Tijdens de behandeli'],
    ]);
  });

  it('in a letter a numbered paragraph that asks without naming its asker stays a heading (2524)', () => {
    const outline = analyzeOutline(letter('2524-bzk-2008-notificatieplicht-aivd.txt'));
    expect(outline.some((e) => e.kind === 'question')).toBe(false);
  });
});

// A question with no number, its answer under a bare `Antwoord` label: labelled with the fraction that asks it (`Vraag
// VVD:`), or a fraction's paragraph in a verslag. The questions are counted, titled with the party that asks.
describe('unnumbered questions answered under `Antwoord`', () => {
  const qa = (entries: OutlineEntry[], text: string): Array<[string, string]> =>
    entries
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => [
        e.title,
        text
          .slice(e.start, e.start + 50)
          .replace(/\s+/g, ' ')
          .slice(0, 30),
      ]);
  // [source, letter, the questions and answers: title and the text they point at]
  it.each([
    [
      '2502: `Vraag VVD:` / the question / `Antwoord:`, in a lijst van vragen en antwoorden',
      '2502-lva-vws-2020-incidentele-suppletoire-coronamaatregelen.txt',
      [
        [
          'Vraag 1 (VVD): In de memorie van toelichting lezen de leden dat normaliter…',
          'Vraag VVD: In de memorie van t',
        ],
        ['Antwoord 1', 'Antwoord: Uiteraard heeft het '],
      ],
    ],
    [
      '1723: a fraction’s paragraph that asks, `Antwoord` under it, in a verslag: titled with what it asks',
      '1723-verslag-lnv-2022-informele-landbouwraad.txt',
      [
        [
          'Vraag 1 (VVD): Kan de Minister een appreciatie geven over de signalen ten…',
          'De leden van de VVD-fractie wi',
        ],
        ['Antwoord 1', 'Antwoord Verschillende stiksto'],
      ],
    ],
    [
      '2706: a fraction’s paragraph that ends in a full stop (`Deze leden verzoeken de regering … toe te lichten …`), under a topic’s heading',
      '2706-verslag-lnv-2023-so-landbouw-visserijraad-november.txt',
      [
        ['Vraag 1: De leden van de VVD-fractie hebben vernomen dat er…', 'De leden van de VVD-fractie he'],
        ['Antwoord 1', 'Antwoord Jaarlijks worden de v'],
      ],
    ],
  ])('%s', (_source, name, expected) => {
    const text = letter(name);
    expect(qa(analyzeOutline(text), text)).toEqual(expected);
  });

  // The paragraph above the label as a letter prints it, the kind of paper unknown: it must ask.
  it.each([
    [
      '1723 (its question paragraph only): a paragraph that asks is a question in any paper',
      paragraphs(
        'De leden van de VVD-fractie willen hun zorgen uitspreken over de dalende beschikbaarheid van kunstmest en meststoffen vanwege de hoge energieprijzen en de oorlog in Oekraïne. Kan de Minister een appreciatie geven over de signalen ten aanzien van dalende beschikbaarheid van kunstmest en meststoffen?',
        'Antwoord',
        'Verschillende stikstofkunstmestproducenten in Europa hebben hun productie afgeschaald in verband met de hoge gasprijzen.',
      ),
      ['Vraag 1 (VVD): Kan de Minister een appreciatie geven over de signalen ten…', 'Antwoord 1'],
    ],
    [
      '2706 (its question paragraph only): outside a paper of questions a paragraph that ends in a full stop is none',
      [
        'De leden van de VVD-fractie hebben vernomen dat er gesproken wordt over vangstmogelijkheden',
        'voor 18 visbestanden in de Atlantische Oceaan, het Kattegat en Skagerrak. Deze leden',
        'verzoeken de regering het standpunt van het kabinet in dezen toe te lichten.',
        'Antwoord',
        'Jaarlijks worden de vangstmogelijkheden voor de Atlantische Oceaan en de Noordzee',
        'vastgesteld.',
      ].join('\n'),
      [],
    ],
  ])('%s', (_source, text, expected) => {
    expect(titles(outlineOf(text)).filter((t) => /^(?:Vraag|Antwoord)\b/.test(t))).toEqual(expected);
  });
});

// A verslag of a schriftelijk overleg: the section of all the fractions' questions and each fraction's section under
// it are headings however narrow the text's lines, and so is the kind line of a letter within the paper however many
// committees it names; a table of contents is no part of the head.
describe('the sections of a verslag’s questions, and a letter within it', () => {
  const headings = (name: string): Array<[string, number]> =>
    analyze({ text: letter(name) })
      .outline.filter((e) => e.kind === 'heading')
      .map((e) => [e.title, e.level]);
  it.each([
    [
      '1103: `Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen` (75 characters in a text wrapped at 88) / the fraction’s section',
      '1103-verslag-def-2023-so-navo-defensieministers.txt',
      [
        ['Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen', 1],
        ['Vragen en opmerkingen van de leden van de VVD-fractie', 2],
      ],
    ],
    [
      '1276: the fraction’s section opens with its first question’s number, `1.`, on a line of its own',
      '1276-verslag-ezk-2021-so-mijnbouw-groningen.txt',
      [
        ['Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen', 1],
        ['Vragen en opmerkingen van de leden van de VVD-fractie', 2],
      ],
    ],
    [
      '1521: `… van de leden van de fractie van D66`',
      '1521-verslag-fin-2022-nlfi-inkoop-abn-amro.txt',
      [
        ['Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen', 1],
        ['Vragen en opmerkingen van de leden van de fractie van D66', 2],
      ],
    ],
    [
      '880: `Vragen van de GroenLinks-PvdA fractie` / `1. De leden van de GroenLinks-PvdA-fractie …`',
      '880-verslag-ez-2025-so-raad-concurrentievermogen.txt',
      [
        ['Vragen en opmerkingen vanuit de fracties en reactie van de Minister', 1],
        ['Vragen van de GroenLinks-PvdA fractie', 2],
      ],
    ],
    [
      '51: the fraction’s section (87 characters) under all the fractions’ one, its topic under it',
      '51-verslag-lvvn-2025-landbouw-visserijraad.txt',
      [
        ['Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen', 1],
        ['Vragen en opmerkingen van de leden van de VVD-fractie en reactie van de…', 2],
        ['ICES-adviezen en vangstmogelijkheden', 3],
      ],
    ],
    [
      '616: `PVV-fractie` / `1.` / the question',
      '616-verslag-ienw-2024-so-informele-transportraad-boedapest.txt',
      [['PVV-fractie', 1]],
    ],
    [
      '523: the table of contents under the committee’s opening ends the head; the sections it lists follow',
      '523-verslag-ez-2014-landbouw-visserijraad.txt',
      [
        ['Inhoudsopgave', 1],
        ['I Vragen en opmerkingen vanuit de fracties', 1],
        ['Vragen van de leden van de VVD-fractie', 2],
        ['Zuivelmarkt', 3],
        ['Afrikaanse varkenspest', 3],
      ],
    ],
    [
      '713: `BRIEF VAN DE VOORZITTERS VAN DE VASTE COMMISSIES VOOR … KLIMAAT/LANDBOUW, NATUUR EN VOEDSELKWALITEIT` (166 characters)',
      '713-ek-verslag-vro-2023-omgevingswet-nader-so.txt',
      [['BRIEF VAN DE VOORZITTERS VAN DE VASTE COMMISSIES VOOR INFRASTRUCTUUR…', 1]],
    ],
    [
      '620: `BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL / JBZ-RAAD`',
      '620-ek-verslag-jenv-2023-staat-van-migratie-coa.txt',
      [['BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL /…', 1]],
    ],
    [
      '2706 (unchanged): the fraction’s section with the government’s answers in it, its topic under it',
      '2706-verslag-lnv-2023-so-landbouw-visserijraad-november.txt',
      [
        ['Vragen en opmerkingen van de leden van de VVD-fractie en reactie van de…', 1],
        ['Vangstmogelijkheden Atlantische Oceaan en Noordzee', 2],
      ],
    ],
  ])('%s', (_source, name, expected) => {
    expect(headings(name)).toEqual(expected);
  });
});

// Numbered lines one after another, numbered in turn with nothing between them, are a list's items or a table of
// contents without its title, not sections: a section holds text before the next begins.
// A BNC fiche after the letter that sends it: its fields (`a) Titel voorstel` / the value) are no wrapped lines, and
// the fiches the letter lists, each under the label `Fiche:`, are no sections.
describe('the sections of a BNC fiche after its letter', () => {
  const headings = (name: string): string[] => titles(analyze({ text: letter(name) }).outline, 'heading');
  it.each([
    [
      '2265: `Fiche: …` lines listed in the letter; `Fiche: Raadsaanbeveling …` / `1. Algemene gegevens` / `a) Titel voorstel` … `g) Eerstverantwoordelijk ministerie` / `Ministerie van Justitie en Veiligheid` / `2. Essentie voorstel`',
      '2265-buza-2022-bnc-fiche-operationele-politiesamenwerking.txt',
      [
        'Fiche: Raadsaanbeveling operationele politiesamenwerking',
        '1. Algemene gegevens',
        '2. Essentie voorstel',
      ],
    ],
    [
      '170: the same layout, the first fiche listed without its Kamerstuk (`Fiche: Mededeling Nieuwe Europese Innovatie Agenda`)',
      '170-buza-2022-bnc-fiche-innovatieagenda.txt',
      ['Fiche: Mededeling Nieuwe Europese Innovatie Agenda', '1. Algemene gegevens', '2. Essentie voorstel'],
    ],
  ])('%s', (_source, name, expected) => {
    expect(headings(name)).toEqual(expected);
  });
});

// An annex after a letter's signature opens with its title; its sections stand under the title, even when a paragraph
// comes between them (a stack of headings right under a title was nested already, 1106). The title has three words at
// least: `Inleiding` or `Vragen` after a committee's signature opens a section of the paper itself.
describe('the sections of an annex stand under its title', () => {
  const levels = (name: string): Array<[string, number]> =>
    analyze({ text: letter(name) })
      .outline.filter((e) => e.kind === 'heading')
      .map((e) => [e.title, e.level]);
  it.each([
    [
      '1102: `GEANNOTEERDE AGENDA VAN DE NAVO TOP IN VILNIUS VAN 11 EN 12 JULI 2023` / `Op 11 en 12 juli komen …` / `Agenda`',
      '1102-buza-def-2023-geannoteerde-agenda-navo-top-vilnius.txt',
      [
        ['GEANNOTEERDE AGENDA VAN DE NAVO TOP IN VILNIUS VAN 11 EN 12 JULI 2023', 1],
        ['Agenda', 2],
      ],
    ],
    [
      '83: `GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN VAN 17 FEBRUARI 2020` / `Op maandag …` / `Current affairs` / `Sahel`',
      '83-buza-2020-geannoteerde-agenda-rbz.txt',
      [
        ['GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN VAN 17 FEBRUARI 2020', 1],
        ['Current affairs', 2],
        ['Sahel', 3],
      ],
    ],
    [
      '216: a report in mixed case, `Verslag OVSE Ministeriële Raad 5 en 6 december 2024` / … / `Besluiten` / … / `Plenaire sessie`',
      '216-buza-2024-verslag-ovse-ministeriele-raad.txt',
      [
        ['Verslag OVSE Ministeriële Raad 5 en 6 december 2024', 1],
        ['Besluiten', 2],
        ['Plenaire sessie', 2],
      ],
    ],
    [
      '400: numbered sections under the title, `TUSSENTIJDSE ONTBINDING VAN GEMEENTERADEN` / `1. Inleiding` / `Aanleiding voor deze notitie`',
      '400-bzk-2000-tussentijdse-ontbinding-gemeenteraden.txt',
      [
        ['TUSSENTIJDSE ONTBINDING VAN GEMEENTERADEN', 1],
        ['1. Inleiding', 2],
        ['Aanleiding voor deze notitie', 3],
      ],
    ],
    [
      '1552: `Inleiding` after the committee’s signature is the paper’s own section; `Vragen en antwoorden` its sibling',
      '1552-lva-ienw-2024-vth-stelsel.txt',
      [
        ['Inleiding', 1],
        ['Vragen en antwoorden', 1],
      ],
    ],
  ])('%s', (_source, name, expected) => {
    expect(levels(name)).toEqual(expected);
  });
});

describe('the section numbered next after the last numbered heading', () => {
  const headings = (name: string): string[] => titles(analyze({ text: letter(name) }).outline, 'heading');
  it.each([
    [
      '1366: after a list of lettered items (`d. Betere afstemming vraag en aanbod in de pleegzorg` / `2. Uitgangspunten pleegzorg`)',
      '1366-vws-2005-pleegzorg.txt',
      ['1. Inleiding', '2. Uitgangspunten pleegzorg'],
    ],
  ])('%s', (_source, name, expected) => {
    expect(headings(name)).toEqual(expected);
  });
});

describe('a run of numbered lines is no run of headings', () => {
  const headings = (name: string): string[] => titles(analyze({ text: letter(name) }).outline, 'heading');
  it.each([
    [
      '2407: `… gericht op drie hoofdpunten.` / `1. Beschikbaarheid van geneesmiddelen` / `2. Innovatie …` / `3. Weerbaarheid` / `Naast deze drie hoofdpunten …`',
      '2407-vws-2025-raadsmandaat-europese-geneesmiddelenwetgeving.txt',
      ['Inzet Nederland in de onderhandelingen'],
    ],
    [
      '2676: a table of contents without its title, `1. Inleiding` / `2. Inhoud van het voorstel` / `2.1 Aanleiding` / `2.2 Taken` …',
      '2676-nota-jenv-2023-wet-verwerking-persoonsgegevens-nctv.txt',
      ['ALGEMEEN DEEL'],
    ],
    [
      '682: a table of contents without its title that skips numbers, each entry with its page: `8. Flexibiliteit 5` / `10. Staatsnoodrecht 7` / `De leden van de CDA-fractie …`',
      '682-verslag-bzk-2009-invoeringswet-openbare-lichamen-bes.txt',
      [],
    ],
    [
      '1138 (guard): numbered sections with their text between them stay headings',
      '1138-vws-2012-wmo-begeleiding-amendementen.txt',
      ['1. Amendement nr. 6 (SP)', 'Reactie', '2. Amendement nr. 10 (GL, D66 en PvdA)', 'Reactie'],
    ],
  ])('%s', (_source, name, expected) => {
    expect(headings(name)).toEqual(expected);
  });
});

// A fraction's question in a verslag wrapped without blank lines, `Antwoord` under it: nothing but the fraction's
// voice or a heading tells where the question's paragraph opens. The corpus's one such verslag (2706) opens its
// question with `De leden van de VVD-fractie …`; the rows that open it otherwise are constructed from it.
describe('a fraction’s question in a verslag wrapped without blank lines', () => {
  const text = letter('2706-verslag-lnv-2023-so-landbouw-visserijraad-november.txt');
  const opening =
    'De leden van de VVD-fractie hebben vernomen dat er gesproken wordt over vangstmogelijkheden';
  const qa = (input: string): Array<[string, string]> =>
    analyzeOutline(input)
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => [e.title, input.slice(e.start, e.start + 30).replace(/\s+/g, ' ')]);
  it.each([
    [
      '2706: the question opens with `De leden van de VVD-fractie …`',
      text,
      [
        ['Vraag 1: De leden van de VVD-fractie hebben vernomen dat er…', 'De leden van de VVD-fractie he'],
        ['Antwoord 1', 'Antwoord Jaarlijks worden de v'],
      ],
    ],
    [
      '2706 (constructed: `Ook hebben zij vernomen …`): a sentence in the fraction’s voice that opens a line',
      text.replace(opening, 'Ook hebben zij vernomen dat er gesproken wordt over vangstmogelijkheden'),
      [
        ['Vraag 1: Ook hebben zij vernomen dat er gesproken wordt over…', 'Ook hebben zij vernomen dat er'],
        ['Antwoord 1', 'Antwoord Jaarlijks worden de v'],
      ],
    ],
    [
      '2706 (constructed: `Voorts lezen deze leden …`)',
      text.replace(opening, 'Voorts lezen deze leden dat er gesproken wordt over vangstmogelijkheden'),
      [
        ['Vraag 1: Voorts lezen deze leden dat er gesproken wordt over…', 'Voorts lezen deze leden dat er'],
        ['Antwoord 1', 'Antwoord Jaarlijks worden de v'],
      ],
    ],
    [
      '2706 (constructed: no voice, `Er wordt gesproken …`): the topic’s heading above bounds the question',
      text.replace(opening, 'Er wordt in de Raad gesproken over de vangstmogelijkheden van visbestanden'),
      [
        [
          'Vraag 1: Er wordt in de Raad gesproken over de vangstmogelijkheden…',
          'Er wordt in de Raad gesproken ',
        ],
        ['Antwoord 1', 'Antwoord Jaarlijks worden de v'],
      ],
    ],
    [
      '2706 (constructed: no voice, the heading gone): the question opens with the fraction’s opening above',
      text
        .replace(opening, 'Er wordt in de Raad gesproken over de vangstmogelijkheden van visbestanden')
        .replace('Vangstmogelijkheden Atlantische Oceaan en Noordzee\n', ''),
      [
        [
          'Vraag 1: De leden van de VVD-fractie hebben kennisgenomen van de…',
          'De leden van de VVD-fractie he',
        ],
        ['Antwoord 1', 'Antwoord Jaarlijks worden de v'],
      ],
    ],
    [
      '2706 (constructed: no voice, the heading line a wrapped sentence’s, no sentence ending above it): no question',
      text
        .replace(opening, 'Er wordt in de Raad gesproken over de vangstmogelijkheden van visbestanden')
        .replace('leden nog enkele vragen en opmerkingen.', 'leden nog enkele vragen en opmerkingen over de'),
      [],
    ],
    [
      '2706 (constructed: `zij` inside a sentence that opens no line): no voice, the heading bounds the question',
      text.replace(opening, 'Zo hebben ook zij vernomen dat er gesproken wordt over vangstmogelijkheden'),
      [
        [
          'Vraag 1: Zo hebben ook zij vernomen dat er gesproken wordt over…',
          'Zo hebben ook zij vernomen dat',
        ],
        ['Antwoord 1', 'Antwoord Jaarlijks worden de v'],
      ],
    ],
  ])('%s', (_source, input, expected) => {
    expect(qa(input)).toEqual(expected);
  });
});

// A verslag's numbered paragraph in the fraction's voice is its question however it ends (a statement, `Deze leden
// vragen aan de Minister om …`, or a question the fixture cuts off before its `?`); one that opens otherwise must ask.
describe('a verslag’s numbered question in the fraction’s voice', () => {
  const questions = (name: string): string[] => titles(analyze({ text: letter(name) }).outline, 'question');
  it.each([
    [
      '616: `1.` / `De leden van de PVV-fractie constateren … Deze leden vragen aan de Minister om deze agenda … te doen toekomen.`',
      '616-verslag-ienw-2024-so-informele-transportraad-boedapest.txt',
      ['Vraag 1: De leden van de PVV-fractie constateren dat er nog geen…'],
    ],
    [
      '1834: `1. De leden van de VVD-fractie constateren dat in 2022 …` on the number’s line',
      '1834-verslag-szw-2023-jaarplan-arbeidsinspectie.txt',
      ['Vraag 1: De leden van de VVD-fractie constateren dat in 2022 de…'],
    ],
    [
      '1276: `1.` / `De leden van de VVD-fractie waarderen het …`, its `?` inside a line',
      '1276-verslag-ezk-2021-so-mijnbouw-groningen.txt',
      ['Vraag 1: De leden van de VVD-fractie waarderen het dat de Minister…'],
    ],
    [
      '2187: `2. Hoe verhoudt de belastingdruk …` cut off before its `?`: no voice, no question',
      '2187-ek-verslag-fin-2025-toekomstig-stelsel-box-3.txt',
      ['Vraag 1: De leden van de fractie van GroenLinks-PvdA maken zich…'],
    ],
  ])('%s', (_source, name, expected) => {
    expect(questions(name)).toEqual(expected);
  });

  it('outside a paper of questions the voice proves nothing: 616’s text, its kind unknown, has no question', () => {
    const text = letter('616-verslag-ienw-2024-so-informele-transportraad-boedapest.txt');
    expect(titles(outlineOf(text), 'question')).toEqual([]);
  });
});

// 616 wraps its notice (`Bij brief van 18 september 2024 zijn` / `de vragen beantwoord.`) and its text without blank
// lines: the answer to its numbered question in the fraction's voice opens on the line after the fraction asked.
describe('the unlabelled answer to a verslag’s numbered question, in a text without blank lines', () => {
  const text = letter('616-verslag-ienw-2024-so-informele-transportraad-boedapest.txt');
  const qa = (input: string): Array<[string, string]> =>
    analyzeOutline(input)
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => [e.title, input.slice(e.start, e.start + 25)]);
  const question: [string, string] = [
    'Vraag 1: De leden van de PVV-fractie constateren dat er nog geen…',
    '1.\nDe leden van de PVV-fr',
  ];
  it.each([
    [
      '616: `Deze leden vragen aan de Minister om deze agenda …` / `De agenda voor de informele bijeenkomst …`',
      text,
      [question, ['Antwoord 1', 'De agenda voor de informe']],
    ],
    [
      '616 with the fraction’s remark before it asks (constructed: `Deze leden lezen …`): no answer',
      text.replace('Deze leden vragen aan de Minister om', 'Deze leden lezen dat de Minister'),
      [question],
    ],
  ])('%s', (_source, input, expected) => {
    expect(qa(input)).toEqual(expected);
  });
});

// A verslag that holds the government's answers (`Bij brief van … zijn de vragen beantwoord.`, `… en reactie van de
// Minister`) prints the answer to a fraction's numbered question straight under it, without a label: the first
// paragraph that speaks in no fraction's voice, asks nothing and is a sentence. The rows without the answers' notice,
// with the answer in the fraction's voice or asking, and with a table under the question are constructed from 1834.
describe('the unlabelled answer to a verslag’s numbered question in the fraction’s voice', () => {
  const text = letter('1834-verslag-szw-2023-jaarplan-arbeidsinspectie.txt');
  const answer = 'Het vorige kabinet heeft in het regeerakkoord 2017–2021 € 50.5 miljoen vrijgemaakt';
  const qa = (input: string): Array<[string, string]> =>
    analyzeOutline(input)
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => [e.title, input.slice(e.start, e.start + 25)]);
  const question: [string, string] = [
    'Vraag 1: De leden van de VVD-fractie constateren dat in 2022 de…',
    '1. De leden van de VVD-fr',
  ];
  it.each([
    [
      '1834: `1. De leden van de VVD-fractie … vragen de Minister welke meetbare effecten … heeft opgeleverd.` / `Het vorige kabinet heeft …`',
      text,
      [question, ['Antwoord 1', 'Het vorige kabinet heeft ']],
    ],
    [
      '1834 without the notice that the answers stand in it: no answer',
      text
        .replace('Bij brief van 8 februari 2023 zijn de vragen beantwoord.', '')
        .replace('vanuit de fracties en reactie van de Minister', 'vanuit de fracties'),
      [question],
    ],
    [
      '1834 with the paragraph in the fraction’s voice: the question’s own, no answer',
      text.replace(
        answer,
        'Deze leden lezen dat het vorige kabinet in het regeerakkoord 2017–2021 € 50.5 miljoen heeft vrijgemaakt',
      ),
      [question],
    ],
    [
      '1834 with the paragraph asking: the question’s own, no answer',
      text.replace(
        answer,
        'Heeft het vorige kabinet in het regeerakkoord 2017–2021 € 50.5 miljoen vrijgemaakt?',
      ),
      [question],
    ],
    [
      '1834 with the table right under the question: a cell (`Doel`) is no answer',
      text.replace(/\n\nHet vorige kabinet heeft[^\n]*/, ''),
      [question],
    ],
  ])('%s', (_source, input, expected) => {
    expect(qa(input)).toEqual(expected);
  });
});

// A verslag whose notice says the questions were answered, and whose answers stand under the questions (`… en reactie
// van de bewindspersonen`, or no part of their own), prints a fraction's question and the government's answer without
// numbers or labels: the answer is the first passage after the question asked that speaks in no fraction's voice, asks
// nothing and ends a sentence, with no question before the fraction speaks again. The rows marked constructed change
// one line of the letter to show what keeps an answer out.
describe('a verslag’s questions and answers without numbers or labels', () => {
  const qa = (input: string): Array<[string, string]> =>
    analyzeOutline(input)
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => [e.title, input.slice(e.start, e.start + 30)]);
  const abn = letter('1521-verslag-fin-2022-nlfi-inkoop-abn-amro.txt');
  const mest = letter('2554-verslag-ez-2017-so-mestbeleid.txt');
  const abnAnswer: Array<[string, string]> = [
    [
      'Vraag 1 (D66): Deze leden vragen naar de relatie tussen de inkoop van…',
      'Deze leden vragen naar de rela',
    ],
    ['Antwoord 1', 'Door het inkoopprogramma van E'],
  ];
  it.each([
    [
      '1521: the fraction asks in a full stop (`Deze leden vragen naar de relatie …`), `Door het inkoopprogramma …` answers',
      abn,
      abnAnswer,
    ],
    [
      '2554: one paragraph a line, the fraction named in the heading above (`… van de leden van de VVD-fractie`)',
      mest,
      [
        [
          'Vraag 1 (VVD): Kan de Staatssecretaris aangeven wat de huidige stand van…',
          'Kan de Staatssecretaris aangev',
        ],
        ['Antwoord 1', 'Er bestaat al geruime tijd een'],
      ],
    ],
    [
      '1713: `Ik verwacht uw Kamer …` answers; the next paragraph, `De Minister schrijft … ?`, is the next question',
      letter('1713-verslag-ezk-2018-sde-plus.txt'),
      [
        [
          'Vraag 1 (VVD): Kan de Minister een preciezere indicatie geven van wanneer…',
          'De leden van de VVD-fractie le',
        ],
        ['Antwoord 1', 'Ik verwacht uw Kamer hierover '],
      ],
    ],
    [
      '1267: `Allereerst willen zij vragen waarom …`; `het lid Lodders` in the answer is no fraction’s voice',
      letter('1267-verslag-ez-2015-vogelgriep.txt'),
      [
        ['Vraag 1: De leden van de VVD-fractie hebben kennisgenomen van…', 'De leden van de VVD-fractie he'],
        ['Antwoord 1', 'Zoals aangegeven in de antwoor'],
      ],
    ],
    [
      '833: `Ook willen deze leden weten hoe de Minister dit proces beoordeelt.` / `Ik acht deze doelen realistisch …`',
      letter('833-verslag-ienw-2023-so-fiche-emissienormen-zware-bedrijfsvoertuigen.txt'),
      [
        [
          'Vraag 1: De leden van de VVD-fractie lezen dat de fabrikanten van…',
          'De leden van de VVD-fractie le',
        ],
        ['Antwoord 1', 'Ik acht deze doelen realistisc'],
      ],
    ],
    [
      '2373: the notice names who answered (`zijn de vragen door de Minister voor Milieu en Wonen beantwoord.`); the paragraph under the question answers it',
      letter('2373-verslag-bzk-2019-so-aanvullingsbesluit-bodem.txt'),
      [
        [
          'Vraag 1 (VVD): Waarom kiest de regering niet voor de mogelijkheid om de…',
          'Het Aanvullingsbesluit Bodem v',
        ],
        ['Antwoord 1', 'Voor een goede voorbereiding o'],
      ],
    ],
    [
      '2291: `I. Vragen en opmerkingen vanuit de fracties`, a part of the fractions’ own: the answers may follow them all',
      letter('2291-verslag-szw-2019-so-evaluatie-remigratiewet.txt'),
      [],
    ],
    [
      '1521 without the notice that the questions were answered (constructed): no answer',
      abn
        .replace('Bij brief van 16 mei 2022 zijn de vragen beantwoord.', '')
        .replace('vanuit de fracties en reactie van de bewindspersonen', 'vanuit de fracties'),
      [],
    ],
    [
      '1521 with the answers in a part of their own (constructed: `… vanuit de fracties` alone): no answer',
      abn.replace('vanuit de fracties en reactie van de bewindspersonen', 'vanuit de fracties'),
      [],
    ],
    [
      '1521 with the fraction announcing its questions only (constructed: `Deze leden lezen …`): it has not asked yet',
      abn.replace('Deze leden vragen naar de relatie', 'Deze leden lezen over de relatie'),
      [],
    ],
    [
      '1521 with a question after the statement, before the fraction speaks again (constructed): the fraction’s remark',
      abn.replace(
        'voldoende kapitaal zal hebben om haar strategie te kunnen uitvoeren.',
        'voldoende kapitaal zal hebben om haar strategie te kunnen uitvoeren?',
      ),
      [],
    ],
    [
      '2554 with the answer in the fraction’s voice (constructed: `Zij lezen dat …`): the question’s own',
      mest.replace('Er bestaat al geruime tijd', 'Zij lezen dat er al geruime tijd'),
      [],
    ],
  ])('%s', (_source, input, expected) => {
    expect(qa(input)).toEqual(expected);
  });
});

// A numbered question whose text ends in a full stop by a typo, between numbered questions that ask: the numbers on
// both sides prove it, its answer the paragraph under it. Several in a row fill the gap when they are its numbers one
// each; no corpus letter has two in a row, so that row is constructed from 543.
describe('a numbered question that ends no question, between two that do', () => {
  const qa = (text: string): Array<[string, string]> =>
    analyzeOutline(text)
      .filter((e) => e.kind === 'question' || e.kind === 'answer')
      .map((e) => [e.title, input(text, e.start)]);
  const input = (text: string, at: number): string =>
    text
      .slice(at, at + 40)
      .replace(/\s+/g, ' ')
      .slice(0, 25);
  const text = letter('543-lva-kr-2008-jaarverslag-koninkrijksrelaties.txt');
  it.each([
    [
      '543: `1` / `Hoeveel geld zit er nog in het pensioenfonds van de Nederlandse Antillen.` / its answer, then `2` that asks',
      text,
      [
        ['Vraag 1: Hoeveel geld zit er nog in het pensioenfonds van de…', '1 Hoeveel geld zit er nog'],
        ['Antwoord 1', 'Ultimo december 2007 bedr'],
        ['Vraag 2: Hoeveel geld staat er precies op de rekeningen voor de…', '2 Hoeveel geld staat er p'],
        ['Antwoord 2', 'Conform overgangsakkoord '],
        ['Vraag 3: Kan in een meerjarig financieel overzicht inzicht worden…', '3 Kan in een meerjarig fi'],
        ['Antwoord 3', 'In de meerjarenraming van'],
      ],
    ],
    [
      '543 (constructed: question 1 a title that ends no sentence, `Pensioenfonds`): no question',
      text.replace(
        'Hoeveel geld zit er nog in het pensioenfonds van de Nederlandse Antillen.',
        'Pensioenfonds',
      ),
      [
        ['Vraag 2: Hoeveel geld staat er precies op de rekeningen voor de…', '2 Hoeveel geld staat er p'],
        ['Antwoord 2', 'Conform overgangsakkoord '],
        ['Vraag 3: Kan in een meerjarig financieel overzicht inzicht worden…', '3 Kan in een meerjarig fi'],
        ['Antwoord 3', 'In de meerjarenraming van'],
      ],
    ],
    [
      '543 (constructed: question 2 numbered 4): the number before a question must be the one missing, no question',
      text.replace('\n2\n', '\n4\n'),
      [
        ['Vraag 4: Hoeveel geld staat er precies op de rekeningen voor de…', '4 Hoeveel geld staat er p'],
        ['Antwoord 4', 'Conform overgangsakkoord '],
      ],
    ],
    [
      '543 (constructed: question 2 ends in a full stop too): both fill the gap before question 3, one number each',
      text.replace(
        'voor de schuldsanering bij de Bank Nederlandse Antillen?',
        'voor de schuldsanering bij de Bank Nederlandse Antillen.',
      ),
      [
        ['Vraag 1: Hoeveel geld zit er nog in het pensioenfonds van de…', '1 Hoeveel geld zit er nog'],
        ['Antwoord 1', 'Ultimo december 2007 bedr'],
        ['Vraag 2: Hoeveel geld staat er precies op de rekeningen voor de…', '2 Hoeveel geld staat er p'],
        ['Antwoord 2', 'Conform overgangsakkoord '],
        ['Vraag 3: Kan in een meerjarig financieel overzicht inzicht worden…', '3 Kan in een meerjarig fi'],
        ['Antwoord 3', 'In de meerjarenraming van'],
      ],
    ],
    [
      '543 (constructed: question 2 ends in a full stop and is numbered 1 again): the numbers do not fill the gap, no question before 3',
      text
        .replace(
          'voor de schuldsanering bij de Bank Nederlandse Antillen?',
          'voor de schuldsanering bij de Bank Nederlandse Antillen.',
        )
        .replace('\n2\n', '\n1\n'),
      [
        ['Vraag 3: Kan in een meerjarig financieel overzicht inzicht worden…', '3 Kan in een meerjarig fi'],
        ['Antwoord 3', 'In de meerjarenraming van'],
      ],
    ],
  ])('%s', (_source, input, expected) => {
    expect(qa(input).slice(0, expected.length)).toEqual(expected);
  });
});
