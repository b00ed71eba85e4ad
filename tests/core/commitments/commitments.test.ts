import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import type { DocumentKind } from '../../../src/core/types';
import { letter, NAVO_LETTER_DATE, navoText } from '../dates/letters';

function commitments(
  original: string,
  ref: string | null,
  kind: DocumentKind | null = null,
): { text: string; due: string | null }[] {
  const text = normalizeText(original);
  return findCommitments(text, findDates(text, ref), ref, undefined, kind).map((c) => ({
    text: c.text.replace(/\s+/g, ' '),
    due: c.due,
  }));
}

// Real sentences: NAVO = the NAVO letter; NN = tests/fixtures/letters/letters/NN-*.
const promises: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'ontvangt uw Kamer (NAVO)',
    'Binnenkort \nontvangt uw Kamer een brief waarin de Defensie Industrie Strategie \n(2018) in de actuele geopolitieke context wordt geplaatst.',
    NAVO_LETTER_DATE,
    null,
  ],
  [
    'ontvangt uw Kamer after a clause (NAVO)',
    'Nadat de Ministers het \nrapport tijdens de bijeenkomst hebben vastgesteld, ontvangt uw Kamer \neen brief over de DPCR.',
    NAVO_LETTER_DATE,
    null,
  ],
  [
    'zal het kabinet … voorstellen doen (NAVO)',
    'Het kabinet zal de Kamer hierover nadere voorstellen doen.',
    NAVO_LETTER_DATE,
    null,
  ],
  [
    'streeft ernaar, with its due month (NAVO)',
    'Het kabinet streeft ernaar om in november 2022 meer \nduidelijkheid te hebben over de wenselijkheid.',
    NAVO_LETTER_DATE,
    '2022-11',
  ],
  [
    'zal … nader informeren; a cited date is no due date (NAVO)',
    'Zoals gesteld in de kennisgevingsbrief (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022) zal het kabinet, zodra het onderzoek daartoe aanleiding geeft, de Kamer hierover nader informeren.',
    NAVO_LETTER_DATE,
    null,
  ],
  [
    'In Q1 2026 ontvangt uw Kamer (12): by the end of the quarter',
    'In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage in de Strategische\nActieagenda Industrie, Innovatie en Kennis voor Defensie (STRAIIK-D).',
    '2025-10-06',
    '2026-03',
  ],
  [
    'zal ik u … rapporteren; a past letter date is no due date (03)',
    'Zoals ik heb toegezegd in mijn brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) zal ik u over de voortgang van het wetgevingsprogramma twee keer per jaar apart rapporteren.',
    '2016-06-29',
    null,
  ],
  [
    'Voortaan zal ik, zoals met Uw Kamer … (06)',
    'Voortaan zal ik, zoals met Uw Kamer tijdens het Algemeen Overleg besproken, vooraf in de Geannoteerde Agenda van de Raad ingaan op mijn voorgenomen aanwezigheid bij de betreffende Raad.',
    '2019-10-10',
    null,
  ],
  [
    'expects, in a clause, to be able to inform (2020)',
    'Ik verwacht dat ik, samen met de Staatssecretaris van Economische Zaken en Klimaat, u voor het einde van dit jaar kan informeren hoe wij verder werken.',
    '2019-06-06',
    '2019-12',
  ],
  [
    'the expectation is that the minister can send (558)',
    'De verwachting is nu, dat ik u over enige maanden het standpunt in dezen kan toezenden.',
    '1997-02-26',
    null,
  ],
  [
    'u before the passive future (519)',
    'Zoals eerder aan uw Kamer gemeld, wordt deze evaluatie betrokken bij de voorbereiding van het kabinetsstandpunt over de «toekomst zorg voor jeugd», dat u begin 2010 zal worden toegestuurd.',
    '2009-11-02',
    '2010-01',
  ],
  [
    'uw Kamer before the passive future (2347)',
    'Uw reactie zal in overweging worden genomen bij de vaststelling van de definitieve kabinetsreactie die na vaststelling aan de Europese Commissie en uw Kamer zal worden gestuurd.',
    '2024-03-01',
    null,
  ],
  [
    'reported to parliament, in the passive future (1015)',
    'Na deze rapportage zal tot de jaarwisseling nog éénmaal aan Uw Kamer worden gerapporteerd naar de stand eind november/begin december 1999.',
    '1999-10-05',
    '1999-12-31',
  ],
  [
    'in de loop van a year is when, not a paper of that day (50)',
    'In de loop van 2020 zal ik uw Kamer nader informeren over de besteding van het tweedepijlerbudget voor 2021.',
    '2019-12-18',
    '2020',
  ],
  [
    'a year the papers are about is no due date (207)',
    'Om uw Kamer goed te informeren over de ambities van de Belastingdienst, de realisatie daarvan en de daarbij gemaakte keuzes over 2022, ontvangt uw Kamer nog de volgende relevante stukken:',
    '2022-09-02',
    null,
  ],
  [
    'Ik zal uw Kamer voor de zomer informeren',
    'Ik zal uw Kamer voor de zomer informeren over de uitkomsten.',
    '2022-09-30',
    '2023-06',
  ],
  [
    'present tense with a future cue',
    'Ik informeer uw Kamer voor het zomerreces over de stand van zaken.',
    '2023-01-15',
    '2023-07',
  ],
  ['comes back to it', 'Ik kom hier in het najaar van 2023 op terug.', '2023-01-15', '2023-11'],
  ['keeps parliament informed', 'Ik houd uw Kamer op de hoogte van de voortgang.', '2023-01-15', null],
  [
    'volgend with a time points forward',
    'Uw Kamer wordt volgend jaar geïnformeerd over de evaluatie.',
    '2023-01-15',
    '2024',
  ],
  [
    'passive with a date',
    'Uw Kamer wordt uiterlijk 1 maart 2023 geïnformeerd over de evaluatie.',
    '2023-01-15',
    '2023-03-01',
  ],
  // Parliament first, with a word for later.
  [
    'U ontvangt … voor het zomerreces (285)',
    'U ontvangt de voortgangsbrief voor het zomerreces.',
    '2021-06-22',
    '2021-07',
  ],
  [
    'Uw Kamer ontvangt … voor de zomer (1008)',
    'Uw Kamer ontvangt deze Werkagenda voor de zomer van mijn collega, de Staatssecretaris Langdurige Maatschappelijke Zorg.',
    '2025-05-13',
    '2025-06',
  ],
  [
    'De Kamer ontvangt … voor de zomer van 2023 (1665)',
    'De Kamer ontvangt voor de zomer van 2023 een overzicht over de stand van zaken.',
    '2022-12-01',
    '2023-06',
  ],
  // `te kunnen informeren`, `te kunnen aanbieden`.
  [
    'Ik verwacht … te kunnen informeren (1134)',
    'Ik verwacht uw Kamer uiterlijk eind mei nader te kunnen informeren.',
    '2014-04-14',
    '2014-05',
  ],
  [
    'Ik verwacht … in februari te kunnen informeren (1713, a verslag quoting the letter)',
    'Ik verwacht uw Kamer hierover in februari te kunnen informeren.',
    '2018-01-16',
    '2018-02',
  ],
  [
    'Ik verwacht u … te kunnen aanbieden (641)',
    'Ik verwacht u begin juni de kabinetsreactie op het evaluatierapport te kunnen aanbieden.',
    '2018-04-26',
    '2018-06',
  ],
  // The verb last, in a clause.
  [
    'ik zeg u toe dat ik … zal doen toekomen (1171)',
    'Ik vertrouw op uw begrip hiervoor en ik zeg u toe dat ik u de antwoorden op de 47 vragen zo spoedig mogelijk zal doen toekomen.',
    '2012-02-21',
    null,
  ],
  [
    'die we uw Kamer volgend voorjaar zullen toezenden (336)',
    'Komende periode willen wij in gesprek met deze partijen komen tot een Beleidsagenda Jeugd die we uw Kamer volgend voorjaar zullen toezenden.',
    '2017-11-27',
    '2018-05',
  ],
  [
    'de brief die ik u daarover zal sturen (2475)',
    'Dat advies neem ik mee in de brief die ik u daarover zal sturen.',
    '2003-12-10',
    null,
  ],
  // Sent to parliament, in the passive.
  [
    'zal … aan uw Kamer worden gezonden (1664)',
    'Daarop zal het onderzoek aan uw Kamer worden gezonden.',
    '2015-02-12',
    null,
  ],
  [
    'zal … aan de kamer worden aangeboden (1737)',
    'De verkenning naar een nieuw stelsel zal met een separate brief aan de kamer worden aangeboden.',
    '2021-06-03',
    null,
  ],
  [
    'zal u daarna worden toegezonden (2551)',
    'Dit convenant wordt waarschijnlijk binnenkort afgerond en zal u daarna worden toegezonden.',
    '2008-06-09',
    null,
  ],
  [
    'wordt … naar de Kamer gestuurd, with a word for later (1665)',
    'Het resultaat van de beleidsdoorlichting, inclusief een kabinetsreactie en bevindingen van de onafhankelijke deskundige, wordt uiterlijk begin volgend jaar naar de Kamer gestuurd.',
    '2022-12-01',
    '2023-01',
  ],
  [
    'op zeer korte termijn is a word for later (1144)',
    'Over het onderwerp box 3 belasten werkelijk rendement wordt uw Kamer naar verwachting op zeer korte termijn geïnformeerd.',
    '2021-04-23',
    null,
  ],
  // No corpus letter has these two; they are the audit's probes in a letter of 10 March 2023.
  [
    'a minister named with the ministry, before zal',
    'De Minister van Financiën zal uw Kamer in april informeren.',
    '2023-03-10',
    '2023-04',
  ],
  [
    'zeg uw Kamer toe … te sturen',
    'Ik zeg uw Kamer toe voor de zomer een brief te sturen.',
    '2023-03-10',
    '2023-06',
  ],
  [
    'striving for the sending, the time after `later dan` no due date (1137)',
    'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe te sturen, waarbij ik nog steeds streef naar toezending in september, conform mijn eerdere toezegging.',
    '2011-08-25',
    '2011-09',
  ],
  [
    'kan ik … naar uw Kamer verzenden, within weeks (2383)',
    'Deze brief kan ik binnen enkele weken naar uw Kamer verzenden.',
    '2013-03-15',
    null,
  ],
  // A separate letter is another one than this, so a later one.
  [
    'Uw Kamer ontvangt … een separate Kamerbrief (255)',
    'Uw Kamer ontvangt hierover een separate Kamerbrief.',
    '2018-11-02',
    null,
  ],
  [
    'wordt uw Kamer in een aparte brief geïnformeerd (472)',
    'Over de voortgang op thema economie wordt uw Kamer in een aparte brief geïnformeerd.',
    '2025-06-26',
    null,
  ],
  [
    'zult u … ontvangen (2344)',
    'Over uw vragen omtrent misstanden in de tomatensector in Italië zult u een aparte brief ontvangen.',
    '2020-06-15',
    null,
  ],
  [
    'zult u, a long clause between, … ontvangen (279)',
    'Met betrekking tot het onderwerp onschuldpresumptie zult u, naar aanleiding van de toezegging daaromtrent van eerste ondergetekende tijdens het algemeen overleg van 8 oktober 2014, een separate brief ontvangen.',
    '2014-10-29',
    null,
  ],
  [
    'U zult … ontvangen (1850)',
    'U zult de wetsvoorstellen voor het sociaal leenstelsel en de vereenvoudigingen naar verwachting in de zomer van 2013 ontvangen.',
    '2013-02-08',
    '2013-08',
  ],
  [
    'Uw Kamer zal … ontvangen (97)',
    'Uw Kamer zal naar verwachting begin december de kabinetsappreciatie over het CWP ontvangen, samen met de Kamerbrief Staat van de Unie 2024.',
    '2023-11-10',
    '2023-12',
  ],
  // Sent on its own: another paper than this letter, so a later one.
  [
    'wordt separaat aan uw Kamer gestuurd (1250)',
    'Deze reactie wordt separaat aan uw Kamer gestuurd.',
    '2025-12-19',
    null,
  ],
  [
    'wordt U afzonderlijk aangeboden (2720)',
    'Het kabinetsstandpunt naar aanleiding van dit advies wordt U afzonderlijk aangeboden.',
    '1995-11-17',
    null,
  ],
  [
    'wordt uw Kamer separaat geïnformeerd (2285)',
    'Over het eventueel implementeren van dit vervolg wordt uw Kamer separaat geïnformeerd.',
    '2020-05-13',
    null,
  ],
  // Another member of the government, named with the ministry, promises it.
  [
    'De Minister voor VRO informeert uw Kamer met een aparte brief (694)',
    'De Minister voor VRO informeert uw Kamer met een aparte brief over het geheel aan uitkomsten van de Bestuurlijke Overleggen Leefomgeving (BO’s Leefomgeving).',
    '2022-06-23',
    null,
  ],
  [
    'Op … komen wij in een aparte brief terug (866)',
    'Op die veranderingen komen wij in een aparte brief terug.',
    '2011-07-07',
    null,
  ],
  // No corpus letter sends something in the present-tense passive with these words and a time; the audit's probes.
  [
    'wordt … aan uw Kamer aangeboden, with a time',
    'Het rapport wordt voor de zomer aan uw Kamer aangeboden.',
    '2023-03-10',
    '2023-06',
  ],
  [
    'wordt u … toegezonden, with a time',
    'Het rapport wordt u voor de zomer toegezonden.',
    '2023-03-10',
    '2023-06',
  ],
  // Promises missed before.
  [
    "the subject left out after maar, the government's from the clause before (518)",
    'Ik kan dan ook niet aan uw onderhavige verzoek tegemoet komen, maar zal uw Kamer mijn visie tijdig voor het aangekondigde Algemeen Overleg van 1 december aanstaande doen toekomen.',
    '2011-10-21',
    '2011-12-01',
  ],
  [
    'zal ik … toesturen with no addressee: parliament, in a letter to it (377)',
    'De halfjaarlijkse rapportage van het College financieel toezicht over Curaçao en Sint Maarten zal ik op een later moment toesturen.',
    '2011-07-04',
    null,
  ],
  [
    'hoping to send it (1173)',
    'Ik hoop u op korte termijn de reactie van het kabinet te kunnen toesturen.',
    '2008-10-01',
    null,
  ],
  [
    'the Kamer will be informed, with no word for later (1873)',
    'De Kamer zal hierover worden geïnformeerd.',
    '2021-02-03',
    null,
  ],
  [
    'the Kamer will be informed, the participle first (1023)',
    'In het vervolg zal uw Kamer via de stand van zakenbrief van Dienst Toeslagen geïnformeerd\nworden over de ontwikkelingen en voortgang van de invorderingsstrategie van Dienst\nToeslagen.',
    '2024-12-20',
    null,
  ],
  [
    'the Kamer will be informed, as usual (196)',
    'De Kamer zal zoals gebruikelijk worden geïnformeerd over het Nederlandse standpunt terzake.',
    '2009-02-13',
    null,
  ],
  [
    'the Kamer may expect a paper, with its due date (161)',
    'Uw Kamer mag uiterlijk begin 2011 reacties verwachten op een vijftal verzoeken van de Vaste Kamer Commissie voor Immigratie en Asiel inzake de wenselijkheid van verdere behandeling van een aantal stukken van de hand van de vorige bewindslieden belast met het vreemdelingenbeleid.',
    '2010-11-22',
    '2011-01',
  ],
  [
    'the Kamer can look forward to a paper, with its due date (367)',
    'Het MPO in de gangbare lay-out kunt u in de loop van oktober tegemoet zien.',
    '2013-09-17',
    '2013-10',
  ],
  [
    'the Kamer can expect a reply, with no word for later: the paper named (1143)',
    'U kunt een reactie op het advies verwachten binnen de wettelijke termijn voor beantwoording, zoals benoemd in artikel 24 van de Kaderwet adviescolleges.',
    '2019-09-10',
    null,
  ],
  [
    'the Kamer can expect letters, in a month (34)',
    'In april kunt u nog twee brieven verwachten die betrekking hebben op onderdelen van de preventieve gezondheidszorg: mijn standpunt op het rapport van de commissie Versterking Collectieve Preventie (kenmerk GZB/GZ 96-5231, 22 november 1996) en het evaluatie-onderzoek van de jeugdgezondheidszorg 0–19 jaar.',
    '1997-04-07',
    '1997-04',
  ],
  [
    "the cabinet's reply follows later (999)",
    'De kabinetsreactie op dit rapport volgt op een later moment.',
    '2023-02-21',
    null,
  ],
  [
    'intends to submit, the separable verb split by `te` (2141)',
    'Het kabinet is voornemens de hiervoor noodzakelijke wetsvoorstellen als één afgewogen pakket met rechtspositionele plussen en minnen aan de Tweede Kamer ter goedkeuring aan te bieden.',
    '2004-06-30',
    null,
  ],
  [
    'expects to submit, `aan te bieden` far from `verwacht` (642)',
    'Ik verwacht het Veteranenbesluit na behandeling in de ministerraad en advisering door de Raad van State in het najaar van 2013 aan uw Kamer aan te bieden.',
    '2013-05-23',
    '2013-11',
  ],
  [
    'expects to lay before the Kamer, `voor te leggen` (319)',
    'Ik verwacht het ontwerp van de ministeriële regeling na het zomerreces aan uw Kamer voor te leggen.',
    '2019-07-08',
    '2019-09',
  ],
  [
    'parliament named as the Staten-Generaal (1825)',
    'Het kabinet verwacht nog vóór het zomerreces een standpunt terzake aan de Staten-Generaal voor te kunnen leggen.',
    '1997-05-01',
    '1997-07',
  ],
  [
    'planned: `is voorzien om … te sturen` (2537)',
    'In 2026 is voorzien om de Periodieke rapportage over Toeslagen aan uw Kamer te sturen.',
    '2025-09-09',
    '2026',
  ],
  [
    'will be sent, `verstuurd`, before a meeting (1737)',
    'Deze zal voor het geplande commissiedebat van 9 juni aan uw Kamer worden verstuurd.',
    '2021-06-03',
    '2021-06-09',
  ],
  [
    'a letter sent to the Kamer `één dezer dagen`, parliament before the verb (1856)',
    'In een brief die één dezer dagen aan de Tweede Kamer wordt verzonden, wordt dit verder toegelicht.',
    '2008-09-17',
    null,
  ],
  [
    'a paper to be submitted, `bij de Tweede Kamer worden ingediend` (1856)',
    'Ook zal in dit verband binnenkort een Nota van Wijziging bij de Tweede Kamer worden ingediend.',
    '2008-09-17',
    null,
  ],
  [
    'a paper submitted before a day, `bij de Kamer wordt ingediend` (1271)',
    'Dit besluit zal worden verwerkt in de Najaarsnota die voor 1 december 2017 bij de Kamer wordt ingediend.',
    '2017-11-10',
    '2017-12-01',
  ],
  [
    'sent to the Kamer, far from `zullen`, by the end of a month (2680)',
    'De belangrijkste documenten zullen, samen met de officiële gedrukte versie van de PKB, zo spoedig mogelijk, maar uiterlijk eind mei, aan de Tweede Kamer worden toegezonden en ook digitaal (via www.ruimtevoorderivier.nl) beschikbaar worden gesteld.',
    '2005-04-15',
    '2005-05',
  ],
  [
    'a standing twice-yearly letter: its times recur each year, no one due date (1573)',
    'Uw Kamer ontvangt twee keer per jaar een voortgangsbrief die ingaat op de ontwikkelingen\nop het gebied van dakloosheid en beschermd wonen: een korte brief voor het zomerreces\nen een uitgebreidere rapportage aan het eind van het kalenderjaar.',
    '2024-06-04',
    null,
  ],
  [
    'a yearly report from a year on: that year counts (526)',
    'Voor de voortgang van het project VF-35 wordt uw Kamer na 2025 jaarlijks via het Defensie Projectenoverzicht (DPO) en de Defensiebegroting geïnformeerd.',
    '2024-04-02',
    '2026',
  ],
  [
    'answering the questions as soon as possible, in a notice that the answers are late (1397)',
    'Ik zal de vragen zo snel mogelijk beantwoorden.',
    '2024-09-30',
    null,
  ],
  [
    'answering them as soon as possible, once the information is in (2214)',
    'Ik zal de vragen zo spoedig mogelijk beantwoorden nadat ik over de opgevraagde informatie beschik.',
    '2019-01-11',
    null,
  ],
];

const stillPromises: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'what a text will say, in a later paper with a word for later (1222)',
    'In mijn brief, die ik u naar aanleiding van mijn bezoek aan Bonaire, Sint Maarten en Sint Eustatius zal doen toekomen, zal ik nader ingaan op de totstandkoming van het Bestuursakkoord.',
    '2018-11-16',
    null,
  ],
  [
    'what a text will say, from now on in another paper (06)',
    'Voortaan zal ik, zoals met Uw Kamer tijdens het Algemeen Overleg besproken, vooraf in de Geannoteerde Agenda van de Raad ingaan op mijn voorgenomen aanwezigheid bij de betreffende Raad.',
    '2019-10-10',
    null,
  ],
  [
    'sent at the same time as a later paper, with its time (a probe on 306)',
    'Tegelijk met de Voorjaarsnota ontvangt u in mei de rapportage over de uitvoering.',
    '2009-02-10',
    '2009-05',
  ],
  // The same openings with a word for later, or a due date after the current period, still promise.
  [
    'a kept promise with a word for later',
    'Zoals toegezegd ontvangt u voor de zomer de evaluatie van de regeling.',
    '2024-02-01',
    '2024-06',
  ],
  [
    'a kept promise with a later delivery date',
    'Conform de toezegging ontvangt u in 2025 de evaluatie van de wet.',
    '2024-02-01',
    '2025',
  ],
  [
    'a habit in a later season',
    'Zoals gebruikelijk informeer ik uw Kamer in het najaar over de voortgang.',
    '2016-03-31',
    '2016-11',
  ],
  [
    'a period of its own after the cue for later',
    'Ik informeer uw Kamer voor de zomer over de plannen voor de komende jaren.',
    '2024-02-01',
    '2024-06',
  ],
];

const notPromises: [rule: string, sentence: string, ref: string][] = [
  [
    'the verb first asks, also where the question mark is cut off (244)',
    'Krijgt de Kamer de gelegenheid om tijdens de rit, bijvoorbeeld na een belangrijk debat, eisen te stellen aan de inhoud van de algemen',
    '2008-02-28',
  ],
  [
    'what this letter goes on to say, told with zal (916)',
    'Ik zal u een beeld schetsen van mijn reactie op de algemene knelpunten en gebiedsspecifieke wijzigingsvoorstellen, en dit illustreren met concrete voorbeelden.',
    '2010-01-26',
  ],
  [
    'what this letter goes on to say, ingaan op (534)',
    'Tenslotte zullen wij nog ingaan op de voortgang van enkele andere aanbevelingen zoals eveneens op 16 december 1999 toegezegd, in reactie op de motie van de leden van uw Kamer, Van de Camp en Halsema (26 269, nr. 21).',
    '2000-04-25',
  ],
  [
    'what this paper goes on to say, uiteenzetten (582)',
    'Hierin zal ik – mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties – uiteenzetten hoe de fiscale geheimhoudingsplicht zich verhoudt tot de inlichtingenplicht van artikel 68 Grondwet.',
    '2012-05-16',
  ],
  [
    'this paper, a nadere memorie van antwoord (590)',
    'Vanzelfsprekend zullen wij in deze nadere Memorie van Antwoord nog graag de van de zijde van de Kamer gestelde vragen beantwoorden.',
    '2000-10-27',
  ],
  [
    'a copy of this letter sent elsewhere (567)',
    'Ik zal een afschrift van deze brief zenden aan de voorzitter van de Eerste Kamer.',
    '2016-05-19',
  ],
  [
    'enclosed, bijgevoegd (958)',
    'Bijgevoegd ontvangt u de brief die ik aan de Raad van Bestuur van MST heb gezonden.',
    '2009-10-14',
  ],
  [
    'sent at the same time as this paper (408)',
    'Gelijktijdig met het aanbieden van deze kabinetsreactie ontvangt uw Kamer ook de definitieve Sociale en Economische Agenda’s.',
    '2025-06-13',
  ],
  [
    'sent at the same time as a paper offered now (306)',
    'Tegelijkertijd met de Luchtvaartnota ontvangt u:',
    '2009-04-17',
  ],
  [
    'what a paper follows, with no word for later (2531)',
    'Mijn reactie volgt zo veel mogelijk de opbouw van het voorlopig verslag.',
    '2006-12-19',
  ],
  [
    // A question of the corpus, here with a time and without its question mark.
    'te verwachten kosten: an expected cost, no expectation of parliament',
    'Kunt u voor de zomer een uiteenzetting geven van de te verwachten kosten per voorgestelde maatregel uit het rapport.',
    '2023-01-15',
  ],
  [
    'hoping to have informed, said of this letter (1173 has the promise; this is a closing sentence of the corpus)',
    'Ik hoop hiermee de Kamer voldoende te hebben geïnformeerd.',
    '2008-10-01',
  ],
  [
    'hoping that others do something (a debate in the corpus)',
    'Ik hoop dat u het aantal onderlinge interrupties echt weet te beperken.',
    '2008-10-01',
  ],
  [
    "sent to another addressee than parliament (the audit's probe on 377)",
    'De halfjaarlijkse rapportage zal ik op een later moment aan de Rijksministerraad toesturen.',
    '2011-07-04',
  ],
  [
    "en zal u … after a clause whose subject is not the government (the audit's probe on 518)",
    'Het College heeft de rapportage afgerond en zal u daarover informeren.',
    '2011-07-04',
  ],
  [
    'this letter as the means, middels (439)',
    'Tot slot herbevestigen wij middels deze brief de beëindiging op 31 december 2018 van de Nederlandse F-16 inzet in de strijd tegen ISIS en informeren wij u over het mandaat voor het vervolg van 2018.',
    '2018-09-14',
  ],
  [
    'this letter as the means, door middel van (2645)',
    'Door middel van deze brief informeer ik u over acties die ik heb ondernomen om zo spoedig mogelijk invulling te geven aan bovengenoemde moties.',
    '2011-05-25',
  ],
  [
    'this letter as what is sent, before a debate (1264)',
    'In aanloop naar het Algemeen Overleg CBR op 30 september aanstaande stuur ik u deze brief om u te informeren over de stand van zaken bij het CBR.',
    '2020-09-25',
  ],
  [
    'hiermee, before a debate (912)',
    'Ter voorbereiding op het Algemeen Overleg Medische ethiek d.d. 4 december aanstaande, informeer ik u hiermee over de stand van zaken van moties en toezeggingen.',
    '2019-11-29',
  ],
  [
    'what a plan announces, in the passive (559)',
    'In het POR staat aangekondigd op welke onderwerpen in het voorjaar van het begrotingsjaar waarop het POR betrekking heeft aan uw Kamer zal worden gerapporteerd.',
    '1998-05-20',
  ],
  [
    'this letter informs (NAVO)',
    'In deze brief informeer ik uw Kamer over de agenda voor deze \nbijeenkomst.',
    NAVO_LETTER_DATE,
  ],
  [
    'this letter will discuss (09)',
    'In deze brief zal ik stilstaan bij de situatie rondom de brandblusvoorzieningen.',
    '2022-06-07',
  ],
  [
    'a plan, not a promise to parliament (12)',
    'Eind 2025 benadert Defensie de markt voor dronemunitie.',
    '2025-10-06',
  ],
  [
    'the future of something else (NAVO)',
    'In de nieuwe cyclus zal de verslechterde veiligheidssituatie een substantiële impact hebben.',
    NAVO_LETTER_DATE,
  ],
  [
    'a past promise now kept (01)',
    'Ik heb u toegezegd in te zetten op Europese normen voor zout, verzadigd vet en calorieën en u hierover te informeren.',
    '2015-12-17',
  ],
  [
    'received in the past (10)',
    'De toekomstverkenning «Vandaag is het 2040» heeft uw Kamer op 8 september jl. ontvangen.',
    '2023-12-13',
  ],
  [
    'a question asking for a promise',
    'Bent u bereid de Kamer hierover voor de zomer te informeren en zal het kabinet de Kamer een brief sturen?',
    '2023-01-15',
  ],
  [
    'this Kamerbrief will explain (22)',
    'In deze Kamerbrief zal ik een toelichting geven op de voortgang en uitvoering van de openstaande toezeggingen en aangenomen moties rondom (de Wet) open overheid.',
    '2023-03-14',
  ],
  ['enclosed (34)', 'Als bijlage ontvangt u de publicatie «Infectieziekten in Nederland.', '1997-06-30'],
  [
    'bij deze (89)',
    'Conform planning ontvangt u bij deze de tweede Verzamelbrief Digitalisering, de eerste van 2024.',
    '2024-04-09',
  ],
  [
    'delivered by this letter, before a debate with its own date (90)',
    'Met deze brief ontvangt de Tweede Kamer informatie ten behoeve van het commissiedebat\ncirculaire economie op 16 april aanstaande.',
    '2025-04-14',
  ],
  [
    'introduces the topics that follow in this letter (52)',
    'Daarnaast wordt u, over de volgende onderwerpen nader geïnformeerd:',
    '2025-02-07',
  ],
  [
    'a promise kept by this letter, via deze brief (108)',
    'Zoals eerder dit jaar schriftelijk toegezegd, informeer ik u via deze brief over de hoofdlijnen van het ontwerp Invoeringsbesluit Omgevingswet.',
    '2018-07-09',
  ],
  [
    'a promise kept in the present tense (100)',
    'Gelet op de toezegging aan uw Kamer om de Werkagenda aan beide Kamers te sturen3, ontvangt u de geactualiseerde versie van de Werkagenda voor 2024.',
    '2023-12-22',
  ],
  [
    'a habit, done again now (88)',
    'Zoals gebruikelijk zend ik u, mede namens de Staatssecretaris van Infrastructuur en Milieu, ook dit voorjaar de Voortgangsrapportage van de tracéwetplichtige projecten toe1.',
    '2016-04-05',
  ],
  [
    'what plans are for, not when they come (89)',
    'Per spoor informeer ik uw Kamer over de behaalde resultaten in het afgelopen kwartaal en over de plannen en ontwikkelingen voor de komende periode.',
    '2024-04-09',
  ],
  [
    'the EU presidency strives, `er naar verwachting naar` (143)',
    'Het voorzitterschap streeft er naar verwachting naar om tot een politiek akkoord komen op de eerste lezing van de Verordening passagiersrechten in de luchtvaart en de Verordening inzake aansprakelijkheid van luchtvervoerders.',
    '2025-05-20',
  ],
  [
    'the EU presidency strives, with a date (200)',
    'Het Deens voorzitterschap streeft ernaar een politiek akkoord te sluiten op de Raad van 11 en 12 december 2025.',
    '2025-11-05',
  ],
  [
    'an aim of the cabinet, without a time (1734)',
    'Het kabinet streeft ernaar recht te doen aan de belangen van betrokkenen, waarbij het belang van het kind centraal staat.',
    '2022-11-02',
  ],
  [
    'the Kamer asking for something (283)',
    'Is een toezegging nog niet (geheel) nagekomen, dan ontvangt de Kamer graag een prognose',
    '2025-12-03',
  ],
  [
    'this letter received (1865)',
    'In het licht van dit laatste verzoek aan het Presidium ontvangt u deze brief, waarin het Presidium uiteenzet hoe de verdere implementatie vorm zal krijgen.',
    '2025-09-24',
  ],
  [
    'received today (465)',
    'Vandaag ontvangt u digitaal een overzicht van de toezeggingen waarvan de termijn volgens onze informatie op 1 juli 2013 is verstreken.',
    '2013-09-06',
  ],
  [
    'a quoted motion (2730)',
    'Met een andere motie (Kamerstukken II, 2010 – 2011, 32 716, nr. 12) verzoekt de Tweede Kamer de regering om gemotiveerd aan te geven welke aanbevelingen van de Stichting van de Arbeid het kabinet zal overnemen.',
    '2011-10-31',
  ],
  ['later in this document (1128)', 'Wij komen daarop terug in het vervolg van dit verslag.', '1999-08-04'],
  [
    'an intention in the past, someone else (2535)',
    'Zij was voornemens dit tijdens het debat met uw Kamer te delen.',
    '2022-01-20',
  ],
  [
    'an intention in the past, kept by this letter (2871)',
    'Eerder heb ik u laten weten dat ik voornemens was u nog dit jaar mijn voorlopige bevindingen te sturen, in plaats van de oorspronkelijk genoemde termijn van eerste kwartaal 2017.',
    '2016-12-16',
  ],
  [
    'a minister named, then another clause (2704)',
    'Zoals ik u tijdens het AO heb gemeld ligt de coördinatie van de Nederlandse inzet bij de Brexit bij de Minister van Buitenlandse Zaken en zullen de inzet voor de onderhandelingen en de communicatie hierover vanuit Buitenlandse Zaken worden geregisseerd.',
    '2016-12-12',
  ],
  [
    'a promise recalled, whose time has come (559)',
    "In het POR98 staat bij diverse beleidsthema's aangekondigd dat wij u in het voorjaar van 1998 zullen informeren.",
    '1998-05-20',
  ],
  [
    'a promise recalled, kept by this nota (943)',
    'In antwoord op kamervragen van het lid Kant over het aantal wanbetalers in de zorg1 heb ik toegezegd dat ik uw Kamer hierover bij gelegenheid van deze nota naar aanleiding van het verslag nader zal informeren.',
    '2007-04-24',
  ],
  [
    'hierbij (02)',
    'Hierbij doe ik u, mede namens de Minister van Buitenlandse Zaken, het kabinetsstandpunt toekomen.',
    '2015-12-03',
  ],
  // A promise recalled is no promise of this letter, also with a time after it (1137 asks to be let off it).
  [
    'a promise recalled, with a time after this letter (1137)',
    'Tijdens de behandeling van het wetsvoorstel Wijziging van de Meststoffenwet (herinvoering compartimentering) op 25 mei jl. heb ik mede namens de staatssecretaris van Infrastructuur & Milieu aangegeven dat ik uw Kamer in september 2011 de kabinetsvisie op het mestbeleid zal aanbieden.',
    '2011-08-25',
  ],
  [
    'a promise recalled, then this letter informs as follows (344)',
    'In vervolg op mijn brief van 9 oktober jl. (Kamerstuk 29 628, nr. 909) waarin ik heb aangegeven uw Kamer zo spoedig mogelijk te informeren over de uitkomsten van het onderzoek door Bureau Veiligheid Integriteit en Klachten (VIK), de teamanalyse door een extern bureau en de eventueel te nemen extra maatregelen binnen de eenheid Den Haag, informeer ik u als volgt.',
    '2019-11-19',
  ],
  [
    'in deze brief, with the date of a debate (1067)',
    'Met het oog op het door uw Kamer geplande Commissiedebat over OV & Taxi op 19 mei a.s. informeer ik u in deze brief over de stand van zaken en voortgang van:',
    '2021-05-11',
  ],
  [
    'in deze brief, with the coming steps (1735)',
    'In deze brief informeer ik u over de eerste resultaten van de verkenning, de maatregelen die ik op basis daarvan neem en kijk ik vooruit naar de stappen die ik de komende tijd ga zetten.',
    '2023-06-26',
  ],
  [
    'a separate letter sent with this one (581)',
    'Tegelijk met deze brief ontvangt u een afzonderlijke brief over de behandeling van de thans bij de Kamer aanhangige fiscale wetsvoorstellen.',
    '2010-10-08',
  ],
  [
    'a letter of the Staatssecretaris sent beside this one: delivered now (11)',
    'Van de Staatssecretaris\nontvangt u een brief over de bredere inzet op natuur, parallel aan deze brief.',
    '2024-11-29',
  ],
  [
    "striving with only a target's year, which is no due date: an aim, not a promise (1713)",
    'Ik streef er naar het beschikbare verplichtingenbudget voor de SDE+ 2018 zodanig vast te stellen dat er sprake is van voldoende concurrentie tussen aanvragers, zonder de doelen van 14% hernieuwbare energie in 2020 en 1',
    '2018-01-16',
  ],
  [
    'an annual report sent beside this letter: delivered now (1454)',
    'Parallel aan deze brief ontvangt u van NWO het jaarverslag.',
    '2019-10-18',
  ],
  [
    'sent separately, but its Kamerstuk number shows it is out already (1131)',
    'Een militair-technische evaluatie van de bijdragen van de Nederlandse krijgsmacht wordt u separaat toegezonden door de Minister van Defensie (22 181, nr. 311).',
    '2000-03-22',
  ],
  [
    'Op … kom ik verderop in deze nota terug: later in this paper (849)',
    'Op de laatste twee punten kom ik verderop in deze nota terug.',
    '1995-01-04',
  ],
  // The audit's probes: this letter sending, in the present-tense passive, and the future perfect.
  [
    'hierbij, in the passive',
    'Hierbij wordt het rapport voor de zomer aan uw Kamer aangeboden.',
    '2023-03-10',
  ],
  ['bijgaand, in the passive', 'Bijgaand wordt u het rapport over de zomer toegezonden.', '2023-03-10'],
  [
    'the future perfect tells of the past',
    'Zoals u zult hebben ontvangen, is het rapport voor de zomer verschenen.',
    '2023-03-10',
  ],
  [
    'a member named De Hoop, in a verslag (1543)',
    'De heer De Hoop Scheffer (CDA) realiseerde zich dat de Kamer de staatssecretaris heeft gevraagd, het beleidsdocument nog voor het zomerreces naar de Kamer te sturen, maar zei daar nu enige spijt van te hebben.',
    '1996-08-29',
  ],
  [
    'answering the questions next in this very paper, not as soon as possible (1225)',
    'Allereerst zal ik hierna uw vragen beantwoorden.',
    '2025-07-01',
  ],
  [
    'answering two questions together, here (317)',
    'Omdat de vragen over hetzelfde onderwerp gaan, zal ik deze gelijktijdig beantwoorden.',
    '2016-05-02',
  ],
];

// A sentence that goes on from one naming this letter as the means (`Tevens`, `Daarbij`) is this letter too.
const goesOn: [letter: string, before: string, sentence: string, ref: string, found: string[]][] = [
  [
    '962',
    'Met deze brief informeer ik Uw Kamer over de stand van zaken van het inmiddels gestarte experiment naar de netto effectiviteit van re-integratie, als vervolg op mijn eerdere brief hierover (Kamerstukken TK, 28 719, nr. 76).',
    'Tevens informeer ik Uw Kamer nader over de bruto effectiviteit van re-integratie.',
    '2012-07-20',
    [],
  ],
  [
    '2595',
    'Met deze brief ga ik in op de uitvoering van enkele moties en toezeggingen over de Aanvullende inkomensvoorziening voor ouderen (hierna: AIO).',
    'Daarbij ontvangt u de rapportage van de SVB over de pilot om met gegevensuitwisseling het gebruik van de AIO gericht te bevorderen.',
    '2023-09-05',
    [],
  ],
  [
    "962's opening, then 567's promise with a word for later",
    'Met deze brief informeer ik Uw Kamer over de stand van zaken van het inmiddels gestarte experiment naar de netto effectiviteit van re-integratie, als vervolg op mijn eerdere brief hierover (Kamerstukken TK, 28 719, nr. 76).',
    'Daarnaast ontvangt u van mij op korte termijn een brief over de voortgang van de gehele stelselherziening omgevingsrecht.',
    '2016-06-01',
    [
      'Daarnaast ontvangt u van mij op korte termijn een brief over de voortgang van de gehele stelselherziening omgevingsrecht.',
    ],
  ],
  [
    "962's second sentence without the sentence before it",
    'De leden vroegen naar de bruto effectiviteit.',
    'Tevens informeer ik Uw Kamer nader over de bruto effectiviteit van re-integratie.',
    '2012-07-20',
    ['Tevens informeer ik Uw Kamer nader over de bruto effectiviteit van re-integratie.'],
  ],
];

// Forms of a promise the patterns once missed (the corpus read of the thirty-ninth session), each with its letter.
const laterForms: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'zal ik … terugkomen, the verb last and one word (1456)',
    'Op de aanbevelingen die niet binnen de toekomstvisie passen zal ik separaat terugkomen.',
    '2014-04-09',
    null,
  ],
  [
    'a minister named, zal … op terug komen (581)',
    'De minister van EL&I zal hier op terug komen.',
    '2010-11-04',
    null,
  ],
  [
    'zal het kabinet … met een reactie komen, due in January (2793)',
    'Gegeven het bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een reactie komen.',
    '2019-12-20',
    '2020-01',
  ],
  [
    'zal ik … ingaan … in een vervolgbrief, due in October (1382)',
    'Ik zal in oktober ingaan op de uitkomsten van beide rapportages in een vervolgbrief over palliatieve zorg.',
    '2018-09-04',
    '2018-10',
  ],
  [
    'In die brief zal ik ingaan: a later letter, no addressee named (2672)',
    'In die brief zal ik ook ingaan op de belangrijkste berichten in de media over de veiligheid van overheidswebsites.',
    '2011-09-13',
    null,
  ],
  [
    'In de memorie van toelichting … zal ik nader ingaan (2620)',
    'In de memorie van toelichting bij het voorstel van wet tot wijziging van de Wet op de rechterlijke organisatie, het Wetboek van Strafvordering, de Politiewet 1993 en andere wetten (reorganisatie OM) zal ik nader ingaan op met name de ministeriële verantwoordelijkheid voor het OM.',
    '1996-06-28',
    null,
  ],
  [
    'zullen uw Kamer … bereiken, due before the Christmas recess (136)',
    'Deze brieven zullen uw Kamer waarschijnlijk kort voor het Kerstreces 2020 bereiken.',
    '2020-09-15',
    '2020-12',
  ],
  [
    'zal u … toegaan (950)',
    'Een meer gedetailleerde toelichting op het IGC-mandaat zal u iets later toegaan.',
    '2007-06-25',
    null,
  ],
  [
    'dat uw Kamer … zal toegaan, parliament first (806)',
    'De Nederlandse inzet ten aanzien van de strategie voor groei en banen zal zijn langs de lijnen van het kabinetsstandpunt aangaande de Commissiemededeling over de «Europa 2020-strategie» van 3 maart jl., dat uw Kamer spoedigst zal toegaan.',
    '2010-03-15',
    null,
  ],
  [
    'zal de Kamer … op de hoogte worden gesteld, `worden` inside (196)',
    'Uiteraard zal de Kamer middels de geannoteerde agenda voor deze Voorjaarsraad op de hoogte worden gesteld van de Nederlandse inzet.',
    '2009-02-13',
    null,
  ],
  [
    'zal u … worden nagestuurd (2810)',
    'Het totale pakket zal u zo snel mogelijk worden nagestuurd.',
    '1995-06-29',
    null,
  ],
  [
    'zullen u … nagezonden worden, `worden` last (58)',
    'De door Toeslagen en Sociale Banken Nederland (SBN) geconstateerde uitvoeringsaspecten hiervan zullen u spoedig nagezonden worden.',
    '2021-09-30',
    null,
  ],
  [
    'bij beide Kamers: parliament, both chambers (2154)',
    'Aansluitend zal ik het programma bij beide Kamers der Staten-Generaal voorhangen tegelijk met het ontwerp van de ministeriële regeling PAS.',
    '2014-11-26',
    null,
  ],
];

// What the same forms do not make a promise, each with its letter.
const notLaterForms: [rule: string, sentence: string, ref: string][] = [
  [
    'de kamerbrieven is no addressee: a promise to the cabinet (2785)',
    'Naar aanleiding van deze Kamervragen zal ik op korte termijn in de ministerraad de kamerbrieven over artikel 68 Grondwet, met daarin het algemeen kabinetsbeleid dienaangaande, opnieuw aan de orde stellen.',
    '2019-07-11',
  ],
  [
    'what this letter sets out below (300)',
    'Ik zal hieronder ingaan op de verlenging van de tijdelijke wet Verlenging tijdelijke huurovereenkomsten, de betaalbaarheid van huurwoningen in coronatijd en de betaalbaarheid voor huurders met lage inkomens.',
    '2020-05-20',
  ],
  [
    'what this letter sets out in a later section (2524)',
    'Vervolgens zal ik ingaan op de uitoefening van de notificatieplicht en de toepassing van de wettelijke regeling inzake uitstel, afstel en verval van notificatie (paragraaf 4).',
    '2008-12-04',
  ],
  [
    'a paper named, but this letter sets out below: 300 with 1382’s later letter in it',
    'Ik zal hieronder ingaan op de uitkomsten van beide rapportages in een vervolgbrief over palliatieve zorg.',
    '2018-09-04',
  ],
  [
    'a letter cited by its date is no later paper: 2672 with a date',
    'In die brief van 1 september 2011 zal ik ook ingaan op de belangrijkste berichten in de media.',
    '2011-09-13',
  ],
  [
    'the verb with `te`: a goal reached, not a paper: 136 with `te`',
    'Deze maatregelen zullen uw Kamer helpen het doel te bereiken.',
    '2020-09-15',
  ],
];

// Promises by others than this letter's writer, in a clause, as an aim, or as a routine delivery (session 40's read of
// the corpus: sentences with parliament and a word for later that had no commitment).
const otherForms: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'a compound subject in a clause: waarop de Minister en ik … zullen terugkomen (1456)',
    'De evaluatiecommissie doet een aantal aanbevelingen waarop de Minister en ik in de Toekomstvisie Wetenschap zullen terugkomen.',
    '2014-04-09',
    null,
  ],
  [
    'a successor: Mijn ambtsopvolger zal … naar de Tweede Kamer sturen (1765)',
    'Mijn ambtsopvolger\nzal het nieuwe rapport van het RIVM naar de Tweede Kamer sturen.',
    '2017-12-11',
    null,
  ],
  [
    'the ministers together: De verantwoordelijke bewindslieden zullen u … informeren (2670)',
    'De verantwoordelijke bewindslieden zullen u in voorkomende gevallen informeren, zoals dat op een aantal punten reeds is gebeurd.',
    '2001-10-05',
    null,
  ],
  [
    'a report of a meeting still to come: U ontvangt daarvan zoals gebruikelijk een verslag (2631)',
    'U ontvangt daarvan zoals gebruikelijk een verslag van de bewindslieden van Buitenlandse Zaken.',
    '2005-11-21',
    null,
  ],
  [
    'reporting in a debate: zullen wij mondeling verslag doen in het Algemeen Overleg, due on its day (2631)',
    'Daarvan zullen wij mondeling verslag doen in het Algemeen Overleg op 24 november aanstaande.',
    '2005-11-21',
    '2005-11-24',
  ],
  [
    'a routine delivery going on: blijft u zoals gebruikelijk ontvangen in het voorjaar (697)',
    'De rapportage over het hele jaar, inclusief de analyse en duiding, blijft u zoals gebruikelijk ontvangen in het voorjaar van het daaropvolgende jaar.',
    '2016-01-11',
    '2016-05',
  ],
  [
    'parliament receiving, in a clause: die de Kamer op korte termijn zal ontvangen (2216)',
    'De acties worden uitgebreid beschreven in de Kamerbrief die de Kamer op korte termijn zal ontvangen.',
    '2025-06-10',
    null,
  ],
  [
    'sent to `u`: zullen … aan u worden voorgelegd (228)',
    'Zodra het onderzoek is afgerond, zullen de bevindingen van het onderzoek aan u worden voorgelegd.',
    '1996-02-23',
    null,
  ],
  [
    'shared with parliament: zullen de bevindingen met de Kamer worden gedeeld (193)',
    'Vervolgens zullen de bevindingen met de Kamer worden gedeeld.',
    '2021-06-17',
    null,
  ],
  [
    'the aim as a noun: Het streven is … aan uw Kamer te sturen (2496)',
    'Het streven is de antwoorden zo spoedig mogelijk aan uw Kamer te sturen.',
    '2022-05-12',
    null,
  ],
  [
    'Het streven blijft erop gericht … aan de Tweede Kamer aan te bieden, due this autumn (1123)',
    'Het streven blijft erop gericht de beleidsdoorlichting nog dit najaar aan de Tweede Kamer aan te bieden.',
    '2013-06-07',
    '2013-11',
  ],
  [
    'Mijn inzet is u … voor het zomerreces aan te bieden (2273)',
    'Mijn inzet is u het kabinetsbesluit voor het zomerreces aan te bieden.',
    '2018-04-24',
    '2018-07',
  ],
  [
    'zet het kabinet zich in om … aan uw Kamer aan te bieden (1198)',
    'Met inachtneming van het voorgaande zet het kabinet zich in om het wetsvoorstel zo spoedig mogelijk aan uw Kamer aan te bieden.',
    '2020-06-23',
    null,
  ],
];

/**
 * Present-tense deliveries and others' plans that promise nothing for later. `Hierbij` and `bijgaand` are this letter
 * (THIS_LETTER_RE); a paper `separaat` in the present active is sent beside this one, as `heden separaat` (512) says
 * outright; a list this letter goes on to give is no promise of its own.
 */
const notOtherForms: [rule: string, sentence: string, ref: string][] = [
  [
    'a paper sent beside this letter: U ontvangt separaat ook de beleidsreactie (1735)',
    'U ontvangt separaat ook de beleidsreactie op het rapport «beleidsdoorlichting Erfgoed» van DSP-groep.',
    '2023-06-12',
  ],
  [
    'the other chamber receiving it now, with a letter of its own (100)',
    'De Tweede Kamer ontvangt de Werkagenda als hoofdbijlage bij een separate verzamelbrief (bijlage 3, verzamelbrief zonder verdere bijlagen).',
    '2023-12-22',
  ],
  [
    'what this letter lists next: welke brieven … u de komende maanden nog van mij ontvangt (436)',
    'Tot slot zet ik nogmaals op een rij welke brieven in het kader van passend onderwijs u de komende maanden nog van mij ontvangt.',
    '2022-07-15',
  ],
  [
    'the enclosed report: Hierbij ontvangt u een verslag (2847)',
    'Mede met het oog op het Algemeen Overleg over de Raad Buitenlandse Zaken van 17 maart a.s. ontvangt u hierbij een verslag van mijn reis naar Kiev van 10 maart jl, de Nederlandse appreciatie van het naderende referendum op de Krim, de stand van zaken ten aanzien van de sanctiediscussie en de ondertekening van het Associatieakkoord alsook een overzicht van overige ontwikkelinge',
    '2014-03-12',
  ],
  [
    'the next cabinet with work to do, nothing for parliament (1836)',
    'Een volgend kabinet zal daarom – mede op basis van de uitkomsten van de Staatscommissie Demografie 2050 – aan de slag moeten m',
    '2023-12-01',
  ],
  [
    'an aim with nothing sent: Het streven is dat … openbaar wordt gemaakt (2096)',
    'Het streven is dat de achterliggende informatie zo snel mogelijk openbaar wordt gemaakt.',
    '2018-07-03',
  ],
  [
    'the Commission reporting at the Council (1964)',
    'Onder diversen zal de Commissie verslag doen van een consultatiebijeenkomst over de Europese welzijnsrichtlijn voor leghennen.',
    '2011-02-11',
  ],
];

describe('findCommitments: other subjects, clauses, aims and routine deliveries', () => {
  it.each(otherForms)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence.replace(/\s+/g, ' '), due }]);
  });
  it.each(notOtherForms)('not: %s', (_rule, sentence, ref) => {
    expect(commitments(sentence, ref)).toEqual([]);
  });
  it("finds a member's colleague in a debate no government (899)", () => {
    const sentence = 'Mijn collega Lodders zal hier bij de Staatssecretaris nog op terugkomen.';
    expect(commitments(sentence, '2015-01-20', 'verslag')).toEqual([]);
  });
});

describe('findCommitments: forms of a promise found in the corpus read', () => {
  it.each(laterForms)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence.replace(/\s+/g, ' '), due }]);
  });
  it.each(notLaterForms)('not: %s', (_rule, sentence, ref) => {
    expect(commitments(sentence, ref)).toEqual([]);
  });
});

describe('findCommitments: a sentence going on from this letter', () => {
  it.each(goesOn)('%s', (_letter, before, sentence, ref, found) => {
    expect(commitments(`${before} ${sentence}`, ref).map((c) => c.text)).toEqual(found);
  });
});

// Session 40 forms, each from its letter (NN = tests/fixtures/letters/letters/NN-*), with the letter's date.
const session40Forms: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'kom ik met een reactie, before the summer (2037)',
    'Voor de zomer kom ik met een integrale reactie op het advies van de SER.',
    '2016-02-24',
    '2016-06',
  ],
  [
    'wil ik … bij u terugkomen, this autumn (421)',
    'Met de uitwerking wil ik vervolgens in dit najaar bij u terugkomen.',
    '2022-09-02',
    '2022-11',
  ],
  [
    'bericht ik u afzonderlijk: a paper of its own (398)',
    'Over de resultaten van de uitwerking voor contractvervoer bericht ik u afzonderlijk.',
    '2009-07-09',
    null,
  ],
  [
    'the rest of the answers follows on a day (671)',
    'Het restant van de beantwoording volgt naar verwachting op 23 mei a.s.',
    '2022-05-17',
    '2022-05-23',
  ],
  [
    'Beantwoording zal … plaatsvinden (894)',
    'Beantwoording zal zo spoedig mogelijk plaatsvinden.',
    '2011-09-09',
    null,
  ],
  [
    'Onze planning is … te sturen (20)',
    'Onze planning is nu om de opzet medio april naar de Kamer te sturen.',
    '2013-04-03',
    '2013-04',
  ],
];

const session40NotPromises: [rule: string, sentence: string, ref: string][] = [
  [
    'bericht ik u het volgende: this letter; the debate day is no due date (1382)',
    'In vervolg op mijn brief van 11 mei 2018, die u heeft geagendeerd voor het op 13 september geplande Algemeen Overleg Wijkverpleging, bericht ik u het volgende.',
    '2018-08-30',
  ],
  [
    'Hierbij bericht ik u: this letter (1034)',
    'Hierbij bericht ik u over mijn standpunt dienaangaande.',
    '2015-01-01',
  ],
  [
    'a past: heb ik u bericht',
    'Bij brief van 27 november 2019 heb ik u bericht over de stand van zaken.',
    '2020-04-01',
  ],
  [
    'the answers right here: volgt hieronder',
    'De beantwoording volgt hieronder, nader per vraag.',
    '2020-04-01',
  ],
  [
    'kom ik met deze brief … na: this letter (2713)',
    'Tevens kom ik met deze brief mijn toezegging na om uw Kamer te informeren.',
    '2020-04-01',
  ],
  [
    'measures, not a paper (2057)',
    'Ook komt het kabinet met nieuwe wet- en regelgeving ter bestrijding van de ondermijnende criminaliteit.',
    '2020-04-01',
  ],
];

// Session 42: promises the last session found missing, each from its letter (NN = tests/fixtures/letters/letters/NN-*).
const session42Forms: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'Wanneer … beschikbaar is, stuur ik u dit toe: a condition still to be met (892)',
    'Wanneer het definitieve rapport met conclusies en aanbevelingen beschikbaar is, stuur ik u dit toe samen met mijn reactie.',
    '2016-03-08',
    null,
  ],
  [
    'dat het wetsvoorstel … na het zomerreces wordt ingediend: a bill goes to parliament, due from September (2094)',
    'Ik kies ervoor het kabinet voor te stellen dat het wetsvoorstel inclusief de tarieven na het zomerreces wordt ingediend.',
    '2009-06-23',
    '2009-09',
  ],
];

const session42NotPromises: [rule: string, sentence: string, ref: string, kind: DocumentKind | null][] = [
  [
    'the report out now: Nu … beschikbaar is (892, the condition met)',
    'Nu het definitieve rapport met conclusies en aanbevelingen beschikbaar is, stuur ik u dit toe samen met mijn reactie.',
    '2016-03-08',
    null,
  ],
  [
    'the condition not opening the sentence: what this letter tells (892, asked as a question)',
    'Ik informeer u over de vraag wanneer het definitieve rapport beschikbaar is.',
    '2016-03-08',
    null,
  ],
  [
    'a bill with no time: any bill’s way to parliament (2094, without the recess)',
    'Ik kies ervoor het kabinet voor te stellen dat het wetsvoorstel inclusief de tarieven wordt ingediend.',
    '2009-06-23',
    null,
  ],
  [
    'zou … gezonden kunnen worden: what could be, which the letter goes on not to do (2094)',
    'Het wetsvoorstel is nagenoeg gereed en zou nog voor het zomerreces naar u gezonden kunnen worden.',
    '2009-06-23',
    null,
  ],
  [
    'a committee asking when a bill will come (997, a verslag)',
    'De commissie verzoekt u daarom haar op korte termijn te informeren over het tijdstip waarop naar verwachting een wetsvoorstel zal worden ingediend dat er toe strekt de bedoelde zinsnede te schrappen.',
    '2010-11-19',
    'verslag',
  ],
  [
    '`daarin` with no promised paper before it (2744’s sentence alone)',
    'De initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen.',
    '2019-04-10',
    null,
  ],
];

// `daarin` naming the paper the sentence before promises: [letter, before, sentence, ref, what is found].
const intoThatPaper: [letter: string, before: string, sentence: string, ref: string, found: string[]][] = [
  [
    '2744: taken into the letter a recalled promise still owes',
    'In mijn brief van 14 januari jongstleden over de mogelijke sluiting van Haagse ziekenhuizen (Kamerstuk 31 016, nr. 185) en het Algemeen Overleg medisch specialistische zorg / ziekenhuiszorg op 13 februari jl. (Kamerstukken 31 765 en 31 016, nr. 369) heb ik u laten weten dat ik u zal informeren over hoe ik de ontwikkelingen in het ziekenhuislandschap zie en hoe ik de regie de komende jaren ter hand neem.',
    'De initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen.',
    '2019-04-10',
    ['De initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen.'],
  ],
  [
    '135: said in the separate letter just promised',
    'Over het JVO zullen de Minister van Justitie en Veiligheid en ik uw Kamer in een aparte brief verslag doen.',
    'Daarin zullen wij ook melden hoe we gehoor hebben gegeven aan het verzoek van het IPKO om een intereilandelijke taskforce detentie in te richten.',
    '2020-01-28',
    [
      'Over het JVO zullen de Minister van Justitie en Veiligheid en ik uw Kamer in een aparte brief verslag doen.',
      'Daarin zullen wij ook melden hoe we gehoor hebben gegeven aan het verzoek van het IPKO om een intereilandelijke taskforce detentie in te richten.',
    ],
  ],
  [
    '319: `daarin` a regulation, after a decision taken into it, no paper promised',
    'Ik zal de evaluatie van het MRP betrekken bij het ontwerp van de wijziging van de Mijnbouwregeling.',
    'Daarin zal ik nadere regels stellen voor de uitvoering van de door mij vastgestelde operationele strategie, op grond van artikel 52g, vijfde lid, van de Mijnbouwwet (Kamerstuk 34 957, nr. 48).',
    '2019-07-08',
    [],
  ],
];

describe('findCommitments: session 42 forms', () => {
  it.each(session42Forms)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence, due }]);
  });
  it.each(session42NotPromises)('not: %s', (_rule, sentence, ref, kind) => {
    expect(commitments(sentence, ref, kind)).toEqual([]);
  });
  it.each(intoThatPaper)('%s', (_letter, before, sentence, ref, found) => {
    expect(commitments(`${before} ${sentence}`, ref).map((c) => c.text)).toEqual(found);
  });

  it('finds the new promises in their letters (892, 2094, 2744)', () => {
    const texts = (n: string): string[] => {
      const l = letter(n);
      return commitments(l.text, l.letterDate).map((c) => c.text);
    };
    expect(texts('892')).toContain((session42Forms[0] as [string, string, string, null])[1]);
    expect(texts('2094')).toEqual([(session42Forms[1] as [string, string, string, string])[1]]);
    expect(texts('2744')).toEqual([
      'De initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen.',
      'De brief met mijn visie op de ontwikkelingen in het ziekenhuislandschap en mijn rol hierin ontvangt u voor de zomer.',
    ]);
  });
});

// Session 41: a week by its number, from the one letter that names one (268, of Friday 24 November 2017; week 48 of
// 2017 runs from Monday 27 November to Sunday 3 December).
const session41Forms: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'dat uw Kamer … krijgt toegestuurd, before the debate in week 48: by its Monday (268)',
    'Daarnaast melden wij u in reactie op het verzoek van de vaste commissie JenV van 15 november jl. dat uw Kamer voorafgaand aan de voorziene behandeling van de begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd.',
    '2017-11-24',
    '2017-11-27',
  ],
  [
    'in week 48 itself: by its Sunday, as deze week is (268, without the debate)',
    'Daarnaast melden wij u dat uw Kamer in week 48 een tweede nota van wijziging krijgt toegestuurd.',
    '2017-11-24',
    '2017-12-03',
  ],
  [
    'komt het kabinet met een nationale voedselstrategie, next year: a strategy is a paper (the LVVN budget 2025’s memorie van toelichting of 17 September 2024, quoted in 1027)',
    'Het kabinet komt volgend jaar met een nationale voedselstrategie.',
    '2024-09-17',
    '2025',
  ],
  // Missed promises found by reading corpus sentences with future-tense delivery words and no commitment.
  [
    'zullen wij in de brief over … onze reactie … geven: a reaction in a later letter, as announced before (2742)',
    'Zoals de staatssecretaris en ik al eerder hebben aangekondigd (Kamerstukken II, 2008–2009, 31 700 XIV, nr. 122) en ik ook in het debat van 11 maart jl. over verticale integratie tussen zorgverzekeraars en zorgaanbieders heb gemeld (Handelingen der Kamer II, vergaderjaar 2008–2009, nr. 62, blz. 5006–5018), zullen wij in de brief over goed bestuur in de zorgsector onze inhoudelijke reactie op het rapport van de commissie geven.',
    '2009-06-02',
    null,
  ],
  [
    'zullen wij betrekken bij het kabinetsstandpunt, which appears in April (415)',
    'Deze voorstellen zullen wij betrekken bij het kabinetsstandpunt over het Schipholbeleid, dat in april zal verschijnen.',
    '2006-02-10',
    '2006-04',
  ],
  [
    'In de geannoteerde agenda … zal ik een verslag opnemen; the meeting’s days after `van` are no due date (121)',
    'In de geannoteerde agenda voor de Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal ik een verslag opnemen van deze telefonische Eurogroep.',
    '2020-03-03',
    null,
  ],
];

const session41NotPromises: [rule: string, sentence: string, ref: string][] = [
  [
    'a clause with no time: nothing says it is still to come (268, without the week)',
    'Daarnaast melden wij u dat uw Kamer een tweede nota van wijziging krijgt toegestuurd.',
    '2017-11-24',
  ],
  [
    'week 48 of a past year is no due date (268, a year later)',
    'Daarnaast melden wij u dat uw Kamer in week 48 een tweede nota van wijziging krijgt toegestuurd.',
    '2018-12-20',
  ],
  [
    'a reaction given in this paper, further on (249)',
    'Op de bevindingen zal ik dan een uitgebreidere reactie geven (hoofdstuk 2).',
    '2022-05-09',
  ],
  [
    'taken into a decision, not a paper (319)',
    'Ik zal de evaluatie van het MRP betrekken bij het ontwerp van de wijziging van de Mijnbouwregeling.',
    '2019-07-08',
  ],
];

describe('findCommitments: session 41 forms', () => {
  it.each(session41Forms)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence, due }]);
  });
  it.each(session41NotPromises)('not: %s', (_rule, sentence, ref) => {
    expect(commitments(sentence, ref)).toEqual([]);
  });

  it('finds the one promise of letter 268, and none in 1735 (U ontvangt separaat: beside this letter)', () => {
    const l268 = letter('268');
    expect(commitments(l268.text, l268.letterDate)).toEqual([
      { text: (session41Forms[0] as [string, string, string, string])[1], due: '2017-11-27' },
    ]);
    const l1735 = letter('1735');
    expect(commitments(l1735.text, l1735.letterDate)).toEqual([]);
  });
});

describe('findCommitments: session 40 forms', () => {
  it.each(session40Forms)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence, due }]);
  });
  it.each(session40NotPromises)('not: %s', (_rule, sentence, ref) => {
    expect(commitments(sentence, ref)).toEqual([]);
  });
});

describe('findCommitments: promises with real examples', () => {
  it.each(promises)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence.replace(/\s+/g, ' '), due }]);
  });
});

// A promise for a period is due by its end: the last month (or day) of a quarter, season or week; around it (`rond`)
// is roughly in it, so by its end too. Before it or until it, the period's start counts; a month, a year or a point
// the dates give no end is one ISO already.
const duePeriod: [rule: string, sentence: string, ref: string, due: string][] = [
  [
    'uiterlijk in het eerste kwartaal van 2026: by March (335)',
    'Ik streef ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal\nvan 2026, te informeren.',
    '2025-12-08',
    '2026-03',
  ],
  [
    'In het najaar: by November (184)',
    'In het najaar zal ik de Kamer informeren over de uitkomsten van DUO.',
    '2019-06-21',
    '2019-11',
  ],
  [
    'dit najaar, with no word before it: by November (311)',
    'Ik verwacht uw Kamer hierover dit najaar te kunnen informeren.',
    '2018-08-17',
    '2018-11',
  ],
  [
    'In het voorjaar van 2014: by May (864)',
    'In het voorjaar van 2014 stuur ik u mijn beleidsreactie op dit advies.',
    '2013-10-18',
    '2014-05',
  ],
  [
    'deze week: by its Sunday (146)',
    'In reactie op het verzoek van het lid Omtzigt (CDA) bij de regeling van werkzaamheden van heden (Handelingen II 2013/14, nr. 85, Regeling van Werkzaamheden), zal het kabinet u deze week een brief sturen met de Nederlandse inzet ten aanzien van dit informele diner.',
    '2014-05-21',
    '2014-05-25',
  ],
  [
    'voor de zomer: when the summer begins, June (2744)',
    'De brief met mijn visie op de ontwikkelingen in het ziekenhuislandschap en mijn rol hierin ontvangt u voor de zomer.',
    '2019-04-10',
    '2019-06',
  ],
  [
    'voor het zomerreces: when the recess begins, July (910)',
    'Ik zal uw Kamer voor het zomerreces een reactie op het rapport, mede namens de Minister en Staatssecretaris van Infrastructuur en Waterstaat, doen toekomen.',
    '2019-06-21',
    '2019-07',
  ],
  [
    // No promise in the corpus says `rond` before a period; the period and the letter date are 39's (`Op basis
    // hiervan zal het kabinet rond de zomer van 2022 besluiten over het nieuwe Strategisch Vastgoedplan`).
    'rond de zomer van 2022: roughly in the summer, by August, not June (39)',
    'Op basis hiervan zal het kabinet uw Kamer rond de zomer van 2022 informeren over het nieuwe Strategisch Vastgoedplan.',
    '2022-05-13',
    '2022-08',
  ],
  [
    'uiterlijk in maart 2016: the month itself (697)',
    'De eerste rapportage ontvangt u uiterlijk in maart 2016.',
    '2016-01-11',
    '2016-03',
  ],
  [
    'eind 2013: the point the dates give, December (375)',
    'De volgende voortgangsrapportage zal ik eind 2013 aan uw Kamer toezenden.',
    '2013-06-18',
    '2013-12',
  ],
  [
    'begin 2010: the point the dates give, January (519)',
    'Zoals eerder aan uw Kamer gemeld, wordt deze evaluatie betrokken bij de voorbereiding van het kabinetsstandpunt over de «toekomst zorg voor jeugd», dat u begin 2010 zal worden toegestuurd.',
    '2009-11-02',
    '2010-01',
  ],
  [
    'in 2014: the year itself (130)',
    'Ik streef ernaar om in 2014 met een samenhangend pakket te komen met de belangrijke en noodzakelijke beslissingen op het gebied van waterveiligheid voor de toekomst: een Deltaplan Waterveiligheid.',
    '2011-11-29',
    '2014',
  ],
];

describe('findCommitments: due by the end of a period, or at its start', () => {
  it.each(duePeriod)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence.replace(/\s+/g, ' '), due }]);
  });
});

// `na` before the due date: the delivery comes after the period the date names, from the month (or year) after it.
const dueAfter: [rule: string, sentence: string, ref: string, due: string][] = [
  [
    'na de zomer, in a June letter: September (310)',
    'Ik verwacht u na de zomer te kunnen informeren over de resultaten van deze besprekingen en daarmee over de invulling van uw motie.',
    '2013-06-12',
    '2013-09',
  ],
  [
    'kort na de zomer, in an April letter: September (2700)',
    'Ik streef ernaar het wetsvoorstel kort na de zomer bij de Tweede Kamer in te dienen.',
    '2004-04-23',
    '2004-09',
  ],
  [
    'na 2025: from 2026 on (526)',
    'Voor de voortgang van het project VF-35 wordt uw Kamer na 2025 jaarlijks via het Defensie Projectenoverzicht (DPO) en de Defensiebegroting geïnformeerd.',
    '2024-04-02',
    '2026',
  ],
  [
    'voor de zomer stays in the summer',
    'Ik zal uw Kamer voor de zomer informeren over de uitkomsten.',
    '2013-03-01',
    '2013-06',
  ],
];

describe('findCommitments: due after a period (`na`)', () => {
  it.each(dueAfter)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence, due }]);
  });
});

// Which date of the sentence is the due date: the one the promise's deadline words govern, and a meeting's day.
const dueChoice: [rule: string, sentence: string, ref: string, due: string | null][] = [
  [
    'voor 1 december governs, not dit jaar of another clause (1695)',
    'Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr. 122) is toegezegd, zullen de vier aanbevelingen dit jaar worden verwerkt en zullen wij uw Kamer daarover voor 1 december 2019 informeren.',
    '2019-07-01',
    '2019-12-01',
  ],
  [
    "voor het plenair debat van donderdag 9 oktober: the debate's day (499)",
    'Ik ben voornemens u beide brieven voor het plenair debat van donderdag 9 oktober te doen toekomen.',
    '2008-10-03',
    '2008-10-09',
  ],
  [
    "voorafgaande aan het Wetsgevingsoverleg van 2 december: the meeting's day (1956)",
    'Voorafgaande aan het Wetsgevingsoverleg Sport van 2 december aanstaande zal ik u informeren over de voortgang op deze ambities.',
    '2019-10-04',
    '2019-12-02',
  ],
  [
    "voor de Raad van Concurrentievermogen van december: the council's month (561)",
    'Ik zal u hierover informeren bij de voorbereiding voor de Raad van Concurrentievermogen van december.',
    '2008-11-13',
    '2008-12',
  ],
  [
    'a state of affairs at the end of November is no due date, nor the other end of its range (1015)',
    'Na deze rapportage zal tot de jaarwisseling nog éénmaal aan Uw Kamer worden gerapporteerd naar de stand eind november/begin december 1999.',
    '1999-10-05',
    '1999-12-31',
  ],
  [
    'a debate named with its day, not before it: no due date (161)',
    'Daarnaast zal ik uw Kamer binnen dezelfde termijn nog informeren over uitvoering van de door mij gedane toezeggingen in het spoeddebat van 4 november jongstleden over terugkeer naar Irak.',
    '2010-11-22',
    null,
  ],
  [
    'the year a letter is planned for, voorzien voor 2026: the only date, so the due date (1803)',
    'Uw Kamer wordt over de resultaten van de onderzoeksfase geïnformeerd met de B-brief die is voorzien voor 2026.',
    '2024-05-22',
    '2026',
  ],
  [
    // A probe on 1803: `voorzien voor` is also what money is budgeted for, so it governs no date.
    'voorzien voor 2026 yields to a time the promise gives (funds budgeted for a year)',
    'Ik zal uw Kamer dit najaar informeren over de middelen die zijn voorzien voor 2026.',
    '2024-05-22',
    '2024-11',
  ],
];

describe('findCommitments: the due date among the dates of the sentence', () => {
  it.each(dueChoice)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence.replace(/\s+/g, ' '), due }]);
  });
});

describe('findCommitments: promises that look like the exceptions', () => {
  it.each(stillPromises)('%s', (_rule, sentence, ref, due) => {
    expect(commitments(sentence, ref)).toEqual([{ text: sentence.replace(/\s+/g, ' '), due }]);
  });
});

describe('findCommitments: not promises', () => {
  it.each(notPromises)('%s', (_rule, sentence, ref) => {
    expect(commitments(sentence, ref)).toEqual([]);
  });
});

describe('findCommitments: who speaks', () => {
  // 2302: the chair of a wetgevingsoverleg, on speaking time.
  const chair =
    'De voorzitter:\n\nGoedemorgen. Hierbij open ik het wetgevingsoverleg met de leden van de vaste commissie voor Binnenlandse Zaken. We hebben op de uitnodiging kunnen zien een spreektijd van – tentatief, staat er – zes minuten. Ik zal daar soepel in zijn, maakt u zich daar geen zorgen over, maar volgens mij moet het in zes minuten over het algemeen ook wel te doen zijn, denk ik.';

  it('finds nothing the chair of a debate says (2302)', () => {
    expect(commitments(chair, '2019-06-13', 'verslag')).toEqual([]);
  });

  it("finds what a minister says in reply (label as in 1068, the reply 1134's sentence)", () => {
    const reply = 'Ik verwacht uw Kamer uiterlijk eind mei nader te kunnen informeren.';
    const text = `${chair}\n\nMinister Ollongren:\n\n${reply}`;
    expect(commitments(text, '2014-04-14', 'verslag')).toEqual([{ text: reply, due: '2014-05' }]);
  });

  it('takes no heading line naming the minister for a speaker (2302)', () => {
    const text =
      'De vaste commissie heeft op 13 juni 2019 overleg gevoerd met de heer Knops, Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, over:\n\nIk verwacht uw Kamer uiterlijk eind mei nader te kunnen informeren.';
    expect(commitments(text, '2019-04-14', 'verslag')).toHaveLength(1);
  });

  it('finds nothing a parliamentary party plans in a verslag (1320)', () => {
    const sentence =
      'Tot aan het moment dat de definitieve structuurvisie aan de Kamer zal worden aangeboden zal de fractie haar opvattingen over de planvorming nader aanscherpen.';
    expect(commitments(sentence, '2011-10-14', 'verslag')).toEqual([]);
  });

  it.each([
    [
      'brief',
      'the Rekenkamer (633)',
      'Wij verwachten hierover aan uw Kamer te kunnen rapporteren in het voorjaar van 20151.',
      '2014-10-27',
    ],
    [
      'motie',
      'members (721)',
      'verzoekt de minister, in zijn overleg met andere departementen over hoe dit versneld kan worden, uit te gaan van het principe dat definitieve rapporten binnen twee weken naar de Kamer gestuurd worden en de Kamer hier in het voorjaar van 2014 nader over te informeren,\n\nen gaat over tot de orde van de dag.',
      '2013-11-28',
    ],
  ] as const)('finds nothing in a paper of kind %s, by %s', (kind, _by, sentence, ref) => {
    expect(commitments(sentence, ref, kind)).toEqual([]);
  });
});

describe('findCommitments: golden NAVO letter', () => {
  const found = commitments(navoText(), NAVO_LETTER_DATE);

  it('finds the defence industry strategy letter, the DPCR letter, the NMI proposals and the EUFOR Althea update', () => {
    const has = (words: RegExp) => found.some((c) => words.test(c.text));
    expect(has(/ontvangt uw Kamer een brief waarin de Defensie Industrie Strategie/)).toBe(true);
    expect(has(/ontvangt uw Kamer een brief over de DPCR/)).toBe(true);
    expect(has(/zal de Kamer hierover nadere voorstellen doen/)).toBe(true);
    expect(found.find((c) => /streeft ernaar om in november 2022/.test(c.text))?.due).toBe('2022-11');
    expect(
      has(
        /zal het kabinet, zodra het onderzoek daartoe aanleiding geeft, de Kamer hierover nader informeren/,
      ),
    ).toBe(true);
  });

  it('finds nothing else', () => {
    expect(found).toHaveLength(5);
  });

  it('reports original offsets, and the sentence on one line', () => {
    const original = navoText();
    const text = normalizeText(original);
    for (const c of findCommitments(text, findDates(text, NAVO_LETTER_DATE), NAVO_LETTER_DATE)) {
      // The one sentence split by a footnote at a page break is shown without it (next test).
      const slice = original.slice(c.start, c.end);
      if (slice.includes('1 Concreet')) continue;
      expect(slice.replace(/\s+/g, ' ')).toBe(c.text);
    }
    // `Binnenkort \nontvangt uw Kamer een brief`: the PDF's line break is no part of what the reader sees.
    expect(found.some((c) => c.text.startsWith('Binnenkort ontvangt uw Kamer een brief waarin'))).toBe(true);
  });

  // The sidebar and the exports show a promise without the note numbers glued to its words; its offsets
  // still cover the words with their markers in the page.
  it.each([
    [
      '358',
      'In reactie op uw brief van 19 september jl. bericht ik u dat de door u gevraagde documenten u in hard copy zullen worden toegezonden en enkel ter vertrouwelijke raadpleging1 voor de leden van de Kamer ter inzage gelegd kunnen worden.',
      'raadpleging voor de leden',
      'raadpleging1 voor de leden',
    ],
    [
      '2793',
      'Conform de motie van het lid Van der Lee1 en Van Raan2, zal het kabinet de Kamer hierover regelmatig informeren.',
      'het lid Van der Lee en Van Raan, zal het kabinet',
      'het lid Van der Lee1 en Van Raan2, zal het kabinet',
    ],
  ])('%s: shows the promise without its footnote markers', (_letter, sentence, shown, inPage) => {
    const original = `Den Haag, 11 november 2011\n\n${sentence}`;
    const [c] = findCommitments(normalizeText(original), [], '2011-11-11');
    expect(c?.text).toContain(shown);
    expect(original.slice(c?.start, c?.end)).toContain(inPage);
  });

  it('shows the sentence a page break split at a hyphen, with the footnote text between left out', () => {
    const original = navoText();
    const joined = found.find((c) => /zodra het onderzoek daartoe aanleiding geeft/.test(c.text));
    expect(joined?.text.replace(/\s+/g, ' ')).toBe(
      'Zoals gesteld in de kennisgevingsbrief (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022) zal het kabinet, zodra het onderzoek daartoe aanleiding geeft, de Kamer hierover nader informeren.',
    );
    const text = normalizeText(original);
    const span = findCommitments(text, findDates(text, NAVO_LETTER_DATE), NAVO_LETTER_DATE).find((c) =>
      /zodra\s+het\s+onderzoek/.test(c.text),
    );
    // Its place in the page is where the sentence starts, before the footnote.
    expect(original.slice(span?.start, span?.end)).toMatch(
      /^Zoals gesteld in de kennisgevings-\s+1 Concreet/,
    );
  });

  it('joins no sentence that merely follows footnote text', () => {
    const text =
      'De lijst is af.\n\n1 Concreet gaat het om de structuur.\n zal het kabinet de Kamer hierover nader informeren.';
    expect(commitments(text, NAVO_LETTER_DATE).map((c) => c.text)).toEqual([
      'zal het kabinet de Kamer hierover nader informeren.',
    ]);
  });
});

describe('findCommitments: a promise put off', () => {
  // The letter recalls a promise and asks for more time: only its new promise counts.
  it.each([
    [
      '1137',
      'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe te sturen, waarbij ik nog steeds streef naar toezending in september, conform mijn eerdere toezegging.',
      '2011-09',
    ],
    ['222', 'Ik verwacht u de brief uiterlijk 30 april te doen toekomen.', '2020-04-30'],
  ])('letter %s', (n, promise, due) => {
    const l = letter(n);
    expect(commitments(l.text, l.letterDate)).toEqual([{ text: promise, due }]);
  });
});

describe('findCommitments: corpus', () => {
  it('finds the one commitment of letter 12, due by the end of its quarter', () => {
    const l = letter('12');
    expect(commitments(l.text, l.letterDate).map((c) => c.due)).toEqual(['2026-03']);
  });

  it('finds none in the answers to written questions (13, 14)', () => {
    for (const n of ['13', '14']) {
      const l = letter(n);
      expect(commitments(l.text, l.letterDate)).toEqual([]);
    }
  });

  it('works without a letter date, skipping dates after `van`', () => {
    const l = letter('03');
    expect(commitments(l.text, null).map((c) => c.due)).toEqual([null]);
  });
});
