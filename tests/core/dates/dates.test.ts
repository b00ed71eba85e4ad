import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/dates';
import { normalizeText, type NormalizedText } from '../../../src/core/text/normalize';
import type { DateFinding } from '../../../src/core/types';

/** Dates in `text` resolved against `ref`, as [text, iso, endIso, precision] with white space collapsed. */
function dates(text: string, ref: string | null = '2022-09-30'): [string, string, string | null, string][] {
  return findDates(normalizeText(text), ref).map((d: DateFinding) => [
    d.text.replace(/\s+/g, ' '),
    d.iso,
    d.endIso,
    d.precision,
  ]);
}

type Row = [
  rule: string,
  text: string,
  ref: string | null,
  expected: [string, string, string | null, string][],
];

// Each rule with its real example: NAVO = the NAVO letter (2022-09-30); NN = tests/fixtures/letters/letters/NN-*.
const rules: Row[] = [
  [
    'day month year (NAVO)',
    'Den Haag, 30 september 2022',
    '2022-09-30',
    [['30 september 2022', '2022-09-30', null, 'day']],
  ],
  [
    'a verslag date with the space after Vastgesteld lost (72)',
    'Vastgesteld16 april 2010',
    '2010-04-16',
    [['16 april 2010', '2010-04-16', null, 'day']],
  ],
  [
    'a day glued to its month by a lost space (132)',
    'De minister heeft op 9oktober 2023 de brief gestuurd',
    '2023-10-10',
    [['9oktober 2023', '2023-10-09', null, 'day']],
  ],
  [
    'day month, year from the letter (NAVO)',
    'Op 22 september een verklaring',
    '2022-09-30',
    [['22 september', '2022-09-22', null, 'day']],
  ],
  [
    'list of consecutive days is a range (NAVO)',
    'Op 12 en 13 oktober komen de NAVO-Ministers',
    '2022-09-30',
    [['12 en 13 oktober', '2022-10-12', '2022-10-13', 'day']],
  ],
  [
    'list with year (NAVO)',
    'de NAVO-Top in Madrid op 29 en 30 juni 2022, waar',
    '2022-09-30',
    [['29 en 30 juni 2022', '2022-06-29', '2022-06-30', 'day']],
  ],
  [
    'list of three days with aanstaande',
    'op 14, 15 en 16 maart aanstaande',
    '2023-01-10',
    [['14, 15 en 16 maart aanstaande', '2023-03-14', '2023-03-16', 'day']],
  ],
  [
    'aanstaande after the day has passed is next year',
    'op 14, 15 en 16 maart aanstaande',
    '2023-04-01',
    [['14, 15 en 16 maart aanstaande', '2024-03-14', '2024-03-16', 'day']],
  ],
  [
    'non-consecutive list gives two dates (02)',
    'Bij brieven van 13 en 26 oktober jl. heb ik',
    '2015-12-03',
    [
      ['13', '2015-10-13', null, 'day'],
      ['26 oktober jl.', '2015-10-26', null, 'day'],
    ],
  ],
  [
    // The first day is marked as written, `20`, so that no two marks in the text overlap; its ISO date is the
    // gold's (`20 en 26 maart 2002` → 2002-03-20), and a timeline label leaves out the whole list.
    'non-consecutive days share the month and year after the last (595)',
    'De vaste commissie voor Justitie heeft op 20 en 26 maart 2002 overleg gevoerd',
    '2002-04-16',
    [
      ['20', '2002-03-20', null, 'day'],
      ['26 maart 2002', '2002-03-26', null, 'day'],
    ],
  ],
  [
    'range van … tot en met',
    'van 28 tot en met 30 juni',
    '2022-09-30',
    [['28 tot en met 30 juni', '2022-06-28', '2022-06-30', 'day']],
  ],
  [
    'range with t/m',
    'van 28 t/m 30 juni 2022',
    null,
    [['28 t/m 30 juni 2022', '2022-06-28', '2022-06-30', 'day']],
  ],
  [
    'dash range with jl.',
    'op 20–21 oktober jl. is',
    '2022-11-05',
    [['20–21 oktober jl.', '2022-10-20', '2022-10-21', 'day']],
  ],
  [
    'jl. before the month is reached is last year',
    'op 20–21 oktober jl. is',
    '2022-03-01',
    [['20–21 oktober jl.', '2021-10-20', '2021-10-21', 'day']],
  ],
  [
    'hyphen range with year (06)',
    '30-31 augustus 2018 Gymnich',
    '2019-10-10',
    [['30-31 augustus 2018', '2018-08-30', '2018-08-31', 'day']],
  ],
  [
    'range across months',
    'van 28 juni tot en met 2 juli 2022',
    null,
    [['28 juni tot en met 2 juli 2022', '2022-06-28', '2022-07-02', 'day']],
  ],
  [
    'range across the new year',
    'van 28 december tot 3 januari 2023',
    null,
    [['28 december tot 3 januari 2023', '2022-12-28', '2023-01-03', 'day']],
  ],
  [
    'jl. (02)',
    'heeft plaatsgevonden op 27 oktober jl. Op 11 november jl. heeft',
    '2015-12-03',
    [
      ['27 oktober jl.', '2015-10-27', null, 'day'],
      ['11 november jl.', '2015-11-11', null, 'day'],
    ],
  ],
  [
    'j.l. (06)',
    'het Algemeen Overleg van 3 oktober j.l., informeer',
    '2019-10-10',
    [['3 oktober j.l.', '2019-10-03', null, 'day']],
  ],
  [
    'jl. in a May letter (08)',
    'mijn persconferentie van 8 april jl. betreft',
    '2022-05-19',
    [['8 april jl.', '2022-04-08', null, 'day']],
  ],
  [
    'weekday with jongstleden',
    'op woensdag 17 mei jongstleden',
    '2023-06-01',
    [['woensdag 17 mei jongstleden', '2023-05-17', null, 'day']],
  ],
  [
    'weekday picks the year it fits',
    'op woensdag 17 mei',
    '2024-06-01',
    [['woensdag 17 mei', '2023-05-17', null, 'day']],
  ],
  [
    'a.s.',
    'het overleg van 12 oktober a.s. over',
    '2022-09-30',
    [['12 oktober a.s.', '2022-10-12', null, 'day']],
  ],
  [
    'van dit jaar (NAVO)',
    'dat op 3 november van dit jaar verloopt',
    '2022-09-30',
    [['3 november van dit jaar', '2022-11-03', null, 'day']],
  ],
  [
    'd.d. (NAVO)',
    '(Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)',
    '2022-09-30',
    [['17 juni 2022', '2022-06-17', null, 'day']],
  ],
  [
    'date across a line break (15)',
    'd.d. 11 december\n2023 inzake spoorveiligheid',
    '2024-03-22',
    [['11 december 2023', '2023-12-11', null, 'day']],
  ],
  [
    'footnote digit glued to the year (09)',
    'In navolging op de Kamerbrief van 10 december 20211 informeer ik',
    '2022-06-07',
    [['10 december 2021', '2021-12-10', null, 'day']],
  ],
  [
    'a bare year with the note glued on, when the letter found no note before (2813)',
    'in bijlage 21.\n\nTenslotte stuur ik een weergave van het HSL-aanbod in 20182. De lijn',
    '2016-06-17',
    [['2018', '2018', null, 'year']],
  ],
  [
    'a bare year with the note after a session year with its note (2336)',
    'tijdens de begrotingsbehandeling over het begrotingsjaar 2021/20222.\nIn de ambitie voor het goederenvervoer in 20503 wordt',
    '2022-11-15',
    [
      ['begrotingsbehandeling over het begrotingsjaar 2021/2022', '2021-10', '2021-11', 'approximate'],
      ['2050', '2050', null, 'year'],
    ],
  ],
  [
    "a question's `deze week` is the week it was sent (1159)",
    'Vragen van de leden Wilders, Beertema en Bosma (allen PVV) over de uitspraken van de Koning over de EU (ingezonden 26 mei 2016).\n\nAntwoord van Minister Koenders (Buitenlandse Zaken) (ontvangen 1 juni 2016).\n\nVraag 4\n\nKunt u deze vragen nog deze week beantwoorden?\n\nAntwoord 4\n\nJa.',
    '2016-06-01',
    [
      ['26 mei 2016', '2016-05-26', null, 'day'],
      ['1 juni 2016', '2016-06-01', null, 'day'],
      ['deze week', '2016-05-23', '2016-05-29', 'approximate'],
    ],
  ],
  [
    "an answer's `jl.` counts from the answer, the question's `deze week` from the question (147)",
    'Vragen van het lid Emiel van Dijk (PVV) over een verdubbeling van criminaliteit door asielzoekers (ingezonden 13 mei 2020).\n\nAntwoord 2\n\nZoals ik heb aangegeven in het vragenuur op 19 mei jl. is de berichtgeving gebaseerd op een andere versie.\n\nVraag 3\n\nKunt u de Kamer nog deze week een volledig overzicht sturen met het aantal incidenten?',
    '2020-06-08',
    [
      ['13 mei 2020', '2020-05-13', null, 'day'],
      ['19 mei jl.', '2020-05-19', null, 'day'],
      ['deze week', '2020-05-11', '2020-05-17', 'approximate'],
    ],
  ],
  [
    'a question whose sending day the text does not give counts from the letter (378, without its header)',
    'Kunt u deze vragen nog deze week beantwoorden?',
    '2022-11-04',
    [['deze week', '2022-10-31', '2022-11-06', 'approximate']],
  ],
  ['numeric date', 'het besluit van 15-10-2022 is', null, [['15-10-2022', '2022-10-15', null, 'day']]],
  [
    'a period between two numeric dates (2163)',
    'Zijn er in de periode van 1-1-2009 tot 1-12-2009 Nederlandse militairen fysiek aan boord',
    '2009-12-14',
    [['1-1-2009 tot 1-12-2009', '2009-01-01', '2009-12-01', 'day']],
  ],
  [
    'a numeric date and an amount after tot are no period (2271)',
    'toegenomen van 2,982 miljoen per 1-1-1995 tot 3,067 miljoen per 1-1-1996, een toename',
    '1996-10-21',
    [
      ['1-1-1995', '1995-01-01', null, 'day'],
      ['1-1-1996', '1996-01-01', null, 'day'],
    ],
  ],
  ['ISO date', 'gepubliceerd op 2022-10-15.', null, [['2022-10-15', '2022-10-15', null, 'day']]],
  [
    'month year (NAVO)',
    'Het kabinet heeft in juni 2022 aangekondigd',
    '2022-09-30',
    [['juni 2022', '2022-06', null, 'month']],
  ],
  [
    'month year (01)',
    'In januari 2014 heb ik het Akkoord gesloten',
    '2015-12-17',
    [['januari 2014', '2014-01', null, 'month']],
  ],
  [
    'month after in, year from the letter',
    'Ik stuur u in november een brief',
    '2022-09-30',
    [['november', '2022-11', null, 'month']],
  ],
  [
    'month after uit, a letter of that month (1952)',
    'In mijn brief uit juni heb ik de hoofdlijnen van het beleidskader 2016–2019 uiteen gezet.',
    '2015-12-11',
    [
      ['juni', '2015-06', null, 'month'],
      ['2016–2019', '2016', '2019', 'year'],
    ],
  ],
  [
    'month range',
    'van januari tot en met maart 2023',
    null,
    [['januari tot en met maart 2023', '2023-01', '2023-03', 'month']],
  ],
  [
    'begin year (NAVO)',
    'Begin 2023 begint de nieuwe cyclus',
    '2022-09-30',
    [['Begin 2023', '2023-01', null, 'approximate']],
  ],
  [
    'eind year (12)',
    'Eind 2025 benadert Defensie de markt',
    '2025-10-06',
    [['Eind 2025', '2025-12', null, 'approximate']],
  ],
  ['medio year', 'medio 2025 is het klaar', null, [['medio 2025', '2025-06', '2025-07', 'approximate']]],
  [
    'eind dit jaar',
    'Ik informeer u eind dit jaar',
    '2022-09-30',
    [['eind dit jaar', '2022-12', null, 'approximate']],
  ],
  [
    'Eind vorig jaar (09)',
    'Eind vorig jaar heeft ProRail',
    '2022-06-07',
    [['Eind vorig jaar', '2021-12', null, 'approximate']],
  ],
  [
    'Begin dit jaar (07)',
    'Begin dit jaar heeft het kabinet',
    '2021-04-08',
    [['Begin dit jaar', '2021-01', null, 'approximate']],
  ],
  [
    'einde van het jaar (11)',
    'om voor het einde van het jaar een brief',
    '2024-11-29',
    [['einde van het jaar', '2024-12', null, 'approximate']],
  ],
  [
    'eind van het jaar and the year it names (1802)',
    'verzoekt de regering, voor het eind van het jaar 2018 duidelijkheid te verschaffen',
    '2018-06-05',
    [['eind van het jaar 2018', '2018-12', null, 'approximate']],
  ],
  [
    'the end of a quarter is its last month (382)',
    'de financiële positie van pensioenfondsen aan het eind van het derde kwartaal van 2016 aan de hand van',
    '2016-11-18',
    [['eind van het derde kwartaal van 2016', '2016-09', null, 'approximate']],
  ],
  [
    'the end of a quarter of this year (1008)',
    'een beantwoordingstermijn hebben aan het einde van het eerste kwartaal\nvan dit jaar. Verder',
    '2025-05-13',
    [['einde van het eerste kwartaal van dit jaar', '2025-03', null, 'approximate']],
  ],
  [
    'quarter of the previous year (33, lijst van vragen en antwoorden 31 865, nr. 214)',
    'In de Voorjaarsnota zijn de cijfers verwerkt tot en met het vierde kwartaal van het voorgaande jaar.',
    '2022-09-15',
    [['vierde kwartaal van het voorgaande jaar', '2021-10', '2021-12', 'quarter']],
  ],
  [
    'a month until which, of het voorgaande jaar over a line break (33)',
    'declaratiecijfers tot en met augustus uit het voorgaande\njaar voor zorg in natura',
    '2022-09-15',
    [['augustus uit het voorgaande jaar', '2021-08', null, 'month']],
  ],
  [
    'a month until which, tot en met, of the reference year (2146)',
    'In 2025 is het aantal schijnzelfstandigen tot\nen met mei teruggebracht van 123 naar 87.',
    '2025-06-11',
    [
      ['2025', '2025', null, 'year'],
      ['mei', '2025-05', null, 'month'],
    ],
  ],
  [
    'a month until which, t/m: 2146 in the abbreviation rangeConnector reads as tot en met',
    'In 2025 is het aantal schijnzelfstandigen t/m mei teruggebracht van 123 naar 87.',
    '2025-06-11',
    [
      ['2025', '2025', null, 'year'],
      ['mei', '2025-05', null, 'month'],
    ],
  ],
  [
    'month of the current year (34, kst-25295-1)',
    'Deze is gepland voor juni van dit jaar.',
    '1997-04-07',
    [['juni van dit jaar', '1997-06', null, 'month']],
  ],
  [
    'begin of a month',
    'begin november 2022 volgt',
    null,
    [['begin november 2022', '2022-11', null, 'approximate']],
  ],
  [
    'season with year (10)',
    'databronnen, tot de zomer van 2023.',
    '2023-12-13',
    [['zomer van 2023', '2023-06', '2023-08', 'season']],
  ],
  [
    'voorjaar with year',
    'in het voorjaar van 2024',
    null,
    [['voorjaar van 2024', '2024-03', '2024-05', 'season']],
  ],
  ['najaar with year', 'in het najaar 2022', null, [['najaar 2022', '2022-09', '2022-11', 'season']]],
  [
    'voor de zomer points forward',
    'Ik zal uw Kamer voor de zomer informeren',
    '2022-09-30',
    [['zomer', '2023-06', '2023-08', 'season']],
  ],
  [
    'voor de zomer early in the year',
    'Ik zal uw Kamer voor de zomer informeren',
    '2022-03-01',
    [['zomer', '2022-06', '2022-08', 'season']],
  ],
  ['komend najaar', 'komend najaar', '2023-01-10', [['komend najaar', '2023-09', '2023-11', 'season']]],
  [
    'eerste kwartaal',
    'in het eerste kwartaal',
    '2022-09-30',
    [['eerste kwartaal', '2022-01', '2022-03', 'quarter']],
  ],
  ['Q3', 'in Q3 volgt', '2022-09-30', [['Q3', '2022-07', '2022-09', 'quarter']]],
  [
    'Q1 with year (12)',
    'In Q1 2026 ontvangt uw Kamer',
    '2025-10-06',
    [['Q1 2026', '2026-01', '2026-03', 'quarter']],
  ],
  [
    'kwartaal van volgend jaar',
    'het derde kwartaal van volgend jaar',
    '2022-09-30',
    [['derde kwartaal van volgend jaar', '2023-07', '2023-09', 'quarter']],
  ],
  [
    'half year (15)',
    'over de eerste helft van 2023 (Kamerstuk 33 652, nr. 90)',
    '2024-03-22',
    [['eerste helft van 2023', '2023-01', '2023-06', 'month']],
  ],
  [
    'bare year after in (04)',
    'De OVV heeft in 2014 onderzoek gedaan',
    '2017-06-30',
    [['2014', '2014', null, 'year']],
  ],
  [
    'list of years (01)',
    'zijn in 2014 en 2015 per productcategorie',
    '2015-12-17',
    [
      ['2014', '2014', null, 'year'],
      ['2015', '2015', null, 'year'],
    ],
  ],
  ['year after voor (01)', 'met einddoelen voor 2020.', '2015-12-17', [['2020', '2020', null, 'year']]],
  [
    'year range in brackets (05)',
    'via een meerjarige subsidie (2017–2020);',
    '2018-11-21',
    [['2017–2020', '2017', '2020', 'year']],
  ],
  [
    'two years joined by à name their span (29)',
    'de rentekorting op zijn vroegst pas vanaf 2026 à 2027 kan worden ingesteld',
    '2024-04-15',
    [['2026 à 2027', '2026', '2027', 'year']],
  ],
  [
    'year range after periode (05)',
    '(in de periode 2017–2021) beschikbaar',
    '2018-11-21',
    [['2017–2021', '2017', '2021', 'year']],
  ],
  [
    'session year standing alone',
    'in het vergaderjaar 2024–2025 zijn',
    null,
    [['2024–2025', '2024', '2025', 'year']],
  ],
  [
    'short session year standing alone',
    'het parlementaire jaar 2021/22 was',
    null,
    [['2021/22', '2021', '2022', 'year']],
  ],
  ['volgend jaar', 'Het plan volgt volgend jaar.', '2022-09-30', [['volgend jaar', '2023', null, 'year']]],
  [
    'vorige week',
    'Vorige week sprak ik met',
    '2022-09-30',
    [['Vorige week', '2022-09-19', '2022-09-25', 'approximate']],
  ],
  [
    'Prinsjesdag with year (third Tuesday of September)',
    'op Prinsjesdag 2023',
    null,
    [['Prinsjesdag 2023', '2023-09-19', null, 'day']],
  ],
  [
    'voor Prinsjesdag: the next one',
    'Ik stuur de brief voor Prinsjesdag.',
    '2022-05-01',
    [['Prinsjesdag', '2022-09-20', null, 'day']],
  ],
  [
    'Verantwoordingsdag with year (third Wednesday of May)',
    'op Verantwoordingsdag 2023',
    null,
    [['Verantwoordingsdag 2023', '2023-05-17', null, 'day']],
  ],
  [
    'voor het zomerreces, after the summer: next year',
    'voor het zomerreces',
    '2022-09-30',
    [['zomerreces', '2023-07', '2023-08', 'approximate']],
  ],
  [
    'voor het zomerreces in spring',
    'voor het zomerreces',
    '2022-03-01',
    [['zomerreces', '2022-07', '2022-08', 'approximate']],
  ],
  [
    'voor de begrotingsbehandeling',
    'voor de begrotingsbehandeling',
    '2022-09-30',
    [['begrotingsbehandeling', '2022-10', '2022-11', 'approximate']],
  ],
  [
    'an anchor followed by its date gives only the date (265)',
    'Na de begrotingsbehandeling eind november zal over dit amendement worden gestemd.',
    '2013-11-19',
    [['eind november', '2013-11', null, 'approximate']],
  ],
  [
    'an anchor followed by its days gives only the days (1271)',
    'Tijdens de begrotingsbehandeling op 7 en 8 november 2017 heb ik u toegezegd de Kamer te informeren.',
    '2017-11-10',
    [['7 en 8 november 2017', '2017-11-07', '2017-11-08', 'day']],
  ],
  [
    'an anchor followed by its date in brackets gives only the date (988)',
    'zijn de beide bewindslieden bereid om ruim voor de begrotingsbehandeling (uiterlijk half november) aan te geven',
    '1998-11-13',
    [['half november', '1998-11', null, 'approximate']],
  ],
  [
    'an anchor named with what it is of, then its day, gives only the day (1175)',
    'Tijdens de begrotingsbehandeling van Binnenlandse Zaken op 18 oktober 2018 heb ik uw Kamer toegezegd',
    '2018-12-13',
    [['18 oktober 2018', '2018-10-18', null, 'day']],
  ],
  [
    'an anchor named with what it is of, then a weekday and its day, gives only the day (2114)',
    'Met uw Kamer heb ik tijdens de begrotingsbehandeling van hoofdstuk IV op donderdag 8 oktober jl. gewisseld',
    '2015-10-12',
    [['donderdag 8 oktober jl.', '2015-10-08', null, 'day']],
  ],
  [
    'the budget debate of a budget year is held in the autumn before it (959)',
    'Tijdens de begrotingsbehandeling 2010 hebben enkele van uw leden aangegeven',
    '2010-02-01',
    [['begrotingsbehandeling 2010', '2009-10', '2009-11', 'approximate']],
  ],
  [
    'the budget debate of a budget year, in a verslag of that year (116)',
    'in kader van de begrotingsbehandeling 2025 hierover vragen aan u gericht',
    '2025-05-13',
    [['begrotingsbehandeling 2025', '2024-10', '2024-11', 'approximate']],
  ],
  [
    'the end of a recess: its last month (44)',
    'Deze zal ik uiterlijk voor het einde van het zomerreces aan uw Kamer zenden.',
    '2019-06-03',
    [['einde van het zomerreces', '2019-08', null, 'approximate']],
  ],
  [
    'the end of the last Christmas recess: January (2874)',
    'Waarom is de toezegging bij de vorige begrotingsbehandeling dat het wetsvoorstel voor het einde van het vorige Kerstreces bij de Kamer zou liggen, niet gestand gedaan?',
    '1999-07-14',
    [
      ['vorige begrotingsbehandeling', '1998-10', '1998-11', 'approximate'],
      ['einde van het vorige Kerstreces', '1999-01', null, 'approximate'],
    ],
  ],
  [
    'an anchor after zoals elk jaar: this year’s, as every year’s (2323’s words, with an anchor)',
    'Met deze brief informeer ik uw Kamer zoals elk jaar voor het zomerreces over de ontwikkeling',
    '2019-02-01',
    [['zomerreces', '2019-07', '2019-08', 'approximate']],
  ],
  [
    'a month after net als ieder jaar: this year’s, as every year’s (2323’s words, with a month)',
    'Met deze brief informeer ik uw Kamer net als ieder jaar in juni over de ontwikkeling',
    '2019-02-01',
    [['juni', '2019-06', null, 'month']],
  ],
  [
    'a month of a written year in a clause of every year: that year’s (215’s words, with a year)',
    'Het RIVM brengt jaarlijks in juni 2024 een vaccinatiegraadrapport uit.',
    '2024-06-20',
    [['juni 2024', '2024-06', null, 'month']],
  ],
  [
    'a budget debate, its chapter and `over het begrotingsjaar`: the autumn before the last year (2336)',
    'Hiermee wordt ook invulling gegeven aan de toezegging tijdens de begrotingsbehandeling IenW over het begrotingsjaar 2021/2022.',
    '2022-11-15',
    [['begrotingsbehandeling IenW over het begrotingsjaar 2021/2022', '2021-10', '2021-11', 'approximate']],
  ],
  [
    'a budget debate, its chapter and the budget year it debates: the autumn before (2152)',
    '– d.d. 16 juni 2008 met een overzicht van de openstaande moties en toezeggingen vanaf de begrotingsbehandeling LNV voor 2008 (31 200 XIV, nr. 225);',
    '2008-11-14',
    [
      ['16 juni 2008', '2008-06-16', null, 'day'],
      ['begrotingsbehandeling LNV voor 2008', '2007-10', '2007-11', 'approximate'],
    ],
  ],
  [
    'op Prinsjesdag opening a sentence: the reference year’s (1996)',
    'Op Prinsjesdag zal het kabinet uw Kamer informeren over het pakket maatregelen.',
    '2022-09-09',
    [['Prinsjesdag', '2022-09-20', null, 'day']],
  ],
  [
    'op Prinsjesdag before a perfect: the reference year’s, gone by (568)',
    'In het persbericht dat op Prinsjesdag is uitgekomen is gecommuniceerd wat er in de begroting staat.',
    '2018-10-15',
    [['Prinsjesdag', '2018-09-18', null, 'day']],
  ],
  [
    'the turn of the year to come: 31 December to 1 January (399)',
    'dat de afsteektijden niet vóór de komende jaarwisseling gerealiseerd kunnen worden.',
    '2008-09-23',
    [['komende jaarwisseling', '2008-12-31', '2009-01-01', 'day']],
  ],
  [
    'the turn of the year gone by (1377)',
    'constaterende dat vuurwerk afgelopen jaarwisseling opnieuw honderden gewonden heeft veroorzaakt;',
    '2019-02-12',
    [['afgelopen jaarwisseling', '2018-12-31', '2019-01-01', 'day']],
  ],
  [
    'tot de jaarwisseling: the next one (1015)',
    'Na deze rapportage zal tot de jaarwisseling nog éénmaal aan Uw Kamer worden gerapporteerd.',
    '1999-10-05',
    [['jaarwisseling', '1999-12-31', '2000-01-01', 'day']],
  ],
  [
    'the turn of the year named by both its years (2627)',
    'inzake landelijk beeld jaarwisseling 2022–2023 (Kamerstuk 28 684, nr. 722)',
    '2023-05-17',
    [['jaarwisseling 2022–2023', '2022-12-31', '2023-01-01', 'day']],
  ],
  [
    'a date given its line’s year passes it on to the next in its list (2763)',
    'Wat is de reden dat Nederland in 2017 vier maal (3 maart, NL0074CDIU0048803; 12 juni, NL0074CDIU0054676; 18 oktober, NL0074CDIU0065046; en 2 november, NL0074CDIU0066756) tijdelijk delen van Hawk-vliegtuigen',
    '2018-09-21',
    [
      ['2017', '2017', null, 'year'],
      ['3 maart', '2017-03-03', null, 'day'],
      ['12 juni', '2017-06-12', null, 'day'],
      ['18 oktober', '2017-10-18', null, 'day'],
      ['2 november', '2017-11-02', null, 'day'],
    ],
  ],
  [
    'a day that a paper dated d.d. earlier on the line reports: on or before that paper’s day (1862)',
    '• de brief van de staatssecretaris van Buitenlandse Zaken d.d. 25 oktober 2011 met het verslag van het bezoek van de staatssecretaris van Buitenlandse Zaken aan Afghanistan op 4 en 5 oktober inzake de geïntegreerde politietrainingsmissie in Kunduz (27 925, nr. 440);',
    '2012-03-16',
    [
      ['25 oktober 2011', '2011-10-25', null, 'day'],
      ['4 en 5 oktober', '2011-10-04', '2011-10-05', 'day'],
    ],
  ],
  [
    'a day after a paper dated d.d. on another line: the default year (1862’s words)',
    '• de brief d.d. 25 oktober 2011 met het verslag;\n• de brief over het bezoek op 4 en 5 oktober',
    '2012-03-16',
    [
      ['25 oktober 2011', '2011-10-25', null, 'day'],
      ['4 en 5 oktober', '2012-10-04', '2012-10-05', 'day'],
    ],
  ],
  [
    'heading year sets the year of a date on its line (06)',
    'Aanwezigheid RAZ en RBZ 2018 (sinds aantreden op 12 maart)',
    '2019-10-10',
    [['12 maart', '2018-03-12', null, 'day']],
  ],
  [
    'list of dates shares the last year',
    'op 12 oktober en 13 november 2021',
    '2022-09-30',
    [
      ['12 oktober', '2021-10-12', null, 'day'],
      ['13 november 2021', '2021-11-13', null, 'day'],
    ],
  ],
  [
    '`voor de zomer` before a past tense is the summer gone by (219)',
    'Hiervoor zijn de procedures al gestart en voor de zomer heb ik uw Kamer geïnformeerd hoe ik dat versnel.',
    '2022-09-16',
    [['zomer', '2022-06', '2022-08', 'season']],
  ],
  [
    '`voor de zomer` in a perfect clause of what was received or sent is the summer gone by (1255)',
    'De minister en ik hebben dit rapport voor de\nzomer ontvangen tijdens een gesprek met omwonenden.',
    '2025-09-23',
    [['zomer', '2025-06', '2025-08', 'season']],
  ],
  [
    '`voor de zomer` before a participle without a perfect clause is next summer',
    'Het rapport moet voor de zomer ontvangen zijn; wij zullen het voor de zomer gepubliceerd hebben.',
    '2025-09-23',
    [
      ['zomer', '2026-06', '2026-08', 'season'],
      ['zomer', '2026-06', '2026-08', 'season'],
    ],
  ],
  [
    '`voor de zomer` right after a perfect auxiliary, its participle a few words on, is the summer gone by (804)',
    'Drie slachthuizen hebben voor de zomer te maken gehad met grote clusters van besmettingen.',
    '2021-01-25',
    [['zomer', '2020-06', '2020-08', 'season']],
  ],
  [
    '`is voor de zomer` with a participle a few words on is the summer gone by',
    'Het onderzoek is voor de zomer door de inspectie afgerond.',
    '2021-01-25',
    [['zomer', '2020-06', '2020-08', 'season']],
  ],
  [
    '`voor de zomer` after a perfect auxiliary with a plan participle may lie ahead: next summer',
    'Het debat is voor de zomer gepland.',
    '2021-01-25',
    [['zomer', '2021-06', '2021-08', 'season']],
  ],
  [
    '`voor de zomer` after `zijn` with no participle of its own (another clause, or none) is next summer',
    'De rapporten zijn voor de zomer klaar en worden daarna gepubliceerd; het is voor de zomer nodig.',
    '2021-01-25',
    [
      ['zomer', '2021-06', '2021-08', 'season'],
      ['zomer', '2021-06', '2021-08', 'season'],
    ],
  ],
  [
    '`voor het kerstreces` in a perfect clause of what was sent is the recess gone by, eight words after its auxiliary (1600)',
    'Daarnaast heb ik u op het vlak van crisisbeheersing\nvoor het kerstreces geïnformeerd over de ontwikkelingen',
    '2023-01-24',
    [['kerstreces', '2022-12', '2023-01', 'approximate']],
  ],
  [
    '`voor het zomerreces` before a past tense is the recess gone by',
    'Voor het zomerreces heb ik uw Kamer geïnformeerd over de stand van zaken.',
    '2022-09-16',
    [['zomerreces', '2022-07', '2022-08', 'approximate']],
  ],
  [
    '`voor het kerstreces` before a participle without a perfect clause is the next recess',
    'Het plan moet voor het kerstreces ontvangen zijn.',
    '2023-01-24',
    [['kerstreces', '2023-12', '2024-01', 'approximate']],
  ],
  [
    '`kort na het zomerreces` in an autumn letter is the recess just ended (1726, 1358)',
    'ik ben blij dat al kort na het zomerreces dit zeer belangrijke onderwerp weer op de agenda staat.',
    '2004-09-17',
    [['zomerreces', '2004-07', '2004-08', 'approximate']],
  ],
  [
    '`na het zomerreces` in a spring letter is this summer’s recess, still to come (319)',
    'Ik verwacht het ontwerp van de ministeriële regeling na het zomerreces aan u te sturen.',
    '2019-04-10',
    [['zomerreces', '2019-07', '2019-08', 'approximate']],
  ],
  [
    'a season after `in de loop van` (1665)',
    'toegezegd dat de Kamer in de loop van het najaar een brief zou ontvangen over de veiligheidsrisico’s',
    '2022-09-19',
    [['najaar', '2022-09', '2022-11', 'season']],
  ],
  [
    'a day with its year after `van` (1656)',
    'Het huidige inburgeringsstelsel is sinds 1 januari van 2022 van kracht.',
    '2023-09-28',
    [['1 januari van 2022', '2022-01-01', null, 'day']],
  ],
  [
    'a year of the 1800s after `sinds` (1614)',
    'Nederland kent een lange geschiedenis van zoutwinning. Al sinds 1889 wordt er in Nederland\nzout gewonnen.',
    '2020-10-19',
    [['1889', '1889', null, 'year']],
  ],
  [
    'a year of the 1800s after `in` (2362)',
    'De huidige gerechtelijke kaart heeft een lange geschiedenis. Napoleon Bonaparte stelde per decreet in 1811 al de indeling in arrondissementen vast.',
    '2008-12-19',
    [['1811', '1811', null, 'year']],
  ],
  [
    'a year of the 1800s after `van` (2460)',
    'Voorlopers van de huidige Grondwet hadden daardoor een samenbindende functie. De Grondwet van 1848 kwam tot stand in een periode van nieuwe mogelijkheden',
    '2008-11-27',
    [['1848', '1848', null, 'year']],
  ],
  [
    'a number of the 1800s after `in` or `van` before a plural is a count, its noun',
    'In 1850 gevallen is de schade hersteld, een tekort van 1820 plaatsen.',
    '2020-10-19',
    [],
  ],
  [
    'the day of a paper cited with its sender between, `de brief van de commissie-Ekkart van 4 juli` (2171)',
    'mede naar aanleiding van de brief van de commissie-Ekkart van 4 juli, die deze samenhang nadrukkelijk bepleit.',
    '2002-01-03',
    [['4 juli', '2001-07-04', null, 'day']],
  ],
  [
    'the day of a paper cited with a sender whose name holds `van`',
    'In de brief van de staatssecretaris van Financiën van 4 november staat het antwoord.',
    '2006-05-10',
    [['4 november', '2005-11-04', null, 'day']],
  ],
  [
    'a meeting after a sender and `over` is no paper: its day may lie ahead',
    'Ik verwijs naar de brief van de minister over de Raad van 26 oktober.',
    '2012-10-01',
    [['26 oktober', '2012-10-26', null, 'day']],
  ],
  [
    'a day without its year that the text wrote with one before is that day (2171)',
    'de brieven van de staatssecretaris van OCW d.d. 21 mei 2001 respectievelijk 29 juni 2001 ter aanbieding van de aanbevelingen. De CDA-fractie was teleurgesteld over de terughoudendheid waarmee de regering op 29 juni reageerde.',
    '2002-01-03',
    [
      ['21 mei 2001', '2001-05-21', null, 'day'],
      ['29 juni 2001', '2001-06-29', null, 'day'],
      ['29 juni', '2001-06-29', null, 'day'],
    ],
  ],
  [
    'a day without its year that the text writes with one further on is that day (2367)',
    'Het commissiedebat ging over de brief van 2 oktober over de capaciteit. In de brief van 2 oktober 2024 staat het plan.',
    '2025-03-12',
    [
      ['2 oktober', '2024-10-02', null, 'day'],
      ['2 oktober 2024', '2024-10-02', null, 'day'],
    ],
  ],
  [
    'a day the text writes with two years takes neither',
    'Per 1 januari 2022 en per 1 januari 2024 wijzigt de regeling.\n\nOp 1 januari gaat het loket open.',
    '2023-03-12',
    [
      ['1 januari 2022', '2022-01-01', null, 'day'],
      ['1 januari 2024', '2024-01-01', null, 'day'],
      ['1 januari', '2023-01-01', null, 'day'],
    ],
  ],
  [
    'years after `prijspeil`, the prices of a year (2366)',
    'De bedragen zijn in prijspeil 2021 weergegeven.',
    '2023-06-12',
    [['2021', '2021', null, 'year']],
  ],
  [
    'a weekday says the year of a day written before with another (422)',
    'Op 4 januari 2020 begon het. Maandag 4 januari starten wij met vaccineren.',
    '2020-12-23',
    [
      ['4 januari 2020', '2020-01-04', null, 'day'],
      ['Maandag 4 januari', '2021-01-04', null, 'day'],
    ],
  ],
  [
    'a year glued to the next word, its space lost on the page (2164)',
    'Met betrekking tot de verdieping van de defensiesamenwerking in 2014vragen de leden van de PVV-fractie om een toelichting.',
    '2022-02-21',
    [['2014', '2014', null, 'year']],
  ],
  [
    'a year glued to a letter or two names an edition: no year',
    'Dit staat in de rapportage over 2019a en in de tabel van 2019bis.',
    '2022-02-21',
    [],
  ],
  [
    'a chain of consecutive days is one range (2250)',
    'De Europese Raad besluit op 1–2–3 mei 1998 welke lidstaten aan de derde fase deelnemen.',
    '1998-03-25',
    [['1–2–3 mei 1998', '1998-05-01', '1998-05-03', 'day']],
  ],
  [
    'two days that follow each other, their dash lost in a page title, are one range (2267)',
    'Brief regering : Geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025',
    '2025-09-30',
    [['13 14 oktober 2025', '2025-10-13', '2025-10-14', 'day']],
  ],
  [
    'two days that follow each other parted by a slash are one range (2390)',
    '– verslag Algemene Raad van 22/23 april 1996; – agenda Algemene Raad van 13/14 mei 1996;',
    '1996-05-30',
    [
      ['22/23 april 1996', '1996-04-22', '1996-04-23', 'day'],
      ['13/14 mei 1996', '1996-05-13', '1996-05-14', 'day'],
    ],
  ],
  [
    'days of one week parted by a slash are one range too, a conference of six days (2631)',
    'de zesde ministeriële WTO-conferentie (Hongkong, 13/18 december 2005) ging u afzonderlijk toe',
    '2005-11-21',
    [['13/18 december 2005', '2005-12-13', '2005-12-18', 'day']],
  ],
  [
    'a period from a year to a later month (2767)',
    'en politiële bijdragen aan internationale missies en operaties voor de periode 2025\ntot en met juni 2028 in het kader',
    '2025-03-28',
    [['2025 tot en met juni 2028', '2025', '2028-06', 'year']],
  ],
  [
    'the same after `tussen … en` (1313)',
    'met Saudi-Arabië als eindbestemming tussen 2007 en december 2010?',
    '2011-04-21',
    [['2007 en december 2010', '2007', '2010-12', 'year']],
  ],
  [
    'a month without its year as a deadline is the next such month (2732)',
    'verzoekt de regering te bezien of UWV nog een extra inzet kan plegen en om de Kamer hierover voor september te informeren,',
    '2008-11-27',
    [['september', '2009-09', null, 'month']],
  ],
  [
    '`voor de zomer` before a past-future `zou` is the summer planned, this year (1996)',
    'Zoals toegezegd voor de zomer zou ik uw Kamer updaten over de voortgang van de maatregelen',
    '2022-09-09',
    [['zomer', '2022-06', '2022-08', 'season']],
  ],
  [
    // Constructed: the corpus has no such sentence after the month (its 1573 `was voorzien voor medio juni` is no
    // deadline: `medio` is a part of the month).
    '`stond gepland voor juni` in a letter after June is the June gone by (constructed)',
    'De publicatie van het rapport stond gepland voor juni, maar is uitgesteld.',
    '2023-10-12',
    [['juni', '2023-06', null, 'month']],
  ],
  [
    '`was voorzien voor juni` and `werd gepland voor september`: the same (constructed)',
    'Het debat was voorzien voor juni. De evaluatie werd gepland voor september; die loopt vertraging op.',
    '2023-10-12',
    [
      ['juni', '2023-06', null, 'month'],
      ['september', '2023-09', null, 'month'],
    ],
  ],
  [
    '`voor juni gepland stond` in a subordinate clause: the same (constructed)',
    'Het onderzoek, dat voor juni gepland stond, is nog niet afgerond.',
    '2023-10-12',
    [['juni', '2023-06', null, 'month']],
  ],
  [
    'a plan in the present tense or the future still points at the next such month (constructed)',
    'De publicatie staat gepland voor juni. Het debat is voorzien voor juni. Ik zal u voor juni informeren.',
    '2023-10-12',
    [
      ['juni', '2024-06', null, 'month'],
      ['juni', '2024-06', null, 'month'],
      ['juni', '2024-06', null, 'month'],
    ],
  ],
  [
    'a season after `naar`: a plan moved to the coming one (2707)',
    'zijn en wordt verplaatst naar het najaar. Daarom zal de verplichting',
    '2025-06-17',
    [['najaar', '2025-09', '2025-11', 'season']],
  ],
  [
    'a bare year that serves as a date, `als realisatiedatum` (113)',
    'In plaats van de eerder gecommuniceerde 2028 als realisatiedatum, bleek dat de waterstofleiding pas in 2032 of zelfs later gerealiseerd kan worden.',
    '2024-12-05',
    [
      ['2028', '2028', null, 'year'],
      ['2032', '2032', null, 'year'],
    ],
  ],
  [
    'a bare year after `ipv`, in plaats van (2687)',
    'Een paar grote maatregelen zullen echter pas in 2030 ipv 2027 klaar zijn; de rest i.p.v. 2028 in 2029.',
    '2025-06-17',
    [
      ['2030', '2030', null, 'year'],
      ['2027', '2027', null, 'year'],
      ['2028', '2028', null, 'year'],
      ['2029', '2029', null, 'year'],
    ],
  ],
  [
    'days parted by a slash more than a fortnight apart are no range (only the month is taken)',
    'Zie bijlage 1/30 april 1996.',
    '1996-05-30',
    [['april 1996', '1996-04', null, 'month']],
  ],
  [
    'a later day before an earlier one is no range',
    'Zie bijlage 14/12 april 1996.',
    '1996-05-30',
    [['april 1996', '1996-04', null, 'month']],
  ],
  [
    'a report named by its year lends that year to no day after it on the line (2530)',
    'De verantwoording 1997 is evenwel reeds op 24 maart aan het Ministerie van Financiën aangeboden.',
    '1998-10-02',
    [['24 maart', '1998-03-24', null, 'day']],
  ],
  [
    'another year on the line still does: `RAZ en RBZ 2018 (sinds aantreden op 12 maart)`',
    'Zie het verslag van de RAZ en RBZ 2018 (sinds aantreden op 12 maart) hierover.',
    '2019-01-15',
    [['12 maart', '2018-03-12', null, 'day']],
  ],
  [
    'the year 2100 of the climate scenarios after `in` (2415)',
    'een temperatuurstijging van 2 graden Celsius in 2100.',
    '2019-11-01',
    [['2100', '2100', null, 'year']],
  ],
  [
    'two numbers before a month that do not follow each other are no range',
    'In tabel 12 14 oktober 2025 als peildatum.',
    '2025-09-30',
    [['14 oktober 2025', '2025-10-14', null, 'day']],
  ],
  [
    'days chained by dashes that do not follow each other are no range',
    'De Raad vergadert op 1–3–5 mei 1998.',
    '1998-03-25',
    [['3–5 mei 1998', '1998-05-03', '1998-05-05', 'day']],
  ],
  [
    'years after `jaartallen` (2171)',
    'Met name de terughoudendheid bij de jaartallen 1933 en 1938 als richtlijn voor de onvrijwilligheid is een onaangenaam signaal.',
    '2002-01-03',
    [
      ['1933', '1933', null, 'year'],
      ['1938', '1938', null, 'year'],
    ],
  ],
  [
    'years in brackets after `respectievelijk` (2110)',
    'Zo heeft de bevolking van Curaçao en Sint Maarten zich reeds jaren geleden (respectievelijk 2005 en 2000) in referenda uitgesproken.',
    '2009-11-20',
    [
      ['2005', '2005', null, 'year'],
      ['2000', '2000', null, 'year'],
    ],
  ],
  [
    'amounts in brackets after `respectievelijk` are no years',
    'Het aantal woningen steeg (respectievelijk 2005 en 2400 woningen) in beide gemeenten.',
    '2009-11-20',
    [],
  ],
  [
    'a year set beside an accepted one with `gelijk aan` (691)',
    'Het totale aantal grote projecten van negen, is in 2010 gelijk aan 2009.',
    '2011-05-18',
    [
      ['2010', '2010', null, 'year'],
      ['2009', '2009', null, 'year'],
    ],
  ],
  [
    'a compound of `jaar` names the year after it (1651)',
    'Ook ten aanzien van toeslagjaar 2012 is dat het geval.',
    '2011-12-30',
    [['2012', '2012', null, 'year']],
  ],
  [
    'a compound of `jaar` in brackets (215)',
    'Met deze brief bied ik u het vaccinatiegraadrapport (verslagjaar 2024) aan.',
    '2024-06-20',
    [['2024', '2024', null, 'year']],
  ],
  [
    '`vergaderjaar` with one year is a citation’s session, not a date (494)',
    'in mijn brief van 21 oktober 1996 (vergaderjaar 1996, 24 054, nr. 27) inzake de ontwikkelingen',
    '1996-12-19',
    [['21 oktober 1996', '1996-10-21', null, 'day']],
  ],
  [
    'a year after `anno` (2762)',
    'Het bondgenootschap wordt anno 2009 nog steeds op de proef gesteld, zij het op een andere manier dan tijdens de koude oorlog.',
    '2009-04-08',
    [['2009', '2009', null, 'year']],
  ],
  [
    'years alone on consecutive lines are a table’s headings (792)',
    'In onderstaand overzicht zijn de verplichtingen, uitgaven en ontvangsten van het Infrastructuurfonds opgenomen.\n\nInfrastructuurfonds in cijfers\n\n2010\n\n2011\n\nVerplichtingen ( € miljoen)\n\n9 660,8',
    '2012-05-16',
    [
      ['2010', '2010', null, 'year'],
      ['2011', '2011', null, 'year'],
    ],
  ],
  [
    'table years with an amount on the line between, the first after a number (568)',
    'Jaar\n\nBedragen (in €)\n\n2013\n\n1.553 mln.\n\n2014\n\n1.296 mln.\n\n2015\n\n1.115 mln.',
    '2018-10-15',
    [
      ['2013', '2013', null, 'year'],
      ['2014', '2014', null, 'year'],
      ['2015', '2015', null, 'year'],
    ],
  ],
  [
    'one number alone on its line is no table year',
    'Het aantal aanvragen was\n\n2013\n\nen dat is meer dan verwacht.',
    '2018-10-15',
    [],
  ],
  [
    'a number of the 1800s after another cue is a count',
    'In 1850 woningen is de schade hersteld.',
    '2020-10-19',
    [],
  ],
  [
    '`voor de zomer` before a future is next summer',
    'Voor de zomer zal ik uw Kamer informeren.',
    '2022-09-16',
    [['zomer', '2023-06', '2023-08', 'season']],
  ],
  [
    'a half year written `halfjaar` (210)',
    'de Panteia financieringsmonitor over het tweede halfjaar van 2015 met twee verdiepende onderzoeken',
    '2016-02-12',
    [['tweede halfjaar van 2015', '2015-07', '2015-12', 'month']],
  ],
  [
    'a part of a year until a later month: one period (440)',
    'de periode sinds eind 2017 tot april 2019 werd gepresenteerd',
    '2019-06-24',
    [['eind 2017 tot april 2019', '2017-12', '2019-04', 'approximate']],
  ],
  [
    'a part of a year until a part of a later year: one period (275)',
    'zal de serie vanaf begin 2007 tot medio 2010 worden geleverd',
    '2004-12-01',
    [['begin 2007 tot medio 2010', '2007-01', '2010-07', 'approximate']],
  ],
  [
    'a part of a month without a year takes the year of the end',
    'Eind maart tot eind juni 2019 liep het project.',
    '2022-04-21',
    [['Eind maart tot eind juni 2019', '2019-03', '2019-06', 'approximate']],
  ],
  [
    'two parts of months without a year: one period in the year the text gives',
    'In 2019 liep het van begin mei tot eind juni.',
    '2022-04-21',
    [
      ['2019', '2019', null, 'year'],
      ['begin mei tot eind juni', '2019-05', '2019-06', 'approximate'],
    ],
  ],
  [
    'no period when the end comes before the start, or `tot` starts no date',
    'Van eind 2019 tot begin 2018 is fout. Eind 2017 tot stand gekomen.',
    '2022-04-21',
    [
      ['eind 2019', '2019-12', null, 'approximate'],
      ['begin 2018', '2018-01', null, 'approximate'],
      ['Eind 2017', '2017-12', null, 'approximate'],
    ],
  ],
  [
    '`van dat jaar`: the year named last before, in the paragraph (1248)',
    'In mei 2018 werden vier veehandelaren veroordeeld en in juli van dat jaar is de eigenaar opnieuw veroordeeld.',
    '2019-02-11',
    [
      ['mei 2018', '2018-05', null, 'month'],
      ['juli van dat jaar', '2018-07', null, 'month'],
    ],
  ],
  [
    '`dat jaar` after a period word (1215); without a year before, the month keeps the letter year',
    'In december 2019 ontstond een tekort; eind dat jaar was het op.\n\nIn juli van dat jaar komt er meer.',
    '2020-11-11',
    [
      ['december 2019', '2019-12', null, 'month'],
      ['eind dat jaar', '2019-12', null, 'approximate'],
      ['juli', '2020-07', null, 'month'],
    ],
  ],
  [
    'a season right after `vorig jaar`, as people say it (233)',
    'hebben sociale partners vorig jaar zomer een akkoord gesloten',
    '2022-04-21',
    [['vorig jaar zomer', '2021-06', '2021-08', 'season']],
  ],
  [
    'a month after `vorig jaar`, with or without `in`',
    'Vorig jaar december is de wet aangenomen; volgend jaar in maart volgt de evaluatie.',
    '2022-04-21',
    [
      ['Vorig jaar december', '2021-12', null, 'month'],
      ['volgend jaar in maart', '2023-03', null, 'month'],
    ],
  ],
  [
    'a season with its article after `in`',
    'Dit jaar in het najaar komt de wet.',
    '2022-04-21',
    [['Dit jaar in het najaar', '2022-09', '2022-11', 'season']],
  ],
  [
    'no month or season after `vorig jaar in`: the year alone',
    'Vorig jaar in de Kamer is het besproken.',
    '2022-04-21',
    [['Vorig jaar', '2021', null, 'year']],
  ],
  [
    'a half year written `half jaar` (368)',
    'In het eerste half jaar van 2016 is sprake van een forse toename van het aantal meldingen.',
    '2016-09-23',
    [['eerste half jaar van 2016', '2016-01', '2016-06', 'month']],
  ],
  [
    'the first six months of a year, a table head (368)',
    'Eerste zes maanden 2014\nEerste zes maanden 2015\n',
    '2016-09-23',
    [
      ['Eerste zes maanden 2014', '2014-01', '2014-06', 'month'],
      ['Eerste zes maanden 2015', '2015-01', '2015-06', 'month'],
    ],
  ],
  [
    'six months without a year are no date',
    'De eerste zes maanden na de start zijn lastig, en de laatste zes maanden van het project ook.',
    '2016-09-23',
    [],
  ],
  [
    'a list shares its last year, also after a date with a year of its own (193)',
    'Zoals wij in onze brieven van 10 juli 2020, 27 januari en 26 mei 2021 hebben aangegeven',
    '2021-06-17',
    [
      ['10 juli 2020', '2020-07-10', null, 'day'],
      ['27 januari', '2021-01-27', null, 'day'],
      ['26 mei 2021', '2021-05-26', null, 'day'],
    ],
  ],
  [
    "the days of cited letters share the list's last year, not the past of the letter (1900)",
    'Bij brieven van 31 januari en 22 juni 2001 heb ik de Tweede Kamer ingelicht over de factoren',
    '2002-03-14',
    [
      ['31 januari', '2001-01-31', null, 'day'],
      ['22 juni 2001', '2001-06-22', null, 'day'],
    ],
  ],
  [
    'a list shares its last year also when each date carries its citation in brackets (439)',
    'de artikel 100-brieven van 19 juni 2015 (Kamerstuk 27 925, nr. 539), 29 januari (Kamerstuk 27 925, nr. 570) en 9 september 2016 (Kamerstuk 27 925, nr. 597) en',
    '2018-09-14',
    [
      ['19 juni 2015', '2015-06-19', null, 'day'],
      ['29 januari', '2016-01-29', null, 'day'],
      ['9 september 2016', '2016-09-09', null, 'day'],
    ],
  ],
  [
    'a month, `van`, then its year (501)',
    'Het NMP3 is verschenen in februari van 1998, de Nota Milieu en Economie in juni 1997.',
    '1999-09-21',
    [
      ['februari van 1998', '1998-02', null, 'month'],
      ['juni 1997', '1997-06', null, 'month'],
    ],
  ],
  [
    'two years after `tussen` are a period (507)',
    'innovatiecentra om vve te versterken. Tussen 2017 en 2020 zijn de vijf innovatiecentra onderzocht.',
    '2021-11-02',
    [['2017 en 2020', '2017', '2020', 'year']],
  ],
  [
    'two months after `tussen` are a period (407)',
    'In de periode tussen december 2023 en december 2024 is het aantal gestegen.',
    '2025-01-15',
    [['december 2023 en december 2024', '2023-12', '2024-12', 'month']],
  ],
  [
    'the days of cited letters, a list without a year, lie before the letter (525)',
    'In de Kamerbrieven van 7 oktober, 4 november, 9 november en 12 december heb ik u geïnformeerd.',
    '2006-05-12',
    [
      ['7 oktober', '2005-10-07', null, 'day'],
      ['4 november', '2005-11-04', null, 'day'],
      ['9 november', '2005-11-09', null, 'day'],
      ['12 december', '2005-12-12', null, 'day'],
    ],
  ],
  [
    'a cited letter of earlier this year keeps the year (525)',
    'In mijn brief van 3 mei heb ik u geïnformeerd; op 7 oktober volgt de rapportage.',
    '2006-05-12',
    [
      ['3 mei', '2006-05-03', null, 'day'],
      ['7 oktober', '2006-10-07', null, 'day'],
    ],
  ],
  [
    'a 29 February of a cited letter finds its leap year (395)',
    'Zoals gemeld in de IOT&E-brief van 29 februari heeft de Kamer',
    '2009-03-31',
    [['29 februari', '2008-02-29', null, 'day']],
  ],
  [
    'a day a perfect clause says something was answered on lies before the text (605)',
    'De vragen 1 tot met 16 zijn reeds op 11 december beantwoord (Kamerstuk 32 404, nr. 95).',
    '2020-02-13',
    [['11 december', '2019-12-11', null, 'day']],
  ],
  [
    'a day something will be answered on keeps the default year',
    'De vragen worden op 11 december beantwoord; de stemming is op 12 december gepland.',
    '2020-02-13',
    [
      ['11 december', '2020-12-11', null, 'day'],
      ['12 december', '2020-12-12', null, 'day'],
    ],
  ],
  [
    'two months with their years more than a year apart are one period (617)',
    'Bovenop de reguliere inzet heeft Nederland in de periode januari 2016 tot januari 2018 additionele capaciteit',
    '2018-05-16',
    [['januari 2016 tot januari 2018', '2016-01', '2018-01', 'month']],
  ],
  [
    'two days of different months after `tussen` are a period (617)',
    'Tussen 1 juli 2017 en 31 december 2017 zijn er zes missies geweest.',
    '2018-05-16',
    [['1 juli 2017 en 31 december 2017', '2017-07-01', '2017-12-31', 'day']],
  ],
  [
    'a month after `jongstleden` is the last of that name (1397)',
    'de vraag of het klopt dat na het vertrek van zakelijk directeur Klever jongstleden juli haar dochter haar takenpakket heeft overgenomen',
    '2024-12-09',
    [['jongstleden juli', '2024-07', null, 'month']],
  ],
  [
    'a month after `Afgelopen` (89)',
    'Afgelopen december heeft uw Kamer de eerste Verzamelbrief Digitalisering ontvangen',
    '2024-06-28',
    [['Afgelopen december', '2023-12', null, 'month']],
  ],
  [
    "a month after `afgelopen`, before the letter's own month (261)",
    'De cijfers zijn opgenomen in de 21e Halfjaarsrapportage die afgelopen april aan uw Kamer is verzonden.',
    '2018-06-12',
    [['afgelopen april', '2018-04', null, 'month']],
  ],
  [
    'a month after `komende` is the next of that name',
    'Het rapport verschijnt komende maart.',
    '2024-10-04',
    [['komende maart', '2025-03', null, 'month']],
  ],
  [
    'with its year written, the month reads the year, not the word before',
    'Afgelopen juli 2023 is het plan gepubliceerd.',
    '2024-10-04',
    [['juli 2023', '2023-07', null, 'month']],
  ],
  [
    'a month in a compound after `vorige` names a paper, no date',
    'In de vorige mei-circulaire stond het bedrag.',
    '2024-10-04',
    [],
  ],
  [
    'a bare year after `m.i.v.`, met ingang van (1441)',
    'verzoekt de regering de Kamer m.i.v. 1997 elk half jaar te informeren over de wapenexporten,',
    '1996-12-17',
    [['1997', '1997', null, 'year']],
  ],
  [
    'a meeting of a day that a past tense right after tells of was held before the letter (1540)',
    'Tijdens het algemeen overleg van 30 september heb ik u geïnformeerd dat 950 Dublinoverdrachten waren gerealiseerd.',
    '2016-01-04',
    [['30 september', '2015-09-30', null, 'day']],
  ],
  [
    'a meeting of a day told of in the future takes the letter year',
    'Tijdens het algemeen overleg van 30 september zal ik u informeren over de Dublinoverdrachten.',
    '2016-01-04',
    [['30 september', '2016-09-30', null, 'day']],
  ],
  [
    "a month the letter year puts far before a letter about the future is next year's, half a month is one date (2793)",
    'Gegeven het bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een reactie komen.',
    '2019-12-20',
    [['tweede helft van januari', '2020-01', null, 'approximate']],
  ],
  [
    'half a month told of in the future, near the letter: the letter year (180)',
    'zal separaat beantwoord worden in de Regeldrukbrief die ik in de eerste helft van februari aan uw Kamer zal toesturen.',
    '2011-01-24',
    [['eerste helft van februari', '2011-02', null, 'approximate']],
  ],
  [
    "a season in a December letter, told of with `zal`, is next year's (2712)",
    'Het CPB zal in het voorjaar voor het eerst een inschatting maken van de economische ontwikkelingen in 2014.',
    '2012-12-19',
    [
      ['voorjaar', '2013-03', '2013-05', 'season'],
      ['2014', '2014', null, 'year'],
    ],
  ],
  [
    'a season in a December letter without a tense cue keeps the letter year (2712)',
    'Het kabinet kent een hoofdbesluitvormingsmoment in het voorjaar.',
    '2012-12-19',
    [['voorjaar', '2012-03', '2012-05', 'season']],
  ],
  [
    "a day a motion asks for, in a December motion, is next year's (1180)",
    'verzoekt de regering om alsnog het extra bedrag, € 22.200.000, ter beschikking te stellen van gemeenten voor de organisatie van het referendum op 6 april, ofwel door de financiële dekking te gebruiken',
    '2015-12-14',
    [['6 april', '2016-04-06', null, 'day']],
  ],
  [
    "a month told of in the present passive, in a November motion, is next year's (371)",
    'van mening dat dit gewenste inzicht samenhangt met het gevraagde onderzoek naar de kosten en gevolgen van fair practice, welk in februari aan de Kamer wordt gestuurd;',
    '2019-11-18',
    [['februari', '2020-02', null, 'month']],
  ],
  [
    "an expectation in a December letter is next year's (1260)",
    'De verwachting is dat alle negen Wob-verzoeken medio januari gereed zijn.',
    '2020-12-18',
    [['medio januari', '2021-01', null, 'approximate']],
  ],
  [
    "a month the letter year puts far after an April letter about the past is last year's (917)",
    'In oktober is een tussenbalans van het proces opgemaakt en heb ik uw Kamer de contouren van de nieuwe natuurvisie geschetst (Kamerstuk 33 576, nr. 9).',
    '2014-04-11',
    [['oktober', '2013-10', null, 'month']],
  ],
  [
    "a month before a participle (`de in december gedane toezegging`) in an April letter is last year's (20)",
    'Reden voor dit verzoek was de in december gedane toezegging in uw Kamer om in 2013 een nationaal programma preventie (NPP) te ontwikkelen en in maart een eerste opzet daarvan naar uw Kamer te sturen.',
    '2013-04-03',
    [
      ['december', '2012-12', null, 'month'],
      ['2013', '2013', null, 'year'],
      ['maart', '2013-03', null, 'month'],
    ],
  ],
  [
    'a past question in a January answer is of last year (1863)',
    'Was het materieeltekort begin december al bij u bekend, toen de Luchtmobiele Brigade de taken van de commando’s overnam?',
    '2017-01-23',
    [['begin december', '2016-12', null, 'approximate']],
  ],
  [
    'what was told would come in a season, in a February paper, came last year (1314)',
    'De Kamer is gemeld dat in het najaar het besluit zou vallen met betrekking tot het produktie- en het verwervingstraject.',
    '1999-02-12',
    [['najaar', '1998-09', '1998-11', 'season']],
  ],
  [
    'a `te`-infinitive after the date looks ahead from a past telling: the letter year (285)',
    'Met betrekking tot de uitvoering van de motie Marijnissen heeft de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties uw Kamer laten weten u eind van het jaar te informeren over de plannen van aanpak van de departementen.',
    '2021-06-22',
    [['eind van het jaar', '2021-12', null, 'approximate']],
  ],
  [
    'a habit in the present tense keeps the letter year (33)',
    'Voor de uitgaven die vallen onder de Wet Langdurige Zorg (Wlz) en die ook onder het\nWlz-kader vallen, ontvangt VWS tweemaal per jaar (in februari en in juli) een update\nvan de uitvoeringscijfers.',
    '2022-09-15',
    [
      ['februari', '2022-02', null, 'month'],
      ['juli', '2022-07', null, 'month'],
    ],
  ],
  [
    '`zomerseizoen` is the summer (609)',
    'dat de wetswijziging van kracht wordt vóór het begin van het zomerseizoen van 1995, in overeenstemming met',
    '1995-03-01',
    [['zomerseizoen van 1995', '1995-06', '1995-08', 'season']],
  ],
  [
    'a day glued to `d.d.` (592)',
    'Naar aanleiding van de brief d.d.16 juni 1999 heeft de commissie vragen gesteld.',
    '1999-09-01',
    [['16 juni 1999', '1999-06-16', null, 'day']],
  ],
  [
    'a trimester with its year, January to April (641)',
    'heb ik aangegeven naar verwachting in het eerste trimester van 2018 het kabinetsstandpunt aan te bieden',
    '2018-04-26',
    [['eerste trimester van 2018', '2018-01', '2018-04', 'month']],
  ],
  [
    'a trimester without a year is no date',
    'Het eerste trimester is zwaar voor de leerlingen.',
    '2018-04-26',
    [],
  ],
  [
    'a budget debate followed by its season gives the season only (664)',
    'Hiermee kunt u de Minister van VWS tijdens de begrotingsbehandeling\ndit najaar aanspreken op wat hij wil bereiken.',
    '2023-09-28',
    [['dit najaar', '2023-09', '2023-11', 'season']],
  ],
  [
    '`op weg naar` a year (696)',
    'de concrete stappen die worden gezet op weg naar 2030.',
    '2020-04-24',
    [['2030', '2030', null, 'year']],
  ],
  [
    "a quoted letter's year-less dates count from its own date line (729, a verslag of 2020)",
    'De commissie brengt bijgaand verslag uit.\n\nAan de Minister van Binnenlandse Zaken en Koninkrijksrelaties\n\nDen Haag, 18 december 2019\n\nU geeft daarin aan graag nog in december, en anders uiterlijk januari volgend jaar met de Kamer in debat te willen.',
    '2020-01-31',
    [
      ['18 december 2019', '2019-12-18', null, 'day'],
      ['december', '2019-12', null, 'month'],
      ['januari volgend jaar', '2020-01', null, 'month'],
    ],
  ],
  [
    "a note after the comma that follows a day's year (740)",
    'Naar aanleiding van de brief van de Staatssecretaris van 28 november 2022,1 waarin de Staatssecretaris antwoordt',
    '2023-04-21',
    [['28 november 2022', '2022-11-28', null, 'day']],
  ],
  [
    'a day to the end of a month with its year is one period (742)',
    'de herfstzitting van de 64e Algemene Vergadering, die werd gehouden van 23 september tot eind december 2009. In dit verslag',
    '2010-03-01',
    [['23 september tot eind december 2009', '2009-09-23', '2009-12-31', 'day']],
  ],
  [
    '… and `tussen` a day and the middle of a month, to its middle (2033)',
    'Ja, in de periode tussen 15 april en medio mei 2021 vervangt Rijkswaterstaat de meest beschadigde druk- en geleidewielen van de sluisdeur aan de Waalzijde.',
    '2021-06-03',
    [['15 april en medio mei 2021', '2021-04-15', '2021-05-15', 'day']],
  ],
  [
    'half a month is its middle, as `medio` (337)',
    'Deze beide organen komen respectievelijk half november en eind november met een advies.',
    '2017-11-13',
    [
      ['half november', '2017-11', null, 'approximate'],
      ['eind november', '2017-11', null, 'approximate'],
    ],
  ],
  [
    'half a month after `vanaf` (2685)',
    'Vanaf half mei is er in grote delen van Nederland neerslag van betekenis gevallen',
    '2022-06-20',
    [['half mei', '2022-05', null, 'approximate']],
  ],
  [
    'a list of months shares the suffix after its last: each in the past before the letter (1964)',
    'Na eerdere debatten over de toekomst van het GLB in november, december en januari jl. zal de Raad',
    '2011-02-11',
    [
      ['november', '2010-11', null, 'month'],
      ['december', '2010-12', null, 'month'],
      ['januari jl.', '2011-01', null, 'month'],
    ],
  ],
  [
    "a list of months shares the year after its last; without one, the cued first month's year",
    'in april, mei en juni 2019 en later in maart, april en mei',
    '2019-09-01',
    [
      ['april', '2019-04', null, 'month'],
      ['mei', '2019-05', null, 'month'],
      ['juni 2019', '2019-06', null, 'month'],
      // The year from the line before, as ever.
      ['maart', '2019-03', null, 'month'],
      ['april', '2019-04', null, 'month'],
      ['mei', '2019-05', null, 'month'],
    ],
  ],
  [
    'a list of months without a year: each month a date (474)',
    'Dit concept is in november en december besproken in de maatschappelijke en bestuurlijke stuurgroepen',
    '2016-12-23',
    [
      ['november', '2016-11', null, 'month'],
      ['december', '2016-12', null, 'month'],
    ],
  ],
  [
    'a list of months without a year, after one cue (643)',
    'of dat er geen loonsom in januari en november is',
    '2020-07-09',
    [
      ['januari', '2020-01', null, 'month'],
      ['november', '2020-11', null, 'month'],
    ],
  ],
  [
    'a year, a slash and a number that no year continues is the number of an act (1964)',
    'In de Europese welzijnsrichtlijn voor leghennen (1999/74) is bepaald; in het vergaderjaar 2010/11',
    '2011-02-11',
    [['2010/11', '2010', '2011', 'year']],
  ],
  [
    'a day after `op` that lost its space (2050)',
    'Verslag van een commissiedebat, gehouden op15 juni 2022, over georganiseerde criminaliteit; top15 juni blijft',
    '2022-07-01',
    [['15 juni 2022', '2022-06-15', null, 'day']],
  ],
  [
    'a day after `per de` that lost its space, `de` with a stray capital (665)',
    'is de Wet tegemoetkoming loondomein (Wtl) per dE1 januari 2017 ingevoerd. Het lage inkomensvoordeel is in 2018 voor het eerst aan werkgevers uitbetaald.',
    '2020-07-06',
    [
      ['1 januari 2017', '2017-01-01', null, 'day'],
      ['2018', '2018', null, 'year'],
    ],
  ],
  [
    'a day after a comma that lost its space, a place before it (1933)',
    'Den Haag,13 juli 2018\n\nMet de motie van het lid Hijink; in 2014 t/m 2017 is 1,5 juli geen dag',
    '2018-07-13',
    [
      ['13 juli 2018', '2018-07-13', null, 'day'],
      ['2014 t/m 2017', '2014', '2017', 'year'],
    ],
  ],
  [
    'a day to the end of a month of a later written year is one period (1847)',
    'De auditdienst heeft de ICT-projecten onderzocht in de periode van 1 januari 2012 tot en met juni 2016 (Kamerstuk 30 517, nr. 31);',
    '2018-11-15',
    [['1 januari 2012 tot en met juni 2016', '2012-01-01', '2016-06-30', 'day']],
  ],
  [
    'a day to a day of a later written year is one period',
    'van 1 maart 2019 tot en met 28 februari 2022 liep het programma',
    '2023-01-10',
    [['1 maart 2019 tot en met 28 februari 2022', '2019-03-01', '2022-02-28', 'day']],
  ],
  [
    'a statement cited by its day was issued before the letter (763)',
    'Het pakket past binnen de doelstellingen van de Verklaring van 26 oktober van de Staatshoofden en Regeringsleiders van de Eurozone.',
    '2012-02-25',
    [['26 oktober', '2011-10-26', null, 'day']],
  ],
  [
    'a meeting cited by its day may lie ahead',
    'Ik zal de Kamer informeren over de Raad van 26 oktober.',
    '2012-02-25',
    [['26 oktober', '2012-10-26', null, 'day']],
  ],
  [
    '`sedert`, the older `sinds` (545)',
    'Zij hadden ook nauwgezet de pogingen gevolgd sedert 1992 om een brug te slaan.',
    '2000-12-19',
    [['1992', '1992', null, 'year']],
  ],
  [
    "a later group's session year before a dossier and its numbers without a comma (1019)",
    'In vervolg op mijn eerdere brieven (kamerstukken II 1999/2000, 27 157, nrs. 1 tot en met 3, 5 en 8 en 9 en 2000/2001, 27 157 nrs. 10 en 13 en de brief van 14 juli 2000) doe ik u hierbij',
    '2001-03-01',
    [['14 juli 2000', '2000-07-14', null, 'day']],
  ],
  [
    "a month in a motion's `constaterende dat` clause has passed (1055)",
    'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de regering in december een «aanwijzing» aan gemeenten gaf om deze\nopvang te bieden;\n\nverzoekt de regering in december te rapporteren,',
    '2022-01-19',
    [
      ['december', '2021-12', null, 'month'],
      ['december', '2022-12', null, 'month'],
    ],
  ],
  [
    "a day in a `constaterende dat` clause on a page that breaks lines mid-sentence (124's rule for a day)",
    'constaterende dat de Staten-Generaal op\n15 november gezamenlijk het rapport hebben gepresenteerd;',
    '2018-02-22',
    [['15 november', '2017-11-15', null, 'day']],
  ],
  [
    'an `overwegende dat` clause may look ahead',
    'overwegende dat in december de top plaatsvindt;',
    '2022-01-19',
    [['december', '2022-12', null, 'month']],
  ],
  [
    'a year after `in` before `naar` and an amount is a year (1140)',
    'Overigens zijn de CO2-emissies voor de sector verkeer dalend van 39,7 Mton in 2006 naar 39,0 Mton in 2007.',
    '2009-11-01',
    [
      ['2006', '2006', null, 'year'],
      ['2007', '2007', null, 'year'],
    ],
  ],
  [
    'a season to a later season is one period (1094)',
    'De commissie heeft een studie verricht naar de besluitvorming in de periode zomer 2002 tot zomer 2003 over de steun.',
    '2010-02-09',
    [['zomer 2002 tot zomer 2003', '2002-06', '2003-08', 'season']],
  ],
  [
    'a season to an earlier one stays two seasons',
    'Tussen zomer 2003 tot zomer 2002 is dat verschoven.',
    '2010-02-09',
    [
      ['zomer 2003', '2003-06', '2003-08', 'season'],
      ['zomer 2002', '2002-06', '2002-08', 'season'],
    ],
  ],
  [
    'an ordinal day before a month (995)',
    'Aldus vastgesteld in de vergadering van de Centrale Commissie van de 2de februari 2010.',
    '2010-02-02',
    [['2de februari 2010', '2010-02-02', null, 'day']],
  ],
  [
    'ordinal days with `ste` and `e`, without a year',
    'Per 1ste maart gaat de regeling in; de evaluatie volgt op 3e juni.',
    '2010-02-02',
    [
      ['1ste maart', '2010-03-01', null, 'day'],
      ['3e juni', '2010-06-03', null, 'day'],
    ],
  ],
  [
    'an ordinal that is no day stays what it was',
    'In de 2de helft van 2010 en bij de 3e lezing volgt meer.',
    '2010-02-02',
    [['2de helft van 2010', '2010-07', '2010-12', 'month']],
  ],
  [
    'an approximate year after a time word (844)',
    'Vanaf ongeveer 2020 bereiken de schepen dan ook het einde van hun technische en operationele levensduur.',
    '2018-03-29',
    [['2020', '2020', null, 'year']],
  ],
  [
    'an approximate number after a time word is an amount when a unit follows',
    'Vanaf ongeveer 2000 mensen per jaar wordt het lastig; sinds circa 2010 euro per maand ook.',
    '2018-03-29',
    [],
  ],
  [
    'an approximate number without a time word is an amount',
    'Het gaat om ongeveer 2020 aanvragen.',
    '2018-03-29',
    [],
  ],
  [
    'two years without `tussen` stay two',
    'In 2017 en 2020 zijn de centra onderzocht.',
    '2021-11-02',
    [
      ['2017', '2017', null, 'year'],
      ['2020', '2020', null, 'year'],
    ],
  ],
  [
    'without a letter date, the last year written stands in',
    'In 2018 ... op 12 maart',
    null,
    [
      ['2018', '2018', null, 'year'],
      ['12 maart', '2018-03-12', null, 'day'],
    ],
  ],
];

const notDates: [rule: string, text: string][] = [
  [
    'an anchor in a clause of every year (431)',
    'Elk jaar wordt u met Prinsjesdag door het kabinet geïnformeerd over de voortgang binnen het deltaprogramma',
  ],
  [
    'an anchor in a clause of every year, its cue words away (1174)',
    'Ik zal dit tijdens deze kabinetsperiode ieder jaar\nrond deze tijd voor het zomerreces van uw Kamer doen.',
  ],
  [
    'a season in a clause of every year (215)',
    'Het RIVM brengt jaarlijks voor de zomer een vaccinatiegraadrapport uit.',
  ],
  [
    'a part of a month in a clause of every year (985)',
    'Het kabinet besluit ieder jaar eind augustus over de lastenkant van de begroting voor\nhet jaar erna.',
  ],
  [
    'a month in a clause of every year (2394)',
    'Op grond van het Toetsingskader kan uw Kamer jaarlijks iedere derde woensdag in mei beschikken over een tussentijdse evaluatie',
  ],
  [
    'a month in a clause of every year, with the day it names after it (691)',
    'dat de commissie voor de Rijksuitgaven jaarlijks op de derde woensdag in mei (Verantwoordingsdag) een rapport uitbrengt',
  ],
  [
    'a day without its year in a clause of every year (2143)',
    '• jaarlijks voor 31 december in de WNT-jaarrapportage een overzicht van geconstateerde overschrijdingen',
  ],
  [
    'a month in a clause of every season, `ieder voorjaar` (215’s words)',
    'Het RIVM brengt ieder voorjaar in april een vaccinatiegraadrapport uit.',
  ],
  [
    'a number before `als` and no date or year',
    'de eerder gecommuniceerde 2028 als richtlijn voor het aantal',
  ],
  ['`m.i.v.` before a number that is no year', 'de levering m.i.v. 12 stuks van het materieel'],
  ['a wave named by a year and one digit (210)', 'tegen 71% in de 2015-1 meting en 54% in 2014-1.'],
  ['document number (06)', 'Nr. 2072 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN'],
  ['time (15)', 'Aanvang 14.01 uur.'],
  ['article (06)', 'RAZ + RAZ artikel 50'],
  ['amount', 'een bedrag van € 2020 per jaar'],
  ['count after a number word', 'in totaal 2019 meldingen'],
  [
    'session year inside an Aanhangsel citation (13)',
    'Zie ook Aanhangsel Handelingen,\nvergaderjaar 2020–2021, nr. 2844.',
  ],
  [
    'session year inside a Handelingen citation (08)',
    '(Handelingen II 2021/22, nr. 82, debat over sms-berichten',
  ],
  ['session year inside a Kamerstukken citation', 'Kamerstukken II 2009/10, 27858, nr. 88, p. 3'],
  [
    'session year after a comma, the older style (56)',
    'actieprogramma Elektronische Overheid (Kamerstukken II, 1998–1999, 26 387, nr. 1).',
  ],
  ['session year after a comma, Handelingen', 'zoals gemeld (Handelingen II, 2003–2004, blz. 1234)'],
  [
    'session year after the chamber in letters (399)',
    'geïnformeerd (Kamerstukken TK, 2007–2008, 31 200 XI, nr. 135) over de raadplegingen',
  ],
  [
    'session year before the dossier, the older style (494)',
    'de brief (vergaderjaar 1995–1996, 24 690, nr. 1) en (vergaderjaar 1996–1997, 25 000 XI, nr. 28)',
  ],
  ['Staatscourant year', 'Stcrt. 2022, 1234'],
  [
    'the number of an EU act (546, 555)',
    'ter implementatie van richtlijn 2004/83/EG van de Raad en richtlijn 2013/32/EU betreffende',
  ],
  ['zaaknummer (13)', 'de schriftelijke vragen (2021Z07250) van de leden'],
  ['year in a title (NAVO)', 'het vaststellen van de Political Guidance 2023 door de Ministers'],
  ['year in a title in brackets (NAVO)', 'de Defensie Industrie Strategie (2018) in de actuele'],
  ['small numbers joined by en (NAVO)', 'de Nordstream 1 en 2 pijpleidingen'],
  ['dossier number with a day-sized number (NAVO)', '(Kamerstuk 29 521, nr. 446)'],
  ['five-digit year', 'in 20211 was het'],
  ['bare anchor with unknown year (06)', 'Afgemeld i.v.m. Prinsjesdag'],
  [
    '`op` a budget debate as the object of a verb (946)',
    'Deze evaluatie gaat in op de begrotingsbehandeling door de Kamer',
  ],
  [
    'op Prinsjesdag in what is done every year (985)',
    'de lastenontwikkeling zoals het kabinet die op Prinsjesdag presenteert.',
  ],
  [
    'tijdens de jaarwisseling, every year’s (1377)',
    'constaterende dat vuurwerk de belangrijkste bron van onveiligheid is tijdens de jaarwisseling;',
  ],
  ['heden is not listed (08)', 'In het debat van heden heb ik'],
  ['half of a meeting', 'de eerste helft van de vergadering'],
  ['impossible day', 'op 31 april 2022'],
  ['29 februari in a common year', 'op 29 februari 2023'],
];

describe('findDates: rules with real examples', () => {
  it.each(rules)('%s', (_rule, text, ref, expected) => {
    expect(dates(text, ref)).toEqual(expected);
  });
});

describe('findDates: not dates', () => {
  it.each(notDates)('%s', (_rule, text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('findDates: offsets', () => {
  it('reports original offsets and the literal text, with the footnote digit left out', () => {
    const original = 'van 10 december 20211 informeer';
    const [d] = findDates(normalizeText(original), '2022-06-07');
    expect(d).toBeDefined();
    expect(original.slice(d!.start, d!.end)).toBe('10 december 2021');
    expect(d!.text).toBe('10 december 2021');
  });

  it('keeps the line break in the text of a date broken across lines', () => {
    const [d] = findDates(normalizeText('d.d. 26 januari\n2024 inzake'), '2024-03-22');
    expect(d?.text).toBe('26 januari\n2024');
  });

  it('returns dates in text order', () => {
    const found = findDates(normalizeText('Op 29 september bracht … op 22 september een'), '2022-09-30');
    expect(found.map((d) => d.iso)).toEqual(['2022-09-29', '2022-09-22']);
  });

  it('leaves year-less dates out when there is no reference at all', () => {
    expect(dates('Op 12 en 13 oktober komen', null)).toEqual([]);
  });
});

/** The text as is, with an identity offset map: the grammar on its own, whatever the text layer strips. */
function identityText(original: string): NormalizedText {
  return {
    original,
    text: original,
    footnoteMarkers: [],
    toOriginal: (i) => i,
    spanToOriginal: (start, end) => ({ start, end }),
  };
}

describe('findDates: footnote digits without the text layer', () => {
  it('refuses a five-digit year but reads `10 december 20211` as 2021-12-10 without the marker (09)', () => {
    const original = 'In navolging op de Kamerbrief van 10 december 20211 informeer ik';
    const found = findDates(identityText(original), '2022-06-07');
    expect(found.map((d) => [d.text, d.iso])).toEqual([['10 december 2021', '2021-12-10']]);
    expect(original.slice(found[0]!.start, found[0]!.end)).toBe('10 december 2021');
  });

  it('reads a year range with a footnote after its period (09)', () => {
    const found = findDates(identityText('in de periode 2020–2025.2. In deze brief'), '2022-06-07');
    expect(found.map((d) => [d.text, d.iso, d.endIso])).toEqual([['2020–2025', '2020', '2025']]);
  });

  it('never reads a bare five-digit number as a year', () => {
    expect(findDates(identityText('in 20211 en 202112'), '2022-06-07')).toEqual([]);
  });
});

describe('findDates: amounts that look like years', () => {
  it('skips `van 1950 naar 2100` (a change of amount)', () => {
    expect(dates('het aantal steeg van 1950 naar 2100 gevallen')).toEqual([]);
  });
});

describe('words and numbers the grammar passes over quickly', () => {
  // `matchAt` returns at once for a short number not followed by a separator or a vocabulary word, and
  // for `dit`/`deze`, ordinals and year-offset words not followed by a vocabulary word: these examples
  // are on both sides of that line.
  it.each([
    ['deze brief van 12 maart', [['12 maart', '2022-03-12', null, 'day']]],
    ['Deze week', [['Deze week', '2022-09-26', '2022-10-02', 'approximate']]],
    ['in dit jaar', [['dit jaar', '2022', null, 'year']]],
    ['het lopende jaar', [['lopende jaar', '2022', null, 'year']]],
    ['dit kabinet, deze Kamer', []],
    ['de Tweede Kamer', []],
    ['het tweede kwartaal van 2023', [['tweede kwartaal van 2023', '2023-04', '2023-06', 'quarter']]],
    ['de laatste helft', []],
    ['Kamerstuk 29 521, nr. 12', []],
    ['12 procent', []],
    ['12, 13 en 14 maart', [['12, 13 en 14 maart', '2022-03-12', '2022-03-14', 'day']]],
    ['30-31 augustus 2018', [['30-31 augustus 2018', '2018-08-30', '2018-08-31', 'day']]],
    ['op 15-10-2022', [['15-10-2022', '2022-10-15', null, 'day']]],
    ['1e kwartaal 2023', [['1e kwartaal 2023', '2023-01', '2023-03', 'quarter']]],
    ['12 t/m 14 maart', [['12 t/m 14 maart', '2022-03-12', '2022-03-14', 'day']]],
  ] as [string, [string, string, string | null, string][]][])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
